//! Nothing lost on a new PC (issue 22): a backup carries the department
//! templates and imported occasions its drafts use and restores them on a
//! computer that has neither; imported occasions are stored and merge with
//! the built-ins by id; what has the same id here with other content is kept
//! beside it as （导入）; a file whose drafts cannot all be imported imports
//! the rest and names each one refused; problem ids are made unique.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/util/mod.rs"]
mod util;

use std::sync::atomic::{AtomicU32, Ordering};

use util::*;
use ziping_app::state::{apply, Action, AppState, ImportNotice, PersonField};
use ziping_app::storage::KeyValue;
use ziping_app::storage::{self, MemoryStore, Saver, Stored, OCCASIONS_KEY};
use ziping_core::{
    builtin_occasions, builtin_templates, score_template, Backup, Draft, DraftId, Occasion,
    OccasionSet, Problem, Rating, Template, TemplateId,
};

const NOW: i64 = 1_795_000_000_000;

/// A new draft id, unique across every computer of a test (as the app's
/// random ids are).
fn new_id() -> DraftId {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    format!("n{}", NEXT.fetch_add(1, Ordering::Relaxed)).into()
}

/// One computer: its state and a clock.
struct Pc {
    state: AppState,
    now: i64,
}

impl Pc {
    fn with(stored: Stored) -> Pc {
        let state = AppState::from_stored(Ok(stored), builtin_templates(), NOW, &mut new_id);
        Pc { state, now: NOW }
    }

    fn fresh() -> Pc {
        Pc::with(Stored::default())
    }

    fn act(&mut self, action: Action) -> &mut Pc {
        self.now += 1000;
        apply(&mut self.state, action, self.now, &mut new_id);
        self
    }

    /// Imports a file and confirms it; the notice said.
    fn import(&mut self, bytes: Vec<u8>) -> String {
        self.act(Action::ImportFile {
            file_name: "文件.json".into(),
            content: Ok(bytes),
        });
        if let Some(ImportNotice::Failed { error, .. }) = &self.state.import.notice {
            panic!("import refused: {error}");
        }
        self.act(Action::ConfirmImport);
        match &self.state.import.notice {
            Some(ImportNotice::Done(m)) => m.clone(),
            other => panic!("no done notice: {other:?}"),
        }
    }

    fn backup(&self) -> Vec<u8> {
        self.state
            .backup(None, self.now, "test")
            .to_json()
            .into_bytes()
    }

    fn draft_named(&self, name: &str) -> &Draft {
        self.state
            .library
            .drafts
            .iter()
            .find(|d| d.name == name)
            .unwrap_or_else(|| panic!("no draft {name}"))
    }

    /// Saves everything to `store` and starts again from it (a reload).
    fn reload(&self, store: &mut MemoryStore) -> Pc {
        Saver::default()
            .sync(store, &self.state.save_set())
            .unwrap();
        Pc::with(storage::load(store).unwrap())
    }
}

/// A department template: the built-in 五项工作 under its own id and title.
fn department(title: &str) -> Template {
    let mut t = template(WUXIANG);
    t.id = TemplateId::from("ganbu-ke");
    t.title = title.into();
    t
}

/// A department's extra occasion: the built-in 组织生活会 under its own id.
fn extra_occasion() -> Occasion {
    let mut o = builtin_occasions().occasions[0].clone();
    o.id = "zhuanti-hui".into();
    o.label = "专题组织生活会".into();
    o
}

/// An occasions file: the four built-ins and the extra one.
fn occasions_file() -> Vec<u8> {
    let mut set = builtin_occasions();
    set.occasions.push(extra_occasion());
    set.to_json().into_bytes()
}

/// The old PC: a department template imported, a draft made from it with a
/// rating and the extra occasion, and a draft over the built-ins.
fn old_pc() -> Pc {
    let mut pc = Pc::fresh();
    pc.import(department("干部科专项").to_json().into_bytes());
    pc.import(occasions_file());
    pc.act(Action::NewDraft(Some("ganbu-ke".into())));
    pc.act(Action::Rate {
        template: "ganbu-ke".into(),
        item: "w1-xuexi".into(),
        rating: Rating::parse("hao"),
    });
    pc.act(Action::Material(ziping_app::state::Edit::SetOccasion(
        "zhuanti-hui".into(),
    )));
    pc
}

