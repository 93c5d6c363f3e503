//! Last year's rows against this year's problems: a problem worded like a
//! row and not linked to it (`recurring`), a row still 已整改到位 that such
//! a problem resembles (`status-contradiction`), a cause copied from last
//! year (`cause-repeated`), and a row holding several problems
//! (`previous-merged`). The rows' own findings only where the occasion's
//! 材料 tells them (`PartKind::Previous`).

use super::context::Ctx;
use super::finding::{is_ignored, CheckId, Finding, Place, ProblemField, Severity};
use super::words::CheckWords;
use crate::carry::{previous_status, recurring_row};
use crate::draft::Draft;
use crate::occasion::PartKind;
use crate::problem::{PreviousProblem, Problem, Progress};

/// Last year's rows with their wordings' content pairs, worked out once.
pub(crate) struct Rows<'a> {
    rows: Vec<(&'a PreviousProblem, Vec<(char, char)>)>,
    causes: Vec<&'a str>,
}

impl<'a> Rows<'a> {
    pub(crate) fn new(d: &'a Draft, words: &CheckWords) -> Rows<'a> {
        let rows = d.previous.iter().filter(|q| !q.text.trim().is_empty());
        let causes = d
            .previous
            .iter()
            .filter_map(|q| q.row.as_ref())
            .flat_map(|r| &r.causes);
        Rows {
            rows: rows.map(|q| (q, key_pairs(words, &q.text))).collect(),
            causes: causes
                .map(|c| bare(&c.text))
                .filter(|t| !t.is_empty())
                .collect(),
        }
    }

    /// The first of last year's rows `p` is worded like, where nothing says
    /// whether it is one: `p` is not linked to a row (by hand or by its
    /// item) nor answered 不是老问题. What `recurring` asks about, and
    /// `status-contradiction` and [`contradicted`] where that row is still
    /// 已整改到位.
    fn unanswered_like(
        &self,
        d: &Draft,
        words: &CheckWords,
        p: &Problem,
    ) -> Option<&'a PreviousProblem> {
        if self.rows.is_empty()
            || p.is_blank()
            || p.said_not_recurring()
            || recurring_row(d, p).is_some()
        {
            return None;
        }
        let mine = key_pairs(words, &p.headline());
        self.rows
            .iter()
            .find(|(_, k)| resembles(&mine, k))
            .map(|(q, _)| *q)
    }
}

pub(crate) fn problem(cx: &Ctx, rows: &Rows, p: &Problem, out: &mut Vec<Finding>) {
    let d = cx.d;
    // Only where the 材料 tells last year's rows: elsewhere linking one
    // changes nothing printed (a 个人总结 has no 上年度 part).
    let told = cx.occasion.has_part(PartKind::Previous);
    // Answered 不是老问题: nothing more to ask; a first meeting has no rows
    // in its 材料.
    if told && !d.first_time {
        if let Some(q) = rows.unanswered_like(d, cx.words, p) {
            let row = q.text.trim();
            out.push(
                Finding::new(
                    CheckId::Recurring,
                    Severity::Should,
                    Place::Problem {
                        id: p.id.clone(),
                        field: ProblemField::Text,
                    },
                    row,
                )
                .says(format!(
                    "这个问题和上年度的“{row}”很像。如果是同一个问题，请在“上年度查摆过？”中关联它，材料会如实说明“又有反复”并分析原因；如果不是，在那里选“不是老问题”。"
                )),
            );
            // As the 材料 tells it (a row another problem raises again by its
            // item is 正在整改 there).
            if previous_status(d, q) == Progress::Done {
                out.push(
                    Finding::new(CheckId::StatusContradiction, Severity::Should, Place::Previous(q.id.clone()), row)
                        .says(format!(
                            "上年度的“{row}”仍标为已整改到位，本年度却查摆了相似的问题，审核时会被追问。关联为老问题后，它会写作“正在整改”，并说明本年度同类问题再次出现。"
                        )),
                );
            }
        }
    }
    // Causes kept with last year's rows, written again word for word.
    let kept = &rows.causes;
    for (n, c) in cx.causes(p).iter().enumerate() {
        let t = bare(&c.text);
        if !t.is_empty() && kept.contains(&t) {
            out.push(
                Finding::new(
                    CheckId::CauseRepeated,
                    Severity::Should,
                    Place::Problem {
                        id: p.id.clone(),
                        field: ProblemField::Cause(n),
                    },
                    t,
                )
                .says("这条原因和上年度材料里的一字不差，审核时会被看作照抄。结合本年度的事例重新剖析，如：“上年度整改满足于改了几份材料，写实的要求没有变成习惯”。"),
            );
        }
    }
}

