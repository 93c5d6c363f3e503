//! Drafts: serde, schema versions and their migration, the committed fixtures.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping_core::{
    score_template, Angle, Answer, Cause, Draft, DraftError, ItemLink, Person, PreviousProblem,
    Problem, Rating, TemplateRef, DEFAULT_ASPECTS, DRAFT_SCHEMA,
};

#[test]
fn the_schema_1_fixture_loads_and_migrates() {
    let d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    assert_eq!(d.schema, DRAFT_SCHEMA, "migrated to the current schema");
    assert_eq!(d.person.name, "张三");
    assert_eq!(d.templates.len(), 2);
    assert_eq!(d.templates[0].version, 1, "an old draft keeps its version");
    let a = d.answer(WUXIANG, "w3-peixun").unwrap();
    assert_eq!(a.rating, Some(Rating::Level("yiban".into())));
    assert_eq!(
        d.answer(SIGE, "m2-duidai").unwrap().rating,
        Some(Rating::NotApplicable)
    );
    // The old per-answer problem, measure, deadline and cause became a
    // problem linked to its item; the draft-level cause is kept.
    assert_eq!(d.problems.len(), 1);
    let p = &d.problems[0];
    assert_eq!(p.id, "p1");
    assert_eq!(
        p.item,
        Some(ItemLink {
            template: WUXIANG.into(),
            item: "w3-peixun".into()
        })
    );
    assert_eq!(p.text, "全年培训学时未达标");
    assert_eq!(p.measure, "制定个人学习计划，补足学时");
    assert_eq!(p.deadline, "2027年3月底前");
    assert_eq!(
        p.causes,
        [Cause {
            angle: None,
            text: "以干代学".into()
        }]
    );
    assert_eq!(d.cause, "理论学习抓得不紧，工作标准不够高。");
    // 场合 "年度考核" picks the occasion.
    assert_eq!(d.occasion, "niandu-kaohe");
    assert_eq!(d.aspects, DEFAULT_ASPECTS);
    let r = score_template(&template_v1(WUXIANG), &d);
    assert_eq!(r.tally.answered, 3);
}

#[test]
fn the_schema_2_fixture_loads() {
    let d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v2.json")).unwrap();
    assert_eq!(d.schema, DRAFT_SCHEMA, "migrated to the current schema");
    assert_eq!(d.occasion, "zuzhi-shenghuohui");
    assert_eq!(d.problems.len(), 5);
    assert_eq!(d.previous.len(), 2);
    assert_eq!(d.work.len(), 4);
    assert_eq!(d.fact("f-baxiang"), Some(false));
    let p = d.problem("p2").unwrap();
    assert_eq!(
        p.causes.iter().map(|c| c.angle).collect::<Vec<_>>(),
        [Some(Angle::Nengli), Some(Angle::Dandang)]
    );
    assert!(d.problem("p4").unwrap().item.is_none(), "a free problem");
}

#[test]
fn drafts_round_trip_exactly() {
    for json in [
        include_str!("../../../tests/fixtures/draft-v1.json"),
        include_str!("../../../tests/fixtures/draft-v2.json"),
    ] {
        let d = Draft::from_json(json).unwrap();
        assert_eq!(Draft::from_json(&d.to_json()).unwrap(), d);
    }
}

#[test]
fn a_new_draft_covers_the_templates_given() {
    let d = new_draft(&templates());
    assert_eq!(d.schema, DRAFT_SCHEMA);
    assert!(d.covers(WUXIANG) && d.covers(SIGE));
    assert_eq!(d.templates[0].version, 2);
    assert_eq!(d.occasion, "zuzhi-shenghuohui");
    assert_eq!(d.aspects, DEFAULT_ASPECTS);
}

#[test]
fn problem_ids_are_stable_and_never_reused() {
    let mut d = new_draft(&templates());
    let link = ItemLink {
        template: WUXIANG.into(),
        item: "w1-xuexi".into(),
    };
    assert_eq!(d.add_problem(Some(link.clone()), ""), "p1");
    assert_eq!(d.add_problem(None, "严格自律树形象"), "p2");
    d.problems.retain(|p| p.id != "p1");
    assert_eq!(d.add_problem(Some(link), ""), "p3");
    assert_eq!(d.problems_on(WUXIANG, "w1-xuexi").count(), 1);
}