fn score_of(pc: &Pc, name: &str) -> Option<String> {
    let d = pc.draft_named(name);
    let t = pc.state.library.templates.templates_of(d);
    Some(format!("{:?}", score_template(&t[0], d).score()))
}

#[test]
fn a_backup_restores_on_a_new_pc_with_its_template_and_occasion() {
    let old = old_pc();
    let name = "干部科专项自评";
    assert_eq!(old.draft_named(name).occasion, "zhuanti-hui");
    let backup = Backup::from_json(std::str::from_utf8(&old.backup()).unwrap()).unwrap();
    assert_eq!(backup.version, 2);
    assert_eq!(backup.templates.len(), 1, "the department template travels");
    assert_eq!(backup.occasions, vec![extra_occasion()]);

    let mut new = Pc::fresh();
    let message = new.import(old.backup());
    assert!(
        message.contains("以及草稿使用的 1 个评价模板和 1 个场合设置"),
        "{message}"
    );
    let d = new.draft_named(name);
    assert_eq!(d.templates, old.draft_named(name).templates);
    assert_eq!(
        d.answer("ganbu-ke", "w1-xuexi").unwrap().rating,
        Some(Rating::parse("hao"))
    );
    assert_eq!(score_of(&new, name), score_of(&old, name));
    assert_eq!(
        new.state.occasions.get("zhuanti-hui"),
        Some(&extra_occasion())
    );

    // And all of it is still there after a reload.
    let mut store = MemoryStore::default();
    let reloaded = new.reload(&mut store);
    assert!(store.get(OCCASIONS_KEY).unwrap().is_some());
    assert_eq!(score_of(&reloaded, name), score_of(&old, name));
    assert_eq!(reloaded.draft_named(name).occasion, "zhuanti-hui");
    assert!(reloaded.state.occasions.get("zhuanti-hui").is_some());
    assert!(reloaded.state.notices.unreadable.is_empty());
}

#[test]
fn imported_occasions_add_to_the_built_ins_and_survive_a_reload() {
    let mut pc = Pc::fresh();
    let message = pc.import(occasions_file());
    assert_eq!(
        message,
        "已导入场合设置：新增 1 个场合，4 个与本机已有的相同。已保存在本机，可在“材料用于”中选用。"
    );
    let builtin = builtin_occasions().occasions.len();
    assert_eq!(pc.state.occasions.set().occasions.len(), builtin + 1);
    pc.act(Action::Material(ziping_app::state::Edit::SetOccasion(
        "zhuanti-hui".into(),
    )));
    let mut store = MemoryStore::default();
    let reloaded = pc.reload(&mut store);
    assert_eq!(reloaded.state.draft().occasion, "zhuanti-hui");
    assert_eq!(reloaded.state.occasions.imported(), &[extra_occasion()]);
    // Importing the same file again adds nothing.
    let mut again = reloaded;
    again.import(occasions_file());
    assert_eq!(again.state.occasions.set().occasions.len(), builtin + 1);
}

#[test]
fn a_draft_whose_occasion_is_missing_keeps_its_occasion_id() {
    let mut d = Draft::new("d1", "草稿", NOW, &templates());
    d.occasion = "nowhere".into();
    let pc = Pc::with(Stored {
        drafts: vec![d],
        ..Stored::default()
    });
    assert_eq!(pc.state.draft().occasion, "nowhere");
    assert!(pc.state.occasions.get("nowhere").is_none());
}

#[test]
fn an_occasion_with_an_id_taken_here_by_other_content_is_kept_beside_it() {
    let mut set = builtin_occasions();
    set.occasions[0].closing = "本单位的表态。".into();
    let mut pc = Pc::fresh();
    let message = pc.import(set.to_json().into_bytes());
    assert!(
        message.contains("1 个与本机同编号的场合内容不同"),
        "{message}"
    );
    let builtin = builtin_occasions();
    let here = pc.state.occasions.get(&builtin.occasions[0].id).unwrap();
    assert_eq!(
        here, &builtin.occasions[0],
        "the one here is never replaced"
    );
    let beside = pc
        .state
        .occasions
        .get(&format!("{}-imported", builtin.occasions[0].id))
        .unwrap();
    assert_eq!(
        beside.label,
        format!("{}（导入）", builtin.occasions[0].label)
    );
    assert_eq!(beside.closing, "本单位的表态。");
}

