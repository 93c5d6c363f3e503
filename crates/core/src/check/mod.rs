//! The 材料体检: what an organization-department reviewer would send back,
//! found in the draft as the person types. [`check`] runs every check and
//! returns its [`Finding`]s, each with a fixed [`CheckId`], a [`Severity`],
//! the [`Place`] it concerns, a message in Chinese (what is wrong and how a
//! good one reads), the words matched (what 忽略 is keyed by) and, where a
//! mechanical replacement exists, a [`Fix`].
//!
//! Wording rules are data (`words`, from `data/checks.json`); structural
//! rules are code, one file per group: a problem's wording (`wording`), its
//! 时限 (`deadlines`), last year's rows (`previous`), the draft as a whole
//! (`whole`). Precision comes before recall: a wrong finding teaches people
//! to ignore all of them, so each rule prefers missing a case to flagging a
//! right sentence.

mod apply;
mod context;
mod deadlines;
mod finding;
mod previous;
mod whole;
mod wording;
mod words;

pub use apply::apply_fix;
pub use finding::{CheckId, Finding, Fix, Place, ProblemField, Severity};
pub use previous::contradicted;
pub use whole::{excused, length_finding, names_another_meeting, unproven_praise};
pub use wording::{
    blamed_circumstance, excusing, lacks_instance, praised, praised_cause, says_no_method,
    EXAMPLE_MARKERS,
};
pub use words::{
    CheckWords, ColloquialWords, ObjectiveWords, OthersWords, WordList, Written, CHECKS_FORMAT,
    CHECKS_FORMAT_VERSION,
};

use crate::carry::draft_year;
use crate::civil::CivilDate;
use crate::draft::Draft;
use crate::material_date::material_date;
use crate::occasion::{Occasion, PartKind};
use crate::template::Template;
use context::Ctx;

/// Every finding on `d`'s 材料 for `occasion`, drawn on `today`, in the
/// draft's order: its problems field by field, then the evidence, the
/// 工作实绩, last year's rows and the 材料 as a whole. The occasion's
/// length range is not checked here yet ([`length_finding`] is, given the
/// 材料's length).
pub fn check(
    draft: &Draft,
    occasion: &Occasion,
    templates: &[&Template],
    today: CivilDate,
) -> Vec<Finding> {
    let printed = material_date(draft, Some(occasion), today);
    let dated = printed.first_day().unwrap_or(today);
    let cx = Ctx {
        d: draft,
        occasion,
        templates,
        words: CheckWords::builtin(),
        year: draft_year(draft),
        dated,
        dated_text: printed.to_string(),
        prints_causes: occasion.has_part(PartKind::Causes),
        plans_next_year: occasion.plans_next_year(),
    };
    let mut out = Vec::new();
    let mut aids = wording::AidSet::default();
    let rows = previous::Rows::new(draft, cx.words);
    for p in draft.problems.iter().filter(|p| !p.is_blank()) {
        wording::problem(&cx, p, &mut aids, &mut out);
        deadlines::problem(&cx, p, &mut out);
        previous::problem(&cx, &rows, p, &mut out);
    }
    whole::evidence(&cx, &mut out);
    previous::rows(&cx, &mut out);
    whole::material(&cx, &mut out);
    one_per_field(out)
}

/// One finding per check and field: a field with four spoken words shows
/// one finding naming them all (its words, its messages in turn, the first
/// fix), not four.
fn one_per_field(all: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::with_capacity(all.len());
    for f in all {
        let same = out
            .iter_mut()
            .find(|g| g.check == f.check && g.place == f.place && g.place != Place::Material);
        match same {
            // The same words again (two problems like one row): once.
            Some(g) if g.matched.split('、').any(|m| m == f.matched) => {}
            Some(g) => {
                g.matched = format!("{}、{}", g.matched, f.matched);
                g.message.push_str(&f.message);
                g.severity = g.severity.min(f.severity);
                if g.fix.is_none() {
                    g.fix = f.fix;
                }
            }
            None => out.push(f),
        }
    }
    out
}

/// What the 体检 shows: every finding of [`check`] and of the 材料's
/// length (`body_chars`, the body as `ziping_report::body_chars` counts
/// it, against the occasion's range), less those the person marked 忽略,
/// heaviest first in the draft's order; and how many are ignored.
pub fn checkup(
    draft: &Draft,
    occasion: &Occasion,
    templates: &[&Template],
    today: CivilDate,
    body_chars: usize,
) -> (Vec<Finding>, usize) {
    let mut all = check(draft, occasion, templates, today);
    let range = occasion.length.map(|l| (l.min, l.max));
    all.extend(length_finding(body_chars, range, None));
    let before = all.len();
    all.retain(|f| !f.ignored_in(&draft.ignored));
    let ignored = before - all.len();
    // Stable: the draft's order within each severity.
    crate::order::sort_by(&mut all, |a, b| a.severity.cmp(&b.severity));
    (all, ignored)
}
