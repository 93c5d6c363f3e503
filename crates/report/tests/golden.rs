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
    builtin_occasions, carry_over, Angle, Cause, CivilDate, Draft, ItemLink, RowStatus, Template,
};
use ziping_report::build_report;

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
    let json = std::fs::read_to_string(dir("drafts").join(format!("{occasion}.json"))).unwrap();
    let mut d = Draft::from_json(&json).unwrap();
    assert_eq!(d.occasion, occasion);
    // Dated as they were drawn before a 材料 had a date of its own.
    let day = CivilDate::new(2026, 11, 26).unwrap();
    d.material_date = Some(day);
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(&refs, &d, &builtin_occasions(), day).to_text()
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
    );
    new.notice = "关于召开2027年度组织生活会的通知".to_string();
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
    // The third raises again last year's "服务基层的意识还不够强" (q4).
    let third = new.problems[2].id.clone();
    new.problem_mut(&third).unwrap().recurs_of = Some("q4".into());
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    let day = CivilDate::new(2027, 11, 26).unwrap();
    new.material_date = Some(day);
    build_report(&refs, &new, &builtin_occasions(), day).to_text()
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
        text.contains("上年度查摆的5项问题和此前结转的1项问题，目前已整改到位1项，正在整改3项，需长期坚持2项。"),
        "{text}"
    );
    // Closed, then raised again: said so, never silently reopened.
    assert!(text.contains(
        "（二）关于“公平评价干部还有差距”的问题。曾于2026年12月20日销号，今年再次出现，重新列入整改，持续推进。"
    ));
    assert_eq!(text.matches("此次再次出现").count(), 2);
    assert!(text.contains("上年度查摆的“服务基层的意识还不够强”问题此次再次出现"));
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
