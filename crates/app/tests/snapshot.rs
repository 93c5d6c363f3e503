//! The snapshot of the open draft (`ziping.v1.snapshot`): when a save writes
//! it, what it holds, and when it is removed or never kept (a larger font,
//! other templates, an open conflict, a passphrase).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/util/mod.rs"]
mod util;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use util::*;
use ziping_app::state::{apply, Action, AppState};
use ziping_app::storage::lock::{self, Keyring, SealedStore, LOCK_KEY};
use ziping_app::storage::{
    self, draft_key, KeyValue, MemoryStore, Saver, SectionSnapshot, Snapshot, Stored, SNAPSHOT_KEY,
};
use ziping_core::{Draft, DraftId, Rating};
use ziping_vault::{KdfParams, Key, KEY_LEN, NONCE_LEN, SALT_LEN};

const NOW: i64 = 1_795_000_000_000;

/// The app over a store, saving the way the autosave does.
struct App {
    state: AppState,
    saver: Saver,
    now: i64,
    ids: u32,
}

impl App {
    fn open(store: &dyn KeyValue) -> App {
        let stored = storage::load(store).unwrap();
        let saver = Saver::from_loaded(&stored);
        let mut ids = 0;
        let state = AppState::from_stored(
            Ok(stored),
            ziping_core::builtin_templates(),
            NOW,
            &mut || {
                ids += 1;
                format!("n{ids}").into()
            },
        );
        App {
            state,
            saver,
            now: NOW,
            ids,
        }
    }

    fn act(&mut self, action: Action) -> &mut App {
        self.now += 1000;
        let ids = &mut self.ids;
        apply(&mut self.state, action, self.now, &mut || {
            *ids += 1;
            DraftId::from(format!("n{ids}"))
        });
        self
    }

    fn save(&mut self, store: &mut dyn KeyValue) {
        self.saver.sync(store, &self.state.save_set()).unwrap();
    }
}

fn rate(item: &str, level: &str) -> Action {
    Action::Rate {
        template: WUXIANG.into(),
        item: item.into(),
        rating: Rating::parse(level),
    }
}

#[track_caller]
fn stored_snapshot(store: &dyn KeyValue) -> Option<Snapshot> {
    let raw = store.get(SNAPSHOT_KEY).unwrap()?;
    Some(Snapshot::from_json(&raw).expect("the stored snapshot reads"))
}

#[track_caller]
fn stored_draft(store: &dyn KeyValue, id: &str) -> Draft {
    Draft::from_json(&store.get(&draft_key(id)).unwrap().unwrap()).unwrap()
}

#[test]
fn a_new_users_first_save_writes_the_snapshot_of_the_new_draft() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.save(&mut store);
    let s = stored_snapshot(&store).expect("a snapshot");
    let draft = stored_draft(&store, "n1");
    assert_eq!(s.format, 1);
    assert_eq!((s.id.as_str(), s.modified), ("n1", draft.modified));
    let newest: Vec<String> = [WUXIANG, SIGE]
        .iter()
        .map(|id| {
            let v = ziping_core::builtin_templates()
                .iter()
                .filter(|t| t.id == *id)
                .map(|t| t.version)
                .max();
            format!("{id}.v{}", v.unwrap())
        })
        .collect();
    assert_eq!(
        s.templates,
        newest.join(" "),
        "the newest built-in versions"
    );
    assert_eq!(s.name, "我的个人自评");
    assert_eq!((s.score.as_str(), s.grade.as_str()), ("—", "未评"));
    assert_eq!((s.answered, s.total), (0, 29));
    assert!(s.ratings.is_empty());
    assert_eq!(s.weak, ["yiban", "jiaocha"]);
    assert_eq!(s.sections.len(), 5);
    assert_eq!(
        s.sections[0],
        SectionSnapshot {
            score: "—".into(),
            answered: 0,
            total: 6
        }
    );
}

