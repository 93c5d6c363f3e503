//! 支部汇总 through the reducer: a batch of members' files (a bad one
//! refused by name), a re-export updating its rows, an older one refused,
//! 确认销号, storage (sealed under the lock), the full backup, 清除本机数据's
//! list, and a member file dropped on another screen.
#![cfg(not(target_arch = "wasm32"))]

mod harness;

use std::cell::RefCell;
use std::rc::Rc;

use harness::App;
use ziping_app::state::{clear_list, Action, BranchAction, Page};
use ziping_app::storage::lock::{self, Keyring, SealedStore};
use ziping_app::storage::{self, KeyValue, MemoryStore, Saver, Stored};
use ziping_core::{CivilDate, Confirm, Draft, DraftId, ImportError, LedgerRow, RowStatus, Summary};
use ziping_vault::{self as vault, KdfParams, Key, KEY_LEN, NONCE_LEN, SALT_LEN};

const FIXTURE: &str = include_str!("../../../tests/fixtures/drafts/zuzhi-shenghuohui.json");
const NOW: i64 = 1_800_000_000_000; // 2027-01-15

/// The app at 2027-01-15, new draft ids "d1", "d2" …
fn start(stored: Stored) -> App {
    App::at("d", NOW, stored)
}

fn summary(app: &App) -> &Summary {
    app.state.branch.summary().expect("a 汇总 open")
}

fn results(app: &App) -> Vec<String> {
    let r = &app.state.branch.results;
    r.iter()
        .map(|f| match &f.result {
            Ok(m) => format!("{}：{m}", f.file_name),
            Err(e) => format!("{}：✗{e}", f.file_name),
        })
        .collect()
}

/// A member's draft: the fixture under another id and name.
fn member(id: &str, name: &str) -> App {
    let mut d = Draft::from_json(FIXTURE).unwrap();
    d.id = DraftId::from(id);
    d.person.name = name.into();
    start(Stored {
        drafts: vec![d],
        ..Stored::default()
    })
}

fn export(app: &App, at: i64) -> Vec<u8> {
    app.state.member_list(at).to_json().into_bytes()
}

fn import(files: Vec<(&str, Vec<u8>)>) -> Action {
    let files = files
        .into_iter()
        .map(|(n, b)| (n.to_string(), Ok(b)))
        .collect();
    Action::Branch(BranchAction::Import(files))
}

fn secretary() -> App {
    let mut app = start(Stored::default());
    app.act(Action::Branch(BranchAction::New {
        branch: "干部一科党支部".into(),
        year: "2026".into(),
    }));
    let files = vec![
        ("张三.json", export(&member("m1", "张三"), NOW)),
        (
            "坏文件.json",
            b"{\"format\":\"ziping-branch-list\",\"version\":9}".to_vec(),
        ),
        ("李四.json", export(&member("m2", "李四"), NOW)),
        ("王五.json", export(&member("m3", "王五"), NOW)),
    ];
    app.act(import(files));
    app
}

#[test]
fn a_batch_imports_its_good_files_and_names_the_bad_one() {
    let app = secretary();
    assert_eq!(
        results(&app),
        [
            "张三.json：已导入张三的问题清单，共 6 项。",
            "坏文件.json：✗这份问题清单（报支部）来自较新版本的本程序（格式版本 9），请先更新本程序再导入。未作改动。",
            "李四.json：已导入李四的问题清单，共 6 项。",
            "王五.json：已导入王五的问题清单，共 6 项。",
        ]
    );
    let s = summary(&app);
    assert_eq!(s.title(), "干部一科党支部2026年度整改问题清单汇总");
    let c = s.counts(CivilDate::from_epoch_ms(NOW));
    assert_eq!((c.members, c.problems), (3, 18));
    assert_eq!(c.ongoing, 6, "p3 and the carried q2 of each");
    assert_eq!(c.not_started, 12);
}

