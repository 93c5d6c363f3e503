//! The ledger's columns, rows and table: 本人 by default, overdue rows marked,
//! 长期坚持 as a 时限 making the row 长期坚持, and the title line.
#![cfg(not(target_arch = "wasm32"))]

use ziping_core::{CivilDate, LedgerHead, LedgerRow, RowStatus};
use ziping_report::{ledger_table, LEDGER_COLUMNS};

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).unwrap()
}

fn head() -> LedgerHead {
    LedgerHead {
        unit: "组织部干部一科".into(),
        name: "张三".into(),
        year: "2026".into(),
    }
}

fn row(problem: &str, deadline: &str, status: RowStatus) -> LedgerRow {
    let mut r = LedgerRow::new(problem, d(2026, 12, 10));
    r.measure = format!("{problem}的整改措施");
    r.deadline = deadline.into();
    r.status = status;
    r
}

#[test]
fn the_columns_are_the_ones_inspection_teams_check() {
    let names: Vec<&str> = LEDGER_COLUMNS.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        [
            "序号",
            "问题表现",
            "整改措施",
            "责任人",
            "整改时限",
            "完成标准",
            "整改进展",
            "状态",
            "销号日期",
            "备注"
        ]
    );
    let t = ledger_table(&head(), &[], d(2027, 1, 1));
    assert_eq!(t.headers, names);
    assert_eq!(t.widths, [7, 27, 27, 10, 14, 20, 22, 14, 12, 12]);
    assert!(t.rows.is_empty());
    assert_eq!(t.name, "整改台账");
}

#[test]
fn the_title_line_names_unit_person_and_year() {
    let t = ledger_table(&head(), &[], d(2027, 1, 1));
    assert_eq!(t.title, "2026年度个人整改台账");
    assert_eq!(t.subtitle, "单位：组织部干部一科　姓名：张三　年度：2026");
    let blank = ledger_table(&LedgerHead::default(), &[], d(2027, 1, 1));
    assert_eq!(blank.title, "个人整改台账");
    assert_eq!(
        blank.subtitle,
        "单位：【待补充：单位】　姓名：【待补充：姓名】　年度：【待补充：年度】"
    );
    let h = LedgerHead {
        year: " 2026年 ".into(),
        ..head()
    };
    assert_eq!(h.year_number(), Some(2026));
    assert_eq!(
        ledger_table(&h, &[], d(2027, 1, 1)).title,
        "2026年度个人整改台账"
    );
}

#[test]
fn rows_are_numbered_with_every_field_in_place() {
    let mut r = row("理论学习不够系统", "2027年3月底前", RowStatus::Done);
    r.owner = "  ".into();
    r.standard = "完成学习计划".into();
    r.progress = "已读完三本书".into();
    r.closed = "2027年3月20日".into();
    r.note = "附读书笔记".into();
    let mut other = row("调查研究不够深入", "2027年6月30日前", RowStatus::InProgress);
    other.owner = "李四".into();
    let t = ledger_table(&head(), &[r, other], d(2027, 4, 1));
    assert_eq!(
        t.rows[0],
        [
            "1",
            "理论学习不够系统",
            "理论学习不够系统的整改措施",
            "本人",
            "2027年3月底前",
            "完成学习计划",
            "已读完三本书",
            "已完成",
            "2027年3月20日",
            "附读书笔记"
        ]
    );
    assert_eq!(t.rows[1][0], "2");
    assert_eq!(t.rows[1][3], "李四");
    assert_eq!(t.rows[1][7], "推进中");
}

#[test]
fn overdue_rows_are_marked_as_of_today() {
    let rows = [
        row("一", "2027年3月底前", RowStatus::InProgress),
        row("二", "2027年3月底前", RowStatus::NotStarted),
        row("三", "2027年3月底前", RowStatus::Done),
        row("四", "长期坚持", RowStatus::NotStarted),
        row("五", "立行立改、长期坚持", RowStatus::Done),
        row("六", "尽快", RowStatus::NotStarted),
        row("七", "立行立改", RowStatus::InProgress),
        row("八", "年底前", RowStatus::InProgress),
    ];
    let status = |today| -> Vec<String> {
        ledger_table(&head(), &rows, today)
            .rows
            .into_iter()
            .map(|r| r[7].clone())
            .collect()
    };
    assert_eq!(
        status(d(2026, 12, 31)),
        [
            "推进中",
            "未启动",
            "已完成",
            "长期坚持",
            "长期坚持",
            "未启动",
            "推进中",
            "推进中"
        ]
    );
    assert_eq!(
        status(d(2027, 1, 11)),
        [
            "推进中",
            "未启动",
            "已完成",
            "长期坚持",
            "长期坚持",
            "未启动",
            "推进中（已逾期）",
            "推进中（已逾期）"
        ]
    );
    assert_eq!(
        status(d(2027, 4, 1)),
        [
            "推进中（已逾期）",
            "未启动（已逾期）",
            "已完成",
            "长期坚持",
            "长期坚持",
            "未启动",
            "推进中（已逾期）",
            "推进中（已逾期）"
        ]
    );
    // A 时限 the calendar cannot read is exported as written; 马上改 and
    // 长期, in the words of an official paper.
    assert_eq!(
        ledger_table(&head(), &rows, d(2027, 4, 1)).rows[5][4],
        "尽快"
    );
    let plain = [
        row("九", "马上改", RowStatus::NotStarted),
        row("十", "长期", RowStatus::NotStarted),
        row("十一", "3个月内", RowStatus::NotStarted),
        row("十二", "2027.6.30", RowStatus::NotStarted),
    ];
    let t = ledger_table(&head(), &plain, d(2027, 1, 1));
    let printed: Vec<&str> = t.rows.iter().map(|r| r[4].as_str()).collect();
    // A span as the day it means, counted from the row's base (10
    // December 2026); a day in figures in words.
    assert_eq!(
        printed,
        ["立行立改", "长期坚持", "2027年3月底前", "2027年6月底前"]
    );
    // Text pasted from last year's document reads as the 材料 has it.
    let mut pasted = row(
        "（二）理论学习不够系统 ,缺了2次。。",
        "",
        RowStatus::NotStarted,
    );
    pasted.measure = "1、制定学习计划\n2、每月读一本书.".into();
    let t = ledger_table(&head(), &[pasted], d(2027, 1, 1));
    assert_eq!(
        (t.rows[0][1].as_str(), t.rows[0][2].as_str()),
        ("理论学习不够系统，缺了2次", "制定学习计划；每月读一本书")
    );
    assert!(rows[0].is_overdue(2026, d(2027, 4, 1)));
    assert!(!rows[0].is_overdue(2026, d(2027, 3, 31)));
    assert_eq!(rows[3].status(), RowStatus::Ongoing);
}

#[test]
fn a_blank_year_reads_year_end_against_the_year_the_row_was_made() {
    let rows = [row("一", "年底前", RowStatus::InProgress)];
    let h = LedgerHead {
        year: "".into(),
        ..head()
    };
    assert_eq!(
        ledger_table(&h, &rows, d(2026, 12, 31)).rows[0][7],
        "推进中"
    );
    assert_eq!(
        ledger_table(&h, &rows, d(2027, 1, 1)).rows[0][7],
        "推进中（已逾期）"
    );
    let later = LedgerHead {
        year: "2027".into(),
        ..head()
    };
    assert_eq!(
        ledger_table(&later, &rows, d(2027, 1, 1)).rows[0][7],
        "推进中"
    );
}
