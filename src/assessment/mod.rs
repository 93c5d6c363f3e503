//! The pure core of ziping: checklist templates, drafts, scoring and the
//! drafted report. No browser code lives here (no yew, web-sys or gloo), so
//! everything is tested natively with `cargo test`.

mod backup;
mod chart;
mod docx;
mod draft;
mod ids;
mod import;
mod library;
mod naming;
mod report;
mod score;
mod template;
mod validate;
mod zip;

pub use backup::{
    backup_due, safe_file_part, Backup, BACKUP_FORMAT, BACKUP_REMINDER_MS, BACKUP_VERSION,
};
pub use chart::{bar_width, radar, sin_cos, tenths, Anchor, Point, Radar};
pub use docx::{report_docx, xml_text};
pub use draft::{Answer, Draft, DraftError, Person, Rating, DRAFT_SCHEMA, OCCASIONS};
pub use ids::{css_string, is_safe_id, DraftId, ItemId, TemplateId, MAX_ID_LEN};
pub use import::{
    apply_drafts, read_import, ImportError, ImportPlan, Incoming, OnConflict, MAX_IMPORT_BYTES,
};
pub use library::{template_diff, ItemChange, TemplateDiff, TemplateLibrary};
pub use naming::{
    duplicate_name, imported_name, new_draft_name, renamed, template_draft_name, undo_index,
    FIRST_DRAFT_NAME,
};
pub use report::{
    build_report, chinese_date, civil_date, md_escape, or_placeholder, placeholder, sub_numeral,
    Block, Part, Report,
};
pub use score::{
    band_for, draft_templates, item_state, model_profile, rated_items, score_template, strongest,
    to_rectify, weakest, ItemState, ModelScore, RatedItem, Score, SectionResult, Tally,
    TemplateResult, VetoHit,
};
pub use template::{
    builtin_template_sources, builtin_templates, Band, Guidance, Item, Level, Model, Scale,
    Section, Template, TemplateRef, Veto, NOT_APPLICABLE, TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION,
};
pub use validate::{validate, TemplateError};
pub use zip::{crc32, zip_stored};
