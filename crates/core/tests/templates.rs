//! The built-in templates: they load, validate, cover the seed, and every
//! validation rule reports the place and the fault.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use serde_json::json;
use util::*;
use ziping_core::{
    builtin_template_sources, builtin_templates, template_diff, Aids, Builtin, Effect, TaggedAids,
    Template, TemplateLibrary, TemplateRef, DEPT_KINDS,
};

const SEED: &str = include_str!("../../../data/seed.txt");

#[test]
fn every_bundled_template_loads_and_validates() {
    for src in builtin_template_sources() {
        Template::from_json(src).expect("bundled template is valid");
    }
    let t = templates();
    assert_eq!(t[0].title, "五项工作");
    assert_eq!(t[1].title, "四个模范");
    let versions: Vec<(String, u32)> = builtin_templates()
        .into_iter()
        .map(|t| (t.id.to_string(), t.version))
        .collect();
    assert_eq!(
        versions,
        [
            ("wuxiang-gongzuo".into(), 4),
            ("sige-mofan".into(), 3),
            ("wuxiang-gongzuo".into(), 2),
            ("sige-mofan".into(), 2),
            ("wuxiang-gongzuo".into(), 1),
            ("sige-mofan".into(), 1),
            ("wuxiang-gongzuo".into(), 3)
        ]
    );
}

/// The library knows each shipped version by the id and version written
/// beside its JSON, and reads only what is asked for: a wrong pair there
/// would give a draft another version's items.
#[test]
fn the_library_reads_each_shipped_version_when_asked_and_only_then() {
    let lib = TemplateLibrary::new(Builtin::shipped(), Vec::new());
    let read = |lib: &TemplateLibrary| lib.builtin().iter().filter(|b| b.is_read()).count();
    assert_eq!(read(&lib), 0);
    let current: Vec<(String, u32)> = lib
        .current_builtin()
        .iter()
        .map(|t| (t.id.to_string(), t.version))
        .collect();
    assert_eq!(
        current,
        [("wuxiang-gongzuo".into(), 4), ("sige-mofan".into(), 3)]
    );
    assert_eq!(read(&lib), 2);
    for t in builtin_templates() {
        let got = lib.get(&t.reference()).expect("every shipped version");
        assert_eq!(**got, t);
    }
    assert_eq!(read(&lib), 7);
    let absent = TemplateRef {
        id: "wuxiang-gongzuo".into(),
        version: 9,
    };
    assert_eq!(lib.get(&absent), None);
    assert_eq!(lib.resolve(&absent).map(|t| t.version), Some(4));
}

#[test]
fn format_2_rules_are_checked() {
    let mut v = valid_json_v2();
    v["facts"][1]["id"] = json!("f-baxiang");
    assert_template_error(v, "否决事项编号“f-baxiang”重复，编号须唯一。");
    let mut v = valid_json_v2();
    v["facts"][0]["question"] = json!(" ");
    assert_template_error(v, "否决事项“f-baxiang”缺少问题（question）。");
    let mut v = valid_json_v2();
    v["sections"][0]["items"][0]["shares"] =
        json!({ "template": "wuxiang-gongzuo", "item": "w1-xuexi" });
    assert_template_error(
        v,
        "条目“w1-zhongcheng”的共用条目（shares）须指向另一个模板中的条目，不能指向本模板。",
    );
    let mut v = valid_json_v2();
    v["sections"][0]["items"][0]["aids"]["measures"][0] = json!("");
    assert_template_error(v, "条目“w1-zhongcheng”的参考表述缺少内容。");
    let mut v = valid_json_v2();
    v["facts"][0]["effect"] = json!("maybe");
    assert_eq!(
        Template::from_json(&v.to_string()).unwrap_err().to_string(),
        "模板结构不正确：“facts”第 1 项的“effect”应是以下之一：not_top、no_grade、lowest、gate。"
    );
}

#[test]
fn example_department_template_validates() {
    let json = include_str!("../../../data/templates/example-department.json");
    let t = Template::from_json(json).expect("example template is valid");
    assert_eq!(t.id, "example-department");
}

