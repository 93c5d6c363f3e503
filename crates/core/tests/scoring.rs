//! Scoring through the public API: points, 不适用, subtotals, grades, vetoes,
//! completion, the four-model profile and rankings. The arithmetic is checked
//! on the version-1 templates (still shipped for old drafts); what version 2
//! adds (veto facts, shared statements, no grade until complete) below.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping_core::{
    draft_templates, missing_facts, missing_facts_label, model_profile, rated_items,
    score_template, strongest, to_rectify, weakest, Rating, Score,
};

#[test]
fn rounding_is_half_up_to_one_decimal() {
    assert_eq!(Score::from_ratio(0, 0), None);
    assert_eq!(Score::from_ratio(1, 3).unwrap().to_string(), "33.3");
    assert_eq!(Score::from_ratio(2, 3).unwrap().to_string(), "66.7");
    assert_eq!(Score::from_ratio(1, 8).unwrap().to_string(), "12.5");
    assert_eq!(Score::from_ratio(1, 16).unwrap().to_string(), "6.3");
    assert_eq!(Score::from_ratio(5, 5).unwrap(), Score::MAX);
    assert_eq!(
        Score::from_ratio(9, 5).unwrap(),
        Score::MAX,
        "never above 100"
    );
}

#[test]
fn an_empty_draft_has_no_score_and_no_grade() {
    let t = template_v1(WUXIANG);
    let d = draft_for(&t);
    let r = score_template(&t, &d);
    assert_eq!(r.score(), None);
    assert_eq!(r.grade, None);
    assert_eq!(r.unanswered.len(), t.item_count());
    assert_eq!(r.tally.total, 29);
}

#[test]
fn uniform_ratings_land_in_their_bands() {
    let t = template_v1(WUXIANG);
    for (level, score, grade) in [
        ("hao", "100.0", "优秀"),
        ("jiaohao", "80.0", "良好"),
        ("yiban", "60.0", "一般"),
    ] {
        let mut d = draft_for(&t);
        rate_all(&mut d, &t, level);
        let r = score_template(&t, &d);
        assert_eq!(r.score().unwrap().to_string(), score);
        assert_eq!(r.grade.as_deref(), Some(grade));
        assert!(r.tally.is_complete());
        assert!(r.unanswered.is_empty());
    }
}

#[test]
fn item_points_are_share_times_weight() {
    let t = template_v1(WUXIANG);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "hao");
    // w3-hangjia weighs 4 of 100; 一般 earns 60 % of it: 100 - 4 * 0.4 = 98.4
    rate(&mut d, WUXIANG, "w3-hangjia", "yiban");
    let r = score_template(&t, &d);
    assert_eq!(r.score().unwrap().to_string(), "98.4");
    let s3 = &r.sections[2];
    assert_eq!(s3.title, "专心专注练本领");
    assert_eq!(s3.tally.score().unwrap().to_string(), "92.0");
    assert_eq!(s3.weight, 20);
    assert_eq!(r.sections[0].tally.score().unwrap(), Score::MAX);
}

#[test]
fn not_applicable_leaves_the_total_fair() {
    let t = template_v1(SIGE);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "jiaohao");
    for id in ["m2-duidai", "m2-pingjia", "m2-shiyong"] {
        rate(&mut d, SIGE, id, "na");
    }
    let r = score_template(&t, &d);
    assert_eq!(r.score().unwrap().to_string(), "80.0");
    assert_eq!(r.tally.not_applicable, 3);
    assert!(r.tally.is_complete());
}

#[test]
fn not_applicable_is_ignored_on_a_veto_item() {
    let t = template_v1(WUXIANG);
    let mut d = draft_for(&t);
    rate(&mut d, WUXIANG, "w5-baxiang", "na");
    let r = score_template(&t, &d);
    let item = t.item("w5-baxiang").unwrap();
    let state = ziping_core::item_state(&t, item, d.answer_for(&t, item));
    assert_eq!(state, ziping_core::ItemState::Unanswered);
    assert_eq!(r.unanswered.len(), t.item_count());
    assert_eq!(r.tally.not_applicable, 0);
}

