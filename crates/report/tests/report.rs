//! The prose rules of the 材料 (GENRE.md §2–§3), one test each, with exact
//! strings where a rule is exact.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/util/mod.rs"]
mod util;

use util::*;
use ziping_core::{
    builtin_occasions, chinese_date, civil_date, Angle, Cause, CivilDate, Draft, ItemLink,
    PreviousProblem, Progress, Rating, Template,
};
use ziping_report::{
    build_report, chinese_numeral, clause, fix_quotes, item_numeral, md_escape, part_numeral,
    sub_numeral, tidy_spacing,
};

/// The day the tests draw the 材料 on.
fn today() -> CivilDate {
    CivilDate::new(2026, 11, 26).unwrap()
}

fn sample_draft(occasion: &str) -> Draft {
    let path = format!(
        "{}/../../tests/fixtures/drafts/{occasion}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Draft::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn text_of(d: &Draft) -> String {
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(&refs, d, &builtin_occasions(), today()).to_text()
}

/// The 体检's findings on `d` as the occasion `d` is written for shows them,
/// to tie what the 材料 asks to what the 体检 says.
fn findings_of(d: &Draft) -> Vec<ziping_core::Finding> {
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let set = builtin_occasions();
    let o = set.get(&d.occasion).unwrap();
    ziping_core::checkup(d, o, &refs, today(), 2000).0
}

/// A draft for `occasion` with every item rated 好 and every fact answered 否.
fn complete(occasion: &str) -> Draft {
    let all = templates();
    let mut d = new_draft(&all);
    d.occasion = occasion.into();
    d.person.year = "2026".into();
    d.person.name = "李四".into();
    for t in &all {
        rate_all(&mut d, t, "hao");
        deny_facts(&mut d, t);
    }
    d
}

fn problem(d: &mut Draft, item: Option<(&str, &str)>, text: &str, causes: &[(Angle, &str)]) {
    let link = item.map(|(t, i)| ItemLink {
        template: t.into(),
        item: i.into(),
    });
    let id = d.add_problem(link, "");
    let p = d.problem_mut(&id).unwrap();
    p.text = text.into();
    p.causes = causes
        .iter()
        .map(|(a, t)| Cause {
            angle: Some(*a),
            text: (*t).into(),
        })
        .collect();
}

#[test]
fn numbering_runs_from_parts_to_items() {
    assert_eq!(part_numeral(3), "三、");
    assert_eq!(sub_numeral(1), "（一）");
    assert_eq!(sub_numeral(12), "（十二）");
    assert_eq!(item_numeral(2), "2．");
    assert_eq!(chinese_numeral(21), "二十一");
    let text = text_of(&sample_draft("zuzhi-shenghuohui"));
    for line in [
        "　　一、上年度查摆问题整改落实情况\n",
        "　　二、存在的问题\n",
        "　　三、原因剖析\n",
        "　　四、整改措施\n",
        "　　（二）在坚持原则守公道方面。一是公平评价干部还有差距",
        "。二是坚持原则、较真碰硬还不够",
    ] {
        assert!(text.contains(line), "{line:?}");
    }
    assert!(!text.contains("1. "), "never an ASCII numbering dot");
}

#[test]
fn quotes_nest_outer_double_inner_single() {
    assert_eq!(fix_quotes("“坚定拥护“两个确立””"), "“坚定拥护‘两个确立’”");
    assert_eq!(fix_quotes("做到\"两个维护\""), "做到“两个维护”");
    assert_eq!(fix_quotes("“‘一’“二”‘三’”"), "“‘一’‘二’‘三’”");
    let mut d = complete("zuzhi-shenghuohui");
    d.previous.push(PreviousProblem {
        id: "q1".into(),
        text: "落实“第一议题”制度不够经常".into(),
        status: Progress::Done,
        note: "已按月落实".into(),
        ..PreviousProblem::default()
    });
    assert!(text_of(&d)
        .contains("　　（一）关于“落实‘第一议题’制度不够经常”的问题。已整改到位。已按月落实。\n"));
}

#[test]
fn text_pasted_from_a_document_reads_as_one_clause() {
    // The person's own numbering out, the items joined by "；".
    assert_eq!(
        clause("1、公文审核把关偏慢,有的文件压了3天.\n2、对年轻同志的稿子改得多、讲得少。。"),
        "公文审核把关偏慢，有的文件压了3天；对年轻同志的稿子改得多、讲得少"
    );
    assert_eq!(
        clause("（四）有时转发未经核实的信息；"),
        "有时转发未经核实的信息"
    );
    // A line that ended its sentence goes on after "；", never "。，".
    assert_eq!(
        clause("学习不够深入。\n作风不够扎实。"),
        "学习不够深入；作风不够扎实"
    );
    assert_eq!(
        clause("学习不够深入，\n作风不够扎实"),
        "学习不够深入，作风不够扎实"
    );
    assert_eq!(
        clause("学习不够深入\n作风不够扎实"),
        "学习不够深入，作风不够扎实"
    );
    // An ASCII full stop after Chinese at a sentence's end is "。"; a
    // decimal point, a date's dot or a name's is not.
    assert_eq!(clause("只是口头提醒. 没有谈话"), "只是口头提醒。没有谈话");
    assert_eq!(clause("访谈了阿依古丽.买买提"), "访谈了阿依古丽.买买提");
    assert_eq!(
        clause("效率提高了1.5倍，2027.6.30前完成"),
        "效率提高了1.5倍，2027.6.30前完成"
    );
    // A pasted problem's name, quoted where the 材料 asks for its cause,
    // reads as the 材料 does.
    let mut d = complete("zuzhi-shenghuohui");
    problem(&mut d, None, "1、公文审核把关偏慢 ,有的文件压了3天", &[]);
    let text = text_of(&d);
    assert!(
        text.contains("上剖析“公文审核把关偏慢……”问题的思想根源】"),
        "{text}"
    );
    assert!(!text.contains([',', '.']), "{text}");
}

#[test]
fn a_deadline_in_figures_prints_as_a_day_in_words() {
    let mut d = complete("zuzhi-shenghuohui");
    problem(&mut d, None, "公文审核把关偏慢", &[]);
    d.problems[0].measure = "每月复盘一次退改稿件".into();
    d.problems[0].deadline = "2027.3.31".into();
    let text = text_of(&d);
    assert!(
        text.contains("2027年3月底前，每月复盘一次退改稿件。"),
        "{text}"
    );
    assert!(!text.contains("2027.3.31"), "{text}");
}

#[test]
fn no_ascii_spaces_or_punctuation_inside_chinese_text() {
    assert_eq!(tidy_spacing("带头讲授专题党课 2 次"), "带头讲授专题党课2次");
    assert_eq!(tidy_spacing("学习,工作;生活"), "学习，工作；生活");
    // A space typed as a pause between phrases is a comma, never dropped to
    // join them into other words; a name spaced out is closed up.
    assert_eq!(
        tidy_spacing("有时候就是应付 笔记是后来补的"),
        "有时候就是应付，笔记是后来补的"
    );
    assert_eq!(
        tidy_spacing("服务意识不强  没有换位思考"),
        "服务意识不强，没有换位思考"
    );
    assert_eq!(
        tidy_spacing("以后注意态度 耐心一点"),
        "以后注意态度，耐心一点"
    );
    assert_eq!(tidy_spacing("王 五"), "王五");
    // After a figure and its unit a space is only dropped: 发现3个 问题,
    // 2027年3月 底前 are one phrase (a comma there, tried, split them).
    assert_eq!(tidy_spacing("发现3个 问题"), "发现3个问题");
    assert_eq!(tidy_spacing("第 2 期 培训"), "第2期培训");
    assert_eq!(tidy_spacing("态度不好 ，没有耐心"), "态度不好，没有耐心");
    assert_eq!(
        tidy_spacing("1,000 份 Windows 10 系统"),
        "1,000份Windows 10系统"
    );
    // The schema-1 fixture's evidence has ASCII spaces: the 材料 has none.
    let mut d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    d.occasion = "niandu-kaohe".into();
    let all = templates_v1();
    let refs: Vec<&Template> = all.iter().collect();
    let text = build_report(&refs, &d, &builtin_occasions(), today()).to_text();
    assert!(text.contains("带头讲授专题党课2次"));
    for s in sample_texts() {
        assert!(!s.contains(' '), "an ASCII space in:\n{s}");
    }
}

fn sample_texts() -> Vec<String> {
    [
        "zuzhi-shenghuohui",
        "niandu-kaohe",
        "minzhu-pingyi",
        "congyan-zicha",
    ]
    .iter()
    .map(|o| text_of(&sample_draft(o)))
    .collect()
}

#[test]
fn no_rating_labels_and_no_header_in_the_prose() {
    for s in sample_texts() {
        let body = s.split("附件：个人自评表").next().unwrap();
        for label in [
            "（自评：",
            "自评“",
            "“好”",
            "“较好”",
            "“一般”",
            "“较差”",
            "姓名：",
            "场合：",
            "单位：",
        ] {
            assert!(!body.contains(label), "{label} in:\n{body}");
        }
        // Never an item's statement quoted back.
        assert!(!body.contains("本人把对党忠诚作为首要政治品质，对党组织忠诚老实"));
    }
}

#[test]
fn the_name_and_the_date_close_the_text_on_their_own_lines() {
    let mut d = sample_draft("zuzhi-shenghuohui");
    d.material_date = CivilDate::new(2026, 11, 26);
    let text = text_of(&d);
    // The date ends two characters from the right of a 28-character line
    // (its digits are half as wide); the name is centred over it.
    let pad = |n: usize| "　".repeat(n);
    assert!(text.ends_with(&format!("\n{}张三\n{}2026年11月26日\n", pad(21), pad(19))));
    // Left unset, the 2026年度 meeting drawn in November is dated the month
    // it is held in, without a day.
    d.material_date = None;
    let text = text_of(&d);
    assert!(
        text.ends_with(&format!("\n{}张三\n{}2027年1月\n", pad(22), pad(21))),
        "{text}"
    );
    assert!(text.contains("以上对照检查，不当之处，请同志们批评指正。\n\n"));
    assert_eq!(chinese_date(1_795_550_400_000), "2026年11月25日");
    assert_eq!(civil_date(0), (1970, 1, 1));
    assert_eq!(civil_date(951_782_400_000), (2000, 2, 29));
}

#[test]
fn titles_follow_the_occasion_and_the_year() {
    let firsts: Vec<String> = sample_texts()
        .iter()
        .map(|s| s.lines().next().unwrap().to_string())
        .collect();
    assert_eq!(
        firsts,
        [
            "2026年度组织生活会个人对照检查材料",
            "2026年度个人总结",
            "2026年度民主评议党员个人自评材料",
            "对照“五项工作”“四个模范”个人自查报告"
        ]
    );
    let mut d = complete("zuzhi-shenghuohui");
    d.person.year.clear();
    assert!(text_of(&d).starts_with("组织生活会个人对照检查材料\n"));
}

#[test]
fn an_aspect_without_an_example_is_left_out() {
    let mut d = complete("congyan-zicha");
    let text = text_of(&d);
    // Nothing in any aspect yet: one request, no stock sentence.
    assert!(text.contains(
        "　　（二）【待补充：各方面的具体事例：在“逐条自评”各条目的“具体事例”中填写】\n"
    ));
    d.answer_mut(WUXIANG, "w3-diaoyan").evidence = "牵头完成专题调研 1 项".into();
    let text = text_of(&d);
    assert!(!text.contains("本方面的具体事例") && !text.contains("各方面的具体事例"));
    assert!(!text.contains("本人能够对照要求抓好落实"));
    assert!(!text.contains("在旗帜鲜明讲政治方面"));
    assert!(text.contains("　　（二）在专心专注练本领方面。牵头完成专题调研1项。\n"));
    assert!(text.contains("　　（一）在履行岗位职责方面。【待补充：全年主要工作和数据"));
}

#[test]
fn examples_and_work_merge_into_sentences_by_aspect() {
    let mut d = sample_draft("niandu-kaohe");
    d.occasion = "congyan-zicha".into();
    let text = text_of(&d);
    assert!(text.contains("　　（一）在履行岗位职责方面。全年参与干部考察12批次、考察干部86人次；审核干部人事档案320卷，督促整改问题材料41份；"));
    // A shared statement's example is told once (in the body; the 自评表
    // has it in its row).
    let body = text.split("附件：个人自评表").next().unwrap();
    assert_eq!(body.matches("在科室党小组带头讲授专题党课2次").count(), 1);
}

/// The 个人总结 by 德、能、勤、绩、廉: five parts of their own, then the
/// 不足 and next year's direction as sentences.
#[test]
fn the_annual_summary_runs_by_de_neng_qin_ji_lian() {
    let text = text_of(&sample_draft("niandu-kaohe"));
    let heads: Vec<&str> = text
        .lines()
        .filter(|l| l.chars().nth(3) == Some('、'))
        .collect();
    assert_eq!(
        heads,
        [
            "　　一、思想政治",
            "　　二、业务能力",
            "　　三、工作作风",
            "　　四、工作实绩",
            "　　五、廉洁自律",
            "　　六、存在的不足和今后努力方向"
        ]
    );
    // 绩: the 工作实绩 with the person's role, and the results of the
    // items the occasion puts under it.
    assert!(text.contains("　　四、工作实绩\n　　全年参与干部考察12批次、考察干部86人次；"));
    assert!(text.contains("牵头起草《干部档案专项审核工作规程》"));
    // Examples that say the person's part (牵头、参与 …) are 绩 whatever
    // their item; the rest stay with their dimension.
    let part = |from: &str, to: &str| {
        let start = text.find(from).unwrap();
        text[start..start + text[start..].find(to).unwrap()].to_string()
    };
    let ji = part("四、工作实绩", "五、");
    assert!(ji.contains("。参与3个县市区领导班子换届考察，提出的人选意见均经得起复核；"));
    assert!(ji.contains("牵头完成年轻干部队伍建设专题调研"));
    assert!(ji.contains("建立干部档案专项审核任务台账，37项问题全部销号"));
    assert!(part("一、思想政治", "二、").contains("全年参加部机关第一议题学习24次"));
    assert!(!part("一、思想政治", "二、").contains("参与3个县市区"));
    // 绩 is the largest part.
    for (from, to) in [
        ("一、", "二、"),
        ("二、", "三、"),
        ("三、", "四、"),
        ("五、", "六、"),
    ] {
        assert!(
            part(from, to).chars().count() < ji.chars().count(),
            "{from}"
        );
    }
    // 不足 and 努力方向 as sentences about next year, not ledger rows.
    assert!(text.contains("　　本人还存在以下不足：一是对新修订的干部工作政策掌握还不够全面，比如办理干部职级晋升审核时，有2次需要请科室负责同志把关政策口径。二是调查研究还不够深入"));
    // One step per 不足, in the same order.
    assert!(text.contains("　　针对上述不足，2027年我将着力做到：一是于3月底前系统梳理干部工作政策法规，形成个人政策汇编并按季度更新；二是每季度至少到联系单位蹲点1天，与一线干部面对面交流。\n"));
    assert!(!text.contains("（一）对新修订"));
    assert!(!text.contains("时限"));
}

/// The 廉 part says so in one positive sentence when every veto fact is
/// answered 否; one 是 leaves it out; one unanswered asks.
#[test]
fn the_clean_sentence_comes_from_the_veto_answers() {
    const CLEAN: &str =
        "严格遵守中央八项规定及其实施细则精神，严守组织人事纪律和保密纪律，本年度无违规违纪情形。";
    let mut d = complete("niandu-kaohe");
    assert!(text_of(&d).contains(&format!("　　五、廉洁自律\n　　{CLEAN}\n")));
    // First, then the person's facts.
    d.answer_mut(WUXIANG, "w5-qinglian").evidence = "梳理本岗位廉政风险点5个".into();
    assert!(text_of(&d).contains(&format!(
        "　　五、廉洁自律\n　　{CLEAN}梳理本岗位廉政风险点5个。\n"
    )));
    // Not beside the person's own sentence that says it.
    d.answer_mut(WUXIANG, "w5-qinglian").evidence =
        "严格落实中央八项规定精神，从不收受礼品礼金".into();
    let text = text_of(&d);
    assert!(!text.contains(CLEAN), "{text}");
    assert!(text.contains("　　五、廉洁自律\n　　严格落实中央八项规定精神，从不收受礼品礼金。\n"));
    d.answer_mut(WUXIANG, "w5-qinglian").evidence.clear();
    // Never against the person's own words: a problem admitting a breach.
    problem(
        &mut d,
        None,
        "有时在工作群里转发未经核实的干部任免信息",
        &[],
    );
    assert!(!text_of(&d).contains(CLEAN));
    d.problems.clear();
    d.facts.insert("f-jilv", true);
    let text = text_of(&d);
    assert!(!text.contains(CLEAN));
    assert!(text
        .contains("　　五、廉洁自律\n　　【待补充：本年度廉洁自律方面的具体表现，如参加警示教育"));
    d.facts.remove("f-jilv");
    assert!(text_of(&d).contains("　　五、廉洁自律\n　　【待补充：廉洁自律情况：请在“否决事项”中逐项回答是否存在所列情形】\n"));
}

/// A new recruit in 试用期 who took the post in the year assessed looks
/// back on 到岗以来, not a year not served; anyone else (one promoted that
/// year, or a 任现职时间 not given) on 一年来.
#[test]
fn a_newcomer_looks_back_since_taking_the_post() {
    let mut d = complete("niandu-kaohe");
    let opening = |d: &Draft| text_of(d).lines().nth(2).unwrap().to_string();
    let ends =
        |d: &Draft, s: &str| opening(d).ends_with(&format!("现将{s}的思想和工作情况总结如下："));
    assert!(ends(&d, "一年来"));
    d.person.in_post = "2026.7".into();
    assert!(
        ends(&d, "一年来"),
        "promoted in July: the whole year's work"
    );
    d.person.probation = true;
    assert!(ends(&d, "到岗以来"));
    d.person.in_post = "2026年7月15日".into();
    d.person.year = "2026年".into();
    assert!(ends(&d, "到岗以来"), "a day given, a 年度 typed with 年");
    d.person.in_post = "2025年8月".into();
    assert!(ends(&d, "一年来"));
}

/// Whose guidance the opening thanks follows the 职级: a 副科长 does not
/// thank the 科室's leaders, being one; a 科长 thanks the 部领导 only.
#[test]
fn the_thanks_fit_the_rank() {
    let mut d = complete("niandu-kaohe");
    let opening = |d: &Draft| text_of(d).lines().nth(2).unwrap().to_string();
    assert_eq!(
        opening(&d),
        "　　2026年，在部领导和科室负责同志的关心指导下开展工作。现将一年来的思想和工作情况总结如下："
    );
    d.person.unit = "某市委组织部组织科".into();
    d.person.position = "科员".into();
    assert!(opening(&d).starts_with(
        "　　2026年，本人任某市委组织部组织科科员，在部领导和科室负责同志的关心指导下"
    ));
    d.person.position = "干部监督科副科长".into();
    assert!(opening(&d)
        .contains("本人任某市委组织部组织科干部监督科副科长，在部领导和科长的关心指导下"));
    d.person.rank = "科长".into();
    assert!(opening(&d).contains("，在部领导的关心指导下"));
    // With no 职级 chosen, an office's 主任 leads it; a 副主任 or a 主任科员
    // does not.
    d.person.rank.clear();
    d.person.position = "办公室主任".into();
    assert!(opening(&d).contains("，在部领导的关心指导下"));
    for position in ["干部监督室副主任", "四级主任科员"] {
        d.person.position = position.into();
        assert!(
            opening(&d).contains("，在部领导和科室负责同志的关心指导下"),
            "{position}"
        );
    }
}

/// 绩 says the person's role: 工作实绩 that name none (牵头/参与/负责 …)
/// are followed by a request for it.
#[test]
fn the_work_asks_for_the_persons_role() {
    let mut d = complete("niandu-kaohe");
    d.work = vec!["干部考察12批次".into(), "档案审核320卷".into()];
    let text = text_of(&d);
    assert!(text.contains("　　干部考察12批次；档案审核320卷。【待补充：在上述工作中本人是牵头还是参与，取得了什么结果】\n"));
    d.work[0] = "牵头干部考察12批次".into();
    assert!(!text_of(&d).contains("牵头还是参与"));
    d.work.clear();
    assert!(text_of(&d).contains("　　四、工作实绩\n　　【待补充：全年主要工作和数据"));
}

/// The person may write the 个人总结 by main duties instead: each 工作实绩
/// line a paragraph of its own, then conduct and 廉 in one part.
#[test]
fn the_annual_summary_by_main_duties() {
    let mut d = sample_draft("niandu-kaohe");
    d.alt_layout = true;
    let text = text_of(&d);
    assert!(text.contains("　　一、履行主要职责情况\n　　（一）全年参与干部考察12批次、考察干部86人次。\n　　（二）审核干部人事档案320卷，督促整改问题材料41份。\n"));
    assert!(text.contains("　　二、思想作风和廉洁自律\n　　"));
    assert!(text.contains("　　三、存在的不足和今后努力方向\n"));
    assert!(!text.contains("四、工作实绩"));
    // Another occasion has no alternative: the choice changes nothing.
    let mut m = sample_draft("zuzhi-shenghuohui");
    let before = text_of(&m);
    m.alt_layout = true;
    assert_eq!(text_of(&m), before);
}

#[test]
fn problems_are_grouped_by_the_drafts_aspects() {
    let mut d = complete("zuzhi-shenghuohui");
    d.aspects = vec!["在学习贯彻党的创新理论方面".into(), "严格自律树形象".into()];
    problem(
        &mut d,
        None,
        "学习不够系统，比如全年只读了两本原著",
        &[(Angle::Lixiang, "学习自觉性不够")],
    );
    d.problems[0].aspect = "学习贯彻党的创新理论".into();
    problem(&mut d, Some((WUXIANG, "w4-juti")), "工作目标不够具体", &[]);
    let text = text_of(&d);
    assert!(text.contains(
        "　　（一）在学习贯彻党的创新理论方面。学习不够系统，比如全年只读了两本原著。\n"
    ));
    // An item whose aspect the notice does not name keeps its own.
    assert!(text.contains(
        "　　（三）在真抓实干强作风方面。工作目标不够具体。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n"
    ), "{text}");
    // A notice's aspect with no problem asks for one, in its place.
    assert!(text.contains(
        "　　（二）在严格自律树形象方面。【待补充：本方面查摆的问题，或一句对照检查情况】\n"
    ));
    // The opening names the notice's aspects, counted as said: 两个方面.
    assert!(
        text.contains("对照学习贯彻党的创新理论、严格自律树形象两个方面，"),
        "{text}"
    );
}

#[test]
fn a_problem_can_sit_on_an_item_rated_well() {
    let d = sample_draft("zuzhi-shenghuohui");
    let p = d.problem("p2").unwrap();
    let link = p.item.as_ref().unwrap();
    let rating = d.answer(&link.template, &link.item).unwrap().rating.clone();
    assert_eq!(rating, Some(Rating::Level("hao".into())));
    assert!(text_of(&d).contains("公平评价干部还有差距"));
}

#[test]
fn causes_run_by_angle_in_order_always_with_a_root() {
    let mut d = complete("zuzhi-shenghuohui");
    problem(&mut d, None, "问题甲", &[(Angle::Nengli, "方法不多")]);
    problem(
        &mut d,
        None,
        "问题乙",
        &[
            (Angle::Zongzhi, "服务意识不强"),
            (Angle::Nengli, "经验不足"),
        ],
    );
    let text = text_of(&d);
    let causes = text
        .split("三、原因剖析\n")
        .nth(1)
        .unwrap()
        .split("四、")
        .next()
        .unwrap();
    assert_eq!(
        causes,
        concat!(
            "　　一是【待补充：理想信念方面的一句判断（如：理论学习的自觉性有所松懈）。从理想信念（理论学习、思想武装）上剖析思想根源】\n",
            "　　二是【待补充：宗旨意识方面的一句判断（如：群众观点有所淡化）】服务意识不强。这是“问题乙”的重要原因。\n",
            "　　三是【待补充：能力本领方面的一句判断（如：识人察人的本领还有不足）】方法不多；经验不足。这是“问题甲”和“问题乙”的重要原因。\n　　"
        )
    );
    // With a root named, no placeholder for its causes; 党性修养 comes
    // before 宗旨意识; an angle is never framed as 在……方面.
    problem(&mut d, None, "问题丙", &[(Angle::Dangxing, "自我要求不严")]);
    let text = text_of(&d);
    assert!(text.contains("　　一是【待补充：党性修养方面的一句判断（如：党性锻炼还不够经常）】自我要求不严。这是“问题丙”的思想根源。\n　　二是【待补充：宗旨意识方面"));
    assert!(!text.contains("是在党性修养方面"));
    // A problem no cause explains is asked about by name.
    problem(&mut d, None, "问题戊", &[]);
    assert!(text_of(&d).contains("　　四是【待补充：“问题戊”问题的原因，从主观上查找】\n"));
    d.problems.pop();
    // The person's judgement opens its angle; the same cause is told once.
    d.cause_heads = vec![ziping_core::CauseHead {
        angle: Some(Angle::Dangxing),
        text: "党性锻炼抓得不紧".into(),
    }];
    problem(&mut d, None, "问题丁", &[(Angle::Dangxing, "自我要求不严")]);
    let text = text_of(&d);
    assert!(
        text.contains(
            "　　一是党性锻炼抓得不紧。自我要求不严。这是“问题丙”和“问题丁”的思想根源。\n"
        ),
        "{text}"
    );
    assert!(
        !text.contains("对照查摆出的问题，深入剖析根源"),
        "no stock lead-in"
    );
    // The sample has three or four angles, each opening with a judgement.
    let sample = text_of(&sample_draft("zuzhi-shenghuohui"));
    assert!(sample.contains("　　三是宗旨意识有所淡化。"));
    assert!(!sample.contains("五是"));
}

#[test]
fn measures_carry_their_deadline_and_lead_but_never_the_standard() {
    let text = text_of(&sample_draft("zuzhi-shenghuohui"));
    // A day to finish by leads its measure: a weekly habit is not 完成.
    assert!(text.contains("　　（一）强化理论武装，坚持学用结合。2027年3月底前，制定个人学习计划，每周固定半天自学，第一议题学习后一周内结合干部工作写出落实措施。\n"));
    assert!(text.contains("不予通过，并长期坚持。\n"));
    assert!(text.contains("逐人核对，立行立改。\n"));
    assert!(
        !text.contains("完成标准"),
        "the 完成标准 stays in the ledger"
    );
    let mut d = complete("zuzhi-shenghuohui");
    problem(&mut d, None, "问题", &[]);
    d.problems[0].aspect = "严格自律树形象".into();
    assert!(text_of(&d).contains(
        "　　（一）【待补充：针对“问题”问题的整改措施和整改时限，写明做什么、做多少】。\n"
    ));
    // A lead phrase heads the measure; a 时限 the calendar cannot read is
    // printed as written where it names a time, never after 时限为, and
    // asked for where it names none (尽快: the closing counts it as none).
    d.problems[0].lead = "强化理论武装，坚持学用结合".into();
    d.problems[0].measure = "每周自学半天".into();
    d.problems[0].deadline = "2027年上半年".into();
    let text = text_of(&d);
    assert!(
        text.contains("　　（一）强化理论武装，坚持学用结合。每周自学半天，2027年上半年。\n"),
        "{text}"
    );
    assert!(!text.contains("时限为"));
    d.problems[0].deadline = "尽快".into();
    let text = text_of(&d);
    assert!(
        text.contains(
            "　　（一）强化理论武装，坚持学用结合。每周自学半天，【待补充：整改时限】。\n"
        ),
        "{text}"
    );
    // 马上改 is read as 立行立改 (as 长期 is 长期坚持), and written so.
    d.problems[0].deadline = "马上改".into();
    assert!(
        text_of(&d).contains("　　（一）强化理论武装，坚持学用结合。每周自学半天，立行立改。\n")
    );
    // A measure that is only a 时限 is no measure: the gap shows, and its
    // words stand as the 时限 where none is given.
    d.problems[0].measure = "马上改".into();
    d.problems[0].deadline = "马上".into();
    let want =
        "　　（一）强化理论武装，坚持学用结合。【待补充：针对“问题”问题的整改措施，写明做什么、做多少】，立行立改。\n";
    assert!(text_of(&d).contains(want), "{}", text_of(&d));
    d.problems[0].deadline.clear();
    assert!(text_of(&d).contains(want));
    // One that says what as well is a measure.
    d.problems[0].measure = "长期坚持，每周自学半天".into();
    assert!(
        text_of(&d).contains("学用结合。长期坚持，每周自学半天"),
        "{}",
        text_of(&d)
    );
}

#[test]
fn a_judgement_heads_its_problem_and_the_instance_follows() {
    let mut d = complete("zuzhi-shenghuohui");
    problem(&mut d, None, "全年只读了两本原著", &[]);
    problem(&mut d, None, "比如在一次考察中没有深入谈话", &[]);
    problem(&mut d, None, "对科室同志的日常管理偏软", &[]);
    for p in &mut d.problems {
        p.aspect = "旗帜鲜明讲政治".into();
    }
    d.problems[0].judgement = "理论武装的深度不够".into();
    d.problems[1].judgement = "调查研究不够深入。".into();
    d.problems[2].judgement = "“一岗双责”落实得不够严".into();
    let text = text_of(&d);
    // 比如 leads only into an instance (a time, a place, a number); a
    // general clause follows the judgement without it.
    assert!(text.contains("　　（一）在旗帜鲜明讲政治方面。一是理论武装的深度不够。比如全年只读了两本原著。二是调查研究不够深入。比如在一次考察中没有深入谈话。三是“一岗双责”落实得不够严。对科室同志的日常管理偏软。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n"), "{text}");
}

#[test]
fn a_free_problem_without_an_aspect_asks_for_one() {
    let mut d = complete("zuzhi-shenghuohui");
    problem(&mut d, None, "学习不够深入", &[]);
    let text = text_of(&d);
    assert!(
        text.contains("　　（一）【待补充：问题所属方面】。学习不够深入。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n"),
        "{text}"
    );
}

#[test]
fn last_years_problems_open_the_meeting_material() {
    let text = text_of(&sample_draft("zuzhi-shenghuohui"));
    assert!(text.contains("　　上年度查摆的2项问题，已整改到位1项，需长期坚持1项。\n"));
    let d = complete("zuzhi-shenghuohui");
    assert!(text_of(&d).contains("　　一、上年度查摆问题整改落实情况\n　　【待补充：上年度（上次）查摆问题及整改落实情况尚未填写，请逐项列出问题和整改进展；首次参加的，请勾选“首次参加本支部组织生活会”】\n"));
}

#[test]
fn a_first_meeting_says_so_in_one_sentence() {
    let mut d = sample_draft("zuzhi-shenghuohui");
    d.first_time = true;
    let text = text_of(&d);
    assert!(text.contains("　　一、上年度查摆问题整改落实情况\n　　本人是首次参加本支部组织生活会，没有上年度查摆的问题。\n　　二、"));
    assert!(!text.contains("已整改到位"));
}

#[test]
fn a_material_without_problems_asks_for_them() {
    let text = text_of(&complete("zuzhi-shenghuohui"));
    assert!(text.contains("【待补充：对照要求查摆的具体问题，一般3至6个，每个问题写明具体表现】"));
}

#[test]
fn no_grade_until_everything_is_answered() {
    let mut d = complete("niandu-kaohe");
    d.show_grade = true;
    assert!(text_of(&d).contains("本人自评参考等次为“优秀”"));
    d.answers.get_mut(WUXIANG).unwrap().remove("w3-peixun");
    d.facts.remove("f-jilv");
    assert!(text_of(&d)
        .contains("自评参考等次：【待补充：尚有1项未评、1项否决情形未回答，评完后写出参考等次】"));
    d.answer_mut(WUXIANG, "w3-peixun").rating = Some(Rating::parse("hao"));
    assert!(
        text_of(&d).contains("自评参考等次：【待补充：尚有1项否决情形未回答，评完后写出参考等次】")
    );
    // A meeting material never grades.
    let text = text_of(&complete("zuzhi-shenghuohui"));
    assert!(!text.contains("等次") && !text.contains("得分"));
}

/// 民主评议: the line prints the 自评等次 the member chose, never the
/// computed one; none chosen, a placeholder asks for it.
#[test]
fn the_member_s_own_grade_is_printed() {
    let mut d = complete("minzhu-pingyi");
    d.person.standing = "中共党员".into();
    let text = text_of(&d);
    assert!(
        text.contains("　　自评等次：【待补充：自评等次】。\n"),
        "{text}"
    );
    assert!(
        !text.contains("优秀") && !text.contains("参考等次"),
        "{text}"
    );
    d.self_grade = "合格".into();
    let text = text_of(&d);
    assert!(text.contains("　　自评等次：合格。\n"), "{text}");
    assert!(!text.contains("优秀"), "the computed 优秀 is only a hint");
    // Unrated items do not hold back the member's own choice.
    d.answers.get_mut(WUXIANG).unwrap().remove("w3-peixun");
    assert!(text_of(&d).contains("　　自评等次：合格。\n"));
}

/// A 中共预备党员 takes part in 民主评议 but is given no 等次: 基本情况 says
/// so, and no grade line or grade word is anywhere in the text.
#[test]
fn a_probationary_member_is_given_no_grade() {
    let mut d = complete("minzhu-pingyi");
    d.person.standing = "中共预备党员".into();
    d.person.unit = "某市委组织部干部监督科".into();
    d.person.position = "科员".into();
    d.person.joined = "2025.12".into();
    d.self_grade = "优秀".into();
    d.facts.insert("f-chengjie", true);
    let text = text_of(&d);
    assert!(
        text.contains(
            "　　本人李四，【待补充：性别、民族、出生年月、学历】，2025年12月入党，现为中共预备党员，任某市委组织部干部监督科科员。\n"
        ),
        "{text}"
    );
    for word in ["等次", "优秀", "合格", "不得评为"] {
        assert!(!text.contains(word), "no {word}: {text}");
    }
}

/// 基本情况 is one sentence from the details given, months as 2009年6月;
/// an empty optional detail is left out, 姓名/入党时间/单位/职务 asked for.
#[test]
fn the_basic_sentence_is_built_from_the_details_given() {
    let mut d = complete("minzhu-pingyi");
    d.person.gender = "男".into();
    d.person.ethnicity = "汉".into();
    d.person.born = "1985-03".into();
    d.person.education = "大学本科".into();
    d.person.joined = "2009.6".into();
    d.person.unit = "某县委组织部组织科".into();
    d.person.position = "副科长".into();
    assert!(text_of(&d).contains(
        "　　本人李四，男，汉族，1985年3月出生，大学本科学历，2009年6月加入中国共产党，现任某县委组织部组织科副科长。\n"
    ));
    d.person.ethnicity = String::new();
    d.person.born = " ".into();
    d.person.education = "研究生学历".into();
    // Each not given is asked for, those next to each other at once.
    assert!(text_of(&d).contains(
        "　　本人李四，男，【待补充：民族、出生年月】，研究生学历，2009年6月加入中国共产党，现任"
    ));
    // 本科 and 大专 as the 干部任免审批表 writes them.
    d.person.education = "本科".into();
    assert!(text_of(&d).contains("出生年月】，大学本科学历，2009年6月"));
    d.person.education = "大专学历".into();
    assert!(text_of(&d).contains("出生年月】，大学专科学历，2009年6月"));
    d.person = Default::default();
    assert!(text_of(&d).contains(
        "　　本人【待补充：姓名】，【待补充：性别、民族、出生年月、学历】，【待补充：入党时间】加入中国共产党，现任【待补充：单位及职务】。\n"
    ));
}

#[test]
fn the_annual_review_names_a_grade_only_when_asked() {
    let mut d = complete("niandu-kaohe");
    assert!(!text_of(&d).contains("等次"));
    d.show_grade = true;
    assert!(
        text_of(&d).contains("　　本人自评参考等次为“优秀”。最终等次以考核委员会确定的为准。\n")
    );
}

#[test]
fn veto_facts_are_worded_with_their_consequence() {
    let mut d = complete("minzhu-pingyi");
    d.facts.insert("f-chengjie", true);
    d.self_grade = "合格".into();
    assert!(text_of(&d).contains(
        "　　自评等次：合格。本年度受到诫勉、组织处理或党纪处分，依规不得评为“优秀”。\n"
    ));
    let mut d = complete("congyan-zicha");
    d.facts.insert("f-baxiang", true);
    let text = text_of(&d);
    assert!(text.contains("本年度存在违反中央八项规定及其实施细则精神的情形，依规不得评为“优秀”。经逐项自评，对照“五项工作”得分100分，参考等次为“良好”；对照“四个模范”得分100分，参考等次为“良好”。"));
    let mut d = complete("niandu-kaohe");
    d.show_grade = true;
    d.facts.insert("f-chufen", true);
    let text = text_of(&d);
    assert!(text.contains("　　处于记过以上处分期内，依规只写评语、不确定等次。\n"));
    assert!(!text.contains("参考等次为"));
}

#[test]
fn scores_and_the_items_table_only_where_the_occasion_allows() {
    let texts = sample_texts();
    for s in &texts[..3] {
        assert!(!s.contains("附件：个人自评表") && !s.contains("得分"));
    }
    let zicha = &texts[3];
    let (body, table) = zicha.split_once("\n附件\n个人自评表\n").unwrap();
    // The score and grade stand in the 自评表 only: the body names no score
    // and no grade, it points to the table; the attachment named after the
    // closing.
    assert!(body.contains("\n　　逐项自评情况详见附件。\n　　查摆的"));
    assert!(body.contains("请批评指正。\n　　附件：个人自评表\n"));
    for word in ["优秀", "良好", "等次", "得分"] {
        assert!(!body.contains(word), "no {word} in the body");
    }
    // One table per checklist, with 序号, 分值, 得分 and a 合计 that agrees
    // with the score line (96.9: two items 不适用, so converted and said so).
    assert!(table.starts_with("　　姓名：张三　　单位及职务：某市委组织部干部一科四级主任科员\n　　经逐项自评，对照“五项工作”得分96.9分，参考等次为“优秀”；对照“四个模范”得分97.8分，参考等次为“优秀”。\n　　计分办法：好、较好、一般、较差分别按该条分值的100%、80%、60%、30%计分；不适用的条目不计分，合计按实得分÷应得分×100折算；各表共有的条目只评一次，按各表分值分别计入合计，事例和问题列在首次出现处。\n（一）五项工作\n评价项目｜序号｜评价内容｜分值｜自评等次｜得分｜具体事例或问题\n旗帜鲜明讲政治｜1｜把对党忠诚作为首要政治品质"));
    assert!(table.contains("\n合计｜｜不适用2项（计4分）不计入，按实得分÷应得分折算为百分制：93.0÷96×100≈96.9｜100｜｜96.9｜\n（二）四个模范\n评价项目｜序号｜评价内容｜分值｜自评等次｜得分｜具体事例或问题\n讲政治｜1｜"));
    assert!(table.contains("\n作风好｜17｜爱岗敬业、甘于奉献，精神饱满，主动维护组织部门良好形象｜6｜好｜6.0｜\n合计｜｜｜100｜｜97.8｜\n（三）否决情形\n否决事项｜是否存在\n"));
    // A rating earns weight × share; 不适用 earns nothing and shows "—".
    assert!(table.contains("\n坚持原则守公道｜9｜敢于坚持原则，不怕得罪人、不当老好人，对违反原则的事敢于说“不”、敢于较真碰硬｜4｜一般｜2.4｜问题：坚持原则、较真碰硬还不够"));
    assert!(table.contains(
        "\n严格自律树形象｜30｜按规定如实报告个人有关事项，不漏报、不瞒报｜2｜不适用｜—｜本人不属于个人有关事项报告对象\n"
    ));
    // 评价内容 is the standard: no statement begins with 本人 (本人的工作
    // 成效…… reads 工作成效……), an inner 本人 stays.
    let contents = table.lines().filter_map(|l| l.split('｜').nth(2));
    assert_eq!(contents.filter(|c| c.starts_with("本人")).count(), 0);
    assert!(table.contains("｜21｜工作成效可比较、可检验、可考核，经得起实践、群众和历史的检验｜"));
    assert!(table.contains(
        "｜28｜重视家庭家教家风建设，管好亲属和身边工作人员，不让亲友打着本人旗号谋取私利｜"
    ));
    // A statement both checklists share is rated once: the later table
    // counts it at its own weight (each checklist is scored on its own, its
    // 合计 the score the app shows) and points to the row with its example.
    assert_eq!(table.matches("在科室党小组带头讲授专题党课2次").count(), 1);
    assert!(table.contains("\n讲政治｜1｜把对党忠诚作为首要政治品质，对党组织忠诚老实、襟怀坦白，如实向组织反映情况，在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致｜7｜好｜7.0｜见（一）第1项\n"));
    assert!(table.contains("\n作风好｜14｜干实事、谋实招、求实效，不搞形式主义、官僚主义，不做表面文章｜7｜好｜7.0｜见（一）第22项\n"));
    assert!(table.contains("\n真抓实干强作风｜22｜干实事、谋实招、求实效，不搞形式主义、官僚主义，不做表面文章｜4｜好｜4.0｜牵头精简干部信息采集表，基层报送的表格由7张减为3张\n"));
    // No instruction to the person; the veto facts last, each once, as yes/no.
    assert!(!table.contains("评为“不适用”"));
    assert!(table.ends_with("\n是否处于记过（严重警告）以上处分期内｜否\n"));
    assert_eq!(
        table
            .matches("违反中央八项规定及其实施细则精神的情形")
            .count(),
        1
    );
}

/// A shared statement shows each checklist's own wording and rating label;
/// a problem found under either copy stands where it is first shown, the
/// other row points there.
#[test]
fn a_shared_statement_keeps_each_checklists_wording() {
    let mut all = templates();
    let sige = all.iter_mut().find(|t| t.id == SIGE).unwrap();
    sige.scale.levels[1].label = "良好".into();
    let item = sige.sections[0]
        .items
        .iter_mut()
        .find(|i| i.id == "m1-biaozhun")
        .unwrap();
    item.text = "本人对党忠诚老实，在讲政治上做模范。".into();
    let refs: Vec<&Template> = all.iter().collect();
    let mut d = complete("congyan-zicha");
    rate(&mut d, WUXIANG, "w1-zhongcheng", "jiaohao");
    problem(
        &mut d,
        Some((SIGE, "m1-biaozhun")),
        "向组织报告思想情况还不够主动",
        &[],
    );
    let text = build_report(&refs, &d, &builtin_occasions(), today()).to_text();
    let (_, table) = text.split_once("\n附件\n个人自评表\n").unwrap();
    assert!(table.contains("\n旗帜鲜明讲政治｜1｜把对党忠诚作为首要政治品质，对党组织忠诚老实、襟怀坦白，如实向组织反映情况，在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致｜4｜较好｜3.2｜问题：向组织报告思想情况还不够主动\n"));
    assert!(table
        .contains("\n讲政治｜1｜对党忠诚老实，在讲政治上做模范｜7｜良好｜5.6｜见（一）第1项\n"));
    assert_eq!(table.matches("向组织报告思想情况还不够主动").count(), 1);
    // Every other item 好: 99.2 and 98.6, in the score line and the 合计.
    assert!(table.contains("对照“五项工作”得分99.2分"));
    assert!(table.contains("\n合计｜｜｜100｜｜99.2｜\n"));
    assert!(table.contains("\n合计｜｜｜100｜｜98.6｜\n"));
}

/// Until every item is rated the 合计 says how many remain and gives no
/// figure, as the body gives no score.
#[test]
fn the_total_waits_for_every_rating() {
    let mut d = complete("congyan-zicha");
    d.answers.get_mut(WUXIANG).unwrap().remove("w3-peixun");
    let text = text_of(&d);
    assert!(text.contains("｜12｜按要求参加分级分类开展的大规模培训，完成规定学时，学以致用、学用结合｜3｜未评｜—｜\n"));
    assert!(text.contains("\n合计｜｜尚有1项未评，评完后合计｜100｜｜—｜\n"));
    assert!(text.contains("自评参考等次：【待补充：尚有1项未评，评完后写出参考等次】"));
    // A statement both checklists hold, unrated: counted once, and said so,
    // since each checklist's own 已评 counts it (a user added them up).
    d.answers.get_mut(WUXIANG).unwrap().remove("w5-baxiang");
    let text = text_of(&d);
    assert!(
        text.contains("自评参考等次：【待补充：尚有2项未评，两个清单共有的1项只需评一次，评完后写出参考等次】"),
        "{text}"
    );
}

#[test]
fn the_basic_sentence_names_the_join_date_once() {
    let mut d = complete("minzhu-pingyi");
    d.person.joined = "2015年7月入党".into();
    let text = text_of(&d);
    assert!(text.contains("，2015年7月加入中国共产党，现任"));
    d.person.joined = "2015年7月加入中国共产党".into();
    assert!(text_of(&d).contains("，2015年7月加入中国共产党，现任"));
    d.person.joined = " ".into();
    assert!(text_of(&d).contains("，【待补充：入党时间】加入中国共产党，现任"));
}

#[test]
fn the_schema_1_draft_keeps_its_general_cause() {
    let d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    let all = templates_v1();
    let refs: Vec<&Template> = all.iter().collect();
    let mut d = d;
    d.occasion = "zuzhi-shenghuohui".into();
    let text = build_report(&refs, &d, &builtin_occasions(), today()).to_text();
    assert!(text.contains("　　三、原因剖析\n　　理论学习抓得不紧，工作标准不够高；以干代学。\n"));
    assert!(text.contains("全年培训学时未达标。"));
}

#[test]
fn markdown_escapes_what_the_person_typed() {
    let mut d = complete("zuzhi-shenghuohui");
    d.person.name = "<img src=x onerror=alert(1)>".into();
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let md = build_report(&refs, &d, &builtin_occasions(), today()).to_markdown();
    assert!(!md.contains("<img"));
    assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(md.contains("## 二、存在的问题"));
    assert_eq!(md_escape("*a* _b_ [c](d) #e"), r"\*a\* \_b\_ \[c\](d) \#e");
}

/// In the 自评表 a point taken off, or a statement left out, is explained:
/// the person's note, a problem under it, or a placeholder asking for one. A
/// 不适用 item's note says why, and is no achievement in the body.
#[test]
fn the_table_asks_why_points_were_taken_off() {
    let mut d = complete("congyan-zicha");
    rate(&mut d, WUXIANG, "w3-lungang", "na");
    rate(&mut d, SIGE, "m2-pingjia", "jiaohao");
    rate(&mut d, SIGE, "m3-jibengong", "jiaohao");
    problem(
        &mut d,
        Some((SIGE, "m3-jibengong")),
        "文稿起草基本功还需加强",
        &[(Angle::Dangxing, "要求不严")],
    );
    let text = text_of(&d);
    let table = text.split_once("\n附件\n个人自评表\n").unwrap().1;
    assert!(table.contains("｜2｜不适用｜—｜【待补充：不适用的原因】\n"));
    assert!(table.contains("｜较好｜4.0｜【待补充：扣分的具体问题或事例】\n"));
    assert!(table.contains("｜较好｜4.8｜问题：文稿起草基本功还需加强\n"));
    assert!(
        !table.contains("｜好｜5.0｜【待补充"),
        "a full mark needs no note"
    );

    d.answer_mut(WUXIANG, "w3-lungang").evidence = "本年度科室未安排内部轮岗交流".into();
    let text = text_of(&d);
    let (body, table) = text.split_once("\n附件\n个人自评表\n").unwrap();
    assert!(table.contains("｜2｜不适用｜—｜本年度科室未安排内部轮岗交流\n"));
    assert!(!body.contains("未安排内部轮岗交流"), "not an achievement");
}

#[test]
fn the_opening_states_the_preparation_and_the_aspects_used() {
    let mut d = complete("zuzhi-shenghuohui");
    d.notice = "关于召开2026年度组织生活会的通知".into();
    let opening = |d: &Draft| text_of(d).lines().nth(2).unwrap().to_string();
    // Nothing entered: asked for in one request (GENRE §6: the opening
    // states the preparation in numbers), never 谈心谈话【待补充】人次.
    assert_eq!(
        opening(&d),
        "　　根据《关于召开2026年度组织生活会的通知》要求，【待补充：会前谈心谈话的人次和征求意见建议的条数】，对照“五项工作”“四个模范”，查摆问题、剖析根源、明确整改方向。现将对照检查情况报告如下："
    );
    d.studied = "认真学习了新修订的《中国共产党纪律处分条例》。".into();
    d.talks = Some(12);
    d.opinions_collected = Some(8);
    d.aspects = [
        "政治信仰",
        "党员意识",
        "理论学习",
        "能力本领",
        "作用发挥",
        "纪律作风",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        opening(&d),
        "　　根据《关于召开2026年度组织生活会的通知》要求，本人认真学习了新修订的《中国共产党纪律处分条例》，会前开展谈心谈话12人次、征求意见建议8条，对照政治信仰、党员意识、理论学习、能力本领、作用发挥、纪律作风六个方面，查摆问题、剖析根源、明确整改方向。现将对照检查情况报告如下："
    );
    assert!(!text_of(&d).contains("五项工作"));
}

/// The closing 表态 is the person's own; without one, only the request for
/// criticism is left, never a stock pledge.
#[test]
fn the_closing_pledge_is_the_persons_own() {
    let mut d = complete("zuzhi-shenghuohui");
    let closing = |d: &Draft| {
        let text = text_of(d);
        let before_name = text
            .trim_end()
            .rsplit_once("\n\n")
            .map_or("", |(body, _)| body);
        before_name.lines().last().unwrap_or("").to_string()
    };
    // None written: asked for, never a stock pledge.
    assert_eq!(
        closing(&d),
        "　　今后我将【待补充：一两句打算，用自己的话写（填在“结尾表态”中）】。以上对照检查，不当之处，请同志们批评指正。"
    );
    d.pledge = "我会继续努力，争取早日成为一名合格的党员".into();
    assert_eq!(
        closing(&d),
        "　　今后我将继续努力，争取早日成为一名合格的党员。以上对照检查，不当之处，请同志们批评指正。",
        "never 今后我将我会"
    );
    d.pledge = "以这次组织生活会为新起点，把查摆的问题逐项改到位。".into();
    assert_eq!(
        closing(&d),
        "　　今后我将以这次组织生活会为新起点，把查摆的问题逐项改到位。以上对照检查，不当之处，请同志们批评指正。"
    );
    // Short items typed as a list run on as one sentence's clauses.
    d.pledge = "1、以更高标准做好本职工作\n2、自觉接受同志们监督。".into();
    assert_eq!(
        closing(&d),
        "　　今后我将以更高标准做好本职工作，自觉接受同志们监督。以上对照检查，不当之处，请同志们批评指正。"
    );
    d.pledge = "我会继续努力的；请同志们监督".into();
    assert!(closing(&d).starts_with("　　今后我将继续努力，请同志们监督。"));
    // Long ones stay items.
    d.pledge = "1、把本年度查摆的问题逐项列入整改清单并按期销号\n2、自觉接受同志们监督".into();
    assert!(closing(&d).contains("销号；自觉接受"), "{}", closing(&d));
}

#[test]
fn each_opinion_raised_is_answered_in_the_text() {
    let mut d = sample_draft("zuzhi-shenghuohui");
    d.opinions.push(ziping_core::Opinion {
        id: "o4".into(),
        text: "希望多分享考察经验".into(),
        ..Default::default()
    });
    let text = text_of(&d);
    assert!(text.contains("　　会前征求到涉及本人的意见4条，回应如下：一是“写考察材料有时套话多，对干部的不足写得不够具体”：本人认领，已列入“公平评价干部还有差距”问题整改。二是“下基层调研的次数偏少”：全年到联系乡镇调研6次，达到了科室的要求；今后结合干部日常考核再增加走访次数。三是“希望多给科室新同志讲讲档案审核的经验”：已与今年新进科室的同志结对，带其审核干部档案60卷，逐卷讲清审核要点；明年把常见问题整理成审核要点清单，供科室同志共用。四是“希望多分享考察经验”：【待补充：本人对这条意见的认领或说明】\n"), "{text}");
    // Not numbered as if it were one more aspect.
    assert!(!text.contains("关于会前征求到的意见。"));
}

#[test]
fn a_clause_left_out_never_doubles_a_stop() {
    let mut set = builtin_occasions();
    set.occasions[0].opening =
        "根据{notice}要求。{preparation}。现将情况报告如下：{previous}。".into();
    let mut d = complete("zuzhi-shenghuohui");
    d.notice = "通知".into();
    // No talks given and no opinions collected: the clause is left out.
    d.opinions_collected = Some(0);
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let text = build_report(&refs, &d, &set, today()).to_text();
    assert!(
        text.contains("　　根据《通知》要求。现将情况报告如下：\n"),
        "{text}"
    );
}

#[test]
fn opinions_belong_to_the_meeting_and_a_blank_claim_is_not_printed() {
    let mut d = sample_draft("zuzhi-shenghuohui");
    d.occasion = "niandu-kaohe".into();
    assert!(!text_of(&d).contains("征求到的意见"));
    let mut d = sample_draft("zuzhi-shenghuohui");
    let p = d.problem_mut("p2").unwrap();
    p.text.clear();
    p.judgement.clear();
    p.measure.clear();
    p.causes.clear();
    let text = text_of(&d);
    assert!(!text.contains("已列入“”"), "{text}");
    assert!(text.contains(
        "“写考察材料有时套话多，对干部的不足写得不够具体”：【待补充：本人对这条意见的认领或说明】"
    ));
}

#[test]
fn criticisms_are_in_their_own_outline_only() {
    let mut d = sample_draft("zuzhi-shenghuohui");
    d.criticisms = vec![
        ziping_core::Criticism {
            to: "王五".into(),
            text: "考察谈话记录写得过简，有的只有一句话".into(),
        },
        ziping_core::Criticism {
            to: "赵六同志".into(),
            text: "开会时常看手机".into(),
        },
    ];
    let outline = ziping_report::criticism_outline(&d).to_text();
    assert!(outline.starts_with(
        "2026年度组织生活会相互批评发言提纲\n\n　　1．对王五同志：考察谈话记录写得过简，有的只有一句话。\n　　2．对赵六同志：开会时常看手机。\n\n"
    ));
    assert!(outline.trim_end().ends_with("张三"));
    // Never in the 材料, nor in the ledger.
    assert!(!text_of(&d).contains("王五") && !text_of(&d).contains("看手机"));
    let rows = ziping_core::draft_ledger(&d, None);
    let t = ziping_report::ledger_table(
        &ziping_core::ledger_head(&d),
        &rows,
        ziping_core::CivilDate::new(2027, 1, 1).unwrap(),
    );
    assert!(t
        .rows
        .iter()
        .flatten()
        .all(|c| !c.contains("王五") && !c.contains("看手机")));
}

fn share_of(d: &Draft) -> ziping_report::Share {
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(&refs, d, &builtin_occasions(), today()).share
}

/// Whose words are whose: the person's text counts as theirs, an aid
/// inserted and not edited as the tool's, and no mark reaches the text.
#[test]
fn the_share_counts_the_persons_words_and_an_unedited_aid_as_the_tools() {
    const AID: &str = "把对党忠诚体现到具体工作中还不够自觉，对照党中央决策部署查找本岗位落实差距不够主动，比如【……】。";
    let mut d = complete("zuzhi-shenghuohui");
    d.notice = "关于召开2026年度组织生活会的通知".into();
    let bare = share_of(&d);
    problem(&mut d, Some((WUXIANG, "w1-zhongcheng")), AID, &[]);
    let with_aid = share_of(&d);
    assert_eq!(
        with_aid.person, bare.person,
        "an unedited aid is not the person's"
    );
    // Edited, it is the person's: every character of it.
    let edited = AID.replace("【……】", "今年两次专题学习后没有结合科室工作提出落实措施");
    d.problems.last_mut().unwrap().text = edited.clone();
    let own = share_of(&d);
    let chars = edited.chars().filter(|c| !c.is_whitespace()).count();
    assert_eq!(own.person, bare.person + chars);
    // The aid's 。 after its 【……】 stays: the person fills the slot
    // inside the sentence (a 【待补充：……】 alone gets none).
    assert_eq!(with_aid.tool - own.tool, AID.chars().count());
    // The notice's name is the person's too, and no mark is in the text.
    assert!(bare.person >= "关于召开2026年度组织生活会的通知".chars().count());
    let text = text_of(&d);
    assert!(!text.contains(|c: char| ('\u{E000}'..='\u{E003}').contains(&c)));
    assert!(text.contains(&edited));
    d.problems.last_mut().unwrap().text = AID.into();
    assert!(text_of(&d).contains("比如【……】。"), "{}", text_of(&d));
}

/// A notice typed as a document's name is cited in 《》; a meeting's name
/// typed in its place is not made into a document.
#[test]
fn the_notice_is_a_document_only_when_it_names_one() {
    let mut d = complete("zuzhi-shenghuohui");
    // (No opinions collected, no talks given: no preparation clause.)
    d.opinions_collected = Some(0);
    let opening = |d: &Draft| text_of(d).lines().nth(2).unwrap().to_string();
    d.notice = "2026年度组织生活会".into();
    assert!(
        opening(&d).starts_with("　　根据2026年度组织生活会要求，对照"),
        "{}",
        opening(&d)
    );
    d.notice = "关于召开2026年度组织生活会的通知".into();
    assert!(opening(&d).starts_with("　　根据《关于召开2026年度组织生活会的通知》要求，"));
    d.notice = "《支部2026年度组织生活会实施方案》".into();
    assert!(opening(&d).starts_with("　　根据《支部2026年度组织生活会实施方案》要求，"));
    // 无 where the notice, the study or the 表态 go is none: asked for,
    // or the study's clause left out, never 根据无要求，本人无.
    d.notice = "无".into();
    d.studied = "无".into();
    d.pledge = "无。".into();
    assert!(
        opening(&d).starts_with("　　根据【待补充：通知名称】要求，对照"),
        "{}",
        opening(&d)
    );
    assert!(text_of(&d).contains("今后我将【待补充：一两句打算"));
    d.studied = "本人学了党章".into();
    assert!(
        opening(&d).contains("要求，本人学了党章，对照"),
        "never 本人本人"
    );
    // A numbered list of one verb is one list after it; items of different
    // verbs stay items.
    for (typed, said) in [
        (
            "1.学习了党章；\n2.学习了《条例》\n3.学习了准则。",
            "要求，本人学习了党章、《条例》和准则，对照",
        ),
        (
            "1.深入了解了党章\n2.深入了解了准则",
            "本人深入了解了党章和准则，对照",
        ),
        (
            "1.学习了党章；2.参加了专题党课",
            "本人学习了党章；参加了专题党课，对照",
        ),
    ] {
        d.studied = typed.into();
        assert!(opening(&d).contains(said), "{}", opening(&d));
    }
    // Not the 了 of 了解, nor an item that is a list itself.
    for typed in [
        "1.深入了解党史\n2.深入了解国情",
        "1.学习了党章和党规\n2.学习了准则",
    ] {
        d.studied = typed.into();
        let o = opening(&d);
        assert!(!o.contains("和解") && !o.contains("和党规和"), "{o}");
    }
}

/// A hand edit is compared with the text but its date: the same draft on
/// another day is the same undated text, which ends with the name.
#[test]
fn the_undated_text_is_the_text_without_the_date() {
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let d = complete("zuzhi-shenghuohui");
    let on = |day| {
        build_report(
            &refs,
            &d,
            &builtin_occasions(),
            CivilDate::new(2027, 1, day).unwrap(),
        )
    };
    // Days in the meeting's window: each is dated the day it is drawn.
    let (today, tomorrow) = (on(10), on(11));
    assert_ne!(today.to_text(), tomorrow.to_text());
    assert_eq!(today.undated_text(), tomorrow.undated_text());
    let undated = today.undated_text();
    assert!(!undated.contains("2027年1月"), "{undated}");
    assert!(undated.trim_end().ends_with("李四"), "{undated}");
    assert_eq!(today.to_text().lines().count(), undated.lines().count() + 1);
}

/// Evidence that is no evidence (无, 同上, 严格遵守 …) is never printed as
/// an example, and a row below full marks still asks for one.
#[test]
fn evidence_that_says_nothing_is_not_an_example() {
    assert!(ziping_core::says_nothing(" 无。"));
    assert!(ziping_core::says_nothing("严格遵守"));
    assert!(!ziping_core::says_nothing("全年无一次迟到早退"));
    // Parts that each say nothing, and a part that says something.
    assert!(ziping_core::says_nothing("严格遵守，无违规。"));
    assert!(ziping_core::says_nothing("好、同上"));
    assert!(!ziping_core::says_nothing("已完成，全年核查档案320卷"));
    let mut d = complete("congyan-zicha");
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = "无".into();
    d.answer_mut(WUXIANG, "w2-guiju").evidence = "同上".into();
    let text = text_of(&d);
    assert!(!text.contains("方面。无。"), "{text}");
    assert!(!text.contains("方面。同上。"), "{text}");
    assert!(
        text.contains("　　（二）【待补充：各方面的具体事例："),
        "{text}"
    );
    d.answer_mut(WUXIANG, "w1-xuexi").rating = Some(Rating::Level("jiaohao".into()));
    let table = text_of(&d);
    let table = table.split_once("\n附件\n个人自评表\n").unwrap().1;
    assert!(
        table.contains("｜3｜较好｜2.4｜【待补充：扣分的具体问题或事例】\n"),
        "{table}"
    );
}

/// Fixes from a review of the session's diff, each with the input that
/// showed the fault.
#[test]
fn a_review_of_the_engine_s_edges() {
    // A 时限 of several parts is printed whole, never cut to its last part.
    let mut d = complete("zuzhi-shenghuohui");
    problem(&mut d, None, "学习不够深入", &[]);
    d.problems[0].aspect = "旗帜鲜明讲政治".into();
    d.problems[0].measure = "每周自学半天".into();
    d.problems[0].deadline = "立行立改、长期坚持".into();
    assert!(text_of(&d).contains("　　（一）每周自学半天，立行立改、长期坚持。\n"));
    d.problems[0].deadline = "长期".into();
    assert!(text_of(&d).contains("　　（一）每周自学半天，并长期坚持。\n"));
    // Only a word standing alone is taken off the person's study or pledge.
    d.studied = "我部组织学习了新修订的条例".into();
    d.pledge = "我会更加严格要求自己！".into();
    let text = text_of(&d);
    assert!(text.contains("本人我部组织学习了新修订的条例，"), "{text}");
    assert!(
        text.contains("　　今后我将更加严格要求自己。以上对照检查"),
        "{text}"
    );
    // A 长期坚持 row raised again stays 需长期坚持, as the counts say.
    d.previous = vec![PreviousProblem {
        id: "q1".into(),
        text: "学习不够".into(),
        status: Progress::LongTerm,
        note: "坚持每月学习一项政策".into(),
        ..Default::default()
    }];
    d.problems[0].recurs_of = Some("q1".into());
    let text = text_of(&d);
    assert!(
        text.contains("上年度查摆的1项问题，需长期坚持1项。"),
        "{text}"
    );
    assert!(text.contains("（一）关于“学习不够”的问题。需长期坚持，已坚持每月学习一项政策；本年度同类问题再次出现，继续列入整改。"), "{text}");

    // A chosen 自评等次 the veto facts rule out is asked for again.
    let mut d = complete("minzhu-pingyi");
    d.self_grade = "优秀".into();
    d.facts.insert("f-chengjie", true);
    assert!(text_of(&d).contains("【待补充：自评等次（“优秀”与下述情形不符，请重新选择）】"));
    // One in 试用期 is given no 等次 in the 个人总结.
    let mut d = complete("niandu-kaohe");
    d.show_grade = true;
    d.person.probation = true;
    assert!(!text_of(&d).contains("等次"));
}

/// The bands a member may not choose after a veto fact answered 是: one rule
/// (`grade_barred`) for the 材料 and the select.
#[test]
fn a_veto_fact_bars_the_bands_it_rules_out() {
    use ziping_core::{grade_barred, occasion_grade};
    let set = builtin_occasions();
    let o = set
        .occasions
        .iter()
        .find(|o| o.id == "minzhu-pingyi")
        .unwrap();
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let mut d = complete("minzhu-pingyi");
    let barred = |d: &Draft| -> Vec<String> {
        let g = occasion_grade(o, &refs, d);
        o.bands
            .iter()
            .filter(|b| grade_barred(o, &g, &b.label))
            .map(|b| b.label.clone())
            .collect()
    };
    assert!(barred(&d).is_empty());
    d.facts.insert("f-chengjie", true);
    assert_eq!(barred(&d), ["优秀"]);
    d.facts.insert("f-chufen", true);
    assert_eq!(barred(&d), ["优秀", "合格", "基本合格"]);
}

/// The 材料's file is named as it is handed in, by the person's name and
/// the title (the draft's name where no name is given).
#[test]
fn the_material_file_is_named_by_the_person_and_the_title() {
    let mut d = complete("zuzhi-shenghuohui");
    let title = "2026年度组织生活会个人对照检查材料";
    assert_eq!(
        ziping_core::material_file_name(&d, title),
        format!("李四-{title}")
    );
    d.person.name.clear();
    assert_eq!(
        ziping_core::material_file_name(&d, title),
        format!("{}-{title}", d.name)
    );
}

/// The live count counts the body: not the title, the name and date, or
/// the 自评表; a hand edit laid out the same way is counted the same way.
#[test]
fn the_body_is_counted_without_title_signature_or_table() {
    use ziping_report::body_chars;
    assert_eq!(
        body_chars(
            "标题\n\n　　一、思想 政治\n　　正文。\n\n　　　　　　张三\n　　　　　2026年12月\n"
        ),
        9
    );
    // A hand edit with blank lines between its paragraphs: all counted.
    assert_eq!(
        body_chars("标题\n\n　　一、思想 政治\n\n　　正文。\n\n　　　　　　张三\n"),
        9
    );
    assert_eq!(body_chars(""), 0);
    assert_eq!(body_chars("只有标题"), 0);
    // What a 【待补充：……】 asks for is no text yet (nor a 【 nested in it);
    // a quoted title's 【】 and an example slot are.
    assert_eq!(
        body_chars(
            "标题\n　　正文。【待补充：比如【……】的事例】又一句。\n　　【2026】版【……】。\n"
        ),
        7 + 12
    );
    // A 【待补充 never closed (a slip in a hand edit) asks for nothing: counted.
    assert_eq!(body_chars("标题\n　　正文【待补充：没有闭合\n"), 11);
    let text = text_of(&sample_draft("niandu-kaohe"));
    let n = body_chars(&text);
    // The 个人总结 golden sits in its occasion's 800–1,500.
    assert!((800..=1500).contains(&n), "{n}");
    let zicha = text_of(&sample_draft("congyan-zicha"));
    let body = zicha.split("\n\n　　　").next().unwrap();
    assert_eq!(body_chars(&zicha), body_chars(&(body.to_string() + "\n")));
}

/// The 自查 is written against the 五项工作 whatever aspects a meeting
/// notice named in the draft; its closing says where the problems went
/// (by 时限) instead of a vow everyone writes.
#[test]
fn the_self_check_keeps_the_five_tasks_and_counts_its_ledger() {
    let mut d = complete("congyan-zicha");
    d.aspects = vec!["党员意识".into(), "理论学习".into()];
    d.answer_mut(WUXIANG, "w2-xuanren").evidence = "全年牵头办理信访件23件".into();
    problem(&mut d, Some((WUXIANG, "w3-peixun")), "培训学时未达标", &[]);
    d.problems[0].deadline = "立行立改".into();
    problem(&mut d, None, "对年轻同志带得不够", &[]);
    d.problems[1].aspect = "党员意识".into();
    d.problems[1].deadline = "长期坚持".into();
    problem(&mut d, None, "调研少", &[]);
    d.problems[2].aspect = "真抓实干强作风".into();
    d.problems[2].deadline = "尽快".into();
    let text = text_of(&d);
    assert!(text.contains("　　（二）在坚持原则守公道方面。全年牵头办理信访件23件。\n"));
    assert!(text.contains(
        "　　（一）在专心专注练本领方面。培训学时未达标。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n"
    ), "{text}");
    assert!(text.contains(
        "　　（二）在真抓实干强作风方面。调研少。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n"
    ));
    // A notice's aspect is not one of the 自查's: asked for.
    assert!(text.contains("　　（三）【待补充：问题所属方面】。对年轻同志带得不够。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n"));
    // Its aspect chosen, each of the five tasks gets a problem or a
    // sentence (GENRE §6): those with none ask for one, in their place.
    let mut placed = d.clone();
    placed.problems[1].aspect = "旗帜鲜明讲政治".into();
    let placed = text_of(&placed);
    assert!(
        placed.contains("　　（一）在旗帜鲜明讲政治方面。对年轻同志带得不够。"),
        "{placed}"
    );
    assert!(placed.contains(
        "　　（二）在坚持原则守公道方面。【待补充：本方面查摆的问题，或一句对照检查情况】\n"
    ));
    assert!(placed.contains("　　（五）在严格自律树形象方面。【待补充："));
    assert!(!text.contains("党员意识"));
    // Two such problems are not one aspect's: each asks under its own number.
    let mut two = d.clone();
    problem(&mut two, None, "保密意识不牢", &[]);
    two.problems[3].aspect = "纪律作风".into();
    let text2 = text_of(&two);
    assert!(text2.contains("　　（三）【待补充：问题所属方面】。对年轻同志带得不够。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n　　（四）【待补充：问题所属方面】。保密意识不牢。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】\n"), "{text2}");
    assert!(!text2.contains("一是对年轻同志"));
    // (尽快 names no time: asked for under its measure, not again here.)
    assert!(text.contains("　　查摆的3项问题已全部列入个人整改清单，其中立行立改1项、长期坚持1项。下一步，将逐项整改、按期销号。以上自查，如有不当，请批评指正。\n"));
    assert!(
        text.contains("针对“调研少”问题的整改措施和整改时限"),
        "{text}"
    );
    // None with a 时限: no 其中; one problem alone: no 全部.
    let closing = |d: &Draft| {
        let text = text_of(d);
        let at = text.find("　　查摆的").unwrap();
        text[at..].lines().next().unwrap().to_string()
    };
    for p in &mut d.problems {
        p.deadline.clear();
    }
    assert_eq!(closing(&d), "　　查摆的3项问题已全部列入个人整改清单。下一步，将逐项整改、按期销号。以上自查，如有不当，请批评指正。");
    d.problems.truncate(1);
    assert_eq!(closing(&d), "　　查摆的问题已列入个人整改清单。下一步，将逐项整改、按期销号。以上自查，如有不当，请批评指正。");
    d.problems[0].deadline = "立行立改".into();
    assert_eq!(closing(&d), "　　查摆的问题已列入个人整改清单（立行立改）。下一步，将逐项整改、按期销号。以上自查，如有不当，请批评指正。");
    d.problems.clear();
    assert!(text_of(&d).contains("　　下一步，将逐项整改、按期销号。以上自查"));
}

/// The member's 民主评议 draft with every fact answered: 三会一课 and 主题党日
/// in numbers, 党费 paid, the 反向情形 answered 否.
fn member_draft() -> Draft {
    use ziping_core::Attendance;
    let mut d = complete("minzhu-pingyi");
    for f in ["f-dangfei", "f-shenghuo", "f-renwu"] {
        d.facts.insert(f, false);
    }
    let both = |h, a| Attendance {
        held: Some(h),
        attended: Some(a),
    };
    d.member.meetings = both(20, 20);
    d.member.party_days = both(12, 12);
    d.member.dues = Some(true);
    d.self_grade = "合格".into();
    d
}

/// 组织纪律 is told from the member's attendance and 党费, in numbers, by
/// the engine's sentence; the items' examples follow.
#[test]
fn attendance_and_dues_are_told_in_numbers() {
    let d = member_draft();
    assert!(text_of(&d).contains(
        "　　（三）在组织纪律方面。全年支部召开“三会一课”20次，本人参加20次；开展主题党日活动12次，本人参加12次；按时足额交纳党费。\n"
    ));
    // Only the 主题党日 given: the sentence opens with them and asks for
    // the rest in one placeholder.
    let mut d = member_draft();
    d.member.meetings = Default::default();
    assert!(text_of(&d).contains(
        "（三）在组织纪律方面。全年支部开展主题党日活动12次，本人参加12次；按时足额交纳党费。【待补充：全年“三会一课”召开的次数和本人参加的次数】\n"
    ));
}

/// A meeting missed: the reason is asked for, never invented.
#[test]
fn a_missed_meeting_asks_for_its_reason() {
    let mut d = member_draft();
    d.member.meetings.attended = Some(18);
    assert!(text_of(&d).contains(
        "全年支部召开“三会一课”20次，本人参加18次，【待补充：2次未参加的原因，如因公出差已向支部请假、会后补学】；开展主题党日活动12次"
    ));
    // Numbers that cannot be right are asked to be checked.
    d.member.party_days.attended = Some(13);
    assert!(text_of(&d)
        .contains("【待补充：主题党日召开和本人参加的次数（召开12次、参加13次，请核对）】"));
    d.member.meetings.held = Some(0);
    d.member.meetings.attended = Some(0);
    assert!(text_of(&d).contains("“三会一课”召开和本人参加的次数（召开0次、参加0次，请核对）"));
}

/// Facts not given are asked for, in one placeholder per sentence; 党费
/// answered 否 prints nothing in the member's favour: with a good reason
/// (its 反向情形 否) the reason and what was made up are asked for, without
/// one (是) nothing is said (the 等次 part states the consequence).
#[test]
fn missing_member_facts_are_asked_for_and_unpaid_dues_say_nothing() {
    let mut d = member_draft();
    d.member = Default::default();
    let text = text_of(&d);
    assert!(text.contains(
        "　　（三）在组织纪律方面。【待补充：全年支部召开“三会一课”、开展主题党日的次数和本人参加的次数；是否按时足额交纳党费】\n"
    ));
    assert!(text.contains("（五）在联系服务群众方面。【待补充：到社区“双报到”或参加志愿服务的情况，如去了几次、做了什么】"));
    assert!(text.contains("（六）在先锋模范作用方面。【待补充：支部交办的任务及完成情况，如承办主题党日、担任党小组长、编发支部简报。全年主要工作和数据"));
    let mut d = member_draft();
    d.member.dues = Some(false);
    d.facts.insert("f-dangfei", false);
    let text = text_of(&d);
    assert!(
        text.contains(
            "本人参加12次。【待补充：党费未能按时足额交纳的原因，以及何时补交、是否已足额】\n"
        ),
        "{text}"
    );
    // Nor 无违规违纪情形 while the reason is not told (a reviewer found it
    // one paragraph below the request).
    assert!(!text.contains("无违规违纪情形"), "{text}");
    d.facts.insert("f-dangfei", true);
    let text = text_of(&d);
    assert!(text.contains("本人参加12次。\n"));
    assert!(
        !text.replace("不按时足额交纳党费", "").contains("党费"),
        "{text}"
    );
    // Paid, and the 反向情形 of not paying answered 是: the 材料 does not
    // say both.
    let mut d = member_draft();
    d.member.dues = Some(true);
    d.facts.insert("f-dangfei", true);
    let text = text_of(&d);
    assert!(text.contains("不按时足额交纳党费的情形"), "{text}");
    let paid = text.replace("不按时足额交纳党费", "");
    assert!(!paid.contains("按时足额交纳党费"), "{text}");
}

/// 支部交办任务 and 双报到 are the member's words, counted as theirs; the
/// tasks with a lead naming what they are about unless the words name it
/// themselves, the service with none (双报到 or 志愿服务: which one, only
/// the words can tell).
#[test]
fn tasks_and_service_are_the_members_words() {
    let mut d = member_draft();
    d.member.tasks = "承办主题党日活动2次；".into();
    d.member.service = "到居住地社区报到，参加志愿服务8次".into();
    let text = text_of(&d);
    assert!(text.contains("（五）在联系服务群众方面。到居住地社区报到，参加志愿服务8次。"));
    assert!(text.contains("（六）在先锋模范作用方面。完成支部交办的任务，承办主题党日活动2次。"));
    let before = share_of(&member_draft()).person;
    // 承办主题党日活动2次。 (11) and 到居住地社区报到，参加志愿服务8次。 (18):
    // the full stop ending their words is theirs.
    assert_eq!(share_of(&d).person, before + 29);
    d.member.service = "每月去社区做一次垃圾分类宣传".into();
    let text = text_of(&d);
    assert!(
        text.contains("（五）在联系服务群众方面。每月去社区做一次垃圾分类宣传。"),
        "{text}"
    );
    // Words that say nothing are asked for again, never glued after the lead.
    d.member.service = "无".into();
    d.member.tasks = "同上。".into();
    let text = text_of(&d);
    assert!(!text.contains("志愿服务，无"), "{text}");
    assert!(
        text.contains("（五）在联系服务群众方面。【待补充：到社区“双报到”或参加志愿服务的情况"),
        "{text}"
    );
    assert!(
        text.contains("（六）在先锋模范作用方面。【待补充：支部交办的任务及完成情况"),
        "{text}"
    );
}

/// A 反向情形 answered 是: the grade part words its consequence, the bands it
/// rules out are not offered, the 廉 sentence is left out; unanswered, the
/// 廉 sentence asks for the answers.
#[test]
fn a_reverse_case_answered_yes_is_worded_with_its_consequence() {
    use ziping_core::{barred_bands, occasion_grade};
    let set = builtin_occasions();
    let o = set.get("minzhu-pingyi").unwrap();
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let mut d = member_draft();
    assert!(text_of(&d).contains("无违规违纪情形。"));
    d.facts.insert("f-dangfei", true);
    d.self_grade = "不合格".into();
    let text = text_of(&d);
    assert!(text.contains(
        "　　自评等次：不合格。本年度存在无正当理由不按时足额交纳党费的情形，依规应评为“不合格”。\n"
    ));
    assert!(!text.contains("无违规违纪情形"));
    let g = occasion_grade(o, &refs, &d);
    assert_eq!(barred_bands(o, &g), ["优秀", "合格", "基本合格"]);
    d.self_grade = "合格".into();
    assert!(text_of(&d).contains("【待补充：自评等次（“合格”与下述情形不符，请重新选择）】"));
    // Taken back, it is answered 否 by 党费 paid (the 情形 follows it);
    // another left unanswered is asked for.
    d.facts.remove("f-dangfei");
    assert!(text_of(&d).contains("无违规违纪情形。"));
    d.facts.remove("f-renwu");
    assert!(
        text_of(&d).contains("【待补充：廉洁自律情况：请在“否决事项”中逐项回答是否存在所列情形】")
    );
}

/// Other occasions tell no member facts, whatever the draft holds.
#[test]
fn only_the_occasions_that_name_them_tell_member_facts() {
    for occasion in ["zuzhi-shenghuohui", "niandu-kaohe", "congyan-zicha"] {
        let mut d = member_draft();
        d.occasion = occasion.into();
        d.show_grade = true;
        let text = text_of(&d);
        assert!(
            !text.contains("三会一课") && !text.contains("党费"),
            "{occasion}"
        );
    }
}

/// 民主评议 (a reviewer's reading): the 不足 must touch 党性, asked for
/// when no problem does; a dimension with nothing asks for what fits it;
/// the closing is the member's own 表态, a 预备党员 asked toward 转正.
#[test]
fn the_members_shortcomings_touch_party_conduct_and_the_closing_is_theirs() {
    let mut d = complete("minzhu-pingyi");
    problem(&mut d, None, "办理职级晋升审核有2次出错", &[]);
    let text = text_of(&d);
    assert!(text.contains("　　（二）【待补充：思想和党性方面的不足，如参加组织生活、开展批评和自我批评、发挥党员作用等方面的具体表现】\n"));
    assert!(text.contains("　　（一）在理想信念方面。【待补充：本年度理想信念方面的具体表现，如讲党课、重温入党誓词、在急难任务中的表现】\n"));
    assert!(text.contains("　　今后，我将【待补充：一两句打算，用自己的话写（填在“结尾表态”中）】。以上自评，请组织和同志们评议。\n"));
    // A problem of 党性 (by its words or a cause's angle): not asked.
    problem(&mut d, None, "开展批评和自我批评不够大胆", &[]);
    assert!(!text_of(&d).contains("思想和党性方面的不足"));
    d.problems.truncate(1);
    d.problems[0].causes = vec![Cause {
        angle: Some(Angle::Dangxing),
        text: "对自己要求不严".into(),
    }];
    assert!(!text_of(&d).contains("思想和党性方面的不足"));
    d.pledge = "我会把岗位上的每件事办扎实的".into();
    assert!(text_of(&d).contains("　　今后，我将把岗位上的每件事办扎实。以上自评"));
    d.pledge.clear();
    d.person.standing = "中共预备党员".into();
    assert!(text_of(&d).contains("如：自觉接受党组织的教育和考察，争取按期转为正式党员】。"));
}

/// From a review of the diff: 2027年底前 in 努力方向 after "2027年，" is
/// 年底前 (never 于底前, nor the year twice); the 自查's closing counts a 时限 that names a time as 限期 and
/// words one problem without 全部/其中.
#[test]
fn next_years_end_and_a_single_problem_read_right() {
    let mut d = complete("niandu-kaohe");
    problem(&mut d, None, "学习不够系统", &[]);
    d.problems[0].measure = "制定个人学习计划".into();
    d.problems[0].deadline = "2027年底前".into();
    assert!(text_of(&d).contains("　　2027年，我将于年底前制定个人学习计划。\n"));
    // A span is counted from the 材料's date: 3个月内 is the day it means.
    d.material_date = CivilDate::new(2027, 1, 15);
    d.problems[0].deadline = "3个月内".into();
    assert!(text_of(&d).contains("　　2027年，我将于4月底前制定个人学习计划。\n"));
    // 年底前 in a 个人总结 dated in December is next year's, as the
    // sentence says.
    d.material_date = CivilDate::new(2026, 12, 10);
    d.problems[0].deadline = "年底前".into();
    assert!(text_of(&d).contains("　　2027年，我将于年底前制定个人学习计划。\n"));
    // A measure typed as 我打算…: never 我将我打算….
    d.problems[0].measure = "我打算以后每天下班前把档案审核的规定过一遍".into();
    d.problems[0].deadline = "长期坚持".into();
    assert!(
        text_of(&d).contains("　　2027年，我将每天下班前把档案审核的规定过一遍。\n"),
        "{}",
        text_of(&d)
    );
    d.occasion = "congyan-zicha".into();
    d.problems[0].deadline = "2027年上半年完成，年底前巩固".into();
    assert!(text_of(&d)
        .contains("（一）每天下班前把档案审核的规定过一遍，2027年上半年完成，年底前巩固。"));
    assert!(text_of(&d)
        .contains("　　查摆的问题已列入个人整改清单（限期完成）。下一步，将逐项整改、按期销号。"));
}

/// Before a copy or download: every gap left in the 材料, where it is (a
/// text field's selection, in UTF-16 units) and what it asks for.
#[test]
fn the_gaps_left_are_found_with_where_they_are() {
    use ziping_report::{gaps, gaps_label, Gap};
    let text = "《关于召开【2026】年度会议的通知》\n姓名：【待补充：姓名】\n存在学习不深的问题，比如【……】。\n【待补充】";
    let found = gaps(text);
    let whats: Vec<&str> = found.iter().map(|g| g.what.as_str()).collect();
    assert_eq!(whats, ["姓名", "比如【……】", "待补充"]);
    let Gap { start, end, .. } = &found[0];
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&utf16[*start as usize..*end as usize]).unwrap(),
        "【待补充：姓名】"
    );
    assert_eq!(gaps_label(found.len()), "还有3处待补充");
    assert!(gaps("没有空缺。【】").is_empty());
    // What a gap asks for, in a few words.
    let long = "【待补充：上年度（上次）查摆问题及整改落实情况尚未填写，请逐项列出】";
    assert_eq!(gaps(long)[0].what, "上年度（上次）查摆问题及…");
    assert_eq!(
        gaps("【待补充：针对查摆问题的整改措施，每条写明整改时限】")[0].what,
        "针对查摆问题的整改措施"
    );
    assert!(gaps("未闭合【待补充").is_empty(), "bad input never panics");
}

