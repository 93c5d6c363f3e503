//! The 材料体检 on three personas of its own (tests/fixtures/check-personas):
//! a terse 组织科 副主任科员 typing the minimum the night before, a rambling
//! new 干部教育科 科员 in 试用期, and an 干部监督科 科长 with good inputs and
//! a few subtle faults. Their expected findings (check, place, severity,
//! words matched) are recorded here, so a change in the checks shows; they
//! are the inputs of a reviewer's judgement, finding by finding, not a
//! claim that each is right.
#![cfg(not(target_arch = "wasm32"))]

#[path = "util/mod.rs"]
mod util;

use util::*;
use ziping_core::{builtin_occasions, check, CivilDate, Draft};

const PERSONAS: [(&str, &str); 3] = [
    (
        "terse",
        include_str!("../../../tests/fixtures/check-personas/terse.json"),
    ),
    (
        "rambling",
        include_str!("../../../tests/fixtures/check-personas/rambling.json"),
    ),
    (
        "kezhang",
        include_str!("../../../tests/fixtures/check-personas/kezhang.json"),
    ),
];

#[track_caller]
fn persona(name: &str) -> Draft {
    let (_, json) = PERSONAS
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no persona {name}"));
    Draft::from_json(json).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_persona_loads() {
    for (name, _) in PERSONAS {
        let d = persona(name);
        assert_eq!(d.occasion, "zuzhi-shenghuohui", "{name}");
        assert_eq!(d.person.year, "2026", "{name}");
        assert!(d.problems.len() >= 3, "{name}: at least three problems");
        let all = templates();
        for p in &d.problems {
            if let Some(link) = &p.item {
                let t = all.iter().find(|t| t.id == link.template);
                assert!(
                    t.and_then(|t| t.item(&link.item)).is_some(),
                    "{name} {}: no item {}",
                    p.id,
                    link.item
                );
            }
        }
    }
    assert!(persona("rambling").person.probation);
    assert!(persona("rambling").person.is_probationary());
    assert_eq!(
        persona("kezhang").material_date,
        CivilDate::new(2026, 1, 20)
    );
}

/// Every persona's findings, drawn on 5 December 2026 with the draft's own
/// 落款日期 (the 科长's is set; the others take the occasion's default), as
/// "persona check place severity matched".
#[test]
fn every_persona_has_its_expected_findings() {
    let occasions = builtin_occasions();
    let all = templates();
    let today = CivilDate::new(2026, 12, 5).unwrap();
    let mut found = Vec::new();
    for (name, _) in PERSONAS {
        let d = persona(name);
        let occasion = occasions.pick(&d.occasion).unwrap();
        let refs: Vec<&ziping_core::Template> = all.iter().collect();
        for f in check(&d, occasion, &refs, today) {
            found.push(format!(
                "{name} {} {} {} {}",
                f.check.id(),
                f.place.key(),
                f.severity.label(),
                f.matched
            ));
        }
    }
    let want: Vec<String> = EXPECTED.iter().map(|s| s.to_string()).collect();
    assert!(
        found == want,
        "the findings on the personas changed; now:\n{}",
        found
            .iter()
            .map(|f| format!("    \"{f}\","))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// See `every_persona_has_its_expected_findings`.
const EXPECTED: &[&str] = &[
    "terse no-instance problem:p1:text 须修改 理论学习不系统",
    "terse empty-measure problem:p1:measure 须修改 加强学习",
    "terse deadline-unclear problem:p1:deadline 提示 马上改",
    "terse no-instance problem:p2:text 须修改 批评和自我批评开展得不够",
    "terse deadline-unclear problem:p2:deadline 提示 年底前",
    "terse recurring problem:p2:text 建议 批评与自我批评不够经常",
    "terse status-contradiction previous:q2 建议 批评与自我批评不够经常",
    "terse no-instance problem:p3:text 须修改 业务不精",
    "terse empty-measure problem:p3:measure 须修改 提高业务能力",
    "terse deadline-unclear problem:p3:deadline 提示 长期",
    "terse previous-merged previous:q1 建议 1.理论学习不够深入2.联系服务基层不够",
    "terse junk-evidence previous:q1 建议 已整改",
    "terse junk-evidence previous:q2 建议 已落实",
    "terse missing-aspect material 提示 坚持原则守公道",
    "terse missing-aspect material 提示 真抓实干强作风",
    "terse missing-aspect material 提示 严格自律树形象",
    "terse missing-preparation person:studied 提示 ",
    "terse missing-preparation person:talks 提示 ",
    "rambling objective-cause problem:p1:cause-0 须修改 人少事多",
    "rambling colloquial problem:p1:text 建议 这块、自己感觉、挺、啥",
    "rambling deadline-unclear problem:p1:deadline 提示 3个月内",
    "rambling praise-as-problem problem:p2:text 须修改 顾不上家",
    "rambling colloquial problem:p2:text 建议 挺、有点",
    "rambling deadline-unclear problem:p2:deadline 须修改 尽快",
    "rambling aid-verbatim problem:p3:text 须修改 【……】、学习习近平总书记重要讲话重要指示批示精神满足于读原文、记笔记，联系组工实践思考不够，比如【……】",
    "rambling aid-verbatim problem:p3:cause-0 建议 对理论学习的重要性认识不足，把学习当软任务，没有做到学思用贯通",
    "rambling aid-verbatim problem:p3:measure 建议 制定个人学习计划，每周固定学习时间，笔记和心得按月自查",
    "rambling colloquial problem:p4:text 建议 挺、说实话",
    "rambling colloquial problem:p4:cause-0 建议 觉得",
    "rambling sensitive-admission problem:p4:text 建议 漏报",
    "rambling deadline-unclear problem:p4:deadline 须修改 下次填报前",
    "rambling missing-aspect material 提示 坚持原则守公道",
    "kezhang cause-repeated problem:p2:cause-0 建议 党性原则坚持得不够，存在顾及情面的好人主义思想",
    "kezhang deadline-unclear problem:p3:deadline 须修改 按季度更新",
    "kezhang sensitive-admission problem:p4:text 建议 非涉密办公电脑",
    "kezhang missing-aspect material 建议 联系服务群众",
    "kezhang date-year person:material_date 须修改 2026年1月20日",
];