#[test]
fn wuxiang_has_the_seed_headings_with_four_to_eight_items_each() {
    let t = template(WUXIANG);
    let titles: Vec<&str> = t.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "旗帜鲜明讲政治",
            "坚持原则守公道",
            "专心专注练本领",
            "真抓实干强作风",
            "严格自律树形象"
        ]
    );
    for s in &t.sections {
        assert!(
            (4..=8).contains(&s.items.len()),
            "{} has {}",
            s.title,
            s.items.len()
        );
        let weight: u32 = s.items.iter().map(|i| i.weight).sum();
        assert_eq!(weight, 20, "each task is worth 20 of 100 points");
        for i in &s.items {
            assert!(i.text.starts_with("本人"), "{} is first person", i.id);
        }
    }
}

#[test]
fn sige_lists_the_four_models_and_the_three_gong_items_apart() {
    let t = template(SIGE);
    let titles: Vec<&str> = t.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["讲政治", "重公道", "业务精", "作风好"]);
    let labels: Vec<&str> = t.models.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["讲政治", "重公道", "业务精", "作风好"]);
    let gongdao = &t.sections[1];
    for phrase in ["公道对待干部", "公平评价干部", "公正使用干部"] {
        let items: Vec<_> = gongdao
            .items
            .iter()
            .filter(|i| i.text.contains(phrase))
            .collect();
        assert_eq!(items.len(), 1, "{phrase} is one item of its own");
        assert!(
            t.allows_not_applicable(&items[0].id),
            "{phrase} can be 不适用"
        );
    }
}

/// Every clause of the five sentences of 突出树标杆推进从严治部 is covered by an
/// item, through its statement or its source.
#[test]
fn every_key_phrase_of_the_seed_is_covered() {
    let phrases = [
        "持续深化政治机关建设",
        "把对党忠诚作为首要政治品质",
        "两个确立",
        "两个维护",
        "排头兵",
        "严格按照党的政策、程序和规矩办事",
        "着眼党的事业发展需要选人用人",
        "不怕得罪人",
        "不当老好人",
        "以公立矩",
        "以公立信",
        "以公立威",
        "分级分类开展大规模培训",
        "传帮带",
        "轮岗交流",
        "又博又专的行家里手",
        "清单化、闭环式",
        "实化细化量化具体化",
        "可比较、可检验、可考核",
        "干实事、谋实招、求实效",
        "知敬畏、存戒惧、守底线",
        "中央八项规定及其实施细则",
        "巡视巡察整改",
        "清廉机关",
        "维护组织部门良好形象",
        "公道对待干部",
        "公平评价干部",
        "公正使用干部",
    ];
    let all = templates();
    for phrase in phrases {
        assert!(SEED.contains(phrase), "{phrase} is quoted from the seed");
        let covered = all
            .iter()
            .flat_map(|t| t.items())
            .any(|(_, i)| i.text.contains(phrase) || i.source.contains(phrase));
        assert!(covered, "no item covers {phrase}");
    }
}

/// Traceability, in every shipped version: every `source` quotes the seed
/// word for word; a supplement (补充: words the seed does not have) quotes the
/// heading of the section it serves and says why it was added.
#[test]
fn every_source_is_a_verbatim_quote_of_the_seed() {
    let mut supplements = Vec::new();
    for t in builtin_templates() {
        for s in &t.sections {
            for part in s.source.split('；').filter(|p| !p.is_empty()) {
                assert!(SEED.contains(part), "section {} source {part:?}", s.id);
            }
            for i in &s.items {
                assert!(!i.source.is_empty(), "item {} has a source", i.id);
                for part in i.source.split('；') {
                    assert!(SEED.contains(part), "item {} source {part:?}", i.id);
                }
                if !i.supplement.is_empty() {
                    assert_eq!(i.source, s.title, "supplement {} quotes its heading", i.id);
                    assert!(i.supplement.contains("补充"), "{} says 补充", i.id);
                    supplements.push(i.id.as_str().to_string());
                }
            }
        }
    }
    // Versions 3 and 4 have no w5-baogao: 个人有关事项 became a veto fact.
    assert_eq!(
        supplements,
        [
            "w3-zhishi",
            "w5-jiafeng",
            "w3-zhishi",
            "w5-jiafeng",
            "w5-baogao",
            "w3-zhishi",
            "w5-jiafeng"
        ]
    );
}