/// A stray 【 or 】 typed by hand neither swallows the text after it nor
/// changes the count; a gap inside a gap counts once.
#[test]
fn stray_brackets_leave_the_gaps_count_right() {
    use ziping_report::gaps;
    let whats = |t: &str| -> Vec<String> { gaps(t).into_iter().map(|g| g.what).collect() };
    assert_eq!(
        whats("误输入【一个括号，姓名：【待补充：姓名】，比如【……】。"),
        ["姓名", "比如【……】"]
    );
    assert_eq!(whats("多了】一个，【待补充：单位】】。"), ["单位"]);
    assert_eq!(whats("【待补充：比如【……】】"), ["比如【……】"]);
    assert_eq!(whats("【待补充：姓名】【待补充：职务】"), ["姓名", "职务"]);
    let text = "【【待补充：职务】";
    let g = &gaps(text)[0];
    assert_eq!((g.start, g.end), (1, 9));
    assert!(whats("】】【【").is_empty());
}

/// From a reviewer's reading of six personas' 个人总结 and 民主评议: a 不足 is
/// its 判断 with its instance (a 判断 alone reads as anyone's); 努力方向
/// answer the 不足 one by one (一是……二是……), with the person's lead, a
/// step's own "；" as "，", a gap where a 不足 has no measure, and no day
/// before a habit; 民主评议's 努力方向 (a plan, not a ledger) carry a day the
/// person gave, never 立行立改, 长期坚持 or a 时限 as spoken (尽快).
#[test]
fn next_years_steps_answer_the_shortcomings_one_by_one() {
    let mut d = complete("niandu-kaohe");
    d.problems.clear();
    problem(
        &mut d,
        None,
        "今年有1名同志两次超时报送核查结果，我只是口头提醒",
        &[],
    );
    problem(&mut d, None, "学习不够系统", &[]);
    problem(&mut d, None, "材料拖了才交", &[]);
    d.problems[0].judgement = "“一岗双责”落实得不够严".into();
    d.problems[0].lead = "从严管好科室队伍".into();
    d.problems[0].measure = "超时的当面指出；两次以上的提醒谈话".into();
    d.problems[0].deadline = "2027年3月底前".into();
    d.problems[1].measure = "我打算以后每月自学1本理论书籍".into();
    d.problems[1].deadline = "2027年底前".into();
    d.problems[2].measure = "马上改".into();
    let text = text_of(&d);
    assert!(
        text.contains("本人还存在以下不足：一是“一岗双责”落实得不够严。比如今年有1名同志两次超时报送核查结果，我只是口头提醒。二是"),
        "{text}"
    );
    assert!(
        text.contains("　　针对上述不足，2027年我将着力做到：一是从严管好科室队伍，于3月底前超时的当面指出，两次以上的提醒谈话；二是每月自学1本理论书籍；三是【待补充：针对“材料拖了才交”的具体做法，写明做什么、做多少】。\n"),
        "{text}"
    );
    d.occasion = "minzhu-pingyi".into();
    d.problems[2].measure = "交稿前自己先核一遍".into();
    d.problems[2].deadline = "尽快".into();
    d.problems[1].deadline = "长期坚持".into();
    let text = text_of(&d);
    assert!(text.contains("（二）每月自学1本理论书籍。\n"), "{text}");
    assert!(text.contains("（三）交稿前自己先核一遍。\n"), "{text}");
    assert!(text.contains("2027年3月底前，超时的当面指出"), "{text}");
    // 整改措施 keep every 时限.
    d.occasion = "zuzhi-shenghuohui".into();
    let text = text_of(&d);
    assert!(
        text.contains("（二）每月自学1本理论书籍，并长期坚持。\n"),
        "{text}"
    );
    // A 时限 that names no time is asked for there.
    assert!(
        text.contains("（三）交稿前自己先核一遍，【待补充：整改时限】。\n"),
        "{text}"
    );
}

