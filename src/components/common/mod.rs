//! Pieces several screens use: the header, the banners, the text fields, the
//! event helpers, tables, the radar chart, and the problem editor (on an
//! item of the checklist and in the 材料 panel).

mod carried_banner;
mod commit_text;
mod events;
mod findings;
mod header;
mod notices;
mod path_steps;
mod problem_editor;
mod radar_chart;
mod text_field;
mod text_table;

pub use carried_banner::carried_banner;
pub use commit_text::CommitText;
pub use events::{on_toggle, send};
pub use findings::{finding_item, FieldFindings};
pub use header::header;
pub use notices::{export_backup, export_drafts, notices};
pub use path_steps::path_steps;
pub use problem_editor::problem_editor;
pub use radar_chart::radar_chart;
pub use text_field::TextField;
pub use text_table::text_table;
