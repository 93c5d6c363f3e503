//! Schema 1 drafts, read as they were written and migrated to the current
//! shape: each answer's problem / measure / deadline / cause becomes a
//! problem linked to its item, the draft-level cause is kept, and the free-text
//! 场合 picks the occasion.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::draft::{default_aspects, Answer, Draft, Person, Rating, DRAFT_SCHEMA};
use super::problem::{Cause, ItemLink, Problem};
use super::template::TemplateRef;

#[derive(Deserialize, Default)]
#[serde(default)]
struct PersonV1 {
    name: String,
    unit: String,
    position: String,
    year: String,
    occasion: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AnswerV1 {
    rating: Option<Rating>,
    evidence: String,
    problem: String,
    measure: String,
    deadline: String,
    cause: String,
}

/// A draft as schema 1 stored it.
#[derive(Deserialize)]
pub(super) struct DraftV1 {
    id: String,
    name: String,
    created: i64,
    modified: i64,
    #[serde(default)]
    person: PersonV1,
    templates: Vec<TemplateRef>,
    #[serde(default)]
    answers: BTreeMap<String, BTreeMap<String, AnswerV1>>,
    #[serde(default)]
    cause: String,
    #[serde(default)]
    report_edit: Option<String>,
}

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
        super::draft::DEFAULT_OCCASION
    }
}

impl DraftV1 {
    pub(super) fn migrate(self) -> Draft {
        let mut problems = Vec::new();
        let mut answers = BTreeMap::new();
        for (template, items) in self.answers {
            let mut kept = BTreeMap::new();
            for (item, a) in items {
                let written = [&a.problem, &a.measure, &a.deadline, &a.cause]
                    .iter()
                    .any(|s| !s.trim().is_empty());
                if written {
                    problems.push(Problem {
                        id: format!("p{}", problems.len() + 1),
                        item: Some(ItemLink {
                            template: template.as_str().into(),
                            item: item.as_str().into(),
                        }),
                        // Empty: reported under the item's own aspect.
                        aspect: String::new(),
                        text: a.problem,
                        // Schema 1 had no angles: the person picks one later.
                        causes: if a.cause.trim().is_empty() {
                            Vec::new()
                        } else {
                            vec![Cause {
                                angle: None,
                                text: a.cause,
                            }]
                        },
                        measure: a.measure,
                        deadline: a.deadline,
                        standard: String::new(),
                        ..Problem::default()
                    });
                }
                kept.insert(
                    item.into(),
                    Answer {
                        rating: a.rating,
                        evidence: a.evidence,
                    },
                );
            }
            answers.insert(template.into(), kept);
        }
        let mut d = Draft::new(self.id, self.name, self.created, &[]);
        d.schema = DRAFT_SCHEMA;
        d.modified = self.modified;
        d.occasion = occasion_of(&self.person.occasion).to_string();
        d.person = Person {
            name: self.person.name,
            unit: self.person.unit,
            position: self.person.position,
            year: self.person.year,
        };
        d.templates = self.templates;
        d.answers = answers;
        d.cause = self.cause;
        d.report_edit = self.report_edit;
        d.problems = problems;
        d.aspects = default_aspects();
        d
    }
}