#[test]
fn a_veto_caps_the_grade_whatever_the_score() {
    let t = template_v1(WUXIANG);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "hao");
    rate(&mut d, WUXIANG, "w5-baxiang", "jiaocha");
    let r = score_template(&t, &d);
    assert_eq!(r.score().unwrap().to_string(), "97.2");
    assert_eq!(r.grade.as_deref(), Some("良好"));
    assert_eq!(r.vetoes.len(), 1);
    assert_eq!(r.vetoes[0].item_id, "w5-baxiang");
    assert!(r.vetoes[0].reason.contains("中央八项规定"));
    // 一般 is not the lowest level: no veto.
    rate(&mut d, WUXIANG, "w5-baxiang", "yiban");
    let r = score_template(&t, &d);
    assert_eq!(r.grade.as_deref(), Some("优秀"));
    assert!(r.vetoes.is_empty());
}

#[test]
fn a_veto_does_not_raise_a_lower_grade() {
    let t = template_v1(WUXIANG);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "yiban");
    rate(&mut d, WUXIANG, "w1-zhongcheng", "hao");
    rate(&mut d, WUXIANG, "w5-baxiang", "jiaocha");
    let r = score_template(&t, &d);
    assert_eq!(r.score().unwrap().to_string(), "60.4");
    assert_eq!(
        r.grade.as_deref(),
        Some("一般"),
        "a cap at 良好 leaves 一般 alone"
    );
}

#[test]
fn unknown_answers_are_kept_reported_and_not_scored() {
    let t = template_v1(WUXIANG);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "hao");
    rate(&mut d, WUXIANG, "w9-removed", "jiaocha");
    d.answer_mut(WUXIANG, "w9-removed").evidence = "旧模板条目".into();
    rate(&mut d, WUXIANG, "w1-liangge", "super");
    let r = score_template(&t, &d);
    assert_eq!(r.unknown_answers, ["w9-removed"]);
    assert_eq!(r.unanswered.len(), 1);
    assert_eq!(r.unanswered.first().unwrap(), "w1-liangge");
    assert_eq!(r.score(), Some(Score::MAX));
    assert_eq!(
        d.answer(WUXIANG, "w9-removed").unwrap().rating,
        Some(Rating::Level("jiaocha".into()))
    );
}

#[test]
fn the_profile_pools_both_templates_by_weight() {
    let all = templates_v1();
    let mut d = new_draft(&all);
    let ts = draft_templates(&all, &d);
    assert_eq!(ts.len(), 2);
    let empty = model_profile(&ts, &d);
    let labels: Vec<&str> = empty.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["讲政治", "重公道", "业务精", "作风好"]);
    assert!(empty.iter().all(|m| m.score().is_none()));

    // Only 五项工作 filled: the profile still shows.
    rate_all(&mut d, &all[0], "hao");
    let p = model_profile(&ts, &d);
    assert!(p.iter().all(|m| m.score() == Some(Score::MAX)));

    // 四个模范 at 较好 pools in by weight: 讲政治 is 20 points in 五项工作
    // (w1, all 好) and 25 in 四个模范 (all 较好): (20 + 25 * 0.8) / 45 = 88.9
    rate_all(&mut d, &all[1], "jiaohao");
    let p = model_profile(&ts, &d);
    assert_eq!(p[0].score().unwrap().to_string(), "88.9");
}

#[test]
fn rankings_and_rectification() {
    let t = template_v1(WUXIANG);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "jiaohao");
    rate(&mut d, WUXIANG, "w4-qingdan", "hao");
    rate(&mut d, WUXIANG, "w3-peixun", "jiaocha");
    rate(&mut d, WUXIANG, "w2-liju", "yiban");
    let ts = [&t];
    let rated = rated_items(&ts, &d);
    assert_eq!(rated.len(), 29);
    let best: Vec<&str> = strongest(&rated, 2)
        .iter()
        .map(|r| r.item.id.as_str())
        .collect();
    assert_eq!(best, ["w4-qingdan", "w1-zhongcheng"]);
    let worst: Vec<&str> = weakest(&rated, 2)
        .iter()
        .map(|r| r.item.id.as_str())
        .collect();
    assert_eq!(worst, ["w3-peixun", "w2-liju"]);
    let fix: Vec<&str> = to_rectify(&rated)
        .iter()
        .map(|r| r.item.id.as_str())
        .collect();
    assert_eq!(fix, ["w2-liju", "w3-peixun"]);
}

