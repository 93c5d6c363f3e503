//! The browser's localStorage as a [`KeyValue`] store: the one place the app
//! touches it. Its errors become [`StorageError`]s a person can act on.

use ziping_app::storage::{KeyValue, StorageError, UnavailableStore};

/// The browser's localStorage.
pub struct LocalStore(web_sys::Storage);

impl LocalStore {
    /// The page's localStorage, or [`StorageError::Unavailable`].
    pub fn open() -> Result<LocalStore, StorageError> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .map(LocalStore)
            .ok_or(StorageError::Unavailable)
    }
}

fn browser_error(e: wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) if d.name() == "QuotaExceededError" || d.code() == 22 => {
            StorageError::QuotaExceeded
        }
        Some(d) => StorageError::Failed(d.message()),
        None => StorageError::Failed(
            js_sys::JSON::stringify(&e)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default(),
        ),
    }
}

impl KeyValue for LocalStore {
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let len = self.0.length().map_err(browser_error)?;
        Ok((0..len)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect())
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.0.get_item(key).map_err(browser_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.set_item(key, value).map_err(browser_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.0.remove_item(key).map_err(browser_error)
    }
}

/// The browser's store, or one that says it is unavailable.
pub fn browser_store() -> Box<dyn KeyValue> {
    match LocalStore::open() {
        Ok(store) => Box::new(store),
        Err(_) => Box::new(UnavailableStore),
    }
}
