//! The one application state and its reducer. It calls `assessment` for every
//! rule and adds none of its own; storage is written by the app's autosave
//! effect, never from here.

use std::rc::Rc;

use yew::Reducible;

use crate::assessment::{builtin_templates, Draft, Person, Rating, Template};
use crate::storage::{Prefs, StorageError, Stored, Unreadable};

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
}

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

    fn get_mut(self, p: &mut Person) -> &mut String {
        match self {
            PersonField::Name => &mut p.name,
            PersonField::Unit => &mut p.unit,
            PersonField::Position => &mut p.position,
            PersonField::Year => &mut p.year,
            PersonField::Occasion => &mut p.occasion,
        }
    }
}

/// The open draft was changed in another window or tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// Their version; `None` when it was deleted there.
    pub theirs: Option<Draft>,
}

/// The last deleted draft and where it stood, for undo while the page is open.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub draft: Rc<Draft>,
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub templates: Rc<Vec<Rc<Template>>>,
    pub drafts: Vec<Rc<Draft>>,
    /// Index into `drafts` of the open draft.
    pub current: usize,
    pub page: Page,
    /// Index into the open draft's templates of the checklist shown.
    pub tab: usize,
    pub save: SaveStatus,
    /// Bumped on every change that must be saved; the autosave effect watches it.
    pub revision: u64,
    /// Stored values that could not be read, kept untouched.
    pub unreadable: Vec<Unreadable>,
    /// Set when storage could not even be read at start.
    pub load_error: Option<StorageError>,
    pub conflict: Option<Conflict>,
    pub deleted: Option<Deleted>,
    pub prefs: Prefs,
}

pub enum Action {
    Rate {
        template: String,
        item: String,
        rating: Rating,
    },
    SetNote {
        template: String,
        item: String,
        field: NoteField,
        value: String,
    },
    SetPerson(PersonField, String),
    SetCause(String),
    /// The person's edit of the report; `None` goes back to the generated text.
    SetReportEdit(Option<String>),
    Show(Page),
    ShowTab(usize),
    NewDraft,
    OpenDraft(String),
    RenameDraft(String, String),
    DuplicateDraft(String),
    DeleteDraft(String),
    UndoDelete,
    /// After the person confirmed 清除本机数据 and storage was cleared.
    ClearAll,
    /// Another window wrote (`Some`) or removed (`None`) a draft.
    ExternalChange {
        id: String,
        draft: Option<Box<Draft>>,
    },
    /// Resolve a [`Conflict`]: keep this window's version, or take theirs.
    ResolveConflict {
        keep_mine: bool,
    },
    Saved(Result<String, StorageError>),
    SetFontScale(u16),
}