#[test]
fn a_generated_thousand_item_template_scores() {
    let t = generated_template(1000);
    assert_eq!(t.item_count(), 1000);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "hao");
    assert_eq!(score_template(&t, &d).score(), Some(Score::MAX));
}

#[test]
fn no_grade_until_every_item_and_veto_fact_is_answered() {
    let t = template(WUXIANG);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "hao");
    let r = score_template(&t, &d);
    assert_eq!(r.score(), Some(Score::MAX));
    assert_eq!(r.grade, None, "veto facts unanswered");
    assert_eq!(r.remaining(), 4);
    deny_facts(&mut d, &t);
    assert_eq!(score_template(&t, &d).grade.as_deref(), Some("优秀"));
    d.answers.get_mut(WUXIANG).unwrap().remove("w3-peixun");
    let r = score_template(&t, &d);
    assert_eq!((r.grade.clone(), r.remaining()), (None, 1));
}

#[test]
fn a_veto_fact_rules_out_the_top_band_or_any_grade() {
    let t = template(WUXIANG);
    let mut d = draft_for(&t);
    rate_all(&mut d, &t, "hao");
    deny_facts(&mut d, &t);
    d.facts.insert("f-baxiang", true);
    let r = score_template(&t, &d);
    assert_eq!(r.score(), Some(Score::MAX));
    assert_eq!(r.grade.as_deref(), Some("良好"));
    assert_eq!(r.facts[0].fact_id, "f-baxiang");
    d.facts.insert("f-chufen", true);
    let r = score_template(&t, &d);
    assert!(r.no_grade());
    assert_eq!(r.grade, None);
}

#[test]
fn a_shared_statement_is_answered_once_and_counts_in_both() {
    let all = templates();
    let (w, s) = (&all[0], &all[1]);
    let mut d = new_draft(&all);
    rate(&mut d, WUXIANG, "w5-baxiang", "jiaohao");
    let shared = s.item("m4-lianjie").unwrap();
    assert_eq!(s.answer_key(shared), (WUXIANG, "w5-baxiang"));
    assert_eq!(shared.text, w.item("w5-baxiang").unwrap().text);
    let rs = score_template(s, &d);
    assert_eq!(rs.tally.answered, 1);
    assert_eq!(
        rs.unanswered.len(),
        s.item_count() - 1,
        "m4-lianjie is answered"
    );
    assert_eq!(rs.score().unwrap().to_string(), "80.0");
    assert_eq!(score_template(w, &d).tally.answered, 1);
    // Every shared statement is the same text as the one it shares.
    for (_, i) in s.items() {
        if let Some(link) = &i.shares {
            let owner = all.iter().find(|t| t.id == link.template).unwrap();
            assert_eq!(owner.item(&link.item).unwrap().text, i.text, "{}", i.id);
        }
    }
}

/// With few rated, all 较好, they are the best the person has, not also
/// the weakest (a user saw the same two under both headings); with many,
/// the two lists are those of `strongest` and `weakest`.
#[test]
fn the_best_and_the_weakest_never_list_one_item_twice() {
    use ziping_core::rankings;
    let t = template_v1(WUXIANG);
    let mut d = draft_for(&t);
    rate(&mut d, WUXIANG, "w1-zhongcheng", "jiaohao");
    rate(&mut d, WUXIANG, "w2-liju", "jiaohao");
    let ts = [&t];
    let rated = rated_items(&ts, &d);
    assert_eq!(
        weakest(&rated, 5).len(),
        2,
        "the overlap this guards against"
    );
    let (best, worst) = rankings(&rated, 5);
    assert_eq!(best.len(), 2);
    assert!(worst.is_empty());
    rate_all(&mut d, &t, "jiaohao");
    rate(&mut d, WUXIANG, "w4-qingdan", "hao");
    rate(&mut d, WUXIANG, "w3-peixun", "jiaocha");
    let rated = rated_items(&ts, &d);
    let (best, worst) = rankings(&rated, 5);
    let ids =
        |v: &[ziping_core::RatedItem]| v.iter().map(|r| r.item.id.to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&best), ids(&strongest(&rated, 5)));
    assert_eq!(ids(&worst)[0], "w3-peixun");
    assert!(ids(&worst).iter().all(|w| !ids(&best).contains(w)));
}

