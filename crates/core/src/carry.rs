//! The year after: the open draft's ledger rows, carrying a draft into next
//! year (结转到下一年度), and the 老问题 rule (a problem raised again on the
//! item it was raised on last year).

use crate::civil::CivilDate;
use crate::deadline::official_deadline_on;
use crate::draft::Draft;
use crate::ids::DraftId;
use crate::ledger::{LedgerHead, LedgerRow};
use crate::occasion::DateWindow;
use crate::problem::{PreviousProblem, Problem, Progress};
use crate::template::TemplateRef;

/// The mark of a problem raised again, on screen.
pub const RECURRING_MARK: &str = "老问题";

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

/// The day `p` was written down (the draft's, for a row of before schema
/// 3).
pub fn made_day(d: &Draft, p: &Problem) -> CivilDate {
    CivilDate::from_epoch_ms(if p.created == 0 { d.created } else { p.created })
}

/// The day `p`'s 时限 counts from (立行立改 is due a month after it): the
/// day the draft's 材料 is dated where the person set one; else, where the
/// occasion is held in a `window` of months (a 2026年度 组织生活会 in early
/// 2027), the first day of that window; else the day the row was made (the
/// draft's, for a row of before schema 3). A row made later counts from
/// the day it was made: never overdue before it was written.
pub fn row_base(d: &Draft, p: &Problem, window: Option<DateWindow>) -> CivilDate {
    let made = made_day(d, p);
    let held = || {
        let (y, m) = window?.start(draft_year(d)?);
        CivilDate::new(y, m, 1)
    };
    d.material_date
        .or_else(held)
        .map_or(made, |dated| dated.max(made))
}

/// A 时限 `written` for problem `p` (its own, or a measure that is only a
/// 时限) as its ledger row and its 材料 print it: `official_deadline_on`,
/// counted from [`row_base`], so the two never disagree.
pub fn row_deadline(d: &Draft, p: &Problem, window: Option<DateWindow>, written: &str) -> String {
    let base = row_base(d, p, window);
    official_deadline_on(written, draft_year(d).unwrap_or(base.year), base)
}

/// One problem as a ledger row; `window`: the months the draft's occasion
/// is held in (see [`row_base`]).
pub fn problem_row(d: &Draft, p: &Problem, window: Option<DateWindow>) -> LedgerRow {
    LedgerRow {
        problem: p.statement(),
        measure: p.measure.clone(),
        owner: p.owner.clone(),
        deadline: p.deadline.clone(),
        standard: p.standard.clone(),
        progress: p.progress.clone(),
        status: p.status,
        closed: p.closed_date().to_string(),
        note: p.remark.clone(),
        base: row_base(d, p, window),
    }
}

/// A row carried from last year, as a ledger row of this year's draft. Its
/// 时限 counts from the day it was written last year (立行立改 written in
/// January is overdue by December, as last year's ledger says), else from
/// the day this draft was made (the carrying); never from this year's 材料
/// date.
pub fn carried_row(d: &Draft, q: &PreviousProblem) -> LedgerRow {
    let mut row = q.row.clone().unwrap_or_default();
    row.status = previous_status(d, q).row_status();
    let written = match row.created {
        0 => d.created,
        t => t,
    };
    LedgerRow {
        problem: q.text.clone(),
        progress: q.note.clone(),
        note: CARRIED_REMARK.to_string(),
        base: CivilDate::from_epoch_ms(written),
        ..problem_row(d, &row, None)
    }
}

/// Every ledger row of the draft: its own problems, then the rows carried
/// from last year; `window`: the months the draft's occasion is held in.
pub fn draft_ledger(d: &Draft, window: Option<DateWindow>) -> Vec<LedgerRow> {
    ledger_problems(d)
        .map(|p| problem_row(d, p, window))
        .chain(
            d.previous
                .iter()
                .filter(|q| !q.text.trim().is_empty())
                .map(|q| carried_row(d, q)),
        )
        .collect()
}

/// Whether `p` raises last year's problem again, a 老问题: linked to one of
/// last year's rows by the person, or raised on the item it was raised on.
pub fn is_recurring(d: &Draft, p: &Problem) -> bool {
    recurring_row(d, p).is_some()
}

/// The row of last year that `p` raises again: the one the person linked
/// it to, else one raised on the same item; none where the person said it
/// is not a 老问题 (`recurs_of` empty).
pub fn recurring_row<'a>(d: &'a Draft, p: &Problem) -> Option<&'a PreviousProblem> {
    if p.said_not_recurring() {
        return None;
    }
    let linked = p
        .recurs_of
        .as_ref()
        .and_then(|id| d.previous.iter().find(|q| q.id == *id));
    linked.or_else(|| row_on_item(d, p))
}

/// Last year's row raised on the item `p` is raised on, whatever the
/// person said of `p`: what makes it a 老问题 unless they say otherwise.
pub fn row_on_item<'a>(d: &'a Draft, p: &Problem) -> Option<&'a PreviousProblem> {
    let item = p.item.as_ref()?;
    d.previous
        .iter()
        .find(|q| q.row.as_ref().and_then(|r| r.item.as_ref()) == Some(item))
}

/// Last year's rows a problem can raise again, for the person to choose
/// from: (id, the problem's words).
pub fn last_year_rows(d: &Draft) -> Vec<(String, String)> {
    let rows = d.previous.iter().filter(|q| !q.text.trim().is_empty());
    rows.map(|q| (q.id.clone(), q.text.clone())).collect()
}

