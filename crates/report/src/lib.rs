//! The 材料: what a draft is written up as for its occasion (the prose rules
//! of GENRE.md), as text and Markdown, and the office formats it and the
//! ledger are handed in as (.docx, .xlsx, in a STORED zip). Pure, over
//! `ziping-core`'s types; tested natively with `cargo test -p ziping-report`.

mod branch;
mod criticism;
mod diff;
mod ledger;
mod material;
mod office;
mod report;
mod table;

pub use branch::{branch_table, BRANCH_COLUMNS};
pub use criticism::criticism_outline;
pub use diff::{around_changes, diff_text, sentences, Change, DiffLine, Run};
pub use ledger::{ledger_table, LEDGER_COLUMNS};
pub use material::{
    build_material, clause, fix_quotes, grade_sentence, problem_aspect, sentence, tidy_spacing,
    Inputs,
};
pub use office::{
    column_name, column_twips, crc32, plain_docx, report_docx, sheet_name, table_docx, table_xlsx,
    windows_text, xml_text, zip_stored, TABLE_TWIPS, XLSX_CELL_MAX,
};
pub use report::{
    body_chars, chinese_numeral, gaps, gaps_label, item_numeral, md_escape, or_placeholder,
    part_numeral, placeholder, sub_numeral, undated_edit, Appendix, Block, Gap, Report, Share,
};
pub use table::Table;

use ziping_core::{builtin_occasions, material_date, CivilDate, Draft, OccasionSet, Template};

/// The 材料 for `draft` over `templates`, for the draft's occasion in
/// `occasions` (the first one where it is unknown), drawn on `today` and
/// dated as `ziping_core::material_date` says.
pub fn build_report(
    templates: &[&Template],
    draft: &Draft,
    occasions: &OccasionSet,
    today: CivilDate,
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
        Some(occasion) => {
            let dated = material_date(draft, Some(occasion), today);
            let date = dated.to_string();
            let day = dated.first_day().unwrap_or(today);
            build_material(&Inputs::new(templates, draft, occasion, &date, day))
        }
        None => Report {
            title: String::new(),
            blocks: Vec::new(),
            signature: Vec::new(),
            appendix: None,
            share: Share::default(),
        },
    }
}
