//! A table as a landscape Word document: A4 landscape, a title line, the
//! header row repeated on every page, single-spaced cells and page numbers.
//! Written with the report's own parts (styles, footer, relationships), so
//! there is one WordprocessingML writer.

use std::fmt::Write as _;

use crate::table::Table;

use crate::office::wordml::{package, para, para_kept, run};

/// A4 landscape in twips, and 2 cm margins all round.
const PAGE_W: u32 = 16_838;
const PAGE_H: u32 = 11_906;
const MARGIN: u32 = 1_134;
/// The width the table spans.
pub const TABLE_TWIPS: u32 = PAGE_W - 2 * MARGIN;

/// The columns' widths in twips, in proportion to the table's widths and
/// adding up to exactly the text width.
pub fn column_twips(table: &Table) -> Vec<u32> {
    twips_in(table, TABLE_TWIPS)
}

/// The columns' widths in twips, in proportion, adding up to `span`.
fn twips_in(table: &Table, span: u32) -> Vec<u32> {
    let n = table.headers.len();
    let total: u32 = (0..n).map(|i| table.width(i)).sum();
    let mut out: Vec<u32> = (0..n)
        .map(|i| span * table.width(i) / total.max(1))
        .collect();
    let used: u32 = out.iter().sum();
    if let Some(last) = out.last_mut() {
        *last += span - used;
    }
    out
}

/// A cell; `merge` is a vMerge element where a first-column cell runs on
/// from the row above; `keep`: its paragraphs are kept with what follows.
fn cell(out: &mut String, text: &str, width: u32, header: bool, merge: &str, keep: bool) {
    let (shade, jc, bold) = if header {
        (
            r#"<w:shd w:val="clear" w:color="auto" w:fill="E7ECF0"/><w:vAlign w:val="center"/>"#,
            r#"<w:jc w:val="center"/>"#,
            "<w:rPr><w:b/></w:rPr>",
        )
    } else {
        ("", "", "")
    };
    let _ = write!(out, r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#);
    out.push_str(merge);
    out.push_str(shade);
    out.push_str("</w:tcPr>");
    // One paragraph per line the person wrote.
    for line in text.split('\n') {
        // (pPr's children in the schema's order: keepNext before jc.)
        out.push_str(r#"<w:p><w:pPr><w:pStyle w:val="TableText"/>"#);
        if keep {
            out.push_str("<w:keepNext/>");
        }
        out.push_str(jc);
        out.push_str("</w:pPr>");
        run(out, bold, line.trim_end_matches('\r'));
        out.push_str("</w:p>");
    }
    out.push_str("</w:tc>");
}

/// A row of cells; `keep`: kept on the page of what follows it.
fn row(out: &mut String, cells: &[&str], widths: &[u32], header: bool, merge: &str, keep: bool) {
    // A row is kept on one page; the header row repeats on every page.
    out.push_str("<w:tr><w:trPr><w:cantSplit/>");
    if header {
        out.push_str("<w:tblHeader/>");
    }
    out.push_str("</w:trPr>");
    for (i, (t, w)) in cells.iter().zip(widths).enumerate() {
        cell(out, t, *w, header, if i == 0 { merge } else { "" }, keep);
    }
    out.push_str("</w:tr>");
}

const BORDERS: &str = r#"<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>"#;

/// The table (`<w:tbl>`) spanning `span` twips, its header row repeated on
/// every page, added to `out`. A first-column cell equal to the one above
/// runs on from it (the 自评表's 评价内容 spans its items). `keep_last`:
/// the last row stays on the page of the paragraphs after the table.
pub(super) fn table_xml(out: &mut String, table: &Table, span: u32, keep_last: bool) {
    let widths = twips_in(table, span);
    let _ = write!(
        out,
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="ItemsTable"/><w:tblW w:w="{span}" w:type="dxa"/>{BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
    );
    for w in &widths {
        let _ = write!(out, r#"<w:gridCol w:w="{w}"/>"#);
    }
    out.push_str("</w:tblGrid>");
    row(out, &table.cells(&table.headers), &widths, true, "", false);
    let first = |i: usize| {
        table
            .rows
            .get(i)
            .and_then(|r| r.first())
            .filter(|c| !c.is_empty())
    };
    for (i, r) in table.rows.iter().enumerate() {
        let mut cells = table.cells(r);
        let merge = if first(i).is_some() && i > 0 && first(i) == first(i - 1) {
            if let Some(c) = cells.first_mut() {
                *c = "";
            }
            "<w:vMerge/>"
        } else if first(i).is_some() && first(i) == first(i + 1) {
            r#"<w:vMerge w:val="restart"/>"#
        } else {
            ""
        };
        let keep = keep_last && i + 1 == table.rows.len();
        row(out, &cells, &widths, false, merge, keep);
    }
    out.push_str("</w:tbl>");
}

/// word/document.xml of the landscape table document.
pub fn table_document_xml(table: &Table) -> String {
    let mut body = String::new();
    if !table.title.trim().is_empty() {
        para(&mut body, "Title", &table.title);
    }
    if !table.subtitle.trim().is_empty() {
        para(&mut body, "Meta", &table.subtitle);
    }
    // The notes after the table (共性问题, the signatures' line) stay
    // together and with the table's last row: a signature line never
    // stands alone on a page.
    table_xml(&mut body, table, TABLE_TWIPS, !table.notes.is_empty());
    for (i, line) in table.notes.iter().enumerate() {
        para_kept(&mut body, "Meta", line, i + 1 < table.notes.len());
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:p/><w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}" w:orient="landscape"/><w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    )
}

/// The landscape .docx file's bytes. Same table, same bytes.
pub fn table_docx(table: &Table) -> Vec<u8> {
    package(table_document_xml(table))
}