#[test]
fn data_from_a_newer_app_is_refused_with_a_plain_message() {
    let e = Draft::from_json(r#"{"schema": 7, "id": "x"}"#).unwrap_err();
    assert_eq!(e, DraftError::NewerSchema(7));
    assert_eq!(
        e.to_string(),
        "这份草稿由更新版本的自评程序保存（数据版本 7，本程序只认识到版本 5）。请使用新版本的程序打开，本程序不会改动它。"
    );
}

#[test]
fn foreign_and_broken_data_is_refused() {
    assert!(matches!(Draft::from_json("{"), Err(DraftError::NotJson(_))));
    assert_eq!(
        Draft::from_json(r#"{"hello": 1}"#).unwrap_err().to_string(),
        "这不是自评草稿数据：缺少 \"schema\" 和 \"id\"。"
    );
    for schema in [1, 2] {
        let json = format!(r#"{{"schema": {schema}, "id": "x", "name": 3}}"#);
        assert!(matches!(Draft::from_json(&json), Err(DraftError::Shape(_))));
    }
    let bad_angle = r#"{"schema": 2, "id": "x", "name": "n", "created": 0, "modified": 0,
        "templates": [], "problems": [{"id": "p1", "causes": [{"angle": "mood", "text": ""}]}]}"#;
    assert_eq!(
        Draft::from_json(bad_angle).unwrap_err().to_string(),
        "草稿数据结构不正确：“problems”第 1 项的“causes”第 1 项的“angle”应是以下之一：\
         lixiang、dangxing、zongzhi、jilv、dandang、nengli。"
    );
    // Each fault says where and what was expected.
    for (json, message) in [
        (
            r#"{"schema": 3, "id": "x", "name": 3}"#,
            "草稿数据结构不正确：“name”应是文字。",
        ),
        (
            r#"{"schema": 3, "id": "x", "name": "n", "created": 0, "modified": 0}"#,
            "草稿数据结构不正确：缺少“templates”。",
        ),
        (
            r#"{"schema": 3, "id": "x", "name": "n", "created": 1.5}"#,
            "草稿数据结构不正确：“created”应是整数。",
        ),
        (
            r#"{"schema": 3, "id": "x", "name": "n", "created": 0, "modified": 0,
            "templates": [{"id": "t", "version": -1}]}"#,
            "草稿数据结构不正确：“templates”第 1 项的“version”应是 0 到 4294967295 之间的整数。",
        ),
        (
            r#"{"schema": 3, "id": "x", "name": "n", "created": 0, "modified": 0,
            "templates": [], "answers": {"t": {"i": {"rating": 2}}}}"#,
            "草稿数据结构不正确：“answers”的“t”的“i”的“rating”应是文字。",
        ),
        (
            r#"{"schema": 3, "id": "x", "name": "n", "created": 0, "modified": 0,
            "templates": [], "problems": {}}"#,
            "草稿数据结构不正确：“problems”应是列表。",
        ),
        (
            r#"{"schema": 3, "id": "x", "name": "n", "created": 0, "modified": 0,
            "templates": [], "person": []}"#,
            "草稿数据结构不正确：“person”应是对象（{…}）。",
        ),
    ] {
        assert_eq!(Draft::from_json(json).unwrap_err().to_string(), message);
    }
}