/// A fact once (a user's journey and two reviews): a 工作实绩 line that an
/// example told beside it states again, no shorter, with the same figures
/// of the same things, is left out (考察干部40多人次 beside 全年参与考察干部
/// 40多人次，每次都个别谈话); never a line that counts something else, or
/// says more; an example under another dimension stays whole where the
/// person put it; times (3月) are no figures; no role asked of lines all
/// left out.
#[test]
fn a_fact_is_told_once() {
    let mut d = complete("niandu-kaohe");
    d.work = vec![
        "考察干部40多人次".into(),
        "审核档案120卷".into(),
        "讲专题党课2次".into(),
        "参加第2期年轻干部培训班".into(),
        "录入档案2.3万页".into(),
        "3月参加了一次换届，主要负责考察材料".into(),
    ];
    d.answer_mut(WUXIANG, "w3-diaoyan").evidence =
        "牵头组织专题调研2次；培训班办了2期，经费2.3万元".into();
    d.answer_mut(WUXIANG, "w1-liangge").evidence =
        "全年参与考察干部40多人次，每次都个别谈话".into();
    d.answer_mut(WUXIANG, "w3-peixun").evidence = "负责审核干部档案120卷，发现问题及时反馈".into();
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = "审核档案120卷；3月参加第一议题学习".into();
    let text = text_of(&d);
    let part = |from: &str, to: &str| {
        let start = text.find(from).unwrap();
        text[start..start + text[start..].find(to).unwrap()].to_string()
    };
    let ji = part("四、工作实绩", "五、");
    assert_eq!(ji.matches("40多人次").count(), 1, "{ji}");
    for kept in [
        "讲专题党课2次",
        "参加第2期年轻干部培训班",
        "录入档案2.3万页",
        "3月参加了一次换届",
    ] {
        assert!(ji.contains(kept), "{kept}: {ji}");
    }
    assert!(!ji.contains("审核档案120卷；"), "{ji}");
    let de = part("一、思想政治", "二、");
    assert!(de.contains("审核档案120卷；3月参加第一议题学习"), "{de}");
    // Every line left to an example: no request for the role of none.
    d.work = vec!["考察干部40多人次".into()];
    d.answer_mut(WUXIANG, "w3-diaoyan").evidence = String::new();
    d.answer_mut(WUXIANG, "w3-peixun").evidence = String::new();
    let text = text_of(&d);
    assert!(!text.contains("在上述工作中本人是牵头还是参与"), "{text}");
    assert!(text.contains("全年参与考察干部40多人次"), "{text}");
}

