//! Golden samples: the 材料 of each occasion, generated from a realistic draft
//! (tests/fixtures/drafts/<occasion>.json) and compared with the checked-in
//! text (tests/fixtures/reports/<occasion>.txt). `UPDATE_GOLDEN=1 cargo test
//! -p ziping-report --test golden` rewrites them; read the diff before committing it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/util/mod.rs"]
mod util;

use std::path::PathBuf;

use util::*;
use ziping_core::{
    builtin_occasions, carry_over, check, Angle, Cause, CauseHead, CivilDate, Draft, ItemLink,
    RowStatus, Template,
};
use ziping_report::{build_report, Report};

pub const OCCASIONS: [&str; 4] = [
    "zuzhi-shenghuohui",
    "niandu-kaohe",
    "minzhu-pingyi",
    "congyan-zicha",
];

fn dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(sub)
}

pub fn sample(occasion: &str) -> String {
    sample_report(occasion).to_text()
}

/// The golden sample of `occasion` before it is rendered.
pub fn sample_report(occasion: &str) -> Report {
    let (d, today) = sample_draft(occasion);
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(&refs, &d, &builtin_occasions(), today)
}

/// The draft of the golden sample of `occasion`, and the day it is drawn.
pub fn sample_draft(occasion: &str) -> (Draft, CivilDate) {
    let json = std::fs::read_to_string(dir("drafts").join(format!("{occasion}.json"))).unwrap();
    let d = Draft::from_json(&json).unwrap();
    assert_eq!(d.occasion, occasion);
    // Drawn on 26 November 2026 with no date set: each occasion's default
    // (a 2026年度 组织生活会 is held in early 2027).
    (d, CivilDate::new(2026, 11, 26).unwrap())
}

#[test]
fn every_occasion_has_a_golden_sample_that_matches() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for o in OCCASIONS {
        let text = sample(o);
        let path = dir("reports").join(format!("{o}.txt"));
        if update {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_default();
        if golden != text {
            stale.push(o);
        }
    }
    assert!(
        stale.is_empty(),
        "golden samples differ: {stale:?} (UPDATE_GOLDEN=1 cargo test -p ziping-report --test golden rewrites them)"
    );
}

#[test]
fn every_built_in_occasion_has_a_sample() {
    let ids: Vec<String> = builtin_occasions()
        .occasions
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(ids, OCCASIONS);
}

/// The 组织生活会 sample is of the length GENRE.md expects (1,500–3,000
/// characters) and has problems on items rated 好 or 较好.
#[test]
fn the_meeting_sample_is_proportionate() {
    let text = sample("zuzhi-shenghuohui");
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    assert!((1500..=3000).contains(&chars), "{chars} characters");
}

/// The carried-over sample: last year's 组织生活会 draft with its ledger
/// brought up to date (2 rows 已完成, 1 长期坚持, 2 still open), carried into
/// 2027, rated again, with this year's problems (one raised again on the same
/// item: a 老问题). Part 一 reports last year's problems with their statuses.
pub fn carried_sample() -> String {
    carried_report().to_text()
}

/// The carried-over sample before it is rendered.
pub fn carried_report() -> Report {
    let (new, today) = carried_draft();
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(&refs, &new, &builtin_occasions(), today)
}

/// The carried-over sample's draft, and the day it is drawn.
pub fn carried_draft() -> (Draft, CivilDate) {
    let json = std::fs::read_to_string(dir("drafts").join("zuzhi-shenghuohui.json")).unwrap();
    let mut old = Draft::from_json(&json).unwrap();
    let rows = [
        (
            "p1",
            RowStatus::Done,
            "制定个人学习计划，干部调整集中期间坚持每周自学不少于3小时，全年撰写学习体会10篇",
            "2027年3月25日",
        ),
        (
            "p2",
            RowStatus::Done,
            "考察材料逐人写明个性特点和具体事例，经科室集体审核后报送",
            "2026年12月20日",
        ),
        (
            "p3",
            RowStatus::Ongoing,
            "对报送的干部档案材料逐份审核，发现问题当即退回补正",
            "",
        ),
        (
            "p4",
            RowStatus::InProgress,
            "建立基层咨询登记台账，已答复咨询47件",
            "",
        ),
        (
            "p5",
            RowStatus::InProgress,
            "参加保密教育2次，签订保密承诺书",
            "",
        ),
    ];
    for (id, status, progress, closed) in rows {
        let p = old.problem_mut(id).unwrap();
        p.status = status;
        p.progress = progress.to_string();
        p.closed = closed.to_string();
    }
    let mut new = carry_over(
        &old,
        "d-2027".into(),
        1_827_000_000_000,
        old.templates.clone(),
        None,
    );
    new.notice = "关于召开2027年度组织生活会的通知".to_string();
    new.studied =
        "重点学习了党的二十届四中全会精神和《干部选拔任用工作条例》，对照上年度整改清单逐项回头看"
            .to_string();
    new.pledge = "把这次查摆的问题和上年度没有改彻底的问题一并列入台账，逐项对单销号".to_string();
    new.answers = old.answers.clone();
    new.facts = old.facts.clone();
    new.work = old.work.clone();
    // This year's problems: one raised again on last year's item (its
    // row then reads 正在整改, not 已整改到位), one the person links to last
    // year's row, one new; each with this year's own cause.
    let this_year = [
        (Some(("sige-mofan", "m2-pingjia")), "", "评价干部写实还不够", "比如今年两次班子考察的谈话记录中，对个别干部的评价仍停留在“工作认真”“作风扎实”等概括性表述", "严把考察材料质量关", "考察谈话提纲增加具体事例追问，评价意见逐人对照事例写实", "2028年3月底前", (Angle::Dangxing, "上年度整改满足于改了几份材料，写实的要求没有变成习惯，遇到任务集中时又回到老套路，说明整改没有从思想上扎根")),
        (Some(("wuxiang-gongzuo", "w3-peixun")), "", "运用数字化手段开展干部工作的本领还有差距", "比如干部信息管理系统的统计分析功能用得不多，汇总数据仍靠手工", "补齐数字化本领短板", "参加干部信息系统操作培训，每季度用系统完成一次干部结构分析", "2028年6月底前", (Angle::Nengli, "对信息化条件下干部工作的新要求学得不深，习惯用老办法")),
        (None, "真抓实干强作风", "深入基层调查研究还不够", "比如全年到联系乡镇只有4次，了解干部队伍情况主要靠听汇报", "扑下身子搞调研", "每季度至少到联系乡镇调研1次，每次形成调研记录", "长期坚持", (Angle::Zongzhi, "群众观点树得不牢，把在机关听汇报当成了解情况的主要渠道")),
    ];
    for (item, aspect, judgement, text, lead, measure, deadline, (angle, cause)) in this_year {
        let link = item.map(|(t, i)| ItemLink {
            template: t.into(),
            item: i.into(),
        });
        let id = new.add_problem(link, aspect);
        let p = new.problem_mut(&id).unwrap();
        p.judgement = judgement.to_string();
        p.text = text.to_string();
        p.lead = lead.to_string();
        p.measure = measure.to_string();
        p.deadline = deadline.to_string();
        p.causes = vec![Cause {
            angle: Some(angle),
            text: cause.to_string(),
        }];
    }
    // This year's judgements opening the angles of the 原因剖析.
    new.cause_heads = [
        (Angle::Dangxing, "整改的韧劲还不够"),
        (Angle::Zongzhi, "宗旨意识有所淡化"),
        (Angle::Nengli, "适应新要求的本领跟得不够快"),
    ]
    .map(|(a, t)| CauseHead {
        angle: Some(a),
        text: t.to_string(),
    })
    .to_vec();
    // The third raises again last year's "服务基层的意识还不够强" (q4).
    let third = new.problems[2].id.clone();
    new.problem_mut(&third).unwrap().recurs_of = Some("q4".into());
    (new, CivilDate::new(2027, 11, 26).unwrap())
}

