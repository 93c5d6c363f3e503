//! 结果: the score, the charts and the drafted 材料 with its downloads.

mod checkup_panel;
mod hand_in_notice;
mod person_form;
mod report_update;
mod report_view;
#[allow(clippy::module_inception)]
mod results;
mod section_bars;

pub use checkup_panel::CheckupPanel;
pub use hand_in_notice::HandInNotice;
pub use person_form::person_form;
pub use report_update::report_update;
pub use report_view::{ReportView, ReportViewProps};
pub use results::Results;
pub use section_bars::section_bars;