/// From the review of the diff: 民主评议's 努力方向 keep a day the person
/// gave in another form (2027年3月31日); a habit is one done each day,
/// week, month… (每名干部档案复核一遍 is done once, by its day); a short
/// measure never reads 我将我要改; 我会同 is not 我会.
#[test]
fn next_years_plans_keep_the_persons_days_and_words() {
    let mut d = complete("minzhu-pingyi");
    d.problems.clear();
    problem(&mut d, None, "档案审核有漏项", &[]);
    problem(&mut d, None, "调研少", &[]);
    d.problems[0].measure = "每名干部档案逐一复核一遍".into();
    d.problems[0].deadline = "2027年6月底前".into();
    d.problems[1].measure = "我会同干部科制定调研计划".into();
    d.problems[1].deadline = "2027年3月31日".into();
    let text = text_of(&d);
    assert!(
        text.contains("（一）2027年6月底前，每名干部档案逐一复核一遍。\n"),
        "{text}"
    );
    assert!(
        text.contains("（二）我会同干部科制定调研计划，2027年3月31日。\n"),
        "{text}"
    );
    d.occasion = "niandu-kaohe".into();
    d.problems.truncate(1);
    d.problems[0].measure = "我要改掉拖拉的毛病".into();
    d.problems[0].deadline = String::new();
    assert!(
        text_of(&d).contains("2027年，我将改掉拖拉的毛病。\n"),
        "{}",
        text_of(&d)
    );
}

