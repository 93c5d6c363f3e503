//! The pure core of ziping: checklist templates, occasions, drafts, scoring
//! and the drafted 材料. No browser code lives here (no yew, web-sys or gloo),
//! so everything is tested natively with `cargo test`.

mod backup;
mod carry;
mod chart;
mod civil;
mod compare;
mod deadline;
mod docx;
mod draft;
mod draft_v1;
mod ids;
mod import;
pub mod json;
mod ledger;
mod library;
mod material;
mod naming;
mod occasion;
mod problem;
mod report;
mod score;
mod table;
mod template;
mod upgrade;
mod validate;
mod xlsx;
mod zip;

pub use backup::{
    backup_due, safe_file_part, Backup, BACKUP_FORMAT, BACKUP_REMINDER_MS, BACKUP_VERSION,
};
pub use carry::{
    carried_name, carried_row, carry_over, draft_ledger, draft_year, is_recurring, ledger_head,
    ledger_problems, previous_counts, problem_headline, problem_row, CARRIED_REMARK,
    RECURRING_MARK, RECURRING_SENTENCE,
};
pub use chart::{bar_width, radar, sin_cos, tenths, Anchor, Point, Radar};
pub use civil::{days_in_month, is_leap_year, CivilDate};
pub use compare::{compare, Comparison, Direction, RatingChange, ScoreChange, TemplateComparison};
pub use deadline::{is_overdue, Deadline, RowStatus};
pub use docx::{column_twips, report_docx, table_docx, xml_text, TABLE_TWIPS};
pub use draft::{
    default_aspects, Answer, Draft, DraftError, FactAnswers, Person, Rating, DEFAULT_OCCASION,
    DRAFT_SCHEMA,
};
pub use ids::{css_string, is_safe_id, DraftId, ItemId, TemplateId, MAX_ID_LEN};
pub use import::{
    apply_drafts, read_import, ImportError, ImportPlan, Incoming, OnConflict, MAX_IMPORT_BYTES,
};
pub use ledger::{
    ledger_table, LedgerHead, LedgerRow, DEFAULT_OWNER, LEDGER_COLUMNS, OVERDUE_MARK,
};
pub use library::{template_diff, ItemChange, TemplateDiff, TemplateLibrary};
pub use material::{
    build_material, clause, fix_quotes, grade_sentence, occasion_grade, problem_aspect, sentence,
    tidy_spacing, Inputs, OccasionGrade,
};
pub use naming::{
    duplicate_name, imported_name, new_draft_name, renamed, template_draft_name, undo_index,
    FIRST_DRAFT_NAME,
};
pub use occasion::{
    builtin_occasions, builtin_occasions_source, EffectRule, GradeShown, Occasion, OccasionError,
    OccasionSet, PartKind, PartSpec, ProblemCount, OCCASIONS_FORMAT, OCCASIONS_FORMAT_VERSION,
};
pub use problem::{
    aspect_core, Angle, Cause, ItemLink, PreviousProblem, Problem, Progress, DEFAULT_ASPECTS,
};
pub use report::{
    chinese_date, chinese_numeral, civil_date, item_numeral, md_escape, or_placeholder,
    part_numeral, placeholder, sub_numeral, Appendix, Block, Report,
};
pub use score::{
    band_for, capped_band, draft_templates, item_state, model_profile, rated_items, score_template,
    strongest, to_rectify, weakest, FactHit, ItemState, ModelScore, RatedItem, Score,
    SectionResult, Tally, TemplateResult, VetoHit,
};
pub use table::Table;
pub use template::{
    builtin_template_sources, builtin_templates, unique_facts, AidCause, Aids, Band, Effect, Fact,
    Guidance, Item, Level, Model, Scale, Section, Template, TemplateRef, Veto, NOT_APPLICABLE,
    TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION,
};
pub use upgrade::{upgrade_draft, UpgradeReport};
pub use validate::{validate, TemplateError};
pub use xlsx::{column_name, sheet_name, table_xlsx, XLSX_CELL_MAX};
pub use zip::{crc32, zip_stored};

/// The 材料 for `draft` over `templates`, for the draft's occasion in
/// `occasions` (the first one where it is unknown), dated `date`.
pub fn build_report(
    templates: &[&Template],
    draft: &Draft,
    occasions: &OccasionSet,
    date: &str,
) -> Report {
    // The built-in occasions are read only when the set has none.
    let fallback;
    let occasion = match occasions.pick(&draft.occasion) {
        Some(o) => Some(o),
        None => {
            fallback = builtin_occasions();
            fallback.occasions.first()
        }
    };
    match occasion {
        Some(occasion) => build_material(&Inputs::new(templates, draft, occasion, date)),
        None => Report {
            title: String::new(),
            blocks: Vec::new(),
            signature: Vec::new(),
            appendix: None,
        },
    }
}
