//! Comparing two drafts: scores per checklist, section and model with the
//! change; ratings that moved; problems new, resolved, recurring, open;
//! items aligned by id across template versions, added and removed listed.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping_core::{
    carried_banner, carry_over, carry_question, compare, template_diff, Direction, Draft, ItemLink,
    Rating, RowStatus, Template,
};

fn rate(d: &mut Draft, t: &str, item: &str, level: &str) {
    d.answer_mut(t, item).rating = Some(Rating::parse(level));
}

fn problem(d: &mut Draft, item: Option<(&str, &str)>, text: &str) -> String {
    let link = item.map(|(t, i)| ItemLink {
        template: t.into(),
        item: i.into(),
    });
    let id = d.add_problem(link, "");
    d.problem_mut(&id).unwrap().text = text.into();
    id
}

/// `old` carried into the next year (as draft n1, on 22 November 2027).
fn next_year(old: &Draft) -> Draft {
    carry_over(
        old,
        "n1".into(),
        1_827_000_000_000,
        old.templates.clone(),
        None,
    )
}

fn refs(ts: &[Template]) -> Vec<&Template> {
    ts.iter().collect()
}

#[test]
fn scores_ratings_and_problems_against_last_year() {
    let ts = templates();
    let mut old = new_draft(&ts);
    old.person.year = "2026".into();
    rate(&mut old, WUXIANG, "w1-xuexi", "yiban");
    rate(&mut old, WUXIANG, "w1-zhongcheng", "hao");
    rate(&mut old, SIGE, "m1-luoshi", "jiaohao");
    let a = problem(&mut old, Some((WUXIANG, "w1-xuexi")), "学习不够深入");
    let b = problem(&mut old, None, "调研不够");
    let c = problem(&mut old, Some((SIGE, "m1-luoshi")), "标准不高");
    old.problem_mut(&b).unwrap().status = RowStatus::Done;
    old.problem_mut(&c).unwrap().status = RowStatus::InProgress;
    let _ = a;
    let mut new = next_year(&old);
    rate(&mut new, WUXIANG, "w1-xuexi", "hao"); // up
    rate(&mut new, WUXIANG, "w1-zhongcheng", "jiaohao"); // down
    rate(&mut new, SIGE, "m1-luoshi", "jiaohao"); // same: not listed
    rate(&mut new, SIGE, "m1-wuzhuang", "hao"); // 未评 → 好: not a change
    rate(&mut old, SIGE, "m1-guanjian", "jiaohao");
    new.answer_mut(SIGE, "m1-guanjian").rating = Some(Rating::NotApplicable); // 较好 → 不适用
    problem(&mut new, Some((WUXIANG, "w1-xuexi")), "学习仍不够系统");
    problem(&mut new, None, "数字化能力不足");

    let c = compare(&refs(&ts), &old, &refs(&ts), &new);
    assert_eq!(c.templates.len(), 2);
    let w = &c.templates[0];
    assert_eq!(w.id, WUXIANG);
    assert_eq!((w.before_version, w.after_version), (Some(2), Some(2)));
    assert!(w.added.is_empty() && w.removed.is_empty());
    // 五项工作: 一般 (60) + 好 (100) before, 好 + 较好 after, equal weights.
    let before = w.total.before.unwrap().tenths();
    let after = w.total.after.unwrap().tenths();
    assert!(after > before, "{before} → {after}");
    assert_eq!(w.total.delta(), Some(i32::from(after) - i32::from(before)));
    // A running score (items not yet rated) is not compared in words:
    // 89.6 against one item's 60.0 is no change.
    assert!(w.total.unfinished);
    assert_eq!(w.total.delta_text(), "未评完，暂不比较");
    let s1 = w.sections.iter().find(|s| s.id == "w1").unwrap();
    assert!(s1.delta().unwrap() > 0);
    let s2 = w.sections.iter().find(|s| s.id == "w2").unwrap();
    assert_eq!(s2.delta_text(), "—", "unscored both times");
    assert_eq!(c.models.len(), 4);
    assert!(c.models.iter().any(|m| m.delta().is_some()));

    let moved: Vec<(&str, Direction)> = c
        .ratings
        .iter()
        .map(|r| (r.item.as_str(), r.direction))
        .collect();
    assert_eq!(
        moved,
        [
            ("w1-zhongcheng", Direction::Down),
            ("w1-xuexi", Direction::Up),
            ("m1-guanjian", Direction::Other),
        ]
    );
    let up = c.ratings.iter().find(|r| r.item == "w1-xuexi").unwrap();
    assert_eq!((up.before.as_str(), up.after.as_str()), ("一般", "好"));
    assert!(
        c.ratings.iter().all(|r| r.item != "m1-wuzhuang"),
        "未评 once"
    );

    assert_eq!(c.recurring, ["学习仍不够系统"]);
    assert_eq!(c.new_problems, ["数字化能力不足"]);
    assert_eq!(c.resolved, ["调研不够"]);
    assert_eq!(c.open, ["标准不高"]);

    // Both rated in full: the change, in words.
    let (mut all_old, mut all_new) = (old.clone(), new.clone());
    for t in &ts {
        rate_all(&mut all_old, t, "jiaohao");
        rate_all(&mut all_new, t, "hao");
    }
    let full = compare(&refs(&ts), &all_old, &refs(&ts), &all_new);
    assert!(!full.templates[0].total.unfinished);
    assert!(full.templates[0].total.delta_text().starts_with('↑'));
    assert!(full.models.iter().all(|m| m.delta_text().starts_with('↑')));
    // Against itself nothing changed.
    let same = compare(&refs(&ts), &new, &refs(&ts), &new);
    assert!(same.ratings.is_empty());
    assert!(same
        .templates
        .iter()
        .all(|t| t.total.delta_text() != "—" || t.total.before.is_none()));
}

