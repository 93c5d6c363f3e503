//! 支部汇总: a member's 问题清单（报支部） (what it carries and nothing
//! else), its file, the merge by problem id, the counts and common problems.
#![cfg(not(target_arch = "wasm32"))]

use ziping_core::{
    builtin_occasions, builtin_templates, common_problems, member_list, parse_roster, reads_alike,
    BranchError, CivilDate, Confirm, Counts, Criticism, Draft, GroupBy, ItemLink, MemberList,
    MemberProblem, MergeError, MergeReport, RowFilter, RowStatus, Summary, Template,
};

const FIXTURE: &str = include_str!("../../../tests/fixtures/drafts/zuzhi-shenghuohui.json");
const NOW: i64 = 1_800_000_000_000; // 2027-01-15
const DAY: i64 = 86_400_000;

fn today() -> CivilDate {
    CivilDate::from_epoch_ms(NOW)
}

fn fixture_list() -> (Draft, MemberList) {
    let mut d = Draft::from_json(FIXTURE).unwrap();
    d.criticisms = vec![Criticism {
        to: "李四".into(),
        text: "批评李四的话不外传".into(),
    }];
    let set = builtin_occasions();
    let occasion = set.pick(&d.occasion).unwrap();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let list = member_list(&d, occasion, &refs, NOW);
    (d, list)
}

#[test]
fn the_list_carries_what_the_branch_needs_and_nothing_else() {
    let (d, list) = fixture_list();
    assert_eq!(list.name, "张三");
    assert_eq!(list.unit, "某市委组织部干部一科");
    assert_eq!(list.year, "2026");
    assert_eq!(list.draft, d.id.to_string());
    assert_eq!(list.exported, NOW);
    let ids: Vec<&str> = list.problems.iter().map(|p| p.id.as_str()).collect();
    // Its five problems, then last year's row still open (q2, 长期坚持);
    // q1, done, stays behind.
    assert_eq!(ids, ["p1", "p2", "p3", "p4", "p5", "q2"]);
    assert!(list.problems[5].carried);
    assert_eq!(list.problems[5].status, RowStatus::Ongoing);
    assert_eq!(list.problems[3].aspect, "真抓实干强作风");
    assert_eq!(
        list.problems[2].status,
        RowStatus::Ongoing,
        "长期坚持 by its 时限"
    );
    assert_eq!(
        list.problems[0].item,
        Some(ItemLink {
            template: "wuxiang-gongzuo".into(),
            item: "w1-xuexi".into()
        })
    );
    let json = list.to_json();
    // No ratings, evidence, causes or 相互批评.
    for p in &d.problems {
        for c in &p.causes {
            assert!(!json.contains(&c.text), "cause leaked: {}", c.text);
        }
    }
    for answers in d.answers.values() {
        for a in answers.values() {
            assert!(a.evidence.is_empty() || !json.contains(&a.evidence));
        }
    }
    for leak in [
        "批评李四",
        "rating",
        "evidence",
        "causes",
        "criticisms",
        "cause",
        "work",
        "opinions",
    ] {
        assert!(!json.contains(leak), "{leak} leaked");
    }
    // Only the declared keys.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["draft", "exported", "format", "name", "problems", "unit", "version", "year"]
    );
    assert_eq!(
        MemberList::KEYS,
        ["format", "version", "draft", "exported", "name", "unit", "year", "problems"]
    );
    for p in v["problems"].as_array().unwrap() {
        for k in p.as_object().unwrap().keys() {
            assert!(MemberProblem::KEYS.contains(&k.as_str()), "{k}");
        }
    }
    assert_eq!(MemberList::from_json(&json).unwrap(), list);
}