#[test]
fn each_save_brings_the_snapshot_in_line_with_the_stored_draft() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.act(rate("w1-zhongcheng", "hao"))
        .act(rate("w1-liangge", "yiban"))
        .act(Action::RenameDraft("n1".into(), "2026年度自评".into()));
    app.save(&mut store);
    let s = stored_snapshot(&store).unwrap();
    let draft = stored_draft(&store, "n1");
    assert_eq!(s.modified, draft.modified, "the stored draft's revision");
    assert_eq!(s.name, "2026年度自评");
    assert_eq!(
        s.ratings
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
        [("w1-liangge", "yiban"), ("w1-zhongcheng", "hao")]
    );
    assert_eq!((s.score.as_str(), s.grade.as_str()), ("80.0", "评完后确定"));
    assert_eq!((s.answered, s.total), (2, 29));
    assert_eq!(s.sections[0].score, "80.0");
    assert_eq!((s.sections[0].answered, s.sections[1].answered), (2, 0));
    assert_eq!(s.sections[1].score, "—");

    // Not applicable is its radio's value.
    app.act(rate("w1-jiguan", "na"));
    app.save(&mut store);
    let s = stored_snapshot(&store).unwrap();
    assert_eq!(s.ratings["w1-jiguan"], "na");
    assert_eq!(s.modified, stored_draft(&store, "n1").modified);

    // Nothing changed: nothing written, the snapshot included.
    let writes = store.writes;
    app.save(&mut store);
    assert_eq!(store.writes, writes);
    // A window that loads it knows it is stored and writes nothing either.
    let mut again = App::open(&store);
    again.save(&mut store);
    assert_eq!(store.writes, writes);
}

#[test]
fn the_snapshot_follows_the_open_draft() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.act(rate("w1-zhongcheng", "hao"));
    app.act(Action::NewDraft(None));
    app.save(&mut store);
    let s = stored_snapshot(&store).unwrap();
    assert_eq!((s.id.as_str(), s.answered), ("n2", 0));
    app.act(Action::OpenDraft("n1".into()));
    app.save(&mut store);
    let s = stored_snapshot(&store).unwrap();
    assert_eq!((s.id.as_str(), s.answered), ("n1", 1));
}

#[test]
fn no_snapshot_at_a_larger_font_and_the_stored_one_goes() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.act(rate("w1-zhongcheng", "hao"));
    app.save(&mut store);
    assert!(stored_snapshot(&store).is_some());
    app.act(Action::SetFontScale(125));
    app.act(rate("w1-liangge", "hao"));
    app.save(&mut store);
    assert_eq!(store.get(SNAPSHOT_KEY).unwrap(), None);
    app.act(Action::SetFontScale(100));
    app.act(rate("w1-liangge", "jiaohao"));
    app.save(&mut store);
    assert_eq!(stored_snapshot(&store).unwrap().ratings.len(), 2);
}

#[test]
fn no_snapshot_for_a_draft_on_other_templates_or_versions() {
    for templates in [templates(), templates_v1(), templates_v3()[..1].to_vec()] {
        let mut store = MemoryStore::new();
        let draft = Draft::new("old", "往年的自评", NOW, &templates);
        store.set(&draft_key("old"), &draft.to_json()).unwrap();
        store.set(SNAPSHOT_KEY, "{\"format\":1}").unwrap();
        let mut app = App::open(&store);
        assert_eq!(app.state.snapshot(), None);
        app.act(rate("w1-zhongcheng", "hao"));
        app.save(&mut store);
        assert_eq!(
            store.get(SNAPSHOT_KEY).unwrap(),
            None,
            "the stored one goes"
        );
    }
}

