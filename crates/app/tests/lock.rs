//! The lock in storage: the encrypting layer between the Saver and the
//! store, and setting, changing and removing the passphrase, against an
//! in-memory store.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/util/mod.rs"]
mod util;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use util::*;
use ziping_app::storage::lock::{self, Keyring, SealedStore, LOCK_KEY};
use ziping_app::storage::{self, KeyValue, MemoryStore, SaveSet, Saver, StorageError, PREFS_KEY};
use ziping_core::{Draft, DraftId, ItemLink};
use ziping_vault::{self as vault, KdfParams, Key, VaultError, KEY_LEN, NONCE_LEN, SALT_LEN};

/// Distinct nonces, as the browser's random source gives.
fn nonce() -> Result<[u8; NONCE_LEN], String> {
    static N: AtomicU64 = AtomicU64::new(1);
    let mut out = [0u8; NONCE_LEN];
    out[..8].copy_from_slice(&N.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    Ok(out)
}

fn key(passphrase: &str, salt: u8) -> Key {
    let params = KdfParams {
        iterations: 1_000,
        salt: [salt; SALT_LEN],
    };
    let mut bytes = [0u8; KEY_LEN];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), &params.salt, 1_000, &mut bytes);
    Key::new(bytes, params)
}

const SECRETS: [&str; 3] = ["张三", "党建工作抓得不实", "补足学时"];

fn filled_draft(id: &str) -> Draft {
    let templates = templates();
    let mut d = Draft::new(id, "2026年度个人自评", 1_764_000_000_000, &templates);
    d.person.name = SECRETS[0].into();
    let link = ItemLink {
        template: WUXIANG.into(),
        item: "w1-zhongcheng".into(),
    };
    let id = d.add_problem(Some(link), "");
    let p = d.problem_mut(&id).unwrap();
    p.text = SECRETS[1].into();
    p.measure = SECRETS[2].into();
    d
}

/// What a save writes: these drafts, `current` open.
fn drafts(drafts: Vec<Draft>, current: &str) -> SaveSet {
    SaveSet {
        drafts: drafts.into_iter().map(Rc::new).collect(),
        current: DraftId::from(current),
        ..SaveSet::default()
    }
}

/// A plain store holding two drafts, the open draft and the preferences, as the Saver writes them.
fn plain_store() -> MemoryStore {
    let mut store = MemoryStore::new();
    let (a, b) = (filled_draft("d1"), filled_draft("d2"));
    Saver::default()
        .sync(&mut store, &drafts(vec![a, b], "d1"))
        .unwrap();
    storage::save_prefs(&mut store, &Default::default()).unwrap();
    store
}

#[track_caller]
fn assert_nothing_readable(store: &MemoryStore) {
    for (k, v) in &store.values {
        for s in SECRETS {
            assert!(!v.contains(s), "{s} readable under {k}");
        }
        if lock::covered(k) {
            assert!(vault::is_sealed(v), "{k} left plain: {v}");
        }
    }
}

fn sealed_store(inner: MemoryStore, keyring: &Keyring) -> SealedStore {
    SealedStore::new(Box::new(inner), keyring.clone(), nonce)
}

fn raw(store: &SealedStore) -> MemoryStore {
    let mut copy = MemoryStore::new();
    for k in store.raw().keys().unwrap() {
        copy.values
            .insert(k.clone(), store.raw().get(&k).unwrap().unwrap());
    }
    copy
}

#[test]
fn setting_a_passphrase_seals_everything_but_the_preferences() {
    let mut store = plain_store();
    let before = store.values.clone();
    let k = key("口令口令口令", 1);
    let kept = lock::set_passphrase(&mut store, &k, nonce).unwrap();
    assert!(kept.is_empty());
    assert_nothing_readable(&store);
    assert_eq!(
        store.values[PREFS_KEY], before[PREFS_KEY],
        "font size stays plain"
    );
    let record = &store.values[LOCK_KEY];
    assert_eq!(vault::params_of(record), Ok(*k.params()));
    assert_eq!(vault::check_passphrase(&k, record), Ok(()));
    // Read through the layer with the key: exactly what was there.
    let keyring: Keyring = Rc::new(RefCell::new(Some(k)));
    let layer = sealed_store(store, &keyring);
    for (key, value) in &before {
        assert_eq!(layer.get(key).unwrap().as_ref(), Some(value), "{key}");
    }
}