#[test]
fn a_template_with_an_id_taken_here_by_other_content_is_kept_beside_it() {
    let old = old_pc();
    let mut new = Pc::fresh();
    new.import(department("另一个科室的模板").to_json().into_bytes());
    let message = new.import(old.backup());
    assert!(
        message.contains("已另存为“干部科专项（导入）”"),
        "{message}"
    );
    let d = new.draft_named("干部科专项自评");
    assert_eq!(d.templates[0].id, "ganbu-ke-imported");
    assert_eq!(
        d.answer("ganbu-ke-imported", "w1-xuexi").unwrap().rating,
        Some(Rating::parse("hao"))
    );
    let lib = &new.state.library.templates;
    assert_eq!(lib.latest("ganbu-ke").unwrap().title, "另一个科室的模板");
    assert_eq!(
        lib.latest("ganbu-ke-imported").unwrap().title,
        "干部科专项（导入）"
    );
    assert_eq!(
        score_of(&new, "干部科专项自评"),
        score_of(&old, "干部科专项自评")
    );
    // The same backup again: the template beside is used, not copied again.
    new.import(old.backup());
    assert_eq!(new.state.library.templates.custom().len(), 2);
    let on = |id: &str| {
        let drafts = new.state.library.drafts.iter();
        drafts
            .filter(|d| d.templates.iter().any(|r| r.id == id))
            .count()
    };
    assert_eq!((on("ganbu-ke"), on("ganbu-ke-imported")), (0, 2));
}

#[test]
fn a_file_whose_drafts_cannot_all_be_imported_imports_the_rest_and_names_each() {
    let old = old_pc();
    // A version-1 backup: drafts only, so the department draft cannot come in.
    let drafts: Vec<Draft> = old
        .state
        .library
        .drafts
        .iter()
        .map(|d| (**d).clone())
        .collect();
    let v1 = Backup::new(drafts, NOW, "old").to_json().into_bytes();
    let mut new = Pc::fresh();
    let message = new.import(v1);
    assert!(
        message.contains("已从“文件.json”导入 1 份草稿"),
        "{message}"
    );
    assert!(
        message.contains("另有 1 项未导入：草稿“干部科专项自评”——草稿“干部科专项自评”使用的评价模板“ganbu-ke”在本机不存在"),
        "{message}"
    );
    assert!(new
        .state
        .library
        .drafts
        .iter()
        .all(|d| d.name != "干部科专项自评"));
}

fn problem(id: &str, text: &str) -> Problem {
    Problem {
        id: id.into(),
        text: text.into(),
        ..Problem::default()
    }
}

#[test]
fn an_import_makes_problem_ids_unique_and_says_so() {
    let mut d = Draft::new("x1", "外来草稿", NOW, &templates());
    d.problems = vec![problem("p1", "一"), problem("p1", "二"), problem("", "三")];
    let bytes = Backup::new(vec![d], NOW, "test").to_json().into_bytes();
    let mut pc = Pc::fresh();
    let message = pc.import(bytes);
    assert!(
        message.contains("有 2 个问题的编号缺失或重复，已重新编号。"),
        "{message}"
    );
    let ids: Vec<&str> = pc
        .draft_named("外来草稿")
        .problems
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["p1", "p2", "p3"]);
}

#[test]
fn a_stored_draft_with_a_duplicated_problem_id_loads_with_unique_ids() {
    let mut d = Draft::new("d1", "草稿", NOW, &templates());
    d.problems = vec![problem("p2", "一"), problem("p2", "二")];
    let mut store = MemoryStore::default();
    store.set(&storage::draft_key("d1"), &d.to_json()).unwrap();
    let pc = Pc::with(storage::load(&store).unwrap());
    let ids: Vec<&str> = pc
        .state
        .draft()
        .problems
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["p2", "p3"]);
    // Edits then reach exactly one problem.
    let mut pc = pc;
    pc.act(Action::Material(ziping_app::state::Edit::RemoveProblem(
        "p2".into(),
    )));
    assert_eq!(pc.state.draft().problems.len(), 1);
}

