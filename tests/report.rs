//! The drafted report: its shape, what it says and what it leaves to the person.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping::assessment::{build_report, chinese_date, civil_date, md_escape, sub_numeral, Draft};

fn fixture_report() -> String {
    let all = templates();
    let d = Draft::from_json(include_str!("fixtures/draft-v1.json")).unwrap();
    let ts: Vec<_> = all.iter().collect();
    build_report(&ts, &d, "2026年11月24日").to_text()
}

#[test]
fn the_report_has_the_four_parts_in_order() {
    let text = fixture_report();
    let pos = |s: &str| text.find(s).unwrap_or_else(|| panic!("missing {s}"));
    assert!(pos("一、主要成绩") < pos("二、存在问题"));
    assert!(pos("二、存在问题") < pos("三、原因分析"));
    assert!(pos("三、原因分析") < pos("四、整改措施"));
    assert!(text.starts_with("2026年度个人自评材料\n——对照“五项工作”“四个模范”从严治部要求\n"));
    assert!(text.contains("姓名：张三　单位：某市委组织部干部一科　职务：四级主任科员"));
    assert!(text.contains("场合：年度考核　日期：2026年11月24日"));
}

#[test]
fn the_report_states_what_the_person_rated_and_wrote() {
    let text = fixture_report();
    assert!(text.contains("【旗帜鲜明讲政治】本人把对党忠诚作为首要政治品质"));
    assert!(text.contains("（自评：好）具体事例：带头讲授专题党课 2 次"));
    assert!(text.contains("自评“一般”。全年培训学时未达标"));
    assert!(text.contains("制定个人学习计划，补足学时（整改时限：2027年3月底前）"));
    assert!(text.contains("理论学习抓得不紧，工作标准不够高。"));
    assert!(text.contains("关于“专心专注练本领”方面的问题：以干代学"));
    assert!(
        text.contains("对照“五项工作”自评得分 86.7 分，等次为“良好”（共 29 项，尚有 26 项未评）。")
    );
    assert!(text.contains("对照“四个模范”尚未自评，其中 1 项不适用。"));
}

#[test]
fn what_is_missing_becomes_a_placeholder() {
    let all = templates();
    let d = new_draft(&all);
    let ts: Vec<_> = all.iter().collect();
    let text = build_report(&ts, &d, "2026年11月24日").to_text();
    assert!(text.starts_with("个人自评材料\n"));
    assert!(text.contains("姓名：【待补充：姓名】"));
    assert!(text.contains("【待补充：尚无自评为较好以上的条目"));
    assert!(text.contains("【待补充：对照更高标准查找的差距和不足】"));
    assert!(text.contains("【待补充：从理想信念、党性修养"));
    assert!(text.contains("【待补充：下一步努力方向和具体措施】"));
    // Evidence left blank on a strong item.
    let mut d = new_draft(&all);
    rate(&mut d, WUXIANG, "w1-liangge", "hao");
    rate(&mut d, WUXIANG, "w2-liju", "jiaocha");
    let text = build_report(&ts, &d, "x").to_text();
    assert!(text.contains("（自评：好）具体事例：【待补充：具体事例或佐证材料】"));
    assert!(text.contains("自评“较差”。【待补充：具体问题表现】"));
    assert!(text.contains("【待补充：整改措施】（整改时限：【待补充：整改时限】）"));
}

#[test]
fn a_fired_veto_is_named_in_the_report() {
    let all = templates();
    let mut d = new_draft(&all);
    rate_all(&mut d, &all[0], "hao");
    rate(&mut d, WUXIANG, "w5-baxiang", "jiaocha");
    let ts: Vec<_> = all.iter().collect();
    let text = build_report(&ts, &d, "x").to_text();
    assert!(text.contains("等次为“良好”。一票否决：存在违反中央八项规定及其实施细则精神的行为"));
    assert!(text.contains("自评“较差”（一票否决项）"));
    assert!(text.contains(
        "“四个模范”画像：讲政治 100.0 分、重公道 100.0 分、业务精 100.0 分、作风好 93.3 分。"
    ));
}

#[test]
fn markdown_escapes_what_the_person_typed() {
    let all = templates();
    let mut d = new_draft(&all);
    d.person.name = "<img src=x onerror=alert(1)>".into();
    let ts: Vec<_> = all.iter().collect();
    let md = build_report(&ts, &d, "x").to_markdown();
    assert!(!md.contains("<img"));
    assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(md.contains("## 一、主要成绩"));
    assert_eq!(md_escape("*a* _b_ [c](d) #e"), r"\*a\* \_b\_ \[c\](d) \#e");
}

#[test]
fn dates_and_numerals() {
    // 2026-11-24 20:00 UTC is already the 25th in Beijing.
    assert_eq!(chinese_date(1_795_550_400_000), "2026年11月25日");
    assert_eq!(civil_date(0), (1970, 1, 1));
    assert_eq!(civil_date(951_782_400_000), (2000, 2, 29));
    assert_eq!(sub_numeral(1), "（一）");
    assert_eq!(sub_numeral(10), "（十）");
    assert_eq!(sub_numeral(12), "（十二）");
}