#[test]
fn a_shared_statement_is_listed_once_among_the_rated_items() {
    let all = templates();
    let mut d = new_draft(&all);
    rate(&mut d, WUXIANG, "w5-baxiang", "yiban");
    let refs: Vec<&ziping_core::Template> = all.iter().collect();
    let rated = rated_items(&refs, &d);
    // Answered once, it counts in both checklists but is one weak item.
    let ids: Vec<&str> = rated.iter().map(|r| r.item.id.as_str()).collect();
    assert_eq!(ids, ["w5-baxiang"]);
    assert_eq!(weakest(&rated, 5).len(), 1);
}

#[test]
fn a_score_is_provisional_until_every_section_has_an_answer() {
    let ts = templates();
    let t = &ts[0];
    let mut d = new_draft(&ts);
    assert!(score_template(t, &d).provisional(), "nothing rated");
    let first = &t.sections[0].items[0].id;
    rate(&mut d, &t.id, first, "hao");
    let r = score_template(t, &d);
    assert_eq!(r.score().unwrap().to_string(), "100.0");
    assert!(r.provisional(), "one rating is not a result");
    for s in &t.sections {
        rate(&mut d, &t.id, &s.items[0].id, "jiaohao");
    }
    assert!(
        !score_template(t, &d).provisional(),
        "every section answered"
    );
}

#[test]
fn the_header_counts_the_veto_facts_still_to_answer() {
    // The facts the draft is asked (its occasion's list), as the form has them.
    let ts: Vec<std::rc::Rc<ziping_core::Template>> =
        templates_current().into_iter().map(Into::into).collect();
    let plain: Vec<ziping_core::Template> = ts.iter().map(|t| (**t).clone()).collect();
    let occasions = ziping_core::builtin_occasions();
    let meeting = occasions.get("zuzhi-shenghuohui").unwrap();
    let mut d = new_draft(&plain);
    assert_eq!(
        meeting.facts_with(&ts, &d),
        [],
        "a 组织生活会 has no 等次: it asks no veto facts"
    );
    let review = occasions.get("congyan-zicha").unwrap();
    d.occasion = review.id.clone();
    let facts = review.facts_with(&ts, &d);
    let n = facts.len();
    assert!(n > 1);
    assert_eq!(missing_facts(&facts, &d), n);
    assert_eq!(
        missing_facts_label(n).unwrap(),
        format!("还差{n}个否决事项")
    );
    d.facts.insert(facts[0].id.clone(), false);
    assert_eq!(missing_facts(&facts, &d), n - 1);
    for f in &facts {
        d.facts.insert(f.id.clone(), false);
    }
    assert_eq!(missing_facts(&facts, &d), 0);
    assert_eq!(missing_facts_label(0), None);
}

