//! Helpers for the office formats' tests: a zip's parts, a sample table.
#![allow(dead_code)]

use ziping_report::Table;

/// Every part of a zip archive (.docx, .xlsx) as (name, text), in order.
pub fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    use std::io::Read;
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

/// A small ledger-like table for the .docx and .xlsx table writers; its
/// second row holds `hostile`, the text each format's escaping is tested on.
/// One part's text by its name in the package.
pub fn part<'a>(p: &'a [(String, String)], name: &str) -> &'a str {
    &p.iter().find(|(n, _)| n == name).expect(name).1
}

pub fn sample_table(hostile: &str) -> Table {
    Table {
        name: "整改台账".into(),
        title: "2026年度个人整改台账".into(),
        subtitle: "单位：组织部干部一科　姓名：张三　年度：2026".into(),
        headers: ["序号", "问题表现", "整改措施", "状态"]
            .map(String::from)
            .to_vec(),
        widths: vec![6, 30, 30, 12],
        rows: vec![
            [
                "1",
                "理论学习不够系统",
                "制定学习计划\n每月读一本书",
                "推进中",
            ]
            .map(String::from)
            .to_vec(),
            vec!["2".into(), hostile.into()],
        ],
        notes: Vec::new(),
    }
}