#[test]
fn the_saver_writes_sealed_values_through_the_layer_and_load_reads_them() {
    let mut store = plain_store();
    let k = key("口令口令口令", 1);
    lock::set_passphrase(&mut store, &k, nonce).unwrap();
    let keyring: Keyring = Rc::new(RefCell::new(Some(k)));
    let mut layer = sealed_store(store, &keyring);
    let stored = storage::load(&layer).unwrap();
    assert!(stored.unreadable.is_empty(), "{:?}", stored.unreadable);
    assert_eq!(stored.drafts.len(), 2);
    assert_eq!(stored.drafts[0].person.name, SECRETS[0]);
    assert_eq!(stored.current.as_deref(), Some("d1"));

    // An edit, saved the way the autosave does: only the changed draft is written.
    let mut saver = Saver::from_loaded(&stored);
    let mut d1 = stored.drafts.iter().find(|d| d.id == "d1").unwrap().clone();
    d1.answer_mut(WUXIANG, "w1-zhongcheng").evidence = "新写的具体事例".into();
    let d2 = stored.drafts.iter().find(|d| d.id == "d2").unwrap().clone();
    saver
        .sync(&mut layer, &drafts(vec![d1.clone(), d2], "d1"))
        .unwrap();
    let after = raw(&layer);
    assert_nothing_readable(&after);
    assert!(!after.values.values().any(|v| v.contains("新写的")));
    let again = storage::load(&layer).unwrap();
    let read = again.drafts.iter().find(|d| d.id == "d1").unwrap();
    assert_eq!(read, &d1);
}

#[test]
fn a_plain_store_is_written_plain() {
    let keyring: Keyring = Rc::new(RefCell::new(None));
    let mut layer = sealed_store(MemoryStore::new(), &keyring);
    layer.set("ziping.v1.current", "d1").unwrap();
    assert_eq!(raw(&layer).values["ziping.v1.current"], "d1");
}

#[test]
fn a_window_without_the_key_never_writes_plain_text_into_an_encrypted_store() {
    let mut store = plain_store();
    let k = key("口令口令口令", 1);
    lock::set_passphrase(&mut store, &k, nonce).unwrap();
    let before = store.values.clone();
    // No key at all (the other window was open before the passphrase was set).
    let none: Keyring = Rc::new(RefCell::new(None));
    let mut layer = sealed_store(store.clone(), &none);
    let d = filled_draft("d1");
    assert_eq!(
        Saver::default().sync(&mut layer, &drafts(vec![d], "d1")),
        Err(StorageError::Locked)
    );
    assert_eq!(raw(&layer).values, before);
    // The key of a passphrase changed since, elsewhere.
    let old: Keyring = Rc::new(RefCell::new(Some(key("旧的口令旧的", 9))));
    let mut layer = sealed_store(store, &old);
    assert_eq!(
        layer.set("ziping.v1.draft.d1", "{}"),
        Err(StorageError::Locked)
    );
    assert_eq!(raw(&layer).values, before);
    // Its own preferences may still be written: they are plain anyway.
    layer.set(PREFS_KEY, "{\"font_scale\":125}").unwrap();
    assert_eq!(
        StorageError::Locked.to_string(),
        "本机内容已在另一个窗口中加密或更换了口令，本窗口的修改没有保存。请解锁后再编辑。"
    );
}

