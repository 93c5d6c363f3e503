//! The rectification ledger (整改台账) as a table: its columns in one place,
//! a row's fields, and the table the exports (.xlsx, landscape .docx, print)
//! are written from, with overdue rows marked. Independent of where the
//! problems come from.

use super::civil::CivilDate;
use super::deadline::{is_overdue, Deadline, RowStatus};
use super::report::or_placeholder;
use super::table::Table;

/// The ledger's columns and their widths (spreadsheet character units; one
/// CJK character is about 2), in order. Wide enough that in the landscape
/// .docx 序号 and 责任人 stay on one line and 状态 breaks as 推进中 / （已逾期）.
pub const LEDGER_COLUMNS: [(&str, u32); 10] = [
    ("序号", 7),
    ("问题表现", 27),
    ("整改措施", 27),
    ("责任人", 10),
    ("整改时限", 14),
    ("完成标准", 20),
    ("整改进展", 22),
    ("状态", 14),
    ("销号日期", 12),
    ("备注", 12),
];

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
    /// The day the row was made (立行立改 counts from it).
    pub created: CivilDate,
}

impl LedgerRow {
    /// A new, not yet started row made on `created`.
    pub fn new(problem: &str, created: CivilDate) -> LedgerRow {
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
            created,
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
        is_overdue(
            &self.deadline(),
            self.status,
            draft_year,
            self.created,
            today,
        )
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

/// The ledger as a table: title 2026年度个人整改台账, the line
/// 单位：…　姓名：…　年度：…, the ten columns, one row per problem with
/// overdue rows marked as of `today`. A blank 年度 reads 年底前 against the
/// year each row was made.
pub fn ledger_table(head: &LedgerHead, rows: &[LedgerRow], today: CivilDate) -> Table {
    let year = head.year.trim().trim_end_matches('年');
    let title = if year.is_empty() {
        "个人整改台账".to_string()
    } else {
        format!("{year}年度个人整改台账")
    };
    let subtitle = format!(
        "单位：{}　姓名：{}　年度：{}",
        or_placeholder(&head.unit, "单位"),
        or_placeholder(&head.name, "姓名"),
        or_placeholder(year, "年度"),
    );
    let rows = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let draft_year = head.year_number().unwrap_or(r.created.year);
            vec![
                (i + 1).to_string(),
                r.problem.trim().to_string(),
                r.measure.trim().to_string(),
                r.owner().to_string(),
                r.deadline.trim().to_string(),
                r.standard.trim().to_string(),
                r.progress.trim().to_string(),
                r.status_text(draft_year, today),
                r.closed.trim().to_string(),
                r.note.trim().to_string(),
            ]
        })
        .collect();
    Table {
        name: "整改台账".to_string(),
        title,
        subtitle,
        headers: LEDGER_COLUMNS.iter().map(|(h, _)| h.to_string()).collect(),
        widths: LEDGER_COLUMNS.iter().map(|(_, w)| *w).collect(),
        rows,
    }
}
