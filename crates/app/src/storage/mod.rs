//! What is stored and under which keys, over a [`KeyValue`] store (the
//! browser's localStorage is the UI crate's `LocalStore`).
//!
//! Every file:// page of a browser profile shares ONE storage area, so every
//! key is namespaced and versioned: `ziping.v1.…`. Each draft lives under its
//! own key; a value that does not parse, or that a newer app wrote, is
//! reported and left exactly where it is (this module never writes a key it
//! could not read). Everything goes through the [`KeyValue`] interface.

mod error;
pub mod gate;
mod keys;
mod kv;
pub mod lock;
mod saver;
mod snapshot;

use std::collections::BTreeMap;

use ziping_core::json::{parse, to_json, At, FromJson};
use ziping_core::json_struct;
use ziping_core::order::sort_by;

pub use error::StorageError;
pub use keys::{
    branch_key, draft_key, template_key, BRANCH_PREFIX, CURRENT_KEY, DRAFT_PREFIX, OCCASIONS_KEY,
    PREFIX, PREFS_KEY, SNAPSHOT_KEY, TEMPLATE_PREFIX,
};
pub use kv::{KeyValue, MemoryStore, UnavailableStore};
pub use saver::{Elsewhere, SaveSet, Saver, SyncReport};
pub use snapshot::{
    templates_signature, FiguresSnapshot, SectionSnapshot, Snapshot, SnapshotSource,
    SNAPSHOT_FORMAT,
};

use ziping_core::{
    Builtin, Draft, DraftId, Occasion, OccasionSet, Summary, Template, TemplateLibrary,
};

/// Display preferences, remembered on this computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefs {
    /// Root font size in percent: 100, 125 or 150.
    pub font_scale: u16,
    /// When every draft was last exported as a backup (ms since the epoch).
    pub last_backup: Option<i64>,
    /// When the backup reminder was last dismissed.
    pub reminder_dismissed: Option<i64>,
    /// 本机加密: lock after this many seconds without use.
    pub lock_idle_secs: u32,
}

json_struct! {
    Prefs [fill] {
        font_scale: "font_scale",
        last_backup: "last_backup",
        reminder_dismissed: "reminder_dismissed",
        lock_idle_secs: "lock_idle_secs",
    }
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            font_scale: 100,
            last_backup: None,
            reminder_dismissed: None,
            lock_idle_secs: 15 * 60,
        }
    }
}

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
    /// Imported occasions, in the order they came.
    pub occasions: Vec<Occasion>,
    /// 支部汇总, in no particular order.
    pub summaries: Vec<Summary>,
    pub current: Option<String>,
    pub unreadable: Vec<Unreadable>,
    pub prefs: Prefs,
    /// The raw value of every key read successfully, by key.
    pub loaded: BTreeMap<String, String>,
}

/// Refuses a draft or 汇总 whose id clashes, with why: stored under
/// another id's key while its own key (or an earlier one) holds that id
/// (read too, the two would share one key and one would be gone at the
/// next save; alone, it is read and saved under its own key). Unread, it is
/// kept and reported. (A template's clashes, with a built-in's id or with
/// another text of its version, are refused where it is read, below.)
fn unless_clash(clash: bool, why: &str) -> Result<(), String> {
    match clash {
        true => Err(why.into()),
        false => Ok(()),
    }
}

const SAME_DRAFT_ID: &str =
    "与本机另一份草稿编号相同（可能被手动改动过），没有读入；可下载后在“草稿与备份”中导入，另存为新草稿。";
const SAME_SUMMARY_ID: &str =
    "与本机另一份汇总编号相同（可能被手动改动过），没有读入；可下载后在“支部汇总”中导入，另存一份。";
const BUILTIN_ID: &str = "与程序内置的模板编号相同，没有读入（内置模板照常可用）。";
const SAME_TEMPLATE_VERSION: &str =
    "与本机同一模板同一版本的另一份内容不同（可能被手动改动过），没有读入；可下载后交模板制作者核对。";

