//! A table as an Excel workbook (.xlsx): the minimal SpreadsheetML in a
//! STORED zip, with the parts and relationships Excel itself writes
//! (workbook, one worksheet, styles; inline strings). Landscape A4, the
//! columns fitted to the page width, the header row repeated on every printed
//! page, a title line above it and page numbers in the footer. Same table,
//! same bytes.

use super::xml::xml_text;
use super::zip::zip_stored;
use crate::table::Table;

/// The most characters Excel keeps in one cell.
pub const XLSX_CELL_MAX: usize = 32_767;

/// The column's letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_name(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A sheet name Excel accepts: no []:*?/\, not blank, at most 31 characters,
/// not starting or ending with an apostrophe.
pub fn sheet_name(name: &str) -> String {
    let plain: String = name
        .chars()
        .filter(|c| !"[]:*?/\\\u{fffe}\u{ffff}".contains(*c) && !c.is_control())
        .take(31)
        .collect();
    let plain = plain.trim().trim_matches('\'').trim();
    if plain.is_empty() {
        "Sheet1".to_string()
    } else {
        plain.to_string()
    }
}

/// Cell text: escaped, line breaks kept (a cell may hold several lines),
/// cut to what Excel keeps.
fn cell_text(s: &str) -> String {
    let lines: Vec<String> = s
        .chars()
        .filter(|c| *c != '\r')
        .take(XLSX_CELL_MAX)
        .collect::<String>()
        .split('\n')
        .map(xml_text)
        .collect();
    lines.join("\n")
}

/// Style indexes in styles.xml's cellXfs.
const S_TITLE: u32 = 1;
const S_SUBTITLE: u32 = 2;
const S_HEADER: u32 = 3;
const S_BODY: u32 = 4;
const S_NUMBER: u32 = 5;

fn cell(out: &mut String, col: usize, row: usize, text: &str, style: u32) {
    let r = format!("{}{}", column_name(col), row);
    let numeric = !text.is_empty()
        && text.len() <= 9
        && text.bytes().all(|b| b.is_ascii_digit())
        && !text.starts_with('0');
    if numeric && style == S_BODY {
        out.push_str(&format!(r#"<c r="{r}" s="{S_NUMBER}"><v>{text}</v></c>"#));
    } else if text.is_empty() {
        out.push_str(&format!(r#"<c r="{r}" s="{style}"/>"#));
    } else {
        out.push_str(&format!(
            r#"<c r="{r}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
            cell_text(text)
        ));
    }
}

/// Lines a cell's text takes in a column `width` units wide: a CJK
/// character is 2 units, ASCII 1, one unit goes to the cell's padding.
fn cell_lines(text: &str, width: u32) -> u32 {
    let room = width.saturating_sub(1).max(1);
    text.split('\n')
        .map(|line| {
            let units: u32 = line.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
            units.div_ceil(room).max(1)
        })
        .sum()
}

/// A row's height in points: 15 per line of its tallest cell, at most
/// Excel's 409. Written out, because spreadsheet programs do not all
/// measure wrapped text when they open a file.
fn row_height(table: &Table, cells: &[&str]) -> u32 {
    let lines = cells
        .iter()
        .enumerate()
        .map(|(i, t)| cell_lines(t, table.width(i)))
        .max()
        .unwrap_or(1);
    (lines.saturating_mul(15) + 3).min(409)
}

fn sheet_xml(table: &Table) -> String {
    let ncols = table.headers.len().max(1);
    let last_col = column_name(ncols - 1);
    let mut rows = String::new();
    let mut merges = Vec::new();
    let mut r = 0;
    // A line over the whole width: the title, the subtitle's, the notes.
    let mut line = |rows: &mut String, r: usize, text: &str, style: u32, height: u32| {
        rows.push_str(&format!(r#"<row r="{r}" ht="{height}" customHeight="1">"#));
        cell(rows, 0, r, text, style);
        for c in 1..ncols {
            cell(rows, c, r, "", style);
        }
        rows.push_str("</row>");
        if ncols > 1 {
            merges.push(format!(r#"<mergeCell ref="A{r}:{last_col}{r}"/>"#));
        }
    };
    for (text, style, height) in [
        (&table.title, S_TITLE, 30),
        (&table.subtitle, S_SUBTITLE, 20),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        r += 1;
        line(&mut rows, r, text, style, height);
    }
    r += 1;
    let header_row = r;
    let headers: Vec<&str> = table.headers.iter().map(String::as_str).collect();
    let ht = row_height(table, &headers);
    rows.push_str(&format!(r#"<row r="{r}" ht="{ht}" customHeight="1">"#));
    for (c, h) in headers.into_iter().enumerate() {
        cell(&mut rows, c, r, h, S_HEADER);
    }
    rows.push_str("</row>");
    for row in &table.rows {
        r += 1;
        let cells = table.cells(row);
        let ht = row_height(table, &cells);
        rows.push_str(&format!(r#"<row r="{r}" ht="{ht}" customHeight="1">"#));
        for (c, text) in cells.into_iter().enumerate() {
            cell(&mut rows, c, r, text, S_BODY);
        }
        rows.push_str("</row>");
    }
    // Excel's filter buttons on the header, over the rows (not the notes).
    let filter = format!(r#"<autoFilter ref="A{header_row}:{last_col}{r}"/>"#);
    for text in &table.notes {
        r += 1;
        line(&mut rows, r, text, S_SUBTITLE, 20);
    }
    let cols: String = (0..table.headers.len())
        .map(|i| {
            let n = i + 1;
            format!(
                r#"<col min="{n}" max="{n}" width="{}" customWidth="1"/>"#,
                table.width(i)
            )
        })
        .collect();
    let cols = if cols.is_empty() {
        String::new()
    } else {
        format!("<cols>{cols}</cols>")
    };
    let merges = if merges.is_empty() {
        String::new()
    } else {
        format!(
            r#"<mergeCells count="{}">{}</mergeCells>"#,
            merges.len(),
            merges.concat()
        )
    };
    let below = header_row + 1;
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:{last_col}{r}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="{header_row}" topLeftCell="A{below}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>{rows}</sheetData>{filter}{merges}<printOptions horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>"#
    )
}

fn workbook_xml(sheet: &str, header_row: usize) -> String {
    let quoted = xml_text(&sheet.replace('\'', "''"));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="{}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'{quoted}'!${header_row}:${header_row}</definedName></definedNames></workbook>"#,
        xml_text(sheet)
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// Fonts: 0 宋体 11, 1 bold, 2 bold 16 (title). Fills 0 and 1 are the two
/// Excel reserves; 2 is the header's grey. Border 1: thin on all sides.
/// cellXfs: 0 default, 1 title, 2 subtitle, 3 header, 4 body, 5 number.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7ECF0"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>"#;

/// The .xlsx file's bytes.
pub fn table_xlsx(table: &Table) -> Vec<u8> {
    let header_row = 1
        + usize::from(!table.title.trim().is_empty())
        + usize::from(!table.subtitle.trim().is_empty());
    let sheet = sheet_name(&table.name);
    zip_stored(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", RELS.as_bytes().to_vec()),
        (
            "xl/workbook.xml",
            workbook_xml(&sheet, header_row).into_bytes(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            WORKBOOK_RELS.as_bytes().to_vec(),
        ),
        ("xl/worksheets/sheet1.xml", sheet_xml(table).into_bytes()),
        ("xl/styles.xml", STYLES.as_bytes().to_vec()),
    ])
}
