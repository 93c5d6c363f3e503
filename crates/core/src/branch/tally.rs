//! The 汇总 as a table: the rows that count, their status and overdue mark
//! (the ledger's rules), the counts, a filter and a grouping.

use crate::civil::CivilDate;
use crate::deadline::{is_overdue, official_deadline_on, Deadline, RowStatus};
use crate::problem::DEFAULT_ASPECTS;

use super::summary::{Member, Summary, SummaryRow};

/// The counts of a 汇总 (removed rows left out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub members: usize,
    pub problems: usize,
    pub not_started: usize,
    pub in_progress: usize,
    pub done: usize,
    pub ongoing: usize,
    pub overdue: usize,
    /// Closed by the branch (确认销号).
    pub confirmed: usize,
    /// Rows the members' newest files no longer have: listed apart, last,
    /// and counted nowhere else.
    pub removed: usize,
}

impl Counts {
    /// 共3名同志、查摆问题12条：未启动2条、推进中5条、已完成4条、长期坚持1条，已逾期1条；支部已确认销号3条。
    /// A status no row has is left out (推进中0条 is a cell, not a sentence);
    /// none overdue reads 均未逾期 where rows are open, and the branch's 销号 is told once a row
    /// is 已完成 or confirmed. (另有已删除1条，不计入。)
    pub fn line(&self) -> String {
        let statuses: Vec<String> = [
            ("未启动", self.not_started),
            ("推进中", self.in_progress),
            ("已完成", self.done),
            ("长期坚持", self.ongoing),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{s}{n}条"))
        .collect();
        let mut out = format!("共{}名同志、查摆问题{}条", self.members, self.problems);
        if self.problems > 0 {
            out.push('：');
            out.push_str(&statuses.join("、"));
            // 逾期 is said of rows still open only.
            match self.overdue {
                0 if self.not_started + self.in_progress == 0 => {}
                0 => out.push_str("，均未逾期"),
                n => out.push_str(&format!("，已逾期{n}条")),
            }
            if self.done + self.confirmed > 0 {
                out.push_str(&format!("；支部已确认销号{}条", self.confirmed));
            }
        }
        out.push('。');
        if self.removed > 0 {
            out.push_str(&format!("另有已删除{}条，不计入。", self.removed));
        }
        out
    }
}

/// Which rows the table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowFilter {
    /// Every row, removed ones included.
    #[default]
    All,
    Status(RowStatus),
    Overdue,
    /// Reported 已完成 by the member, not yet closed by the branch: the
    /// secretary's worklist.
    Unconfirmed,
}

impl RowFilter {
    /// Every filter, with its label, in the order offered.
    pub fn choices() -> Vec<(RowFilter, &'static str)> {
        let mut out = vec![(RowFilter::All, "全部")];
        out.extend(RowStatus::ALL.map(|s| (RowFilter::Status(s), s.label())));
        out.push((RowFilter::Overdue, "已逾期"));
        out.push((RowFilter::Unconfirmed, "待确认销号"));
        out
    }

    pub fn fits(self, v: &RowView) -> bool {
        match self {
            RowFilter::All => true,
            _ if v.row.removed => false,
            RowFilter::Status(s) => v.status == s,
            RowFilter::Overdue => v.overdue,
            RowFilter::Unconfirmed => v.status == RowStatus::Done && v.row.confirm.is_none(),
        }
    }
}

/// How the table is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupBy {
    #[default]
    Member,
    Aspect,
}

/// A row as the table shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RowView<'a> {
    pub member: &'a Member,
    pub row: &'a SummaryRow,
    /// The status that counts (the ledger's rule).
    pub status: RowStatus,
    pub overdue: bool,
    /// The year its 时限 are read in: the 汇总's, else the row's base's.
    year: i32,
}

