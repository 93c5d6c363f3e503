//! The ledger in the draft (schema 3), carrying a draft into next year, the
//! 老问题 rule and part 一 of the carried 材料: counts in 项 and texts.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/util/mod.rs"]
mod util;

use util::*;
use ziping_core::{
    builtin_occasions, carry_over, draft_ledger, is_recurring, ledger_head, previous_counts,
    CivilDate, Draft, ItemLink, Problem, Progress, RowStatus, Template, TemplateRef,
    CARRIED_REMARK, DRAFT_SCHEMA,
};
use ziping_report::{build_report, ledger_table};

const FIXTURE: &str = include_str!("../../../tests/fixtures/drafts/zuzhi-shenghuohui.json");
const NOW: i64 = 1_827_000_000_000; // 2027-11-22

fn last_year() -> Draft {
    Draft::from_json(FIXTURE).unwrap()
}

fn refs(d: &Draft) -> Vec<TemplateRef> {
    d.templates.clone()
}

/// The sample as a schema-2 draft (before its ledger and the 判断 and lead
/// phrases of schema 4).
fn last_year_as_schema_2() -> String {
    let mut v: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
    v["schema"] = 2.into();
    for p in v["problems"].as_array_mut().unwrap() {
        let p = p.as_object_mut().unwrap();
        for key in ["judgement", "lead", "created", "status"] {
            p.remove(key);
        }
    }
    v.to_string()
}

#[test]
fn schema_2_drafts_become_ledgers_when_read() {
    let d = Draft::from_json(&last_year_as_schema_2()).unwrap();
    assert_eq!(DRAFT_SCHEMA, 5);
    assert_eq!(d.schema, DRAFT_SCHEMA, "migrated on read");
    assert!(d.carried_from.is_none());
    for p in &d.problems {
        assert_eq!(p.created, d.created, "a row made when the draft was");
        assert!(p.owner.is_empty() && p.progress.is_empty() && p.closed.is_empty());
    }
    // 时限 长期坚持 makes the row 长期坚持; the others have not started.
    let statuses: Vec<RowStatus> = d.problems.iter().map(|p| p.status).collect();
    assert_eq!(
        statuses,
        [
            RowStatus::NotStarted,
            RowStatus::NotStarted,
            RowStatus::Ongoing,
            RowStatus::NotStarted,
            RowStatus::NotStarted
        ]
    );
    // Written back as schema 4 and read again unchanged.
    let json = d.to_json();
    assert!(json.contains("\"schema\":5"));
    assert_eq!(Draft::from_json(&json).unwrap(), d);
    // The committed schema-2 fixture migrates the same way.
    let v2 = Draft::from_json(include_str!("../../../tests/fixtures/draft-v2.json")).unwrap();
    assert_eq!(v2.schema, 5);
    assert!(v2.problems.iter().all(|p| p.created == v2.created));
}

#[test]
fn the_ledger_rows_are_the_problems_with_their_fields() {
    let mut d = last_year();
    let p = d.problem_mut("p1").unwrap();
    p.owner = "张三、李四".into();
    p.progress = "已制定学习计划".into();
    p.status = RowStatus::InProgress;
    let rows = draft_ledger(&d, None);
    // Five problems, then the two rows of the year before, as carried rows.
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[5].note, CARRIED_REMARK);
    assert_eq!(rows[5].status, RowStatus::Done);
    assert_eq!(rows[0].owner(), "张三、李四");
    assert_eq!(rows[1].owner(), "本人");
    assert_eq!(rows[0].progress, "已制定学习计划");
    // 2027年3月底前 has passed on 1 April 2027 for an open row; 长期坚持 never.
    let t = ledger_table(&ledger_head(&d), &rows, CivilDate::new(2027, 4, 1).unwrap());
    assert_eq!(t.title, "2026年度个人整改台账");
    assert_eq!(t.rows[0][7], "推进中（已逾期）");
    assert_eq!(t.rows[2][7], "长期坚持");
    assert_eq!(t.rows[3][7], "未启动", "2027年6月底前 not yet passed");
}

