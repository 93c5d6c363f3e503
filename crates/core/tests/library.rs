//! The template library, template_diff, naming rules and typed ids.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping_core::{
    css_string, duplicate_name, imported_name, is_safe_id, new_draft_name, renamed, template_diff,
    undo_index, unique_facts, DraftId, Template, TemplateLibrary, TemplateRef,
};

fn example() -> Template {
    Template::from_json(include_str!(
        "../../../data/templates/example-department.json"
    ))
    .unwrap()
}

#[test]
fn template_diff_aligns_items_by_id() {
    let v1 = example();
    let mut v2 = v1.clone();
    v2.version = 2;
    let removed = v2.sections[0].items.remove(0);
    v2.sections[0].items[0].text.push_str("（修订）");
    let mut added = v2.sections[1].items[0].clone();
    added.id = "new-item".into();
    added.text = "新条目".into();
    v2.sections[1].items.push(added);
    let d = template_diff(&v1, &v2);
    assert_eq!(d.added, vec![("new-item".into(), "新条目".to_string())]);
    assert_eq!(d.removed, vec![(removed.id.clone(), removed.text.clone())]);
    assert_eq!(d.changed.len(), 1);
    assert_eq!(d.changed[0].id, v2.sections[0].items[0].id);
    assert!(d.changed[0].new_text.ends_with("（修订）"));
    assert_eq!(
        d.summary(),
        "第 1 版→第 2 版：新增 1 条，删除 1 条，修改 1 条。"
    );
    assert!(template_diff(&v1, &v1).is_empty());
    assert_eq!(
        template_diff(&v1, &v1).summary(),
        "第 1 版→第 1 版：条目没有变化。"
    );
}

#[test]
fn moving_an_item_to_another_section_counts_as_changed() {
    let v1 = example();
    let mut v2 = v1.clone();
    let moved = v2.sections[0].items.remove(0);
    v2.sections[1].items.push(moved.clone());
    let d = template_diff(&v1, &v2);
    assert_eq!(d.changed.len(), 1);
    assert_eq!(d.changed[0].id, moved.id);
}

#[test]
fn the_library_resolves_exact_versions_and_falls_back_to_the_newest() {
    let v1 = example();
    let mut v2 = v1.clone();
    v2.version = 2;
    let lib = TemplateLibrary::new(templates(), vec![v1.clone(), v2.clone()]);
    assert_eq!(lib.get(&v1.reference()).unwrap().version, 1);
    let missing = TemplateRef {
        id: v1.id.clone(),
        version: 7,
    };
    assert!(lib.get(&missing).is_none());
    assert_eq!(lib.resolve(&missing).unwrap().version, 2);
    assert_eq!(lib.current_custom().len(), 1);
    assert_eq!(lib.current_custom()[0].version, 2);
    assert_eq!(lib.current_builtin().len(), 2);
    assert!(lib.is_builtin(WUXIANG) && !lib.is_builtin(&v1.id));
}

/// The drafts screen lists each template once, at its newest version, its
/// older versions behind it newest first; built-ins first.
#[test]
fn the_versions_are_listed_by_template_newest_first() {
    let v1 = example();
    let mut v2 = v1.clone();
    v2.version = 2;
    let lib = TemplateLibrary::new(ziping_core::builtin_templates(), vec![v2, v1]);
    let listed: Vec<(String, u32, Vec<u32>)> = lib
        .by_template()
        .into_iter()
        .map(|(t, old)| {
            let old = old.iter().map(|o| o.version).collect();
            (t.id.to_string(), t.version, old)
        })
        .collect();
    let example_id = example().id.to_string();
    assert_eq!(
        listed,
        [
            (WUXIANG.to_string(), 4, vec![3, 2, 1]),
            (SIGE.to_string(), 3, vec![2, 1]),
            (example_id, 2, vec![1]),
        ]
    );
}

#[test]
fn a_drafts_templates_with_a_newer_version_are_paired_with_it() {
    let v1 = example();
    let mut v2 = v1.clone();
    v2.version = 2;
    let lib = TemplateLibrary::new(templates(), vec![v1.clone(), v2.clone()]);
    let old_builtin = std::rc::Rc::new(templates_v1().remove(0));
    let draft = [
        std::rc::Rc::new(v1),
        std::rc::Rc::new(v2),
        old_builtin.clone(),
    ];
    let pairs = lib.newer_versions(&draft);
    let found: Vec<(String, u32, u32)> = pairs
        .iter()
        .map(|(old, new)| (old.id.to_string(), old.version, new.version))
        .collect();
    assert_eq!(
        found,
        vec![
            (draft[0].id.to_string(), 1, 2),
            (old_builtin.id.to_string(), 1, 2)
        ],
        "the newest version is left alone"
    );
    assert!(lib.newer_versions(&lib.current_builtin()).is_empty());
}

