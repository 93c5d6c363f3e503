//! The lock's place in storage (本机加密): the record that says the store is
//! encrypted, which keys the lock covers, the encrypting layer every save goes
//! through, and setting, changing and removing the passphrase.
//!
//! The layer ([`SealedStore`]) sits between the Saver and the browser's store:
//! the Saver writes plain JSON, the store holds sealed values. It seals only
//! while the store carries a lock record, and only with the key that record
//! was made with; a window holding no key, or the key of a passphrase changed
//! elsewhere, is refused rather than writing plain text or the wrong key.

use std::cell::RefCell;
use std::rc::Rc;

use super::error::StorageError;
use super::keys::{PREFIX, PREFS_KEY, SNAPSHOT_KEY};
use super::kv::KeyValue;
use ziping_vault::{self as vault, Key, Migration, VaultError, NONCE_LEN};

/// Holds the verifier while the store is encrypted.
pub const LOCK_KEY: &str = "ziping.v1.lock";

/// Whether the lock covers a key: everything of ours but the lock record,
/// the display preferences (font size, backup dates reveal nothing) and the
/// snapshot, which an encrypted store never keeps ([`SealedStore`] drops
/// it, [`rekey`] removes it).
pub fn covered(key: &str) -> bool {
    key.starts_with(PREFIX) && key != LOCK_KEY && key != PREFS_KEY && key != SNAPSHOT_KEY
}

/// What the person types to confirm 清除本机数据并导入备份 on the lock
/// screen (忘记口令): the drafts cannot be read without the passphrase.
pub const FORGOT_WORD: &str = "清除";

/// Whether `typed` confirms clearing from the lock screen: the word itself,
/// spaces around it allowed.
pub fn forgot_confirmed(typed: &str) -> bool {
    typed.trim() == FORGOT_WORD
}

/// The key, held from unlock to lock, shared by the layer and the lock's screens.
pub type Keyring = Rc<RefCell<Option<Key>>>;

/// Fresh random nonces (the browser's `crypto.getRandomValues`).
pub type NonceSource = fn() -> Result<[u8; NONCE_LEN], String>;

/// The encrypting layer over a store.
pub struct SealedStore {
    inner: Box<dyn KeyValue>,
    keyring: Keyring,
    nonce: NonceSource,
}

impl SealedStore {
    pub fn new(inner: Box<dyn KeyValue>, keyring: Keyring, nonce: NonceSource) -> SealedStore {
        SealedStore {
            inner,
            keyring,
            nonce,
        }
    }

    /// The store underneath, as it holds the values.
    pub fn raw(&self) -> &dyn KeyValue {
        self.inner.as_ref()
    }

    pub fn raw_mut(&mut self) -> &mut dyn KeyValue {
        self.inner.as_mut()
    }

    /// The key to seal with, `None` for a plain store; refused when the store
    /// is encrypted and this window does not hold its key.
    fn sealing_key(&self) -> Result<Option<Key>, StorageError> {
        let Some(record) = self.inner.get(LOCK_KEY)? else {
            return Ok(None);
        };
        let params = vault::params_of(&record).map_err(|e| StorageError::Failed(e.to_string()))?;
        match self.keyring.borrow().as_ref() {
            Some(key) if *key.params() == params => Ok(Some(key.clone())),
            _ => Err(StorageError::Locked),
        }
    }
}

impl KeyValue for SealedStore {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }

    /// Sealed values come back opened; one that does not open comes back as
    /// it is stored, so the reader reports it and leaves it alone.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self.inner.get(key)? {
            Some(raw) if covered(key) && vault::is_sealed(&raw) => {
                let keyring = self.keyring.borrow();
                Ok(Some(match keyring.as_ref() {
                    Some(k) => vault::open(k, key, &raw).unwrap_or(raw),
                    None => raw,
                }))
            }
            other => Ok(other),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if key == SNAPSHOT_KEY {
            // The boot script reads the snapshot before any unlock: plain
            // by nature, so an encrypted store keeps none.
            return match self.inner.get(LOCK_KEY)? {
                Some(_) => self.inner.remove(key),
                None => self.inner.set(key, value),
            };
        }
        if !covered(key) {
            return self.inner.set(key, value);
        }
        match self.sealing_key()? {
            None => self.inner.set(key, value),
            Some(k) => {
                let nonce = (self.nonce)().map_err(StorageError::Failed)?;
                self.inner.set(key, &vault::seal(&k, key, value, nonce))
            }
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.inner.remove(key)
    }
}

/// Why a stored value that is still sealed after reading could not be opened.
pub fn unopened(raw: &str) -> VaultError {
    vault::params_of(raw).err().unwrap_or(VaultError::Damaged)
}

/// The lock record, if the store is encrypted.
pub fn lock_record(store: &dyn KeyValue) -> Result<Option<String>, StorageError> {
    store.get(LOCK_KEY)
}