/// From a reviewer's reading of two unpolished personas (周丽, 马强): a
/// measure that names no action (注意, 进一步解放思想，开拓创新) is asked for
/// as the 体检 asks, never printed as one; a 表态 typed "在今后的工作中，我将"
/// is said once; 同上 and 见上 point to no "above" in the 材料, and a
/// note's 已整改 is the status the line already gives.
#[test]
fn what_says_nothing_is_asked_for_not_printed() {
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(
        &mut d,
        None,
        "学习抓的不紧，今年第一议题学习后没写体会",
        &[],
    );
    problem(
        &mut d,
        None,
        "创新意识不强，今年干部信息系统升级时仍沿用老办法",
        &[],
    );
    d.problems[0].measure = "注意".into();
    d.problems[0].deadline = "马上改".into();
    d.problems[1].measure = "进一步解放思想，开拓创新，再接再励".into();
    d.problems[1].deadline = "2027年6月底前".into();
    d.pledge = "在今后的工作中，我将以这次组织生活会为契机，把问题改到位".into();
    d.previous = vec![PreviousProblem {
        id: "q1".into(),
        text: "理论学习不够系统".into(),
        status: Progress::Done,
        note: "已整改，全年坚持学习".into(),
        ..Default::default()
    }];
    let text = text_of(&d);
    assert!(
        text.contains("　　（一）【待补充：针对“学习抓的不紧……”问题的整改措施，写明做什么、做多少】，立行立改。\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "　　（二）2027年6月底前，【待补充：针对“创新意识不强……”问题的整改措施，写明做什么、做多少】。\n"
        ),
        "{text}"
    );
    assert!(!text.contains("再接再励"), "{text}");
    assert!(
        text.contains("　　今后我将以这次组织生活会为契机，把问题改到位。以上对照检查"),
        "{text}"
    );
    for typed in [
        "今后的工作中，我将把问题改到位",
        "在今后的学习和工作中，我将把问题改到位",
        "在以后工作中，我会把问题改到位",
    ] {
        let mut p = d.clone();
        p.pledge = typed.into();
        let text = text_of(&p);
        assert!(
            text.contains("　　今后我将把问题改到位。以上对照检查"),
            "{text}"
        );
    }
    assert!(
        text.contains("（一）关于“理论学习不够系统”的问题。已整改到位。全年坚持学习。\n"),
        "{text}"
    );
    // Read as the 体检 reads it (我要学习党章 is a 建议 there, so printed),
    // and one the person marked 忽略 is theirs to keep.
    let mut kept = d.clone();
    kept.problems[1].measure = "我要学习党章".into();
    kept.ignored.push(ziping_core::Ignored {
        check: "empty-measure".into(),
        place: "problem:p1:measure".into(),
        words: "注意".into(),
    });
    let text = text_of(&kept);
    assert!(text.contains("　　（一）注意，立行立改。\n"), "{text}");
    assert!(text.contains("学习党章"), "{text}");
    // The 个人总结 asks for the step as well (for all of them, where none
    // says what will be done).
    d.occasion = "niandu-kaohe".into();
    d.problems.push(d.problems[0].clone());
    d.problems[2].id = "p3".into();
    d.problems[2].measure = "每月写1篇学习体会".into();
    let text = text_of(&d);
    assert!(
        text.contains("一是【待补充：针对“学习抓的不紧……”的具体做法，写明做什么、做多少】；二是【待补充：针对“创新意识不强……”的具体做法，写明做什么、做多少】；三是每月写1篇学习体会。"),
        "{text}"
    );
    // An example is told from its first part that says something.
    let mut d = complete("congyan-zicha");
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = "同上，全年参加第一议题学习24次".into();
    d.answer_mut(WUXIANG, "w2-guiju").evidence = "见上；全年审核档案320卷".into();
    let text = text_of(&d);
    assert!(!text.contains("同上") && !text.contains("见上"), "{text}");
    assert!(text.contains("全年参加第一议题学习24次"), "{text}");
    assert!(text.contains("全年审核档案320卷"), "{text}");
}

