//! The display preferences: stored, read back, and written as JSON.
#![cfg(not(target_arch = "wasm32"))]

use ziping_app::storage::{self, KeyValue, MemoryStore, Prefs};
use ziping_core::json::to_json;

#[test]
fn the_preferences_read_back_as_saved() {
    let mut store = MemoryStore::default();
    let prefs = Prefs {
        font_scale: 150,
        last_backup: Some(1_795_485_600_000),
        reminder_dismissed: Some(1_795_485_700_000),
        lock_idle_secs: 300,
    };
    assert_ne!(prefs, Prefs::default());
    storage::save_prefs(&mut store, &prefs).unwrap();
    assert_eq!(storage::load(&store).unwrap().prefs, prefs);
    // Unreadable preferences are the defaults, never an error.
    store
        .set(storage::PREFS_KEY, r#"{"font_scale": "big"}"#)
        .unwrap();
    assert_eq!(storage::load(&store).unwrap().prefs, Prefs::default());
}

/// A key written twice in one object is not refused (serde's derived
/// readers refused it): the last one counts, as in JavaScript's JSON.parse.
/// The app never writes one.
#[test]
fn the_preferences_are_written_compact() {
    assert_eq!(
        to_json(&Prefs::default()),
        r#"{"font_scale":100,"last_backup":null,"reminder_dismissed":null,"lock_idle_secs":900}"#
    );
}