/// Reads every draft, imported template and occasion, the open draft's id
/// and the preferences. What it could read is also kept, by key, in
/// [`Stored::loaded`], so the [`Saver`] knows what is really stored.
pub fn load(store: &dyn KeyValue) -> Result<Stored, StorageError> {
    let mut out = Stored::default();
    let builtin = TemplateLibrary::new(Builtin::shipped(), Vec::<Template>::new());
    let keys = store.keys()?;
    // Under another id's key: a clash when that id's own key is there too,
    // or another such value was read first.
    let elsewhere = |key: &str, own: String, read_first: bool| {
        key != own && (read_first || keys.contains(&own))
    };
    for key in keys.clone() {
        let is_draft = key.starts_with(DRAFT_PREFIX);
        let is_occasions = key == OCCASIONS_KEY;
        let is_branch = key.starts_with(BRANCH_PREFIX);
        if !is_draft && !is_occasions && !is_branch && !key.starts_with(TEMPLATE_PREFIX) {
            continue;
        }
        let Some(raw) = store.get(&key)? else {
            continue;
        };
        let mut unknown_to_saver = false;
        // Still sealed after the layer read it: it did not open (damaged,
        // cut short, another passphrase, a newer format).
        let read = if ziping_vault::is_sealed(&raw) {
            Err(format!("{}原内容保留未动。", lock::unopened(&raw)))
        } else if is_draft {
            Draft::from_json(&raw)
                .map_err(|e| e.to_string())
                .and_then(|d| {
                    let first = out.drafts.iter().any(|o| o.id == d.id);
                    unless_clash(elsewhere(&key, draft_key(&d.id), first), SAME_DRAFT_ID)
                        .map(|()| out.drafts.push(d))
                })
        } else if is_branch {
            Summary::from_json(&raw)
                .map_err(|e| e.to_string())
                .and_then(|s| {
                    let first = out.summaries.iter().any(|o| o.id == s.id);
                    unless_clash(elsewhere(&key, branch_key(&s.id), first), SAME_SUMMARY_ID)
                        .map(|()| out.summaries.push(s))
                })
        } else if is_occasions {
            OccasionSet::from_json(&raw)
                .map(|set| out.occasions = set.occasions)
                .map_err(|e| e.to_string())
        } else {
            match Template::from_json(&raw) {
                Err(e) => Err(e.to_string()),
                Ok(t) if builtin.is_builtin(&t.id) => Err(BUILTIN_ID.into()),
                // The same version under its own key too (an earlier
                // release's key beside it): the same text is that one,
                // removed at the next save; another text is kept unread.
                // Where its own key cannot be read (damaged, sealed under
                // another passphrase), this text is the one read, and its
                // key left as it is (not known to the Saver, never removed).
                Ok(t) if key != template_key(&t) && keys.contains(&template_key(&t)) => {
                    let own = store.get(&template_key(&t))?;
                    match own.map(|o| Template::from_json(&o)) {
                        Some(Ok(o)) if o == t => Ok(()),
                        Some(Ok(_)) => Err(SAME_TEMPLATE_VERSION.into()),
                        _ => {
                            out.templates.push(t);
                            unknown_to_saver = true;
                            Ok(())
                        }
                    }
                }
                Ok(t) => match out
                    .templates
                    .iter()
                    .find(|o| o.id == t.id && o.version == t.version)
                {
                    None => {
                        out.templates.push(t);
                        Ok(())
                    }
                    Some(first) if *first == t => Ok(()),
                    Some(_) => Err(SAME_TEMPLATE_VERSION.into()),
                },
            }
        };
        match read {
            Ok(()) if unknown_to_saver => {}
            Ok(()) => {
                out.loaded.insert(key, raw);
            }
            Err(error) => out.unreadable.push(Unreadable { key, raw, error }),
        }
    }
    sort_by(&mut out.templates, |a, b| {
        a.title
            .cmp(&b.title)
            .then(a.id.cmp(&b.id))
            .then(a.version.cmp(&b.version))
    });
    sort_by(&mut out.drafts, |a, b| {
        b.modified.cmp(&a.modified).then(a.id.cmp(&b.id))
    });
    sort_by(&mut out.unreadable, |a, b| a.key.cmp(&b.key));
    // Known to the Saver as stored (it replaces or removes it), never read
    // into the state: only the boot script reads it.
    if let Some(raw) = store.get(SNAPSHOT_KEY)? {
        out.loaded.insert(SNAPSHOT_KEY.to_string(), raw);
    }
    out.current = store.get(CURRENT_KEY)?;
    out.prefs = store
        .get(PREFS_KEY)?
        .and_then(|raw| Prefs::read(&parse(&raw).ok()?, At::ROOT).ok())
        .unwrap_or_default();
    Ok(out)
}

pub fn save_prefs(store: &mut dyn KeyValue, prefs: &Prefs) -> Result<(), StorageError> {
    let json = to_json(prefs);
    store.set(PREFS_KEY, &json)
}

/// 清除本机数据: removes every key of this app, readable or not. Keys of
/// other pages sharing the storage area are left alone. The lock record
/// goes last: a clear refused halfway never leaves sealed values in a store
/// that says it is plain.
pub fn clear_all(store: &mut dyn KeyValue) -> Result<(), StorageError> {
    let mut ours: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    if let Some(at) = ours.iter().position(|k| k == lock::LOCK_KEY) {
        let lock = ours.remove(at);
        ours.push(lock);
    }
    for key in ours {
        store.remove(&key)?;
    }
    Ok(())
}

/// Reads a `storage` event from another window: which draft changed and its
/// new value (`None` when removed). Values that cannot be read are ignored
/// here; they are reported at the next start like any unreadable value.
pub fn external_change(key: &str, new_value: Option<&str>) -> Option<(DraftId, Option<Draft>)> {
    let id = key.strip_prefix(DRAFT_PREFIX)?;
    match new_value {
        None => Some((id.into(), None)),
        Some(raw) => Draft::from_json(raw)
            .ok()
            .filter(|d| d.id == id)
            .map(|d| (id.into(), Some(d))),
    }
}
