//! The landscape table document (.docx), read back with an independent ZIP
//! reader. (LibreOffice turning it into a landscape PDF is in tests/office.rs.)
#![cfg(not(target_arch = "wasm32"))]

mod office_util;
#[path = "../../core/tests/util/mod.rs"]
mod util;
use office_util::{parts, sample_table};

use ziping_report::{column_twips, table_docx, Table, TABLE_TWIPS};

fn sample() -> Table {
    sample_table("<img src=x> & \u{0}")
}

#[test]
fn the_document_has_the_reports_parts() {
    let p = parts(&table_docx(&sample()));
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/styles.xml",
            "word/footer1.xml"
        ]
    );
    assert!(p[5].1.contains(" PAGE "), "page numbers");
    let styles = &p[4].1;
    assert!(styles.contains(r#"w:styleId="TableText""#));
    assert!(
        styles.contains(r#"<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>"#),
        "single-spaced"
    );
    assert!(
        styles.contains(r#"w:styleId="Title""#),
        "the report's styles are reused"
    );
}

#[test]
fn the_page_is_landscape_a4_and_the_header_repeats() {
    let p = parts(&table_docx(&sample()));
    let doc = &p[3].1;
    assert!(doc.contains(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#));
    assert!(doc.contains(r#"<w:footerReference w:type="default" r:id="rIdFooter1"/>"#));
    assert_eq!(
        doc.matches("<w:tblHeader/>").count(),
        1,
        "only the header row repeats"
    );
    assert!(doc.starts_with(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#));
    let title = doc.find("2026年度个人整改台账").unwrap();
    let meta = doc
        .find("单位：组织部干部一科　姓名：张三　年度：2026")
        .unwrap();
    let table = doc.find("<w:tbl>").unwrap();
    assert!(title < meta && meta < table, "title line above the table");
    assert_eq!(doc.matches("<w:tr>").count(), 3);
    assert_eq!(doc.matches("<w:tc>").count(), 12, "short rows are filled");
    // A line break the person typed is a new paragraph in the cell.
    assert!(doc.contains(r#"制定学习计划</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t xml:space="preserve">每月读一本书"#));
    assert!(doc.contains(r#"<w:tblW w:w="14570" w:type="dxa"/>"#));
}

#[test]
fn typed_markup_stays_text() {
    let doc = &parts(&table_docx(&sample()))[3].1;
    assert!(!doc.contains("<img"));
    assert!(doc.contains("&lt;img src=x&gt; &amp; </w:t>"));
    assert!(!doc.contains('\u{0}'));
}

#[test]
fn columns_share_the_text_width_in_proportion() {
    let t = sample();
    let w = column_twips(&t);
    assert_eq!(w.iter().sum::<u32>(), TABLE_TWIPS);
    assert_eq!(TABLE_TWIPS, 16_838 - 2 * 1_134);
    assert_eq!(w, [1120, 5603, 5603, 2244]);
    let doc = &parts(&table_docx(&t))[3].1;
    assert!(doc.contains(r#"<w:tblGrid><w:gridCol w:w="1120"/><w:gridCol w:w="5603"/><w:gridCol w:w="5603"/><w:gridCol w:w="2244"/></w:tblGrid>"#));
    let empty = Table::default();
    assert!(column_twips(&empty).is_empty());
    assert_eq!(table_docx(&empty), table_docx(&Table::default()));
}

#[test]
fn the_same_table_gives_the_same_bytes() {
    assert_eq!(table_docx(&sample()), table_docx(&sample()));
}
