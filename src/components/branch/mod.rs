//! 支部汇总: the branch's rectification list from its members' files.

#[allow(clippy::module_inception)]
mod branch;
mod branch_line;
mod branch_offer;

pub use branch::Branch;
use branch_line::branch_line;
pub use branch_offer::branch_offer;