/// GENRE §5: the content defects of version 1, fixed in version 2.
#[test]
fn version_2_fixes_the_known_content_defects() {
    let all = templates();
    let (w, s) = (&all[0], &all[1]);
    assert_eq!((w.version, s.version), (2, 2));
    let texts = || all.iter().flat_map(|t| t.items()).map(|(_, i)| i);
    // The full formula wherever 同党中央保持高度一致 appears.
    for i in texts().filter(|i| i.text.contains("党中央保持高度一致")) {
        assert!(
            i.text.contains("同以习近平同志为核心的党中央保持高度一致"),
            "{}",
            i.id
        );
    }
    // Breaches are yes/no veto facts, not items rated 一般: no item says 没有违反.
    for i in texts() {
        for negative in ["没有违反", "不存在乱作为", "没有心态"] {
            assert!(!i.text.contains(negative), "{} is a negative fact", i.id);
        }
    }
    for t in [w, s] {
        let q: Vec<&str> = t.facts.iter().map(|f| f.question.as_str()).collect();
        assert!(q.iter().any(|q| q.contains("中央八项规定")), "{}", t.id);
        assert!(q.iter().any(|q| q.contains("组织人事纪律")), "{}", t.id);
        assert!(q.iter().all(|q| q.contains("是否")), "{q:?}");
        let f = t.fact("f-baxiang").unwrap();
        assert_eq!(f.effect, Effect::NotTop);
        assert_eq!(t.fact("f-chufen").unwrap().effect, Effect::NoGrade);
        assert!(t.vetoes.is_empty(), "format-1 vetoes are gone");
    }
    // 以公立信 is not 工作公开透明; 不以职位压人 became 不摆架子、不耍特权.
    let ligong: Vec<_> = w
        .items()
        .filter(|(_, i)| i.text.contains("以公立矩"))
        .collect();
    assert_eq!(ligong.len(), 1, "以公立矩、立信、立威 are one item");
    let ligong = ligong[0].1;
    assert!(!ligong.text.contains("公开透明"));
    assert!(ligong.text.contains("不摆架子、不耍特权"));
    // 如实报告个人有关事项 is its own item with 不适用; the supplements exist.
    let baogao = w.item("w5-baogao").unwrap();
    assert!(baogao.text.contains("如实报告个人有关事项"));
    assert!(w.allows_not_applicable("w5-baogao"));
    assert!(!w.item("w5-qinglian").unwrap().text.contains("如实报告"));
    assert!(w.item("w5-jiafeng").unwrap().text.contains("家教家风"));
    assert!(w.item("w3-zhishi").unwrap().text.contains("知事识人"));
    // Statements in both checklists are answered once.
    let shared: Vec<&str> = s
        .items()
        .filter_map(|(_, i)| i.shares.as_ref().map(|l| l.item.as_str()))
        .collect();
    assert_eq!(
        shared,
        [
            "w1-zhongcheng",
            "w2-xuanren",
            "w2-ligong",
            "w4-shixiao",
            "w5-baxiang",
            "w2-jilv"
        ]
    );
    // The labels of the four models are the usual formula: the description
    // asks a department to confirm its own wording.
    assert!(s.description.contains("请各部门按本地的正式表述确认或修改"));
}