#[test]
fn the_carried_over_sample_matches() {
    let text = carried_sample();
    let path = dir("reports").join("组织生活会-结转.txt");
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    // The 长期坚持 row carried into 2026 carries on into 2027; the row
    // raised again on its item is 正在整改, not 已整改到位.
    assert!(
        text.contains(
            "上年度查摆的5项问题和此前结转的1项问题，已整改到位1项，正在整改3项，需长期坚持2项。"
        ),
        "{text}"
    );
    // Closed, then raised again: said so, never silently reopened.
    assert!(text.contains(
        "（二）关于“公平评价干部还有差距”的问题。正在整改。考察材料逐人写明个性特点和具体事例，经科室集体审核后报送，曾于2026年12月20日销号；本年度同类问题再次出现，已重新列入整改。"
    ), "{text}");
    // Said once in part 一 for each row raised again, once in part 二 as a fact.
    assert_eq!(text.matches("再次出现").count(), 2);
    assert_eq!(text.matches("又有反复").count(), 2);
    assert!(text.contains("上年度查摆的“服务基层的意识还不够强”问题本年度又有反复。"));
    assert!(
        !text.contains("对理论学习的重要性认识不足"),
        "no cause copied from last year"
    );
    let golden = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        golden == text,
        "the carried-over sample differs (UPDATE_GOLDEN=1 cargo test -p ziping-report --test golden rewrites it)"
    );
}

/// The tool's own text is at most 15 % of a 组织生活会 or a 个人总结
/// written with at least 800 characters of the person's own; every golden's share is
/// printed (`cargo test -p ziping-report --test golden -- --nocapture`).
/// The year-after sample is held to its measured share as a ratchet,
/// whatever its length: its part 一 states six rows' statuses in the tool's
/// words, and it is over the 15 % (issue 23's note has the figures). It has
/// 773 characters of the person's own, under the 800 the others need, so its
/// ratchet (29 % then) was never applied until session 24, which applies it
/// at its measured 31.3 %.
#[test]
fn the_tools_own_text_is_at_most_15_per_cent_of_a_meeting() {
    let mut all: Vec<(String, Report, usize)> = OCCASIONS
        .iter()
        .map(|o| (o.to_string(), sample_report(o), 15))
        .collect();
    all.push(("组织生活会-结转".to_string(), carried_report(), 32));
    let mut over = Vec::new();
    for (name, r, most) in &all {
        let s = r.share;
        let all_chars = s.tool + s.person;
        println!(
            "{name}: tool {} / person {} characters, tool {:.1} %",
            s.tool,
            s.person,
            s.tool as f64 * 100.0 / all_chars as f64
        );
        let meeting = name.starts_with("zuzhi")
            || name.starts_with("组织生活会")
            || name.starts_with("niandu");
        // A sample's own ratchet holds whatever its length.
        let held = s.person >= 800 || *most != 15;
        if meeting && held && s.tool * 100 > most * all_chars {
            over.push(format!("{name}: tool {} of {all_chars}", s.tool));
        }
    }
    assert!(over.is_empty(), "over its share: {over:?}");
}

/// The personas (tests/fixtures/personas): unpolished inputs of real kinds
/// of users — a terse 副科长, a rambling new 科员 in 试用期 at their first
/// meeting, a 科长 with the notice's aspects, preparation and opinions, and a
/// 四级调研员 near retirement who writes stock phrases, praise and "无"
/// (everything 好, 优秀 with a third of the meetings missed, no talks), and
/// 老刘, a 副主任 of 52 who types spoken phrases with spaces for pauses,
/// 马上改 as a measure, an excuse, and 党费 paid late with a good reason, and
/// 孙立新, an office 主任 who pastes from last year's document: his own
/// numbering (1、 （1） ① 一是…二是), ASCII punctuation, line breaks, 。。 and
/// 时限 in figures (2027.3.31, 2027-12); 周丽, a 干部监督科 科长 of 45 who
/// writes long paragraphs of 套话 and self-praise, praise as problems
/// (工作太投入), outside causes, slogans as measures (进一步解放思想，开拓
/// 创新，再接再励), 长期 and 年底 as 时限, and a 表态 "在今后的工作中，我将……";
/// and 马强, an office 一级主任科员 of 58 who types little: half the fields
/// empty, 无, 同上 and 见上 as evidence, one problem, 注意 as its measure and
/// 马上改 as its 时限, no 民族, 学历 or 入党时间, 2 meetings missed.
pub const PERSONAS: [&str; 8] = [
    "fukezhang",
    "xinkeyuan",
    "kezhang",
    "laotongzhi",
    "laoliu",
    "jiugao",
    "zhouli",
    "maqiang",
];

/// A persona's 材料, written for `occasion`.
pub fn persona_report(persona: &str, occasion: &str) -> Report {
    let (d, today) = persona_draft(persona, occasion);
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(&refs, &d, &builtin_occasions(), today)
}

/// A persona's draft, written for `occasion`, and the day it is drawn.
pub fn persona_draft(persona: &str, occasion: &str) -> (Draft, CivilDate) {
    let path = dir("personas").join(format!("{persona}.json"));
    let mut d = Draft::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    d.occasion = occasion.to_string();
    // Dated as the person set it, at the meeting.
    d.material_date = CivilDate::new(2027, 1, 15);
    (d, CivilDate::new(2026, 12, 5).unwrap())
}