/// A bare label (调研少) is asked for its instance where the 体检 calls that
/// 须修改, not once the person marked it 忽略; a problem no cause explains is
/// named in the 思想根源 the 材料 asks for anyway, not asked about twice.
#[test]
fn a_bare_problem_is_asked_for_its_instance_and_its_root() {
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(&mut d, None, "调研少", &[]);
    let text = text_of(&d);
    assert!(
        text.contains("调研少。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】"),
        "{text}"
    );
    assert!(text.contains("上剖析“调研少”问题的思想根源】\n"), "{text}");
    assert!(!text.contains("问题的原因"), "{text}");
    // A 比如 with nothing after it: the request in its place.
    d.problems[0].text = "调研少，比如".into();
    let text = text_of(&d);
    assert!(
        text.contains("调研少。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】"),
        "{text}"
    );
    // One with an instance is printed as typed.
    d.problems[0].text = "调研少，今年只下过2次基层".into();
    assert!(!text_of(&d).contains("问题出在哪里"));
    // Stock phrases, however long, are asked about as a bare problem is.
    let stock = "调查研究不够深入，深入基层的次数不多，有时满足于听汇报、看材料";
    d.problems[0].text = stock.into();
    let text = text_of(&d);
    assert!(
        text.contains(&format!("{stock}。【待补充：举一件具体的事")),
        "{text}"
    );
    // Marked 忽略 in the 体检: the person's to keep.
    d.problems[0].text = "调研少".into();
    d.ignored.push(ziping_core::Ignored {
        check: "no-instance".into(),
        place: "problem:p1:text".into(),
        words: "调研少".into(),
    });
    assert!(!text_of(&d).contains("问题出在哪里"));
    // A cause of another angle leaves the problem in the root's request;
    // one of the root's own, and it is asked about after the angles.
    problem(
        &mut d,
        None,
        "服务基层不够，今年接待来访干部时有2次没有当场答复",
        &[(Angle::Zongzhi, "群众观点树得不牢")],
    );
    let text = text_of(&d);
    assert!(text.contains("上剖析“调研少”问题的思想根源】"), "{text}");
    d.problems[1].causes[0].angle = Some(Angle::Lixiang);
    let text = text_of(&d);
    assert!(!text.contains("上剖析"), "{text}");
    assert!(
        text.contains("二是【待补充：“调研少”问题的原因，从主观上查找】"),
        "{text}"
    );
}

