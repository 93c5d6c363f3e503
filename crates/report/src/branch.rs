//! 支部整改问题清单汇总 as a table the exports (.xlsx, landscape .docx,
//! print) are written from: its columns, the title line with the branch
//! and year, the counts, one row per problem in the table's order.

use ziping_core::{common_problems, CivilDate, GroupBy, RowFilter, Summary};

use crate::material::clause;
use crate::table::Table;

/// The 汇总's columns and widths (spreadsheet character units; in the
/// landscape .docx one is about 87 twips, a character of its 五号 text 210
/// and a cell's margins 160): the headers, an aspect as 旗帜鲜明讲政治, a
/// 时限 as 2027年12月底前 and a status as 未启动（已逾期） each on one line
/// (LibreOffice broke 序/号 and 2027年6/月底前), the texts wrapping.
pub const BRANCH_COLUMNS: [(&str, u32); 10] = [
    ("序号", 7),
    ("姓名", 10),
    ("问题所属方面", 19),
    ("问题表现", 24),
    ("整改措施", 19),
    ("整改时限", 22),
    ("完成标准", 13),
    ("整改进展", 15),
    ("状态", 23),
    ("支部确认销号", 17),
];

/// The closing line of the 汇总, for the signatures.
pub const SIGNATURES: &str = "制表人：　　　　支部书记（签字）：　　　　报送日期：　　年　月　日";

/// The 汇总 as a table on `today`, grouped `by` member or aspect, the
/// counted rows (a row the member deleted is on the screen only): title 某支部2026年度整改问题
/// 清单汇总 (the branch and year), the line 统计截至… with the counts;
/// after the table its 共性问题 and the line for the signatures.
pub fn branch_table(s: &Summary, today: CivilDate, by: GroupBy) -> Table {
    // The counted rows: a row the member deleted is on the screen only.
    let rows = s
        .table(today, RowFilter::All, by)
        .iter()
        .filter(|v| !v.row.removed)
        .enumerate()
        .map(|(i, v)| {
            let p = &v.row.problem;
            let confirm = v.row.confirm.as_ref().map_or(String::new(), |c| {
                let date = c.date.to_string();
                match c.note.trim() {
                    "" => date,
                    note => format!("{date}（{note}）"),
                }
            });
            vec![
                (i + 1).to_string(),
                v.member.name.trim().to_string(),
                v.aspect().to_string(),
                clause(&p.text),
                clause(&p.measure),
                v.deadline(),
                clause(&p.standard),
                clause(&p.progress),
                v.status_text(),
                confirm,
            ]
        })
        .collect();
    Table {
        name: "问题清单汇总".to_string(),
        title: s.title(),
        subtitle: format!(
            "统计截至{today}　{}{}{}",
            s.counts(today).line(),
            s.roster_line().unwrap_or_default(),
            s.empty_line().unwrap_or_default()
        ),
        headers: BRANCH_COLUMNS.iter().map(|(h, _)| h.to_string()).collect(),
        widths: BRANCH_COLUMNS.iter().map(|(_, w)| *w).collect(),
        rows,
        notes: notes(s),
    }
}

/// 共性问题 (when there are) and the signatures' line.
fn notes(s: &Summary) -> Vec<String> {
    let common = common_problems(s);
    let mut out = Vec::with_capacity(common.len() + 2);
    if !common.is_empty() {
        out.push("共性问题：".to_string());
    }
    for (i, c) in common.iter().enumerate() {
        out.push(format!("{}．{}", i + 1, c.line()));
    }
    out.push(SIGNATURES.to_string());
    out
}
