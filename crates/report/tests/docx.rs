//! The .docx export, read back with an independent ZIP reader.
#![cfg(not(target_arch = "wasm32"))]

mod office_util;
#[path = "../../core/tests/util/mod.rs"]
mod util;

use office_util::*;
use util::*;
use ziping_core::{builtin_occasions, CivilDate, Draft, Template};
use ziping_report::{build_report, crc32, report_docx, xml_text, zip_stored};

fn sample_draft(occasion: &str) -> Draft {
    let path = format!(
        "{}/../../tests/fixtures/drafts/{occasion}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Draft::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn docx_of(d: &Draft) -> Vec<(String, String)> {
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let report = build_report(
        &refs,
        d,
        &builtin_occasions(),
        CivilDate::new(2026, 11, 26).unwrap(),
    );
    parts(&report_docx(d, &report))
}

fn fixture_docx(edit: Option<&str>) -> Vec<(String, String)> {
    let mut d = sample_draft("congyan-zicha");
    d.report_edit = edit.map(str::to_string);
    d.person.name = "<img src=x onerror=alert(1)> & \u{0}".into();
    docx_of(&d)
}

#[test]
fn crc32_matches_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn the_zip_writer_is_deterministic_and_readable() {
    let a = zip_stored(&[
        ("a.txt", b"hello".to_vec()),
        ("目录/b.txt", "你好".as_bytes().to_vec()),
    ]);
    assert_eq!(
        a,
        zip_stored(&[
            ("a.txt", b"hello".to_vec()),
            ("目录/b.txt", "你好".as_bytes().to_vec())
        ])
    );
    let p = parts(&a);
    assert_eq!(
        p,
        [
            ("a.txt".into(), "hello".into()),
            ("目录/b.txt".into(), "你好".into())
        ]
    );
}

#[test]
fn the_docx_has_the_parts_word_needs() {
    let p = docx_of(&sample_draft("congyan-zicha"));
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
    let doc = &p[3].1;
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4");
    assert!(doc.contains("对照“五项工作”“四个模范”个人自查报告"));
    for h in [
        "一、主要成绩",
        "二、存在问题",
        "三、原因分析",
        "四、整改措施",
        "附件：个人自评表",
    ] {
        assert!(doc.contains(h), "{h}");
    }
    // The attachment page as 公文 set it: 附件 at the top left of a new
    // page, the title centred, whose table it is.
    assert!(doc.contains(
        r#"<w:pStyle w:val="AppendixTitle"/></w:pPr><w:r><w:t xml:space="preserve">附件</w:t>"#
    ));
    assert!(doc.contains(
        r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">个人自评表</w:t>"#
    ));
    assert!(doc.contains("姓名：张三　　单位及职务："));
    // One table per checklist and one of the veto facts, each under its
    // （一） heading, across the text width, the header row repeated.
    assert_eq!(doc.matches("<w:tbl>").count(), 3, "自查 allows the 自评表");
    assert_eq!(doc.matches("<w:tblHeader/>").count(), 3);
    assert_eq!(
        doc.matches(r#"<w:tblW w:w="8844" w:type="dxa"/>"#).count(),
        3
    );
    for h in ["（一）五项工作", "（二）四个模范", "（三）否决情形"] {
        assert!(
            doc.contains(&format!(
                r#"<w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">{h}</w:t>"#
            )),
            "{h}"
        );
    }
    for h in ["分值", "得分", "合计", "96.9", "97.8", "是否存在"] {
        assert!(
            doc.contains(&format!(r#"<w:t xml:space="preserve">{h}</w:t>"#)),
            "{h}"
        );
    }
    assert!(doc.contains("在科室党小组带头讲授专题党课2次"));
    // A section's 评价内容 is one cell running down its items: 5 sections
    // and 4 models, each starting once.
    assert_eq!(doc.matches(r#"<w:vMerge w:val="restart"/>"#).count(), 9);
    assert!(doc.contains(r#"<w:vMerge w:val="restart"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t xml:space="preserve">旗帜鲜明讲政治</w:t>"#));
    // The name and the date close the text, at the right.
    assert!(doc.contains(
        r#"<w:pStyle w:val="SignatureFirst"/></w:pPr><w:r><w:t xml:space="preserve">张三</w:t>"#
    ));
    assert!(doc.contains(
        r#"<w:pStyle w:val="Signature"/></w:pPr><w:r><w:t xml:space="preserve">2026年11月26日</w:t>"#
    ));
    // A run-in （一） lead is set in 楷体.
    assert!(doc.contains(r#"<w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr><w:t xml:space="preserve">（一）在履行岗位职责方面。</w:t>"#));
    let styles = &p[4].1;
    assert!(styles.contains(r#"w:eastAsia="仿宋_GB2312""#));
    assert!(styles.contains(r#"w:eastAsia="宋体""#));
    assert!(styles.contains(r#"<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="right"/>"#));
    // Table cells are single-spaced: off the line grid, auto line height.
    let table_style = styles
        .split("<w:style ")
        .find(|s| s.contains(r#"w:styleId="TableText""#))
        .unwrap();
    assert!(table_style.contains(r#"<w:snapToGrid w:val="0"/>"#));
    assert!(table_style
        .contains(r#"<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>"#));
    assert!(p[5].1.contains("PAGE"));
}

#[test]
fn typed_markup_stays_text_in_the_docx() {
    let doc = &fixture_docx(None)[3].1;
    assert!(!doc.contains("<img"));
    assert!(doc.contains("&lt;img src=x onerror=alert(1)&gt; &amp; "));
    assert!(!doc.contains('\u{0}'));
    assert_eq!(xml_text("a\"b'c\u{1}d"), "a&quot;b&apos;cd");
}

#[test]
fn an_edited_report_is_what_the_docx_says() {
    let doc = &fixture_docx(Some("我的自评\n\n一、主要成绩\n做了很多工作。"))[3].1;
    assert!(
        doc.contains(r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">我的自评"#)
    );
    assert!(doc.contains(
        r#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">一、主要成绩"#
    ));
    assert!(doc.contains("做了很多工作。"));
    assert!(
        doc.contains(r#"<w:t xml:space="preserve">个人自评表</w:t>"#),
        "the 自评表 stays where allowed"
    );
}

#[test]
fn a_meeting_material_has_no_scores_and_no_table() {
    let doc = &docx_of(&sample_draft("zuzhi-shenghuohui"))[3].1;
    assert!(doc.contains("2026年度组织生活会个人对照检查材料"));
    assert!(!doc.contains("<w:tbl>"));
    assert!(!doc.contains("分，"), "no score");
    assert!(!doc.contains("等次"));
}

/// The sample 组织生活会 材料 converts with LibreOffice to at most 5 A4 pages,
/// and the 自查 report with its 自评表 stays proportionate too (cells
/// single-spaced). Needs `soffice` and `pdfinfo` (installed by
/// scripts/setup.sh); it fails, not skips, when they are missing.
#[test]
fn the_sample_materials_convert_to_few_pages() {
    let dir = std::env::temp_dir().join(format!("ziping-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    for (occasion, max_pages) in [("zuzhi-shenghuohui", 5), ("congyan-zicha", 12)] {
        let d = sample_draft(occasion);
        let report = build_report(
            &refs,
            &d,
            &builtin_occasions(),
            CivilDate::new(2026, 11, 26).unwrap(),
        );
        let docx = dir.join(format!("{occasion}.docx"));
        std::fs::write(&docx, report_docx(&d, &report)).unwrap();
        let status = std::process::Command::new("soffice")
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&docx)
            .env("HOME", &dir)
            .output()
            .expect("soffice runs (scripts/setup.sh installs LibreOffice)");
        assert!(status.status.success(), "{status:?}");
        let info = std::process::Command::new("pdfinfo")
            .arg(dir.join(format!("{occasion}.pdf")))
            .output()
            .expect("pdfinfo runs");
        let info = String::from_utf8_lossy(&info.stdout);
        let pages: u32 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("a page count");
        assert!(info.contains("(A4)"), "A4: {info}");
        assert!(pages <= max_pages, "{occasion}: {pages} pages");
        eprintln!("{occasion}: {pages} pages");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The closing stays on the page of the name and date (keep with next), so a
/// signature never stands alone on a last page.
#[test]
fn the_closing_is_kept_with_the_signature() {
    let files = docx_of(&sample_draft("zuzhi-shenghuohui"));
    let doc = &files
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    let closing = doc.find("以上对照检查").unwrap();
    let para_start = doc[..closing].rfind("<w:p>").unwrap();
    assert!(
        doc[para_start..closing].contains("<w:keepNext/>"),
        "{}",
        &doc[para_start..closing]
    );
    let styles = &files
        .iter()
        .find(|(n, _)| n == "word/styles.xml")
        .unwrap()
        .1;
    let first = styles.find(r#"w:styleId="SignatureFirst""#).unwrap();
    assert!(styles[first..first + 200].contains("<w:keepNext/>"));
}

/// A hand-edited text keeps its name and date at the right in Word: the
/// last lines the text pushes right are signature lines.
#[test]
fn an_edited_text_keeps_its_signature_at_the_right() {
    let mut d = sample_draft("zuzhi-shenghuohui");
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let report = build_report(
        &refs,
        &d,
        &builtin_occasions(),
        CivilDate::new(2026, 11, 26).unwrap(),
    );
    d.report_edit = Some(report.to_text().replace("张三", "张三（改）"));
    let files = parts(&report_docx(&d, &report));
    let doc = &files
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    let first = doc.find(r#"<w:pStyle w:val="SignatureFirst"/>"#).unwrap();
    assert!(doc[first..].contains("张三（改）"));
    assert!(doc[first..].contains(r#"<w:pStyle w:val="Signature"/>"#));
    assert!(doc[first..].contains("2027年1月"));
    assert_eq!(doc.matches("SignatureFirst").count(), 1);
}

/// A hand-edited 自查 keeps its name and date at the right, and its 自评表
/// goes in once, as tables (the edited text's copy after the signature is
/// left out).
#[test]
fn an_edited_self_check_has_its_table_once() {
    let mut d = sample_draft("congyan-zicha");
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let report = build_report(
        &refs,
        &d,
        &builtin_occasions(),
        CivilDate::new(2026, 11, 26).unwrap(),
    );
    d.report_edit = Some(report.to_text().replace("主要成绩", "主要成绩（改）"));
    let files = parts(&report_docx(&d, &report));
    let doc = &files
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    assert!(doc.contains("主要成绩（改）"));
    assert_eq!(
        doc.matches("SignatureFirst").count(),
        1,
        "the name at the right"
    );
    assert_eq!(doc.matches(">个人自评表<").count(), 1, "the 自评表 once");
    assert!(doc.contains("<w:tbl>"), "as tables");
}
