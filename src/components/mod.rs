//! The UI, one folder per screen: `checklist` (逐项自评), `results` (结果 and
//! the 材料), `material` (what the 材料 is written from), `drafts` (草稿 and
//! imports), `compare` (对比), `ledger` (整改台账), `branch` (支部汇总), `lock` (本机加密), and
//! `common` (what every screen uses). `App` and `Root` hold them together.
//! One public component per file, named after it.

mod app;
mod branch;
mod checklist;
pub(crate) mod common;
mod compare;
mod drafts;
mod ledger;
mod lock;
mod material;
mod results;
mod root;

pub use crate::hooks::{use_app_state, AppContext};
pub use app::{App, AppProps};
pub use branch::{branch_offer, Branch};
pub use checklist::{Checklist, ItemCard, SectionView};
pub use common::{
    carried_banner, export_backup, export_drafts, finding_item, header, notices, on_toggle,
    path_steps, problem_editor, radar_chart, send, text_table, FieldFindings, TextField,
};
pub use compare::compare_view;
pub use drafts::{import_button, DraftRow, Drafts, ImportPanel};
pub use ledger::{Ledger, LedgerLine};
pub use lock::{input, lock_settings, passphrase_form, ForgotPassphrase, LockOutcome, Prompt};
pub use material::{facts_form, MaterialPanel};
pub use results::{person_form, section_bars, ReportView, ReportViewProps, Results};
pub use root::Root;