#[test]
fn a_template_file_never_replaces_the_version_here() {
    let mut pc = old_pc();
    let before = score_of(&pc, "干部科专项自评");
    let message = pc.import(department("干部科专项").to_json().into_bytes());
    assert_eq!(
        message,
        "模板“干部科专项”（第 2 版）本机已有，内容相同，没有改动。"
    );
    let mut changed = department("干部科专项");
    changed.sections[0].items[0].weight += 5;
    let message = pc.import(changed.to_json().into_bytes());
    assert!(
        message.contains("已另存为“干部科专项（导入）”"),
        "{message}"
    );
    let lib = &pc.state.library.templates;
    assert_eq!(lib.custom().len(), 2);
    assert_eq!(
        lib.latest("ganbu-ke").unwrap().sections[0].items[0].weight,
        template(WUXIANG).sections[0].items[0].weight
    );
    assert_eq!(score_of(&pc, "干部科专项自评"), before);
}

#[test]
fn the_clear_confirmation_names_the_imported_occasions() {
    let mut pc = Pc::fresh();
    pc.import(occasions_file());
    let lines = ziping_app::state::clear_list(&pc.state, false);
    assert!(
        lines.contains(&"导入的场合设置 1 个".to_string()),
        "{lines:?}"
    );
}

#[test]
fn occasions_stored_that_cannot_be_read_are_never_overwritten() {
    let mut store = MemoryStore::default();
    store.set(OCCASIONS_KEY, "{damaged").unwrap();
    let stored = storage::load(&store).unwrap();
    assert_eq!(stored.unreadable.len(), 1);
    let mut saver = Saver::from_loaded(&stored);
    let mut pc = Pc::with(stored);
    pc.import(occasions_file());
    saver.sync(&mut store, &pc.state.save_set()).unwrap();
    assert_eq!(
        store.get(OCCASIONS_KEY).unwrap().as_deref(),
        Some("{damaged")
    );
}

#[test]
fn occasions_another_window_stored_are_kept_when_this_one_saves() {
    // Both windows start from an empty store; the other imports X, this one Y.
    let mut store = MemoryStore::default();
    let mut other = Pc::fresh();
    other.import(occasions_file());
    Saver::default()
        .sync(&mut store, &other.state.save_set())
        .unwrap();
    let mut this = Pc::fresh();
    let mut y = extra_occasion();
    y.id = "zhuanti-2".into();
    y.label = "第二个专题".into();
    let mut set = builtin_occasions();
    set.occasions.push(y);
    this.import(set.to_json().into_bytes());
    Saver::default()
        .sync(&mut store, &this.state.save_set())
        .unwrap();
    let kept = OccasionSet::from_json(&store.get(OCCASIONS_KEY).unwrap().unwrap()).unwrap();
    let ids: Vec<&str> = kept.occasions.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["zhuanti-2", "zhuanti-hui"]);
}

/// A fresh PC's draft with one row of last year, 调研不够, 已整改到位, its
/// 整改进展 `note`.
fn with_last_years_row(note: &str) -> Pc {
    use ziping_app::state::Edit;
    let mut pc = Pc::fresh();
    pc.act(Action::Material(Edit::AddPrevious))
        .act(Action::Material(Edit::SetPrevious {
            index: 0,
            text: "调研不够".into(),
            note: note.into(),
            status: ziping_core::Progress::Done,
        }));
    pc
}