/// Last year's draft with three problems: one 已完成, one 长期坚持, one open.
fn three_problems() -> Draft {
    let mut d = last_year();
    d.problems.truncate(3);
    let p = d.problem_mut("p1").unwrap();
    p.status = RowStatus::Done;
    p.progress = "制定并落实个人学习计划，全年参加集中学习24次".into();
    p.closed = "2027年3月20日".into();
    let p = d.problem_mut("p2").unwrap();
    p.status = RowStatus::InProgress;
    p.progress = "考察材料逐人写明个性特点，正在推进".into();
    d.problem_mut("p3").unwrap().progress = "坚持对报送材料逐份审核".into();
    d
}

#[test]
fn carrying_over_makes_next_years_draft_with_last_years_ledger() {
    let old = three_problems();
    let new = carry_over(&old, "n1".into(), NOW, refs(&old), None);
    assert_eq!(new.id, "n1");
    assert_eq!(new.carried_from.as_deref(), Some(old.id.as_str()));
    assert_eq!(new.person.year, "2027");
    assert_eq!(new.person.name, old.person.name);
    assert_eq!(new.person.unit, old.person.unit);
    assert_eq!(new.occasion, old.occasion);
    assert_eq!(new.name, "2027年度自评");
    assert!(
        new.problems.is_empty(),
        "this year's problems are yet to find"
    );
    assert!(new.answers.is_empty());
    let st: Vec<Progress> = new.previous.iter().map(|q| q.status).collect();
    // Its three rows, then the 长期坚持 row carried into last year, which
    // carries on until it is closed; the one closed then does not.
    assert_eq!(
        st,
        [
            Progress::Done,
            Progress::Ongoing,
            Progress::LongTerm,
            Progress::LongTerm
        ]
    );
    assert_eq!(new.previous[3].text, "业务学习系统性不强");
    let ids: Vec<&str> = new.previous.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["q1", "q2", "q3", "q4"]);
    assert_eq!(
        new.previous[0].note,
        "制定并落实个人学习计划，全年参加集中学习24次"
    );
    let row = |i: usize| new.previous[i].row.as_ref().unwrap();
    assert_eq!(row(0).closed, "2027年3月20日");
    // A carried row holds writing (删除 asks first); an empty one added by
    // hand does not.
    assert!(new.previous.iter().all(|q| q.holds_writing()));
    let mut typed = ziping_core::PreviousProblem::default();
    assert!(!typed.holds_writing());
    typed.note = "已补学".into();
    assert!(typed.holds_writing());
    // A 销号日期 kept on a row reopened is not carried (one click on 已完成
    // and back would print 于……销号 next year).
    let mut reopened = old.clone();
    reopened.problem_mut("p2").unwrap().closed = "2027年3月1日".into();
    let next = carry_over(&reopened, "n9".into(), NOW, refs(&old), None);
    assert_eq!(next.previous[1].row.as_ref().unwrap().closed, "");
    // Last year's causes stay with last year's row.
    assert_eq!(row(0).causes, old.problem("p1").unwrap().causes);
    assert!(!row(0).causes.is_empty());
    assert_eq!(row(1).deadline, "立行立改");
    // A 时限 is carried as last year's ledger read it, never counted again
    // from the carrying: 3个月内 from last year's 材料 date.
    let mut spans = old.clone();
    spans.problem_mut("p2").unwrap().deadline = "3个月内".into();
    let next = carry_over(&spans, "n8".into(), NOW, refs(&old), None);
    let last_year = ledger_table(
        &ledger_head(&spans),
        &draft_ledger(&spans, None),
        CivilDate::new(2027, 3, 15).unwrap(),
    );
    assert_eq!(
        next.previous[1].row.as_ref().unwrap().deadline,
        last_year.rows[1][4]
    );
    assert!(
        last_year.rows[1][4].ends_with("月底前"),
        "{:?}",
        last_year.rows[1]
    );
    assert_eq!(
        row(0).item,
        Some(ItemLink {
            template: WUXIANG.into(),
            item: "w1-xuexi".into()
        })
    );
    // The carried rows are in this year's ledger, closed ones as done.
    let rows = draft_ledger(&new, None);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].status, RowStatus::Done);
    assert_eq!(rows[1].status, RowStatus::InProgress);
    assert_eq!(rows[2].status(), RowStatus::Ongoing);
    assert!(rows.iter().all(|r| r.note == CARRIED_REMARK));
    // A draft without a 年度 keeps it blank and says 下一年度.
    let mut blank = old.clone();
    blank.person.year.clear();
    let next = carry_over(&blank, "n2".into(), NOW, refs(&old), None);
    assert_eq!(next.person.year, "");
    assert!(next.name.ends_with("（下一年度）"));
}

