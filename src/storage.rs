//! The only code that touches localStorage.
//!
//! Every file:// page of a browser profile shares ONE storage area, so every
//! key is namespaced and versioned: `ziping.v1.…`. Each draft lives under its
//! own key; a value that does not parse, or that a newer app wrote, is
//! reported and left exactly where it is (this module never writes a key it
//! could not read).

use std::fmt;

use crate::assessment::{Draft, DraftError};

/// Prefix of every key this app owns.
pub const PREFIX: &str = "ziping.v1.";
/// `ziping.v1.draft.<id>` holds one draft as JSON.
pub const DRAFT_PREFIX: &str = "ziping.v1.draft.";
/// The id of the draft that was open last.
pub const CURRENT_KEY: &str = "ziping.v1.current";

/// Why storage could not be used. Messages say what happened and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (disabled, blocked, or a private mode without it).
    Unavailable,
    /// The browser refused the write because the storage is full.
    QuotaExceeded,
    /// Any other refusal, with the browser's words.
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "浏览器不允许本页使用本地存储（可能处于隐私模式或禁用了网站数据），内容只保存在当前页面中，关闭前请导出备份。"
            ),
            StorageError::QuotaExceeded => write!(
                f,
                "本地存储空间已满，内容只保存在当前页面中。请导出备份，或删除不用的草稿。"
            ),
            StorageError::Failed(e) => write!(f, "写入本地存储失败：{e}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// A stored value this app could not use; kept untouched under its key.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub error: DraftError,
}

/// Everything read at start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stored {
    /// Readable drafts, most recently modified first.
    pub drafts: Vec<Draft>,
    pub current: Option<String>,
    pub unreadable: Vec<Unreadable>,
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

fn write_error(e: wasm_bindgen::JsValue) -> StorageError {
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

/// The key a draft is stored under.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// Reads every draft and the current-draft pointer.
pub fn load() -> Result<Stored, StorageError> {
    let storage = local_storage()?;
    let mut out = Stored::default();
    let len = storage.length().map_err(write_error)?;
    for i in 0..len {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        if !key.starts_with(DRAFT_PREFIX) {
            continue;
        }
        let Some(raw) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        match Draft::from_json(&raw) {
            Ok(d) => out.drafts.push(d),
            Err(error) => out.unreadable.push(Unreadable { key, raw, error }),
        }
    }
    out.drafts
        .sort_by(|a, b| b.modified.cmp(&a.modified).then(a.id.cmp(&b.id)));
    out.unreadable.sort_by(|a, b| a.key.cmp(&b.key));
    out.current = storage.get_item(CURRENT_KEY).ok().flatten();
    Ok(out)
}

/// Writes one draft under its own key.
pub fn save_draft(draft: &Draft) -> Result<(), StorageError> {
    local_storage()?
        .set_item(&draft_key(&draft.id), &draft.to_json())
        .map_err(write_error)
}

/// Remembers which draft is open.
pub fn save_current(id: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(CURRENT_KEY, id)
        .map_err(write_error)
}

/// Removes one draft's key.
pub fn remove_draft(id: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(&draft_key(id))
        .map_err(write_error)
}
