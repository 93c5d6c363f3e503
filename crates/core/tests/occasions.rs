//! Occasions as data: the built-in set, its validation with messages a
//! department can act on, and its import through the same path as templates.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use serde_json::json;
use util::*;
use ziping_core::{
    builtin_occasions, builtin_occasions_source, GradeShown, ImportPlan, OccasionSet, PartKind,
    Placed,
};

fn valid() -> serde_json::Value {
    serde_json::from_str(builtin_occasions_source()).unwrap()
}

#[track_caller]
fn assert_error(v: serde_json::Value, expected: &str) {
    match OccasionSet::from_json(&v.to_string()) {
        Ok(_) => panic!("expected {expected:?}"),
        Err(e) => assert_eq!(e.to_string(), expected),
    }
}

#[test]
fn the_built_in_occasions_say_when_they_are_held() {
    let set = builtin_occasions();
    let windows: Vec<Option<(u32, u32)>> = set
        .occasions
        .iter()
        .map(|o| o.date_window.map(|w| (w.from, w.to)))
        .collect();
    // 组织生活会 and 民主评议 in the first quarter after the year, 年度考核's
    // 个人总结 in its December or the January after, 从严治部自查 any time.
    assert_eq!(
        windows,
        [Some((13, 15)), Some((12, 13)), Some((13, 15)), None]
    );
    let written = OccasionSet::from_json(&set.to_json()).unwrap();
    assert_eq!(written, set);
}

#[test]
fn the_four_occasions_of_genre_1_are_built_in() {
    let set = builtin_occasions();
    let shape: Vec<(&str, GradeShown, bool, bool)> = set
        .occasions
        .iter()
        .map(|o| (o.label.as_str(), o.grade, o.score, o.appendix))
        .collect();
    assert_eq!(
        shape,
        [
            ("组织生活会对照检查", GradeShown::Never, false, false),
            ("年度考核个人总结", GradeShown::Optional, false, false),
            ("民主评议党员自评", GradeShown::Always, false, false),
            ("从严治部自查", GradeShown::Always, true, true),
        ]
    );
    let meeting = &set.occasions[0];
    let kinds: Vec<PartKind> = meeting.parts.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PartKind::Previous,
            PartKind::Problems,
            PartKind::Causes,
            PartKind::Measures
        ]
    );
    assert!(meeting.aspects_editable);
    assert_eq!((meeting.problems.min, meeting.problems.max), (3, 6));
    let bands = |i: usize| -> Vec<String> {
        set.occasions[i]
            .bands
            .iter()
            .map(|b| b.label.clone())
            .collect()
    };
    assert_eq!(bands(1), ["优秀", "称职", "基本称职", "不称职"]);
    assert_eq!(bands(2), ["优秀", "合格", "基本合格", "不合格"]);
    assert!(bands(3).is_empty(), "自查 uses the templates' own bands");
    assert_eq!(
        meeting.title_for("2026"),
        "2026年度组织生活会个人对照检查材料"
    );
    assert_eq!(meeting.title_for(" "), "组织生活会个人对照检查材料");
}

#[test]
fn an_occasions_file_round_trips() {
    let set = builtin_occasions();
    assert_eq!(OccasionSet::from_json(&set.to_json()).unwrap(), set);
}

