//! The page's gate (本机加密): what Root shows from the lock record it reads,
//! natively, with records made by the vault.
#![cfg(not(target_arch = "wasm32"))]

use ziping_app::storage::gate::{Check, Gate, GateAction, Screen};
use ziping_vault::{self as vault, KdfParams, Key, KEY_LEN, NONCE_LEN, SALT_LEN};

/// A key of this salt (the bytes do not matter to the gate) and the lock
/// record it makes.
fn record(salt: u8) -> (KdfParams, String) {
    let params = KdfParams {
        iterations: 1_000,
        salt: [salt; SALT_LEN],
    };
    let key = Key::new([salt; KEY_LEN], params);
    (params, vault::verifier(&key, [salt; NONCE_LEN]))
}

/// The gate after these actions, from the start.
fn gate(actions: impl IntoIterator<Item = GateAction>) -> Gate {
    let mut g = Gate::default();
    for a in actions {
        g.apply(a);
    }
    g
}

fn open(mount: u32, key: Option<KdfParams>) -> Screen {
    Screen::Open { mount, key }
}

fn locked(record: &str, elsewhere: bool) -> Screen {
    Screen::Locked {
        record: record.into(),
        elsewhere,
    }
}

use GateAction::{Check as Ask, KeyChanged, Read, Unlocked};

#[test]
fn at_start_nothing_shows_until_the_record_is_read() {
    let g = Gate::default();
    assert_eq!(g.screen, Screen::Reading);
    assert_eq!((g.check, g.checks), (Some(Check::Start), 1));
    assert_eq!(gate([Read(None)]).screen, open(1, None));
    let (_, r) = record(1);
    let g = gate([Read(Some(r.clone()))]);
    assert_eq!(g.screen, locked(&r, false));
    assert_eq!(g.check, None, "answered");
}

#[test]
fn a_read_nobody_asked_for_changes_nothing() {
    let (_, r) = record(1);
    let g = gate([Read(None), Read(Some(r))]);
    assert_eq!(g.screen, open(1, None));
}

#[test]
fn unlock_opens_the_app_anew_with_the_key_and_lock_closes_it() {
    let (p, r) = record(1);
    let mut g = gate([Read(Some(r.clone())), Unlocked(p)]);
    assert_eq!(g.screen, open(1, Some(p)));
    assert!(g.holds_key());
    g.apply(Ask(Check::Lock));
    assert_eq!((g.check, g.checks), (Some(Check::Lock), 2));
    g.apply(Read(Some(r.clone())));
    assert_eq!(g.screen, locked(&r, false));
    assert!(!g.holds_key());
    g.apply(Unlocked(p));
    assert_eq!(
        g.screen,
        open(2, Some(p)),
        "a new mount reads the store afresh"
    );
}

#[test]
fn lock_on_a_store_no_longer_encrypted_reopens_the_app_afresh() {
    let (p, r) = record(1);
    let g = gate([Read(Some(r)), Unlocked(p), Ask(Check::Lock), Read(None)]);
    assert_eq!(g.screen, open(2, None));
}

#[test]
fn a_passphrase_set_changed_or_removed_here_keeps_the_app_mounted() {
    let (p, _) = record(1);
    let (q, _) = record(2);
    let mut g = gate([Read(None), KeyChanged(Some(p))]);
    assert_eq!(g.screen, open(1, Some(p)));
    g.apply(KeyChanged(Some(q)));
    assert_eq!(g.screen, open(1, Some(q)));
    g.apply(KeyChanged(None));
    assert_eq!(g.screen, open(1, None));
    assert!(!g.holds_key());
}

#[test]
fn another_window_setting_or_changing_the_passphrase_locks_this_one() {
    let (p, r) = record(1);
    let (_, s) = record(2);
    // Set elsewhere while this window is open on a plain store.
    let g = gate([Read(None), Ask(Check::Elsewhere), Read(Some(r.clone()))]);
    assert_eq!(g.screen, locked(&r, true));
    // Changed elsewhere: this window's key is not the store's any more.
    let mut g = gate([Read(Some(r.clone())), Unlocked(p)]);
    g.apply(Ask(Check::Elsewhere));
    g.apply(Read(Some(s.clone())));
    assert_eq!(g.screen, locked(&s, true));
    // Changed again while locked: the lock screen takes the new record.
    let (_, t) = record(3);
    g.apply(Ask(Check::Elsewhere));
    g.apply(Read(Some(t.clone())));
    assert_eq!(g.screen, locked(&t, true));
}

#[test]
fn the_same_record_read_again_changes_nothing() {
    let (p, r) = record(1);
    let mut g = gate([Read(Some(r.clone())), Unlocked(p)]);
    let before = g.screen.clone();
    g.apply(Ask(Check::Elsewhere));
    g.apply(Read(Some(r)));
    assert_eq!(g.screen, before);
    let mut g = gate([Read(None), Ask(Check::Elsewhere)]);
    g.apply(Read(None));
    assert_eq!(g.screen, open(1, None), "still plain: no new mount");
}

#[test]
fn the_passphrase_removed_elsewhere_reopens_the_app_plain() {
    let (p, r) = record(1);
    // While open with the key: a new mount on the plain store.
    let g = gate([
        Read(Some(r.clone())),
        Unlocked(p),
        Ask(Check::Elsewhere),
        Read(None),
    ]);
    assert_eq!(g.screen, open(2, None));
    // While locked: the lock screen goes.
    let g = gate([Read(Some(r)), Ask(Check::Elsewhere), Read(None)]);
    assert_eq!(g.screen, open(1, None));
}