#[test]
fn a_value_that_does_not_open_is_reported_and_kept() {
    let mut store = plain_store();
    let k = key("口令口令口令", 1);
    lock::set_passphrase(&mut store, &k, nonce).unwrap();
    let sealed = store.values["ziping.v1.draft.d2"].clone();
    let cut = sealed[..sealed.len() - 8].to_string();
    store
        .values
        .insert("ziping.v1.draft.d2".into(), cut.clone());
    let keyring: Keyring = Rc::new(RefCell::new(Some(k.clone())));
    let layer = sealed_store(store, &keyring);
    let stored = storage::load(&layer).unwrap();
    assert_eq!(stored.drafts.len(), 1);
    assert_eq!(stored.unreadable.len(), 1);
    let bad = &stored.unreadable[0];
    assert_eq!(bad.key, "ziping.v1.draft.d2");
    assert_eq!(bad.raw, cut, "reported with the value as stored");
    assert!(
        bad.error.starts_with("加密内容") && bad.error.ends_with("原内容保留未动。"),
        "{}",
        bad.error
    );
    // Nothing wrote it, and removing the passphrase keeps it too.
    let mut store = raw(&layer);
    assert_eq!(store.values["ziping.v1.draft.d2"], cut);
    let kept = lock::remove_passphrase(&mut store, &k).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].0, "ziping.v1.draft.d2");
    assert_eq!(store.values["ziping.v1.draft.d2"], cut);
}

#[test]
fn a_newer_format_is_reported_in_plain_words() {
    let mut store = plain_store();
    let k = key("口令口令口令", 1);
    lock::set_passphrase(&mut store, &k, nonce).unwrap();
    let newer = store.values["ziping.v1.draft.d1"].replacen("zpenc.1.", "zpenc.2.", 1);
    store.values.insert("ziping.v1.draft.d1".into(), newer);
    let keyring: Keyring = Rc::new(RefCell::new(Some(k)));
    let stored = storage::load(&sealed_store(store, &keyring)).unwrap();
    assert_eq!(
        stored.unreadable[0].error,
        format!("{}原内容保留未动。", VaultError::NewerVersion(2))
    );
}

#[test]
fn changing_the_passphrase_reencrypts_and_removing_it_restores_the_plain_store() {
    let original = plain_store();
    let mut store = original.clone();
    let old = key("旧的口令旧的", 1);
    let new = key("新的口令新的", 2);
    lock::set_passphrase(&mut store, &old, nonce).unwrap();
    let kept = lock::change_passphrase(&mut store, &old, &new, nonce).unwrap();
    assert!(kept.is_empty());
    assert_nothing_readable(&store);
    let record = store.values[LOCK_KEY].clone();
    assert_eq!(vault::check_passphrase(&new, &record), Ok(()));
    assert_eq!(
        vault::check_passphrase(&old, &record),
        Err(VaultError::WrongPassphrase)
    );
    for (k, v) in &store.values {
        if lock::covered(k) {
            assert_eq!(vault::open(&old, k, v), Err(VaultError::OtherPassphrase));
        }
    }
    let kept = lock::remove_passphrase(&mut store, &new).unwrap();
    assert!(kept.is_empty());
    assert_eq!(store.values, original.values);
}

#[test]
fn a_store_that_refuses_writes_changes_nothing_it_reports() {
    let mut store = plain_store();
    store.fail_writes = Some(StorageError::QuotaExceeded);
    let before = store.values.clone();
    let k = key("口令口令口令", 1);
    assert_eq!(
        lock::set_passphrase(&mut store, &k, nonce),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(store.values, before);
}

#[test]
fn covered_keys() {
    for k in [
        "ziping.v1.draft.d1",
        "ziping.v1.current",
        "ziping.v1.template.dept.v2",
        "ziping.v1.ledger.x",
    ] {
        assert!(lock::covered(k), "{k}");
    }
    for k in [
        PREFS_KEY,
        LOCK_KEY,
        "someone-else.draft",
        "ziping.v2.draft.d1",
    ] {
        assert!(!lock::covered(k), "{k}");
    }
}

/// Records the order of removals.
struct Removals(MemoryStore, Vec<String>);

impl KeyValue for Removals {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.0.keys()
    }
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.0.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.1.push(key.to_string());
        self.0.remove(key)
    }
}

