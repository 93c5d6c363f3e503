//! Reading a stored or imported draft of any schema into today's types.
//!
//! - Schema 1 had, on each answer, a problem, measure, deadline and cause,
//!   and a free-text 场合 on the person: each answer's notes become a
//!   problem linked to its item and the 场合 picks the occasion. The reader
//!   (`codec::draft`) checks these keys; their values are read here from the
//!   parsed file.
//! - Schema 2 to 3: every problem becomes a ledger row made when the draft
//!   was, 未启动, or 长期坚持 where its 时限 says so.
//!
//! A newer schema is refused (and never overwritten).

use serde_json::Value;

use crate::draft::{Draft, DraftError, DEFAULT_OCCASION, DRAFT_SCHEMA};
use crate::json::{parse, At, FromJson};
use crate::problem::{Cause, ItemLink, Problem};

impl Draft {
    /// Reads a draft written by this or an older schema.
    pub fn from_json(json: &str) -> Result<Draft, DraftError> {
        let value = parse(json).map_err(DraftError::NotJson)?;
        Draft::from_value(&value)
    }

    /// Reads a draft already parsed (a backup's drafts are).
    pub fn from_value(v: &Value) -> Result<Draft, DraftError> {
        Draft::from_value_repaired(v).map(|(draft, _)| draft)
    }

    /// Reads a draft already parsed, and how many of its problems had no id
    /// or one an earlier problem has, and were given a fresh one
    /// ([`Draft::repair_problem_ids`]; an import says so).
    pub fn from_value_repaired(v: &Value) -> Result<(Draft, usize), DraftError> {
        let id = v.get("id").filter(|id| !id.is_null());
        let (Some(schema), Some(_)) = (v.get("schema").and_then(Value::as_u64), id) else {
            return Err(DraftError::NotADraft);
        };
        if schema > u64::from(DRAFT_SCHEMA) {
            return Err(DraftError::NewerSchema(schema));
        }
        let mut draft = Draft::read(v, At::ROOT).map_err(DraftError::Shape)?;
        if schema < 2 {
            from_schema_1(&mut draft, v);
        }
        if schema < 3 {
            add_ledger(&mut draft);
        }
        // Schema 3 to 4 adds fields only (首次参加, the meeting's preparation
        // and opinions, a problem's 判断, its measure's lead phrase and the
        // row it raises again, the 相互批评 list), empty when missing.
        // Schema 4 to 5 adds each occasion's own hand-edited 材料
        // (`report_occasion`, `report_others`): a build that reads schema 4
        // only would drop them on its next save, so it is told the draft is
        // newer and leaves it alone.
        // An edit saved before each occasion kept its own belongs to the
        // occasion it was written for: the one its title names, else the
        // one chosen now.
        if draft.report_edit.is_some() && draft.report_occasion.is_empty() {
            draft.report_occasion = edit_occasion(&draft);
        }
        draft.settle_report_occasion();
        draft.schema = DRAFT_SCHEMA;
        let repaired = draft.repair_problem_ids();
        Ok((draft, repaired))
    }
}

/// A text field of a parsed object; "" when missing (the reader has
/// checked that it is text where it is there).
fn text<'a>(v: Option<&'a Value>, key: &str) -> &'a str {
    v.and_then(|v| v.get(key))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// The built-in occasion whose title the edited 材料's first line ends
/// with (the year left out), else the draft's occasion.
fn edit_occasion(d: &Draft) -> String {
    let edit = d.report_edit.as_deref().unwrap_or("");
    let first = edit.trim_start().lines().next().unwrap_or("").trim();
    let named = crate::builtin::builtin_occasions()
        .occasions
        .into_iter()
        .find(|o| {
            let title = o.title.replace("{year}年度", "").replace("{year}", "");
            !title.is_empty() && first.ends_with(title.as_str())
        });
    named.map_or_else(|| d.occasion.clone(), |o| o.id)
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
        DEFAULT_OCCASION
    }
}

/// Schema 1 to 2, from the draft as read and the file it was read from.
fn from_schema_1(d: &mut Draft, v: &Value) {
    let answers = v.get("answers");
    let mut problems = Vec::new();
    for (template, items) in &d.answers {
        let raw = answers.and_then(|a| a.get(template.as_str()));
        for item in items.keys() {
            let raw = raw.and_then(|t| t.get(item.as_str()));
            let [problem, measure, deadline, cause] =
                ["problem", "measure", "deadline", "cause"].map(|k| text(raw, k));
            if [problem, measure, deadline, cause]
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
                    text: cause.to_string(),
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
                text: problem.to_string(),
                causes,
                measure: measure.to_string(),
                deadline: deadline.to_string(),
                standard: String::new(),
                ..Problem::default()
            });
        }
    }
    d.problems = problems;
    d.occasion = occasion_of(text(v.get("person"), "occasion")).to_string();
    d.schema = DRAFT_SCHEMA;
}

/// Schema 2 to 3: every problem becomes a ledger row made when the draft
/// was, 未启动, or 长期坚持 where its 时限 says so; nothing else changes.
fn add_ledger(d: &mut Draft) {
    d.schema = DRAFT_SCHEMA;
    for p in &mut d.problems {
        if p.created == 0 {
            p.created = d.created;
        }
        p.status = p.row_status();
    }
}