#[test]
fn the_path_shows_which_steps_are_done() {
    use ziping_core::{builtin_occasions, score_template, steps_done, ItemLink, Step};
    let ts = templates();
    let refs: Vec<&ziping_core::Template> = ts.iter().collect();
    let occasions = builtin_occasions();
    let meeting = occasions.get("zuzhi-shenghuohui");
    assert!(meeting.is_some());
    let mut d = new_draft(&ts);
    let done = |d: &ziping_core::Draft| -> Vec<&str> {
        let results: Vec<_> = refs.iter().map(|t| score_template(t, d)).collect();
        let done = steps_done(d, &results, meeting);
        Step::ALL
            .into_iter()
            .zip(done)
            .filter(|(_, done)| *done)
            .map(|(s, _)| s.label())
            .collect()
    };
    assert!(done(&d).is_empty(), "a new draft");
    d.person.name = "张晓梅".into();
    assert_eq!(done(&d), ["个人信息与场合"]);
    for t in &ts {
        rate_all(&mut d, t, "hao");
    }
    assert_eq!(done(&d), ["自评", "个人信息与场合"]);
    let min = meeting.unwrap().problems.min;
    for k in 0..min {
        let link = ItemLink {
            template: WUXIANG.into(),
            item: ts[0].sections[0].items[0].id.clone(),
        };
        let id = d.add_problem(Some(link), "");
        d.problem_mut(&id).unwrap().text = format!("问题{k}");
    }
    // Made, but not yet seen: the 材料 and the 台账 wait for their screens.
    assert_eq!(done(&d), ["自评", "查摆问题", "个人信息与场合"]);
    d.mark_seen(ziping_core::Seen::Ledger);
    assert_eq!(done(&d), ["自评", "查摆问题", "个人信息与场合", "台账"]);
    d.mark_seen(ziping_core::Seen::Material);
    d.mark_seen(ziping_core::Seen::Material);
    assert_eq!(d.seen.len(), 2, "each screen noted once");
    assert_eq!(
        done(&d),
        ["自评", "查摆问题", "个人信息与场合", "材料", "台账"]
    );
    // Seen before it was made: not done until it is.
    let mut early = new_draft(&ts);
    early.mark_seen(ziping_core::Seen::Material);
    assert!(done(&early).is_empty());
}

/// The header's figures: a grade word only for an occasion that grades by
/// checklist (GENRE §1: a 组织生活会 has no 等次; a 民主评议 or 年度考核
/// has one for the whole draft, in its own words); elsewhere the score is
/// muted, never a result. An occasion this computer lacks is shown as graded.
#[test]
fn the_header_names_a_grade_only_where_the_occasion_has_one() {
    use ziping_core::{builtin_occasions, graded, Figures};
    let ts = templates();
    let occasions = builtin_occasions();
    let mut d = new_draft(&ts);
    for t in &ts {
        rate_all(&mut d, t, "hao");
        deny_facts(&mut d, t);
    }
    let r = score_template(&ts[0], &d);
    let meeting = Figures::of(&r, occasions.get("zuzhi-shenghuohui"));
    assert_eq!(
        (meeting.score.as_str(), meeting.grade.as_str()),
        ("100.0", "")
    );
    assert!(meeting.provisional, "muted: not a result");
    let review = Figures::of(&r, occasions.get("minzhu-pingyi"));
    assert_eq!(
        (review.score.as_str(), review.grade.as_str()),
        ("100.0", "")
    );
    assert!(review.provisional);
    let check = Figures::of(&r, occasions.get("congyan-zicha"));
    assert_eq!(
        (check.score.as_str(), check.grade.as_str()),
        ("100.0", "优秀")
    );
    assert!(!check.provisional);
    assert_eq!(Figures::of(&r, None).grade, "优秀");
    let shown: Vec<bool> = [
        "zuzhi-shenghuohui",
        "niandu-kaohe",
        "minzhu-pingyi",
        "congyan-zicha",
    ]
    .iter()
    .map(|id| graded(occasions.get(id)))
    .collect();
    // A 民主评议 and a 年度考核 give one 等次 in their own words (优秀/合格…,
    // 优秀/称职…), not a checklist's 良好.
    assert_eq!(shown, [false, false, false, true]);
}

/// Rated through with only veto facts open, a score card says what waits.
#[test]
fn a_rated_through_checklist_waits_on_its_veto_facts_by_count() {
    let t = template(WUXIANG);
    let mut d = new_draft(std::slice::from_ref(&t));
    rate(&mut d, WUXIANG, t.sections[0].items[0].id.as_ref(), "hao");
    assert_eq!(score_template(&t, &d).waits_on_facts(), None, "items open");
    rate_all(&mut d, &t, "hao");
    let open = score_template(&t, &d).open_facts.len();
    assert!(open > 0);
    assert_eq!(score_template(&t, &d).waits_on_facts(), Some(open));
    assert_eq!(score_template(&t, &d).grade_label(), "评完后确定");
    deny_facts(&mut d, &t);
    assert_eq!(score_template(&t, &d).waits_on_facts(), None, "graded");
}

