//! Helpers shared by the native tests of the pure crates (ziping-core's,
//! and ziping-report's and ziping-app's through `#[path]`).
#![allow(dead_code)]

use ziping_core::{
    builtin_occasions, builtin_templates, read_import, Draft, Here, ImportError, ImportPlan,
    OccasionLibrary, Rating, Template, TemplateLibrary,
};

pub const WUXIANG: &str = "wuxiang-gongzuo";
pub const SIGE: &str = "sige-mofan";

/// Version 2 of each built-in template, 五项工作 first: the version the
/// tests' drafts and the golden samples were written with (drafts keep it).
pub fn templates() -> Vec<Template> {
    builtin_version(2)
}

/// The newest version of each built-in template (aids by 科室类型 and 职级,
/// 个人有关事项 a veto fact), 五项工作 first.
pub fn templates_v3() -> Vec<Template> {
    builtin_version(3)
}

#[track_caller]
fn builtin_version(version: u32) -> Vec<Template> {
    let mut t: Vec<Template> = builtin_templates()
        .into_iter()
        .filter(|t| t.version == version)
        .collect();
    t.sort_by_key(|t| t.id != WUXIANG);
    assert_eq!(t.len(), 2, "both version-{version} templates must load");
    t
}

/// The built-in templates a new draft gets (五项工作 version 4: 个人有关事项
/// behind 本人是否为报告对象; 四个模范 version 3), 五项工作 first.
pub fn templates_current() -> Vec<Template> {
    let t: Vec<Template> = builtin_templates()
        .into_iter()
        .filter(|t| (t.id == WUXIANG && t.version == 4) || (t.id == SIGE && t.version == 3))
        .collect();
    assert_eq!(t.len(), 2, "both current templates must load");
    t
}

/// The first shipped version of the built-in templates (old drafts keep it).
pub fn templates_v1() -> Vec<Template> {
    builtin_version(1)
}

#[track_caller]
pub fn template_v1(id: &str) -> Template {
    templates_v1()
        .into_iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no version-1 template {id}"))
}

/// Answers every veto fact of `t` with 否.
pub fn deny_facts(d: &mut Draft, t: &Template) {
    for f in &t.facts {
        d.facts.insert(f.id.clone(), false);
    }
}

#[track_caller]
pub fn template(id: &str) -> Template {
    templates()
        .into_iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no built-in template {id}"))
}

/// The built-in templates (every shipped version) as a library, with no
/// department template.
pub fn library() -> TemplateLibrary {
    TemplateLibrary::new(builtin_templates(), Vec::new())
}

pub fn new_draft(templates: &[Template]) -> Draft {
    Draft::new("d1", "2026年度个人自评", 1_764_000_000_000, templates)
}

/// Rates every item of `t` at `level` (a shared statement where it is kept).
pub fn rate_all(d: &mut Draft, t: &Template, level: &str) {
    for (_, item) in t.items() {
        d.answer_for_mut(t, item).rating = Some(Rating::parse(level));
    }
}

pub fn rate(d: &mut Draft, t: &str, item: &str, level: &str) {
    d.answer_mut(t, item).rating = Some(Rating::parse(level));
}

/// A valid template as JSON (五项工作, version 1, which has format-1 vetoes),
/// for tests that break one rule at a time.
pub fn valid_json() -> serde_json::Value {
    serde_json::from_str(ziping_core::builtin_template_sources()[4]).unwrap()
}

/// The current 五项工作 (version 3) as JSON, for the rules format 2 added.
pub fn valid_json_v2() -> serde_json::Value {
    serde_json::from_str(ziping_core::builtin_template_sources()[0]).unwrap()
}

#[track_caller]
pub fn assert_template_error(value: serde_json::Value, expected: &str) {
    match Template::from_json(&value.to_string()) {
        Ok(_) => panic!("expected error {expected:?}, but the template was accepted"),
        Err(e) => assert_eq!(e.to_string(), expected),
    }
}

/// A generated template with `n` items in sections of 20.
pub fn generated_template(n: usize) -> Template {
    let mut v = valid_json();
    let sections: Vec<serde_json::Value> = (0..n.div_ceil(20))
        .map(|s| {
            let items: Vec<serde_json::Value> = (s * 20..((s + 1) * 20).min(n))
                .map(|i| {
                    let model = ["jiang-zhengzhi", "zhong-gongdao", "yewu-jing", "zuofeng-hao"][i % 4];
                    serde_json::json!({
                        "id": format!("g{i}"),
                        "text": format!("本人第 {i} 条自评内容。"),
                        "weight": 1 + (i % 5),
                        "models": [model]
                    })
                })
                .collect();
            serde_json::json!({ "id": format!("s{s}"), "title": format!("第 {s} 部分"), "items": items })
        })
        .collect();
    v["id"] = "generated".into();
    v["sections"] = sections.into();
    v["vetoes"] = serde_json::json!([{ "item": "g0", "cap": "良好", "reason": "测试否决" }]);
    Template::from_json(&v.to_string()).expect("generated template is valid")
}

pub fn draft_for(t: &Template) -> Draft {
    new_draft(std::slice::from_ref(t))
}

/// Reads a file to import against `templates`, the built-in occasions and
/// drafts with the ids `existing`.
pub fn import_into(
    bytes: &[u8],
    templates: &TemplateLibrary,
    existing: &[&str],
) -> Result<ImportPlan, ImportError> {
    let occasions = OccasionLibrary::new(builtin_occasions(), Vec::new());
    read_import(
        bytes,
        Here {
            templates,
            occasions: &occasions,
            drafts: existing,
        },
    )
}
