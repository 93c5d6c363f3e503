//! Schema 1 drafts, migrated to the current shape after they are read: each
//! answer's problem / measure / deadline / cause becomes a problem linked to
//! its item, the draft-level cause is kept, and the free-text 场合 picks the
//! occasion. (Schema 1's fields are read into the current types as
//! never-written legacy fields, so the single file carries no second reader.)

use crate::draft::{Draft, DEFAULT_OCCASION, DRAFT_SCHEMA};
use crate::problem::{Cause, ItemLink, Problem};

/// The occasion id for schema 1's free-text 场合.
fn occasion_of(text: &str) -> &'static str {
    let t = text.trim();
    if t.contains("考核") {
        "niandu-kaohe"
    } else if t.contains("评议") {
        "minzhu-pingyi"
    } else if t.contains("自查") {
        "congyan-zicha"
    } else {
        DEFAULT_OCCASION
    }
}

/// Turns a draft read from schema 1 into a schema-2 draft.
pub(super) fn migrate(d: &mut Draft) {
    let mut problems = Vec::new();
    for (template, items) in d.answers.iter_mut() {
        for (item, a) in items.iter_mut() {
            let (problem, measure, deadline, cause) = (
                std::mem::take(&mut a.problem),
                std::mem::take(&mut a.measure),
                std::mem::take(&mut a.deadline),
                std::mem::take(&mut a.cause),
            );
            if [&problem, &measure, &deadline, &cause]
                .iter()
                .all(|s| s.trim().is_empty())
            {
                continue;
            }
            let causes = if cause.trim().is_empty() {
                Vec::new()
            } else {
                // Schema 1 had no angles: the person places the cause later.
                vec![Cause {
                    angle: None,
                    text: cause,
                }]
            };
            problems.push(Problem {
                id: format!("p{}", problems.len() + 1),
                item: Some(ItemLink {
                    template: template.clone(),
                    item: item.clone(),
                }),
                // Empty: reported under the item's own aspect.
                aspect: String::new(),
                text: problem,
                causes,
                measure,
                deadline,
                standard: String::new(),
                ..Problem::default()
            });
        }
    }
    d.problems = problems;
    d.occasion = occasion_of(&std::mem::take(&mut d.person.legacy_occasion)).to_string();
    d.schema = DRAFT_SCHEMA;
}