#[test]
fn a_damaged_stored_snapshot_is_replaced_and_never_reported() {
    let mut store = MemoryStore::new();
    store.set(SNAPSHOT_KEY, "{not json").unwrap();
    let mut app = App::open(&store);
    assert!(app.state.notices.unreadable.is_empty());
    app.save(&mut store);
    assert_eq!(stored_snapshot(&store).unwrap().id, "n1");
    assert_eq!(Snapshot::from_json("{not json"), None);
    assert_eq!(Snapshot::from_json("[1]"), None);
}

#[test]
fn no_snapshot_while_the_open_drafts_conflict_is_open() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.act(rate("w1-zhongcheng", "hao"));
    app.save(&mut store);
    let mut theirs = stored_draft(&store, "n1");
    theirs.modified += 5000;
    theirs.answer_mut(WUXIANG, "w1-liangge").rating = Some(Rating::parse("hao"));
    store.set(&draft_key("n1"), &theirs.to_json()).unwrap();
    app.act(rate("w1-jiguan", "hao"));
    app.act(Action::ExternalChange {
        id: "n1".into(),
        draft: Some(Box::new(theirs)),
    });
    assert!(app.state.notices.conflict.is_some());
    assert_eq!(app.state.snapshot(), None);
    app.save(&mut store);
    assert_eq!(store.get(SNAPSHOT_KEY).unwrap(), None);
}

/// Distinct nonces, as the browser's random source gives.
fn nonce() -> Result<[u8; NONCE_LEN], String> {
    static N: AtomicU64 = AtomicU64::new(1);
    let mut out = [0u8; NONCE_LEN];
    out[..8].copy_from_slice(&N.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    Ok(out)
}

fn key(passphrase: &str) -> Key {
    let params = KdfParams {
        iterations: 1_000,
        salt: [7; SALT_LEN],
    };
    let mut bytes = [0u8; KEY_LEN];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), &params.salt, 1_000, &mut bytes);
    Key::new(bytes, params)
}

#[test]
fn setting_a_passphrase_removes_the_snapshot_and_none_is_written_while_it_is_set() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.act(rate("w1-zhongcheng", "hao"));
    app.save(&mut store);
    assert!(store.get(SNAPSHOT_KEY).unwrap().is_some());
    assert!(!lock::covered(SNAPSHOT_KEY));

    let k = key("口令口令口令");
    lock::set_passphrase(&mut store, &k, nonce).unwrap();
    assert_eq!(store.get(SNAPSHOT_KEY).unwrap(), None);
    assert!(store.get(LOCK_KEY).unwrap().is_some());

    // Unlocked, the app saves through the lock's layer: still none.
    let keyring: Keyring = Rc::new(RefCell::new(Some(k.clone())));
    let mut layer = SealedStore::new(Box::new(store), keyring, nonce);
    let mut app = App::open(&layer);
    assert!(
        app.state.snapshot().is_some(),
        "the decision alone would keep one"
    );
    app.act(rate("w1-liangge", "hao"));
    app.save(&mut layer);
    assert_eq!(layer.raw().get(SNAPSHOT_KEY).unwrap(), None);
    assert!(layer
        .raw()
        .keys()
        .unwrap()
        .iter()
        .all(|k| k != SNAPSHOT_KEY));

    // 取消加密: the next save writes it again, plain.
    lock::remove_passphrase(layer.raw_mut(), &k).unwrap();
    let mut app = App::open(&layer);
    app.act(rate("w1-jiguan", "hao"));
    app.save(&mut layer);
    assert_eq!(stored_snapshot(layer.raw()).unwrap().answered, 3);
}

#[test]
fn a_clear_removes_the_snapshot() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.save(&mut store);
    storage::clear_all(&mut store).unwrap();
    assert!(store.values.is_empty());
}

#[test]
fn the_snapshot_reads_back_as_written() {
    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.act(rate("w1-zhongcheng", "hao"));
    let s = app.state.snapshot().unwrap();
    assert_eq!(Snapshot::from_json(&s.to_json()), Some(s.clone()));
    app.save(&mut store);
    let _: Stored = storage::load(&store).unwrap();
}
