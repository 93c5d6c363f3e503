//! The ledger through the reducer: row edits, 状态 with its 销号日期, the
//! 长期坚持 rule, carrying over, and a backup that keeps the chain.
#![cfg(not(target_arch = "wasm32"))]

mod harness;
#[path = "../../core/tests/util/mod.rs"]
mod util;

use harness::{App, NOW};
use util::*;
use ziping_app::state::{Action, Edit, LedgerEdit, LedgerField, Page, ProblemField};
use ziping_app::storage::Stored;
use ziping_core::{Backup, Draft, ItemLink, Progress, RowStatus};

fn ledger(id: &str, field: LedgerField, value: &str) -> Action {
    Action::Ledger(LedgerEdit::Set {
        id: id.into(),
        field,
        value: value.into(),
    })
}

fn status(id: &str, status: RowStatus) -> Action {
    Action::Ledger(LedgerEdit::Status {
        id: id.into(),
        status,
    })
}

/// A draft with three problems on items, as last year's.
fn three() -> App {
    let mut app = App::with(Stored::default());
    app.act(Action::SetPerson(
        ziping_app::state::PersonField::Year,
        "2026".into(),
    ));
    for (item, text) in [
        ("w1-xuexi", "学习不够深入"),
        ("w2-laohaoren", "较真碰硬不够"),
        ("w3-peixun", "培训学时不足"),
    ] {
        app.act(Action::Material(Edit::AddProblem {
            item: Some((WUXIANG.into(), item.into())),
            text: text.into(),
        }));
    }
    app
}

#[test]
fn ledger_fields_are_edited_and_saved() {
    let mut app = three();
    let p = app.draft().problem("p1").unwrap().clone();
    assert_eq!(p.created, NOW + 2000, "a new problem is dated");
    assert_eq!(p.status, RowStatus::NotStarted);
    let before = app.revision();
    app.act(ledger("p1", LedgerField::Owner, "张三"))
        .act(ledger("p1", LedgerField::Progress, "已制定学习计划"))
        .act(ledger("p1", LedgerField::Remark, "按月跟进"))
        .act(status("p1", RowStatus::InProgress));
    assert_eq!(app.revision(), before + 4, "every change autosaves");
    let p = app.draft().problem("p1").unwrap();
    assert_eq!(
        (p.owner.as_str(), p.progress.as_str(), p.remark.as_str()),
        ("张三", "已制定学习计划", "按月跟进")
    );
    assert_eq!(p.status, RowStatus::InProgress);
    assert!(p.closed.is_empty());
    // 已完成 fills an empty 销号日期 with the day (UTC+8) …
    app.act(status("p1", RowStatus::Done));
    assert_eq!(app.draft().problem("p1").unwrap().closed, "2026年11月18日");
    // Reopened, it is no longer closed where the row is printed or sent
    // (the ledger's exports, the 报支部 file); the date typed is kept, so
    // a slip of the select loses nothing.
    let row = |app: &App| {
        ziping_core::draft_ledger(app.draft(), None)[0]
            .closed
            .clone()
    };
    app.act(ledger("p1", LedgerField::Closed, "2026年10月8日"))
        .act(status("p1", RowStatus::InProgress));
    assert_eq!(row(&app), "");
    assert_eq!(app.draft().problem("p1").unwrap().closed, "2026年10月8日");
    app.act(status("p1", RowStatus::Done));
    assert_eq!(row(&app), "2026年10月8日");
    // … but keeps one the person wrote.
    app.act(ledger("p2", LedgerField::Closed, "2026年10月8日"))
        .act(status("p2", RowStatus::Done));
    assert_eq!(app.draft().problem("p2").unwrap().closed, "2026年10月8日");
    // An unknown row changes nothing and saves nothing.
    let before = app.revision();
    app.act(ledger("p9", LedgerField::Owner, "x"))
        .act(status("p9", RowStatus::Done));
    assert_eq!(app.revision(), before);
}

#[test]
fn a_deadline_of_changqi_jianchi_makes_the_row_changqi_jianchi() {
    let mut app = three();
    app.act(Action::Material(Edit::SetProblem {
        id: "p3".into(),
        field: ProblemField::Deadline,
        value: "长期坚持".into(),
    }));
    let p = app.draft().problem("p3").unwrap();
    assert_eq!(p.status, RowStatus::Ongoing);
    assert_eq!(p.row_status(), RowStatus::Ongoing);
}