#[test]
fn a_veto_fact_two_checklists_share_is_asked_once() {
    let both: Vec<std::rc::Rc<Template>> = templates().into_iter().map(std::rc::Rc::new).collect();
    let ids: Vec<String> = unique_facts(&both).into_iter().map(|f| f.id).collect();
    assert_eq!(ids, ["f-baxiang", "f-jilv", "f-chengjie", "f-chufen"]);
    assert_eq!(both[0].facts.len() + both[1].facts.len(), 8);
}

#[test]
fn a_stored_template_may_not_take_a_built_in_id() {
    let mut t = example();
    t.id = WUXIANG.into();
    let lib = TemplateLibrary::new(templates(), vec![t]);
    assert!(lib.custom().is_empty());
}

#[test]
fn a_draft_is_scored_with_the_version_it_records() {
    let v1 = example();
    let mut v2 = v1.clone();
    v2.version = 2;
    v2.sections[0].items.remove(0);
    let mut lib = TemplateLibrary::new(templates(), vec![v1.clone()]);
    let draft = new_draft(std::slice::from_ref(&v1));
    lib.add_custom(v2.clone(), [&draft]);
    let shown = lib.templates_of(&draft);
    assert_eq!(shown[0].version, 1);
    assert_eq!(shown[0].item_count(), v1.item_count());
    lib.prune(std::iter::empty());
    assert_eq!(lib.custom().len(), 1, "v1 goes once nothing uses it");
    assert_eq!(
        lib.templates_of(&draft)[0].version,
        2,
        "and the draft falls back to the newest"
    );
}

#[test]
fn naming_rules() {
    assert_eq!(new_draft_name(1), "新的自评 2");
    assert_eq!(duplicate_name("甲"), "甲（副本）");
    assert_eq!(imported_name("甲"), "甲（导入）");
    assert_eq!(renamed("  乙 "), Some("乙".to_string()));
    assert_eq!(renamed(" \t "), None);
    assert_eq!(undo_index(3, 2), 2);
    assert_eq!(undo_index(1, 2), 1);
}

#[test]
fn safe_ids_and_css_strings() {
    assert!(is_safe_id("wuxiang-gongzuo") && is_safe_id("w1_x9"));
    for bad in ["", "a:b", "a.b", "a\"b", "a b", "中文", &"x".repeat(65)] {
        assert!(!is_safe_id(bad), "{bad}");
    }
    assert_eq!(css_string(r#"a"]b\c"#), r#""a\"]b\\c""#);
    assert_eq!(css_string("a\nb"), "\"a\\0a b\"");
    assert_eq!(DraftId::generate(5, 1_234_567).as_str(), "d5-234567");
}

/// A draft made with version 2 of the built-ins keeps its items (w5-baogao,
/// which version 3 turned into a veto fact) and its score until the person
/// moves it; the library offers version 3 beside it.
#[test]
fn a_version_2_draft_opens_with_its_own_items_and_score() {
    use ziping_core::{score_template, Draft};
    let d = Draft::from_json(include_str!(
        "../../../tests/fixtures/drafts/zuzhi-shenghuohui.json"
    ))
    .unwrap();
    let lib = library();
    let own = lib.templates_of(&d);
    let versions: Vec<u32> = own.iter().map(|t| t.version).collect();
    assert_eq!(versions, [2, 2]);
    assert!(own[0].item("w5-baogao").is_some());
    assert!(own[0].fact("f-shixiang").is_none());
    let v2 = templates();
    for (t, want) in own.iter().zip(&v2) {
        assert_eq!(**t, *want);
        let score = score_template(t, &d).score();
        assert!(score.is_some(), "{} is scored", t.id);
        assert_eq!(score, score_template(want, &d).score());
    }
    let newer: Vec<(u32, u32)> = lib
        .newer_versions(&own)
        .iter()
        .map(|(o, n)| (o.version, n.version))
        .collect();
    assert_eq!(newer, [(2, 4), (2, 3)]);
    let current: Vec<u32> = lib.current_builtin().iter().map(|t| t.version).collect();
    assert_eq!(current, [4, 3]);
}
