//! The rectification ledger (整改台账) as a table the exports (.xlsx,
//! landscape .docx, print) are written from: its columns in one place, one
//! row per problem, overdue rows marked.

use ziping_core::{official_deadline_on, CivilDate, LedgerHead, LedgerRow};

use crate::material::clause;
use crate::report::or_placeholder;
use crate::table::Table;

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

/// The ledger as a table: title 2026年度个人整改台账, the line
/// 单位：…　姓名：…　年度：…, the ten columns, one row per problem with
/// overdue rows marked as of `today`, the person's text as the 材料 has it
/// (`clause`: pasted numbering and ASCII punctuation out, no end stop),
/// each 时限 as `official_deadline_on` prints it from the row's base. A blank 年度 reads 年底前 against the year each row counts
/// from.
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
            let draft_year = head.year_number().unwrap_or(r.base.year);
            vec![
                (i + 1).to_string(),
                clause(&r.problem),
                clause(&r.measure),
                r.owner().to_string(),
                official_deadline_on(&r.deadline, draft_year, r.base),
                clause(&r.standard),
                clause(&r.progress),
                r.status_text(draft_year, today),
                r.closed.trim().to_string(),
                clause(&r.note),
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
        notes: Vec::new(),
    }
}
