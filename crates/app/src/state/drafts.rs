//! The drafts library: every draft, the open one (by id), the last deleted
//! one for undo, and the template library they are scored with.

use std::rc::Rc;

use ziping_core::{
    assessed_year, duplicate_name, renamed, undo_index, Draft, DraftId, Template, TemplateLibrary,
    FIRST_DRAFT_NAME,
};

/// The last deleted draft and where it stood, for undo while the page is open.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub draft: Rc<Draft>,
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    pub templates: Rc<TemplateLibrary>,
    /// Never empty.
    pub drafts: Vec<Rc<Draft>>,
    /// The open draft; always one of `drafts`.
    pub current: DraftId,
    pub deleted: Option<Deleted>,
}

/// A new, empty draft over `templates`.
pub(super) fn fresh_draft(
    templates: &[Rc<Template>],
    name: &str,
    now: i64,
    id: DraftId,
) -> Rc<Draft> {
    let mut draft = Draft::new(id, name, now, &[]);
    draft.person.year = assessed_year(now);
    draft.templates = templates.iter().map(|t| t.reference()).collect();
    Rc::new(draft)
}

impl Library {
    /// Where the answer to `item` of the open draft's `template` is kept
    /// (the statement it shares, where it shares one).
    pub fn answer_key(&self, template: &str, item: &str) -> (String, String) {
        self.templates
            .templates_of(self.draft())
            .iter()
            .find(|t| t.id == template)
            .and_then(|t| t.item(item).map(|i| t.answer_key(i)))
            .map_or((template.to_string(), item.to_string()), |(a, b)| {
                (a.to_string(), b.to_string())
            })
    }

    /// The library at start: the stored drafts with the last opened one
    /// open, or a first draft when there is none.
    pub fn new(
        templates: TemplateLibrary,
        drafts: Vec<Draft>,
        current: Option<String>,
        now: i64,
        new_id: &mut dyn FnMut() -> DraftId,
    ) -> Library {
        let mut library = Library {
            templates: Rc::new(templates),
            drafts: drafts.into_iter().map(Rc::new).collect(),
            current: DraftId::default(),
            deleted: None,
        };
        library.ensure_one(now, new_id);
        library.current = current
            .filter(|id| library.position(id).is_some())
            .map(DraftId::from)
            .unwrap_or_else(|| library.drafts[0].id.clone());
        library
    }

    /// The open draft.
    pub fn draft(&self) -> &Rc<Draft> {
        let i = self.position(&self.current).unwrap_or(0);
        &self.drafts[i]
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.drafts.iter().position(|d| d.id == id)
    }

    /// After the last draft went: a new first draft, opened.
    pub(super) fn ensure_one(&mut self, now: i64, new_id: &mut dyn FnMut() -> DraftId) {
        if self.drafts.is_empty() {
            let builtin = self.templates.current_builtin();
            let draft = fresh_draft(&builtin, FIRST_DRAFT_NAME, now, new_id());
            self.current = draft.id.clone();
            self.drafts.push(draft);
        }
        if self.position(&self.current).is_none() {
            self.current = self.drafts[0].id.clone();
        }
    }

    /// Changes the open draft with `f` and, when that changed anything,
    /// stamps it modified; true when it changed. An edit that writes what is
    /// already there leaves the draft as it was, the same `Rc` included.
    pub(super) fn edit_current(&mut self, now: i64, f: impl FnOnce(&mut Draft)) -> bool {
        let i = self.position(&self.current).unwrap_or(0);
        let before = Rc::clone(&self.drafts[i]);
        let draft = Rc::make_mut(&mut self.drafts[i]);
        f(draft);
        if *draft == *before {
            self.drafts[i] = before;
            return false;
        }
        draft.modified = now;
        true
    }

    /// Changes the open draft without stamping it modified: a note of what
    /// the person has seen, not an edit (the autosave writes it all the
    /// same; another window takes it as no conflict: `same_apart_from_seen`).
    pub(super) fn note_current(&mut self, f: impl FnOnce(&mut Draft)) {
        let i = self.position(&self.current).unwrap_or(0);
        f(Rc::make_mut(&mut self.drafts[i]));
    }

    /// Stamps the open draft modified without changing it, so the autosave
    /// writes it again.
    pub(super) fn stamp_current(&mut self, now: i64) {
        let i = self.position(&self.current).unwrap_or(0);
        Rc::make_mut(&mut self.drafts[i]).modified = now;
    }

    /// Adds a draft at the top and opens it.
    pub(super) fn add_first(&mut self, draft: Rc<Draft>) {
        self.current = draft.id.clone();
        self.drafts.insert(0, draft);
    }

    pub(super) fn open(&mut self, id: &str) -> bool {
        match self.position(id) {
            Some(i) => {
                self.current = self.drafts[i].id.clone();
                true
            }
            None => false,
        }
    }

    pub(super) fn rename(&mut self, id: &str, name: &str, now: i64) -> bool {
        match (self.position(id), renamed(name)) {
            (Some(i), Some(name)) => {
                let d = Rc::make_mut(&mut self.drafts[i]);
                d.name = name;
                d.modified = now;
                true
            }
            _ => false,
        }
    }

    /// A copy right after the original; the open draft stays open.
    pub(super) fn duplicate(&mut self, id: &str, now: i64, new_id: DraftId) -> bool {
        let Some(i) = self.position(id) else {
            return false;
        };
        let mut copy = (*self.drafts[i]).clone();
        copy.id = new_id;
        copy.name = duplicate_name(&copy.name);
        copy.created = now;
        copy.modified = now;
        self.drafts.insert(i + 1, Rc::new(copy));
        true
    }

    /// Removes a draft, keeping it for undo. Deleting the open draft opens
    /// the first one left; deleting the last one makes a new first draft.
    pub(super) fn delete(
        &mut self,
        id: &str,
        now: i64,
        new_id: &mut dyn FnMut() -> DraftId,
    ) -> bool {
        let Some(index) = self.position(id) else {
            return false;
        };
        let draft = self.drafts.remove(index);
        self.deleted = Some(Deleted { draft, index });
        self.ensure_one(now, new_id);
        true
    }

    pub(super) fn undo_delete(&mut self) -> bool {
        let Some(Deleted { draft, index }) = self.deleted.take() else {
            return false;
        };
        if self.position(&draft.id).is_some() {
            // It came back meanwhile (another window, an import): keep that one.
            return false;
        }
        let index = undo_index(index, self.drafts.len());
        self.drafts.insert(index, draft);
        true
    }

    /// Removes a draft without undo (it was deleted in another window).
    pub(super) fn forget(&mut self, index: usize, now: i64, new_id: &mut dyn FnMut() -> DraftId) {
        self.drafts.remove(index);
        self.ensure_one(now, new_id);
    }

    /// Every draft the library must keep templates for (the deleted one too,
    /// so undo finds its template).
    pub(super) fn in_use(&self) -> impl Iterator<Item = &Draft> {
        self.drafts
            .iter()
            .map(|d| d.as_ref())
            .chain(self.deleted.iter().map(|d| d.draft.as_ref()))
    }
}
