//! A table as a landscape Word document: A4 landscape, a title line, the
//! header row repeated on every page, single-spaced cells and page numbers.
//! Written with the report's own parts (styles, footer, relationships), so
//! there is one WordprocessingML writer.

use super::super::table::Table;
use super::super::zip::zip_stored;
use super::{para, styles_xml, xml_text, CONTENT_TYPES, DOCUMENT_RELS, FOOTER, RELS};

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
/// from the row above.
fn cell(text: &str, width: u32, header: bool, merge: &str) -> String {
    let shade = if header {
        r#"<w:shd w:val="clear" w:color="auto" w:fill="E7ECF0"/><w:vAlign w:val="center"/>"#
    } else {
        ""
    };
    let (jc, bold) = if header {
        (r#"<w:jc w:val="center"/>"#, "<w:rPr><w:b/></w:rPr>")
    } else {
        ("", "")
    };
    // One paragraph per line the person wrote.
    let paras: String = text
        .split('\n')
        .map(|line| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="TableText"/>{jc}</w:pPr><w:r>{bold}<w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
                xml_text(line.trim_end_matches('\r'))
            )
        })
        .collect();
    format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}{shade}</w:tcPr>{paras}</w:tc>"#
    )
}

fn row(cells: &[&str], widths: &[u32], header: bool, merge: &str) -> String {
    // A row is kept on one page; the header row repeats on every page.
    let head = if header {
        "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    } else {
        "<w:trPr><w:cantSplit/></w:trPr>"
    };
    let cells: String = cells
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (t, w))| cell(t, *w, header, if i == 0 { merge } else { "" }))
        .collect();
    format!("<w:tr>{head}{cells}</w:tr>")
}

const BORDERS: &str = r#"<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>"#;

/// The table (`<w:tbl>`) spanning `span` twips, its header row repeated on
/// every page. A first-column cell equal to the one above runs on from it
/// (the 自评表's 评价内容 spans its items).
pub(super) fn table_xml(table: &Table, span: u32) -> String {
    let widths = twips_in(table, span);
    let headers: Vec<&str> = table.headers.iter().map(String::as_str).collect();
    let mut rows = row(&headers, &widths, true, "");
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
            cells[0] = "";
            "<w:vMerge/>"
        } else if first(i).is_some() && first(i) == first(i + 1) {
            r#"<w:vMerge w:val="restart"/>"#
        } else {
            ""
        };
        rows.push_str(&row(&cells, &widths, false, merge));
    }
    let grid: String = widths
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{w}"/>"#))
        .collect();
    format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="ItemsTable"/><w:tblW w:w="{span}" w:type="dxa"/>{BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"#
    )
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
    let tbl = table_xml(table, TABLE_TWIPS);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}{tbl}<w:p/><w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}" w:orient="landscape"/><w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    )
}

/// The landscape .docx file's bytes. Same table, same bytes.
pub fn table_docx(table: &Table) -> Vec<u8> {
    zip_stored(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", RELS.as_bytes().to_vec()),
        (
            "word/_rels/document.xml.rels",
            DOCUMENT_RELS.as_bytes().to_vec(),
        ),
        ("word/document.xml", table_document_xml(table).into_bytes()),
        ("word/styles.xml", styles_xml().into_bytes()),
        ("word/footer1.xml", FOOTER.as_bytes().to_vec()),
    ])
}
