//! The model and its rules: checklist templates, occasions, drafts, ids,
//! their JSON (`json`'s machinery, `codec`'s declarations), validation and
//! migration, scoring and grades, dates and 时限,
//! the ledger's rows, carrying a year over, comparing drafts, the template
//! library and imports, and the 材料体检 (`check`). Pure (its only dependency is serde_json), tested
//! natively with `cargo test -p ziping-core`. The 材料's prose and the office
//! formats are `ziping-report`'s.

mod backup;
mod branch;
mod builtin;
mod carry;
mod chart;
mod check;
mod civil;
mod codec;
mod compare;
mod deadline;
mod draft;
mod figures;
mod grade;
mod ids;
mod import;
pub mod json;
mod ledger;
mod library;
mod material_date;
mod migrate;
mod naming;
mod numbering;
mod occasion;
mod occasion_library;
pub mod order;
mod path;
mod problem;
mod score;
mod template;
mod upgrade;
mod validate;

pub use backup::{
    backup_due, material_file_name, Backup, BACKUP_FORMAT, BACKUP_REMINDER_MS, BACKUP_VERSION,
};
pub use branch::{
    common_problems, member_list, parse_roster, reads_alike, table_of, typed_year, BranchError,
    BranchFile, CommonProblem, Confirm, Counts, GroupBy, Member, MemberList, MemberProblem,
    MergeError, MergeReport, RowFilter, RowView, Summary, SummaryRow, MEMBER_FORMAT,
    MEMBER_VERSION, SUMMARY_FORMAT, SUMMARY_VERSION,
};
pub use builtin::{
    builtin_occasions, builtin_occasions_source, builtin_template_sources, builtin_templates,
};
pub use carry::{
    carried_banner, carried_name, carried_row, carry_over, carry_question, draft_ledger,
    draft_year, is_recurring, last_year_rows, ledger_head, ledger_problems, made_day,
    previous_counts, previous_status, problem_row, recurring_row, row_base, row_deadline,
    row_on_item, CARRIED_REMARK, RECURRING_MARK,
};
pub use chart::{bar_width, radar, sin_cos, tenths, Anchor, Point, Radar};
pub use check::{
    apply_fix, blamed_circumstance, check, checkup, contradicted, excused, excusing,
    lacks_instance, length_finding, names_another_meeting, praised, praised_cause, says_no_method,
    unproven_praise, CheckId, CheckWords, Finding, Fix, Place, ProblemField, Severity,
    CHECKS_FORMAT, CHECKS_FORMAT_VERSION, EXAMPLE_MARKERS,
};
pub use civil::{
    chinese_date, civil_date, days_in_month, file_day, is_leap_year, month_text, read_month,
    CivilDate,
};
pub use codec::{branch_file_kind, unparsed_branch_file};
pub use compare::{
    compare, in_time_order, Comparison, Direction, RatingChange, ScoreChange, TemplateComparison,
};
pub use deadline::{
    bare_year_end, is_overdue, names_no_time, official_deadline, official_deadline_on, one_part,
    only_a_deadline, Deadline, DeadlineReading, RowStatus,
};
pub use draft::{
    assessed_year, default_aspects, default_rank, read_attended, read_count, rectify_year,
    thanks_for, Answer, Attendance, Criticism, Draft, DraftError, FactAnswer, FactAnswers, Ignored,
    MemberFacts, OccasionEdit, Opinion, Person, Rating, Seen, DEFAULT_OCCASION, DRAFT_SCHEMA,
    PARTY_MEMBER, PROBATIONARY_MEMBER, RANKS, STANDINGS,
};
pub use figures::{asked_facts, graded, missing_facts_note, Figures};
pub use grade::{barred_bands, grade_barred, occasion_grade, Consequence, OccasionGrade};
pub use ids::{beside_id, css_string, is_safe_id, DraftId, ItemId, TemplateId, MAX_ID_LEN};
pub use import::{
    apply_drafts, newer_here, read_import, DraftsPlan, Here, ImportError, ImportPlan, Incoming,
    OnConflict, Refused, MAX_IMPORT_BYTES,
};
pub use ledger::{LedgerHead, LedgerRow, DEFAULT_OWNER, OVERDUE_MARK};
pub use library::{beside, template_diff, Builtin, ItemChange, TemplateDiff, TemplateLibrary};
pub use material_date::{default_material_date, material_date, MaterialDate};
pub use naming::{
    duplicate_name, imported_name, new_draft_name, renamed, safe_file_part, template_draft_name,
    undo_index, FIRST_DRAFT_NAME,
};
pub use numbering::{numbered_list, unnumbered};
pub use occasion::{
    missing_occasion_label, DateWindow, EffectRule, GradeShown, Group, Layout, LengthRange,
    Occasion, OccasionError, OccasionSet, PartKind, PartSpec, PersonDetail, ProblemCount,
    DATE_WINDOW_MAX, MEMBER_FACTS, OCCASIONS_FORMAT, OCCASIONS_FORMAT_VERSION, PLACEHOLDERS,
};
pub use occasion_library::{occasion_set, OccasionLibrary, Placed};
pub use path::{steps_done, Step};
pub use problem::{
    aspect_core, problem_headline, says_nothing, what_it_says, without_run_up, Angle, Cause,
    CauseHead, ItemLink, PreviousProblem, Problem, Progress, DEFAULT_ASPECTS,
};
pub use score::{
    band_for, capped_band, draft_templates, item_state, missing_facts, missing_facts_label,
    model_profile, rankings, rated_items, score_template, strongest, to_rectify, weakest, FactHit,
    ItemState, ModelScore, RatedItem, Score, SectionResult, Tally, TemplateResult, Unanswered,
    VetoHit,
};
pub use template::{
    level_of, unique_facts, AidCause, Aids, Band, Effect, Fact, Guidance, Item, Level, Model,
    Scale, Section, TaggedAids, Template, TemplateRef, Veto, DEPT_KINDS, LEVELS, NOT_APPLICABLE,
    TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION,
};
pub use upgrade::{upgrade_draft, UpgradeReport};
pub use validate::{validate, TemplateError};