/// A fresh draft id; time-based, with a random tail so two tabs never clash.
pub fn new_draft_id(now: i64) -> String {
    let tail = (js_sys::Math::random() * 1_000_000.0) as u32;
    format!("d{now}-{tail:06}")
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

fn fresh_draft(templates: &[Rc<Template>], name: &str, now: i64) -> Rc<Draft> {
    let ts: Vec<Template> = templates.iter().map(|t| (**t).clone()).collect();
    Rc::new(Draft::new(new_draft_id(now), name, now, &ts))
}

impl AppState {
    /// The state at start: what storage holds, or a new draft on first use.
    pub fn from_stored(stored: Result<Stored, StorageError>, now: i64) -> AppState {
        let templates: Rc<Vec<Rc<Template>>> =
            Rc::new(builtin_templates().into_iter().map(Rc::new).collect());
        let (stored, load_error) = match stored {
            Ok(s) => (s, None),
            Err(e) => (Stored::default(), Some(e)),
        };
        let mut drafts: Vec<Rc<Draft>> = stored.drafts.into_iter().map(Rc::new).collect();
        if drafts.is_empty() {
            drafts.push(fresh_draft(&templates, "我的个人自评", now));
        }
        let current = stored
            .current
            .and_then(|id| drafts.iter().position(|d| d.id == id))
            .unwrap_or(0);
        AppState {
            templates,
            drafts,
            current,
            page: Page::Checklist,
            tab: 0,
            save: SaveStatus::Idle,
            revision: 0,
            unreadable: stored.unreadable,
            load_error,
            conflict: None,
            deleted: None,
            prefs: stored.prefs,
        }
    }

    pub fn draft(&self) -> &Draft {
        &self.drafts[self.current]
    }

    /// The templates the open draft covers, in its order.
    pub fn draft_templates(&self) -> Vec<Rc<Template>> {
        self.templates_of(self.draft())
    }

    pub fn templates_of(&self, draft: &Draft) -> Vec<Rc<Template>> {
        draft
            .templates
            .iter()
            .filter_map(|r| self.templates.iter().find(|t| t.id == r.id).cloned())
            .collect()
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.drafts.iter().position(|d| d.id == id)
    }

    /// Edits the open draft and marks it for saving.
    fn edit(&mut self, f: impl FnOnce(&mut Draft)) {
        let draft = Rc::make_mut(&mut self.drafts[self.current]);
        f(draft);
        draft.modified = now_ms();
        self.revision += 1;
    }

    fn open(&mut self, index: usize) {
        self.current = index;
        self.tab = 0;
        self.conflict = None;
        self.revision += 1;
    }

    fn remove(&mut self, index: usize) -> Rc<Draft> {
        let current_id = self.draft().id.clone();
        let removed = self.drafts.remove(index);
        if self.drafts.is_empty() {
            self.drafts
                .push(fresh_draft(&self.templates, "我的个人自评", now_ms()));
        }
        self.current = self.position(&current_id).unwrap_or(0);
        self.revision += 1;
        removed
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Rate {
                template,
                item,
                rating,
            } => next.edit(|d| d.answer_mut(&template, &item).rating = Some(rating)),
            Action::SetNote {
                template,
                item,
                field,
                value,
            } => next.edit(|d| {
                let a = d.answer_mut(&template, &item);
                *match field {
                    NoteField::Evidence => &mut a.evidence,
                    NoteField::Problem => &mut a.problem,
                    NoteField::Measure => &mut a.measure,
                    NoteField::Deadline => &mut a.deadline,
                    NoteField::Cause => &mut a.cause,
                } = value;
            }),
            Action::SetPerson(field, value) => next.edit(|d| *field.get_mut(&mut d.person) = value),
            Action::SetCause(value) => next.edit(|d| d.cause = value),
            Action::SetReportEdit(value) => next.edit(|d| d.report_edit = value),
            Action::Show(page) => next.page = page,
            Action::ShowTab(tab) => next.tab = tab,
            Action::NewDraft => {
                let name = format!("新的自评 {}", next.drafts.len() + 1);
                next.drafts
                    .insert(0, fresh_draft(&next.templates, &name, now_ms()));
                next.open(0);
                next.page = Page::Checklist;
            }
            Action::OpenDraft(id) => {
                if let Some(i) = next.position(&id) {
                    next.open(i);
                    next.page = Page::Checklist;
                }
            }
            Action::RenameDraft(id, name) => {
                let name = name.trim();
                if let (Some(i), false) = (next.position(&id), name.is_empty()) {
                    let d = Rc::make_mut(&mut next.drafts[i]);
                    d.name = name.to_string();
                    d.modified = now_ms();
                    next.revision += 1;
                }
            }
            Action::DuplicateDraft(id) => {
                if let Some(i) = next.position(&id) {
                    let now = now_ms();
                    let mut copy = (*next.drafts[i]).clone();
                    copy.id = new_draft_id(now);
                    copy.name = format!("{}（副本）", copy.name);
                    copy.created = now;
                    copy.modified = now;
                    next.drafts.insert(i + 1, Rc::new(copy));
                    if next.current > i {
                        next.current += 1;
                    }
                    next.revision += 1;
                }
            }
            Action::DeleteDraft(id) => {
                if let Some(i) = next.position(&id) {
                    let draft = next.remove(i);
                    next.deleted = Some(Deleted { draft, index: i });
                }
            }
            Action::UndoDelete => {
                if let Some(Deleted { draft, index }) = next.deleted.take() {
                    let current_id = next.draft().id.clone();
                    let index = index.min(next.drafts.len());
                    next.drafts.insert(index, draft);
                    next.current = next.position(&current_id).unwrap_or(0);
                    next.revision += 1;
                }
            }
            Action::ClearAll => {
                let fresh = AppState::from_stored(Ok(Stored::default()), now_ms());
                next = AppState {
                    page: Page::Checklist,
                    ..fresh
                };
            }
            Action::ExternalChange { id, draft } => match (next.position(&id), draft.map(|d| *d)) {
                (Some(i), Some(theirs)) if *next.drafts[i] == theirs => {}
                (Some(i), theirs) if i == next.current => next.conflict = Some(Conflict { theirs }),
                (Some(i), Some(theirs)) => next.drafts[i] = Rc::new(theirs),
                (Some(i), None) => {
                    let current_id = next.draft().id.clone();
                    next.drafts.remove(i);
                    next.current = next.position(&current_id).unwrap_or(0);
                }
                (None, Some(theirs)) => next.drafts.push(Rc::new(theirs)),
                (None, None) => {}
            },
            Action::ResolveConflict { keep_mine } => {
                if let Some(Conflict { theirs }) = next.conflict.take() {
                    match (keep_mine, theirs) {
                        // Touching it makes the autosave write this version back.
                        (true, _) => next.edit(|_| {}),
                        (false, Some(theirs)) => next.drafts[next.current] = Rc::new(theirs),
                        (false, None) => {
                            next.remove(next.current);
                        }
                    }
                }
            }
            Action::Saved(result) => {
                next.save = match result {
                    Ok(time) => SaveStatus::Saved(time),
                    Err(e) => SaveStatus::Failed(e),
                }
            }
            Action::SetFontScale(scale) => next.prefs.font_scale = scale,
        }
        Rc::new(next)
    }
}
