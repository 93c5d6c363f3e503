//! The year after: the open draft's ledger rows, carrying a draft into next
//! year (结转到下一年度), and the 老问题 rule (a problem raised again on the
//! item it was raised on last year).

use std::fmt::Write as _;

use crate::civil::CivilDate;
use crate::draft::Draft;
use crate::ids::DraftId;
use crate::ledger::{LedgerHead, LedgerRow};
use crate::problem::{PreviousProblem, Problem, Progress};
use crate::template::TemplateRef;

/// The mark of a problem raised again, on screen.
pub const RECURRING_MARK: &str = "老问题";

/// The sentence the 材料 adds after a 老问题.
pub const RECURRING_SENTENCE: &str = "这一问题上年度已经查摆，此次再次出现，说明整改还不够彻底。";

/// 备注 of a row carried from last year, in the ledger exports.
pub const CARRIED_REMARK: &str = "上年度结转";

/// The draft's 年度 as a number (2026 or 2026年).
pub fn draft_year(d: &Draft) -> Option<i32> {
    LedgerHead {
        year: d.person.year.clone(),
        ..LedgerHead::default()
    }
    .year_number()
}

/// The ledger's title line: 单位、姓名、年度 of the draft.
pub fn ledger_head(d: &Draft) -> LedgerHead {
    LedgerHead {
        unit: d.person.unit.clone(),
        name: d.person.name.clone(),
        year: d.person.year.clone(),
    }
}

/// The problems that are ledger rows: every one with something written, in
/// the draft's order.
pub fn ledger_problems(d: &Draft) -> impl Iterator<Item = &Problem> {
    d.problems.iter().filter(|p| !p.is_blank())
}

/// One problem as a ledger row.
pub fn problem_row(d: &Draft, p: &Problem) -> LedgerRow {
    let made = if p.created == 0 { d.created } else { p.created };
    LedgerRow {
        problem: p.statement(),
        measure: p.measure.clone(),
        owner: p.owner.clone(),
        deadline: p.deadline.clone(),
        standard: p.standard.clone(),
        progress: p.progress.clone(),
        status: p.status,
        closed: p.closed.clone(),
        note: p.remark.clone(),
        created: CivilDate::from_epoch_ms(made),
    }
}

/// A row carried from last year, as a ledger row of this year's draft.
pub fn carried_row(d: &Draft, q: &PreviousProblem) -> LedgerRow {
    let row = q.row.clone().unwrap_or_default();
    LedgerRow {
        problem: q.text.clone(),
        progress: q.note.clone(),
        status: q.status.row_status(),
        note: CARRIED_REMARK.to_string(),
        created: CivilDate::from_epoch_ms(d.created),
        ..problem_row(d, &row)
    }
}

/// Every ledger row of the draft: its own problems, then the rows carried
/// from last year.
pub fn draft_ledger(d: &Draft) -> Vec<LedgerRow> {
    ledger_problems(d)
        .map(|p| problem_row(d, p))
        .chain(
            d.previous
                .iter()
                .filter(|q| !q.text.trim().is_empty())
                .map(|q| carried_row(d, q)),
        )
        .collect()
}

/// Whether `p` was raised last year on the same item: a 老问题.
pub fn is_recurring(d: &Draft, p: &Problem) -> bool {
    p.item.as_ref().is_some_and(|l| {
        d.previous
            .iter()
            .any(|q| q.row.as_ref().and_then(|r| r.item.as_ref()) == Some(l))
    })
}

/// A problem as next year's 材料 names it: its statement without the
/// example (理论学习还存在以干代学的情况，比如…… → 理论学习还存在以干代学的情况).
pub fn problem_headline(text: &str) -> String {
    let t = text.trim();
    // The first place where one of the markers of an example starts.
    let cut = t
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| {
            let rest = &t[i..];
            ["，比如", "。比如", "，例如", "。例如", "，如", "；", "。"]
                .iter()
                .any(|m| rest.starts_with(m))
        })
        .unwrap_or(t.len());
    let head = t[..cut].trim_end_matches(['，', '。', '；', '：']).trim();
    if head.is_empty() {
        t.to_string()
    } else {
        head.to_string()
    }
}

/// The name of a carried draft: 2027年度自评 (or the old name and 下一年度).
pub fn carried_name(from: &Draft, year: Option<i32>) -> String {
    match year {
        Some(y) => format!("{y}年度自评"),
        None => format!("{}（下一年度）", from.name.trim()),
    }
}

/// 结转到下一年度: a new draft `id` made at `now` over `templates`, with the
/// person's details, the year + 1, the same occasion, aspects and notice
/// left to fill, and last year's ledger as its previous problems: rows
/// still open stay open (持续推进 or 长期坚持), closed rows are listed as
/// 已整改到位, each named by its statement (the example left out) with
/// what was done. It records where it came from.
pub fn carry_over(from: &Draft, id: DraftId, now: i64, templates: Vec<TemplateRef>) -> Draft {
    let year = draft_year(from).map(|y| y + 1);
    let mut d = Draft::new(id, carried_name(from, year), now, &[]);
    d.templates = templates;
    d.person = from.person.clone();
    d.person.year = year.map_or(String::new(), |y| y.to_string());
    d.occasion = from.occasion.clone();
    d.aspects = from.aspects.clone();
    d.carried_from = Some(from.id.clone());
    d.previous = ledger_problems(from)
        .enumerate()
        .map(|(n, p)| PreviousProblem {
            id: format!("q{}", n + 1),
            text: p.headline(),
            status: Progress::of_row(p.row_status()),
            note: p.progress.trim().to_string(),
            row: Some(Problem {
                causes: Vec::new(),
                measure: p.measure.trim().to_string(),
                deadline: p.deadline.trim().to_string(),
                standard: p.standard.trim().to_string(),
                owner: p.owner.trim().to_string(),
                closed: p.closed.trim().to_string(),
                ..p.clone()
            }),
        })
        .collect();
    d
}

/// 上年度查摆的N项问题，目前已整改到位M项、持续推进K项: the counts of part
/// 一 in 项, as reviewers count them (GENRE §4). 长期坚持 rows are still being
/// carried on, so they count as 持续推进; a count of 0 is left out.
pub fn previous_counts(previous: &[&PreviousProblem]) -> String {
    let all = previous.len();
    let done = previous
        .iter()
        .filter(|q| q.status == Progress::Done)
        .count();
    let mut s = format!("上年度查摆的{all}项问题，目前");
    if done > 0 {
        let _ = write!(s, "已整改到位{done}项");
    }
    if all > done {
        if done > 0 {
            s.push('、');
        }
        let _ = write!(s, "持续推进{}项", all - done);
    }
    s.push('。');
    s
}
