//! The one application state and its reducer. It calls `assessment` for every
//! rule and adds none of its own; storage is written by the app's autosave
//! effect, never from here.

use std::rc::Rc;

use yew::Reducible;

use crate::assessment::{
    apply_drafts, builtin_occasions, builtin_templates, read_import, Draft, ImportError,
    ImportPlan, ItemLink, OccasionSet, OnConflict, Person, Rating, Template,
};
use crate::browser::now_ms;
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
    Standard,
}

/// A field of the person's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Unit,
    Position,
    Year,
}

impl PersonField {
    pub fn get(self, p: &Person) -> &str {
        match self {
            PersonField::Name => &p.name,
            PersonField::Unit => &p.unit,
            PersonField::Position => &p.position,
            PersonField::Year => &p.year,
        }
    }

    fn get_mut(self, p: &mut Person) -> &mut String {
        match self {
            PersonField::Name => &mut p.name,
            PersonField::Unit => &mut p.unit,
            PersonField::Position => &mut p.position,
            PersonField::Year => &mut p.year,
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

/// A file read and checked, waiting for the person to confirm.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub plan: ImportPlan,
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

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// Built-in templates first, then imported department templates.
    pub templates: Rc<Vec<Rc<Template>>>,
    /// How many of `templates` are built in.
    pub builtin: usize,
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
    pub import: Option<PendingImport>,
    pub import_notice: Option<ImportNotice>,
    /// Bumped when storage was cleared, so the autosave forgets what it
    /// believes is stored.
    pub storage_epoch: u32,
    /// The occasions a 材料 can be written for (built in, or a department's
    /// imported set for this session).
    pub occasions: Rc<OccasionSet>,
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
    /// The occasion the 材料 is written for (an occasion id).
    SetOccasion(String),
    /// The person's edit of the report; `None` goes back to the generated text.
    SetReportEdit(Option<String>),
    Show(Page),
    ShowTab(usize),
    /// A new draft over the built-in templates (`None`) or one imported template.
    NewDraft(Option<String>),
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
    /// A file was chosen or dropped: its bytes (or why they could not be
    /// read). It is checked here; nothing changes until ConfirmImport.
    ImportFile {
        file_name: String,
        content: Result<Vec<u8>, ImportError>,
    },
    SetOnConflict(OnConflict),
    ConfirmImport,
    CancelImport,
    DismissImportNotice,
    /// Every draft was exported as a backup.
    BackedUp,
    DismissBackupReminder,
}

/// A fresh draft id; time-based, with a random tail so two tabs never clash.
pub fn new_draft_id(now: i64) -> String {
    // Native code (the build-time prerender) has no JS: its one draft's id
    // is never stored or shown.
    #[cfg(target_arch = "wasm32")]
    let tail = (js_sys::Math::random() * 1_000_000.0) as u32;
    #[cfg(not(target_arch = "wasm32"))]
    let tail = 0;
    format!("d{now}-{tail:06}")
}

fn fresh_draft(templates: &[Rc<Template>], name: &str, now: i64) -> Rc<Draft> {
    let ts: Vec<Template> = templates.iter().map(|t| (**t).clone()).collect();
    Rc::new(Draft::new(new_draft_id(now), name, now, &ts))
}

impl AppState {
    /// The state at start: what storage holds, or a new draft on first use.
    pub fn from_stored(stored: Result<Stored, StorageError>, now: i64) -> AppState {
        let (stored, load_error) = match stored {
            Ok(s) => (s, None),
            Err(e) => (Stored::default(), Some(e)),
        };
        let builtin = builtin_templates();
        let builtin_count = builtin.len();
        let custom: Vec<Template> = stored
            .templates
            .into_iter()
            .filter(|t| !builtin.iter().any(|b| b.id == t.id))
            .collect();
        let templates: Rc<Vec<Rc<Template>>> =
            Rc::new(builtin.into_iter().chain(custom).map(Rc::new).collect());
        let mut drafts: Vec<Rc<Draft>> = stored.drafts.into_iter().map(Rc::new).collect();
        if drafts.is_empty() {
            drafts.push(fresh_draft(
                &templates[..builtin_count],
                "我的个人自评",
                now,
            ));
        }
        let current = stored
            .current
            .and_then(|id| drafts.iter().position(|d| d.id == id))
            .unwrap_or(0);
        AppState {
            templates,
            builtin: builtin_count,
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
            import: None,
            import_notice: None,
            storage_epoch: 0,
            occasions: Rc::new(builtin_occasions()),
        }
    }

    /// The imported department templates.
    pub fn custom_templates(&self) -> &[Rc<Template>] {
        &self.templates[self.builtin..]
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
            let builtin = &self.templates[..self.builtin];
            self.drafts
                .push(fresh_draft(builtin, "我的个人自评", now_ms()));
        }
        self.current = self.position(&current_id).unwrap_or(0);
        self.revision += 1;
        removed
    }
}

impl AppState {
    /// Applies a confirmed import; returns what to tell the person.
    fn apply_import(&mut self, p: PendingImport) -> String {
        match p.plan {
            ImportPlan::Template { template, .. } => {
                let mut all: Vec<Rc<Template>> = (*self.templates).clone();
                let message = format!("已导入模板“{}”，可在“新建自评”时选用。", template.title);
                match all.iter().position(|t| t.id == template.id) {
                    Some(i) => all[i] = Rc::new(*template),
                    None => all.push(Rc::new(*template)),
                }
                self.templates = Rc::new(all);
                self.revision += 1;
                message
            }
            ImportPlan::Occasions(set) => {
                let message = format!(
                    "已导入场合设置（{} 个场合），本次打开期间有效。",
                    set.occasions.len()
                );
                self.occasions = Rc::new(*set);
                self.revision += 1;
                message
            }
            ImportPlan::Drafts(incoming) => {
                let count = incoming.len();
                let unknown: usize = incoming.iter().map(|i| i.unknown_answers).sum();
                let current_id = self.draft().id.clone();
                let mut plain: Vec<Draft> = self.drafts.iter().map(|d| (**d).clone()).collect();
                let now = now_ms();
                apply_drafts(&mut plain, incoming, p.on_conflict, |n| {
                    new_draft_id(now + n as i64)
                });
                self.drafts = plain.into_iter().map(Rc::new).collect();
                self.current = self.position(&current_id).unwrap_or(0);
                // A replaced open draft shows the imported version.
                self.revision += 1;
                let mut message = format!("已从“{}”导入 {count} 份草稿。", p.file_name);
                if unknown > 0 {
                    message.push_str(&format!(
                        "其中 {unknown} 条答案对应的条目在当前模板中已不存在，已原样保留，但不计入得分。"
                    ));
                }
                message
            }
        }
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
            } => {
                let key = next.answer_key(&template, &item);
                next.edit(|d| d.answer_mut(&key.0, &key.1).rating = Some(rating))
            }
            Action::SetNote {
                template,
                item,
                field,
                value,
            } => {
                let key = next.answer_key(&template, &item);
                next.edit(|d| {
                    if field == NoteField::Evidence {
                        d.answer_mut(&key.0, &key.1).evidence = value;
                        return;
                    }
                    // The item's first problem, created when first written.
                    let link = ItemLink {
                        template: key.0.clone(),
                        item: key.1.clone(),
                    };
                    let first = d.problems_on(&key.0, &key.1).next().map(|p| p.id.clone());
                    let id = match first {
                        Some(id) => id,
                        None => d.add_problem(Some(link), ""),
                    };
                    let Some(p) = d.problem_mut(&id) else { return };
                    match field {
                        NoteField::Problem => p.text = value,
                        NoteField::Measure => p.measure = value,
                        NoteField::Deadline => p.deadline = value,
                        NoteField::Standard => p.standard = value,
                        NoteField::Evidence => {}
                    }
                })
            }
            Action::SetOccasion(id) => next.edit(|d| d.occasion = id),
            Action::SetPerson(field, value) => next.edit(|d| *field.get_mut(&mut d.person) = value),
            Action::SetCause(value) => next.edit(|d| d.cause = value),
            Action::SetReportEdit(value) => next.edit(|d| d.report_edit = value),
            Action::Show(page) => next.page = page,
            Action::ShowTab(tab) => next.tab = tab,
            Action::NewDraft(template) => {
                let custom =
                    template.and_then(|id| next.templates.iter().find(|t| t.id == id).cloned());
                let draft = match custom {
                    Some(t) => fresh_draft(
                        std::slice::from_ref(&t),
                        &format!("{}自评", t.title),
                        now_ms(),
                    ),
                    None => fresh_draft(
                        &next.templates[..next.builtin],
                        &format!("新的自评 {}", next.drafts.len() + 1),
                        now_ms(),
                    ),
                };
                next.drafts.insert(0, draft);
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
                    storage_epoch: next.storage_epoch + 1,
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
            Action::ImportFile { file_name, content } => match content.and_then(|bytes| {
                let templates: Vec<&Template> = next.templates.iter().map(|t| t.as_ref()).collect();
                let existing: Vec<&str> = next.drafts.iter().map(|d| d.id.as_str()).collect();
                read_import(&bytes, &templates, next.builtin, &existing)
            }) {
                Ok(plan) => {
                    next.import = Some(PendingImport {
                        file_name,
                        plan,
                        on_conflict: OnConflict::default(),
                    });
                    next.import_notice = None;
                }
                Err(error) => {
                    next.import = None;
                    next.import_notice = Some(ImportNotice::Failed { file_name, error });
                }
            },
            Action::SetOnConflict(on_conflict) => {
                if let Some(p) = next.import.as_mut() {
                    p.on_conflict = on_conflict;
                }
            }
            Action::ConfirmImport => {
                if let Some(p) = next.import.take() {
                    next.import_notice = Some(ImportNotice::Done(next.apply_import(p)));
                    next.page = Page::Drafts;
                }
            }
            Action::CancelImport => next.import = None,
            Action::DismissImportNotice => next.import_notice = None,
            Action::BackedUp => next.prefs.last_backup = Some(now_ms()),
            Action::DismissBackupReminder => next.prefs.reminder_dismissed = Some(now_ms()),
        }
        Rc::new(next)
    }
}

impl AppState {
    /// Where the answer to an item is kept (the shared statement's, if any).
    pub fn answer_key(&self, template: &str, item: &str) -> (String, String) {
        self.templates
            .iter()
            .find(|t| t.id == template)
            .and_then(|t| t.item(item).map(|i| t.answer_key(i)))
            .map_or((template.to_string(), item.to_string()), |(a, b)| {
                (a.to_string(), b.to_string())
            })
    }
}
