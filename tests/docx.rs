//! The .docx export, read back with an independent ZIP reader.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use std::io::Read;

use util::*;
use ziping::assessment::{build_report, crc32, report_docx, xml_text, zip_stored, Draft, Template};

fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid zip");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            (f.name().to_string(), s)
        })
        .collect()
}

fn fixture_docx(edit: Option<&str>) -> Vec<(String, String)> {
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let mut d = Draft::from_json(include_str!("fixtures/draft-v1.json")).unwrap();
    d.report_edit = edit.map(str::to_string);
    d.person.unit = "<img src=x onerror=alert(1)> & \u{0}".into();
    let report = build_report(&refs, &d, "2026年11月24日");
    parts(&report_docx(&refs, &d, &report))
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
    let p = fixture_docx(None);
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
    assert!(doc.contains("2026年度个人自评材料"));
    for h in [
        "一、主要成绩",
        "二、存在问题",
        "三、原因分析",
        "四、整改措施",
        "附：逐条自评情况",
    ] {
        assert!(doc.contains(h), "{h}");
    }
    assert!(doc.contains("<w:tbl>"));
    assert!(doc.contains("带头讲授专题党课 2 次"));
    assert!(doc.contains("制定个人学习计划，补足学时（时限：2027年3月底前）"));
    let styles = &p[4].1;
    assert!(styles.contains(r#"w:eastAsia="仿宋_GB2312""#));
    assert!(styles.contains(r#"w:eastAsia="宋体""#));
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
        doc.contains("附：逐条自评情况"),
        "the items table is always there"
    );
}
