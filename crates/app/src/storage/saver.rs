//! The Saver: brings the store in line with the drafts and templates in
//! memory, writing only what changed since it last wrote (or loaded) it.

use std::collections::BTreeMap;

use super::{draft_key, template_key, KeyValue, StorageError, Stored, CURRENT_KEY, OCCASIONS_KEY};
use ziping_core::{occasion_set, Draft, DraftId, Occasion, Template};

/// Remembers, by key, what the store holds of ours, so a save touches only
/// what changed. It starts from what `load()` actually read: a draft made
/// in memory but never written is not "stored" until the Saver writes it.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Saver {
    written: BTreeMap<String, String>,
    current: Option<String>,
    epoch: u32,
}

fn entries(
    drafts: &[&Draft],
    templates: &[&Template],
    occasions: &[Occasion],
) -> BTreeMap<String, String> {
    let occasions = (!occasions.is_empty()).then(|| {
        (
            OCCASIONS_KEY.to_string(),
            occasion_set(occasions.to_vec()).to_json(),
        )
    });
    drafts
        .iter()
        .map(|d| (draft_key(&d.id), d.to_json()))
        .chain(templates.iter().map(|t| (template_key(t), t.to_json())))
        .chain(occasions)
        .collect()
}

impl Saver {
    /// A saver that knows exactly what `load()` read.
    pub fn from_loaded(stored: &Stored) -> Saver {
        Saver {
            written: stored.loaded.clone(),
            current: stored.current.clone(),
            epoch: 0,
        }
    }

    /// A saver for a store that holds nothing of ours (after 清除本机数据);
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

    /// Writes drafts, templates and the imported occasions where they
    /// changed, removes the keys of those that are gone, and records the
    /// open draft. On failure, what was not
    /// written is tried again next time.
    pub fn sync(
        &mut self,
        store: &mut dyn KeyValue,
        drafts: &[&Draft],
        templates: &[&Template],
        occasions: &[Occasion],
        current: &DraftId,
    ) -> Result<(), StorageError> {
        let now = entries(drafts, templates, occasions);
        for (key, json) in &now {
            if self.written.get(key) != Some(json) {
                store.set(key, json)?;
                self.written.insert(key.clone(), json.clone());
            }
        }
        let gone: Vec<String> = self
            .written
            .keys()
            .filter(|k| !now.contains_key(*k))
            .cloned()
            .collect();
        for key in gone {
            store.remove(&key)?;
            self.written.remove(&key);
        }
        if self.current.as_deref() != Some(current.as_str()) {
            store.set(CURRENT_KEY, current)?;
            self.current = Some(current.to_string());
        }
        Ok(())
    }
}