pub(crate) fn rows(cx: &Ctx, out: &mut Vec<Finding>) {
    if !cx.occasion.has_part(PartKind::Previous) {
        return;
    }
    for q in &cx.d.previous {
        if let Some(m) = merged(&q.text) {
            out.push(
                Finding::new(CheckId::PreviousMerged, Severity::Should, Place::Previous(q.id.clone()), q.text.trim())
                    .says(format!(
                        "这一条里有几个问题（“{m}”）。上年度的问题要一项一项列，分别写明整改情况，如“学习不够深入”“作风不够扎实”各列一条。"
                    )),
            );
        }
        if !q.note.trim().is_empty() && crate::problem::says_nothing(&q.note) {
            out.push(junk_note(q));
        }
    }
}

fn junk_note(q: &PreviousProblem) -> Finding {
    Finding::new(CheckId::JunkEvidence, Severity::Should, Place::Previous(q.id.clone()), q.note.trim()).says(format!(
        "整改情况“{}”没有说明做了什么，材料不会照印。写具体做法和结果，如：“全年到联系乡镇调研6次，形成调研报告1篇”。",
        q.note.trim()
    ))
}

/// The enumerators of a row holding several problems ("1.……2.……",
/// "一是……二是……", "（1）……（2）……", "①……②……"), as written.
fn merged(text: &str) -> Option<String> {
    crate::numbering::numbered_list(text).map(|(a, b)| a + "……" + &b)
}

/// Last year's rows still 已整改到位 that a problem of this year is worded
/// like, each with the first such problem, as `status-contradiction` finds
/// them (the first row a problem resembles, the problem not linked to it
/// nor said to be another one), less those the person marked 忽略: the
/// 材料 asks about each after its row. Worked out once for the whole 材料.
pub fn contradicted(d: &Draft) -> Vec<(&str, &Problem)> {
    let words = CheckWords::builtin();
    let rows = Rows::new(d, words);
    let mut out: Vec<(&str, &Problem)> = Vec::new();
    for p in &d.problems {
        let Some(q) = rows.unanswered_like(d, words, p) else {
            continue;
        };
        let at = Place::Previous(q.id.clone());
        if previous_status(d, q) == Progress::Done
            && out.iter().all(|(id, _)| *id != q.id)
            && !is_ignored(&d.ignored, CheckId::StatusContradiction, &at, q.text.trim())
        {
            out.push((&q.id, p));
        }
    }
    out
}

/// A text without the spaces and the stop at its ends.
fn bare(t: &str) -> &str {
    t.trim().trim_end_matches(['。', '；', '，']).trim()
}

/// The pairs of characters that carry a wording's content: the text with
/// the stop words taken out, cut at punctuation, each run's adjacent pairs.
fn key_pairs(words: &CheckWords, text: &str) -> Vec<(char, char)> {
    let t = super::words::without(text, &[&words.stop], "|");
    let mut out = Vec::new();
    for run in t.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<char> = run.chars().collect();
        for w in chars.windows(2) {
            let pair = (w[0], w[1]);
            if !out.contains(&pair) {
                out.push(pair);
            }
        }
    }
    out
}

/// Two wordings alike: one's content pairs all in the other, or at least
/// half of them shared (Dice ≥ 0.5).
fn resembles(a: &[(char, char)], b: &[(char, char)]) -> bool {
    let shared = a.iter().filter(|p| b.contains(p)).count();
    shared > 0 && (shared == a.len().min(b.len()) || 4 * shared >= a.len() + b.len())
}
