//! The drafted 材料 as a Word document (.docx, WordprocessingML in a STORED
//! zip): A4 with official-document margins, 仿宋_GB2312 body text, 宋体 title,
//! 黑体 / 楷体 headings (fonts named, not embedded), page numbers, the name
//! and date at the right, and the 自评表 (single-spaced cells) only where the
//! occasion allows it. Opens in Microsoft Word and WPS.

use ziping_core::Draft;

use super::wordml::{package, para, run};
use crate::report::{Block, Report};

mod landscape;
pub use landscape::{column_twips, table_docx, TABLE_TWIPS};

/// The body of word/document.xml. `edited` is the person's own text, used
/// instead of the generated one when present.
pub fn document_xml(report: &Report, edited: Option<&str>) -> String {
    let mut body = String::new();
    match edited {
        Some(text) => {
            let mut lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            // The 自评表 goes in as tables (below): the edited text's own
            // copy of it, after the signature, is left out.
            if report.appendix.is_some() {
                if let Some(at) = lines.iter().position(|l| l.trim() == "附件") {
                    lines.truncate(at);
                }
            }
            // The name and date as the text sets them: the last lines pushed
            // right by full-width spaces stay at the right in Word too.
            let signed = |l: &str| l.starts_with("　　　　　　");
            let body_end = lines.len() - lines.iter().rev().take_while(|l| signed(l)).count();
            if let Some(first) = lines.first() {
                para(&mut body, "Title", first.trim());
            }
            for (n, line) in lines.iter().enumerate().skip(1) {
                let l = line.trim();
                if n >= body_end {
                    let style = if n == body_end {
                        "SignatureFirst"
                    } else {
                        "Signature"
                    };
                    para(&mut body, style, l);
                    continue;
                }
                let style = if l.chars().nth(1) == Some('、')
                    && l.starts_with(['一', '二', '三', '四', '五', '六'])
                {
                    "Heading1"
                } else {
                    "Normal"
                };
                para(&mut body, style, l);
            }
        }
        None => {
            para(&mut body, "Title", &report.title);
            let last = report.blocks.len().saturating_sub(1);
            for (n, b) in report.blocks.iter().enumerate() {
                match b {
                    Block::Heading(h) => para(&mut body, "Heading1", h),
                    // The closing stays on the page of the name and date:
                    // never a signature alone on a last page.
                    Block::Para(p) if n == last => {
                        body.push_str(
                            r#"<w:p><w:pPr><w:pStyle w:val="Normal"/><w:keepNext/></w:pPr>"#,
                        );
                        run(&mut body, "", p);
                        body.push_str("</w:p>");
                    }
                    Block::Para(p) => para(&mut body, "Normal", p),
                    Block::Lead { lead, text } => {
                        // The run-in heading in 楷体.
                        body.push_str(r#"<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>"#);
                        run(
                            &mut body,
                            r#"<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr>"#,
                            lead,
                        );
                        run(&mut body, "", text);
                        body.push_str("</w:p>");
                    }
                }
            }
            for (n, line) in report.signature.iter().enumerate() {
                let style = if n == 0 {
                    "SignatureFirst"
                } else {
                    "Signature"
                };
                para(&mut body, style, line);
            }
        }
    }
    if let Some(a) = &report.appendix {
        // 公文 habit: 附件 at the top left of a new page, then the title.
        para(&mut body, "AppendixTitle", "附件");
        para(&mut body, "Title", &a.title);
        for line in &a.summary {
            para(&mut body, "Normal", line);
        }
        // Each table under its （一） heading, across the text width
        // (11906 − 1588 − 1474 twips).
        for t in &a.tables {
            para(&mut body, "Heading2", &t.title);
            landscape::table_xml(&mut body, t, 8844, false);
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body></w:document>"#
    )
}

/// The .docx file's bytes.
pub fn report_docx(draft: &Draft, report: &Report) -> Vec<u8> {
    package(document_xml(report, draft.report_edit.as_deref()))
}

/// A report as a .docx of its own, never the person's edited 材料 text
/// (the 相互批评 speaking list).
pub fn plain_docx(report: &Report) -> Vec<u8> {
    package(document_xml(report, None))
}