#[test]
fn a_carried_problem_is_named_without_its_example() {
    use ziping_core::problem_headline;
    assert_eq!(
        problem_headline(
            "理论学习还存在以干代学的情况，比如今年干部调整集中的几个月，没有写出体会"
        ),
        "理论学习还存在以干代学的情况"
    );
    assert_eq!(problem_headline("服务意识不强。例如……"), "服务意识不强");
    assert_eq!(problem_headline("  调研不够  "), "调研不够");
    // A long spoken sentence is named by its first clause.
    assert_eq!(
        problem_headline(
            "传帮带做得不够，科室两名年轻同志独立办理核查件的能力提升慢，主要是我习惯了自己把关"
        ),
        "传帮带做得不够"
    );
    assert_eq!(
        problem_headline("有时在工作群里转发未经核实的干部任免信息"),
        "有时在工作群里转发未经核实的干部任免信息"
    );
    // Spoken lead-ins are not part of the name.
    assert_eq!(
        problem_headline("就是我觉得自己刚来组织部，很多东西都不太懂，像干部档案那些规定记不住"),
        "自己刚来组织部"
    );
    assert_eq!(
        problem_headline("自查，发现对干部档案的规定掌握得不牢像干部档案那些规定总记不住"),
        "自查，发现对干部档案的规定掌握得不牢像干部档案那些规定总记不住",
        "a first clause too short to name it"
    );
    assert_eq!(problem_headline("，比如"), "，比如", "never empty");
}

#[test]
fn part_one_counts_problems_in_xiang() {
    use Progress::*;
    assert_eq!(
        previous_counts(&[Done, Ongoing, LongTerm], 0),
        "上年度查摆的3项问题，已整改到位1项，正在整改1项，需长期坚持1项。"
    );
    assert_eq!(
        previous_counts(&[Done, Done], 0),
        "上年度查摆的2项问题，已整改到位2项。"
    );
    assert_eq!(
        previous_counts(&[Ongoing], 0),
        "上年度查摆的1项问题，正在整改1项。"
    );
    // Rows carried from before last year are told apart.
    assert_eq!(
        previous_counts(&[Done, LongTerm, LongTerm], 1),
        "上年度查摆的2项问题和此前结转的1项问题，已整改到位1项，需长期坚持2项。"
    );
}

fn material(d: &Draft) -> String {
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(
        &refs,
        d,
        &builtin_occasions(),
        CivilDate::new(2027, 11, 26).unwrap(),
    )
    .to_text()
}