/// A list of another 年度 is refused, 未作改动 said once.
#[test]
fn a_list_of_another_year_is_refused_once() {
    let mut app = secretary();
    let mut d = Draft::from_json(FIXTURE).unwrap();
    d.id = DraftId::from("m9");
    d.person.name = "赵六".into();
    d.person.year = "2025".into();
    let other = start(Stored {
        drafts: vec![d],
        ..Stored::default()
    });
    app.act(import(vec![("赵六.json", export(&other, NOW))]));
    assert_eq!(
        results(&app),
        ["赵六.json：✗赵六的清单是2025年度的，本汇总是2026年度的，未作改动。请在对应年度的汇总中导入；本汇总的年度填错了的，先在上方把“年度”改为2025。"]
    );
}

#[test]
fn a_reexport_updates_the_members_rows_and_an_older_file_is_refused() {
    let mut app = secretary();
    let mut zhang = member("m1", "张三");
    let old = export(&zhang, NOW);
    zhang.act(Action::Ledger(ziping_app::state::LedgerEdit::Status {
        id: "p1".into(),
        status: RowStatus::Done,
    }));
    app.act(import(vec![(
        "张三-新.json",
        export(&zhang, NOW + 86_400_000),
    )]));
    assert_eq!(
        results(&app),
        ["张三-新.json：已更新张三的问题清单：更新 1 项。"]
    );
    let rows = &summary(&app).members[0].rows;
    assert_eq!(rows.len(), 6, "never a duplicate");
    assert_eq!(rows[0].problem.status, RowStatus::Done);
    assert!(
        !rows[0].problem.closed.is_empty(),
        "销号日期 filled by the member"
    );
    assert!(
        rows[0].confirm.is_none(),
        "the member cannot close the branch's row"
    );
    let before = summary(&app).clone();
    let revision = app.state.persist.revision;
    app.act(import(vec![("张三-旧.json", old)]));
    assert_eq!(
        results(&app),
        ["张三-旧.json：✗这是2027年1月15日16时0分导出的旧清单，汇总中已有张三2027年1月16日16时0分导出的较新清单，未作改动。"]
    );
    assert_eq!(*summary(&app), before);
    assert_eq!(app.state.persist.revision, revision, "nothing to save");
}

#[test]
fn confirm_is_saved_and_loads_back_sealed_under_the_lock() {
    let mut app = secretary();
    let confirm = Confirm {
        date: CivilDate::new(2027, 1, 20).unwrap(),
        note: "支委会核实".into(),
    };
    // Refused on a row the member has not marked 已完成 (p1 未启动, p3
    // 长期坚持): nothing changes, nothing to save.
    let revision = app.state.persist.revision;
    for id in ["p1", "p3"] {
        app.act(Action::Branch(BranchAction::Confirm {
            draft: "m2".into(),
            problem: id.into(),
            confirm: Some(confirm.clone()),
        }));
    }
    assert_eq!(app.state.persist.revision, revision);
    assert_eq!(
        summary(&app)
            .counts(CivilDate::from_epoch_ms(NOW))
            .confirmed,
        0
    );
    // 李四 marks p1 done and exports again; the branch confirms it.
    let mut li = member("m2", "李四");
    li.act(Action::Ledger(ziping_app::state::LedgerEdit::Status {
        id: "p1".into(),
        status: RowStatus::Done,
    }));
    app.act(import(vec![("李四.json", export(&li, NOW + 60_000))]));
    let revision = app.state.persist.revision;
    app.act(Action::Branch(BranchAction::Confirm {
        draft: "m2".into(),
        problem: "p1".into(),
        confirm: Some(confirm.clone()),
    }));
    assert_eq!(app.state.persist.revision, revision + 1);
    assert_eq!(
        summary(&app)
            .counts(CivilDate::from_epoch_ms(NOW))
            .confirmed,
        1
    );

    // Saved under its own key, sealed when a passphrase is set.
    let mut store = MemoryStore::new();
    let k = key();
    lock::set_passphrase(&mut store, &k, nonce).unwrap();
    let keyring: Keyring = Rc::new(RefCell::new(Some(k)));
    let mut layer = SealedStore::new(Box::new(store), keyring, nonce);
    Saver::default()
        .sync(&mut layer, &app.state.save_set())
        .unwrap();
    let id = summary(&app).id.clone();
    let raw = layer.raw().get(&storage::branch_key(&id)).unwrap().unwrap();
    assert!(vault::is_sealed(&raw));
    assert!(!raw.contains("张三"));
    let stored = storage::load(&layer).unwrap();
    assert!(stored.unreadable.is_empty());
    let again = start(stored);
    assert_eq!(summary(&again), summary(&app));
    let row = &summary(&again).members[1].rows[0];
    assert_eq!(row.confirm, Some(confirm));
}

