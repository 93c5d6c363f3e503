//! The Saver: brings the store in line with the drafts and templates in
//! memory, serialising and writing only what changed since it last wrote
//! (or loaded) it, and holding back the draft whose conflict is open.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::{
    branch_key, draft_key, template_key, KeyValue, SnapshotSource, StorageError, Stored,
    CURRENT_KEY, OCCASIONS_KEY, SNAPSHOT_KEY,
};
use ziping_core::{occasion_set, Draft, DraftId, OccasionLibrary, OccasionSet, Summary, Template};

/// What other windows stored, the newest per draft, each numbered in the
/// order it arrived. The Saver takes each once, so it never writes back what
/// the store already holds (a version taken from another window).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Elsewhere {
    last: u64,
    /// (number, draft id, their version; `None`: removed there).
    stored: Vec<(u64, DraftId, Option<Rc<Draft>>)>,
}

impl Elsewhere {
    /// Another window stored `draft` under `id` (`None`: removed it).
    pub fn record(&mut self, id: DraftId, draft: Option<Rc<Draft>>) {
        self.last += 1;
        self.stored.retain(|(_, other, _)| *other != id);
        self.stored.push((self.last, id, draft));
    }

    /// The number of the newest record (0: none yet).
    pub fn last(&self) -> u64 {
        self.last
    }
}

/// What a save brings the store in line with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveSet {
    pub drafts: Vec<Rc<Draft>>,
    pub templates: Vec<Rc<Template>>,
    /// The occasions; the imported ones are stored, as one occasions file.
    pub occasions: Rc<OccasionLibrary>,
    /// 支部汇总, each under its own key.
    pub summaries: Vec<Rc<Summary>>,
    /// The open draft.
    pub current: DraftId,
    /// A draft whose conflict with another window is open: its key is
    /// neither written nor removed until the person chooses.
    pub held: Option<DraftId>,
    pub elsewhere: Rc<Elsewhere>,
    /// What the open draft's snapshot for the boot script is made of;
    /// `None`: no snapshot is kept (its key is removed).
    pub snapshot: Option<SnapshotSource>,
}

/// What one save did, for tests and timing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Drafts, templates and imported occasions turned into JSON.
    pub serialised: usize,
    /// Keys written (the open draft's id included).
    pub written: usize,
    pub removed: usize,
}

/// The value the store holds under a key, as far as this Saver knows.
#[derive(Debug, Clone, PartialEq)]
struct Known {
    /// Its JSON; `None` when another window wrote it and only its draft is known.
    json: Option<String>,
    /// The value in memory it was serialised from (or read into); the same
    /// `Rc` next time means it has not changed.
    from: Option<Source>,
}

#[derive(Debug, Clone, PartialEq)]
enum Source {
    Draft(Rc<Draft>),
    Template(Rc<Template>),
    Occasions(Rc<OccasionLibrary>),
    Summary(Rc<Summary>),
    Snapshot(SnapshotSource),
}

impl Source {
    fn same(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::Draft(a), Source::Draft(b)) => Rc::ptr_eq(a, b),
            (Source::Template(a), Source::Template(b)) => Rc::ptr_eq(a, b),
            (Source::Occasions(a), Source::Occasions(b)) => Rc::ptr_eq(a, b),
            (Source::Summary(a), Source::Summary(b)) => Rc::ptr_eq(a, b),
            (Source::Snapshot(a), Source::Snapshot(b)) => a.same(b),
            _ => false,
        }
    }

    fn to_json(&self) -> String {
        match self {
            Source::Draft(d) => d.to_json(),
            Source::Template(t) => t.to_json(),
            Source::Occasions(o) => occasion_set(o.imported().to_vec()).to_json(),
            Source::Summary(s) => s.to_json(),
            Source::Snapshot(s) => s.snapshot().to_json(),
        }
    }
}

/// Our occasions file with the occasions of `theirs` (another window's
/// write) that ours lacks, by id, added at its end.
fn merged_occasions(ours: &str, theirs: &str) -> String {
    let (Ok(mut ours_set), Ok(theirs)) =
        (OccasionSet::from_json(ours), OccasionSet::from_json(theirs))
    else {
        return ours.to_string();
    };
    for o in theirs.occasions {
        if !ours_set.occasions.iter().any(|x| x.id == o.id) {
            ours_set.occasions.push(o);
        }
    }
    ours_set.to_json()
}

/// Remembers, by key, what the store holds of ours, so a save touches only
/// what changed. It starts from what `load()` actually read: a draft made
/// in memory but never written is not "stored" until the Saver writes it.
///
/// A value is serialised only when its `Rc` differs from the one the Saver
/// last wrote or compared (an unchanged draft keeps its `Rc`: see
/// `Library::edit_current`). The first save after a load serialises each
/// draft and template once: what `load()` read is known as text, not as the
/// `Rc` the state made of it; a value that reads back as written is then
/// not written again.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Saver {
    known: BTreeMap<String, Known>,
    current: Option<String>,
    /// The newest record of [`Elsewhere`] taken.
    elsewhere: u64,
    epoch: u32,
    /// Keys whose stored value could not be read: never written or removed
    /// (the imported occasions' one key above all).
    kept: Vec<String>,
}

