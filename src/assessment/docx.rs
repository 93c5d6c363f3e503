//! The drafted report as a Word document (.docx, WordprocessingML in a STORED
//! zip): A4 with official-document margins, 仿宋_GB2312 body text, 宋体 title,
//! 黑体 / 楷体 headings (fonts named, not embedded), page numbers, and a table
//! of every item with its rating. Opens in Microsoft Word and WPS.

use super::draft::Draft;
use super::report::{Block, Report};
use super::score::{item_state, ItemState};
use super::template::Template;
use super::zip::zip_stored;

mod landscape;
pub use landscape::{column_twips, table_docx, TABLE_TWIPS};

/// Escapes text for XML and drops characters XML cannot hold, so nothing a
/// person typed can break the document or become markup.
pub fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

fn para(style: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        xml_text(text)
    )
}

fn cell(text: &str, width: u32, header: bool) -> String {
    let shade = if header {
        r#"<w:shd w:val="clear" w:color="auto" w:fill="E7ECF0"/>"#
    } else {
        ""
    };
    let bold = if header { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r>{bold}<w:t xml:space="preserve">{}</w:t></w:r></w:p></w:tc>"#,
        xml_text(text)
    )
}

const WIDTHS: [u32; 4] = [1600, 4300, 900, 2200];

fn row(cells: [&str; 4], header: bool) -> String {
    let cells: String = cells
        .iter()
        .zip(WIDTHS)
        .map(|(t, w)| cell(t, w, header))
        .collect();
    let head = if header {
        "<w:trPr><w:tblHeader/></w:trPr>"
    } else {
        ""
    };
    format!("<w:tr>{head}{cells}</w:tr>")
}

/// The items table: every item of every template with its rating and the
/// person's note (具体事例, or the rectification for weak ratings).
fn items_table(templates: &[&Template], draft: &Draft) -> String {
    let mut rows = vec![row(
        ["评价内容", "条目", "自评", "具体事例 / 整改措施"],
        true,
    )];
    for t in templates {
        let answers = draft.answers.get(&t.id);
        for (section, item) in t.items() {
            let answer = answers.and_then(|a| a.get(&item.id));
            let rating = match item_state(t, item, answer) {
                ItemState::Unanswered => "未评".to_string(),
                ItemState::NotApplicable => t.scale.not_applicable_label.clone(),
                ItemState::Rated(l) => l.label.clone(),
            };
            let note = match (item_state(t, item, answer), answer) {
                (ItemState::Rated(l), Some(a)) if l.weak => {
                    let mut s = a.measure.trim().to_string();
                    if !a.deadline.trim().is_empty() {
                        s.push_str(&format!("（时限：{}）", a.deadline.trim()));
                    }
                    s
                }
                (_, Some(a)) => a.evidence.trim().to_string(),
                _ => String::new(),
            };
            let place = format!("{}·{}", t.title, section.title);
            rows.push(row([&place, &item.text, &rating, &note], false));
        }
    }
    let grid: String = WIDTHS
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{w}"/>"#))
        .collect();
    format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="ItemsTable"/><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{}</w:tbl>"#,
        rows.concat()
    )
}

/// The body of word/document.xml. `edited` is the person's own report text,
/// used instead of the generated one when present.
pub fn document_xml(report: &Report, edited: Option<&str>, table: &str) -> String {
    let mut body = String::new();
    match edited {
        Some(text) => {
            let mut lines = text.lines().filter(|l| !l.trim().is_empty());
            if let Some(first) = lines.next() {
                body.push_str(&para("Title", first.trim()));
            }
            for line in lines {
                let l = line.trim();
                let style = if l.starts_with(['一', '二', '三', '四', '五'])
                    && l.chars().nth(1) == Some('、')
                {
                    "Heading1"
                } else {
                    "Normal"
                };
                body.push_str(&para(style, l));
            }
        }
        None => {
            body.push_str(&para("Title", &report.title));
            body.push_str(&para("Subtitle", &report.subtitle));
            for m in &report.meta {
                body.push_str(&para("Meta", m));
            }
            for s in &report.summary {
                body.push_str(&para("Normal", s));
            }
            for part in &report.parts {
                body.push_str(&para("Heading1", &part.heading));
                for b in &part.blocks {
                    match b {
                        Block::Heading(h) => body.push_str(&para("Heading2", h)),
                        Block::Para(p) => body.push_str(&para("Normal", p)),
                    }
                }
            }
        }
    }
    body.push_str(&para("Heading1", "附：逐条自评情况"));
    body.push_str(table);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body></w:document>"#
    )
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

const FOOTER: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#;

fn fonts(east_asia: &str) -> String {
    format!(
        r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{east_asia}" w:cs="Times New Roman"/>"#
    )
}

fn style(id: &str, name: &str, font: &str, size: u32, extra_p: &str, extra_r: &str) -> String {
    format!(
        r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{extra_p}</w:pPr><w:rPr>{}{extra_r}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>"#,
        fonts(font)
    )
}

/// Styles: 三号 (16 pt) 仿宋_GB2312 body with a two-character first-line
/// indent and fixed 28.95 pt lines, as official documents are usually set.
fn styles_xml() -> String {
    let styles = [
        style("Title", "Title", "宋体", 44, r#"<w:jc w:val="center"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:spacing w:after="120"/>"#, "<w:b/>"),
        style("Subtitle", "Subtitle", "楷体_GB2312", 32, r#"<w:jc w:val="center"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:spacing w:after="240"/>"#, ""),
        style("Meta", "Meta", "仿宋_GB2312", 32, r#"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#, ""),
        style("Heading1", "heading 1", "黑体", 32, r#"<w:keepNext/><w:outlineLvl w:val="0"/><w:spacing w:before="120"/>"#, ""),
        style("Heading2", "heading 2", "楷体_GB2312", 32, r#"<w:keepNext/><w:outlineLvl w:val="1"/>"#, ""),
        style("TableText", "Table Text", "仿宋_GB2312", 21, r#"<w:ind w:firstLineChars="0" w:firstLine="0"/><w:spacing w:line="300" w:lineRule="auto"/>"#, ""),
    ]
    .concat();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>{}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>{styles}<w:style w:type="table" w:styleId="ItemsTable"><w:name w:val="Items Table"/><w:tblPr><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#,
        fonts("仿宋_GB2312")
    )
}

/// The .docx file's bytes.
pub fn report_docx(templates: &[&Template], draft: &Draft, report: &Report) -> Vec<u8> {
    let table = items_table(templates, draft);
    let document = document_xml(report, draft.report_edit.as_deref(), &table);
    zip_stored(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", RELS.as_bytes().to_vec()),
        (
            "word/_rels/document.xml.rels",
            DOCUMENT_RELS.as_bytes().to_vec(),
        ),
        ("word/document.xml", document.into_bytes()),
        ("word/styles.xml", styles_xml().into_bytes()),
        ("word/footer1.xml", FOOTER.as_bytes().to_vec()),
    ])
}
