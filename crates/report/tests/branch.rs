//! 支部整改问题清单汇总: the table's rows, and the .xlsx and landscape
//! .docx written from it.
#![cfg(not(target_arch = "wasm32"))]

mod office_util;
use office_util::{part, parts};

use ziping_core::{CivilDate, Confirm, GroupBy, MemberList, MemberProblem, RowStatus, Summary};
use ziping_report::{branch_table, table_docx, table_xlsx};

const NOW: i64 = 1_800_000_000_000; // 2027-01-15

fn problem(id: &str, aspect: &str, text: &str, deadline: &str, status: RowStatus) -> MemberProblem {
    MemberProblem {
        id: id.into(),
        aspect: aspect.into(),
        text: text.into(),
        measure: "制定计划".into(),
        deadline: deadline.into(),
        standard: "形成清单".into(),
        made: CivilDate::new(2026, 3, 1).unwrap(),
        status,
        ..MemberProblem::default()
    }
}

fn summary() -> Summary {
    let mut s = Summary::new("b1", "干部一科党支部", "2026", NOW);
    let list = |draft: &str, name: &str, problems| MemberList {
        format: "ziping-branch-list".into(),
        version: 1,
        draft: draft.into(),
        exported: NOW,
        name: name.into(),
        unit: "干部一科".into(),
        year: "2026".into(),
        problems,
    };
    s.merge(
        list(
            "d1",
            "张三",
            vec![
                problem(
                    "p1",
                    "严格自律树形象",
                    "八小时外约束不严",
                    "2026年12月底前",
                    RowStatus::InProgress,
                ),
                problem(
                    "p2",
                    "旗帜鲜明讲政治",
                    "理论学习不深",
                    "长期坚持",
                    RowStatus::NotStarted,
                ),
            ],
        ),
        NOW,
    )
    .unwrap();
    s.merge(
        list(
            "d2",
            "李四",
            vec![problem(
                "p1",
                "旗帜鲜明讲政治",
                "学用脱节",
                "2027年6月底前",
                RowStatus::Done,
            )],
        ),
        NOW,
    )
    .unwrap();
    s.confirm(
        "d2",
        "p1",
        Some(Confirm {
            date: CivilDate::new(2027, 1, 10).unwrap(),
            note: "经支委会核实".into(),
        }),
        NOW,
    );
    s
}

#[test]
fn the_table_has_a_title_line_the_counts_and_one_row_per_problem() {
    let t = branch_table(&summary(), CivilDate::from_epoch_ms(NOW), GroupBy::Member);
    assert_eq!(t.title, "干部一科党支部2026年度整改问题清单汇总");
    assert_eq!(
        t.subtitle,
        "统计截至2027年1月15日　共2名同志、查摆问题3条：推进中1条、已完成1条、长期坚持1条，已逾期1条；支部已确认销号1条。"
    );
    assert_eq!(
        t.notes,
        ["制表人：　　　　支部书记（签字）：　　　　报送日期：　　年　月　日"]
    );
    assert_eq!(
        t.headers,
        [
            "序号",
            "姓名",
            "问题所属方面",
            "问题表现",
            "整改措施",
            "整改时限",
            "完成标准",
            "整改进展",
            "状态",
            "支部确认销号"
        ]
    );
    let row = |i: usize| t.rows[i].join("|");
    assert_eq!(row(0), "1|张三|严格自律树形象|八小时外约束不严|制定计划|2026年12月底前|形成清单||推进中（已逾期）|");
    assert_eq!(
        row(1),
        "2|张三|旗帜鲜明讲政治|理论学习不深|制定计划|长期坚持|形成清单||长期坚持|"
    );
    assert_eq!(row(2), "3|李四|旗帜鲜明讲政治|学用脱节|制定计划|2027年6月底前|形成清单||已完成|2027年1月10日（经支委会核实）");
    let by_aspect = branch_table(&summary(), CivilDate::from_epoch_ms(NOW), GroupBy::Aspect);
    let order: Vec<&str> = by_aspect.rows.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(order, ["理论学习不深", "学用脱节", "八小时外约束不严"]);
    // With a 应交名单, the line says who has not handed in.
    let mut s = summary();
    s.roster = vec!["张三".into(), "李四".into(), "赵六".into()];
    let t = branch_table(&s, CivilDate::from_epoch_ms(NOW), GroupBy::Member);
    assert!(
        t.subtitle
            .ends_with("支部已确认销号1条。应交3人，已交2人，未交1人：赵六。"),
        "{}",
        t.subtitle
    );
}

