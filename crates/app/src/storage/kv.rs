//! A small key-value interface with opaque string values, so that what sits
//! between the app and the browser's store can change (an encrypting layer,
//! a load that waits for an unlock) without touching the Saver or the state.
//! [`MemoryStore`] is for native tests; [`UnavailableStore`] for a page whose
//! storage is unavailable; the browser's localStorage is the UI crate's
//! `LocalStore`.

use std::collections::BTreeMap;

use super::error::StorageError;

/// A store of string values under string keys.
pub trait KeyValue {
    /// Every key, in the store's order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
}

/// An in-memory store. `fail_writes` makes every write fail with that error,
/// as a full or disabled localStorage does.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemoryStore {
    pub values: BTreeMap<String, String>,
    pub fail_writes: Option<StorageError>,
    /// How many values were written (set), for tests of what a save touches.
    pub writes: usize,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    fn check(&self) -> Result<(), StorageError> {
        self.fail_writes.clone().map_or(Ok(()), Err)
    }
}

impl KeyValue for MemoryStore {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.values.keys().cloned().collect())
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.values.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check()?;
        self.writes += 1;
        self.values.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.check()?;
        self.values.remove(key);
        Ok(())
    }
}

/// A store for a page that has no localStorage: every call fails with
/// [`StorageError::Unavailable`], so the person is told and nothing pretends
/// to be saved.
#[derive(Debug, Clone, Copy, Default)]
pub struct UnavailableStore;

impl KeyValue for UnavailableStore {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Err(StorageError::Unavailable)
    }

    fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
        Err(StorageError::Unavailable)
    }

    fn set(&mut self, _: &str, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }

    fn remove(&mut self, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }
}
