//! The .xlsx writer, read back with an independent ZIP reader. (LibreOffice
//! reading it is in tests/office.rs.)
#![cfg(not(target_arch = "wasm32"))]

mod office_util;
#[path = "../../core/tests/util/mod.rs"]
mod util;
use office_util::{part, parts, sample_table};

use proptest::prelude::*;
use ziping_report::{column_name, sheet_name, table_xlsx, Table, XLSX_CELL_MAX};

fn sample() -> Table {
    sample_table("<img src=x> & \u{0}\u{b}'\"")
}

#[test]
fn the_workbook_has_the_parts_excel_writes() {
    let p = parts(&table_xlsx(&sample()));
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml",
            "xl/styles.xml"
        ]
    );
    let types = part(&p, "[Content_Types].xml");
    for t in [
        r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
        r#"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#,
        r#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    ] {
        assert!(types.contains(t), "{t}");
    }
    assert!(part(&p, "_rels/.rels").contains(r#"Target="xl/workbook.xml""#));
    let rels = part(&p, "xl/_rels/workbook.xml.rels");
    assert!(rels.contains(r#"Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml""#));
    assert!(rels.contains(r#"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml""#));
    let wb = part(&p, "xl/workbook.xml");
    assert!(wb.contains(r#"<sheet name="整改台账" sheetId="1" r:id="rId1"/>"#));
    assert!(wb.contains(
        r#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'整改台账'!$3:$3</definedName>"#
    ));
    for p in &p {
        assert!(p
            .1
            .starts_with(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#));
    }
}

#[test]
fn the_sheet_prints_landscape_a4_with_title_header_and_widths() {
    let p = parts(&table_xlsx(&sample()));
    let s = part(&p, "xl/worksheets/sheet1.xml");
    assert!(s.contains(
        r#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
    ));
    assert!(s.contains(r#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#));
    assert!(s.contains("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>"));
    assert!(s.contains(r#"<dimension ref="A1:D5"/>"#));
    assert!(
        s.contains(r#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#)
    );
    assert!(s.contains(r#"<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/><col min="3" max="3" width="30" customWidth="1"/><col min="4" max="4" width="12" customWidth="1"/></cols>"#));
    assert!(s.contains(
        r#"<mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="A2:D2"/></mergeCells>"#
    ));
    // Filter buttons on the header, over the rows, before the merges (the
    // schema's order).
    assert!(s.contains(r#"</sheetData><autoFilter ref="A3:D5"/><mergeCells"#));
    assert!(s.contains(r#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">2026年度个人整改台账</t></is></c>"#));
    assert!(s.contains(r#"<c r="A2" s="2" t="inlineStr"><is><t xml:space="preserve">单位：组织部干部一科　姓名：张三　年度：2026</t></is></c>"#));
    assert!(s.contains(
        r#"<c r="B3" s="3" t="inlineStr"><is><t xml:space="preserve">问题表现</t></is></c>"#
    ));
    assert!(
        s.contains(r#"<c r="A4" s="5"><v>1</v></c>"#),
        "序号 is a number"
    );
    assert!(
        s.contains("<t xml:space=\"preserve\">制定学习计划\n每月读一本书</t>"),
        "line breaks stay"
    );
    // Heights written out: 15 pt a line of the tallest cell, plus 3.
    assert!(s.contains(r#"<row r="1" ht="30" customHeight="1">"#));
    assert!(s.contains(r#"<row r="3" ht="18" customHeight="1">"#));
    assert!(
        s.contains(r#"<row r="4" ht="33" customHeight="1">"#),
        "two lines"
    );
    // A short row is filled with empty cells up to the headers' number.
    assert!(s.contains(r#"<c r="C5" s="4"/><c r="D5" s="4"/></row>"#));
    let styles = part(&p, "xl/styles.xml");
    assert!(
        styles.contains(r#"<font><b/><sz val="11"/>"#),
        "bold header font"
    );
    assert!(styles.contains(r#"<alignment horizontal="center" vertical="center" wrapText="1"/>"#));
    assert!(styles.contains(r#"<alignment vertical="top" wrapText="1"/>"#));
    assert!(styles.contains(r#"<left style="thin"><color auto="1"/></left>"#));
    assert_eq!(
        styles.matches("<xf ").count(),
        7,
        "1 cell style + 6 cell formats"
    );
}

#[test]
fn typed_markup_and_control_characters_stay_out_of_the_xml() {
    let p = parts(&table_xlsx(&sample()));
    let s = part(&p, "xl/worksheets/sheet1.xml");
    assert!(!s.contains("<img"));
    assert!(s.contains("&lt;img src=x&gt; &amp; &apos;&quot;</t>"));
    assert!(!s.contains('\u{0}') && !s.contains('\u{b}'));
}

#[test]
fn the_same_table_gives_the_same_bytes() {
    assert_eq!(table_xlsx(&sample()), table_xlsx(&sample()));
    let mut other = sample();
    other.rows[0][3] = "已完成".into();
    assert_ne!(table_xlsx(&sample()), table_xlsx(&other));
}

#[test]
fn without_title_lines_the_header_is_the_first_row() {
    let mut t = sample();
    t.title = " ".into();
    t.subtitle.clear();
    t.name = "a[b]:c*?/\\d'".into();
    let p = parts(&table_xlsx(&t));
    let wb = part(&p, "xl/workbook.xml");
    assert!(wb.contains(r#"<sheet name="abcd" sheetId="1""#), "{wb}");
    assert!(wb.contains("'abcd'!$1:$1"));
    let s = part(&p, "xl/worksheets/sheet1.xml");
    assert!(!s.contains("mergeCells"));
    assert!(s.contains(r#"<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">序号</t>"#));
    assert!(s.contains(r#"<dimension ref="A1:D3"/>"#));
}

#[test]
fn long_text_makes_a_taller_row_up_to_excels_limit() {
    let mut t = sample();
    // 30 units wide, 29 usable: 15 CJK characters take 2 lines, 14 take 1.
    t.rows = vec![
        vec!["1".into(), "字".repeat(14)],
        vec!["2".into(), "字".repeat(15)],
        vec!["3".into(), "a".repeat(59)],
        vec!["4".into(), "字".repeat(5000)],
    ];
    let p = parts(&table_xlsx(&t));
    let s = part(&p, "xl/worksheets/sheet1.xml");
    assert!(s.contains(r#"<row r="4" ht="18" customHeight="1">"#));
    assert!(s.contains(r#"<row r="5" ht="33" customHeight="1">"#));
    assert!(s.contains(r#"<row r="6" ht="48" customHeight="1">"#));
    assert!(s.contains(r#"<row r="7" ht="409" customHeight="1">"#));
}

#[test]
fn column_and_sheet_names() {
    let cols: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383]
        .into_iter()
        .map(column_name)
        .collect();
    assert_eq!(
        cols,
        ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]
    );
    assert_eq!(sheet_name("整改台账"), "整改台账");
    assert_eq!(sheet_name(""), "Sheet1");
    assert_eq!(sheet_name("'[]'"), "Sheet1");
    assert_eq!(sheet_name("O'Neil"), "O'Neil");
    assert_eq!(sheet_name(&"台".repeat(40)).chars().count(), 31);
    assert_eq!(sheet_name("a\u{0}\nb\u{ffff}"), "ab");
}

#[test]
fn a_cell_keeps_at_most_what_excel_keeps() {
    let mut t = sample();
    t.rows = vec![vec!["1".into(), "字".repeat(XLSX_CELL_MAX + 10)]];
    let p = parts(&table_xlsx(&t));
    let s = part(&p, "xl/worksheets/sheet1.xml");
    assert_eq!(s.matches('字').count(), XLSX_CELL_MAX);
}

proptest! {
    #[test]
    fn any_text_gives_a_readable_workbook(
        name in any::<String>(),
        cells in prop::collection::vec(prop::collection::vec(any::<String>(), 0..5), 0..4),
    ) {
        let t = Table {
            name,
            title: "t".into(),
            subtitle: String::new(),
            headers: ["a", "b", "c"].map(String::from).to_vec(),
            widths: vec![0, 300],
            rows: cells.clone(),
            notes: Vec::new(),
        };
        let p = parts(&table_xlsx(&t));
        prop_assert_eq!(p.len(), 6);
        let s = part(&p, "xl/worksheets/sheet1.xml");
        prop_assert!(!s.chars().any(|c| (c as u32) < 0x20 && c != '\n'));
        prop_assert_eq!(s.matches("<row ").count(), 2 + cells.len());
        prop_assert_eq!(s.matches("<c r=").count(), 3 * (2 + cells.len()));
        prop_assert!(s.contains(r#"width="1" customWidth"#) && s.contains(r#"width="255" customWidth"#));
    }
}