#[test]
fn items_are_aligned_by_id_across_template_versions() {
    // The shipped version 1 and version 2 of 五项工作.
    let v1 = template_v1(WUXIANG);
    let v2 = template(WUXIANG);
    let diff = template_diff(&v1, &v2);
    let mut old = Draft::new("a", "2025", 1, std::slice::from_ref(&v1));
    let mut new = Draft::new("b", "2026", 2, std::slice::from_ref(&v2));
    // Every item both versions have, rated 一般 then 好.
    for (_, item) in v1.items() {
        if v2.item(&item.id).is_some() {
            rate(&mut old, WUXIANG, &item.id, "yiban");
            rate(&mut new, WUXIANG, &item.id, "hao");
        }
    }
    let c = compare(&[&v1], &old, &[&v2], &new);
    let t = &c.templates[0];
    assert_eq!((t.before_version, t.after_version), (Some(1), Some(2)));
    assert_eq!(t.added, diff.added);
    assert_eq!(t.removed, diff.removed);
    assert!(
        !t.added.is_empty() || !t.removed.is_empty(),
        "the shipped versions differ in items"
    );
    let shared = v1.items().filter(|(_, i)| v2.item(&i.id).is_some()).count();
    assert_eq!(c.ratings.len(), shared, "each shared item moved up once");
    assert!(c.ratings.iter().all(|r| r.direction == Direction::Up));
    // Added and removed items are never reported as rating changes.
    for (id, _) in t.added.iter().chain(&t.removed) {
        assert!(c.ratings.iter().all(|r| &r.item != id));
    }

    // A version with one item removed and one added, built here.
    let mut v3 = v2.clone();
    v3.version = 3;
    let gone = v3.sections[0].items.remove(0);
    let mut extra = v3.sections[1].items[0].clone();
    extra.id = "w2-xinzeng".into();
    extra.text = "新增的条目".into();
    v3.sections[1].items.push(extra);
    let mut newer = Draft::new("c", "2027", 3, std::slice::from_ref(&v3));
    rate(&mut newer, WUXIANG, "w2-xinzeng", "hao");
    let c = compare(&[&v2], &new, &[&v3], &newer);
    let t = &c.templates[0];
    assert_eq!(t.added, [("w2-xinzeng".into(), "新增的条目".to_string())]);
    assert_eq!(t.removed, [(gone.id.clone(), gone.text.clone())]);
    assert!(c
        .ratings
        .iter()
        .all(|r| r.item != gone.id && r.item != "w2-xinzeng"));
}

#[test]
fn a_checklist_only_one_draft_covers_is_all_added_or_removed() {
    let ts = templates();
    let w = template(WUXIANG);
    let old = Draft::new("a", "x", 1, std::slice::from_ref(&w));
    let new = new_draft(&ts);
    let c = compare(&[&w], &old, &refs(&ts), &new);
    let s = c.templates.iter().find(|t| t.id == SIGE).unwrap();
    assert_eq!(s.before_version, None);
    assert_eq!(s.added.len(), template(SIGE).items().count());
    let back = compare(&refs(&ts), &new, &[&w], &old);
    let s = back.templates.iter().find(|t| t.id == SIGE).unwrap();
    assert_eq!(s.after_version, None);
    assert_eq!(s.removed.len(), template(SIGE).items().count());
}

