//! The import flow: a file read and checked, waiting for the person to
//! confirm, and the message about the last import.

use std::rc::Rc;

use ziping_core::{apply_drafts, read_import, Draft, DraftId, ImportError, ImportPlan, OnConflict};

use super::Library;

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
}

impl ImportFlow {
    /// Checks a file against the library; nothing changes but this flow.
    pub(super) fn read(
        &mut self,
        library: &Library,
        file_name: String,
        content: Result<Vec<u8>, ImportError>,
    ) {
        self.sealed = None;
        let existing: Vec<&str> = library.drafts.iter().map(|d| d.id.as_str()).collect();
        match content.and_then(|bytes| read_import(&bytes, &library.templates, &existing)) {
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

    /// Applies the confirmed import to the library; false when none was pending.
    pub(super) fn confirm(
        &mut self,
        library: &mut Library,
        new_id: &mut dyn FnMut() -> DraftId,
    ) -> bool {
        let Some(p) = self.pending.take() else {
            return false;
        };
        self.notice = Some(ImportNotice::Done(p.plan.done_message(&p.file_name)));
        match Rc::unwrap_or_clone(p.plan) {
            ImportPlan::Template { template, .. } => {
                let mut templates = (*library.templates).clone();
                templates.add_custom(*template, library.in_use());
                library.templates = Rc::new(templates);
            }
            // The occasions are taken by the state (see `state::material`).
            ImportPlan::Occasions(_) => {}
            ImportPlan::Drafts(incoming) => {
                let mut plain: Vec<Draft> = library.drafts.iter().map(|d| (**d).clone()).collect();
                apply_drafts(&mut plain, incoming, p.on_conflict, |_| new_id());
                library.drafts = plain.into_iter().map(Rc::new).collect();
            }
        }
        true
    }
}
