//! Setting, changing and removing the passphrase, as plans over a store's
//! entries: what to write, and what could not be read and so stays exactly
//! as it is. The caller chooses the entries (what the lock covers) and
//! applies the writes; a value it cannot open is never overwritten.

use super::envelope::{is_sealed, open, params_of, seal, Key, VaultError, NONCE_LEN};

/// What a migration changes in a store.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Migration {
    /// (storage key, new value), in the order given.
    pub writes: Vec<(String, String)>,
    /// Values that could not be opened, with why; they stay untouched.
    pub kept: Vec<(String, VaultError)>,
}

impl Migration {
    fn step(&mut self, key: String, result: Result<Option<String>, VaultError>) {
        match result {
            Ok(Some(value)) => self.writes.push((key, value)),
            Ok(None) => {}
            Err(e) => self.kept.push((key, e)),
        }
    }
}

/// Every migration in one: values sealed with `old` (or already with
/// `new`) are sealed again with `new`, plain ones are sealed with it;
/// `new: None` opens every sealed value and writes it back plain. Values
/// already as they should be are left alone; values that do not open are
/// kept and reported.
pub fn rekey<I>(
    entries: I,
    old: &Key,
    new: Option<&Key>,
    nonce: &mut dyn FnMut() -> [u8; NONCE_LEN],
) -> Migration
where
    I: IntoIterator<Item = (String, String)>,
{
    let mut m = Migration::default();
    for (k, value) in entries {
        let result = if !is_sealed(&value) {
            Ok(new.map(|new| seal(new, &k, &value, nonce())))
        } else if let Some(new) = new.filter(|n| params_of(&value).ok() == Some(*n.params())) {
            open(new, &k, &value).map(|_| None)
        } else {
            open(old, &k, &value).map(|plain| {
                Some(match new {
                    Some(new) => seal(new, &k, &plain, nonce()),
                    None => plain,
                })
            })
        };
        m.step(k, result);
    }
    m
}

/// Seals every plain value with `key`. Values already sealed with it are left
/// as they are (a set that was interrupted can be run again); values sealed
/// otherwise are kept and reported.
pub fn encrypt_all<I>(
    entries: I,
    key: &Key,
    nonce: &mut dyn FnMut() -> [u8; NONCE_LEN],
) -> Migration
where
    I: IntoIterator<Item = (String, String)>,
{
    rekey(entries, key, Some(key), nonce)
}

/// Opens every sealed value and writes it back plain. Plain values are left
/// as they are; values that do not open are kept and reported.
pub fn decrypt_all<I>(entries: I, key: &Key) -> Migration
where
    I: IntoIterator<Item = (String, String)>,
{
    rekey(entries, key, None, &mut || [0; NONCE_LEN])
}

/// A new passphrase: every value sealed with `old` is sealed again with
/// `new`; plain values are sealed too; values already sealed with `new` stay.
pub fn reencrypt_all<I>(
    entries: I,
    old: &Key,
    new: &Key,
    nonce: &mut dyn FnMut() -> [u8; NONCE_LEN],
) -> Migration
where
    I: IntoIterator<Item = (String, String)>,
{
    rekey(entries, old, Some(new), nonce)
}