#[test]
fn unlinking_a_problem_gives_last_years_row_back_its_status() {
    use ziping_app::state::Edit;
    let mut pc = with_last_years_row("");
    let m = Action::Material;
    pc.act(m(Edit::AddProblem {
        item: None,
        text: "调研仍然不够".into(),
    }));
    let (p, q) = (
        pc.state.draft().problems[0].id.clone(),
        pc.state.draft().previous[0].id.clone(),
    );
    let link = |to: Option<String>| {
        m(Edit::LinkRecurrence {
            problem: p.clone(),
            previous: to,
        })
    };
    pc.act(link(Some(q.clone())));
    assert_eq!(
        pc.state.draft().previous[0].status,
        ziping_core::Progress::Ongoing
    );
    pc.act(link(None));
    assert_eq!(
        pc.state.draft().previous[0].status,
        ziping_core::Progress::Done
    );
    // Unlinked, a problem on no item of last year says so too (`recurs_of`
    // empty): worded like the row, it is no longer asked about.
    assert_eq!(pc.state.draft().problems[0].recurs_of.as_deref(), Some(""));
    // A row added after one was removed never takes a linked row's id.
    pc.act(m(Edit::AddPrevious)).act(link(Some(q.clone())));
    pc.act(m(Edit::RemovePrevious(1))).act(m(Edit::AddPrevious));
    let ids: Vec<&str> = pc
        .state
        .draft()
        .previous
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["q1", "q2"]);
    assert_ne!(ids[1], q);
}

/// A backup imported on a new PC takes the place of the fresh draft its
/// first start made, and opens: not an empty draft of the same name left
/// open beside it. Over a draft with anything in it, both stay and the
/// open one stays open.
#[test]
fn a_backup_on_a_new_pc_opens_in_place_of_the_fresh_draft() {
    let old = old_pc();
    let mut new = Pc::fresh();
    assert!(new.state.draft().is_untouched());
    let told = new.import(old.backup());
    assert!(!told.contains("点它的“打开”"), "opened: {told}");
    let names: Vec<&str> = new
        .state
        .library
        .drafts
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names.len(), old.state.library.drafts.len(), "{names:?}");
    assert_eq!(new.state.draft().name, "干部科专项自评", "the newest opens");

    let mut busy = Pc::fresh();
    busy.act(Action::Rate {
        template: "wuxiang-gongzuo".into(),
        item: "w1-xuexi".into(),
        rating: Rating::parse("hao"),
    });
    let own = busy.state.draft().id.clone();
    let told = busy.import(old.backup());
    assert_eq!(busy.state.draft().id, own, "the person's draft stays open");
    assert!(
        told.ends_with("导入的草稿在下方列表中，点它的“打开”接着写。"),
        "{told}"
    );
    assert_eq!(
        busy.state.library.drafts.len(),
        old.state.library.drafts.len() + 1
    );

    // A copy made by 复制 is never changed since it was made, but holds
    // what it copied: it stays.
    let mut copied = Pc::fresh();
    let first = copied.state.draft().id.clone();
    copied.act(Action::SetPerson(PersonField::Name, "王五".into()));
    copied.act(Action::DuplicateDraft(first.clone()));
    copied.act(Action::DeleteDraft(first));
    assert_eq!(copied.state.library.drafts.len(), 1);
    assert_eq!(copied.state.draft().person.name, "王五");
    copied.import(old.backup());
    assert!(
        copied
            .state
            .library
            .drafts
            .iter()
            .any(|d| d.person.name == "王五"),
        "the copy is kept"
    );
}

/// The 销号日期 of last year's row is put right in this year's draft (the
/// carried ledger row is read-only there): on a carried row, or on one
/// written by hand, which had none.
#[test]
fn last_years_closing_day_is_set_in_this_years_draft() {
    use ziping_app::state::Edit;
    let mut pc = with_last_years_row("全年调研12次");
    let m = Action::Material;
    pc.act(m(Edit::SetPreviousClosed {
        index: 0,
        closed: "2026年3月31日".into(),
    }));
    let q = &pc.state.draft().previous[0];
    assert_eq!(
        q.row.as_ref().map(|r| r.closed.as_str()),
        Some("2026年3月31日")
    );
    assert_eq!(q.note, "全年调研12次", "the rest of the row stays");
    // Past the end: nothing happens.
    let before = pc.state.draft().clone();
    pc.act(m(Edit::SetPreviousClosed {
        index: 5,
        closed: "2026年4月1日".into(),
    }));
    assert_eq!(**pc.state.draft(), *before);
}