#[test]
fn the_carried_material_reports_last_years_problems_and_flags_old_ones() {
    let old = three_problems();
    let mut new = carry_over(&old, "n1".into(), NOW, refs(&old), None);
    let text = material(&new);
    assert!(text.contains("2027年度组织生活会"), "{text}");
    assert!(text.contains(
        "上年度查摆的3项问题和此前结转的1项问题，已整改到位1项，正在整改1项，需长期坚持2项。"
    ));
    // A 销号 date is used.
    assert!(text.contains(
        "已整改到位，于2027年3月20日销号。制定并落实个人学习计划，全年参加集中学习24次。"
    ));
    // 立行立改 when carried on 22 November, open in the 材料 of January:
    // overdue, the reason asked for.
    assert!(
        text.contains("正在整改，原定立行立改，已逾期。考察材料逐人写明个性特点，正在推进。【待补充：在“整改进展、成效”中写明未按期完成的原因和新的完成时限】"),
        "{text}"
    );
    assert!(text.contains("需长期坚持，已坚持对报送材料逐份审核。"));
    assert!(!text.contains("再次出现"));
    // Raised again on the same item: a 老问题, on screen and in the 材料.
    let id = new.add_problem(
        Some(ItemLink {
            template: SIGE.into(),
            item: "m2-pingjia".into(),
        }),
        "",
    );
    new.problem_mut(&id).unwrap().text = "评价干部仍有共性语言多的情况".into();
    let other = new.add_problem(None, "");
    new.problem_mut(&other).unwrap().text = "调查研究不够深入".into();
    assert!(is_recurring(&new, new.problem(&id).unwrap()));
    assert!(!is_recurring(&new, new.problem(&other).unwrap()));
    let text = material(&new);
    assert!(
        text.contains(
            "评价干部仍有共性语言多的情况。【待补充：举一件具体的事：什么时间、哪项工作、问题出在哪里】上年度查摆的“公平评价干部还有差距”问题本年度又有反复。"
        ),
        "{text}"
    );
    // Part 一 says so once, as a fact: the row is taken up again.
    assert!(text.contains(
        "（二）关于“公平评价干部还有差距”的问题。正在整改，原定立行立改，已逾期。考察材料逐人写明个性特点，正在推进；本年度同类问题再次出现，继续列入整改。【待补充：在“整改进展、成效”中写明未按期完成的原因和新的完成时限】"
    ));
    assert_eq!(text.matches("再次出现").count(), 1);
    assert_eq!(text.matches("又有反复").count(), 1);
}

/// A row still open past its 时限 on the 材料's day says so, and asks for
/// the reason and the new day until the account gives them; a 时限 not yet
/// passed, or 长期坚持, is not overdue.
#[test]
fn part_one_says_a_row_is_overdue() {
    let mut old = three_problems();
    old.problem_mut("p2").unwrap().deadline = "2027年6月底前".into();
    let mut new = carry_over(&old, "n1".into(), NOW, refs(&old), None);
    new.previous[1].note = "在改".into();
    let text = material(&new);
    assert!(
        text.contains("（二）关于“公平评价干部还有差距”的问题。正在整改，原定2027年6月底前完成，已逾期。【待补充：整改措施落实情况和成效。在“整改进展、成效”中写明未按期完成的原因和新的完成时限】"),
        "{text}"
    );
    new.previous[1].note = "考察材料已逐人写明个性特点，因换届推迟，2028年3月底前完成".into();
    assert!(material(&new).contains("正在整改，原定2027年6月底前完成，已逾期。考察材料已逐人写明个性特点，因换届推迟，2028年3月底前完成。\n"));
    // A 时限 carried as typed (a draft carried before the reading was kept)
    // is said as the ledger prints it; with no 年度, as the ledger reads it.
    new.previous[1].row.as_mut().unwrap().deadline = "马上改".into();
    new.person.year.clear();
    assert!(material(&new).contains("正在整改，原定立行立改，已逾期。"));
    new.person.year = "2027".into();
    new.previous[1].row.as_mut().unwrap().deadline = "2027年6月底前".into();
    // Raised again this year: still said.
    let id = new.add_problem(None, "");
    new.problem_mut(&id).unwrap().recurs_of = Some(new.previous[1].id.clone());
    new.problem_mut(&id).unwrap().text = "评价干部仍有共性语言".into();
    assert!(material(&new).contains("正在整改，原定2027年6月底前完成，已逾期。考察材料已逐人写明个性特点，因换届推迟，2028年3月底前完成；本年度同类问题再次出现，继续列入整改。"));
    // Dated before the 时限, it is not overdue.
    new.material_date = CivilDate::new(2027, 6, 1);
    assert!(material(&new).contains("（二）关于“公平评价干部还有差距”的问题。正在整改。考察材料"));
    // 立行立改 counts from the day it was written last year (January), not
    // from the carrying (22 November): overdue in December.
    let mut old = three_problems();
    old.problem_mut("p2").unwrap().created = 1_799_553_600_000; // 2027-01-10
    let mut new = carry_over(&old, "n1".into(), NOW, refs(&old), None);
    new.material_date = CivilDate::new(2027, 12, 1);
    assert!(material(&new).contains("正在整改，原定立行立改，已逾期。"));
}