#[test]
fn the_roster_is_saved_and_a_same_roster_saves_nothing() {
    let mut app = secretary();
    let revision = app.state.persist.revision;
    app.act(Action::Branch(BranchAction::Roster(
        "张三、李四 王五，赵六".into(),
    )));
    assert_eq!(app.state.persist.revision, revision + 1);
    assert_eq!(summary(&app).roster, ["张三", "李四", "王五", "赵六"]);
    assert_eq!(
        summary(&app).roster_line().unwrap(),
        "应交4人，已交3人，未交1人：赵六。"
    );
    // The same names however separated: nothing to save.
    app.act(Action::Branch(BranchAction::Roster(
        "张三 李四 王五 赵六".into(),
    )));
    assert_eq!(app.state.persist.revision, revision + 1);
    // Kept over a save and a load.
    let mut store = MemoryStore::new();
    Saver::default()
        .sync(&mut store, &app.state.save_set())
        .unwrap();
    let again = start(storage::load(&store).unwrap());
    assert_eq!(summary(&again).roster, summary(&app).roster);
}

#[test]
fn a_newer_file_of_the_same_name_replaces_the_member_and_one_can_be_removed() {
    let mut app = secretary();
    let mut li = member("m2", "李四");
    li.act(Action::Ledger(ziping_app::state::LedgerEdit::Status {
        id: "p1".into(),
        status: RowStatus::Done,
    }));
    app.act(import(vec![("李四.json", export(&li, NOW + 60_000))]));
    app.act(Action::Branch(BranchAction::Confirm {
        draft: "m2".into(),
        problem: "p1".into(),
        confirm: Some(Confirm {
            date: CivilDate::new(2027, 1, 20).unwrap(),
            note: String::new(),
        }),
    }));
    // 李四 on a new computer: another draft, the same name and unit.
    let mut again = member("m9", "李四");
    again.act(Action::Ledger(ziping_app::state::LedgerEdit::Status {
        id: "p1".into(),
        status: RowStatus::Done,
    }));
    app.act(import(vec![(
        "李四-新电脑.json",
        export(&again, NOW + 86_400_000),
    )]));
    assert_eq!(
        results(&app),
        ["李四-新电脑.json：「李四」已有一份（草稿不同，2027年1月15日16时1分导出），已换用这份（2027年1月16日16时0分导出）：内容相同。"]
    );
    let s = summary(&app);
    assert_eq!(s.counts(CivilDate::from_epoch_ms(NOW)).members, 3);
    assert_eq!(s.members[1].draft, "m9");
    assert!(
        s.members[1].rows[0].confirm.is_some(),
        "the 销号 of the same 表现 follows"
    );
    // 移除 a member: their rows and 销号 go; saved.
    let revision = app.state.persist.revision;
    app.act(Action::Branch(BranchAction::Remove("m9".into())));
    assert_eq!(app.state.persist.revision, revision + 1);
    let names: Vec<&str> = summary(&app)
        .members
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, ["张三", "王五"]);
    app.act(Action::Branch(BranchAction::Remove("m9".into())));
    assert_eq!(
        app.state.persist.revision,
        revision + 1,
        "nothing more to remove"
    );
}