fn covered_entries(store: &dyn KeyValue) -> Result<Vec<(String, String)>, StorageError> {
    let mut out = Vec::new();
    for key in store.keys()?.into_iter().filter(|k| covered(k)) {
        if let Some(value) = store.get(&key)? {
            out.push((key, value));
        }
    }
    Ok(out)
}

/// Draws nonces for a whole migration; `None` if the browser refused one
/// (then nothing is written).
fn plan(
    nonce: NonceSource,
    make: impl FnOnce(&mut dyn FnMut() -> [u8; NONCE_LEN]) -> Migration,
) -> Result<Migration, StorageError> {
    let mut failed = None;
    let mut next = || {
        nonce().unwrap_or_else(|e| {
            failed = Some(e);
            [0; NONCE_LEN]
        })
    };
    let m = make(&mut next);
    match failed {
        Some(e) => Err(StorageError::Failed(e)),
        None => Ok(m),
    }
}

/// 设置口令: writes the lock record, then seals every covered value with
/// `key`. Returns the values that could not be read (kept as they are).
/// `store` is the browser's store itself, not the layer.
pub fn set_passphrase(
    store: &mut dyn KeyValue,
    key: &Key,
    nonce: NonceSource,
) -> Result<Vec<(String, VaultError)>, StorageError> {
    rekey(store, key, Some(key), nonce)
}

/// 修改口令: the new lock record, then every value sealed again with `new`.
pub fn change_passphrase(
    store: &mut dyn KeyValue,
    old: &Key,
    new: &Key,
    nonce: NonceSource,
) -> Result<Vec<(String, VaultError)>, StorageError> {
    rekey(store, old, Some(new), nonce)
}

/// 取消加密: every value opened and written back plain, then the lock record
/// removed. Values that do not open stay sealed and are returned.
pub fn remove_passphrase(
    store: &mut dyn KeyValue,
    key: &Key,
) -> Result<Vec<(String, VaultError)>, StorageError> {
    rekey(store, key, None, || Ok([0; NONCE_LEN]))
}

/// A passphrase to set, change or remove, as the 本机加密 panel asks the
/// storage effect for it (`Action::Rekey`): the keys are derived already.
#[derive(Clone, PartialEq)]
pub struct Rekey {
    /// The key the values are sealed with now; `None`: the store is plain.
    pub old: Option<Key>,
    /// The key to seal them with; `None`: write them back plain.
    pub new: Option<Key>,
}

impl std::fmt::Debug for Rekey {
    /// Never the keys' bytes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rekey")
            .field("old", &self.old.as_ref().map(Key::params))
            .field("new", &self.new.as_ref().map(Key::params))
            .finish()
    }
}

impl Rekey {
    /// Does it on `store` (the browser's store itself, not the layer);
    /// how many values could not be read and were kept as they are.
    pub fn run(&self, store: &mut dyn KeyValue, nonce: NonceSource) -> Result<usize, StorageError> {
        match self.old.as_ref().or(self.new.as_ref()) {
            Some(k) => rekey(store, k, self.new.as_ref(), nonce).map(|kept| kept.len()),
            None => Ok(0),
        }
    }

    /// What the person is told when it is done (`kept`: values that could
    /// not be read, left as they were).
    pub fn done_message(&self, kept: usize) -> String {
        let mut done = match (&self.old, &self.new) {
            (_, None) => "已取消加密，本机内容恢复为不加密保存。",
            (None, Some(_)) => "已设置口令，本机内容已加密保存。",
            (Some(_), Some(_)) => "已修改口令，全部内容已用新口令重新加密。",
        }
        .to_string();
        if kept > 0 {
            done.push_str(&format!("另有 {kept} 项内容无法读取，保留原样未动。"));
        }
        done
    }
}

/// Each of the three above (`new: None` removes the passphrase): the lock
/// record first, then the values
/// (sealed with `new`, or opened); removing, the values first, then the
/// record.
pub fn rekey(
    store: &mut dyn KeyValue,
    old: &Key,
    new: Option<&Key>,
    nonce: NonceSource,
) -> Result<Vec<(String, VaultError)>, StorageError> {
    let record = match new {
        Some(new) => Some(vault::verifier(new, nonce().map_err(StorageError::Failed)?)),
        None => None,
    };
    let entries = covered_entries(store)?;
    let m = plan(nonce, |n| vault::rekey(entries, old, new, n))?;
    if let Some(record) = &record {
        // The snapshot shows ratings in plain text: it goes first.
        store.remove(SNAPSHOT_KEY)?;
        store.set(LOCK_KEY, record)?;
    }
    for (key, value) in &m.writes {
        store.set(key, value)?;
    }
    if record.is_none() {
        store.remove(LOCK_KEY)?;
    }
    Ok(m.kept)
}
