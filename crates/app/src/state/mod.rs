//! The one application state, grouped by concern, and its reducer.
//!
//! [`apply`] is pure: the clock and new ids come in as arguments, every rule
//! and every sentence comes from `ziping-core`, and storage is written by the
//! UI's effects (the autosave and the storage requests), never from here: a
//! request is recorded in the state, the effect does it and reports back. The UI crate's `AppReducer` is a thin
//! wrapper that supplies the time and a random id. Native tests: `tests/state.rs`.

mod action;
mod apply;
mod branch;
mod clear;
mod drafts;
mod import;
mod ledger;
mod material;

use std::rc::Rc;

pub use action::{
    Action, Edit, LedgerEdit, LedgerField, NoteField, PersonField, ProblemField, ReportEdit,
};
pub use apply::apply;
pub use branch::{branch_file, BranchAction, BranchState, FileRead, FileResult};
pub use clear::{clear_failed_message, clear_list};
pub use drafts::Library;
pub use import::{ImportFlow, ImportNotice, PendingImport, SealedImport};

use crate::storage::lock::Rekey;
use crate::storage::{
    Elsewhere, Prefs, SaveSet, Snapshot, SnapshotSource, StorageError, Stored, Unreadable,
};
use ziping_core::{
    builtin_occasions, Backup, Builtin, Draft, DraftId, OccasionLibrary, Template, TemplateLibrary,
};

/// Where the last save stands, for the header.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    /// Saved at this local time ("14:03:12").
    Saved(String),
    Failed(StorageError),
}

/// The screen shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Checklist,
    Results,
    Drafts,
    /// 整改台账
    Ledger,
    /// 对比两份草稿
    Compare,
    /// 支部汇总
    Branch,
}

/// What is shown: the screen, the checklist tab and the draft the open one
/// is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nav {
    pub page: Page,
    /// Index into the open draft's templates of the checklist shown.
    pub tab: usize,
    /// The draft chosen in the comparison; `None`: the one the open draft was
    /// carried from.
    pub compare_with: Option<DraftId>,
    /// The open draft was just carried from this one (结转到下一年度): the
    /// banner with the way back shows until another draft is opened.
    pub carried: Option<DraftId>,
}

/// Where saving stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Persist {
    pub save: SaveStatus,
    /// Bumped on every change that must be saved; the autosave watches it.
    pub revision: u64,
    /// The highest revision known to be stored.
    pub saved_revision: u64,
    /// Bumped when storage was cleared, so the autosave forgets what it
    /// believes is stored.
    pub storage_epoch: u32,
    /// What other windows stored, so the Saver does not write it back.
    pub elsewhere: Rc<Elsewhere>,
    /// 清除本机数据 was confirmed and the storage effect has not yet said
    /// how it went.
    pub clearing: bool,
    /// 本机加密: a passphrase to set, change or remove, waiting for the
    /// storage effect.
    pub rekey: Option<Rekey>,
}

/// The open draft was changed in another window or tab. While it is open,
/// this window does not write that draft ([`AppState::save_set`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The draft it is about (the open one).
    pub id: DraftId,
    /// Their version; `None` when it was deleted there.
    pub theirs: Option<Rc<Draft>>,
    /// Something here is not in the store: a change not yet saved when the
    /// conflict opened, or one made to the draft since (screens seen
    /// aside). Closing the window then loses it, so the browser asks
    /// first; otherwise it closes without asking.
    pub typed: bool,
}

/// What the person is told about the stored data.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notices {
    /// Stored values that could not be read, kept untouched.
    pub unreadable: Rc<Vec<Unreadable>>,
    /// Set when storage could not even be read at start.
    pub load_error: Option<StorageError>,
    pub conflict: Option<Conflict>,
    /// Why the last 清除本机数据 failed: nothing was changed.
    pub clear_failed: Option<StorageError>,
    /// How the last passphrase change went (本机加密): what to say.
    pub passphrase: Option<Result<String, StorageError>>,
    /// The hand-edited 材料 恢复为自动生成的文本 dropped, for 撤销 while
    /// the page is open.
    pub dropped_edit: Option<DroppedEdit>,
}

/// A hand-edited 材料 dropped by 恢复为自动生成的文本.
#[derive(Debug, Clone, PartialEq)]
pub struct DroppedEdit {
    pub draft: DraftId,
    pub occasion: String,
    pub text: String,
    pub base: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub library: Library,
    pub nav: Nav,
    pub persist: Persist,
    pub import: ImportFlow,
    pub notices: Notices,
    pub prefs: Prefs,
    /// The occasions a 材料 can be written for: built in, and those imported
    /// (stored, and carried by backups).
    pub occasions: Rc<OccasionLibrary>,
    /// 支部汇总
    pub branch: BranchState,
}