#[test]
fn a_damaged_stored_summary_is_reported_and_kept() {
    let mut store = MemoryStore::new();
    let key = storage::branch_key("b1");
    store
        .set(&key, "{\"format\":\"ziping-branch-summary\",\"version\":7}")
        .unwrap();
    let stored = storage::load(&store).unwrap();
    assert_eq!(stored.unreadable.len(), 1);
    assert_eq!(
        stored.unreadable[0].error,
        "这份支部汇总来自较新版本的本程序（格式版本 7），请先更新本程序再导入。"
    );
    let app = start(stored.clone());
    let mut saver = Saver::from_loaded(&stored);
    let mut after = store.clone();
    saver.sync(&mut after, &app.state.save_set()).unwrap();
    assert_eq!(
        after.get(&key).unwrap(),
        store.get(&key).unwrap(),
        "never overwritten"
    );
}

#[test]
fn the_full_backup_carries_the_summaries_and_clear_names_them() {
    let app = secretary();
    let backup = app.state.backup(None, NOW, "test");
    assert_eq!(backup.branches.len(), 1);
    assert!(app
        .state
        .backup(Some("d1"), NOW, "test")
        .branches
        .is_empty());
    let mut fresh = start(Stored::default());
    fresh.act(Action::ImportFile {
        file_name: "备份.json".into(),
        content: Ok(backup.to_json().into_bytes()),
    });
    let pending = fresh.state.import.pending.as_ref().expect("a plan");
    assert!(pending
        .plan
        .done_message("备份.json")
        .contains("，1 份支部汇总。"));
    fresh.act(Action::ConfirmImport);
    assert_eq!(summary(&fresh), summary(&app));
    assert!(clear_list(&app.state, false)
        .contains(&"支部汇总 1 份：“干部一科党支部2026年度整改问题清单汇总”".to_string()));
}

#[test]
fn a_summary_file_imports_on_its_own_beside_one_with_its_id() {
    let app = secretary();
    let file = summary(&app).to_json().into_bytes();
    let mut other = start(Stored::default());
    other.act(import(vec![("汇总.json", file.clone())]));
    assert_eq!(
        results(&other),
        ["汇总.json：已导入“干部一科党支部2026年度整改问题清单汇总”。"]
    );
    other.act(import(vec![("汇总.json", file)]));
    assert_eq!(
        results(&other),
        ["汇总.json：“干部一科党支部2026年度整改问题清单汇总”本机已有，内容相同。"]
    );
    assert_eq!(other.state.branch.summaries.len(), 1);
}

#[test]
fn a_member_file_dropped_elsewhere_is_offered_for_the_summary() {
    let mut app = start(Stored::default());
    app.act(Action::ImportFile {
        file_name: "张三.json".into(),
        content: Ok(export(&member("m1", "张三"), NOW)),
    });
    assert!(app.state.import.pending.is_none() && app.state.import.notice.is_none());
    assert!(app.state.branch.offered.is_some());
    assert_eq!(app.state.nav.page, Page::Checklist);
    app.act(Action::Branch(BranchAction::TakeOffered));
    assert_eq!(app.state.nav.page, Page::Branch);
    assert_eq!(
        results(&app),
        ["张三.json：已导入张三的问题清单，共 6 项。"]
    );
    assert_eq!(
        summary(&app).year,
        "2026",
        "a new 汇总 takes the file's year"
    );
    // On the 支部汇总 screen a dropped file imports at once; one that could
    // not be read is named.
    app.act(Action::ImportFile {
        file_name: "李四.json".into(),
        content: Ok(export(&member("m2", "李四"), NOW)),
    });
    assert_eq!(
        results(&app),
        ["李四.json：已导入李四的问题清单，共 6 项。"]
    );
    app.act(Action::Branch(BranchAction::Import(vec![(
        "空.json".into(),
        Err(ImportError::Empty),
    )])));
    assert_eq!(results(&app), ["空.json：✗文件是空的。未作改动。"]);
}