#[test]
fn bad_files_are_refused_in_chinese() {
    let (_, list) = fixture_list();
    let json = list.to_json();
    let err = |s: &str| MemberList::from_json(s).unwrap_err().to_string();
    let not_ours = "不是本程序导出的问题清单（报支部）文件。请本人在“整改台账”中点“导出问题清单（报支部）”，把得到的文件发来；自己的备份请在“草稿与备份”中导入。";
    assert_eq!(err("not json"), not_ours);
    assert_eq!(err(r#"{"format":"ziping-backup","version":2}"#), not_ours);
    assert_eq!(
        err(&json.replace(r#""version":1"#, r#""version":2"#)),
        "这份问题清单（报支部）来自较新版本的本程序（格式版本 2），请先更新本程序再导入。"
    );
    assert_eq!(
        err(&json.replacen(r#""id":"p1""#, r#""id":1"#, 1)),
        "问题清单（报支部）已损坏，无法读取：“problems”第 1 项的“id”应是文字。"
    );
    assert!(matches!(
        Summary::from_json(&json),
        Err(BranchError::NotOurs(_))
    ));
    // Cut short (a transfer that stopped): damaged, not someone else's file.
    assert_eq!(
        err(&json[..200]),
        "问题清单（报支部）已损坏，无法读取：文件不完整（可能没有传完或被截断），请让本人重新导出。"
    );
}

fn problem(id: &str, text: &str, status: RowStatus) -> MemberProblem {
    MemberProblem {
        id: id.into(),
        aspect: "专心专注练本领".into(),
        text: text.into(),
        measure: "每月学习".into(),
        deadline: "2026年12月底前".into(),
        made: CivilDate::new(2026, 3, 1).unwrap(),
        status,
        ..MemberProblem::default()
    }
}

fn list(draft: &str, name: &str, exported: i64, problems: Vec<MemberProblem>) -> MemberList {
    MemberList {
        format: "ziping-branch-list".into(),
        version: 1,
        draft: draft.into(),
        exported,
        name: name.into(),
        unit: "干部一科".into(),
        year: "2026".into(),
        problems,
    }
}

#[test]
fn a_later_file_updates_rows_by_id_and_marks_removed_ones() {
    let mut s = Summary::new("b1", "第一党支部", "2026年", NOW);
    assert_eq!(s.title(), "第一党支部2026年度整改问题清单汇总");
    // A 年度 as typed, as the files hold it.
    for typed in ["2026", " 2026年 ", "2026年度", "２０２６", "26"] {
        assert_eq!(ziping_core::typed_year(typed), "2026", "{typed}");
    }
    assert_eq!(ziping_core::typed_year("二〇二六"), "二〇二六");
    assert_eq!(ziping_core::typed_year("年度"), "");
    let first = list(
        "d1",
        "张三",
        NOW,
        vec![
            problem("p1", "理论学习不够深入", RowStatus::NotStarted),
            problem("p2", "调研不够经常", RowStatus::Done),
        ],
    );
    let r = s.merge(first.clone(), NOW).unwrap();
    assert_eq!(r.message("张三"), "已导入张三的问题清单，共 2 项。");
    assert!(s.confirm(
        "d1",
        "p2",
        Some(Confirm {
            date: today(),
            note: "核实".into()
        }),
        NOW
    ));
    // The same file again: nothing changes.
    let r = s.merge(first.clone(), NOW).unwrap();
    assert_eq!(r.message("张三"), "张三的问题清单没有变化。");
    // A later file: p1 done, p2 gone, p3 new.
    let later = list(
        "d1",
        "张三",
        NOW + DAY,
        vec![
            problem("p1", "理论学习不够深入", RowStatus::Done),
            problem("p3", "批评与自我批评辣味不足", RowStatus::NotStarted),
        ],
    );
    let r = s.merge(later, NOW + DAY).unwrap();
    assert_eq!(
        r.message("张三"),
        "已更新张三的问题清单：新增 1 项，更新 1 项，删除 1 项。"
    );
    let m = &s.members[0];
    let rows: Vec<(&str, bool)> = m
        .rows
        .iter()
        .map(|r| (r.problem.id.as_str(), r.removed))
        .collect();
    assert_eq!(rows, [("p1", false), ("p3", false), ("p2", true)]);
    assert_eq!(m.rows[0].problem.status, RowStatus::Done);
    assert!(
        m.rows[2].confirm.is_some(),
        "the branch's 确认销号 stays with its row"
    );
    assert_eq!(m.exported, NOW + DAY);
    // The older file is refused and nothing changes.
    let before = s.clone();
    let e = s.merge(first, NOW + 2 * DAY).unwrap_err();
    assert!(matches!(e, MergeError::Older { .. }));
    assert_eq!(
        e.to_string(),
        "这是2027年1月15日16时0分导出的旧清单，汇总中已有张三2027年1月16日16时0分导出的较新清单，未作改动。"
    );
    // Exported the same day: the times tell them apart, to the second
    // when the minute is the same.
    s.merge(list("d1", "张三", NOW + DAY + 50_000, vec![]), NOW)
        .unwrap();
    assert_eq!(
        s.merge(list("d1", "张三", NOW + DAY + 20_000, vec![]), NOW)
            .unwrap_err()
            .to_string(),
        "这是2027年1月16日16时0分20秒导出的旧清单，汇总中已有张三2027年1月16日16时0分50秒导出的较新清单，未作改动。"
    );
    s = before.clone();
    assert_eq!(s, before);
    // Another year is refused too.
    let mut other = list("d2", "李四", NOW, vec![]);
    other.year = "2025".into();
    assert_eq!(
        s.merge(other, NOW).unwrap_err().to_string(),
        "李四的清单是2025年度的，本汇总是2026年度的，未作改动。请在对应年度的汇总中导入；本汇总的年度填错了的，先在上方把“年度”改为2025。"
    );
    assert_eq!(s, before);
    // Read back as written.
    assert_eq!(Summary::from_json(&s.to_json()).unwrap(), s);
}

#[test]
fn the_members_status_never_closes_the_branchs_row() {
    let mut s = Summary::new("b1", "第一党支部", "2026", NOW);
    s.merge(
        list(
            "d1",
            "张三",
            NOW,
            vec![problem("p1", "学习不深", RowStatus::Done)],
        ),
        NOW,
    )
    .unwrap();
    assert!(s.members[0].rows[0].confirm.is_none());
    assert_eq!(s.counts(today()).confirmed, 0);
    assert!(!s.confirm(
        "d1",
        "p9",
        Some(Confirm {
            date: today(),
            note: String::new()
        }),
        NOW
    ));
    assert!(!s.confirm(
        "d2",
        "p1",
        Some(Confirm {
            date: today(),
            note: String::new()
        }),
        NOW
    ));
    assert!(s.confirm(
        "d1",
        "p1",
        Some(Confirm {
            date: today(),
            note: String::new()
        }),
        NOW
    ));
    assert_eq!(s.counts(today()).confirmed, 1);
    assert!(s.confirm("d1", "p1", None, NOW), "withdrawn");
}

fn three_members() -> Summary {
    let mut s = Summary::new("b1", "第一党支部", "2026", NOW);
    let item = |p: MemberProblem| MemberProblem {
        item: Some(ItemLink {
            template: "wuxiang-gongzuo".into(),
            item: "w1-xuexi".into(),
        }),
        ..p
    };
    s.merge(
        list(
            "d1",
            "张三",
            NOW,
            vec![
                item(problem(
                    "p1",
                    "理论学习不够深入，比如……",
                    RowStatus::NotStarted,
                )),
                problem("p2", "联系服务基层不够经常", RowStatus::InProgress),
            ],
        ),
        NOW,
    )
    .unwrap();
    s.merge(
        list(
            "d2",
            "李四",
            NOW,
            vec![
                item(problem("p1", "学用结合不紧", RowStatus::Done)),
                MemberProblem {
                    aspect: "严格自律树形象".into(),
                    deadline: "长期坚持".into(),
                    ..problem("p2", "廉洁自律意识有所松懈", RowStatus::NotStarted)
                },
            ],
        ),
        NOW,
    )
    .unwrap();
    s.merge(
        list(
            "d3",
            "王五",
            NOW,
            vec![problem(
                "p1",
                "联系服务基层还不够经常",
                RowStatus::NotStarted,
            )],
        ),
        NOW,
    )
    .unwrap();
    s
}

#[test]
fn the_counts_use_the_ledgers_status_and_overdue_rules() {
    let mut s = three_members();
    let c = s.counts(today());
    assert_eq!(
        (
            c.members,
            c.problems,
            c.not_started,
            c.in_progress,
            c.done,
            c.ongoing,
            c.overdue
        ),
        (3, 5, 2, 1, 1, 1, 3)
    );
    assert_eq!(
        c.line(),
        "共3名同志、查摆问题5条：未启动2条、推进中1条、已完成1条、长期坚持1条，已逾期3条；支部已确认销号0条。"
    );
    // Before the 时限, nothing is overdue.
    assert_eq!(s.counts(CivilDate::new(2026, 12, 31).unwrap()).overdue, 0);
    // A removed row no longer counts, even one the branch confirmed: it
    // is listed apart, last, and the line says so; the rows shown under
    // 全部 are the problems counted and the removed ones.
    assert!(s.confirm(
        "d2",
        "p1",
        Some(Confirm {
            date: today(),
            note: "核实".into()
        }),
        NOW
    ));
    s.merge(
        list(
            "d2",
            "李四",
            NOW + DAY,
            vec![s.members[1].rows[1].problem.clone()],
        ),
        NOW,
    )
    .unwrap();
    let c = s.counts(today());
    assert_eq!(
        (c.members, c.problems, c.overdue, c.confirmed, c.removed),
        (3, 4, 3, 0, 1)
    );
    assert!(
        c.line().ends_with("已逾期3条。另有已删除1条，不计入。"),
        "{}",
        c.line()
    );
    for by in [GroupBy::Member, GroupBy::Aspect] {
        let rows = s.table(today(), RowFilter::All, by);
        assert_eq!(rows.len(), c.problems + c.removed);
        let last = rows.last().unwrap();
        assert_eq!(
            (last.member.name.as_str(), last.status_text().as_str()),
            ("李四", "已删除")
        );
        assert!(last.row.confirm.is_some(), "its 确认销号 is kept, shown");
    }
}

/// The counts' line names only the statuses some row has, says 均未逾期
/// for none overdue, and the branch's 销号 once a row is 已完成.
#[test]
fn the_counts_line_leaves_out_what_no_row_has() {
    let c = |members,
             problems,
             [not_started, in_progress, done, ongoing]: [usize; 4],
             overdue,
             confirmed| Counts {
        members,
        problems,
        not_started,
        in_progress,
        done,
        ongoing,
        overdue,
        confirmed,
        removed: 0,
    };
    for (counts, line) in [
        (
            c(3, 4, [0, 0, 1, 3], 0, 0),
            "共3名同志、查摆问题4条：已完成1条、长期坚持3条；支部已确认销号0条。",
        ),
        (
            c(3, 4, [3, 0, 0, 1], 1, 0),
            "共3名同志、查摆问题4条：未启动3条、长期坚持1条，已逾期1条。",
        ),
        (
            c(2, 3, [0, 1, 1, 1], 1, 1),
            "共2名同志、查摆问题3条：推进中1条、已完成1条、长期坚持1条，已逾期1条；支部已确认销号1条。",
        ),
        (c(2, 0, [0, 0, 0, 0], 0, 0), "共2名同志、查摆问题0条。"),
    ] {
        assert_eq!(counts.line(), line);
    }
    let removed = Counts {
        removed: 1,
        ..c(2, 2, [1, 0, 0, 1], 0, 0)
    };
    assert_eq!(
        removed.line(),
        "共2名同志、查摆问题2条：未启动1条、长期坚持1条，均未逾期。另有已删除1条，不计入。"
    );
}

#[test]
fn only_what_the_member_reports_done_is_confirmed() {
    let mut s = three_members();
    let c = || {
        Some(Confirm {
            date: today(),
            note: String::new(),
        })
    };
    // 张三 p1 未启动, p2 推进中; 李四 p2 长期坚持: refused, nothing changes.
    let before = s.clone();
    assert!(!s.confirm("d1", "p1", c(), NOW));
    assert!(!s.confirm("d1", "p2", c(), NOW));
    assert!(!s.confirm("d2", "p2", c(), NOW));
    assert_eq!(s, before);
    assert!(!s.members[0].rows[0].can_confirm());
    // 李四 p1 已完成.
    assert!(s.members[1].rows[0].can_confirm());
    assert!(s.confirm("d2", "p1", c(), NOW));
    assert_eq!(s.counts(today()).confirmed, 1);
    // The member reopens it: the branch's 销号 goes with it, and the
    // secretary is told; not confirmed again while 推进中.
    let mut reopened = s.members[1].rows[0].problem.clone();
    reopened.status = RowStatus::InProgress;
    let report = s
        .merge(list("d2", "李四", NOW + DAY, vec![reopened]), NOW)
        .unwrap();
    assert_eq!(
        report.message("李四"),
        "已更新李四的问题清单：更新 1 项，删除 1 项；其中 1 项本人未报已完成，支部的确认销号已随之撤销，请复核。"
    );
    assert_eq!(s.members[1].rows[0].confirm, None);
    let only = MergeReport {
        reopened: 1,
        ..MergeReport::default()
    };
    assert_eq!(
        only.message("李四"),
        "已更新李四的问题清单：1 项本人未报已完成，支部的确认销号已随之撤销，请复核。"
    );
    assert_eq!(s.counts(today()).confirmed, 0);
    assert!(!s.confirm("d2", "p1", c(), NOW), "not again while 推进中");
}

#[test]
fn a_newer_file_of_the_same_person_from_another_draft_replaces_theirs() {
    let mut s = three_members();
    let c = Some(Confirm {
        date: today(),
        note: "已核实".into(),
    });
    let mut done = s.members[1].rows[0].problem.clone();
    done.status = RowStatus::Done;
    let kept = s.members[1].rows[1].problem.clone();
    s.merge(
        list(
            "d2",
            "李四",
            NOW + 1,
            vec![
                done.clone(),
                MemberProblem {
                    status: RowStatus::Done,
                    deadline: "2026年12月底前".into(),
                    ..kept.clone()
                },
            ],
        ),
        NOW,
    )
    .unwrap();
    assert!(s.confirm("d2", "p1", c.clone(), NOW));
    assert!(s.confirm("d2", "p2", c.clone(), NOW));
    // An older file of another draft, or one of the same time: refused,
    // naming both times.
    let before = s.clone();
    for at in [NOW - 60_000, NOW + 1] {
        let e = s.merge(list("d9", "李四", at, vec![]), NOW).unwrap_err();
        assert!(e.to_string().starts_with("这是2027年1月15日1"), "{e}");
        assert_eq!(s, before);
    }
    // A newer one replaces the member's file in place, its rows matched by
    // 表现: the 销号 follows; the others stay as removed rows (their ids
    // marked as another draft's), never lost.
    let newer = list(
        "d9",
        "李四",
        NOW + DAY,
        vec![MemberProblem {
            id: "p7".into(),
            ..done
        }],
    );
    let r = s.merge(newer, NOW + DAY).unwrap();
    assert_eq!(
        r.message("李四"),
        "「李四」已有一份（草稿不同，2027年1月15日16时0分导出），已换用这份（2027年1月16日16时0分导出）：删除 1 项。"
    );
    assert_eq!(s.members.len(), 3);
    let m = &s.members[1];
    assert_eq!(m.draft, "d9");
    let rows: Vec<(&str, bool, bool)> = m
        .rows
        .iter()
        .map(|r| (r.problem.id.as_str(), r.removed, r.confirm.is_some()))
        .collect();
    assert_eq!(rows, [("p7", false, true), ("p2~", true, true)]);
    // The draft's next file updates it as usual.
    let r = s
        .merge(list("d9", "李四", NOW + 2 * DAY, vec![]), NOW)
        .unwrap();
    assert_eq!(r.message("李四"), "已更新李四的问题清单：删除 1 项。");
    // Another unit's 李四 is another person.
    let mut other = list("d8", "李四", NOW, vec![]);
    other.unit = "干部二科".into();
    assert!(s.merge(other, NOW).unwrap().new_member);
    assert_eq!(s.members.len(), 4);
    // Removing a member takes their rows and 销号.
    assert!(s.remove("d9", NOW));
    assert!(!s.remove("d9", NOW));
    assert_eq!(s.counts(today()).members, 3);
    assert!(s.members.iter().all(|m| m.draft != "d9"));
}

#[test]
fn the_made_date_is_the_problems_own_and_overdue_is_the_ledgers() {
    let (d, list) = fixture_list();
    let set = builtin_occasions();
    let window = set.pick(&d.occasion).unwrap().date_window;
    let own: Vec<_> = ziping_core::ledger_problems(&d).collect();
    for (p, m) in own.iter().zip(&list.problems) {
        assert_eq!(m.made, ziping_core::made_day(&d, p));
        assert_eq!(m.base(), ziping_core::row_base(&d, p, window));
        assert!(m.from >= m.made);
        // The member's ledger judges overdue the same way.
        let row = ziping_core::problem_row(&d, p, window);
        for today in [today(), CivilDate::new(2027, 7, 2).unwrap()] {
            assert_eq!(
                m.ledger_row().is_overdue(2026, today),
                row.is_overdue(2026, today)
            );
        }
    }
    assert!(
        list.problems.iter().any(|m| m.from > m.made),
        "the occasion's months are later"
    );
    // A file of before `from`: its `made` was the base.
    let mut old: serde_json::Value = serde_json::from_str(&list.to_json()).unwrap();
    old["problems"][0].as_object_mut().unwrap().remove("from");
    let old = MemberList::from_json(&old.to_string()).unwrap();
    assert_eq!(old.problems[0].base(), old.problems[0].made);
    // Read back as written.
    assert_eq!(MemberList::from_json(&list.to_json()).unwrap(), list);
}

#[test]
fn the_table_filters_and_groups() {
    let s = three_members();
    let names = |f, by| -> Vec<String> {
        s.table(today(), f, by)
            .iter()
            .map(|v| format!("{}{}", v.member.name, v.row.problem.id))
            .collect()
    };
    assert_eq!(
        names(RowFilter::All, GroupBy::Member),
        ["张三p1", "张三p2", "李四p1", "李四p2", "王五p1"]
    );
    assert_eq!(
        names(RowFilter::Overdue, GroupBy::Member),
        ["张三p1", "张三p2", "王五p1"]
    );
    assert_eq!(
        names(RowFilter::Status(RowStatus::Ongoing), GroupBy::Member),
        ["李四p2"]
    );
    // 待确认销号: what the member reports 已完成 and the branch has not
    // closed (a secretary's worklist), not every row still open.
    assert_eq!(names(RowFilter::Unconfirmed, GroupBy::Member), ["李四p1"]);
    let mut closed = three_members();
    let confirm = Some(Confirm {
        date: today(),
        note: String::new(),
    });
    assert!(closed.confirm("d2", "p1", confirm, NOW));
    assert!(closed
        .table(today(), RowFilter::Unconfirmed, GroupBy::Member)
        .is_empty());
    // 时限 as the member's ledger prints them; one not given is said.
    let mut timed = Summary::new("b2", "第一党支部", "2026", NOW);
    let with = |id, deadline: &str| MemberProblem {
        deadline: deadline.into(),
        ..problem(id, "学习不够", RowStatus::NotStarted)
    };
    let problems = vec![
        with("p1", "马上改"),
        with("p2", "2027.3.31"),
        with("p3", " "),
    ];
    timed.merge(list("d1", "张三", NOW, problems), NOW).unwrap();
    let shown: Vec<String> = timed
        .table(today(), RowFilter::All, GroupBy::Member)
        .iter()
        .map(|v| v.deadline())
        .collect();
    assert_eq!(shown, ["立行立改", "2027年3月底前", "（未填）"]);
    assert_eq!(
        names(RowFilter::All, GroupBy::Aspect),
        ["张三p1", "张三p2", "李四p1", "王五p1", "李四p2"]
    );
    let v = s.table(today(), RowFilter::All, GroupBy::Member);
    assert_eq!(v[0].status_text(), "未启动（已逾期）");
    assert_eq!(v[3].status_text(), "长期坚持");
    // Each row's group, for the headings: the member's draft, or the aspect.
    let groups: Vec<&str> = v.iter().map(|r| r.group(GroupBy::Member)).collect();
    assert_eq!(groups, ["d1", "d1", "d2", "d2", "d3"]);
    // By aspect, each aspect's rows together: a heading per run.
    let a = s.table(today(), RowFilter::All, GroupBy::Aspect);
    let mut runs: Vec<&str> = a.iter().map(|r| r.group(GroupBy::Aspect)).collect();
    runs.dedup();
    let mut once = runs.clone();
    once.sort();
    once.dedup();
    assert_eq!(runs.len(), once.len(), "{runs:?}");
}

#[test]
fn common_problems_are_the_same_item_or_alike_words() {
    assert!(reads_alike(
        "联系服务基层不够经常",
        "联系服务基层还不够经常"
    ));
    assert!(!reads_alike("联系服务基层不够经常", "廉洁自律意识有所松懈"));
    let s = three_members();
    let lines: Vec<String> = common_problems(&s).iter().map(|c| c.line()).collect();
    assert_eq!(
        lines,
        [
            // One item's rows that say different things: each named (the
            // shortest alone put 张三's words on 李四).
            "2名同志（张三、李四）查摆了专心专注练本领方面的相近问题：学用结合不紧；理论学习不够深入",
            // Words alike: the shortest names them.
            "2名同志（张三、王五）查摆了专心专注练本领方面的相近问题：联系服务基层不够经常",
        ]
    );
    // A member who sent no name, inside the line's own brackets.
    let mut unnamed = three_members();
    unnamed.members[1].name = " ".into();
    assert!(common_problems(&unnamed)[0]
        .line()
        .starts_with("2名同志（张三、未填姓名）"));
    // A row with no statement (a measure alone) names nothing: no “：；”.
    let mut blank = three_members();
    blank.members[1].rows[0].problem.text = "1.".into();
    assert_eq!(
        common_problems(&blank)[0].line(),
        "2名同志（张三、李四）查摆了专心专注练本领方面的相近问题：理论学习不够深入"
    );
    blank.members[0].rows[0].problem.text.clear();
    assert_eq!(
        common_problems(&blank)[0].line(),
        "2名同志（张三、李四）查摆了专心专注练本领方面的相近问题"
    );
    // For a choice among 汇总: the title and the members held.
    assert_eq!(
        three_members().label(),
        "第一党支部2026年度整改问题清单汇总（3人）"
    );
    // One member's two alike rows are not common.
    let mut one = Summary::new("b2", "", "2026", NOW);
    one.merge(
        list(
            "d1",
            "张三",
            NOW,
            vec![
                problem("p1", "调研不够", RowStatus::NotStarted),
                problem("p2", "调研不够", RowStatus::NotStarted),
            ],
        ),
        NOW,
    )
    .unwrap();
    assert!(common_problems(&one).is_empty());
}

#[test]
fn the_roster_says_who_has_not_handed_in() {
    assert_eq!(
        parse_roster(" 张三、李四，赵六 孙七\n张三;周八；"),
        ["张三", "李四", "赵六", "孙七", "周八"],
        "split at 顿号, commas, semicolons, spaces and lines, each name once"
    );
    let mut s = three_members();
    assert_eq!(s.roster_line(), None, "no roster, no line");
    s.roster = parse_roster("张三、李四、王五");
    assert_eq!(s.roster_line().unwrap(), "应交3人，已全部交齐。");
    // A member who typed their name with an aligning space (王　五) is 王五;
    // 赵六 has not handed in; 张三 is not on the list (a typo or someone from
    // elsewhere).
    s.members[2].name = "王　五".into();
    s.roster = parse_roster("李四、王五、赵六、孙七");
    assert_eq!(
        s.roster_line().unwrap(),
        "应交4人，已交2人，未交2人：赵六、孙七。不在名单内但已交：张三（请核对姓名）。"
    );
    // A list pasted from a document aligns a two-character name (王　五);
    // a member who left the name blank is named so; a hand-edited roster's
    // blanks and repeats are left out.
    assert_eq!(
        parse_roster("李四　王　五　赵六\n欧阳娜"),
        ["李四", "王五", "赵六", "欧阳娜"]
    );
    s.members[0].name = String::new();
    s.roster = vec!["李四".into(), " ".into(), "李四".into(), "王五".into()];
    assert_eq!(
        s.roster_line().unwrap(),
        "应交2人，已全部交齐。不在名单内但已交：（未填姓名）（请核对姓名）。"
    );
    // Kept in the 汇总's file; a file without it reads as no roster.
    let back = Summary::from_json(&s.to_json()).unwrap();
    assert_eq!(back.roster, s.roster);
    assert!(!three_members().to_json().contains("roster"));
    assert_eq!(
        Summary::from_json(&three_members().to_json())
            .unwrap()
            .roster,
        Vec::<String>::new()
    );
}

/// A member whose file lists no problem has no heading in the table: the
/// 汇总 names them, so 共N名同志 says who.
#[test]
fn a_member_with_an_empty_list_is_named() {
    let mut s = three_members();
    assert_eq!(s.empty_line(), None);
    s.merge(list("d9", "赵六", NOW, vec![]), NOW).unwrap();
    assert_eq!(s.counts(CivilDate::new(2027, 1, 15).unwrap()).members, 4);
    assert_eq!(
        s.empty_line().unwrap(),
        "赵六交来的问题清单中没有问题，请核对。"
    );
}

/// The member's file is named by who, which year and the day: a list sent
/// again is told from the first by its name too.
#[test]
fn a_member_list_is_named_by_who_year_and_day() {
    let l = list("d1", "张三", NOW, vec![]);
    let (y, m, d) = ziping_core::civil_date(NOW);
    assert_eq!(
        l.file_name(),
        format!(
            "问题清单（报支部）-张三-{}年度-{y}{m:02}{d:02}.json",
            l.year
        )
    );
    assert!(list("d1", " ", NOW, vec![])
        .file_name()
        .starts_with("问题清单（报支部）-本人-"));
}