impl Saver {
    /// A saver that knows exactly what `load()` read.
    pub fn from_loaded(stored: &Stored) -> Saver {
        let mut known = BTreeMap::new();
        for (key, raw) in &stored.loaded {
            let json = Some(raw.clone());
            known.insert(key.clone(), Known { json, from: None });
        }
        Saver {
            known,
            current: stored.current.clone(),
            elsewhere: 0,
            epoch: 0,
            kept: stored.unreadable.iter().map(|u| u.key.clone()).collect(),
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

    /// Writes drafts, templates and imported occasions that changed, removes the keys of those
    /// that are gone, records the open draft and its snapshot (or removes it); the held draft's key is
    /// left as it is. On failure, what was not written is tried again next
    /// time.
    pub fn sync(
        &mut self,
        store: &mut dyn KeyValue,
        set: &SaveSet,
    ) -> Result<SyncReport, StorageError> {
        self.take_elsewhere(&set.elsewhere);
        let mut report = SyncReport::default();
        let held = set.held.as_ref().map(|id| draft_key(id));
        let drafts = set
            .drafts
            .iter()
            .map(|d| (draft_key(&d.id), Source::Draft(Rc::clone(d))));
        let templates = set
            .templates
            .iter()
            .map(|t| (template_key(t), Source::Template(Rc::clone(t))));
        let occasions = (!set.occasions.imported().is_empty()).then(|| {
            let from = Source::Occasions(Rc::clone(&set.occasions));
            (OCCASIONS_KEY.to_string(), from)
        });
        let summaries = set
            .summaries
            .iter()
            .map(|s| (branch_key(&s.id), Source::Summary(Rc::clone(s))));
        // The snapshot goes after the drafts: it is written only once the
        // draft it describes is.
        let snapshot =
            (set.snapshot.clone()).map(|from| (SNAPSHOT_KEY.to_string(), Source::Snapshot(from)));
        let live: Vec<(String, Source)> = drafts
            .chain(templates)
            .chain(occasions)
            .chain(summaries)
            .chain(snapshot)
            .collect();
        for (key, from) in &live {
            if held.as_ref() != Some(key) {
                self.write_changed(store, key, from, &mut report)?;
            }
        }
        let gone: Vec<String> = self
            .known
            .keys()
            .filter(|k| held.as_ref() != Some(*k) && !live.iter().any(|(key, _)| key == *k))
            .cloned()
            .collect();
        for key in gone {
            store.remove(&key)?;
            self.known.remove(&key);
            report.removed += 1;
        }
        if self.current.as_deref() != Some(set.current.as_str()) {
            store.set(CURRENT_KEY, &set.current)?;
            self.current = Some(set.current.to_string());
            report.written += 1;
        }
        Ok(report)
    }

    /// What other windows stored since the last save is what the store holds.
    fn take_elsewhere(&mut self, elsewhere: &Elsewhere) {
        for (n, id, draft) in &elsewhere.stored {
            if *n <= self.elsewhere {
                continue;
            }
            let key = draft_key(id);
            match draft {
                Some(d) => {
                    let known = Known {
                        json: None,
                        from: Some(Source::Draft(Rc::clone(d))),
                    };
                    self.known.insert(key, known);
                }
                None => {
                    self.known.remove(&key);
                }
            }
        }
        self.elsewhere = self.elsewhere.max(elsewhere.last);
    }

    fn write_changed(
        &mut self,
        store: &mut dyn KeyValue,
        key: &str,
        from: &Source,
        report: &mut SyncReport,
    ) -> Result<(), StorageError> {
        let known = self.known.get(key);
        if self.kept.iter().any(|k| k == key)
            || known
                .and_then(|k| k.from.as_ref())
                .is_some_and(|f| f.same(from))
        {
            return Ok(());
        }
        let mut json = from.to_json();
        if let Source::Occasions(_) = from {
            // Another window may have stored occasions this one has not
            // seen: they are kept, not overwritten.
            let stored = store.get(key)?;
            if let Some(theirs) = stored.filter(|s| known.and_then(|k| k.json.as_ref()) != Some(s))
            {
                json = merged_occasions(&json, &theirs);
            }
        }
        if !matches!(from, Source::Snapshot(_)) {
            report.serialised += 1;
        }
        if known.and_then(|k| k.json.as_ref()) != Some(&json) {
            store.set(key, &json)?;
            report.written += 1;
        }
        let known = Known {
            json: Some(json),
            from: Some(from.clone()),
        };
        self.known.insert(key.to_string(), known);
        Ok(())
    }
}
