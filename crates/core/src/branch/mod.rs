//! 支部汇总: the branch's rectification list gathered from its members'
//! files. A member exports 问题清单（报支部） ([`MemberList`], only what the
//! branch needs); the branch secretary imports many into one [`Summary`]
//! per branch and year, merged by problem id, and closes rows with the
//! branch's own 确认销号. Counts, common problems and the table's filters
//! are here too; the statuses and the overdue rule are the ledger's.

mod common;
mod error;
mod list;
mod roster;
mod summary;
mod tally;

pub use common::{common_problems, reads_alike, CommonProblem};
pub use error::{BranchError, BranchFile};
pub use list::{member_list, MemberList, MemberProblem, MEMBER_FORMAT, MEMBER_VERSION};
pub use roster::parse_roster;
pub use summary::{
    typed_year, Confirm, Member, MergeError, MergeReport, Summary, SummaryRow, SUMMARY_FORMAT,
    SUMMARY_VERSION,
};
pub use tally::{table_of, Counts, GroupBy, RowFilter, RowView};
