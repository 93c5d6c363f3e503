//! 草稿: the list of drafts, and importing drafts, templates and occasions.

mod draft_row;
#[allow(clippy::module_inception)]
mod drafts;
mod import_button;
mod import_panel;

pub use draft_row::DraftRow;
pub use drafts::Drafts;
pub use import_button::import_button;
pub use import_panel::ImportPanel;
