//! The only code that touches localStorage.
//!
//! Every file:// page of a browser profile shares ONE storage area, so every
//! key is namespaced and versioned: `ziping.v1.…`. Each draft lives under its
//! own key; a value that does not parse, or that a newer app wrote, is
//! reported and left exactly where it is (this module never writes a key it
//! could not read).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::assessment::{Draft, Template};

/// Prefix of every key this app owns.
pub const PREFIX: &str = "ziping.v1.";
/// `ziping.v1.draft.<id>` holds one draft as JSON.
pub const DRAFT_PREFIX: &str = "ziping.v1.draft.";
/// The id of the draft that was open last.
pub const CURRENT_KEY: &str = "ziping.v1.current";
/// The person's display preferences.
pub const PREFS_KEY: &str = "ziping.v1.prefs";
/// `ziping.v1.template.<id>` holds one imported department template.
pub const TEMPLATE_PREFIX: &str = "ziping.v1.template.";

/// Display preferences, remembered on this computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Root font size in percent: 100, 125 or 150.
    pub font_scale: u16,
    /// When every draft was last exported as a backup (ms since the epoch).
    pub last_backup: Option<i64>,
    /// When the backup reminder was last dismissed.
    pub reminder_dismissed: Option<i64>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            font_scale: 100,
            last_backup: None,
            reminder_dismissed: None,
        }
    }
}

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
    /// Why it could not be read, in plain words.
    pub error: String,
}

/// Everything read at start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stored {
    /// Readable drafts, most recently modified first.
    pub drafts: Vec<Draft>,
    /// Imported department templates, by id.
    pub templates: Vec<Template>,
    pub current: Option<String>,
    pub unreadable: Vec<Unreadable>,
    pub prefs: Prefs,
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

/// The key an imported template is stored under.
pub fn template_key(id: &str) -> String {
    format!("{TEMPLATE_PREFIX}{id}")
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
        let is_draft = key.starts_with(DRAFT_PREFIX);
        if !is_draft && !key.starts_with(TEMPLATE_PREFIX) {
            continue;
        }
        let Some(raw) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        let read = if is_draft {
            Draft::from_json(&raw)
                .map(|d| out.drafts.push(d))
                .map_err(|e| e.to_string())
        } else {
            Template::from_json(&raw)
                .map(|t| out.templates.push(t))
                .map_err(|e| e.to_string())
        };
        if let Err(error) = read {
            out.unreadable.push(Unreadable { key, raw, error });
        }
    }
    out.templates
        .sort_by(|a, b| a.title.cmp(&b.title).then(a.id.cmp(&b.id)));
    out.drafts
        .sort_by(|a, b| b.modified.cmp(&a.modified).then(a.id.cmp(&b.id)));
    out.unreadable.sort_by(|a, b| a.key.cmp(&b.key));
    out.current = storage.get_item(CURRENT_KEY).ok().flatten();
    out.prefs = storage
        .get_item(PREFS_KEY)
        .ok()
        .flatten()
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default();
    Ok(out)
}

pub fn save_prefs(prefs: &Prefs) -> Result<(), StorageError> {
    let json = serde_json::to_string(prefs).unwrap_or_default();
    local_storage()?
        .set_item(PREFS_KEY, &json)
        .map_err(write_error)
}

/// 清除本机数据: removes every key of this app, readable or not. Keys of
/// other pages sharing the storage area are left alone.
pub fn clear_all() -> Result<(), StorageError> {
    let storage = local_storage()?;
    let len = storage.length().map_err(write_error)?;
    let ours: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in ours {
        storage.remove_item(&key).map_err(write_error)?;
    }
    Ok(())
}

/// Reads a `storage` event from another window: which draft changed and its
/// new value (`None` when removed). Values that cannot be read are ignored
/// here; they are reported at the next start like any unreadable value.
pub fn external_change(key: &str, new_value: Option<&str>) -> Option<(String, Option<Draft>)> {
    let id = key.strip_prefix(DRAFT_PREFIX)?;
    match new_value {
        None => Some((id.to_string(), None)),
        Some(raw) => Draft::from_json(raw)
            .ok()
            .filter(|d| d.id == id)
            .map(|d| (id.to_string(), Some(d))),
    }
}

/// Writes drafts and templates that changed since it last wrote them,
/// removes the keys of those that are gone, and records the open draft.
/// Holds what it wrote (by key) so that a save touches only what changed.
#[derive(Debug, Default)]
pub struct Saver {
    written: BTreeMap<String, String>,
    current: Option<String>,
    epoch: u32,
}

fn entries(drafts: &[&Draft], templates: &[&Template]) -> Vec<(String, String)> {
    drafts
        .iter()
        .map(|d| (draft_key(&d.id), d.to_json()))
        .chain(templates.iter().map(|t| (template_key(&t.id), t.to_json())))
        .collect()
}

impl Saver {
    /// A saver that knows what storage already holds.
    pub fn new(drafts: &[&Draft], templates: &[&Template], current: Option<&str>) -> Saver {
        Saver {
            written: entries(drafts, templates).into_iter().collect(),
            current: current.map(str::to_string),
            epoch: 0,
        }
    }

    /// A saver for storage that holds nothing of ours (after 清除本机数据);
    /// `epoch` tells the clears apart.
    pub fn empty(epoch: u32) -> Saver {
        Saver {
            epoch,
            ..Saver::default()
        }
    }

    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// Brings storage in line with `drafts` and `templates`; on failure what
    /// was not written is tried again next time.
    pub fn sync(
        &mut self,
        drafts: &[&Draft],
        templates: &[&Template],
        current: &str,
    ) -> Result<(), StorageError> {
        let storage = local_storage()?;
        let now = entries(drafts, templates);
        for (key, json) in &now {
            if self.written.get(key) != Some(json) {
                storage.set_item(key, json).map_err(write_error)?;
                self.written.insert(key.clone(), json.clone());
            }
        }
        let gone: Vec<String> = self
            .written
            .keys()
            .filter(|k| !now.iter().any(|(key, _)| key == *k))
            .cloned()
            .collect();
        for key in gone {
            storage.remove_item(&key).map_err(write_error)?;
            self.written.remove(&key);
        }
        if self.current.as_deref() != Some(current) {
            storage
                .set_item(CURRENT_KEY, current)
                .map_err(write_error)?;
            self.current = Some(current.to_string());
        }
        Ok(())
    }
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