#[test]
fn the_member_list_uses_the_ledgers_rows() {
    let zhang = member("m1", "张三");
    let list = zhang.state.member_list(NOW);
    let row: LedgerRow = list.problems[0].ledger_row();
    assert_eq!(row.problem, list.problems[0].text);
    assert_eq!(list.draft, "m1");
}

fn nonce() -> Result<[u8; NONCE_LEN], String> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(1);
    let mut out = [0u8; NONCE_LEN];
    out[..8].copy_from_slice(&N.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    Ok(out)
}

fn key() -> Key {
    let params = KdfParams {
        iterations: 1_000,
        salt: [1; SALT_LEN],
    };
    let mut bytes = [0u8; KEY_LEN];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>("口令口令口令".as_bytes(), &params.salt, 1_000, &mut bytes);
    Key::new(bytes, params)
}

/// On the 支部汇总 a file chosen or dropped alone is read as a member's
/// list too: a member's whole backup is refused there with what to ask
/// for, never brought into the secretary's own drafts.
#[test]
fn a_backup_chosen_or_dropped_on_the_summary_is_refused_there() {
    let backup = member("m9", "赵六").state.backup(None, NOW, "test");
    let name = "从严治部自评备份-我的个人自评-20270115.json".to_string();
    let content = || Ok(backup.to_json().into_bytes());
    for action in [
        Action::ImportFiles(vec![(name.clone(), content())]),
        Action::ImportFile {
            file_name: name.clone(),
            content: content(),
        },
    ] {
        let mut app = secretary();
        app.act(Action::Show(Page::Branch));
        let drafts = app.state.library.drafts.clone();
        app.act(action);
        assert!(
            app.state.import.pending.is_none(),
            "no draft import offered"
        );
        assert_eq!(app.state.library.drafts, drafts);
        assert_eq!(
            results(&app),
            [format!("{name}：✗不是本程序导出的问题清单（报支部）文件。请本人在“整改台账”中点“导出问题清单（报支部）”，把得到的文件发来；自己的备份请在“草稿与备份”中导入。未作改动。")]
        );
    }
}

/// A member's 台账 .xlsx or .docx sent instead of the list is not text: the
/// 汇总 says what to ask for, not to choose a backup or a template.
#[test]
fn a_spreadsheet_sent_instead_of_the_list_is_refused_with_what_to_ask_for() {
    let mut app = secretary();
    let xlsx = b"PK\x03\x04\x14\x00\x00\x00\x00\x00\xff\xfe\x80".to_vec();
    app.act(import(vec![("张三-2026年度个人整改台账.xlsx", xlsx)]));
    assert_eq!(
        results(&app),
        ["张三-2026年度个人整改台账.xlsx：✗不是本程序导出的问题清单（报支部）文件。请本人在“整改台账”中点“导出问题清单（报支部）”，把得到的文件发来；自己的备份请在“草稿与备份”中导入。未作改动。"]
    );
}

/// The 年度 typed for a 汇总 is kept as the members' files hold it: 2026年度
/// made the title ……2026年度年度……, and 26 ……26年度…….
#[test]
fn a_summarys_year_is_kept_as_the_files_hold_it() {
    let mut app = start(Stored::default());
    app.act(Action::Branch(BranchAction::New {
        branch: String::new(),
        year: "2026".into(),
    }));
    for typed in ["2026年度", "26", "２０２６年"] {
        app.act(Action::Branch(BranchAction::Rename {
            branch: "第一党支部".into(),
            year: typed.into(),
        }));
        assert_eq!(summary(&app).year, "2026", "{typed}");
        assert_eq!(summary(&app).title(), "第一党支部2026年度整改问题清单汇总");
    }
}