/// The 材料's date is written "YYYY-MM-DD" when set, left out when not; a
/// draft without it (older ones) reads with none, and one that does not
/// read as a day is dropped, never the draft.
#[test]
fn the_material_date_is_optional_and_never_makes_a_draft_unreadable() {
    let mut d = new_draft(&templates());
    assert_eq!(d.material_date, None);
    assert!(!d.to_json().contains("material_date"));
    d.material_date = ziping_core::CivilDate::new(2027, 2, 10);
    assert!(d.to_json().contains(r#""material_date":"2027-02-10""#));
    assert_eq!(Draft::from_json(&d.to_json()).unwrap(), d);
    // Schema 3 and 4 files from before the date.
    let old =
        r#"{"schema": 3, "id": "x", "name": "n", "created": 0, "modified": 0, "templates": []}"#;
    assert_eq!(Draft::from_json(old).unwrap().material_date, None);
    let fixture = include_str!("../../../tests/fixtures/draft-v1.json");
    assert_eq!(Draft::from_json(fixture).unwrap().material_date, None);
    for bad in [
        r#""2027-02-30""#,
        r#""2027年2月10日""#,
        r#""2027-2-10""#,
        r#""""#,
        "20270210",
        "true",
        "[2027, 2, 10]",
        "{}",
        "null",
    ] {
        let json = format!(
            r#"{{"schema": 4, "id": "x", "name": "n", "created": 0, "modified": 0,
            "templates": [], "notice": "通知", "material_date": {bad}}}"#
        );
        let read = Draft::from_json(&json).unwrap_or_else(|e| panic!("{bad}: {e}"));
        assert_eq!(read.material_date, None, "{bad}");
        assert_eq!(read.notice, "通知", "{bad}: the rest is read");
    }
}

/// Every field a draft has is written and read back: a field the reader
/// forgot would come back empty.
#[test]
fn every_field_reads_back_as_written() {
    let mut d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v2.json")).unwrap();
    d.person.joined = "2015年7月".into();
    d.person.gender = "女".into();
    d.person.ethnicity = "汉族".into();
    d.person.born = "1990.3".into();
    d.person.education = "大学本科".into();
    d.person.standing = "中共预备党员".into();
    d.person.in_post = "2024年8月".into();
    d.person.rank = "科员".into();
    d.person.probation = true;
    d.person.dept = "组织科".into();
    d.self_grade = "合格".into();
    d.alt_layout = true;
    d.ignored = vec![ziping_core::Ignored {
        check: "colloquial".into(),
        place: "problem:p1:text".into(),
        words: "这块".into(),
    }];
    d.member.meetings.held = Some(24);
    d.member.meetings.attended = Some(22);
    d.member.party_days.held = Some(12);
    d.member.dues = Some(false);
    d.member.tasks = "承办主题党日2次".into();
    d.member.service = "社区报到".into();
    d.seen = vec![ziping_core::Seen::Material, ziping_core::Seen::Ledger];
    d.cause = "总的原因".into();
    d.report_edit = Some("改过的正文".into());
    d.report_base = Some("生成的正文".into());
    d.occasion = "niandu-kaohe".into();
    d.report_occasion = "niandu-kaohe".into();
    d.report_others = vec![ziping_core::OccasionEdit {
        occasion: "zuzhi-shenghuohui".into(),
        text: "生活会改过的正文".into(),
        base: Some("生活会生成的正文".into()),
    }];
    d.notice = "关于召开2026年度组织生活会的通知".into();
    d.work = vec!["完成干部档案专项审核 120 卷".into()];
    d.aspects = vec!["在政治建设方面".into()];
    d.facts.insert("f1", true);
    d.facts.insert("f2", false);
    d.show_grade = true;
    d.carried_from = Some("d-1".into());
    d.first_time = true;
    d.talks = Some(12);
    d.criticisms = vec![ziping_core::Criticism {
        to: "王五".into(),
        text: "考察谈话记录写得过简".into(),
    }];
    d.cause_heads = vec![ziping_core::CauseHead {
        angle: Some(ziping_core::Angle::Lixiang),
        text: "理想信念有所弱化".into(),
    }];
    d.opinions_collected = Some(8);
    d.studied = "学习了新修订的《中国共产党纪律处分条例》".into();
    d.pledge = "把查摆的问题逐项改到位".into();
    d.material_date = ziping_core::CivilDate::new(2027, 1, 15);
    d.opinions = vec![ziping_core::Opinion {
        id: "o1".into(),
        text: "考察谈话不够深入".into(),
        problem: Some("p1".into()),
        explanation: "已列入整改".into(),
    }];
    let p = &mut d.problems[0];
    p.judgement = "理论武装的深度不够".into();
    p.lead = "强化理论武装".into();
    p.recurs_of = Some("q1".into());
    p.owner = "李四".into();
    p.progress = "已完成一半".into();
    p.status = ziping_core::RowStatus::InProgress;
    p.closed = "2027年3月1日".into();
    p.remark = "备注".into();
    p.created = 1_700_000_000_000;
    p.standard = "学时达标".into();
    let row = Some(p.clone());
    d.previous = vec![ziping_core::PreviousProblem {
        id: "q1".into(),
        text: "去年的问题".into(),
        status: ziping_core::Progress::LongTerm,
        earlier: true,
        reopened: true,
        note: "坚持中".into(),
        row,
    }];
    let json = d.to_json();
    // Every key declared for each object is written (none is left out as
    // empty), and nothing else.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let p = &v["problems"][0];
    let (template, answers) = v["answers"].as_object().unwrap().iter().next().unwrap();
    let answer = answers.as_object().unwrap().values().next().unwrap();
    for (what, object, keys) in [
        ("draft", &v, Draft::KEYS),
        ("person", &v["person"], Person::KEYS),
        ("template", &v["templates"][0], TemplateRef::KEYS),
        ("answer", answer, Answer::KEYS),
        ("problem", p, Problem::KEYS),
        ("item", &p["item"], ItemLink::KEYS),
        ("cause", &p["causes"][0], Cause::KEYS),
        ("opinion", &v["opinions"][0], ziping_core::Opinion::KEYS),
        (
            "cause head",
            &v["cause_heads"][0],
            ziping_core::CauseHead::KEYS,
        ),
        (
            "criticism",
            &v["criticisms"][0],
            ziping_core::Criticism::KEYS,
        ),
        ("previous", &v["previous"][0], PreviousProblem::KEYS),
        ("ignored", &v["ignored"][0], ziping_core::Ignored::KEYS),
        (
            "occasion edit",
            &v["report_others"][0],
            ziping_core::OccasionEdit::KEYS,
        ),
        ("row", &v["previous"][0]["row"], Problem::KEYS),
    ] {
        assert_eq!(v["material_date"], "2027-01-15");
        let written: Vec<&str> = object
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        let mut declared = keys.to_vec();
        declared.sort_unstable();
        assert_eq!(written, declared, "{what} (in {template})");
    }
    assert_eq!(Draft::from_json(&json).unwrap(), d);
}

