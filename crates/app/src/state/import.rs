//! The import flow: a file read and checked, waiting for the person to
//! confirm, and the message about the last import.

use std::rc::Rc;

use ziping_core::{
    apply_drafts, beside, read_import, Draft, DraftId, Here, ImportError, ImportPlan,
    OccasionLibrary, OnConflict, Placed,
};

use super::{BranchState, Library};
use crate::storage::{draft_key, Unreadable};

/// A file read and checked, waiting for the person to confirm.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    /// Behind an `Rc`: a 2 MB backup is not copied on every keystroke.
    pub plan: Rc<ImportPlan>,
    pub on_conflict: OnConflict,
}

/// A message about the last import, for the person to read and dismiss.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportNotice {
    Done(String),
    Failed {
        file_name: String,
        error: ImportError,
    },
}

/// An encrypted backup (本机加密) waiting for its passphrase.
#[derive(Debug, Clone, PartialEq)]
pub struct SealedImport {
    pub file_name: String,
    pub text: Rc<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportFlow {
    pub pending: Option<PendingImport>,
    pub notice: Option<ImportNotice>,
    pub sealed: Option<SealedImport>,
    /// The next file read is 忘记口令's backup (`Action::RestoreNext`).
    pub restore: bool,
}

impl ImportFlow {
    /// Checks a file against the library; nothing changes but this flow.
    pub(super) fn read(
        &mut self,
        library: &Library,
        occasions: &OccasionLibrary,
        file_name: String,
        content: Result<Vec<u8>, ImportError>,
    ) {
        self.sealed = None;
        let drafts: Vec<&str> = library.drafts.iter().map(|d| d.id.as_str()).collect();
        let here = Here {
            templates: &library.templates,
            occasions,
            drafts: &drafts,
        };
        match content.and_then(|bytes| read_import(&bytes, here)) {
            Ok(plan) => {
                self.pending = Some(PendingImport {
                    file_name,
                    plan: Rc::new(plan),
                    on_conflict: OnConflict::default(),
                });
                self.notice = None;
            }
            Err(error) => {
                self.pending = None;
                self.notice = Some(ImportNotice::Failed { file_name, error });
            }
        }
    }

    /// Applies the confirmed import to the library and the occasions; false
    /// when none was pending. A backup's drafts come in first, then the
    /// templates and occasions they carry (so no version they use is pruned).
    pub(super) fn confirm(
        &mut self,
        library: &mut Library,
        occasions: &mut Rc<OccasionLibrary>,
        branch: &mut BranchState,
        new_id: &mut dyn FnMut() -> DraftId,
        held: &[Unreadable],
    ) -> bool {
        let Some(p) = self.pending.take() else {
            return false;
        };
        self.notice = Some(ImportNotice::Done(p.plan.done_message(&p.file_name)));
        match Rc::unwrap_or_clone(p.plan) {
            ImportPlan::Template { template, placed } => {
                let template = match placed {
                    Placed::Same | Placed::Beside { added: false, .. } => None,
                    Placed::New => Some(*template),
                    Placed::Beside { to, .. } => Some(beside(&template, &to)),
                };
                let mut templates = (*library.templates).clone();
                match template {
                    Some(t) => templates.add_custom(t, library.in_use()),
                    // Nothing to add; versions no draft uses still go.
                    None => templates.prune(library.in_use()),
                }
                library.templates = Rc::new(templates);
            }
            ImportPlan::Occasions { set, .. } => {
                Rc::make_mut(occasions).add(set.occasions);
            }
            ImportPlan::Drafts(plan) => {
                let mut plain: Vec<Draft> = library.drafts.iter().map(|d| (**d).clone()).collect();
                // A value kept unread under a draft's key takes no other.
                let kept = |id: &DraftId| held.iter().any(|u| u.key == draft_key(id));
                apply_drafts(&mut plain, plan.incoming, p.on_conflict, |_| new_id(), kept);
                library.drafts = plain.into_iter().map(Rc::new).collect();
                if !plan.templates.is_empty() {
                    let mut templates = (*library.templates).clone();
                    for t in plan.templates {
                        templates.add_custom(t, library.in_use());
                    }
                    library.templates = Rc::new(templates);
                }
                if !plan.occasions.is_empty() {
                    Rc::make_mut(occasions).add(plan.occasions);
                }
                branch.add(plan.branches, held, &mut || new_id().to_string());
            }
        }
        true
    }
}
