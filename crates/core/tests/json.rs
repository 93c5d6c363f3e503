//! The JSON codecs (`ziping_core::json`, declared in `codec/`): what is
//! written reads back the same, enum by enum and file by file, the layout is
//! JSON's, and the few ways the readers differ from serde's derived ones are
//! on record. (The preferences' codec: `crates/app/tests/prefs.rs`.)
#![cfg(not(target_arch = "wasm32"))]

mod util;

use serde_json::{json, Value};
use ziping_core::json::{parse, to_json, to_json_pretty, At, FromJson, ToJson};
use ziping_core::{
    builtin_occasions, builtin_occasions_source, Angle, Draft, DraftError, Effect, GradeShown,
    ImportError, OccasionSet, PartKind, Progress, RowStatus, Template,
};

/// Every variant, as written, reads back as itself.
fn round_trips<T: ToJson + FromJson + PartialEq + std::fmt::Debug>(all: &[T]) {
    for v in all {
        let written = parse(&to_json(v)).unwrap();
        assert_eq!(&T::read(&written, At::ROOT).unwrap(), v, "{written}");
    }
}

/// The names a declared enum is written as, and its variants, in the order
/// declared.
fn values<T: Copy>(names: &[(&str, T)]) -> Vec<T> {
    names.iter().map(|(_, v)| *v).collect()
}

#[test]
fn every_enum_variant_reads_back() {
    round_trips(&values(RowStatus::NAMES));
    round_trips(&values(Progress::NAMES));
    round_trips(&Angle::ALL);
    round_trips(&values(Effect::NAMES));
    round_trips(&values(GradeShown::NAMES));
    round_trips(&values(PartKind::NAMES));
}

/// The lists of every variant the screens go through agree with the names
/// declared for the files.
#[test]
fn every_list_of_variants_is_the_declared_one() {
    assert_eq!(RowStatus::ALL.to_vec(), values(RowStatus::NAMES));
    assert_eq!(Progress::ALL.to_vec(), values(Progress::NAMES));
}

/// The occasions written out are the file they were read from: a field the
/// reader forgot would be missing from what is written.
#[test]
fn the_occasions_written_are_the_file_read() {
    let written: Value = serde_json::from_str(&builtin_occasions().to_json()).unwrap();
    let source: Value = serde_json::from_str(builtin_occasions_source()).unwrap();
    assert_eq!(written, source);
}

#[test]
fn a_repeated_key_keeps_the_last_value() {
    let d = Draft::from_json(
        r#"{"schema": 3, "id": "x", "name": "a", "name": "b", "created": 0, "modified": 0,
        "templates": []}"#,
    )
    .unwrap();
    assert_eq!(d.name, "b");
}

