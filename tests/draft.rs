//! Drafts: serde, schema versions, the committed fixtures.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping::assessment::{score_template, Draft, DraftError, Rating, DRAFT_SCHEMA};

#[test]
fn the_schema_1_fixture_loads_and_scores() {
    let d = Draft::from_json(include_str!("fixtures/draft-v1.json")).unwrap();
    assert_eq!(d.schema, 1);
    assert_eq!(d.person.name, "张三");
    assert_eq!(d.templates.len(), 2);
    let a = d.answer(WUXIANG, "w3-peixun").unwrap();
    assert_eq!(a.rating, Some(Rating::Level("yiban".into())));
    assert_eq!(a.deadline, "2027年3月底前");
    assert_eq!(
        d.answer(SIGE, "m2-duidai").unwrap().rating,
        Some(Rating::NotApplicable)
    );
    let r = score_template(&template(WUXIANG), &d);
    assert_eq!(r.tally.answered, 3);
}

#[test]
fn a_draft_round_trips_exactly() {
    let d = Draft::from_json(include_str!("fixtures/draft-v1.json")).unwrap();
    assert_eq!(Draft::from_json(&d.to_json()).unwrap(), d);
}

#[test]
fn a_new_draft_covers_the_templates_given() {
    let d = new_draft(&templates());
    assert_eq!(d.schema, DRAFT_SCHEMA);
    assert!(d.covers(WUXIANG) && d.covers(SIGE));
    assert_eq!(d.templates[0].version, 1);
}

#[test]
fn data_from_a_newer_app_is_refused_with_a_plain_message() {
    let e = Draft::from_json(r#"{"schema": 7, "id": "x"}"#).unwrap_err();
    assert_eq!(e, DraftError::NewerSchema(7));
    assert_eq!(
        e.to_string(),
        "这份草稿由更新版本的自评程序保存（数据版本 7，本程序只认识到版本 1）。请使用新版本的程序打开，本程序不会改动它。"
    );
}

#[test]
fn foreign_and_broken_data_is_refused() {
    assert!(matches!(Draft::from_json("{"), Err(DraftError::NotJson(_))));
    assert_eq!(
        Draft::from_json(r#"{"hello": 1}"#).unwrap_err().to_string(),
        "这不是自评草稿数据：缺少 \"schema\" 和 \"id\"。"
    );
    assert!(matches!(
        Draft::from_json(r#"{"schema": 1, "id": "x", "name": 3}"#),
        Err(DraftError::Shape(_))
    ));
}