#[test]
fn carrying_over_opens_next_years_draft_linked_to_this_one() {
    let mut app = three();
    app.act(status("p1", RowStatus::Done))
        .act(ledger("p1", LedgerField::Progress, "已补学"))
        .act(Action::Material(Edit::SetProblem {
            id: "p2".into(),
            field: ProblemField::Deadline,
            value: "长期坚持".into(),
        }));
    let old = app.draft().clone();
    let before = app.revision();
    app.act(Action::Show(Page::Ledger))
        .act(Action::CarryOver(old.id.clone()));
    // The ledger noted as seen (the path's 台账), then the carry-over.
    assert_eq!(app.revision(), before + 2);
    assert_eq!(app.state.library.drafts.len(), 2);
    let new = app.draft();
    assert_ne!(new.id, old.id);
    assert_eq!(new.carried_from.as_ref(), Some(&old.id));
    assert_eq!(new.person.year, "2027");
    assert_eq!(
        app.state.nav.page,
        Page::Results,
        "the new draft opens at its first task: last year's problems"
    );
    assert_eq!(app.state.nav.carried.as_ref(), Some(&old.id), "the banner");
    // Opening another draft (the way back) ends the banner.
    let new = new.clone();
    app.act(Action::OpenDraft(old.id.clone()));
    assert_eq!(app.state.nav.carried, None);
    app.act(Action::OpenDraft(new.id.clone()));
    let st: Vec<Progress> = new.previous.iter().map(|q| q.status).collect();
    assert_eq!(st, [Progress::Done, Progress::LongTerm, Progress::Ongoing]);
    assert_eq!(new.previous[0].note, "已补学");
    // The newest template versions.
    let latest: Vec<u32> = new.templates.iter().map(|t| t.version).collect();
    assert_eq!(latest, [4, 3]);
    // Raised again on the same item: 老问题.
    app.act(Action::Material(Edit::AddProblem {
        item: Some((WUXIANG.into(), "w2-laohaoren".into())),
        text: "仍有老好人思想".into(),
    }));
    let d = app.draft();
    assert!(ziping_core::is_recurring(d, &d.problems[0]));
    assert_eq!(
        d.previous[1].row.as_ref().unwrap().item,
        Some(ItemLink {
            template: WUXIANG.into(),
            item: "w2-laohaoren".into()
        })
    );
    // Updating a carried row is a 材料 edit like any other.
    app.act(Action::Material(Edit::SetPrevious {
        index: 2,
        text: "培训学时不足".into(),
        note: "已补足学时".into(),
        status: Progress::Done,
    }));
    assert_eq!(app.draft().previous[2].status, Progress::Done);
}

/// Linking a problem to a row of last year's marked 已整改到位 makes it
/// 持续推进; deleting that problem (not only unlinking it) gives the row back
/// as it was, unless another problem still raises it.
#[test]
fn a_deleted_problem_no_longer_raises_last_years_row() {
    let mut app = three();
    let old = app.draft().id.clone();
    app.act(Action::CarryOver(old));
    let text = app.draft().previous[0].text.clone();
    app.act(Action::Material(Edit::SetPrevious {
        index: 0,
        text,
        note: "已补学".into(),
        status: Progress::Done,
    }));
    // 已整改到位 set here fills the 销号日期, as 已完成 does in the ledger.
    let closed = |app: &App| app.draft().previous[0].row.as_ref().unwrap().closed.clone();
    assert_eq!(closed(&app), ziping_core::chinese_date(NOW));
    let q = app.draft().previous[0].id.clone();
    for text in ["学习还不够深入", "学习仍不系统"] {
        app.act(Action::Material(Edit::AddProblem {
            item: None,
            text: text.into(),
        }));
    }
    let ids: Vec<String> = app.draft().problems.iter().map(|p| p.id.clone()).collect();
    for id in &ids {
        app.act(Action::Material(Edit::LinkRecurrence {
            problem: id.clone(),
            previous: Some(q.clone()),
        }));
    }
    let row = |app: &App| {
        let r = &app.draft().previous[0];
        (r.status, r.reopened)
    };
    assert_eq!(row(&app), (Progress::Ongoing, true));
    app.act(Action::Material(Edit::RemoveProblem(ids[0].clone())));
    assert_eq!(
        row(&app),
        (Progress::Ongoing, true),
        "still raised by the other"
    );
    app.act(Action::Material(Edit::RemoveProblem(ids[1].clone())));
    assert_eq!(row(&app), (Progress::Done, false));
    // The 销号日期 is filled when the row is marked, not on a later edit of
    // its note after the person cleared it.
    app.act(Action::Material(Edit::SetPreviousClosed {
        index: 0,
        closed: String::new(),
    }));
    let text = app.draft().previous[0].text.clone();
    app.act(Action::Material(Edit::SetPrevious {
        index: 0,
        text: text.clone(),
        note: "已补学，全年10篇".into(),
        status: Progress::Done,
    }));
    assert_eq!(closed(&app), "");
    // A status the person chose holds when a linked problem is deleted.
    app.act(Action::Material(Edit::AddProblem {
        item: None,
        text: "学习仍不深入".into(),
    }));
    let p = app.draft().problems.last().unwrap().id.clone();
    app.act(Action::Material(Edit::LinkRecurrence {
        problem: p.clone(),
        previous: Some(q.clone()),
    }));
    assert_eq!(row(&app), (Progress::Ongoing, true));
    app.act(Action::Material(Edit::SetPrevious {
        index: 0,
        text,
        note: "已补学，全年10篇".into(),
        status: Progress::LongTerm,
    }));
    app.act(Action::Material(Edit::RemoveProblem(p)));
    assert_eq!(row(&app), (Progress::LongTerm, false));
}