/// Every occasion written for every persona matches its checked-in text
/// (tests/fixtures/reports/personas/<persona>-<occasion>.txt); the share of
/// the tool's own text in each 组织生活会 is printed.
#[test]
fn every_persona_has_a_golden_sample_of_every_occasion() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for persona in PERSONAS {
        for o in OCCASIONS {
            let r = persona_report(persona, o);
            if o == "zuzhi-shenghuohui" || o == "niandu-kaohe" {
                let s = r.share;
                println!(
                    "{persona} {o}: tool {} / person {} characters, tool {:.1} %",
                    s.tool,
                    s.person,
                    s.tool as f64 * 100.0 / (s.tool + s.person) as f64
                );
            }
            let text = r.to_text();
            let path = dir("reports/personas").join(format!("{persona}-{o}.txt"));
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &text).unwrap();
                continue;
            }
            if std::fs::read_to_string(&path).unwrap_or_default() != text {
                stale.push(format!("{persona}-{o}"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "persona samples differ: {stale:?} (UPDATE_GOLDEN=1 cargo test -p ziping-report --test golden rewrites them)"
    );
}

/// The 材料体检's findings on every golden's draft, as (sample, check id,
/// place, severity, words matched): a change in the checks shows here. A 须修改 on a
/// golden is either a wrong finding (fix the check) or a right one the
/// golden's owner is told of.
#[test]
fn every_golden_has_its_expected_findings() {
    let occasions = builtin_occasions();
    let all = templates();
    let mut drafts: Vec<(String, Draft, CivilDate)> = OCCASIONS
        .iter()
        .map(|o| {
            let (d, today) = sample_draft(o);
            (o.to_string(), d, today)
        })
        .collect();
    let (d, today) = carried_draft();
    drafts.push(("组织生活会-结转".to_string(), d, today));
    for persona in PERSONAS {
        for o in OCCASIONS {
            let (d, today) = persona_draft(persona, o);
            drafts.push((format!("{persona}-{o}"), d, today));
        }
    }
    let mut found = Vec::new();
    for (name, d, today) in &drafts {
        let occasion = occasions.pick(&d.occasion).unwrap();
        let refs: Vec<&Template> = all.iter().collect();
        for f in check(d, occasion, &refs, *today) {
            found.push(format!(
                "{name} {} {} {} {}",
                f.check.id(),
                f.place.key(),
                f.severity.label(),
                f.matched
            ));
        }
    }
    let want: Vec<String> = GOLDEN_FINDINGS.iter().map(|s| s.to_string()).collect();
    assert!(
        found == want,
        "the findings on the goldens changed; now:\n{}",
        found
            .iter()
            .map(|f| format!("    \"{f}\","))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// See `every_golden_has_its_expected_findings`.
const GOLDEN_FINDINGS: &[&str] = &[
    "zuzhi-shenghuohui recurring problem:p4:text 建议 联系服务基层不够经常",
    "zuzhi-shenghuohui status-contradiction previous:q1 建议 联系服务基层不够经常",
    "zuzhi-shenghuohui missing-aspect material 提示 专心专注练本领",
    "minzhu-pingyi aid-verbatim problem:p2:measure 建议 梳理本岗位廉政风险点并制定防控措施，每年更新一次",
    "congyan-zicha missing-aspect material 提示 严格自律树形象",
    "组织生活会-结转 missing-aspect material 提示 旗帜鲜明讲政治",
    "组织生活会-结转 missing-aspect material 提示 严格自律树形象",
    "组织生活会-结转 missing-preparation person:talks 提示 ",
    "fukezhang-zuzhi-shenghuohui no-instance problem:p1:text 须修改 学习不够深入",
    "fukezhang-zuzhi-shenghuohui empty-measure problem:p1:measure 须修改 加强学习",
    "fukezhang-zuzhi-shenghuohui deadline-unclear problem:p1:deadline 提示 马上改",
    "fukezhang-zuzhi-shenghuohui recurring problem:p1:text 建议 学习不够",
    "fukezhang-zuzhi-shenghuohui status-contradiction previous:q1 建议 学习不够",
    "fukezhang-zuzhi-shenghuohui no-instance problem:p2:text 须修改 有时怕得罪人",
    "fukezhang-zuzhi-shenghuohui empty-measure problem:p2:measure 须修改 敢于较真",
    "fukezhang-zuzhi-shenghuohui deadline-unclear problem:p2:deadline 提示 长期",
    "fukezhang-zuzhi-shenghuohui no-instance problem:p3:text 须修改 调研少",
    "fukezhang-zuzhi-shenghuohui empty-measure problem:p3:measure 须修改 多下基层",
    "fukezhang-zuzhi-shenghuohui deadline-unclear problem:p3:deadline 提示 年底前",
    "fukezhang-zuzhi-shenghuohui junk-evidence previous:q1 建议 已改",
    "fukezhang-zuzhi-shenghuohui missing-aspect material 提示 真抓实干强作风",
    "fukezhang-zuzhi-shenghuohui missing-aspect material 提示 严格自律树形象",
    "fukezhang-zuzhi-shenghuohui missing-preparation person:studied 提示 ",
    "fukezhang-zuzhi-shenghuohui missing-preparation person:talks 提示 ",
    "fukezhang-niandu-kaohe no-instance problem:p1:text 须修改 学习不够深入",
    "fukezhang-niandu-kaohe empty-measure problem:p1:measure 须修改 加强学习",
    "fukezhang-niandu-kaohe deadline-unclear problem:p1:deadline 提示 马上改",
    "fukezhang-niandu-kaohe no-instance problem:p2:text 须修改 有时怕得罪人",
    "fukezhang-niandu-kaohe empty-measure problem:p2:measure 须修改 敢于较真",
    "fukezhang-niandu-kaohe deadline-unclear problem:p2:deadline 提示 长期",
    "fukezhang-niandu-kaohe no-instance problem:p3:text 须修改 调研少",
    "fukezhang-niandu-kaohe empty-measure problem:p3:measure 须修改 多下基层",
    "fukezhang-niandu-kaohe deadline-unclear problem:p3:deadline 提示 年底前",
    "fukezhang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "fukezhang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 无",
    "fukezhang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w3-diaoyan 建议 同上",
    "fukezhang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按时完成",
    "fukezhang-minzhu-pingyi no-instance problem:p1:text 须修改 学习不够深入",
    "fukezhang-minzhu-pingyi empty-measure problem:p1:measure 须修改 加强学习",
    "fukezhang-minzhu-pingyi deadline-unclear problem:p1:deadline 提示 马上改",
    "fukezhang-minzhu-pingyi no-instance problem:p2:text 须修改 有时怕得罪人",
    "fukezhang-minzhu-pingyi empty-measure problem:p2:measure 须修改 敢于较真",
    "fukezhang-minzhu-pingyi deadline-unclear problem:p2:deadline 提示 长期",
    "fukezhang-minzhu-pingyi no-instance problem:p3:text 须修改 调研少",
    "fukezhang-minzhu-pingyi empty-measure problem:p3:measure 须修改 多下基层",
    "fukezhang-minzhu-pingyi deadline-unclear problem:p3:deadline 提示 年底前",
    "fukezhang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "fukezhang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 无",
    "fukezhang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w3-diaoyan 建议 同上",
    "fukezhang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按时完成",
    "fukezhang-congyan-zicha no-instance problem:p1:text 须修改 学习不够深入",
    "fukezhang-congyan-zicha empty-measure problem:p1:measure 须修改 加强学习",
    "fukezhang-congyan-zicha deadline-unclear problem:p1:deadline 提示 马上改",
    "fukezhang-congyan-zicha no-instance problem:p2:text 须修改 有时怕得罪人",
    "fukezhang-congyan-zicha empty-measure problem:p2:measure 须修改 敢于较真",
    "fukezhang-congyan-zicha deadline-unclear problem:p2:deadline 提示 长期",
    "fukezhang-congyan-zicha no-instance problem:p3:text 须修改 调研少",
    "fukezhang-congyan-zicha empty-measure problem:p3:measure 须修改 多下基层",
    "fukezhang-congyan-zicha deadline-unclear problem:p3:deadline 提示 年底前",
    "fukezhang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "fukezhang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 无",
    "fukezhang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w3-diaoyan 建议 同上",
    "fukezhang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按时完成",
    "fukezhang-congyan-zicha missing-aspect material 提示 真抓实干强作风",
    "fukezhang-congyan-zicha missing-aspect material 提示 严格自律树形象",
    "fukezhang-congyan-zicha top-grade-unsupported material 建议 优秀",
    "xinkeyuan-zuzhi-shenghuohui objective-cause problem:p1:cause-0 建议 刚参加工作",
    "xinkeyuan-zuzhi-shenghuohui objective-cause problem:p1:text 建议 刚来组织部",
    "xinkeyuan-zuzhi-shenghuohui colloquial problem:p1:text 建议 我觉得、挺、好几遍、老问、不好意思、吧",
    "xinkeyuan-zuzhi-shenghuohui colloquial problem:p1:cause-0 建议 吧",
    "xinkeyuan-zuzhi-shenghuohui colloquial problem:p1:measure 建议 早点",
    "xinkeyuan-zuzhi-shenghuohui deadline-unclear problem:p1:deadline 须修改 尽快",
    "xinkeyuan-zuzhi-shenghuohui objective-cause problem:p2:cause-0 建议 事情多",
    "xinkeyuan-zuzhi-shenghuohui objective-cause problem:p2:text 须修改 事情太多",
    "xinkeyuan-zuzhi-shenghuohui colloquial problem:p2:text 建议 有点、口气",
    "xinkeyuan-zuzhi-shenghuohui excuse problem:p2:text 须修改 不是故意",
    "xinkeyuan-zuzhi-shenghuohui deadline-unclear problem:p2:deadline 提示 马上改",
    "xinkeyuan-zuzhi-shenghuohui deadline-unclear problem:p3:deadline 须修改 下次开会",
    "xinkeyuan-zuzhi-shenghuohui missing-aspect material 提示 旗帜鲜明讲政治",
    "xinkeyuan-zuzhi-shenghuohui missing-aspect material 提示 坚持原则守公道",
    "xinkeyuan-zuzhi-shenghuohui missing-aspect material 提示 严格自律树形象",
    "xinkeyuan-niandu-kaohe objective-cause problem:p1:text 建议 刚来组织部",
    "xinkeyuan-niandu-kaohe colloquial problem:p1:text 建议 我觉得、挺、好几遍、老问、不好意思、吧",
    "xinkeyuan-niandu-kaohe colloquial problem:p1:measure 建议 早点",
    "xinkeyuan-niandu-kaohe deadline-unclear problem:p1:deadline 须修改 尽快",
    "xinkeyuan-niandu-kaohe objective-cause problem:p2:text 须修改 事情太多",
    "xinkeyuan-niandu-kaohe colloquial problem:p2:text 建议 有点、口气",
    "xinkeyuan-niandu-kaohe excuse problem:p2:text 须修改 不是故意",
    "xinkeyuan-niandu-kaohe deadline-unclear problem:p2:deadline 提示 马上改",
    "xinkeyuan-niandu-kaohe deadline-unclear problem:p3:deadline 须修改 下次开会",
    "xinkeyuan-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w3-hangjia 建议 无",
    "xinkeyuan-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w4-shixiao 建议 无",
    "xinkeyuan-niandu-kaohe period-ended person:probation 建议 试用期",
    "xinkeyuan-minzhu-pingyi objective-cause problem:p1:text 建议 刚来组织部",
    "xinkeyuan-minzhu-pingyi colloquial problem:p1:text 建议 我觉得、挺、好几遍、老问、不好意思、吧",
    "xinkeyuan-minzhu-pingyi colloquial problem:p1:measure 建议 早点",
    "xinkeyuan-minzhu-pingyi deadline-unclear problem:p1:deadline 须修改 尽快",
    "xinkeyuan-minzhu-pingyi objective-cause problem:p2:text 须修改 事情太多",
    "xinkeyuan-minzhu-pingyi colloquial problem:p2:text 建议 有点、口气",
    "xinkeyuan-minzhu-pingyi excuse problem:p2:text 须修改 不是故意",
    "xinkeyuan-minzhu-pingyi deadline-unclear problem:p2:deadline 提示 马上改",
    "xinkeyuan-minzhu-pingyi deadline-unclear problem:p3:deadline 须修改 下次开会",
    "xinkeyuan-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w3-hangjia 建议 无",
    "xinkeyuan-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w4-shixiao 建议 无",
    "xinkeyuan-minzhu-pingyi colloquial person:tasks 建议 吧、大概、五六篇",
    "xinkeyuan-minzhu-pingyi colloquial person:service 建议 三四次",
    "xinkeyuan-minzhu-pingyi period-ended person:standing 建议 预备期",
    "xinkeyuan-congyan-zicha objective-cause problem:p1:cause-0 建议 刚参加工作",
    "xinkeyuan-congyan-zicha objective-cause problem:p1:text 建议 刚来组织部",
    "xinkeyuan-congyan-zicha colloquial problem:p1:text 建议 我觉得、挺、好几遍、老问、不好意思、吧",
    "xinkeyuan-congyan-zicha colloquial problem:p1:cause-0 建议 吧",
    "xinkeyuan-congyan-zicha colloquial problem:p1:measure 建议 早点",
    "xinkeyuan-congyan-zicha deadline-unclear problem:p1:deadline 须修改 尽快",
    "xinkeyuan-congyan-zicha objective-cause problem:p2:cause-0 建议 事情多",
    "xinkeyuan-congyan-zicha objective-cause problem:p2:text 须修改 事情太多",
    "xinkeyuan-congyan-zicha colloquial problem:p2:text 建议 有点、口气",
    "xinkeyuan-congyan-zicha excuse problem:p2:text 须修改 不是故意",
    "xinkeyuan-congyan-zicha deadline-unclear problem:p2:deadline 提示 马上改",
    "xinkeyuan-congyan-zicha deadline-unclear problem:p3:deadline 须修改 下次开会",
    "xinkeyuan-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w3-hangjia 建议 无",
    "xinkeyuan-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w4-shixiao 建议 无",
    "xinkeyuan-congyan-zicha missing-aspect material 提示 旗帜鲜明讲政治",
    "xinkeyuan-congyan-zicha missing-aspect material 提示 坚持原则守公道",
    "xinkeyuan-congyan-zicha missing-aspect material 提示 严格自律树形象",
    "xinkeyuan-congyan-zicha top-grade-unsupported material 建议 优秀",
    "kezhang-zuzhi-shenghuohui sensitive-admission problem:p4:text 建议 任免信息……转发",
    "kezhang-zuzhi-shenghuohui deadline-unclear problem:p4:deadline 提示 马上改",
    "kezhang-zuzhi-shenghuohui missing-aspect material 建议 政治信仰",
    "kezhang-zuzhi-shenghuohui missing-aspect material 建议 作用发挥",
    "kezhang-niandu-kaohe sensitive-admission problem:p4:text 建议 任免信息……转发",
    "kezhang-niandu-kaohe deadline-unclear problem:p4:deadline 提示 马上改",
    "kezhang-niandu-kaohe too-many-problems material 建议 过多",
    "kezhang-minzhu-pingyi sensitive-admission problem:p4:text 建议 任免信息……转发",
    "kezhang-minzhu-pingyi deadline-unclear problem:p4:deadline 提示 马上改",
    "kezhang-minzhu-pingyi top-grade-unsupported person:self_grade 建议 优秀",
    "kezhang-congyan-zicha sensitive-admission problem:p4:text 建议 任免信息……转发",
    "kezhang-congyan-zicha deadline-unclear problem:p4:deadline 提示 马上改",
    "kezhang-congyan-zicha missing-aspect material 提示 旗帜鲜明讲政治",
    "kezhang-congyan-zicha missing-aspect material 提示 真抓实干强作风",
    "kezhang-congyan-zicha missing-aspect material 提示 严格自律树形象",
    "kezhang-congyan-zicha top-grade-unsupported material 建议 优秀",
    "laotongzhi-zuzhi-shenghuohui no-instance problem:p1:text 须修改 理论学习有待进一步加强",
    "laotongzhi-zuzhi-shenghuohui objective-cause problem:p1:cause-0 须修改 事务多",
    "laotongzhi-zuzhi-shenghuohui empty-measure problem:p1:measure 须修改 进一步加强理论学习，不断提高自身素质",
    "laotongzhi-zuzhi-shenghuohui recurring problem:p1:text 建议 理论学习有待加强",
    "laotongzhi-zuzhi-shenghuohui status-contradiction previous:q1 建议 理论学习有待加强",
    "laotongzhi-zuzhi-shenghuohui praise-as-problem problem:p2:text 须修改 要求过严",
    "laotongzhi-zuzhi-shenghuohui praise-as-problem problem:p2:cause-0 须修改 事业心太强",
    "laotongzhi-zuzhi-shenghuohui empty-measure problem:p2:measure 须修改 注意劳逸结合",
    "laotongzhi-zuzhi-shenghuohui no-instance problem:p3:text 须修改 有时存在好人主义思想，批评与自我批评开展得不够",
    "laotongzhi-zuzhi-shenghuohui objective-cause problem:p3:cause-0 须修改 精力有限",
    "laotongzhi-zuzhi-shenghuohui empty-measure problem:p3:measure 须修改 今后注意",
    "laotongzhi-zuzhi-shenghuohui deadline-unclear problem:p3:deadline 提示 马上改",
    "laotongzhi-zuzhi-shenghuohui recurring problem:p3:text 建议 有时存在好人主义思想",
    "laotongzhi-zuzhi-shenghuohui status-contradiction previous:q2 建议 有时存在好人主义思想",
    "laotongzhi-zuzhi-shenghuohui junk-evidence previous:q1 建议 已整改",
    "laotongzhi-zuzhi-shenghuohui missing-aspect material 提示 专心专注练本领",
    "laotongzhi-zuzhi-shenghuohui missing-aspect material 提示 真抓实干强作风",
    "laotongzhi-zuzhi-shenghuohui missing-aspect material 提示 严格自律树形象",
    "laotongzhi-zuzhi-shenghuohui vague-study person:studied 建议 相关文件",
    "laotongzhi-niandu-kaohe no-instance problem:p1:text 须修改 理论学习有待进一步加强",
    "laotongzhi-niandu-kaohe empty-measure problem:p1:measure 须修改 进一步加强理论学习，不断提高自身素质",
    "laotongzhi-niandu-kaohe praise-as-problem problem:p2:text 须修改 要求过严",
    "laotongzhi-niandu-kaohe empty-measure problem:p2:measure 须修改 注意劳逸结合",
    "laotongzhi-niandu-kaohe no-instance problem:p3:text 须修改 有时存在好人主义思想，批评与自我批评开展得不够",
    "laotongzhi-niandu-kaohe empty-measure problem:p3:measure 须修改 今后注意",
    "laotongzhi-niandu-kaohe deadline-unclear problem:p3:deadline 提示 马上改",
    "laotongzhi-niandu-kaohe praise-as-record evidence:wuxiang-gongzuo:w1-xuexi 须修改 一致好评",
    "laotongzhi-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w1-shenghuo 建议 无",
    "laotongzhi-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 同上",
    "laotongzhi-niandu-kaohe praise-as-record evidence:wuxiang-gongzuo:w3-chuanbangdai 须修改 很尊重我",
    "laotongzhi-niandu-kaohe praise-as-record evidence:wuxiang-gongzuo:w4-shixiao 须修改 成绩突出",
    "laotongzhi-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w5-baxiang 建议 严格遵守，无违规",
    "laotongzhi-niandu-kaohe praise-as-record work:0 须修改 一致好评",
    "laotongzhi-minzhu-pingyi no-instance problem:p1:text 须修改 理论学习有待进一步加强",
    "laotongzhi-minzhu-pingyi empty-measure problem:p1:measure 须修改 进一步加强理论学习，不断提高自身素质",
    "laotongzhi-minzhu-pingyi praise-as-problem problem:p2:text 须修改 要求过严",
    "laotongzhi-minzhu-pingyi empty-measure problem:p2:measure 须修改 注意劳逸结合",
    "laotongzhi-minzhu-pingyi no-instance problem:p3:text 须修改 有时存在好人主义思想，批评与自我批评开展得不够",
    "laotongzhi-minzhu-pingyi empty-measure problem:p3:measure 须修改 今后注意",
    "laotongzhi-minzhu-pingyi deadline-unclear problem:p3:deadline 提示 马上改",
    "laotongzhi-minzhu-pingyi praise-as-record evidence:wuxiang-gongzuo:w1-xuexi 须修改 一致好评",
    "laotongzhi-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w1-shenghuo 建议 无",
    "laotongzhi-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 同上",
    "laotongzhi-minzhu-pingyi praise-as-record evidence:wuxiang-gongzuo:w3-chuanbangdai 须修改 很尊重我",
    "laotongzhi-minzhu-pingyi praise-as-record evidence:wuxiang-gongzuo:w4-shixiao 须修改 成绩突出",
    "laotongzhi-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w5-baxiang 建议 严格遵守，无违规",
    "laotongzhi-minzhu-pingyi praise-as-record work:0 须修改 一致好评",
    "laotongzhi-minzhu-pingyi top-grade-attendance person:self_grade 建议 召开“三会一课”15/24",
    "laotongzhi-minzhu-pingyi top-grade-unsupported person:self_grade 建议 优秀",
    "laotongzhi-congyan-zicha no-instance problem:p1:text 须修改 理论学习有待进一步加强",
    "laotongzhi-congyan-zicha objective-cause problem:p1:cause-0 须修改 事务多",
    "laotongzhi-congyan-zicha empty-measure problem:p1:measure 须修改 进一步加强理论学习，不断提高自身素质",
    "laotongzhi-congyan-zicha praise-as-problem problem:p2:text 须修改 要求过严",
    "laotongzhi-congyan-zicha praise-as-problem problem:p2:cause-0 须修改 事业心太强",
    "laotongzhi-congyan-zicha empty-measure problem:p2:measure 须修改 注意劳逸结合",
    "laotongzhi-congyan-zicha no-instance problem:p3:text 须修改 有时存在好人主义思想，批评与自我批评开展得不够",
    "laotongzhi-congyan-zicha objective-cause problem:p3:cause-0 须修改 精力有限",
    "laotongzhi-congyan-zicha empty-measure problem:p3:measure 须修改 今后注意",
    "laotongzhi-congyan-zicha deadline-unclear problem:p3:deadline 提示 马上改",
    "laotongzhi-congyan-zicha praise-as-record evidence:wuxiang-gongzuo:w1-xuexi 须修改 一致好评",
    "laotongzhi-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w1-shenghuo 建议 无",
    "laotongzhi-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 同上",
    "laotongzhi-congyan-zicha praise-as-record evidence:wuxiang-gongzuo:w3-chuanbangdai 须修改 很尊重我",
    "laotongzhi-congyan-zicha praise-as-record evidence:wuxiang-gongzuo:w4-shixiao 须修改 成绩突出",
    "laotongzhi-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w5-baxiang 建议 严格遵守，无违规",
    "laotongzhi-congyan-zicha praise-as-record work:0 须修改 一致好评",
    "laotongzhi-congyan-zicha missing-aspect material 提示 专心专注练本领",
    "laotongzhi-congyan-zicha missing-aspect material 提示 真抓实干强作风",
    "laotongzhi-congyan-zicha missing-aspect material 提示 严格自律树形象",
    "laotongzhi-congyan-zicha top-grade-unsupported material 建议 优秀",
    "laoliu-zuzhi-shenghuohui no-instance problem:p1:text 建议 学习不够深入 文件看了但是没往心里去",
    "laoliu-zuzhi-shenghuohui colloquial problem:p1:text 建议 往心里去",
    "laoliu-zuzhi-shenghuohui empty-measure problem:p1:measure 须修改 马上改",
    "laoliu-zuzhi-shenghuohui deadline-unclear problem:p1:deadline 提示 马上",
    "laoliu-zuzhi-shenghuohui recurring problem:p1:text 建议 学习不够",
    "laoliu-zuzhi-shenghuohui status-contradiction previous:q1 建议 学习不够",
    "laoliu-zuzhi-shenghuohui no-instance problem:p2:text 须修改 群众来访有时候说话冲",
    "laoliu-zuzhi-shenghuohui colloquial problem:p2:text 建议 说话冲",
    "laoliu-zuzhi-shenghuohui empty-measure problem:p2:measure 须修改 以后注意态度",
    "laoliu-zuzhi-shenghuohui deadline-unclear problem:p2:deadline 提示 马上改",
    "laoliu-zuzhi-shenghuohui colloquial problem:p3:text 建议 一两天",
    "laoliu-zuzhi-shenghuohui empty-measure problem:p3:measure 须修改 按时交",
    "laoliu-zuzhi-shenghuohui excuse problem:p3:text 须修改 不是故意",
    "laoliu-zuzhi-shenghuohui deadline-unclear problem:p3:deadline 须修改 尽快",
    "laoliu-zuzhi-shenghuohui junk-evidence previous:q1 建议 已改",
    "laoliu-zuzhi-shenghuohui missing-aspect material 提示 真抓实干强作风",
    "laoliu-zuzhi-shenghuohui missing-aspect material 提示 严格自律树形象",
    "laoliu-zuzhi-shenghuohui missing-preparation person:studied 提示 ",
    "laoliu-zuzhi-shenghuohui missing-preparation person:talks 提示 ",
    "laoliu-niandu-kaohe no-instance problem:p1:text 建议 学习不够深入 文件看了但是没往心里去",
    "laoliu-niandu-kaohe colloquial problem:p1:text 建议 往心里去",
    "laoliu-niandu-kaohe empty-measure problem:p1:measure 须修改 马上改",
    "laoliu-niandu-kaohe deadline-unclear problem:p1:deadline 提示 马上",
    "laoliu-niandu-kaohe no-instance problem:p2:text 须修改 群众来访有时候说话冲",
    "laoliu-niandu-kaohe colloquial problem:p2:text 建议 说话冲",
    "laoliu-niandu-kaohe empty-measure problem:p2:measure 须修改 以后注意态度",
    "laoliu-niandu-kaohe deadline-unclear problem:p2:deadline 提示 马上改",
    "laoliu-niandu-kaohe colloquial problem:p3:text 建议 一两天",
    "laoliu-niandu-kaohe empty-measure problem:p3:measure 须修改 按时交",
    "laoliu-niandu-kaohe excuse problem:p3:text 须修改 不是故意",
    "laoliu-niandu-kaohe deadline-unclear problem:p3:deadline 须修改 尽快",
    "laoliu-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "laoliu-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 无",
    "laoliu-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w3-diaoyan 建议 同上",
    "laoliu-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按时完成",
    "laoliu-niandu-kaohe colloquial work:0 建议 30多件",
    "laoliu-minzhu-pingyi no-instance problem:p1:text 建议 学习不够深入 文件看了但是没往心里去",
    "laoliu-minzhu-pingyi colloquial problem:p1:text 建议 往心里去",
    "laoliu-minzhu-pingyi empty-measure problem:p1:measure 须修改 马上改",
    "laoliu-minzhu-pingyi deadline-unclear problem:p1:deadline 提示 马上",
    "laoliu-minzhu-pingyi no-instance problem:p2:text 须修改 群众来访有时候说话冲",
    "laoliu-minzhu-pingyi colloquial problem:p2:text 建议 说话冲",
    "laoliu-minzhu-pingyi empty-measure problem:p2:measure 须修改 以后注意态度",
    "laoliu-minzhu-pingyi deadline-unclear problem:p2:deadline 提示 马上改",
    "laoliu-minzhu-pingyi colloquial problem:p3:text 建议 一两天",
    "laoliu-minzhu-pingyi empty-measure problem:p3:measure 须修改 按时交",
    "laoliu-minzhu-pingyi excuse problem:p3:text 须修改 不是故意",
    "laoliu-minzhu-pingyi deadline-unclear problem:p3:deadline 须修改 尽快",
    "laoliu-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "laoliu-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 无",
    "laoliu-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w3-diaoyan 建议 同上",
    "laoliu-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按时完成",
    "laoliu-minzhu-pingyi colloquial work:0 建议 30多件",
    "laoliu-congyan-zicha no-instance problem:p1:text 建议 学习不够深入 文件看了但是没往心里去",
    "laoliu-congyan-zicha colloquial problem:p1:text 建议 往心里去",
    "laoliu-congyan-zicha empty-measure problem:p1:measure 须修改 马上改",
    "laoliu-congyan-zicha deadline-unclear problem:p1:deadline 提示 马上",
    "laoliu-congyan-zicha no-instance problem:p2:text 须修改 群众来访有时候说话冲",
    "laoliu-congyan-zicha colloquial problem:p2:text 建议 说话冲",
    "laoliu-congyan-zicha empty-measure problem:p2:measure 须修改 以后注意态度",
    "laoliu-congyan-zicha deadline-unclear problem:p2:deadline 提示 马上改",
    "laoliu-congyan-zicha colloquial problem:p3:text 建议 一两天",
    "laoliu-congyan-zicha empty-measure problem:p3:measure 须修改 按时交",
    "laoliu-congyan-zicha excuse problem:p3:text 须修改 不是故意",
    "laoliu-congyan-zicha deadline-unclear problem:p3:deadline 须修改 尽快",
    "laoliu-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "laoliu-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w2-laohaoren 建议 无",
    "laoliu-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w3-diaoyan 建议 同上",
    "laoliu-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按时完成",
    "laoliu-congyan-zicha colloquial work:0 建议 30多件",
    "laoliu-congyan-zicha missing-aspect material 提示 真抓实干强作风",
    "laoliu-congyan-zicha missing-aspect material 提示 严格自律树形象",
    "laoliu-congyan-zicha top-grade-unsupported material 建议 优秀",
    "jiugao-zuzhi-shenghuohui no-instance problem:p3:text 建议 ①公务用车登记有时补记\n②节假日值班表临时调整没有及时报备",
    "jiugao-zuzhi-shenghuohui deadline-unclear problem:p3:deadline 提示 立即",
    "jiugao-zuzhi-shenghuohui previous-merged previous:q1 建议 1.学习不够深入 2.服务基层不够",
    "jiugao-zuzhi-shenghuohui missing-aspect material 建议 政治信仰",
    "jiugao-zuzhi-shenghuohui missing-aspect material 建议 党员意识",
    "jiugao-zuzhi-shenghuohui missing-aspect material 建议 作用发挥",
    "jiugao-zuzhi-shenghuohui excuse opinion:o2 须修改 通知晚",
    "jiugao-niandu-kaohe no-instance problem:p3:text 建议 ①公务用车登记有时补记\n②节假日值班表临时调整没有及时报备",
    "jiugao-niandu-kaohe deadline-unclear problem:p3:deadline 提示 立即",
    "jiugao-minzhu-pingyi no-instance problem:p3:text 建议 ①公务用车登记有时补记\n②节假日值班表临时调整没有及时报备",
    "jiugao-minzhu-pingyi deadline-unclear problem:p3:deadline 提示 立即",
    "jiugao-congyan-zicha no-instance problem:p3:text 建议 ①公务用车登记有时补记\n②节假日值班表临时调整没有及时报备",
    "jiugao-congyan-zicha deadline-unclear problem:p3:deadline 提示 立即",
    "jiugao-congyan-zicha missing-aspect material 提示 旗帜鲜明讲政治",
    "jiugao-congyan-zicha missing-aspect material 提示 坚持原则守公道",
    "jiugao-congyan-zicha missing-aspect material 提示 真抓实干强作风",
    "jiugao-congyan-zicha missing-aspect material 提示 严格自律树形象",
    "zhouli-zuzhi-shenghuohui praise-as-problem problem:p1:text 须修改 工作太投入",
    "zhouli-zuzhi-shenghuohui objective-cause problem:p1:cause-0 须修改 人手少",
    "zhouli-zuzhi-shenghuohui empty-measure problem:p1:measure 须修改 进一步处理好工作和家庭的关系，注意劳逸结合",
    "zhouli-zuzhi-shenghuohui deadline-unclear problem:p1:deadline 提示 长期",
    "zhouli-zuzhi-shenghuohui praise-as-problem problem:p2:text 须修改 追求完美",
    "zhouli-zuzhi-shenghuohui objective-cause problem:p2:cause-0 须修改 特殊性决定",
    "zhouli-zuzhi-shenghuohui typo problem:p2:text 须修改 一个字一个字的",
    "zhouli-zuzhi-shenghuohui empty-measure problem:p2:measure 须修改 进一步改进工作方法，注意方式方法，多关心关爱科室同志",
    "zhouli-zuzhi-shenghuohui deadline-unclear problem:p2:deadline 提示 年底",
    "zhouli-zuzhi-shenghuohui no-instance problem:p3:text 须修改 理论学习还不够系统深入，有时存在以干代学、以会代学的现象，学习的深度和广度还有待进一步加强",
    "zhouli-zuzhi-shenghuohui objective-cause problem:p3:cause-0 须修改 工作繁忙",
    "zhouli-zuzhi-shenghuohui empty-measure problem:p3:measure 须修改 进一步提高认识，加强学习，切实做到学懂弄通做实",
    "zhouli-zuzhi-shenghuohui recurring problem:p3:text 建议 理论学习不够系统",
    "zhouli-zuzhi-shenghuohui status-contradiction previous:q1 建议 理论学习不够系统",
    "zhouli-zuzhi-shenghuohui no-instance problem:p4:text 须修改 调查研究不够深入，深入基层的次数不多，有时满足于听汇报、看材料",
    "zhouli-zuzhi-shenghuohui objective-cause problem:p4:cause-0 须修改 没有时间",
    "zhouli-zuzhi-shenghuohui empty-measure problem:p4:measure 须修改 进一步加强调查研究，多深入基层，多听取基层干部群众意见",
    "zhouli-zuzhi-shenghuohui no-instance problem:p5:text 须修改 创新意识还有待加强，工作中有时习惯于按老办法老套路办事",
    "zhouli-zuzhi-shenghuohui typo problem:p5:measure 须修改 再接再励",
    "zhouli-zuzhi-shenghuohui empty-measure problem:p5:measure 须修改 进一步解放思想，开拓创新，再接再励",
    "zhouli-zuzhi-shenghuohui junk-evidence previous:q3 建议 已改",
    "zhouli-zuzhi-shenghuohui missing-aspect material 提示 坚持原则守公道",
    "zhouli-zuzhi-shenghuohui missing-aspect material 提示 严格自律树形象",
    "zhouli-zuzhi-shenghuohui excuse opinion:o1 须修改 也是没办法",
    "zhouli-niandu-kaohe praise-as-problem problem:p1:text 须修改 工作太投入",
    "zhouli-niandu-kaohe empty-measure problem:p1:measure 须修改 进一步处理好工作和家庭的关系，注意劳逸结合",
    "zhouli-niandu-kaohe deadline-unclear problem:p1:deadline 提示 长期",
    "zhouli-niandu-kaohe praise-as-problem problem:p2:text 须修改 追求完美",
    "zhouli-niandu-kaohe typo problem:p2:text 须修改 一个字一个字的",
    "zhouli-niandu-kaohe empty-measure problem:p2:measure 须修改 进一步改进工作方法，注意方式方法，多关心关爱科室同志",
    "zhouli-niandu-kaohe deadline-unclear problem:p2:deadline 提示 年底",
    "zhouli-niandu-kaohe no-instance problem:p3:text 须修改 理论学习还不够系统深入，有时存在以干代学、以会代学的现象，学习的深度和广度还有待进一步加强",
    "zhouli-niandu-kaohe empty-measure problem:p3:measure 须修改 进一步提高认识，加强学习，切实做到学懂弄通做实",
    "zhouli-niandu-kaohe no-instance problem:p4:text 须修改 调查研究不够深入，深入基层的次数不多，有时满足于听汇报、看材料",
    "zhouli-niandu-kaohe empty-measure problem:p4:measure 须修改 进一步加强调查研究，多深入基层，多听取基层干部群众意见",
    "zhouli-niandu-kaohe no-instance problem:p5:text 须修改 创新意识还有待加强，工作中有时习惯于按老办法老套路办事",
    "zhouli-niandu-kaohe typo problem:p5:measure 须修改 再接再励",
    "zhouli-niandu-kaohe empty-measure problem:p5:measure 须修改 进一步解放思想，开拓创新，再接再励",
    "zhouli-niandu-kaohe praise-as-record evidence:wuxiang-gongzuo:w1-zhongcheng 须修改 经得起检验",
    "zhouli-niandu-kaohe attendance-claim evidence:wuxiang-gongzuo:w1-xuexi 须修改 无一缺席",
    "zhouli-niandu-kaohe praise-as-record evidence:wuxiang-gongzuo:w1-xuexi 建议 充分肯定",
    "zhouli-niandu-kaohe praise-as-record evidence:wuxiang-gongzuo:w2-laohaoren 建议 高度评价",
    "zhouli-niandu-kaohe typo evidence:wuxiang-gongzuo:w3-chuanbangdai 须修改 以身做则",
    "zhouli-niandu-kaohe praise-as-record evidence:wuxiang-gongzuo:w3-hangjia 须修改 深受……好评",
    "zhouli-niandu-kaohe colloquial evidence:sige-mofan:m4-fengxian 建议 100多天",
    "zhouli-niandu-kaohe praise-as-record work:0 建议 高度评价",
    "zhouli-niandu-kaohe praise-as-record work:3 须修改 一致好评",
    "zhouli-niandu-kaohe too-many-problems material 建议 过多",
    "zhouli-minzhu-pingyi praise-as-problem problem:p1:text 须修改 工作太投入",
    "zhouli-minzhu-pingyi empty-measure problem:p1:measure 须修改 进一步处理好工作和家庭的关系，注意劳逸结合",
    "zhouli-minzhu-pingyi deadline-unclear problem:p1:deadline 提示 长期",
    "zhouli-minzhu-pingyi praise-as-problem problem:p2:text 须修改 追求完美",
    "zhouli-minzhu-pingyi typo problem:p2:text 须修改 一个字一个字的",
    "zhouli-minzhu-pingyi empty-measure problem:p2:measure 须修改 进一步改进工作方法，注意方式方法，多关心关爱科室同志",
    "zhouli-minzhu-pingyi deadline-unclear problem:p2:deadline 提示 年底",
    "zhouli-minzhu-pingyi no-instance problem:p3:text 须修改 理论学习还不够系统深入，有时存在以干代学、以会代学的现象，学习的深度和广度还有待进一步加强",
    "zhouli-minzhu-pingyi empty-measure problem:p3:measure 须修改 进一步提高认识，加强学习，切实做到学懂弄通做实",
    "zhouli-minzhu-pingyi no-instance problem:p4:text 须修改 调查研究不够深入，深入基层的次数不多，有时满足于听汇报、看材料",
    "zhouli-minzhu-pingyi empty-measure problem:p4:measure 须修改 进一步加强调查研究，多深入基层，多听取基层干部群众意见",
    "zhouli-minzhu-pingyi no-instance problem:p5:text 须修改 创新意识还有待加强，工作中有时习惯于按老办法老套路办事",
    "zhouli-minzhu-pingyi typo problem:p5:measure 须修改 再接再励",
    "zhouli-minzhu-pingyi empty-measure problem:p5:measure 须修改 进一步解放思想，开拓创新，再接再励",
    "zhouli-minzhu-pingyi praise-as-record evidence:wuxiang-gongzuo:w1-zhongcheng 须修改 经得起检验",
    "zhouli-minzhu-pingyi attendance-claim evidence:wuxiang-gongzuo:w1-xuexi 须修改 无一缺席",
    "zhouli-minzhu-pingyi praise-as-record evidence:wuxiang-gongzuo:w1-xuexi 建议 充分肯定",
    "zhouli-minzhu-pingyi praise-as-record evidence:wuxiang-gongzuo:w2-laohaoren 建议 高度评价",
    "zhouli-minzhu-pingyi typo evidence:wuxiang-gongzuo:w3-chuanbangdai 须修改 以身做则",
    "zhouli-minzhu-pingyi praise-as-record evidence:wuxiang-gongzuo:w3-hangjia 须修改 深受……好评",
    "zhouli-minzhu-pingyi colloquial evidence:sige-mofan:m4-fengxian 建议 100多天",
    "zhouli-minzhu-pingyi praise-as-record work:0 建议 高度评价",
    "zhouli-minzhu-pingyi praise-as-record work:3 须修改 一致好评",
    "zhouli-minzhu-pingyi too-many-problems material 建议 过多",
    "zhouli-minzhu-pingyi other-occasion person:pledge 须修改 组织生活会",
    "zhouli-congyan-zicha praise-as-problem problem:p1:text 须修改 工作太投入",
    "zhouli-congyan-zicha objective-cause problem:p1:cause-0 须修改 人手少",
    "zhouli-congyan-zicha empty-measure problem:p1:measure 须修改 进一步处理好工作和家庭的关系，注意劳逸结合",
    "zhouli-congyan-zicha deadline-unclear problem:p1:deadline 提示 长期",
    "zhouli-congyan-zicha praise-as-problem problem:p2:text 须修改 追求完美",
    "zhouli-congyan-zicha objective-cause problem:p2:cause-0 须修改 特殊性决定",
    "zhouli-congyan-zicha typo problem:p2:text 须修改 一个字一个字的",
    "zhouli-congyan-zicha empty-measure problem:p2:measure 须修改 进一步改进工作方法，注意方式方法，多关心关爱科室同志",
    "zhouli-congyan-zicha deadline-unclear problem:p2:deadline 提示 年底",
    "zhouli-congyan-zicha no-instance problem:p3:text 须修改 理论学习还不够系统深入，有时存在以干代学、以会代学的现象，学习的深度和广度还有待进一步加强",
    "zhouli-congyan-zicha objective-cause problem:p3:cause-0 须修改 工作繁忙",
    "zhouli-congyan-zicha empty-measure problem:p3:measure 须修改 进一步提高认识，加强学习，切实做到学懂弄通做实",
    "zhouli-congyan-zicha no-instance problem:p4:text 须修改 调查研究不够深入，深入基层的次数不多，有时满足于听汇报、看材料",
    "zhouli-congyan-zicha objective-cause problem:p4:cause-0 须修改 没有时间",
    "zhouli-congyan-zicha empty-measure problem:p4:measure 须修改 进一步加强调查研究，多深入基层，多听取基层干部群众意见",
    "zhouli-congyan-zicha no-instance problem:p5:text 须修改 创新意识还有待加强，工作中有时习惯于按老办法老套路办事",
    "zhouli-congyan-zicha typo problem:p5:measure 须修改 再接再励",
    "zhouli-congyan-zicha empty-measure problem:p5:measure 须修改 进一步解放思想，开拓创新，再接再励",
    "zhouli-congyan-zicha praise-as-record evidence:wuxiang-gongzuo:w1-zhongcheng 须修改 经得起检验",
    "zhouli-congyan-zicha attendance-claim evidence:wuxiang-gongzuo:w1-xuexi 须修改 无一缺席",
    "zhouli-congyan-zicha praise-as-record evidence:wuxiang-gongzuo:w1-xuexi 建议 充分肯定",
    "zhouli-congyan-zicha praise-as-record evidence:wuxiang-gongzuo:w2-laohaoren 建议 高度评价",
    "zhouli-congyan-zicha typo evidence:wuxiang-gongzuo:w3-chuanbangdai 须修改 以身做则",
    "zhouli-congyan-zicha praise-as-record evidence:wuxiang-gongzuo:w3-hangjia 须修改 深受……好评",
    "zhouli-congyan-zicha colloquial evidence:sige-mofan:m4-fengxian 建议 100多天",
    "zhouli-congyan-zicha praise-as-record work:0 建议 高度评价",
    "zhouli-congyan-zicha praise-as-record work:3 须修改 一致好评",
    "zhouli-congyan-zicha missing-aspect material 提示 坚持原则守公道",
    "zhouli-congyan-zicha missing-aspect material 提示 严格自律树形象",
    "maqiang-zuzhi-shenghuohui no-instance problem:p1:text 须修改 学习抓的不紧",
    "maqiang-zuzhi-shenghuohui typo problem:p1:text 须修改 抓的不紧",
    "maqiang-zuzhi-shenghuohui empty-measure problem:p1:measure 须修改 注意",
    "maqiang-zuzhi-shenghuohui deadline-unclear problem:p1:deadline 提示 马上改",
    "maqiang-zuzhi-shenghuohui too-few-problems material 建议 1",
    "maqiang-zuzhi-shenghuohui missing-aspect material 提示 坚持原则守公道",
    "maqiang-zuzhi-shenghuohui missing-aspect material 提示 专心专注练本领",
    "maqiang-zuzhi-shenghuohui missing-aspect material 提示 真抓实干强作风",
    "maqiang-zuzhi-shenghuohui missing-aspect material 提示 严格自律树形象",
    "maqiang-zuzhi-shenghuohui missing-preparation person:studied 提示 ",
    "maqiang-zuzhi-shenghuohui missing-preparation person:talks 提示 ",
    "maqiang-niandu-kaohe no-instance problem:p1:text 须修改 学习抓的不紧",
    "maqiang-niandu-kaohe typo problem:p1:text 须修改 抓的不紧",
    "maqiang-niandu-kaohe empty-measure problem:p1:measure 须修改 注意",
    "maqiang-niandu-kaohe deadline-unclear problem:p1:deadline 提示 马上改",
    "maqiang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "maqiang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w1-shenghuo 建议 同上",
    "maqiang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按要求完成",
    "maqiang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w4-juti 建议 见上",
    "maqiang-niandu-kaohe junk-evidence evidence:wuxiang-gongzuo:w5-baxiang 建议 无",
    "maqiang-niandu-kaohe junk-evidence evidence:sige-mofan:m4-fengxian 建议 干了三十多年了",
    "maqiang-minzhu-pingyi no-instance problem:p1:text 须修改 学习抓的不紧",
    "maqiang-minzhu-pingyi typo problem:p1:text 须修改 抓的不紧",
    "maqiang-minzhu-pingyi empty-measure problem:p1:measure 须修改 注意",
    "maqiang-minzhu-pingyi deadline-unclear problem:p1:deadline 提示 马上改",
    "maqiang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "maqiang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w1-shenghuo 建议 同上",
    "maqiang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按要求完成",
    "maqiang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w4-juti 建议 见上",
    "maqiang-minzhu-pingyi junk-evidence evidence:wuxiang-gongzuo:w5-baxiang 建议 无",
    "maqiang-minzhu-pingyi junk-evidence evidence:sige-mofan:m4-fengxian 建议 干了三十多年了",
    "maqiang-minzhu-pingyi too-few-problems material 建议 1",
    "maqiang-congyan-zicha no-instance problem:p1:text 须修改 学习抓的不紧",
    "maqiang-congyan-zicha typo problem:p1:text 须修改 抓的不紧",
    "maqiang-congyan-zicha empty-measure problem:p1:measure 须修改 注意",
    "maqiang-congyan-zicha deadline-unclear problem:p1:deadline 提示 马上改",
    "maqiang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w1-xuexi 建议 无",
    "maqiang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w1-shenghuo 建议 同上",
    "maqiang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w4-qingdan 建议 按要求完成",
    "maqiang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w4-juti 建议 见上",
    "maqiang-congyan-zicha junk-evidence evidence:wuxiang-gongzuo:w5-baxiang 建议 无",
    "maqiang-congyan-zicha junk-evidence evidence:sige-mofan:m4-fengxian 建议 干了三十多年了",
    "maqiang-congyan-zicha too-few-problems material 建议 1",
    "maqiang-congyan-zicha missing-aspect material 提示 坚持原则守公道",
    "maqiang-congyan-zicha missing-aspect material 提示 专心专注练本领",
    "maqiang-congyan-zicha missing-aspect material 提示 真抓实干强作风",
    "maqiang-congyan-zicha missing-aspect material 提示 严格自律树形象",
];