#[test]
fn a_clear_removes_the_lock_record_last() {
    let mut store = plain_store();
    lock::set_passphrase(&mut store, &key("正确的口令", 1), nonce).unwrap();
    let mut store = Removals(store, Vec::new());
    storage::clear_all(&mut store).unwrap();
    assert_eq!(store.1.last().map(String::as_str), Some(LOCK_KEY));
    assert!(store.1.len() > 2);
    assert!(store.0.values.is_empty());
}

#[test]
fn a_passphrase_change_is_asked_through_the_state_and_answered() {
    use ziping_app::state::{apply, Action, AppState};
    use ziping_app::storage::lock::Rekey;
    let mut n = 0;
    let mut ids = || {
        n += 1;
        DraftId::from(format!("n{n}"))
    };
    let mut state = AppState::from_stored(
        Ok(storage::Stored::default()),
        ziping_core::builtin_templates(),
        1,
        &mut ids,
    );
    let (old, new) = (key("旧的口令", 1), key("新的口令", 2));
    let before = state.clone();
    // An answer nobody asked for changes nothing.
    apply(&mut state, Action::Rekeyed(Ok(0)), 2, &mut ids);
    assert_eq!(state, before);

    let change = Rekey {
        old: Some(old.clone()),
        new: Some(new.clone()),
    };
    apply(&mut state, Action::Rekey(change.clone()), 2, &mut ids);
    assert_eq!(state.persist.rekey, Some(change.clone()));
    assert!(
        format!("{change:?}").starts_with("Rekey { old: Some(KdfParams {"),
        "the keys show by their parameters only"
    );
    apply(&mut state, Action::Rekeyed(Ok(2)), 3, &mut ids);
    assert_eq!(state.persist.rekey, None);
    assert_eq!(
        state.notices.passphrase,
        Some(Ok(
            "已修改口令，全部内容已用新口令重新加密。另有 2 项内容无法读取，保留原样未动。".into()
        ))
    );

    let set = Rekey {
        old: None,
        new: Some(new.clone()),
    };
    apply(&mut state, Action::Rekey(set.clone()), 4, &mut ids);
    assert_eq!(
        state.notices.passphrase, None,
        "the last answer goes with a new request"
    );
    apply(
        &mut state,
        Action::Rekeyed(Err(StorageError::QuotaExceeded)),
        5,
        &mut ids,
    );
    assert_eq!(
        state.notices.passphrase,
        Some(Err(StorageError::QuotaExceeded))
    );
    assert_eq!(set.done_message(0), "已设置口令，本机内容已加密保存。");
    let remove = Rekey {
        old: Some(new),
        new: None,
    };
    assert_eq!(
        remove.done_message(0),
        "已取消加密，本机内容恢复为不加密保存。"
    );
}

#[test]
fn a_requested_rekey_seals_the_store_and_takes_it_back_plain() {
    use ziping_app::storage::lock::Rekey;
    let mut store = plain_store();
    let k = key("正确的口令", 1);
    let set = Rekey {
        old: None,
        new: Some(k.clone()),
    };
    assert_eq!(set.run(&mut store, nonce), Ok(0));
    assert!(store.values.contains_key(LOCK_KEY));
    assert!(store
        .values
        .iter()
        .filter(|(key, _)| lock::covered(key))
        .all(|(_, v)| vault::is_sealed(v)));
    let remove = Rekey {
        old: Some(k),
        new: None,
    };
    assert_eq!(remove.run(&mut store, nonce), Ok(0));
    assert_eq!(store.values, plain_store().values);
}

#[test]
fn clearing_from_the_lock_screen_needs_the_word_typed() {
    assert!(lock::forgot_confirmed("清除"));
    assert!(lock::forgot_confirmed(" 清除 "));
    for typed in ["", "清", "清除数据", "确认", "qingchu"] {
        assert!(!lock::forgot_confirmed(typed), "{typed}");
    }
    // Clearing from there takes the lock record with the rest.
    let mut store = MemoryStore::new();
    store.set(LOCK_KEY, "zpenc.1.x").unwrap();
    store.set("ziping.v1.draft.a", "zpenc.1.y").unwrap();
    ziping_app::storage::clear_all(&mut store).unwrap();
    assert_eq!(lock::lock_record(&store).unwrap(), None);
}