/// 个人有关事项 (五项工作 version 4): asked only in the 个人总结 and the 自查,
/// and there only of a 报告对象. A fact not asked is neither open nor
/// counted, whatever it was answered; the gate's 是 is no veto.
#[test]
fn personal_matters_are_asked_only_of_a_reporter_and_only_where_an_occasion_needs_them() {
    let all = templates_current();
    let w = &all[0];
    let (gate, matters) = (w.fact("f-baogao").unwrap(), w.fact("f-shixiang").unwrap());
    assert_eq!(gate.effect, ziping_core::Effect::Gate);
    assert_eq!(matters.when, "f-baogao");
    let mut d = new_draft(std::slice::from_ref(w));
    rate_all(&mut d, w, "hao");
    for f in &w.facts {
        if f.when.is_empty() && f.effect != ziping_core::Effect::Gate {
            d.facts.insert(f.id.clone(), false);
        }
    }
    // A 组织生活会 asks neither: the grade is given without them.
    d.occasion = "zuzhi-shenghuohui".into();
    assert!(!d.asks(gate) && !d.asks(matters));
    let r = score_template(w, &d);
    assert_eq!((r.remaining(), r.grade.as_deref()), (0, Some("优秀")));
    // The 个人总结 asks the gate first, then the 情形 only of a 报告对象.
    d.occasion = "niandu-kaohe".into();
    assert!(d.asks(gate) && !d.asks(matters));
    assert_eq!(score_template(w, &d).open_facts, ["f-baogao"]);
    d.facts.insert("f-baogao", false);
    // Not a 报告对象: an old 是 to the 情形 no longer counts.
    d.facts.insert("f-shixiang", true);
    let r = score_template(w, &d);
    assert_eq!((r.remaining(), r.grade.as_deref()), (0, Some("优秀")));
    assert!(r.facts.is_empty());
    d.facts.insert("f-baogao", true);
    assert!(d.asks(matters));
    let r = score_template(w, &d);
    assert_eq!(r.grade.as_deref(), Some("良好"));
    assert_eq!(r.facts[0].fact_id, "f-shixiang");
    d.facts.remove("f-shixiang");
    assert_eq!(score_template(w, &d).open_facts, ["f-shixiang"]);
    d.facts.insert("f-shixiang", false);
    let r = score_template(w, &d);
    assert_eq!((r.remaining(), r.grade.as_deref()), (0, Some("优秀")));
    // The occasion's grade and its form's list follow the same rule.
    let occasions = ziping_core::builtin_occasions();
    let all: Vec<std::rc::Rc<ziping_core::Template>> = all.into_iter().map(Into::into).collect();
    let kaohe = occasions.get("niandu-kaohe").unwrap();
    let asked: Vec<String> = kaohe
        .facts_with(&all, &d)
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert!(asked.contains(&"f-shixiang".to_string()));
    d.occasion = "minzhu-pingyi".into();
    let minzhu = occasions.get("minzhu-pingyi").unwrap();
    let asked: Vec<String> = minzhu
        .facts_with(&all, &d)
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert!(!asked
        .iter()
        .any(|id| id == "f-baogao" || id == "f-shixiang"));
}

/// A sentence says 98分 for a whole score, 97.5分 otherwise; a table keeps
/// one decimal.
#[test]
fn a_whole_score_is_said_without_its_decimal() {
    use ziping_core::Score;
    let s = |earned: u64, possible: u64| Score::from_ratio(earned, possible).unwrap();
    assert_eq!(s(49, 50).plain(), "98");
    assert_eq!(s(1, 1).plain(), "100");
    assert_eq!(s(39, 40).plain(), "97.5");
    assert_eq!(s(0, 4).plain(), "0");
    assert_eq!(s(49, 50).to_string(), "98.0");
}