impl<'a> RowView<'a> {
    /// The aspect, or 未归类.
    pub fn aspect(&self) -> &'a str {
        match self.row.problem.aspect.trim() {
            "" => "未归类",
            a => a,
        }
    }

    /// The group the row is listed under when the table is grouped `by`:
    /// the member (their draft id) or the aspect; a deleted row under
    /// 已删除（不计入）, listed last by [`table_of`].
    pub fn group(&self, by: GroupBy) -> &'a str {
        match (self.row.removed, by) {
            (true, _) => "已删除（不计入）",
            (false, GroupBy::Member) => &self.member.draft,
            (false, GroupBy::Aspect) => self.aspect(),
        }
    }

    /// The 时限 as the member's ledger prints it (`official_deadline_on`:
    /// 马上改 as 立行立改, 3个月内 as the day it means); none given is said,
    /// for the secretary to ask for (such a row is never overdue).
    pub fn deadline(&self) -> String {
        let p = &self.row.problem;
        match official_deadline_on(&p.deadline, self.year, p.base()) {
            d if d.is_empty() => "（未填）".to_string(),
            d => d,
        }
    }

    /// 状态 as shown: the label, （已逾期） when overdue, 已删除 for a row
    /// the member's newest file no longer has.
    pub fn status_text(&self) -> String {
        if self.row.removed {
            return "已删除".to_string();
        }
        let label = self.status.label();
        if self.overdue {
            format!("{label}{}", crate::ledger::OVERDUE_MARK)
        } else {
            label.to_string()
        }
    }
}

impl Summary {
    /// Every row, member by member, with its status and overdue mark on
    /// `today`.
    pub fn views(&self, today: CivilDate) -> Vec<RowView<'_>> {
        let year = self.year_number();
        let mut out = Vec::new();
        for member in &self.members {
            for row in &member.rows {
                // The ledger's rules (`LedgerRow::status`, `is_overdue`),
                // without copying the row into one.
                let p = &row.problem;
                let deadline = Deadline::parse(&p.deadline);
                let base = p.base();
                let year = year.unwrap_or(base.year);
                out.push(RowView {
                    member,
                    row,
                    status: p.status.effective(&deadline),
                    overdue: !row.removed && is_overdue(&deadline, p.status, year, base, today),
                    year,
                });
            }
        }
        out
    }

    /// The rows `filter` lets through on `today`, grouped `by` member or
    /// aspect ([`table_of`]).
    pub fn table(&self, today: CivilDate, filter: RowFilter, by: GroupBy) -> Vec<RowView<'_>> {
        table_of(&self.views(today), filter, by)
    }

    /// The counts on `today`.
    pub fn counts(&self, today: CivilDate) -> Counts {
        self.counts_of(&self.views(today))
    }

    /// The counts of `views`, this 汇总's rows (removed ones left out).
    pub fn counts_of(&self, views: &[RowView]) -> Counts {
        let mut c = Counts {
            // A member with no open rows still counts.
            members: self.members.len(),
            ..Counts::default()
        };
        for v in views {
            if v.row.removed {
                c.removed += 1;
                continue;
            }
            c.problems += 1;
            match v.status {
                RowStatus::NotStarted => c.not_started += 1,
                RowStatus::InProgress => c.in_progress += 1,
                RowStatus::Done => c.done += 1,
                RowStatus::Ongoing => c.ongoing += 1,
            }
            c.overdue += usize::from(v.overdue);
            c.confirmed += usize::from(v.row.confirm.is_some());
        }
        c
    }
}

/// The rows of `views` that `filter` lets through, grouped by member (in
/// the order they came) or by aspect (the five tasks first), each group in
/// order; the removed rows last, apart, as the counts leave them out.
pub fn table_of<'a>(views: &[RowView<'a>], filter: RowFilter, by: GroupBy) -> Vec<RowView<'a>> {
    let (mut live, removed): (Vec<RowView>, Vec<RowView>) = views
        .iter()
        .filter(|v| filter.fits(v))
        .partition(|v| !v.row.removed);
    if by == GroupBy::Aspect {
        live = by_aspect(live);
    }
    live.extend(removed);
    live
}

fn by_aspect(rows: Vec<RowView>) -> Vec<RowView> {
    // The five tasks in order, then the others as they come, 未归类 last;
    // each group in the order of its rows.
    let mut seen: Vec<&str> = Vec::new();
    for v in &rows {
        if !seen.contains(&v.aspect()) {
            seen.push(v.aspect());
        }
    }
    let listed = |a: &&str| DEFAULT_ASPECTS.contains(a) || *a == "未归类";
    let order = (DEFAULT_ASPECTS.iter().copied())
        .chain(seen.iter().copied().filter(|a| !listed(a)))
        .chain(["未归类"]);
    let mut grouped = Vec::with_capacity(rows.len());
    for aspect in order {
        grouped.extend(rows.iter().filter(|v| v.aspect() == aspect).copied());
    }
    grouped
}