/// A cause that blames circumstances (人手少), where the 体检 calls that
/// 须修改, is no 思想根源: the person's own cause is asked for in its place,
/// and not once they marked it 忽略; one that says what they let slip stays.
#[test]
fn a_circumstance_blamed_is_asked_about_not_called_a_root() {
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(
        &mut d,
        None,
        "调研少，今年只下过2次基层",
        &[(Angle::Lixiang, "科里人手少，客观上没有时间下去")],
    );
    let text = text_of(&d);
    assert!(!text.contains("客观上没有时间下去"), "{text}");
    assert!(
        text.contains(
            "“人手少”是客观原因，从主观上查找根源】这是“调研少，今年只下过2次基层”的思想根源。"
        ),
        "{text}"
    );
    let mut kept = d.clone();
    let words = ziping_core::blamed_circumstance(&kept, &kept.problems[0], 0).unwrap();
    kept.ignored.push(ziping_core::Ignored {
        check: "objective-cause".into(),
        place: "problem:p1:cause-0".into(),
        words,
    });
    assert!(text_of(&kept).contains("客观上没有时间下去"));
    d.problems[0].causes[0].text = "工作一忙就把学习放松了".into();
    assert!(text_of(&d).contains("工作一忙就把学习放松了"));
}

/// A problem typed as 无 states none: its 表现 is asked for, never printed
/// as （一）在……方面。无。
#[test]
fn a_problem_typed_as_nothing_is_asked_for() {
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(&mut d, None, "调研少，今年只下过2次基层", &[]);
    problem(&mut d, None, "无", &[(Angle::Dangxing, "无")]);
    let text = text_of(&d);
    assert!(!text.contains("。无。"), "{text}");
    assert!(text.contains("【待补充：问题的具体表现】"), "{text}");
    // Nor named “无” in a request, nor its 无 printed as a cause: it is
    // named by its place, and its cause asked for with the other's.
    assert!(!text.contains("“无”"), "{text}");
    assert!(!text.contains("】无。"), "{text}");
    assert!(
        text.contains("剖析“调研少，今年只下过2次基层”问题、第二个问题的思想根源】"),
        "{text}"
    );
    assert!(text.contains("针对第二个问题的整改措施"), "{text}");
}

/// Praise dressed as a problem (工作太投入) is asked to be a real shortcoming
/// where the 体检 calls it 须修改, not once the person marked it 忽略.
#[test]
fn praise_as_a_problem_is_asked_to_be_a_real_one() {
    let mut d = complete("niandu-kaohe");
    d.problems.clear();
    problem(&mut d, None, "工作太投入，对家人照顾不够", &[]);
    let text = text_of(&d);
    assert!(
        text.contains("工作太投入，对家人照顾不够。【待补充：“工作太投入”属问题表扬化，改写为自身真实的不足并写明具体表现】"),
        "{text}"
    );
    d.ignored.push(ziping_core::Ignored {
        check: "praise-as-problem".into(),
        place: "problem:p1:text".into(),
        words: "工作太投入".into(),
    });
    assert!(!text_of(&d).contains("属问题表扬化"));
    // Its measure is asked for once the problem is a real one: one against
    // 工作太投入 would answer the praise.
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(&mut d, None, "工作太投入，对家人照顾不够", &[]);
    let text = text_of(&d);
    assert!(text.contains(
        "【待补充：把“工作太投入，对家人照顾不够”改写为真实的不足后，再写针对它的整改措施，写明做什么、做多少】"
    ), "{text}");
    d.ignored.push(ziping_core::Ignored {
        check: "praise-as-problem".into(),
        place: "problem:p1:text".into(),
        words: "工作太投入".into(),
    });
    assert!(text_of(&d).contains("【待补充：针对“工作太投入，对家人照顾不够”问题的整改措施"));
}

/// What the 体检 calls 须修改 in an opinion's explanation (an excuse) and in
/// a 表态 naming another meeting is asked about after the person's words,
/// not once they marked it 忽略.
#[test]
fn an_excuse_and_another_meeting_are_asked_about() {
    let mut d = complete("zuzhi-shenghuohui");
    d.opinions = vec![ziping_core::Opinion {
        id: "o1".into(),
        text: "布置任务有时比较急".into(),
        problem: None,
        explanation: "上级临时交办的多，这也是没办法的事".into(),
    }];
    let text = text_of(&d);
    assert!(
        text.contains("这也是没办法的事。【待补充：这段说明读起来像辩解：意见属实的写“本人认领”并列入问题整改，不属实的只说明情况】"),
        "{text}"
    );
    d.ignored.push(ziping_core::Ignored {
        check: "excuse".into(),
        place: "opinion:o1".into(),
        words: "也是没办法".into(),
    });
    assert!(!text_of(&d).contains("读起来像辩解"));
    // A 表态 written for the 组织生活会, printed in a 民主评议.
    d.pledge = "以这次组织生活会为契机，把问题改到位".into();
    assert!(!text_of(&d).contains("不是这份材料的场合"));
    d.occasion = "minzhu-pingyi".into();
    let text = text_of(&d);
    assert!(
        text.contains(
            "把问题改到位【待补充：“组织生活会”与这份材料的场合不符，改为不提会议名称的说法】。"
        ),
        "{text}"
    );
    d.ignored.push(ziping_core::Ignored {
        check: "other-occasion".into(),
        place: "person:pledge".into(),
        words: "组织生活会".into(),
    });
    assert!(!text_of(&d).contains("不是这份材料的场合"));
}