#[test]
fn bad_occasions_are_refused_with_the_place_and_the_fault() {
    let e = |s: &str| OccasionSet::from_json(s).unwrap_err().to_string();
    assert_eq!(
        e(r#"{"x": 1}"#),
        "这不是场合设置文件：缺少 \"format\": \"ziping-occasions\"。"
    );
    assert_eq!(
        e(r#"{"format": "ziping-occasions", "format_version": 4}"#),
        "该场合设置使用第 4 版格式，比本程序能读的第 3 版新。请使用新版本的自评程序。"
    );
    assert!(e("{oops").starts_with("场合设置文件不是有效的 JSON："));
    let mut v = valid();
    v["occasions"] = json!([]);
    assert_error(v, "场合设置里没有任何场合。");
    let mut v = valid();
    v["occasions"][0]["closing"] = json!("作为{岗位}，我将……");
    assert_error(
        v,
        "场合“组织生活会对照检查”的开头或结尾中有本程序不认识的占位符“{岗位}”。可用的占位符：{year}、{notice}、{aspects}、{preparation}、{previous}、{post}、{study}、{pledge}、{thanks}、{ledger}、{since}。",
    );
    // A version-1 file (no new placeholders) still reads.
    let mut v = valid();
    v["format_version"] = json!(1);
    v["occasions"][0]["opening"] = json!("根据{notice}要求，现将情况报告如下：");
    assert!(OccasionSet::from_json(&v.to_string()).is_ok());
    // Files of either version without a date window read with none: the
    // 材料 is then dated the day it is drawn.
    for version in [1, 2] {
        let mut v = valid();
        v["format_version"] = json!(version);
        for o in v["occasions"].as_array_mut().unwrap() {
            o.as_object_mut().unwrap().remove("date_window");
        }
        let set = OccasionSet::from_json(&v.to_string()).unwrap();
        assert!(set.occasions.iter().all(|o| o.date_window.is_none()));
    }
    for window in [
        json!({ "from": 0, "to": 3 }),
        json!({ "from": 15, "to": 13 }),
        json!({ "from": 13, "to": 25 }),
    ] {
        let mut v = valid();
        v["occasions"][0]["date_window"] = window;
        assert_error(
            v,
            "场合“组织生活会对照检查”的落款月份（date_window）不正确：from 和 to 是从年度当年1月数起的月份（13 为次年1月），须满足 1 ≤ from ≤ to ≤ 24。",
        );
    }
    let mut v = valid();
    v["occasions"][0]["date_window"] = json!({ "from": 13 });
    assert_error(
        v,
        "场合设置的结构不正确：缺少“occasions”第 1 项的“date_window”的“to”。",
    );
    let mut v = valid();
    v["occasions"][0]["date_window"] = json!({ "from": 13, "to": 15, "day": 1 });
    assert_error(
        v,
        "场合设置的结构不正确：“occasions”第 1 项的“date_window”的“day”不是可用的字段。",
    );
    let mut v = valid();
    v["occasions"][1]["id"] = json!("zuzhi-shenghuohui");
    assert_error(v, "场合编号“zuzhi-shenghuohui”重复，编号须唯一。");
    let mut v = valid();
    v["occasions"][0]["id"] = json!("组织生活会");
    assert_error(
        v,
        "场合编号“组织生活会”只能由字母、数字、“-”和“_”组成，长度 1 到 64 个字符。",
    );
    let mut v = valid();
    v["occasions"][1]["title"] = json!("");
    assert_error(v, "场合“年度考核个人总结”缺少标题（title）。");
    let mut v = valid();
    v["occasions"][2]["parts"] = json!([]);
    assert_error(v, "场合“民主评议党员自评”没有任何组成部分（parts）。");
    let mut v = valid();
    v["occasions"][0]["problems"] = json!({ "min": 7, "max": 6 });
    assert_error(
        v,
        "场合“组织生活会对照检查”的问题数量范围不正确：最少（min）不能多于最多（max），最多须大于 0。",
    );
    let mut v = valid();
    v["occasions"][1]["bands"][3]["min"] = json!(5);
    assert_error(
        v,
        "场合“年度考核个人总结”的等次设置有误：最低等次“不称职”从 5 分起，0 到 5 分之间没有对应等次。",
    );
    let mut v = valid();
    v["occasions"][0]["parts"][0]["kind"] = json!("poem");
    assert!(OccasionSet::from_json(&v.to_string())
        .unwrap_err()
        .to_string()
        .starts_with("场合设置的结构不正确："));
}

#[test]
fn a_department_imports_its_occasions_like_a_template() {
    let lib = library();
    let mut v = valid();
    v["occasions"][0]["label"] = json!("2027年度专题组织生活会");
    let plan = import_into(v.to_string().as_bytes(), &lib, &[]).unwrap();
    let ImportPlan::Occasions { set, placed } = plan else {
        panic!("occasions expected")
    };
    assert_eq!(set.occasions[0].label, "2027年度专题组织生活会");
    // The built-in 组织生活会 with another label is kept beside it.
    assert_eq!(
        placed[0],
        Placed::Beside {
            from: "zuzhi-shenghuohui".into(),
            to: "zuzhi-shenghuohui-imported".into(),
            added: true
        }
    );
    assert!(placed[1..].iter().all(|p| *p == Placed::Same));
    let mut v = valid();
    v["occasions"][1]["id"] = json!("zuzhi-shenghuohui");
    let e = import_into(v.to_string().as_bytes(), &lib, &[]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "场合设置无法导入：场合编号“zuzhi-shenghuohui”重复，编号须唯一。"
    );
}

/// Each occasion asks for the person's details its 材料 uses: 民主评议's
/// 基本情况 the sentence's, 年度考核 the 职级, 任现职时间 and 试用期, the
/// 组织生活会 none; and only 民主评议's grade is the member's choice.
#[test]
fn an_occasion_uses_the_details_its_parts_need() {
    use ziping_core::PersonDetail::*;
    let set = builtin_occasions();
    let get = |id: &str| set.occasions.iter().find(|o| o.id == id).unwrap();
    let all = [
        Gender, Ethnicity, Born, Education, Standing, Joined, InPost, Rank, Probation,
    ];
    let used = |id: &str| {
        let o = get(id);
        all.into_iter().filter(|d| o.uses(*d)).collect::<Vec<_>>()
    };
    assert_eq!(used("zuzhi-shenghuohui"), []);
    assert_eq!(used("congyan-zicha"), []);
    assert_eq!(
        used("minzhu-pingyi"),
        [Gender, Ethnicity, Born, Education, Standing, Joined]
    );
    assert_eq!(used("niandu-kaohe"), [InPost, Rank, Probation]);
    let chosen: Vec<_> = set
        .occasions
        .iter()
        .filter(|o| o.grade_chosen())
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(chosen, ["minzhu-pingyi"]);
}

/// Version 3's fields: a length range out of order and an alternative
/// without parts are refused with the occasion's name.
#[test]
fn length_and_alternative_are_checked() {
    let mut set = builtin_occasions();
    set.occasions[1].length = Some(ziping_core::LengthRange { min: 900, max: 800 });
    assert_eq!(
        set.validate().unwrap_err().to_string(),
        "场合“年度考核个人总结”的字数范围（length）不正确：最少（min）不能多于最多（max），最多须大于 0。"
    );
    let mut set = builtin_occasions();
    set.occasions[1].alternative.as_mut().unwrap().parts.clear();
    assert_eq!(
        set.validate().unwrap_err().to_string(),
        "场合“年度考核个人总结”没有任何组成部分（parts）。"
    );
    // The built-in 个人总结 offers 按主要职责 beside 按德、能、勤、绩、廉.
    let kaohe = builtin_occasions().get("niandu-kaohe").cloned().unwrap();
    assert_eq!(kaohe.parts_label, "按德、能、勤、绩、廉");
    assert_eq!(kaohe.alternative.as_ref().unwrap().label, "按主要职责");
    assert_eq!(kaohe.parts_for(true).len(), 4);
    assert_eq!(
        kaohe.length,
        Some(ziping_core::LengthRange {
            min: 800,
            max: 1500
        })
    );
}

/// 民主评议's member facts and 反向情形 (version 3): a group names the
/// member facts it is told from, and an unknown name is refused; the
/// occasion's own facts need an id, unique, and a question.
#[test]
fn member_facts_and_the_occasions_own_facts_are_checked() {
    let set = builtin_occasions();
    let uses: Vec<&str> = set
        .occasions
        .iter()
        .filter(|o| o.uses_member_facts())
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(uses, ["minzhu-pingyi"]);
    let minzhu = set.get("minzhu-pingyi").unwrap();
    let told: Vec<(&str, Vec<&str>)> = minzhu.parts[1]
        .groups
        .iter()
        .filter(|g| !g.member.is_empty())
        .map(|g| {
            (
                g.heading.as_str(),
                g.member.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        told,
        [
            ("组织纪律", vec!["attendance", "dues"]),
            ("联系服务群众", vec!["service"]),
            ("先锋模范作用", vec!["tasks"]),
        ]
    );
    let ids: Vec<&str> = minzhu.facts.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["f-dangfei", "f-shenghuo", "f-renwu"]);
    // The facts a draft answers: the templates' each once, then these.
    let all = templates();
    let refs: Vec<std::rc::Rc<ziping_core::Template>> =
        all.iter().cloned().map(Into::into).collect();
    let mut d = ziping_core::Draft::new("d", "t", 1, &all);
    d.occasion = "minzhu-pingyi".into();
    let facts = minzhu.facts_with(&refs, &d);
    assert_eq!(facts.len(), 7);
    assert_eq!(
        facts[4].question,
        "本年度是否存在无正当理由不按时足额交纳党费的情形"
    );
    let other = set.get("niandu-kaohe").unwrap();
    d.occasion = "niandu-kaohe".into();
    assert_eq!(other.facts_with(&refs, &d).len(), 4);

    let mut v = valid();
    v["occasions"][2]["parts"][1]["groups"][2]["member"] = json!(["attendance", "党费"]);
    assert_error(
        v,
        "场合“民主评议党员自评”的“组织纪律”中有本程序不认识的党员情况（member）“党费”。可用的：attendance（三会一课和主题党日参加情况）、dues（党费交纳）、tasks（支部交办任务）、service（双报到和志愿服务）。",
    );
    let mut v = valid();
    v["occasions"][2]["facts"][1]["id"] = json!("f-dangfei");
    assert_error(
        v,
        "场合“民主评议党员自评”的反向情形编号“f-dangfei”重复，编号须唯一。",
    );
    let mut v = valid();
    v["occasions"][2]["facts"][2]["question"] = json!(" ");
    assert_error(
        v,
        "场合“民主评议党员自评”的反向情形“f-renwu”缺少问题（question）。",
    );
    // Only a yes/no member fact can be followed.
    for member in ["attendance", "党费"] {
        let mut v = valid();
        v["occasions"][2]["facts"][0]["member"] = json!(member);
        assert_error(
            v,
            &format!("场合“民主评议党员自评”的反向情形“f-dangfei”跟随的党员情况（member）“{member}”不可用：只能是 dues（是否按时足额交纳党费），或不填。"),
        );
    }
    let mut v = valid();
    v["occasions"][2]["facts"][0]["effect"] = json!("expel");
    assert!(OccasionSet::from_json(&v.to_string())
        .unwrap_err()
        .to_string()
        .starts_with("场合设置的结构不正确："));
    // A file of this version without them reads with none.
    let mut v = valid();
    for o in v["occasions"].as_array_mut().unwrap() {
        o.as_object_mut().unwrap().remove("facts");
    }
    let set = OccasionSet::from_json(&v.to_string()).unwrap();
    assert!(set.occasions.iter().all(|o| o.facts.is_empty()));
}

/// An occasion's own fact answered 是 is graded as a template's: its
/// consequence is listed and the bands it rules out are not offered;
/// unanswered, it keeps the grade open.
#[test]
fn the_occasions_own_facts_rule_out_bands() {
    use ziping_core::{barred_bands, occasion_grade, Template};
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let set = builtin_occasions();
    let o = set.get("minzhu-pingyi").unwrap();
    let mut d = new_draft(&all);
    for t in &all {
        rate_all(&mut d, t, "hao");
        deny_facts(&mut d, t);
    }
    let g = occasion_grade(o, &refs, &d);
    assert_eq!((g.remaining, g.remaining_facts), (3, 3));
    assert!(barred_bands(o, &g).is_empty());
    for f in ["f-dangfei", "f-shenghuo", "f-renwu"] {
        d.facts.insert(f, false);
    }
    let g = occasion_grade(o, &refs, &d);
    assert_eq!(g.remaining, 0);
    assert_eq!(g.grades[0].2.as_deref(), Some("优秀"));
    d.facts.insert("f-shenghuo", true);
    let g = occasion_grade(o, &refs, &d);
    assert_eq!(g.consequences.len(), 1);
    assert_eq!(
        g.consequences[0].question,
        "本年度是否存在无正当理由不参加党的组织生活的情形"
    );
    assert_eq!(g.consequences[0].lowest.as_deref(), Some("不合格"));
    assert_eq!(barred_bands(o, &g), ["优秀", "合格", "基本合格"]);
    assert_eq!(g.grades[0].2.as_deref(), Some("不合格"));
}

/// 党费 is asked once: the 反向情形 of not paying it follows the member's
/// 是否按时足额交纳党费. Paid (是), the 情形 is answered 否 by it; unpaid (否),
/// the 情形 is asked (with or without a good reason); unanswered, it is
/// open. A 情形 stated 是 stands whatever 党费 says, until taken back.
#[test]
fn dues_answer_the_reverse_case_that_follows_them() {
    use ziping_core::{missing_facts, occasion_grade};
    let all = templates();
    let refs: Vec<&ziping_core::Template> = all.iter().collect();
    let rcs: Vec<std::rc::Rc<ziping_core::Template>> =
        all.iter().cloned().map(std::rc::Rc::new).collect();
    let set = builtin_occasions();
    let o = set.get("minzhu-pingyi").unwrap();
    let mut d = new_draft(&all);
    d.occasion = o.id.clone();
    for t in &all {
        rate_all(&mut d, t, "hao");
        deny_facts(&mut d, t);
    }
    d.facts.insert("f-shenghuo", false);
    d.facts.insert("f-renwu", false);
    let dues = o.facts.iter().find(|f| f.id == "f-dangfei").unwrap();
    assert_eq!(dues.member, "dues");
    assert!(o.dues_with_facts(&d));
    let open = |d: &ziping_core::Draft| occasion_grade(o, &refs, d).remaining_facts;
    // Nothing said of 党费: open, and the 情形 not asked under it yet.
    assert_eq!((d.answer_to(dues), open(&d)), (None, 1));
    assert!(!d.asks_after_dues(dues));
    assert_eq!(missing_facts(&o.facts_with(&rcs, &d), &d), 1);
    // Paid: the 情形 answered 否 with it.
    d.member.dues = Some(true);
    assert_eq!((d.answer_to(dues), open(&d)), (Some(false), 0));
    assert_eq!(missing_facts(&o.facts_with(&rcs, &d), &d), 0);
    assert_eq!(
        occasion_grade(o, &refs, &d).grades[0].2.as_deref(),
        Some("优秀")
    );
    assert!(!d.asks_after_dues(dues));
    // Not paid: asked whether without a good reason.
    d.member.dues = Some(false);
    assert!(d.asks_after_dues(dues));
    assert_eq!((d.answer_to(dues), open(&d)), (None, 1));
    d.facts.insert("f-dangfei", false);
    assert_eq!((d.answer_to(dues), open(&d)), (Some(false), 0));
    d.facts.insert("f-dangfei", true);
    let g = occasion_grade(o, &refs, &d);
    assert_eq!(g.grades[0].2.as_deref(), Some("不合格"));
    assert!(!d.dues_contradicted(dues));
    // A stated 情形 stands when 党费 is then answered 是, still shown (to be
    // taken back) and said to contradict it.
    d.member.dues = Some(true);
    assert_eq!(d.answer_to(dues), Some(true));
    assert!(d.asks_after_dues(dues) && d.dues_contradicted(dues));
    assert_eq!(
        occasion_grade(o, &refs, &d).grades[0].2.as_deref(),
        Some("不合格")
    );
    // An earlier 否 with 党费 never answered still counts (a draft of an
    // older build, where the two were asked apart).
    d.member.dues = None;
    d.facts.insert("f-dangfei", false);
    assert_eq!(d.answer_to(dues), Some(false));
    // The other 情形 follow nothing.
    let life = o.facts.iter().find(|f| f.id == "f-shenghuo").unwrap();
    d.member.dues = Some(true);
    d.facts.remove("f-shenghuo");
    assert_eq!(d.answer_to(life), None);
    // A template's fact of the same id gives way to the occasion's 情形
    // that follows 党费 (else 党费 would be asked nowhere).
    let mut own = all.clone();
    let mut same = own[0].facts[0].clone();
    same.id = "f-dangfei".into();
    same.question = "模板的同名事项".into();
    own[0].facts.push(same);
    let own: Vec<std::rc::Rc<ziping_core::Template>> =
        own.into_iter().map(std::rc::Rc::new).collect();
    d.occasion = o.id.clone();
    let asked = o.facts_with(&own, &d);
    let f = asked.iter().find(|f| f.id == "f-dangfei").unwrap();
    assert!(f.follows_dues(), "{f:?}");
    assert_eq!(asked.iter().filter(|f| f.id == "f-dangfei").count(), 1);
    // Another occasion asks 党费 with the member's facts, if at all.
    d.occasion = "niandu-kaohe".into();
    assert!(!set.get("niandu-kaohe").unwrap().dues_with_facts(&d));
}