/// `"id": null` is no id: not a draft (as before), not a fault in a draft.
#[test]
fn a_null_id_is_not_a_draft() {
    assert_eq!(
        Draft::from_json(r#"{"schema": 3, "id": null}"#),
        Err(DraftError::NotADraft)
    );
}

/// A template whose `version` is not a number is a faulty template with the
/// field named (serde's header refused any such file as "not ours").
#[test]
fn a_template_with_a_text_version_names_the_field() {
    let mut v: Value = serde_json::from_str(include_str!(
        "../../../data/templates/example-department.json"
    ))
    .unwrap();
    v["version"] = json!("2");
    match util::import_into(v.to_string().as_bytes(), &util::library(), &[]) {
        Err(e @ ImportError::Template(_)) => assert!(
            e.to_string()
                .ends_with("“version”应是 0 到 4294967295 之间的整数。"),
            "{e}"
        ),
        other => panic!("{other:?}"),
    }
    // And Template::from_json says the same.
    assert!(Template::from_json(&v.to_string())
        .unwrap_err()
        .to_string()
        .ends_with("模板结构不正确：“version”应是 0 到 4294967295 之间的整数。"));
}

/// A format version that is not a number is named as the fault (serde's
/// header called such a file "not a template").
#[test]
fn a_text_format_version_is_named() {
    assert_eq!(
        Template::from_json(r#"{"format": "ziping-template", "format_version": "1"}"#)
            .unwrap_err()
            .to_string(),
        "模板结构不正确：“format_version”应是 0 到 4294967295 之间的整数。"
    );
}

/// Compact for storage, indented by two spaces for files a person may open;
/// empty lists and objects stay on one line.
#[test]
fn the_layout_is_compact_or_indented() {
    let set = builtin_occasions();
    let mut one = set.clone();
    one.occasions.truncate(1);
    one.occasions[0].parts.truncate(1);
    let text = to_json_pretty(&one);
    assert!(text.starts_with("{\n  \"format\": \"ziping-occasions\",\n  \"format_version\": 3,\n  \"occasions\": [\n    {\n      \"id\": "), "{text}");
    assert!(text.ends_with("\n    }\n  ]\n}"), "{text}");
    assert_eq!(to_json_pretty(&Vec::<String>::new()), "[]");
    assert_eq!(to_json(&vec![1u32, 2]), "[1,2]");
}

/// Quotes, backslashes, line breaks, control characters and Chinese survive
/// the trip through storage.
#[test]
fn any_text_survives_writing() {
    let mut d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v2.json")).unwrap();
    d.name = "引号\"反斜杠\\换行\n制表\t控制\u{1}\u{1f}删除\u{7f}表情😀 /".into();
    d.problems[0].text = "第一行\r\n第二行".into();
    let json = d.to_json();
    assert!(!json.contains('\n'), "one line: {json}");
    let back = Draft::from_json(&json).unwrap();
    assert_eq!(back, d);
    // serde_json reads it as the same text too.
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["name"], json!(d.name));
}

/// Schema 1's keys are no longer fields of the model, but every schema's
/// reader still checks their type where they are, before the fields after
/// them, with the same words.
#[test]
fn schema_1_keys_are_still_checked() {
    let draft = |answer: &str, person: &str| {
        format!(
            r#"{{"schema": 3, "id": "x", "name": "n", "created": 0, "modified": 0,
            "person": {person}, "templates": [], "answers": {{"t": {{"i": {answer}}}}},
            "cause": 5}}"#
        )
    };
    for (json, message) in [
        (
            draft(r#"{"problem": 3}"#, "{}"),
            "草稿数据结构不正确：“answers”的“t”的“i”的“problem”应是文字。",
        ),
        (
            draft(r#"{"evidence": 1, "cause": 3}"#, "{}"),
            "草稿数据结构不正确：“answers”的“t”的“i”的“evidence”应是文字。",
        ),
        (
            draft(r#"{"measure": "m", "deadline": null}"#, "{}"),
            "草稿数据结构不正确：“answers”的“t”的“i”的“deadline”应是文字。",
        ),
        (
            draft("{}", r#"{"occasion": 1, "year": 2026}"#),
            "草稿数据结构不正确：“person”的“year”应是文字。",
        ),
        (
            draft("{}", r#"{"occasion": 1}"#),
            "草稿数据结构不正确：“person”的“occasion”应是文字。",
        ),
        (
            draft(r#"{"cause": "c"}"#, r#"{"occasion": "年度考核"}"#),
            "草稿数据结构不正确：“cause”应是文字。",
        ),
    ] {
        assert_eq!(
            Draft::from_json(&json).unwrap_err().to_string(),
            message,
            "{json}"
        );
    }
    // Well typed, they are read (schema 1) or dropped (schema 2 and 3).
    let json = draft(
        r#"{"problem": "p", "cause": "c"}"#,
        r#"{"occasion": "年度考核"}"#,
    )
    .replace(r#""cause": 5"#, r#""cause": "总""#);
    let d = Draft::from_json(&json).unwrap();
    assert!(d.problems.is_empty() && d.occasion == "zuzhi-shenghuohui");
    let d = Draft::from_json(&json.replace(r#""schema": 3"#, r#""schema": 1"#)).unwrap();
    assert_eq!((d.problems.len(), d.occasion.as_str()), (1, "niandu-kaohe"));
    assert_eq!(d.problems[0].text, "p");
    assert_eq!(d.problems[0].causes[0].text, "c");
}

/// An occasion's `problems` and `grade` are read before its other fields,
/// as the hand-written reader did: of several faults, the same one is named.
#[test]
fn an_occasions_faults_are_named_in_the_same_order() {
    let file = |occasion: &str| {
        format!(
            r#"{{"format": "ziping-occasions", "format_version": 1, "occasions": [{occasion}]}}"#
        )
    };
    for (occasion, message) in [
        (
            r#"{"id": 1, "problems": {"min": 1, "max": 2}}"#,
            "场合设置的结构不正确：缺少“occasions”第 1 项的“grade”。",
        ),
        (
            r#"{"id": 1, "grade": "never", "problems": {"min": 1}}"#,
            "场合设置的结构不正确：缺少“occasions”第 1 项的“problems”的“max”。",
        ),
        (
            r#"{"id": 1, "grade": "never", "problems": {"min": 1, "max": 2}}"#,
            "场合设置的结构不正确：“occasions”第 1 项的“id”应是文字。",
        ),
        (
            r#"{"label": 1, "grade": "sometimes", "problems": {"min": 1, "max": 2}}"#,
            "场合设置的结构不正确：“occasions”第 1 项的“grade”应是以下之一：never、optional、always。",
        ),
        (
            r#"{"lable": 1, "grade": "sometimes"}"#,
            "场合设置的结构不正确：“occasions”第 1 项的“lable”不是可用的字段。",
        ),
        (
            r#"{"id": "a", "label": "A", "title": "T", "grade": "never", "problems": {"min": 1, "max": 2},
            "parts": [{"heading": 1, "kind": "essay"}]}"#,
            "场合设置的结构不正确：“occasions”第 1 项的“parts”第 1 项的“kind”应是以下之一：\
             basic、achievements、previous、problems、causes、measures、grade。",
        ),
    ] {
        let json = file(occasion);
        assert_eq!(
            OccasionSet::from_json(&json).unwrap_err().to_string(),
            message,
            "{json}"
        );
    }
}