#[test]
fn the_xlsx_and_the_landscape_docx_hold_the_title_and_rows() {
    let t = branch_table(&summary(), CivilDate::from_epoch_ms(NOW), GroupBy::Member);
    let x = parts(&table_xlsx(&t));
    let sheet = part(&x, "xl/worksheets/sheet1.xml");
    for text in [
        "干部一科党支部2026年度整改问题清单汇总",
        "支部确认销号",
        "推进中（已逾期）",
        "2027年1月10日（经支委会核实）",
    ] {
        assert!(sheet.contains(text), "{text}");
    }
    assert!(sheet.contains(r#"orientation="landscape""#));
    // The title, the line under it, the header row: frozen under row 3.
    assert!(sheet.contains(r#"ySplit="3""#));
    let d = parts(&table_docx(&t));
    let doc = &d.iter().find(|(n, _)| n == "word/document.xml").unwrap().1;
    assert!(doc.contains(r#"w:orient="landscape""#));
    for text in [
        "干部一科党支部2026年度整改问题清单汇总",
        "学用脱节",
        "统计截至2027年1月15日",
    ] {
        assert!(doc.contains(text), "{text}");
    }
}

#[test]
fn the_common_problems_and_the_signatures_follow_the_table() {
    let mut s = summary();
    s.merge(
        MemberList {
            format: "ziping-branch-list".into(),
            version: 1,
            draft: "d3".into(),
            exported: NOW,
            name: "王五".into(),
            unit: "干部一科".into(),
            year: "2026".into(),
            problems: vec![problem(
                "p1",
                "旗帜鲜明讲政治",
                "理论学习不够深",
                "2027年6月底前",
                RowStatus::NotStarted,
            )],
        },
        NOW,
    )
    .unwrap();
    let t = branch_table(&s, CivilDate::from_epoch_ms(NOW), GroupBy::Member);
    assert_eq!(
        t.notes,
        [
            "共性问题：",
            "1．2名同志（张三、王五）查摆了旗帜鲜明讲政治方面的相近问题：理论学习不深",
            "制表人：　　　　支部书记（签字）：　　　　报送日期：　　年　月　日"
        ]
    );
    let x = parts(&table_xlsx(&t));
    let sheet = part(&x, "xl/worksheets/sheet1.xml");
    // Rows 1–2 the title lines, 3 the headers, 4–7 the problems, then the notes.
    for (r, text) in [(2, "共3名同志"), (8, "共性问题："), (10, "制表人：")] {
        let at = sheet.find(&format!(r#"<row r="{r}""#)).unwrap();
        let end = sheet[at..].find("</row>").unwrap() + at;
        assert!(sheet[at..end].contains(text), "row {r}: {text}");
    }
    assert!(sheet.contains(r#"<mergeCell ref="A10:J10"/>"#));
    let d = parts(&table_docx(&t));
    let doc = &d.iter().find(|(n, _)| n == "word/document.xml").unwrap().1;
    let table_end = doc.find("</w:tbl>").unwrap();
    for text in ["共性问题：", "理论学习不深", "支部书记（签字）："] {
        assert!(
            doc.rfind(text).unwrap() > table_end,
            "{text} after the table"
        );
    }
    assert!(doc.find("共2名同志").is_none() && doc.find("共3名同志").unwrap() < table_end);
    // The notes stay together and with the last row: the signature line
    // never stands alone on a page (every paragraph kept with the next
    // from the last row's first to the note before the signatures).
    let last_row = doc[..table_end].rfind("<w:tr>").unwrap();
    let signatures = doc.rfind("制表人：").unwrap();
    let paragraphs = |from: usize, to: usize| doc[from..to].matches("<w:p>").count();
    let kept = |from: usize, to: usize| doc[from..to].matches("<w:keepNext/>").count();
    assert_eq!(kept(last_row, table_end), paragraphs(last_row, table_end));
    let notes = doc[table_end..signatures].rfind("<w:p>").unwrap() + table_end;
    assert_eq!(kept(table_end, notes), 2, "共性问题： and its line");
    assert_eq!(kept(notes, doc.len()), 0, "the signatures' line ends it");
    assert_eq!(kept(0, last_row), 0, "no other row is held");
}

/// The exports list the counted rows, numbered as counted (a row the member
/// deleted stays on the screen only), with the 时限 as the member's ledger
/// prints it.
#[test]
fn the_exports_hold_the_counted_rows_with_the_ledgers_deadline() {
    let mut s = summary();
    let later = MemberList {
        format: "ziping-branch-list".into(),
        version: 1,
        draft: "d1".into(),
        exported: NOW + 1,
        name: "张三".into(),
        unit: "干部一科".into(),
        year: "2026".into(),
        problems: vec![problem(
            "p1",
            "严格自律树形象",
            "八小时外约束不严",
            "马上改",
            RowStatus::InProgress,
        )],
    };
    s.merge(later, NOW).unwrap();
    let t = branch_table(&s, CivilDate::from_epoch_ms(NOW), GroupBy::Member);
    let rows: Vec<String> = t.rows.iter().map(|r| r[..6].join("|")).collect();
    assert_eq!(
        rows,
        [
            "1|张三|严格自律树形象|八小时外约束不严|制定计划|立行立改",
            "2|李四|旗帜鲜明讲政治|学用脱节|制定计划|2027年6月底前"
        ]
    );
    assert!(t.subtitle.contains("查摆问题2条"), "{}", t.subtitle);
}