/// Moving a schema-1 draft from the version-1 templates to version 2: merged
/// items take the weakest rating of those they replace, a statement now shared
/// is answered where it is kept, problems follow, nothing is dropped.
#[test]
fn a_draft_moves_to_the_new_template_versions() {
    use ziping_core::{upgrade_draft, Template};
    let mut d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    rate(&mut d, WUXIANG, "w2-liju", "hao");
    rate(&mut d, WUXIANG, "w2-lixin", "yiban");
    d.answer_mut(WUXIANG, "w2-liju").evidence = "按规定公示".into();
    rate(&mut d, SIGE, "m4-lianjie", "jiaohao");
    d.add_problem(
        Some(ItemLink {
            template: WUXIANG.into(),
            item: "w2-lixin".into(),
        }),
        "",
    );
    let new = templates();
    let to: Vec<&Template> = new.iter().collect();
    let (up, report) = upgrade_draft(&d, &to);
    assert_eq!(up.templates[0].version, 2);
    assert_eq!(up.templates[1].version, 2);
    let merged = up.answer(WUXIANG, "w2-ligong").unwrap();
    assert_eq!(merged.rating, Some(Rating::Level("yiban".into())));
    assert_eq!(merged.evidence, "按规定公示");
    assert_eq!(
        report.merged,
        [(
            "w2-ligong".to_string(),
            vec!["w2-liju".to_string(), "w2-lixin".to_string()]
        )]
    );
    // m4-lianjie now shares w5-baxiang, which was rated 好: that answer stands.
    assert_eq!(report.conflicts, ["m4-lianjie"]);
    assert_eq!(
        up.answer(WUXIANG, "w5-baxiang").unwrap().rating,
        Some(Rating::Level("hao".into()))
    );
    assert_eq!(report.relinked, 1);
    assert_eq!(up.problems[1].item.as_ref().unwrap().item, "w2-ligong");
    // Nothing dropped: the old answers are still there.
    assert!(up.answer(WUXIANG, "w2-liju").is_some());
    assert_eq!(up.answers.len(), d.answers.len());
}

