//! 问题清单（报支部）: what a member hands the branch. Only the person, the
//! year, the draft's id and the time of export, and each ledger row with its
//! stable id; never ratings, evidence, causes or 相互批评.

use crate::carry::{carried_row, ledger_problems, made_day, previous_status, problem_row};
use crate::civil::CivilDate;
use crate::deadline::RowStatus;
use crate::draft::Draft;
use crate::ledger::LedgerRow;
use crate::occasion::Occasion;
use crate::problem::{ItemLink, Progress};
use crate::template::Template;

/// The `format` of a member's list.
pub const MEMBER_FORMAT: &str = "ziping-branch-list";
/// The version this build writes; a newer one is refused.
pub const MEMBER_VERSION: u32 = 1;

/// A member's 问题清单（报支部）.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberList {
    pub format: String,
    pub version: u32,
    /// The draft it was exported from: a later file of the same draft
    /// updates the member's rows.
    pub draft: String,
    /// When it was exported (ms since the epoch).
    pub exported: i64,
    pub name: String,
    pub unit: String,
    /// 年度, as the draft keeps it.
    pub year: String,
    pub problems: Vec<MemberProblem>,
}

impl MemberList {
    /// 问题清单（报支部）-张三-2026年度-20270115.json: who, which year, and the
    /// day it was exported, so a list sent again is told from the first by
    /// its name too.
    pub fn file_name(&self) -> String {
        let who = match self.name.trim() {
            "" => "本人".to_string(),
            name => crate::naming::safe_file_part(name),
        };
        format!(
            "问题清单（报支部）-{who}-{}年度-{}.json",
            crate::naming::safe_file_part(&self.year),
            crate::civil::file_day(self.exported)
        )
    }
}

/// One row of a member's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberProblem {
    /// Stable within the draft (p1 …; q1 … for rows carried from earlier
    /// years).
    pub id: String,
    /// The checklist item it was found under.
    pub item: Option<ItemLink>,
    /// The aspect it is reported under, in its core form.
    pub aspect: String,
    /// 问题表现 (with its 判断).
    pub text: String,
    pub measure: String,
    /// 整改时限, as written.
    pub deadline: String,
    /// 完成标准
    pub standard: String,
    /// The day the problem was written down.
    pub made: CivilDate,
    /// The day its 时限 counts from (the 材料's date, the occasion's
    /// months, the carrying), the ledger's base; never before `made` (a
    /// file without it: `made`).
    pub from: CivilDate,
    pub status: RowStatus,
    /// 整改进展
    pub progress: String,
    /// 销号日期, as written.
    pub closed: String,
    /// Carried from an earlier year and still open.
    pub carried: bool,
}

impl Default for MemberProblem {
    fn default() -> Self {
        MemberProblem {
            id: String::new(),
            item: None,
            aspect: String::new(),
            text: String::new(),
            measure: String::new(),
            deadline: String::new(),
            standard: String::new(),
            made: CivilDate::from_epoch_ms(0),
            from: CivilDate::from_epoch_ms(0),
            status: RowStatus::NotStarted,
            progress: String::new(),
            closed: String::new(),
            carried: false,
        }
    }
}

impl MemberProblem {
    /// The day its 时限 counts from, as the member's ledger counts it.
    pub fn base(&self) -> CivilDate {
        self.from.max(self.made)
    }

    /// The row as a ledger row: statuses and overdue are the ledger's.
    pub fn ledger_row(&self) -> LedgerRow {
        LedgerRow {
            measure: self.measure.clone(),
            deadline: self.deadline.clone(),
            standard: self.standard.clone(),
            progress: self.progress.clone(),
            status: self.status,
            closed: self.closed.clone(),
            ..LedgerRow::new(&self.text, self.base())
        }
    }
}

fn from_row(
    id: &str,
    item: Option<ItemLink>,
    aspect: String,
    made: CivilDate,
    r: LedgerRow,
) -> MemberProblem {
    MemberProblem {
        made,
        from: r.base,
        id: id.to_string(),
        item,
        aspect,
        status: r.status(),
        text: r.problem,
        measure: r.measure,
        deadline: r.deadline,
        standard: r.standard,
        progress: r.progress,
        closed: r.closed,
        carried: false,
    }
}

/// The draft's 问题清单（报支部） at `now`: its ledger rows, each under the
/// aspect `occasion` reports it under, then the rows carried from earlier
/// years that are still open.
pub fn member_list(
    d: &Draft,
    occasion: &Occasion,
    templates: &[&Template],
    now: i64,
) -> MemberList {
    let window = occasion.date_window;
    let own = ledger_problems(d).map(|p| {
        let aspect = occasion.aspect_of(templates, p);
        let row = problem_row(d, p, window);
        from_row(&p.id, p.item.clone(), aspect, made_day(d, p), row)
    });
    let open = d
        .previous
        .iter()
        .filter(|q| !q.text.trim().is_empty() && previous_status(d, q) != Progress::Done);
    let carried = open.map(|q| {
        let row = q.row.clone().unwrap_or_default();
        let aspect = occasion.aspect_of(templates, &row);
        MemberProblem {
            carried: true,
            ..from_row(
                &q.id,
                row.item.clone(),
                aspect,
                made_day(d, &row),
                carried_row(d, q),
            )
        }
    });
    MemberList {
        format: MEMBER_FORMAT.to_string(),
        version: MEMBER_VERSION,
        draft: d.id.to_string(),
        exported: now,
        name: d.person.name.trim().to_string(),
        unit: d.person.unit.trim().to_string(),
        year: d.person.year.trim().to_string(),
        problems: own.chain(carried).collect(),
    }
}
