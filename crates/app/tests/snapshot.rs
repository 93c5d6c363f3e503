//! The snapshot of the open draft (`ziping.v1.snapshot`): when a save writes
//! it, what it holds, and when it is removed or never kept (a larger font,
//! other templates, an open conflict, a passphrase).
#![cfg(not(target_arch = "wasm32"))]

mod harness;
#[path = "../../core/tests/util/mod.rs"]
mod util;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use harness::{App, NOW};
use util::*;
use ziping_app::state::{Action, Edit};
use ziping_app::storage::lock::{self, Keyring, SealedStore, LOCK_KEY};
use ziping_app::storage::{
    self, draft_key, KeyValue, MemoryStore, SectionSnapshot, Snapshot, Stored, SNAPSHOT_FORMAT,
    SNAPSHOT_KEY,
};
use ziping_core::{Draft, Rating};
use ziping_vault::{KdfParams, Key, KEY_LEN, NONCE_LEN, SALT_LEN};

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
    assert_eq!(s.format, 2);
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
    let first = &s.checklists[0];
    assert_eq!((first.score.as_str(), first.grade.as_str()), ("—", ""));
    assert_eq!(
        (first.answered, first.total, first.provisional),
        (0, 29, true)
    );
    assert_eq!(s.checklists[1].total, 17, "四个模范 beside it");
    assert_eq!(s.missing, "", "not said before rating has begun");
    assert_eq!(s.steps, [false; 5]);
    assert_eq!(s.occasion, "zuzhi-shenghuohui");
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
    // A 组织生活会 (the default occasion) has no 等次: no grade word, muted.
    let first = &s.checklists[0];
    assert_eq!((first.score.as_str(), first.grade.as_str()), ("80.0", ""));
    assert!(first.provisional);
    assert_eq!((first.answered, first.total), (2, 29));
    assert_eq!(s.missing, "", "a 组织生活会 asks no veto facts");
    assert_eq!(s.sections[0].score, "80.0");
    assert_eq!((s.sections[0].answered, s.sections[1].answered), (2, 0));
    assert_eq!(s.sections[1].score, "—");
    // An occasion with a 等次: the grade word, as the header shows it.
    app.act(Action::Material(Edit::SetOccasion("congyan-zicha".into())));
    app.save(&mut store);
    let s = stored_snapshot(&store).unwrap();
    assert_eq!(s.checklists[0].grade, "评完后确定");
    assert_eq!(s.missing, "还差5个否决事项", "as the header says it");

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
    assert_eq!((s.id.as_str(), s.checklists[0].answered), ("n2", 0));
    app.act(Action::OpenDraft("n1".into()));
    app.save(&mut store);
    let s = stored_snapshot(&store).unwrap();
    assert_eq!((s.id.as_str(), s.checklists[0].answered), ("n1", 1));
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
    assert_eq!(
        stored_snapshot(layer.raw()).unwrap().checklists[0].answered,
        3
    );
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

/// The keys a snapshot's object is read by in the page's inline script
/// (index.html, `applySnapshot`), as `<name>.<key>`.
fn read_in_page(script: &str, name: &str) -> std::collections::BTreeSet<String> {
    let pattern = format!("{name}.");
    let mut keys = std::collections::BTreeSet::new();
    for (at, _) in script.match_indices(&pattern) {
        let before = script[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let key: String = script[at + pattern.len()..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        if !key.is_empty() {
            keys.insert(key);
        }
    }
    keys
}

#[test]
fn the_page_reads_every_key_the_snapshot_writes_and_no_other() {
    // The format is stated twice: the writer here, the reader in the page's
    // inline script. A key added, renamed or dropped on one side fails here.
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../index.html"))
        .expect("index.html");
    let start = html.find("function applySnapshot").expect("applySnapshot");
    let end = start + html[start..].find("\n      }\n").expect("its end");
    let script = &html[start..end];
    assert!(
        script.contains(&format!("s.format !== {SNAPSHOT_FORMAT}")),
        "the page reads format {SNAPSHOT_FORMAT} only"
    );

    let mut store = MemoryStore::new();
    let mut app = App::open(&store);
    app.act(rate("w1-zhongcheng", "hao"));
    app.save(&mut store);
    let raw = store.get(SNAPSHOT_KEY).unwrap().expect("a snapshot");
    let json: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let keys = |v: &serde_json::Value| -> std::collections::BTreeSet<String> {
        v.as_object().unwrap().keys().cloned().collect()
    };
    assert_eq!(
        keys(&json),
        read_in_page(script, "s"),
        "the snapshot's keys"
    );
    let mut figures = read_in_page(script, "e");
    figures.extend(read_in_page(script, "part"));
    assert_eq!(
        keys(&json["checklists"][0]),
        figures,
        "a checklist's figures"
    );
    let section = read_in_page(script, "part");
    assert_eq!(keys(&json["sections"][0]), section, "a section's figures");
}
