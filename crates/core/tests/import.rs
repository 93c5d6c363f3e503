//! Importing files: every kind of bad file gets its message and changes
//! nothing; good files become a plan the person confirms.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping_core::{
    apply_drafts, newer_here, Backup, Draft, ImportError, ImportPlan, OnConflict, Placed,
    MAX_IMPORT_BYTES,
};

const FIXTURE: &str = include_str!("../../../tests/fixtures/draft-v1.json");

fn import(bytes: &[u8], existing: &[&str]) -> Result<ImportPlan, ImportError> {
    import_into(bytes, &library(), existing)
}

#[track_caller]
fn message(bytes: &[u8]) -> String {
    import(bytes, &[]).unwrap_err().to_string()
}

fn backup_of(drafts: Vec<Draft>) -> String {
    Backup::new(drafts, 1_795_485_600_000, "0.1.0").to_json()
}

#[test]
fn each_bad_file_gets_its_message() {
    assert_eq!(message(b""), "文件是空的。");
    assert_eq!(message(b"  \n "), "文件是空的。");
    assert_eq!(
        message(&[0xff, 0xfe, 0x00]),
        "文件不是文本文件，或已损坏、不完整（比如复制时中断），无法读取。请选择本程序导出的 .json 备份或模板文件。"
    );
    // Where it breaks, in words a person reads (not serde_json's English).
    assert_eq!(
        message(b"<html>"),
        "文件不是有效的 JSON，可能已损坏或不是本程序导出的文件（第1行第1个字符附近格式有误）。"
    );
    // Counted in characters, not bytes: the x after six Chinese ones.
    assert!(message("{\"name\": \"中文中文中文\" x}".as_bytes())
        .contains("（第1行第19个字符附近格式有误）"));
    assert_eq!(
        message(b"{\"format\": \"ziping-backup\",\n \"drafts\": ["),
        "文件不是有效的 JSON，可能已损坏或不是本程序导出的文件（内容在第2行就中断了，文件不完整）。"
    );
    // Cut short inside a character (a copy that stopped): not text, and
    // the message says it may be incomplete.
    let whole = "{\"format\": \"ziping-backup\",\n \"name\": \"王丽\"}".as_bytes();
    let cut = &whole[..whole.len() - 4];
    assert!(std::str::from_utf8(cut).is_err());
    assert!(message(cut).contains("不完整（比如复制时中断）"));
    assert_eq!(
        message(br#"{"hello": "world"}"#),
        "这不是本程序的文件：既不是自评备份，也不是自评模板或场合设置。请选择本程序导出的 .json 文件。"
    );
    assert_eq!(
        message(br#"{"format": "ziping-backup", "version": 3, "drafts": []}"#),
        "这份备份由更新版本的自评程序导出（格式版本 3，本程序只认识到版本 2）。请使用新版本的程序导入。"
    );
    assert_eq!(
        message(br#"{"format": "ziping-backup", "version": 1, "drafts": []}"#),
        "备份文件里没有任何草稿。"
    );
    assert_eq!(
        message(br#"{"format": "ziping-backup", "version": 1, "drafts": {}}"#),
        "文件内容的结构不正确：“drafts”应是草稿列表。"
    );
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        message(&big),
        "文件太大（2.0 MB），最多可导入 2 MB。浏览器为所有本地网页共用约 5 MB 的存储空间。"
    );
}

#[test]
fn wrong_types_and_newer_drafts_name_the_draft() {
    let wrong = FIXTURE.replace("\"created\": 1764000000000", "\"created\": \"yesterday\"");
    let e = message(wrong.as_bytes());
    assert!(
        e.starts_with("草稿“2026年度个人自评”无法读取：草稿数据结构不正确："),
        "{e}"
    );
    let newer = FIXTURE.replace("\"schema\": 1", "\"schema\": 6");
    assert_eq!(
        message(newer.as_bytes()),
        "草稿“2026年度个人自评”无法读取：这份草稿由更新版本的自评程序保存（数据版本 6，本程序只认识到版本 5）。请使用新版本的程序打开，本程序不会改动它。"
    );
}

#[test]
fn an_unknown_template_is_refused() {
    let other = FIXTURE.replace(
        "{ \"id\": \"sige-mofan\", \"version\": 1 }",
        "{ \"id\": \"dept-x\", \"version\": 1 }",
    );
    assert_eq!(
        message(other.as_bytes()),
        "草稿“2026年度个人自评”使用的评价模板“dept-x”在本机不存在。请先导入该模板，再导入草稿。"
    );
}

#[test]
fn answers_for_unknown_items_are_imported_kept_and_counted() {
    let mut d = Draft::from_json(FIXTURE).unwrap();
    d.answer_mut(WUXIANG, "w9-gone").evidence = "旧条目".into();
    let plan = import(backup_of(vec![d.clone()]).as_bytes(), &[]).unwrap();
    let ImportPlan::Drafts(plan) = plan else {
        panic!("drafts expected")
    };
    let incoming = plan.incoming;
    assert_eq!(incoming[0].unknown_answers, 1);
    assert_eq!(incoming[0].draft, d);
    assert!(!incoming[0].exists);
}

#[test]
fn a_single_draft_file_and_a_backup_both_import() {
    let plan = import(FIXTURE.as_bytes(), &["d-1764000000000"]).unwrap();
    let ImportPlan::Drafts(plan) = plan else {
        panic!("drafts expected")
    };
    let incoming = plan.incoming;
    assert_eq!(incoming.len(), 1);
    assert!(incoming[0].exists);
    // A byte-order mark (as Windows Notepad writes) is fine.
    let with_bom = format!("\u{feff}{FIXTURE}");
    assert!(import(with_bom.as_bytes(), &[]).is_ok());
}

#[test]
fn keep_both_is_the_default_and_replace_replaces() {
    let mine = Draft::from_json(FIXTURE).unwrap();
    let mut theirs = mine.clone();
    theirs.person.name = "李四".into();
    let incoming = || match import(backup_of(vec![theirs.clone()]).as_bytes(), &[&mine.id]).unwrap()
    {
        ImportPlan::Drafts(plan) => plan.incoming,
        _ => panic!(),
    };
    let mut drafts = vec![mine.clone()];
    apply_drafts(
        &mut drafts,
        incoming(),
        OnConflict::default(),
        |n| format!("new-{n}").into(),
        |_| false,
    );
    assert_eq!(drafts.len(), 2);
    assert_eq!(drafts[0].id, "new-0");
    assert_eq!(drafts[0].name, "2026年度个人自评（导入）");
    assert_eq!(drafts[0].person.name, "李四");
    assert_eq!(drafts[1], mine, "the existing draft is untouched");
    // The same file again: another name, not a second （导入）.
    apply_drafts(
        &mut drafts,
        incoming(),
        OnConflict::default(),
        |n| format!("again-{n}").into(),
        |_| false,
    );
    assert_eq!(drafts[0].name, "2026年度个人自评（导入2）");
    assert_eq!(drafts.len(), 3);

    let mut drafts = vec![mine.clone()];
    apply_drafts(
        &mut drafts,
        incoming(),
        OnConflict::Replace,
        |n| format!("new-{n}").into(),
        |_| false,
    );
    assert_eq!(drafts, vec![theirs.clone()]);
}

/// 替换 with a backup older than the work since names what it would lose.
#[test]
fn replace_names_the_drafts_written_since_the_backup() {
    let mine = Draft::from_json(FIXTURE).unwrap();
    let theirs = mine.clone();
    let incoming =
        |d: &Draft| match import(backup_of(vec![d.clone()]).as_bytes(), &[&mine.id]).unwrap() {
            ImportPlan::Drafts(plan) => plan.incoming,
            _ => panic!(),
        };
    assert!(
        newer_here(&incoming(&theirs), [&mine]).is_empty(),
        "the same"
    );
    let mut later = mine.clone();
    later.modified += 60_000;
    assert_eq!(
        newer_here(&incoming(&theirs), [&later]),
        vec![mine.name.as_str()]
    );
    // The file's copy newer than this one: nothing lost.
    let mut newer_file = theirs.clone();
    newer_file.modified += 120_000;
    assert!(newer_here(&incoming(&newer_file), [&later]).is_empty());
}

#[test]
fn a_draft_id_twice_in_a_file_imports_the_first_and_names_the_second() {
    let d = Draft::from_json(FIXTURE).unwrap();
    let Ok(ImportPlan::Drafts(plan)) = import(backup_of(vec![d.clone(), d]).as_bytes(), &[]) else {
        panic!("drafts expected")
    };
    assert_eq!(plan.incoming.len(), 1);
    assert_eq!(plan.refused.len(), 1);
    assert_eq!(
        plan.refused[0].error.to_string(),
        "文件内容的结构不正确：草稿编号“d-1764000000000”在文件中出现了两次。"
    );
    assert!(ImportPlan::Drafts(plan)
        .done_message("备份.json")
        .contains("另有 1 项未导入：草稿“"));
}

#[test]
fn templates_import_with_the_same_rules_as_the_built_ins() {
    let example = include_str!("../../../data/templates/example-department.json");
    let plan = import(example.as_bytes(), &[]).unwrap();
    let ImportPlan::Template { template, placed } = plan else {
        panic!("template expected")
    };
    assert_eq!(template.id, "example-department");
    assert_eq!(placed, Placed::New);
    let broken = example.replace("\"min\": 70", "\"min\": 90");
    assert_eq!(
        message(broken.as_bytes()),
        "模板无法导入：等次“优秀”和“称职”的起点分数都是 90，区间重叠。"
    );
    assert_eq!(
        message(builtin_template_json().as_bytes()),
        "模板编号“wuxiang-gongzuo”与内置模板相同，请在模板文件中换一个编号（id）。"
    );
}

fn builtin_template_json() -> &'static str {
    ziping_core::builtin_template_sources()[0]
}

#[test]
fn a_thousand_item_template_imports() {
    let t = generated_template(1000);
    let plan = import(t.to_json().as_bytes(), &[]).unwrap();
    assert!(matches!(plan, ImportPlan::Template { .. }));
}

#[test]
fn hostile_ids_are_refused_with_a_message() {
    let example = include_str!("../../../data/templates/example-department.json");
    for (bad, what) in [
        ("dept:1", "模板编号"),
        ("dept\\\"x", "模板编号"),
        ("dept.a", "模板编号"),
    ] {
        let json = example.replacen(
            "\"id\": \"example-department\"",
            &format!("\"id\": \"{bad}\""),
            1,
        );
        let shown = serde_json::from_str::<String>(&format!("\"{bad}\"")).unwrap();
        assert_eq!(
            message(json.as_bytes()),
            format!("{what}“{shown}”含有不允许的字符：编号只能由英文字母、数字、“-”和“_”组成，最多 64 个字符。请修改文件中的编号（id）后再导入。"),
            "{bad}"
        );
    }
    let mut v: serde_json::Value = serde_json::from_str(example).unwrap();
    v["sections"][0]["items"][0]["id"] = "a]\"b".into();
    assert_eq!(
        message(v.to_string().as_bytes()),
        "条目编号“a]\"b”含有不允许的字符：编号只能由英文字母、数字、“-”和“_”组成，最多 64 个字符。请修改文件中的编号（id）后再导入。"
    );
    let long = "x".repeat(65);
    let json = example.replacen(
        "\"id\": \"example-department\"",
        &format!("\"id\": \"{long}\""),
        1,
    );
    assert!(message(json.as_bytes()).starts_with("模板编号“xxxxxxxxxx"));
    let mut d = Draft::from_json(FIXTURE).unwrap();
    d.id = "d:1".into();
    assert_eq!(
        message(d.to_json().as_bytes()),
        "草稿编号“d:1”含有不允许的字符：编号只能由英文字母、数字、“-”和“_”组成，最多 64 个字符。请修改文件中的编号（id）后再导入。"
    );
}

#[test]
fn a_draft_needs_the_template_version_it_was_made_with() {
    let mut d = Draft::from_json(FIXTURE).unwrap();
    d.templates[0].version = 9;
    assert_eq!(
        message(d.to_json().as_bytes()),
        format!("草稿“{}”使用的是评价模板“wuxiang-gongzuo”的第 9 版，本机没有这一版。请先导入该版模板，再导入草稿。", d.name)
    );
}
