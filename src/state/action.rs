//! Everything that can happen to the state.

use crate::assessment::{
    Draft, DraftId, ImportError, ItemId, OnConflict, Person, Rating, TemplateId,
};
use crate::storage::StorageError;

use super::Page;

/// A text field of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteField {
    Evidence,
    Problem,
    Measure,
    Deadline,
    Cause,
}

/// A field of the person's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Unit,
    Position,
    Year,
    Occasion,
}

impl PersonField {
    pub fn get(self, p: &Person) -> &str {
        match self {
            PersonField::Name => &p.name,
            PersonField::Unit => &p.unit,
            PersonField::Position => &p.position,
            PersonField::Year => &p.year,
            PersonField::Occasion => &p.occasion,
        }
    }

    pub(super) fn get_mut(self, p: &mut Person) -> &mut String {
        match self {
            PersonField::Name => &mut p.name,
            PersonField::Unit => &mut p.unit,
            PersonField::Position => &mut p.position,
            PersonField::Year => &mut p.year,
            PersonField::Occasion => &mut p.occasion,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Rate {
        template: TemplateId,
        item: ItemId,
        rating: Rating,
    },
    SetNote {
        template: TemplateId,
        item: ItemId,
        field: NoteField,
        value: String,
    },
    SetPerson(PersonField, String),
    SetCause(String),
    /// The person's edit of the report; `None` goes back to the generated text.
    SetReportEdit(Option<String>),
    Show(Page),
    ShowTab(usize),
    /// A new draft over the built-in templates (`None`) or one imported template.
    NewDraft(Option<TemplateId>),
    OpenDraft(DraftId),
    RenameDraft(DraftId, String),
    DuplicateDraft(DraftId),
    DeleteDraft(DraftId),
    UndoDelete,
    /// After the person confirmed 清除本机数据 and storage was cleared.
    ClearAll,
    /// Another window wrote (`Some`) or removed (`None`) a draft.
    ExternalChange {
        id: DraftId,
        draft: Option<Box<Draft>>,
    },
    /// Resolve a conflict: keep this window's version, or take theirs.
    ResolveConflict {
        keep_mine: bool,
    },
    /// The autosave wrote `revision` (or failed); `Ok` carries the local time.
    Saved {
        revision: u64,
        result: Result<String, StorageError>,
    },
    SetFontScale(u16),
    /// 本机加密: lock after this many seconds without use.
    SetLockIdle(u32),
    /// A file was chosen or dropped: its bytes (or why they could not be
    /// read). It is checked here; nothing changes until ConfirmImport.
    ImportFile {
        file_name: String,
        content: Result<Vec<u8>, ImportError>,
    },
    /// An encrypted backup was chosen: it waits for its passphrase, then
    /// comes back opened as `ImportFile`.
    ImportSealed {
        file_name: String,
        text: String,
    },
    SetOnConflict(OnConflict),
    ConfirmImport,
    CancelImport,
    DismissImportNotice,
    /// Every draft was exported as a backup.
    BackedUp,
    DismissBackupReminder,
}