/// Next year's draft of `three_problems`, with a new problem on q1's item
/// (w1-xuexi), and its id.
fn carried_with_a_problem_on_q1s_item() -> (Draft, String) {
    let old = three_problems();
    let mut new = carry_over(&old, "n1".into(), NOW, refs(&old), None);
    let item = ItemLink {
        template: WUXIANG.into(),
        item: "w1-xuexi".into(),
    };
    let id = new.add_problem(Some(item), "");
    (new, id)
}

#[test]
fn a_problem_linked_to_one_row_does_not_reopen_another_on_its_item() {
    let (mut new, id) = carried_with_a_problem_on_q1s_item();
    // On q1's item (w1-xuexi), but linked by the person to q2.
    let p = new.problem_mut(&id).unwrap();
    p.text = "学习仍不深入".into();
    p.recurs_of = Some("q2".into());
    let text = material(&new);
    assert!(text.contains("已整改到位，于2027年3月20日销号。"), "{text}");
    assert!(text.contains("上年度查摆的“公平评价干部还有差距”问题本年度又有反复"));
}

/// A problem on last year's item the person says is not a 老问题 (the
/// select's 不是老问题: `recurs_of` empty) is not one, on screen or in the
/// 材料, and last year's row keeps its 已整改到位.
#[test]
fn a_problem_said_not_to_be_an_old_one_is_not() {
    let (mut new, id) = carried_with_a_problem_on_q1s_item();
    new.problem_mut(&id).unwrap().text = "下基层调研次数偏少".into();
    assert!(is_recurring(&new, new.problem(&id).unwrap()), "by its item");
    new.problem_mut(&id).unwrap().recurs_of = Some(String::new());
    assert!(!is_recurring(&new, new.problem(&id).unwrap()));
    let text = material(&new);
    assert!(!text.contains("又有反复"), "{text}");
    assert!(!text.contains("再次出现"), "{text}");
    assert!(text.contains("已整改到位，于2027年3月20日销号。"), "{text}");
    // Written and read back as said (an id no row has, for a build before).
    let back = Draft::from_json(&new.to_json()).unwrap();
    assert_eq!(back.problem(&id).unwrap().recurs_of.as_deref(), Some(""));
}

#[test]
fn a_template_kept_beside_renames_last_years_rows_too() {
    let old = three_problems();
    let mut new = carry_over(&old, "n1".into(), NOW, refs(&old), None);
    let from = new.templates[0].clone();
    new.rename_template(&from, &"wuxiang-gongzuo-imported".into());
    let row_items: Vec<&str> = new
        .previous
        .iter()
        .filter_map(|q| q.row.as_ref()?.item.as_ref())
        .map(|l| l.template.as_str())
        .collect();
    assert!(
        row_items.contains(&"wuxiang-gongzuo-imported"),
        "{row_items:?}"
    );
    assert!(!row_items.contains(&WUXIANG));
}

/// A problem is quoted by name only where it has one fit to quote.
#[test]
fn a_problem_has_a_name_to_quote_only_when_it_is_short_or_judged() {
    let named = |judgement: &str, text: &str| {
        Problem {
            judgement: judgement.into(),
            text: text.into(),
            ..Problem::default()
        }
        .has_name()
    };
    assert!(named("", "服务意识不强。例如……"));
    assert!(named("", "调研少"));
    assert!(named(
        "",
        "传帮带做得不够，科室两名年轻同志独立办理核查件的能力提升慢"
    ));
    assert!(!named("", "就是我觉得自己刚来组织部，很多东西都不太懂"));
    assert!(!named("", "有时在工作群里转发未经核实的干部任免信息"));
    assert!(named(
        "保密意识不牢",
        "有时在工作群里转发未经核实的干部任免信息"
    ));
}