/// The veto answers are one list in the model and two in the file, each in
/// the order given: an answer given again moves to the end of its list.
#[test]
fn fact_answers_keep_their_stored_layout() {
    let facts = |d: &Draft| {
        let json = d.to_json();
        let at = json.find(r#""facts":"#).unwrap();
        json[at..].split_once('}').unwrap().0.to_string() + "}"
    };
    let mut d = Draft::new("x", "n", 0, &[]);
    assert_eq!(facts(&d), r#""facts":{"yes":[],"no":[]}"#);
    for (id, answer) in [
        ("a", true),
        ("b", false),
        ("c", true),
        ("a", false),
        ("b", false),
    ] {
        d.facts.insert(id, answer);
    }
    assert_eq!(facts(&d), r#""facts":{"yes":["c"],"no":["a","b"]}"#);
    assert_eq!(
        [d.fact("a"), d.fact("c"), d.fact("z")],
        [Some(false), Some(true), None]
    );
    d.facts.remove("a");
    assert_eq!(facts(&d), r#""facts":{"yes":["c"],"no":["b"]}"#);
    // A file is written back as read, even one that names a fact twice or
    // under both answers (是 counts).
    let json = d.to_json().replace(
        r#"{"yes":["c"],"no":["b"]}"#,
        r#"{"yes":["y","c","y"],"no":["y","b"]}"#,
    );
    let back = Draft::from_json(&json).unwrap();
    assert_eq!(back.to_json(), json);
    assert_eq!(back.fact("y"), Some(true));
    // Equal when the stored lists are, whatever the order between 是 and 否.
    let (mut one, mut two) = (d.clone(), d.clone());
    one.facts.clear();
    two.facts.clear();
    one.facts.insert("p", true);
    one.facts.insert("q", false);
    two.facts.insert("q", false);
    two.facts.insert("p", true);
    assert_eq!(one, two);
    two.facts.insert("q", true);
    assert_ne!(one, two);
}

/// A draft saved before the person's details and the 自评等次 existed
/// loads with them empty, and an empty one writes none of their keys.
#[test]
fn the_new_person_details_are_optional_in_the_file() {
    let d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v2.json")).unwrap();
    assert_eq!(d.person.standing, "");
    assert!(!d.person.probation && !d.person.is_probationary());
    assert_eq!(d.self_grade, "");
    assert!(!d.alt_layout);
    assert!(d.member.is_empty());
    let json = d.to_json();
    for key in [
        "gender",
        "ethnicity",
        "born",
        "education",
        "standing",
        "in_post",
        "rank",
        "probation",
        "dept",
        "self_grade",
        "alt_layout",
        "ignored",
        "member",
    ] {
        assert!(!json.contains(&format!("\"{key}\"")), "{key} left out");
    }
}

#[test]
fn a_month_is_read_however_it_is_written() {
    use ziping_core::{month_text, read_month};
    for written in [
        "2009.6",
        "2009.06",
        "2009-06",
        "2009/6",
        "2009年6月",
        "2009年06月",
        " 200906 ",
        "2009．6",
    ] {
        assert_eq!(read_month(written), Some((2009, 6)), "{written}");
        assert_eq!(month_text(written), "2009年6月", "{written}");
    }
    for other in [
        "",
        "2009",
        "2009.13",
        "2009.0",
        "09.6",
        "2009.6.1",
        "2009年6月1日",
        "六月",
        "2009.6（预备党员）",
    ] {
        assert_eq!(read_month(other), None, "{other}");
        assert_eq!(month_text(other), other.trim(), "{other}: as written");
    }
}

#[test]
fn the_rank_follows_the_position_unless_chosen() {
    use ziping_core::default_rank;
    let cases = [
        ("干部一科四级主任科员", Some("科员")),
        ("科员（试用期）", Some("科员")),
        ("组织科副科长", Some("副科长")),
        ("科长", Some("科长")),
        ("干部监督科科长", Some("科长")),
        ("副处长", Some("副处长")),
        ("处长", Some("处长")),
        ("办公室主任", None),
        ("", None),
    ];
    for (position, rank) in cases {
        assert_eq!(default_rank(position), rank, "{position}");
    }
    let mut p = Person {
        position: "组织科副科长".into(),
        ..Person::default()
    };
    assert_eq!(p.rank(), "副科长");
    p.rank = "科长".into();
    assert_eq!(p.rank(), "科长", "the person's choice wins");
    p.position = "办公室主任".into();
    p.rank = String::new();
    assert_eq!(p.rank(), "");
}

/// A member's facts are written only as far as they are given: numbers
/// not given and empty texts leave no key; a draft's file from a build
/// before them, or with member facts that do not read, loads, the rest of
/// it as written.
#[test]
fn member_facts_are_written_only_as_given() {
    let mut d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v2.json")).unwrap();
    d.member.meetings.held = Some(24);
    d.member.dues = Some(true);
    assert!(d
        .to_json()
        .contains(r#""member":{"meetings":{"held":24},"dues":true}"#));
    assert_eq!(Draft::from_json(&d.to_json()).unwrap(), d);
    for bad in [
        r#""x""#,
        r#"{"dues": "是"}"#,
        r#"{"meetings": {"held": -1}}"#,
    ] {
        let json = format!(
            r#"{{"schema": 4, "id": "x", "name": "n", "created": 0, "modified": 0,
            "templates": [], "notice": "通知", "member": {bad}}}"#
        );
        let read = Draft::from_json(&json).unwrap_or_else(|e| panic!("{bad}: {e}"));
        assert!(read.member.is_empty(), "{bad}");
        assert_eq!(read.notice, "通知", "{bad}: the rest is read");
    }
}

/// An import that keeps an incoming occasion beside this computer's own
/// renames it everywhere the draft names it: the occasion, and those its
/// hand-edited 材料 were written for (else the edit would move aside under
/// an unrelated occasion on the next load).
#[test]
fn renaming_an_occasion_renames_the_edits_written_for_it() {
    use ziping_core::OccasionEdit;
    let mut d = Draft::new("d", "t", 1, &templates());
    d.occasion = "kaohe".into();
    d.report_occasion = "kaohe".into();
    d.report_others = vec![
        OccasionEdit {
            occasion: "kaohe".into(),
            text: "旧".into(),
            base: None,
        },
        OccasionEdit {
            occasion: "other".into(),
            text: "别的".into(),
            base: None,
        },
    ];
    d.rename_occasion("kaohe", "kaohe-imported");
    assert_eq!(d.occasion, "kaohe-imported");
    assert_eq!(d.report_occasion, "kaohe-imported");
    let ids: Vec<&str> = d
        .report_others
        .iter()
        .map(|e| e.occasion.as_str())
        .collect();
    assert_eq!(ids, ["kaohe-imported", "other"]);
}

/// A new draft's 年度 is the year being assessed: January to June the year
/// before (its 组织生活会 and 年度考核 are held until February), July to
/// December this year. The day is read in UTC+8.
#[test]
fn a_new_drafts_year_is_the_year_being_assessed() {
    use ziping_core::assessed_year;
    // 2026-12-06 10:00 UTC+8, 2027-01-15, 2027-06-30 23:59 and 2027-07-01 00:30 (UTC+8).
    for (ms, year) in [
        (1_796_522_400_000, "2026"),
        (1_800_000_000_000, "2026"),
        (1_814_371_140_000, "2026"),
        (1_814_373_000_000, "2027"),
    ] {
        assert_eq!(assessed_year(ms), year, "{ms}");
    }
}

/// The 整改时限's example year: the year after the one assessed when the
/// problem was written (an older problem, written at 0: now's).
#[test]
fn a_problem_is_put_right_the_year_after_the_one_assessed() {
    use ziping_core::rectify_year;
    // Noon UTC on the day (days since 1970-01-01 by the civil calendar).
    let ms = |y: i64, m: i64, d: i64| {
        let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
        let days = 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1 - 719_468;
        days * 86_400_000 + 43_200_000
    };
    assert_eq!(rectify_year(ms(2026, 12, 6), 0), 2027);
    assert_eq!(rectify_year(ms(2027, 1, 10), 0), 2027);
    assert_eq!(rectify_year(ms(2026, 7, 1), 0), 2027);
    assert_eq!(rectify_year(0, ms(2027, 8, 1)), 2028);
}

/// Evidence and notes that say nothing are asked for again; a part that
/// points to an "above" (同上，见上) or repeats a status (已整改) is left off
/// what the rest says.
#[test]
fn a_text_is_read_from_its_first_part_that_says_something() {
    use ziping_core::{says_nothing, what_it_says};
    for nothing in [
        "无",
        "同上",
        "见上",
        "见上述。",
        "已整改，已落实",
        " 无违规；好 ",
        "—",
        // Years served are no example of this year's work.
        "见上；干了三十多年了",
        "干了三十多年了",
        "工作20年",
        "工作多年了。",
    ] {
        assert!(says_nothing(nothing), "{nothing}");
        assert_eq!(what_it_says(nothing), "", "{nothing}");
    }
    assert_eq!(
        what_it_says("同上，深刻领悟“两个确立”的决定性意义。"),
        "深刻领悟“两个确立”的决定性意义。"
    );
    assert_eq!(
        what_it_says("见上；全年收发文件1200件"),
        "全年收发文件1200件"
    );
    assert_eq!(what_it_says("已整改，全年坚持学习"), "全年坚持学习");
    // A denial, a list and a qualified status are kept whole.
    for kept in [
        "没有，工作太忙顾不上",
        "无，下半年开始参加",
        "已整改，但仍需长期坚持",
        "完成，但质量不高",
        "落实、完成了年度党建任务",
    ] {
        assert_eq!(what_it_says(kept), kept);
    }
    // A word that only begins like one is kept.
    for kept in [
        "见上级文件要求执行",
        "同上级部门对接3次",
        "好评率100%",
        "无一缺席",
        "干了3件实事",
        "干部结对帮扶青年",
        "工作计划提前一年",
        "工作考核优秀3年",
        "干部培训全年",
        "工作多年的经验用在新同志带教上",
        "2026年",
        "多年",
    ] {
        assert_eq!(what_it_says(kept), kept);
        assert!(!says_nothing(kept));
    }
}

/// A number field reads digits (full-width too) and none said in words as
/// 0; nothing given is none.
#[test]
fn counts_are_read_as_typed() {
    use ziping_core::read_count;
    assert_eq!(read_count("12"), Some(12));
    assert_eq!(read_count("１２人次"), Some(12));
    assert_eq!(read_count("8条"), Some(8));
    for none in ["无", "没有", "暂无", "零", " 没有 "] {
        assert_eq!(read_count(none), Some(0), "{none}");
    }
    assert_eq!(read_count(""), None);
    assert_eq!(read_count("若干"), None);
    assert_eq!(read_count("无法统计"), None);
}

/// "Every time" in words is as many as were held; a miss said is no count.
#[test]
fn attended_every_time_in_words_is_as_many_as_held() {
    use ziping_core::read_attended;
    assert_eq!(read_attended("18", Some(20)), Some(18));
    for all in [
        "都参加了",
        "全部参加",
        "全勤",
        "每次都参加",
        "全部参加，没有缺席",
    ] {
        assert_eq!(read_attended(all, Some(12)), Some(12), "{all}");
    }
    assert_eq!(read_attended("都参加了", None), None, "held not given yet");
    for not in [
        "没有都参加",
        "未全部参加",
        "不是全勤",
        "基本都参加了",
        "大都参加了",
        "参加了几次",
        "都没参加",
        "全年一次都没参加",
        "除两次外都参加了",
        "全部请假",
        "全都缺席",
    ] {
        assert_eq!(read_attended(not, Some(12)), None, "{not}");
    }
    assert_eq!(read_attended("无", Some(12)), Some(0));
    assert_eq!(read_attended("", Some(12)), None);
}

/// 删除此问题 asks first when a removal would lose anything written: the
/// problem's own fields or its ledger row's.
#[test]
fn a_problem_holds_writing_in_its_fields_or_its_ledger_row() {
    let mut p = ziping_core::Problem::default();
    assert!(!p.holds_writing());
    p.aspect = "真抓实干强作风".into();
    assert!(!p.holds_writing(), "a choice only");
    p.progress = "正在改".into();
    assert!(p.holds_writing());
    p.progress.clear();
    p.text = "学习不够".into();
    assert!(p.holds_writing());
}