/// The review of this session's change: praise 忽略 in the 判断 is not
/// looked for again in the 表现 (the 体检 stops at the first), praise in the
/// 判断 leaves the 表现's own request, a cause row with no words names its
/// problem once, and a virtue given as a cause is asked about.
#[test]
fn requests_follow_the_checks_field_by_field() {
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(&mut d, None, "工作太投入，对家人照顾不够", &[]);
    d.problems[0].judgement = "工作太投入".into();
    d.ignored.push(ziping_core::Ignored {
        check: "praise-as-problem".into(),
        place: "problem:p1:judgement".into(),
        words: "工作太投入".into(),
    });
    assert!(!text_of(&d).contains("属问题表扬化"));
    d.ignored.clear();
    d.problems[0].text = "调研少".into();
    let text = text_of(&d);
    assert!(
        text.contains("属问题表扬化，改写为自身真实的不足并写明具体表现。举一件具体的事"),
        "{text}"
    );
    // A cause row with its angle chosen and no words yet.
    d.problems[0].judgement.clear();
    d.problems[0].causes = vec![Cause {
        angle: Some(Angle::Lixiang),
        text: String::new(),
    }];
    let text = text_of(&d);
    assert_eq!(text.matches("“调研少”").count(), 2, "{text}");
    assert!(!text.contains("这是“调研少”"), "{text}");
    // A virtue given as a cause.
    d.problems[0].causes[0].text = "事业心太强".into();
    let text = text_of(&d);
    assert!(
        text.contains("“事业心太强”是优点，不是原因，从主观上查找不足】这是“调研少”的思想根源。"),
        "{text}"
    );
}

/// Last year's row still 已整改到位 while a problem of this year resembles
/// it (the 体检's `status-contradiction`, a reviewer's "a 老问题: why?"):
/// the row is followed by a request naming the problem; not once the
/// problem is linked to the row, said to be another problem, or the
/// finding marked 忽略.
#[test]
fn a_row_closed_but_found_again_is_asked_about() {
    // The 体检 shows status-contradiction exactly where the 材料 asks.
    let agree = |d: &Draft| {
        let found = findings_of(d)
            .iter()
            .any(|f| f.check == ziping_core::CheckId::StatusContradiction);
        assert_eq!(found, text_of(d).contains("与此相似"));
    };
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(&mut d, None, "学习不够深入，今年只读了2本原著", &[]);
    d.previous = vec![PreviousProblem {
        id: "q1".into(),
        text: "学习不够".into(),
        status: Progress::Done,
        note: "制定了学习计划".into(),
        ..Default::default()
    }];
    let asked = "【待补充：本年度查摆的“学习不够深入，今年只读了2本原著”问题与此相似，请在该问题的“上年度查摆过？”中说明是否同一问题；如是同一问题，材料将如实写明它再次出现】";
    agree(&d);
    let text = text_of(&d);
    assert!(
        text.contains(&format!("已整改到位。制定了学习计划。{asked}")),
        "{text}"
    );
    // Linked: told as 再次出现, nothing asked.
    d.problems[0].recurs_of = Some("q1".into());
    agree(&d);
    let text = text_of(&d);
    assert!(!text.contains("与此相似"), "{text}");
    assert!(text.contains("本年度同类问题再次出现"), "{text}");
    // Said to be another problem.
    d.problems[0].recurs_of = Some(String::new());
    agree(&d);
    assert!(!text_of(&d).contains("与此相似"));
    // Marked 忽略 in the 体检.
    d.problems[0].recurs_of = None;
    agree(&d);
    assert!(text_of(&d).contains("与此相似"));
    d.ignored.push(ziping_core::Ignored {
        check: "status-contradiction".into(),
        place: "previous:q1".into(),
        words: "学习不够".into(),
    });
    agree(&d);
    assert!(!text_of(&d).contains("与此相似"));
    // A row that is not 已整改到位 is not contradicted.
    d.ignored.clear();
    d.previous[0].status = Progress::Ongoing;
    assert!(!text_of(&d).contains("与此相似"));
}

/// Others' praise in place of what was done (受到领导一致好评, no figure) is
/// `praise-as-record`'s 须修改: the 材料 prints it and asks for what was
/// done after its sentence, in a 具体事例 and in a 工作实绩 line alike, and
/// asks exactly where the 体检 shows it 须修改: not beside a figure (建议),
/// not once marked 忽略.
#[test]
fn praise_in_place_of_what_was_done_is_asked_about() {
    let must = |d: &Draft| {
        findings_of(d)
            .iter()
            .filter(|f| {
                f.check == ziping_core::CheckId::PraiseAsRecord
                    && f.severity == ziping_core::Severity::Must
            })
            .count()
    };
    let asked = |t: &str| {
        t.matches("是评价，写明本人做了什么、做了多少、结果如何")
            .count()
    };
    let mut d = complete("niandu-kaohe");
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = "认真参加各类学习，受到领导一致好评".into();
    d.work = vec!["办公室日常工作井井有条，成绩突出".into()];
    let text = text_of(&d);
    assert_eq!((must(&d), asked(&text)), (2, 2), "{text}");
    assert!(
        text.contains(
            "受到领导一致好评。【待补充：“一致好评”是评价，写明本人做了什么、做了多少、结果如何】"
        ),
        "{text}"
    );
    assert!(
        text.contains("成绩突出。【待补充：“成绩突出”是评价，写明"),
        "{text}"
    );
    // Praise in two parts is quoted as the text writes it.
    d.answer_mut(SIGE, "m2-pingjia").evidence = "办事公道，深受好评".into();
    let text = text_of(&d);
    assert!(
        text.contains("深受好评。【待补充：“深受好评”是评价，写明"),
        "{text}"
    );
    d.answer_mut(SIGE, "m2-pingjia").evidence.clear();
    // By main duties, the line a paragraph of its own, the same.
    d.alt_layout = true;
    let text = text_of(&d);
    assert!(
        text.contains("（一）办公室日常工作井井有条，成绩突出。【待补充：“成绩突出”是评价，写明"),
        "{text}"
    );
    d.alt_layout = false;
    // Beside a figure of work the praise in the 工作实绩 is a 建议: printed,
    // nothing asked there (the 具体事例's is still asked).
    d.work = vec!["全年起草材料46份，成绩突出".into()];
    let text = text_of(&d);
    assert_eq!((must(&d), asked(&text)), (1, 1), "{text}");
    // Marked 忽略: neither.
    d.ignored.push(ziping_core::Ignored {
        check: "praise-as-record".into(),
        place: format!("evidence:{WUXIANG}:w1-xuexi"),
        words: "一致好评".into(),
    });
    let text = text_of(&d);
    assert_eq!((must(&d), asked(&text)), (0, 0), "{text}");
}

/// A spoken run-up before a 表现 (就是……, 其实……) is not printed: after
/// 一是 it read 一是就是我觉得…….
#[test]
fn a_spoken_run_up_before_a_problem_is_left_out() {
    let mut d = complete("niandu-kaohe");
    d.problems.clear();
    problem(
        &mut d,
        None,
        "就是我觉得今年干部档案的规定我看了3遍还记不住",
        &[],
    );
    problem(&mut d, None, "其实，今年有2次会议记录没有当天整理", &[]);
    let text = text_of(&d);
    assert!(
        text.contains("一是我觉得今年干部档案的规定我看了3遍还记不住。"),
        "{text}"
    );
    assert!(
        text.contains("二是今年有2次会议记录没有当天整理。"),
        "{text}"
    );
    // The 自查's 自评表 notes an item's problem without it too.
    let mut d = complete("congyan-zicha");
    d.problems.clear();
    problem(
        &mut d,
        Some((SIGE, "m3-jibengong")),
        "就是说文稿起草基本功还需加强",
        &[],
    );
    let text = text_of(&d);
    let table = text.split_once("\n附件\n个人自评表\n").unwrap().1;
    assert!(
        table.contains("｜问题：文稿起草基本功还需加强\n"),
        "{table}"
    );
    // Numbered, or with a 比如 and nothing after it: the same, in both.
    d.problems[0].text = "1、就是说文稿起草基本功还需加强，比如".into();
    let text = text_of(&d);
    let table = text.split_once("\n附件\n个人自评表\n").unwrap().1;
    assert!(
        table.contains("｜问题：文稿起草基本功还需加强\n"),
        "{table}"
    );
    assert!(
        text.contains("文稿起草基本功还需加强。【待补充：举一件具体的事"),
        "{text}"
    );
}

/// An excuse in a problem (不是故意的) or a circumstance its 表现 gives as
/// the reason (因为事情太多了) is 须修改 in the 体检, and the 材料 asks for
/// the problem without it, once per problem; not once marked 忽略. In a
/// cause an excuse stays a 建议 (the 原因剖析's own checks weigh it).
#[test]
fn an_excuse_in_a_problem_is_asked_to_go() {
    let must = |d: &Draft| {
        findings_of(d)
            .iter()
            .filter(|f| {
                matches!(
                    f.check,
                    ziping_core::CheckId::Excuse | ziping_core::CheckId::ObjectiveCause
                ) && f.severity == ziping_core::Severity::Must
                    && !f.place.key().contains("cause")
            })
            .count()
    };
    let asked = |t: &str| {
        t.matches("读起来像在开脱，问题只写自己做得不够的地方")
            .count()
    };
    let mut d = complete("zuzhi-shenghuohui");
    d.problems.clear();
    problem(
        &mut d,
        None,
        "今年有2次材料晚交了一天，不是故意的",
        &[(Angle::Jilv, "不是故意拖延，但对时限重视不够")],
    );
    problem(&mut d, None, "3月有2次接电话语气生硬，因为事情太多了", &[]);
    let text = text_of(&d);
    assert_eq!((must(&d), asked(&text)), (2, 2), "{text}");
    assert!(
        text.contains("不是故意的。【待补充：“不是故意”读起来像在开脱"),
        "{text}"
    );
    assert!(
        text.contains("因为事情太多了。【待补充：“事情太多”读起来像在开脱"),
        "{text}"
    );
    // 忽略 on each: neither.
    for (check, id, words) in [
        ("excuse", 0, "不是故意"),
        ("objective-cause", 1, "事情太多"),
    ] {
        let place = format!("problem:{}:text", d.problems[id].id);
        d.ignored.push(ziping_core::Ignored {
            check: check.into(),
            place,
            words: words.into(),
        });
    }
    let text = text_of(&d);
    assert_eq!((must(&d), asked(&text)), (0, 0), "{text}");
}

/// A line of 工作实绩 that says nothing (同上) is not printed, as a 具体事例
/// that says nothing is not; 按要求完成了 says nothing as 按要求完成 does.
#[test]
fn work_that_says_nothing_is_not_printed() {
    let mut d = complete("niandu-kaohe");
    d.work = vec!["发展党员工作，按要求完成了".into(), "同上".into()];
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = "按要求完成了".into();
    let text = text_of(&d);
    assert!(text.contains("发展党员工作，按要求完成了。"), "{text}");
    assert!(!text.contains("同上"), "{text}");
    assert!(!text.contains("　　按要求完成了"), "{text}");
    assert!(ziping_core::says_nothing("按要求完成了。"));
    assert!(!ziping_core::says_nothing("发展党员工作，按要求完成了"));
}

/// A hand edit made from an undated base (no 落款日期 set) carries the day
/// printed under the name when it began; without it, it compares with its
/// base line for line, so that 查看我的修改 shows only the person's changes.
#[test]
fn an_edit_without_its_date_line_compares_with_its_base() {
    let d = complete("zuzhi-shenghuohui");
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let r = build_report(&refs, &d, &builtin_occasions(), today());
    assert_eq!(ziping_report::undated_edit(&r.to_text()), r.undated_text());
    let add = |t: &str| t.replace("报告如下：\n", "报告如下：\n　　补一句。\n");
    assert_eq!(
        ziping_report::undated_edit(&add(&r.to_text())),
        add(&r.undated_text())
    );
    // A text whose last line is no date is as it was.
    assert_eq!(ziping_report::undated_edit("正文\n"), "正文\n");
    // The 自查 prints its 自评表 after the signature: the date goes, the table stays.
    let mut d = complete("congyan-zicha");
    d.person.name = "李四".into();
    let r = build_report(&refs, &d, &builtin_occasions(), today());
    assert!(r.to_text().contains("附件"));
    assert_eq!(ziping_report::undated_edit(&r.to_text()), r.undated_text());
}

/// The review of session 24's change, case by case: fillers of more than
/// one word and the punctuation after them go, words that open with 其实
/// stay; a time is no figure for praise to rest on; a circumstance followed
/// by what came of it (……，导致……) is a 建议, not asked about; a request
/// after a "，" stays in place; the 双报到's terse words get a lead that
/// claims neither.
#[test]
fn the_reviews_cases_of_unpolished_input() {
    let mut d = complete("niandu-kaohe");
    d.problems.clear();
    problem(&mut d, None, "就是说今年有2次会议记录没有当天整理", &[]);
    problem(&mut d, None, "其实吧，今年有3份材料报送晚了", &[]);
    problem(&mut d, None, "其实施方案今年改了3次才定稿", &[]);
    let text = text_of(&d);
    assert!(
        text.contains("一是今年有2次会议记录没有当天整理。"),
        "{text}"
    );
    assert!(text.contains("二是今年有3份材料报送晚了。"), "{text}");
    assert!(text.contains("三是其实施方案今年改了3次才定稿。"), "{text}");
    // A time is no figure of work.
    d.work = vec!["2026年工作受到领导一致好评".into()];
    assert!(text_of(&d).contains("一致好评。【待补充：“一致好评”是评价，写明"));
    // 导致 after the circumstance: what came of it, a 建议, not asked.
    d.problems.clear();
    problem(
        &mut d,
        None,
        "任务时间紧的时候容易急躁，今年有2次导致基层同志不满",
        &[],
    );
    assert!(!text_of(&d).contains("读起来像在开脱"));
    problem(&mut d, None, "今年有2份材料报送晚了，主要是时间紧", &[]);
    assert!(text_of(&d).contains("“时间紧”读起来像在开脱"));
    // The 双报到 in terse words: a lead that claims neither; words that say
    // what they are about stand alone.
    let mut m = complete("minzhu-pingyi");
    m.member.service = "4次".into();
    assert!(text_of(&m).contains("到社区“双报到”或参加志愿服务，4次。"));
    m.member.service = "去社区两次".into();
    assert!(text_of(&m).contains("（五）在联系服务群众方面。去社区两次。"));
}