/// Phrasing aids, in versions 2 and 3: each item (a shared statement uses
/// its owner's) has at least one problem wording for everyone and two in
/// all (version 3 adds those for a 科室类型 or 职级), each with a 比如【……】
/// slot for the person's own example, two measures and causes tagged by
/// angle; no two items share one.
#[test]
fn every_item_has_its_own_phrasing_aids() {
    for (version, all) in [(2, templates()), (3, templates_v3())] {
        let mut seen = std::collections::BTreeMap::new();
        for t in all {
            for (_, i) in t.items() {
                if i.shares.is_some() {
                    assert!(i.aids.is_empty(), "{}: the owner's aids serve", i.id);
                    continue;
                }
                let a = &i.aids;
                let tagged = |n: fn(&TaggedAids) -> usize| a.tagged.iter().map(n).sum::<usize>();
                assert!(!a.problems.is_empty(), "{}: one for everyone", i.id);
                let problems = a.problems.len() + tagged(|t| t.problems.len());
                assert!(problems >= 2, "{}", i.id);
                assert!(
                    a.measures.len() + tagged(|t| t.measures.len()) >= 2,
                    "{}",
                    i.id
                );
                assert!(a.causes.len() + tagged(|t| t.causes.len()) >= 2, "{}", i.id);
                if version == 2 {
                    assert!((2..=3).contains(&a.problems.len()), "{}", i.id);
                }
                for p in a
                    .problems
                    .iter()
                    .chain(a.tagged.iter().flat_map(|t| &t.problems))
                {
                    assert!(p.ends_with("比如【……】。"), "{}: {p}", i.id);
                    assert_eq!(p.matches("【").count(), 1, "{}: one slot", i.id);
                }
                for text in a.texts() {
                    if let Some(other) = seen.insert(text.to_string(), i.id.clone()) {
                        panic!("v{version}: {} and {other} share the aid {text:?}", i.id);
                    }
                }
            }
        }
        assert!(seen.len() > 200, "v{version}: {} aids", seen.len());
    }
}

/// Political items are phrased as gaps in practice, never as a lack of
/// loyalty itself (GENRE §2).
#[test]
fn political_aids_are_gaps_in_practice() {
    let w = template(WUXIANG);
    for (_, i) in w.items().filter(|(s, _)| s.id == "w1") {
        for p in &i.aids.problems {
            for bad in ["不忠诚", "不够忠诚", "不坚定", "不拥护", "动摇"] {
                assert!(!p.contains(bad), "{}: {p}", i.id);
            }
        }
    }
}

#[test]
fn the_eight_point_regulation_is_a_veto_without_not_applicable_in_version_1() {
    for t in templates_v1() {
        let veto = t
            .vetoes
            .iter()
            .find(|v| t.item(&v.item).unwrap().text.contains("中央八项规定"))
            .unwrap_or_else(|| panic!("{} has an eight-point veto", t.id));
        assert_eq!(veto.cap, "良好");
        assert!(!t.allows_not_applicable(&veto.item));
    }
}

#[test]
fn defaults_match_the_readme() {
    let t = template(WUXIANG);
    let scale: Vec<(&str, u32, bool)> = t
        .scale
        .levels
        .iter()
        .map(|l| (l.label.as_str(), l.share, l.weak))
        .collect();
    assert_eq!(
        scale,
        [
            ("好", 100, false),
            ("较好", 80, false),
            ("一般", 60, true),
            ("较差", 30, true)
        ]
    );
    let bands: Vec<(&str, u32)> = t.bands.iter().map(|b| (b.label.as_str(), b.min)).collect();
    assert_eq!(
        bands,
        [("优秀", 90), ("良好", 80), ("一般", 60), ("较差", 0)]
    );
}