#[test]
fn carrying_over_asks_then_says_where_the_person_is() {
    let ts = templates();
    let mut old = new_draft(&ts);
    old.name = "2026年度自评".into();
    old.person.year = "2026".into();
    assert_eq!(
        carry_question(&old, []),
        "将新建“2027年度自评”草稿，“2026年度自评”草稿保留不变。结转后先核对上年度查摆的问题及整改情况。"
    );
    let new = next_year(&old);
    // Carried once already: said, with where the first one is.
    assert!(carry_question(&old, [&old, &new]).ends_with(
        "保留不变。结转后先核对上年度查摆的问题及整改情况。注意：这份草稿已结转过（“2027年度自评”），再结转会另建一份；要接着写，请在“草稿与备份”中打开它。"
    ));
    assert_eq!(
        carried_banner(&old, &new),
        "已结转：现在打开的是“2027年度自评”，先核对上年度查摆的问题及整改情况。“2026年度自评”草稿保留不变。"
    );
    // No year: the next draft is named after this one.
    old.person.year.clear();
    old.name = "我的自评".into();
    assert_eq!(
        carry_question(&old, []),
        "将新建“我的自评（下一年度）”草稿，“我的自评”草稿保留不变。结转后先核对上年度查摆的问题及整改情况。"
    );
}

/// A problem typed 无 has no name: carried blank (to be named or deleted),
/// never as a row called “无” in next year's 材料.
#[test]
fn a_problem_typed_as_nothing_is_carried_without_a_name() {
    let ts = templates();
    let mut old = new_draft(&ts);
    old.person.year = "2026".into();
    let id = problem(&mut old, None, "无");
    old.problem_mut(&id).unwrap().measure = "加强学习".into();
    problem(&mut old, None, "调研少");
    let new = next_year(&old);
    let texts: Vec<&str> = new.previous.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["", "调研少"]);
    assert_eq!(
        new.previous[0].row.as_ref().unwrap().measure,
        "加强学习",
        "the row is kept"
    );
}

/// Whichever draft is open, the comparison reads forward in time: after a
/// carry-over, last year's problems are last year's, never "新查摆的问题".
#[test]
fn the_comparison_follows_the_years_not_the_open_draft() {
    let ts = templates();
    let mut old = new_draft(&ts);
    old.person.year = "2026".into();
    old.modified = 1_800_000_000_000;
    problem(&mut old, None, "调研不够");
    let mut new = next_year(&old);
    problem(&mut new, None, "数字化能力不足");
    // Last year's draft edited after the carry-over: the year still decides.
    old.modified = 1_900_000_000_000;
    for (open, other) in [(&old, &new), (&new, &old)] {
        let (before, after) = ziping_core::in_time_order(other, open);
        assert_eq!(
            (before.id.as_str(), after.id.as_str()),
            (old.id.as_str(), "n1")
        );
        let c = compare(&refs(&ts), before, &refs(&ts), after);
        assert_eq!(c.new_problems, ["数字化能力不足"]);
        assert_eq!(c.open, ["调研不够"]);
    }
    // The same year (or none): the one made earlier comes first, whichever
    // was changed since.
    let mut a = new_draft(&ts);
    let mut b = new_draft(&ts);
    b.id = "b".into();
    (a.created, a.modified) = (2, 2);
    (b.created, b.modified) = (1, 3);
    assert_eq!(ziping_core::in_time_order(&a, &b).0.id.as_str(), "b");
    b.person.year = "2025".into();
    assert_eq!(ziping_core::in_time_order(&a, &b).0.id.as_str(), "b");
    a.person.year = "2024年".into();
    assert_eq!(
        ziping_core::in_time_order(&b, &a).0.id.as_str(),
        a.id.as_str(),
        "2024年 read as 2024"
    );
    // A draft carried from the other comes after it, even with no 年度 and
    // made, or changed, in any order.
    let (mut from, mut carried) = (new_draft(&ts), new_draft(&ts));
    carried.id = "c".into();
    carried.carried_from = Some(from.id.clone());
    (from.created, from.modified) = (5, 9);
    (carried.created, carried.modified) = (4, 6);
    for (x, y) in [(&from, &carried), (&carried, &from)] {
        let (before, after) = ziping_core::in_time_order(x, y);
        assert_eq!(
            (before.id.as_str(), after.id.as_str()),
            (from.id.as_str(), "c")
        );
    }
}