/// What became of last year's row `q`, as part 一 reports it: a row this
/// year's problems raise again (linked to it, or on its item) is not
/// 已整改到位, whatever was chosen for it, so part 一 and part 二 agree.
pub fn previous_status(d: &Draft, q: &PreviousProblem) -> Progress {
    let raised_again = d
        .problems
        .iter()
        .any(|p| !p.is_blank() && recurring_row(d, p).is_some_and(|r| r.id == q.id));
    match q.status {
        Progress::Done if raised_again => Progress::Ongoing,
        s => s,
    }
}

/// The name of a carried draft: 2027年度自评 (or the old name and 下一年度).
pub fn carried_name(from: &Draft, year: Option<i32>) -> String {
    match year {
        Some(y) => format!("{y}年度自评"),
        None => format!("{}（下一年度）", from.name.trim()),
    }
}

/// What 结转到下一年度 asks before it runs: which draft it makes, and that
/// `from` stays as it is; where one of the `drafts` was carried from it
/// already, that a second would be made beside it.
pub fn carry_question<'a>(from: &Draft, drafts: impl IntoIterator<Item = &'a Draft>) -> String {
    let next = carried_name(from, draft_year(from).map(|y| y + 1));
    let mut s = format!(
        "将新建“{}”草稿，“{}”草稿保留不变。结转后先核对上年度查摆的问题及整改情况。",
        next.trim(),
        from.name.trim()
    );
    let before = drafts
        .into_iter()
        .find(|d| d.carried_from.as_deref() == Some(from.id.as_str()));
    if let Some(d) = before {
        s.push_str(&format!(
            "注意：这份草稿已结转过（“{}”），再结转会另建一份；要接着写，请在“草稿与备份”中打开它。",
            d.name.trim()
        ));
    }
    s
}

/// The banner over a draft just carried from `from`: where the person is.
pub fn carried_banner(from: &Draft, new: &Draft) -> String {
    format!(
        "已结转：现在打开的是“{}”，先核对上年度查摆的问题及整改情况。“{}”草稿保留不变。",
        new.name.trim(),
        from.name.trim()
    )
}

/// 结转到下一年度: a new draft `id` made at `now` over `templates`, with the
/// person's details, the year + 1, the same occasion, aspects and notice
/// left to fill, and last year's ledger as its previous problems: rows
/// still open stay open (持续推进 or 长期坚持), closed rows are listed as
/// 已整改到位, each named by its statement (the example left out) with
/// what was done. It records where it came from. `window`: the months
/// last year's occasion is held in, as its ledger counted 时限 from them.
pub fn carry_over(
    from: &Draft,
    id: DraftId,
    now: i64,
    templates: Vec<TemplateRef>,
    window: Option<DateWindow>,
) -> Draft {
    let year = draft_year(from).map(|y| y + 1);
    let mut d = Draft::new(id, carried_name(from, year), now, &[]);
    d.templates = templates;
    d.person = from.person.clone();
    d.person.year = year.map_or(String::new(), |y| y.to_string());
    d.occasion = from.occasion.clone();
    d.aspects = from.aspects.clone();
    d.carried_from = Some(from.id.clone());
    let own = ledger_problems(from).map(|p| PreviousProblem {
        id: String::new(),
        // (A 表现 of 无 has no name: carried blank, to be named or deleted.)
        text: p.headline(),
        status: Progress::of_row(p.row_status()),
        earlier: false,
        reopened: false,
        note: p.progress.trim().to_string(),
        // Last year's causes stay with last year's row.
        row: Some(Problem {
            measure: p.measure.trim().to_string(),
            // As last year's ledger read it (3个月内 from its meeting:
            // 2027年4月底前; 年底前 as last year's end), never counted again.
            deadline: row_deadline(from, p, window, p.deadline.trim()),
            standard: p.standard.trim().to_string(),
            owner: p.owner.trim().to_string(),
            closed: p.closed_date().to_string(),
            recurs_of: None,
            ..p.clone()
        }),
    });
    // Rows carried into last year that are still open (持续推进, 长期坚持)
    // carry on until they are closed.
    let still_open = from
        .previous
        .iter()
        .filter(|q| !q.text.trim().is_empty() && previous_status(from, q) != Progress::Done)
        .map(|q| PreviousProblem {
            status: previous_status(from, q),
            earlier: true,
            reopened: false,
            // This year's progress is written anew, never last year's
            // note reprinted (last year's draft keeps it).
            note: String::new(),
            ..q.clone()
        });
    d.previous = own
        .chain(still_open)
        .enumerate()
        .map(|(n, q)| PreviousProblem {
            id: format!("q{}", n + 1),
            ..q
        })
        .collect();
    d
}

/// 上年度查摆的N项问题，已整改到位a项，正在整改b项，需长期坚持c项: the
/// counts of part 一 in 项, as reviewers count them (GENRE §4); a count of
/// 0 is left out. The statuses are those part 一 reports ([`previous_status`]);
/// `earlier` of them are rows carried from before last year, said apart
/// (上年度查摆的5项问题和此前结转的1项问题).
pub fn previous_counts(statuses: &[Progress], earlier: usize) -> String {
    let count = |s: Progress| statuses.iter().filter(|q| **q == s).count();
    let parts: Vec<String> = [
        ("已整改到位", count(Progress::Done)),
        ("正在整改", count(Progress::Ongoing)),
        ("需长期坚持", count(Progress::LongTerm)),
    ]
    .iter()
    .filter(|(_, n)| *n > 0)
    .map(|(what, n)| format!("{what}{n}项"))
    .collect();
    let own = statuses.len().saturating_sub(earlier);
    let what = match (own, earlier) {
        (_, 0) => format!("上年度查摆的{own}项问题"),
        (0, e) => format!("此前结转的{e}项问题"),
        (o, e) => format!("上年度查摆的{o}项问题和此前结转的{e}项问题"),
    };
    format!("{what}，{}。", parts.join("，"))
}