#[test]
fn not_json_empty_and_foreign_files_are_refused() {
    let e = |s: &str| Template::from_json(s).unwrap_err().to_string();
    assert_eq!(e("  "), "模板文件是空的。");
    assert!(e("{oops").starts_with("模板文件不是有效的 JSON："));
    assert_eq!(
        e(r#"{"name": "x"}"#),
        "这不是自评模板文件：缺少 \"format\": \"ziping-template\"。"
    );
    assert_eq!(
        e(r#"{"format": "ziping-template", "format_version": 9}"#),
        "该模板使用第 9 版格式，比本程序能读的第 4 版新。请使用新版本的自评程序。"
    );
    let mut v = valid_json();
    v["sections"][0]["items"][0]["weight"] = json!("heavy");
    assert_eq!(
        Template::from_json(&v.to_string()).unwrap_err().to_string(),
        "模板结构不正确：“sections”第 1 项的“items”第 1 项的“weight”应是 0 到 4294967295 之间的整数。"
    );
    // A misspelt field is refused, not ignored.
    let mut v = valid_json();
    v["sections"][1]["items"][0]["txt"] = json!("本人……");
    assert_eq!(
        Template::from_json(&v.to_string()).unwrap_err().to_string(),
        "模板结构不正确：“sections”第 2 项的“items”第 1 项的“txt”不是可用的字段。"
    );
}

#[test]
fn duplicate_ids_are_named() {
    let mut v = valid_json();
    v["sections"][1]["items"][0]["id"] = json!("w1-zhongcheng");
    assert_template_error(v, "条目编号“w1-zhongcheng”重复，编号须唯一。");
    let mut v = valid_json();
    v["sections"][1]["id"] = json!("w1");
    assert_template_error(v, "部分编号“w1”重复，编号须唯一。");
}

#[test]
fn unknown_references_are_named() {
    let mut v = valid_json();
    v["sections"][0]["items"][1]["models"] = json!(["jiang-zhengzhi", "nope"]);
    assert_template_error(v, "条目“w1-liangge”引用了模板中没有定义的模范“nope”。");
    let mut v = valid_json();
    v["vetoes"][0]["item"] = json!("gone");
    assert_template_error(v, "一票否决项引用了不存在的条目“gone”。");
    let mut v = valid_json();
    v["vetoes"][0]["cap"] = json!("合格");
    assert_template_error(
        v,
        "条目“w5-baxiang”的一票否决封顶等次“合格”不在等次列表中。",
    );
    let mut v = valid_json();
    v["sections"][0]["items"][0]["guidance"][0]["level"] = json!("super");
    assert_template_error(
        v,
        "条目“w1-zhongcheng”的等级说明引用了不存在的评分等级“super”。",
    );
}

#[test]
fn bands_that_overlap_leave_a_gap_or_run_backwards_are_refused() {
    let mut v = valid_json();
    v["bands"][1]["min"] = json!(90);
    assert_template_error(v, "等次“优秀”和“良好”的起点分数都是 90，区间重叠。");
    let mut v = valid_json();
    v["bands"][3]["min"] = json!(10);
    assert_template_error(v, "最低等次“较差”从 10 分起，0 到 10 分之间没有对应等次。");
    let mut v = valid_json();
    v["bands"][1]["min"] = json!(95);
    assert_template_error(
        v,
        "等次须按起点分数从高到低排列：“良好”的起点高于排在它前面的“优秀”。",
    );
    let mut v = valid_json();
    v["bands"][0]["min"] = json!(101);
    assert_template_error(v, "等次“优秀”的起点分数 101 超出范围，须在 0 到 100 之间。");
    let mut v = valid_json();
    v["bands"] = json!([]);
    assert_template_error(v, "模板没有定义任何等次。");
}

#[test]
fn weights_sections_and_labels_are_checked() {
    let mut v = valid_json();
    v["sections"][2]["items"][3]["weight"] = json!(0);
    assert_template_error(v, "条目“w3-hangjia”的权重须为正整数。");
    let mut v = valid_json();
    v["sections"][4]["items"] = json!([]);
    assert_template_error(v, "部分“严格自律树形象”没有任何条目。");
    let mut v = valid_json();
    v["sections"] = json!([]);
    assert_template_error(v, "模板没有任何部分。");
    let mut v = valid_json();
    v["sections"][0]["title"] = json!(" ");
    assert_template_error(v, "部分“w1”缺少标题（title）。");
    let mut v = valid_json();
    v["sections"][0]["items"][2]["text"] = json!("");
    assert_template_error(v, "条目“w1-jiguan”缺少内容（text）。");
    let mut v = valid_json();
    v["scale"]["levels"][1]["label"] = json!("");
    assert_template_error(v, "评分等级“jiaohao”缺少名称（label）。");
    let mut v = valid_json();
    v["models"][0]["label"] = json!("");
    assert_template_error(v, "模范“jiang-zhengzhi”缺少名称（label）。");
}

#[test]
fn scales_are_checked() {
    let mut v = valid_json();
    v["scale"]["levels"][0]["share"] = json!(90);
    assert_template_error(v, "最高评分等级“好”须得满分，得分比例应为 100。");
    let mut v = valid_json();
    v["scale"]["levels"][2]["share"] = json!(80);
    assert_template_error(
        v,
        "评分等级须从高到低排列：“一般”的得分比例不低于排在它前面的“较好”。",
    );
    let mut v = valid_json();
    v["scale"]["levels"][3]["id"] = json!("na");
    assert_template_error(v, "评分等级的编号不能是“na”，它留给“不适用”。");
    let mut v = valid_json();
    v["scale"]["levels"] = json!([{ "id": "a", "label": "好", "share": 100 }]);
    assert_template_error(v, "评分等级至少需要两级。");
    let mut v = valid_json();
    v["scale"]["levels"][1]["share"] = json!(180);
    assert_template_error(
        v,
        "评分等级“较好”的得分比例 180 超出范围，须在 0 到 100 之间。",
    );
}

#[test]
fn a_template_round_trips_through_json() {
    for t in templates() {
        assert_eq!(Template::from_json(&t.to_json()).unwrap(), t);
    }
}

#[test]
fn an_exported_template_is_the_file_it_came_from() {
    for src in builtin_template_sources()
        .iter()
        .copied()
        .chain([include_str!(
            "../../../data/templates/example-department.json"
        )])
    {
        let t = Template::from_json(src).unwrap();
        let a: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap();
        let b: serde_json::Value = serde_json::from_str(src).unwrap();
        assert_eq!(a, b, "{}", t.id);
    }
}

/// Template format 3: aids tagged by the 科室类型 and levels they fit. Those
/// written for this person come first, then those for everyone; the rest
/// go under 更多参考. An unknown tag is refused.
#[test]
fn tagged_aids_split_by_role_and_level() {
    use ziping_core::{level_of, AidCause, Aids, Angle, TaggedAids};
    let aids = Aids {
        problems: vec!["通用".into()],
        tagged: vec![
            TaggedAids {
                roles: vec!["组织科".into()],
                problems: vec!["党内统计".into()],
                ..TaggedAids::default()
            },
            TaggedAids {
                levels: vec!["科级以上领导".into()],
                problems: vec!["带队伍".into()],
                causes: vec![AidCause {
                    angle: Angle::Dangxing,
                    text: "管得不严".into(),
                }],
                ..TaggedAids::default()
            },
        ],
        ..Aids::default()
    };
    let (fit, more) = aids.split("组织科", level_of("科员"));
    assert_eq!(fit.problems, ["党内统计", "通用"]);
    assert_eq!(more.problems, ["带队伍"]);
    assert_eq!(more.causes.len(), 1);
    let (fit, more) = aids.split("", level_of("副科长"));
    assert_eq!(fit.problems, ["带队伍", "通用"]);
    assert_eq!(more.problems, ["党内统计"]);
    assert_eq!(level_of(""), "科员");
    assert_eq!(
        aids.texts().collect::<Vec<_>>(),
        ["通用", "党内统计", "带队伍", "管得不严"]
    );
    // An unknown tag is refused with the item and the tags allowed.
    let mut t = builtin_templates().remove(0);
    t.sections[0].items[0].aids.tagged.push(TaggedAids {
        roles: vec!["宣传科".into()],
        problems: vec!["x".into()],
        ..TaggedAids::default()
    });
    let e = ziping_core::Template::from_json(&t.to_json())
        .unwrap_err()
        .to_string();
    assert!(e.contains("标注了不认识的科室类型或职级“宣传科”"), "{e}");
}

/// Every problem wording of `aids` with the tags it carries (none: for
/// everyone), then every cause.
fn problems_of(aids: &Aids) -> impl Iterator<Item = (&TaggedAids, &str)> {
    static EVERYONE: TaggedAids = TaggedAids {
        roles: Vec::new(),
        levels: Vec::new(),
        problems: Vec::new(),
        measures: Vec::new(),
        causes: Vec::new(),
    };
    aids.problems.iter().map(|p| (&EVERYONE, p.as_str())).chain(
        aids.tagged
            .iter()
            .flat_map(|t| t.problems.iter().map(move |p| (t, p.as_str()))),
    )
}

/// Issue 26: thirty cadres clicking the same aid open thirty 材料 with the
/// same clause. In version 3 no aid text is under two items (across both
/// checklists), no cause aid is repeated, and no angle holds more than a
/// quarter of the cause aids.
#[test]
fn version_3_aids_are_not_repeated_and_causes_are_spread() {
    let mut seen = std::collections::BTreeMap::new();
    let mut angles = std::collections::BTreeMap::new();
    let mut causes = 0;
    for t in templates_v3() {
        for (_, i) in t.items() {
            for text in i.aids.texts() {
                if let Some(other) = seen.insert(text.to_string(), i.id.clone()) {
                    panic!("{} and {other} share the aid {text:?}", i.id);
                }
            }
            let tagged = i.aids.tagged.iter().flat_map(|t| &t.causes);
            for c in i.aids.causes.iter().chain(tagged) {
                *angles.entry(c.angle.label()).or_insert(0usize) += 1;
                causes += 1;
            }
        }
    }
    assert!(causes >= 80, "{causes} cause aids");
    for (angle, n) in &angles {
        assert!(n * 4 <= causes, "{angle}: {n} of {causes} cause aids");
    }
    assert_eq!(angles.len(), 6, "every angle is used: {angles:?}");
    // The clichés the issue quotes are gone.
    for cliche in [
        "以干代学",
        "走马观花",
        "压舱石",
        "严肃性认识不",
        "工作标准不",
    ] {
        let hit = seen.keys().find(|t| t.contains(cliche));
        assert!(hit.is_none(), "{cliche}: {hit:?}");
    }
}

/// Every 科室类型 but 其他 has at least three problem wordings written for
/// it (tagged with it), across the two checklists; leader wording is tagged
/// with the leaders' level.
#[test]
fn every_role_has_problem_aids_of_its_own() {
    let all = templates_v3();
    let tagged: Vec<(&TaggedAids, &str)> = all
        .iter()
        .flat_map(|t| t.items())
        .flat_map(|(_, i)| problems_of(&i.aids))
        .collect();
    for role in DEPT_KINDS {
        let n = tagged
            .iter()
            .filter(|(t, _)| t.roles.iter().any(|r| r == role))
            .count();
        let least = if role == "其他" { 1 } else { 3 };
        assert!(n >= least, "{role}: {n} problem aids");
    }
    for (t, p) in &tagged {
        for leader in ["论资排辈", "传达布置", "科室同志", "带科室", "管理科室"]
        {
            if p.contains(leader) {
                assert_eq!(t.levels, ["科级以上领导"], "{p}");
            }
        }
        for cadre_work in ["考察材料", "人选"] {
            if p.contains(cadre_work) {
                assert!(t.roles.iter().any(|r| r == "干部科"), "{p}");
            }
        }
    }
    // Those who fit a 组织科 科员 come first on an item of its work.
    let w = &all[0];
    let (fit, more) = w.item("w3-hangjia").unwrap().aids.split("组织科", "科员");
    assert!(fit.problems[0].contains("党内统计"), "{:?}", fit.problems);
    assert!(more.problems.iter().all(|p| !p.contains("党内统计")));
}

/// No aid invites a confession that the 干部监督 side must follow up, or
/// uses the vocabulary of a disciplinary case; 个人有关事项 is a yes/no fact.
#[test]
fn no_aid_invites_a_confession() {
    for t in templates_v3() {
        for (_, i) in t.items() {
            for text in i.aids.texts() {
                for word in [
                    "个人有关事项",
                    "漏报",
                    "瞒报",
                    "侥幸",
                    "泄露",
                    "涉密材料",
                    "违规",
                    "违纪",
                ] {
                    assert!(!text.contains(word), "{}: {text}", i.id);
                }
            }
            assert!(!i.text.contains("个人有关事项"), "{}", i.id);
        }
    }
    let w = &templates_v3()[0];
    assert!(w.item("w5-baogao").is_none());
    let f = w.fact("f-shixiang").unwrap();
    assert_eq!(
        f.question,
        "本年度是否存在个人有关事项报告经查核认定不一致的情形"
    );
    assert_eq!(f.effect, Effect::NotTop);
    let w5 = w.sections.iter().find(|s| s.id == "w5").unwrap();
    assert_eq!(w5.items.iter().map(|i| i.weight).sum::<u32>(), 20);
}

/// The upgrade notice shows `template_diff`: from version 2 to 3 it names
/// the item that became a veto fact, the fact, and the reweighed items.
#[test]
fn the_diff_from_version_2_names_the_item_replaced_by_a_fact() {
    let (v2, v3) = (templates(), templates_v3());
    let d = template_diff(&v2[0], &v3[0]);
    let removed: Vec<&str> = d.removed.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(removed, ["w5-baogao"]);
    assert!(d.removed[0].1.contains("如实报告个人有关事项"));
    assert!(d.added.is_empty());
    let changed: Vec<&str> = d.changed.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(changed, ["w5-dixian", "w5-xingxiang"]);
    assert_eq!(
        d.facts_added,
        [(
            "f-shixiang".to_string(),
            "本年度是否存在个人有关事项报告经查核认定不一致的情形".to_string()
        )]
    );
    assert_eq!(
        d.summary(),
        "第 2 版→第 3 版：删除 1 条，修改 2 条，新增否决事项 1 项。"
    );
    // 四个模范 keeps its items; only its aids changed.
    let d = template_diff(&v2[1], &v3[1]);
    assert_eq!(d.summary(), "第 2 版→第 3 版：条目没有变化。");
    // Version 4 asks first whether the person is a 报告对象.
    let v4 = templates_current();
    let d = template_diff(&v3[0], &v4[0]);
    assert_eq!(
        d.facts_added,
        [(
            "f-baogao".to_string(),
            "本人是否为个人有关事项报告对象".to_string()
        )]
    );
    assert_eq!(d.summary(), "第 3 版→第 4 版：新增否决事项 1 项。");
}

/// A fact behind a gate (`when`) names a gate of its own template.
#[test]
fn a_fact_behind_a_gate_names_a_gate_of_its_template() {
    let mut v: serde_json::Value = serde_json::from_str(builtin_template_sources()[0]).unwrap();
    let facts = v["facts"].as_array().unwrap().len();
    v["facts"][facts - 1]["when"] = "f-baxiang".into();
    assert_template_error(
        v.clone(),
        "否决事项“f-shixiang”的前提（when）“f-baxiang”须是本模板中效果为“gate”的另一个事项。",
    );
    v["facts"][facts - 1]["when"] = "f-baogao".into();
    v["facts"][facts - 1]["occasions"] = serde_json::json!(["niandu-kaohe", "zuzhi-shenghuohui"]);
    assert_template_error(
        v.clone(),
        "否决事项“f-shixiang”只能在其前提“f-baogao”询问的场合中询问：它的场合（occasions）须在前提的场合之内。",
    );
    v["facts"][facts - 1]["when"] = "nope".into();
    assert_template_error(
        v,
        "否决事项“f-shixiang”的前提（when）“nope”须是本模板中效果为“gate”的另一个事项。",
    );
}

/// A template's fact never follows a member fact: `member` is an
/// occasion's 反向情形's own.
#[test]
fn a_templates_fact_follows_no_member_fact() {
    let mut v: serde_json::Value = serde_json::from_str(builtin_template_sources()[0]).unwrap();
    v["facts"][0]["member"] = "dues".into();
    assert_template_error(
        v,
        "否决事项“f-baxiang”不能跟随党员情况（member）：member 只用于场合设置里的反向情形。",
    );
}

#[test]
fn author_notes_are_apart_from_what_a_person_reads() {
    for t in templates_v1()
        .iter()
        .chain(&templates())
        .chain(&templates_v3())
    {
        let (reader, notes) = t.description_parts();
        assert_eq!(
            reader.chars().count() + notes.chars().count(),
            t.description.chars().count(),
            "nothing lost"
        );
        for w in ["第 2 版", "第 3 版", "汇报材料", "请各部门", "通常表述"] {
            assert!(!reader.contains(w), "{}: {w} in {reader}", t.title);
        }
        assert!(reader.starts_with("对照"), "{reader}");
    }
    let sige = templates_v3().into_iter().find(|t| t.id == SIGE).unwrap();
    let (_, notes) = sige.description_parts();
    assert_eq!(
        notes,
        "所依据的汇报材料未列出“四个模范”的具体表述，这里按组织部门模范部门建设的通常表述（讲政治、重公道、业务精、作风好）列出，请各部门按本地的正式表述确认或修改。第 3 版：参考表述按科室类型和职级区分。"
    );
}