#[test]
fn the_draft_compared_with_is_chosen_until_another_draft_is_opened() {
    let mut app = three();
    let old = app.draft().id.clone();
    app.act(Action::CarryOver(old.clone()));
    let before = app.revision();
    assert_eq!(app.state.nav.compare_with, None, "by default: the source");
    app.act(Action::Show(Page::Compare))
        .act(Action::CompareWith(old.clone()));
    assert_eq!(app.state.nav.compare_with.as_ref(), Some(&old));
    assert_eq!(app.state.nav.page, Page::Compare);
    assert_eq!(app.revision(), before, "a view choice, nothing to save");
    app.act(Action::OpenDraft(old));
    assert_eq!(app.state.nav.compare_with, None);
}

#[test]
fn a_backup_keeps_the_ledger_and_importing_it_restores_the_chain() {
    let mut app = three();
    app.act(status("p1", RowStatus::Done))
        .act(ledger("p2", LedgerField::Owner, "张三"));
    let old_id = app.draft().id.clone();
    app.act(Action::CarryOver(old_id.clone()));
    let drafts = all_drafts(&app);
    let json = Backup::new(drafts.clone(), NOW, "0.1.0").to_json();
    // Read back, the drafts are equal field for field.
    let back = Backup::from_json(&json).unwrap();
    assert_eq!(back.drafts, drafts);

    // On a new computer: import last year's backup.
    let mut fresh = App::on("m", Stored::default());
    fresh
        .act(Action::ImportFile {
            file_name: "备份.json".into(),
            content: Ok(json.into_bytes()),
        })
        .act(Action::ConfirmImport);
    let lib = &fresh.state.library;
    let new = lib
        .drafts
        .iter()
        .find(|d| d.carried_from.is_some())
        .expect("the carried draft came in");
    let from = new.carried_from.clone().unwrap();
    let old = &lib.drafts[lib.position(&from).expect("its source came in too")];
    assert_eq!(old.problem("p1").unwrap().status, RowStatus::Done);
    assert_eq!(old.problem("p2").unwrap().owner, "张三");
    assert_eq!(new.previous.len(), 3);
    assert_eq!(
        lib.drafts.len(),
        2,
        "the new computer's untouched first draft gives way"
    );
}

#[test]
fn importing_under_new_ids_keeps_the_carried_from_link() {
    let mut app = three();
    let old_id = app.draft().id.clone();
    app.act(Action::CarryOver(old_id));
    let drafts = all_drafts(&app);
    let json = Backup::new(drafts, NOW, "0.1.0").to_json();
    // The same computer: both ids exist, 保留两份 gives the copies new ids.
    app.act(Action::ImportFile {
        file_name: "备份.json".into(),
        content: Ok(json.into_bytes()),
    })
    .act(Action::ConfirmImport);
    let lib = &app.state.library;
    assert_eq!(lib.drafts.len(), 4);
    let copies: Vec<&Draft> = lib.drafts[..2].iter().map(|d| d.as_ref()).collect();
    let carried = copies.iter().find(|d| d.carried_from.is_some()).unwrap();
    let source = copies.iter().find(|d| d.carried_from.is_none()).unwrap();
    assert_eq!(
        carried.carried_from.as_ref(),
        Some(&source.id),
        "points at the copy"
    );
}

/// Every draft of the app, as a backup takes them.
fn all_drafts(app: &App) -> Vec<Draft> {
    app.state
        .library
        .drafts
        .iter()
        .map(|d| (**d).clone())
        .collect()
}

/// 不是老问题 is stored as said (`recurs_of` empty) on every problem: on one
/// raised again on last year's item it holds over the item, and on one of
/// no item it answers a row it is worded like (an older build reads the
/// empty id as none found).
#[test]
fn not_an_old_problem_is_stored_as_said_on_every_problem() {
    let mut app = three();
    let old = app.draft().id.clone();
    app.act(Action::CarryOver(old));
    app.act(Action::Material(Edit::AddProblem {
        item: Some((WUXIANG.into(), "w1-xuexi".into())),
        text: "下基层调研次数偏少".into(),
    }))
    .act(Action::Material(Edit::AddProblem {
        item: None,
        text: "开会发言少".into(),
    }));
    let ids: Vec<String> = app.draft().problems.iter().map(|p| p.id.clone()).collect();
    let on_item = app.draft().problem(&ids[0]).unwrap().clone();
    assert!(
        ziping_core::is_recurring(app.draft(), &on_item),
        "by its item"
    );
    for id in &ids {
        app.act(Action::Material(Edit::LinkRecurrence {
            problem: id.clone(),
            previous: None,
        }));
    }
    let d = app.draft();
    assert_eq!(d.problem(&ids[0]).unwrap().recurs_of.as_deref(), Some(""));
    assert!(!ziping_core::is_recurring(d, d.problem(&ids[0]).unwrap()));
    // A problem of no item said not to be one too: its wording may be like
    // a row's, and the 体检 and the 材料 stop asking.
    assert_eq!(d.problem(&ids[1]).unwrap().recurs_of.as_deref(), Some(""));
}
