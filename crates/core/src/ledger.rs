//! The rectification ledger's (整改台账) rows: a row's fields, its status
//! and whether it is overdue. Independent of where the problems come from;
//! the table the exports are written from is `ziping_report::ledger_table`.

use crate::civil::CivilDate;
use crate::deadline::{is_overdue, Deadline, RowStatus};

/// 责任人 when none is named: for an individual's ledger, 本人.
pub const DEFAULT_OWNER: &str = "本人";

/// The mark after the status of an overdue row.
pub const OVERDUE_MARK: &str = "（已逾期）";

/// One row of the ledger. 序号 is the row's place, not a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRow {
    /// 问题表现
    pub problem: String,
    /// 整改措施
    pub measure: String,
    /// 责任人; blank means 本人.
    pub owner: String,
    /// 整改时限, as the person wrote it.
    pub deadline: String,
    /// 完成标准
    pub standard: String,
    /// 整改进展
    pub progress: String,
    pub status: RowStatus,
    /// 销号日期, as written.
    pub closed: String,
    /// 备注
    pub note: String,
    /// The day its 时限 counts from (立行立改, N个月内): the 材料's date,
    /// else the day the row was made (`carry::row_base`).
    pub base: CivilDate,
}

impl LedgerRow {
    /// A new, not yet started row counting from `base`.
    pub fn new(problem: &str, base: CivilDate) -> LedgerRow {
        LedgerRow {
            problem: problem.to_string(),
            measure: String::new(),
            owner: String::new(),
            deadline: String::new(),
            standard: String::new(),
            progress: String::new(),
            status: RowStatus::NotStarted,
            closed: String::new(),
            note: String::new(),
            base,
        }
    }

    /// The 时限, read.
    pub fn deadline(&self) -> Deadline {
        Deadline::parse(&self.deadline)
    }

    /// The status that counts (a 时限 of 长期坚持 makes it 长期坚持).
    pub fn status(&self) -> RowStatus {
        self.status.effective(&self.deadline())
    }

    /// 责任人, or 本人.
    pub fn owner(&self) -> &str {
        match self.owner.trim() {
            "" => DEFAULT_OWNER,
            o => o,
        }
    }

    /// Whether the 时限 has passed on `today` and the row is not done.
    pub fn is_overdue(&self, draft_year: i32, today: CivilDate) -> bool {
        is_overdue(&self.deadline(), self.status, draft_year, self.base, today)
    }

    /// 状态 as exported: the label, marked （已逾期） when overdue.
    pub fn status_text(&self, draft_year: i32, today: CivilDate) -> String {
        let label = self.status().label();
        if self.is_overdue(draft_year, today) {
            format!("{label}{OVERDUE_MARK}")
        } else {
            label.to_string()
        }
    }
}

/// Whose ledger it is: the title line's 单位、姓名、年度.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LedgerHead {
    pub unit: String,
    pub name: String,
    /// 年度, e.g. "2026", as the draft keeps it.
    pub year: String,
}

impl LedgerHead {
    /// The 年度 as a number, if it is four digits (2026 or 2026年).
    pub fn year_number(&self) -> Option<i32> {
        let y = self.year.trim().trim_end_matches('年');
        let digits = y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| y.bytes().fold(0, |n, b| n * 10 + i32::from(b - b'0')))
    }
}