impl AppState {
    /// The state at start: what storage holds, or a new draft on first use.
    pub fn from_stored(
        stored: Result<Stored, StorageError>,
        builtin: Vec<impl Into<Builtin>>,
        now: i64,
        new_id: &mut dyn FnMut() -> DraftId,
    ) -> AppState {
        let (stored, load_error) = match stored {
            Ok(s) => (s, None),
            Err(e) => (Stored::default(), Some(e)),
        };
        let templates = TemplateLibrary::new(builtin, stored.templates);
        let branch = BranchState::new(stored.summaries);
        AppState {
            library: Library::new(templates, stored.drafts, stored.current, now, new_id),
            nav: Nav {
                page: Page::Checklist,
                tab: 0,
                compare_with: None,
                carried: None,
            },
            persist: Persist {
                save: SaveStatus::Idle,
                revision: 0,
                saved_revision: 0,
                storage_epoch: 0,
                elsewhere: Rc::default(),
                clearing: false,
                rekey: None,
            },
            import: ImportFlow::default(),
            notices: Notices {
                unreadable: Rc::new(stored.unreadable),
                load_error,
                conflict: None,
                clear_failed: None,
                passphrase: None,
                dropped_edit: None,
            },
            prefs: stored.prefs,
            occasions: Rc::new(OccasionLibrary::new(builtin_occasions(), stored.occasions)),
            branch,
        }
    }

    /// The open draft.
    pub fn draft(&self) -> &Rc<Draft> {
        self.library.draft()
    }

    /// The templates the open draft covers, each in the version it records.
    pub fn draft_templates(&self) -> Vec<Rc<Template>> {
        self.library.templates.templates_of(self.draft())
    }

    /// A backup of one draft, or of every draft (`None`), carrying the
    /// department templates and imported occasions they use; a backup of
    /// every draft carries the 支部汇总 too.
    pub fn backup(&self, only: Option<&str>, now: i64, app_version: &str) -> Backup {
        let drafts = self.library.drafts.iter();
        let drafts = drafts.filter(|d| only.is_none_or(|id| d.id == id));
        let drafts = drafts.map(|d| (**d).clone()).collect();
        let mut backup = Backup::new(drafts, now, app_version)
            .carrying(&self.library.templates, &self.occasions);
        if only.is_none() {
            backup.branches = self
                .branch
                .summaries
                .iter()
                .map(|s| (**s).clone())
                .collect();
        }
        backup
    }

    /// The open draft's 问题清单（报支部） at `now`, under the aspects its
    /// occasion reports problems under.
    pub fn member_list(&self, now: i64) -> ziping_core::MemberList {
        let draft = self.draft();
        let templates = self.draft_templates();
        let refs: Vec<&Template> = templates.iter().map(|t| &**t).collect();
        let fallback = builtin_occasions();
        let occasion = self
            .occasions
            .get(&draft.occasion)
            .or_else(|| fallback.occasions.first());
        match occasion {
            Some(o) => ziping_core::member_list(draft, o, &refs, now),
            None => ziping_core::MemberList::default(),
        }
    }

    /// What the autosave brings the store in line with: every draft,
    /// department template and imported occasion, the open draft and its
    /// snapshot, and the draft whose conflict is
    /// open, which is held back until the person chooses.
    pub fn save_set(&self) -> SaveSet {
        SaveSet {
            drafts: self.library.drafts.clone(),
            templates: self.library.templates.custom().to_vec(),
            occasions: Rc::clone(&self.occasions),
            summaries: self.branch.summaries.clone(),
            current: self.library.current.clone(),
            held: self.notices.conflict.as_ref().map(|c| c.id.clone()),
            elsewhere: Rc::clone(&self.persist.elsewhere),
            snapshot: self.snapshot_source(),
        }
    }

    /// The open draft as the prerendered first screen would show it, when
    /// that screen can ([`AppState::snapshot_source`]).
    pub fn snapshot(&self) -> Option<Snapshot> {
        self.snapshot_source().map(|s| s.snapshot())
    }

    /// What the open draft's snapshot is made of, when the prerendered first
    /// screen can show it: the draft's templates are the built-in ones a new
    /// draft gets (the prerendered ids and versions) and the font scale is
    /// 100 %; not while its conflict with another window is open (the store
    /// may hold their version). Never kept while a passphrase is set: the
    /// lock's layer drops it (`storage::lock`).
    pub fn snapshot_source(&self) -> Option<SnapshotSource> {
        let draft = self.draft();
        if self
            .notices
            .conflict
            .as_ref()
            .is_some_and(|c| c.id == draft.id)
        {
            return None;
        }
        let prerendered = self.library.templates.current_builtin();
        let templates = self.draft_templates();
        SnapshotSource::of(
            draft,
            &templates,
            &prerendered,
            &self.occasions,
            self.prefs.font_scale,
        )
    }

    /// Marks a change that must be saved.
    fn touch(&mut self) {
        self.persist.revision += 1;
    }
}
