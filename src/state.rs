//! The one application state and its reducer. It calls `assessment` for every
//! rule and adds none of its own; storage is written by the app's effect,
//! never from here.

use std::rc::Rc;

use yew::Reducible;

use crate::assessment::{builtin_templates, Draft, Rating, Template};
use crate::storage::{StorageError, Stored, Unreadable};

/// Where the last save stands, for the header.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    /// Saved at this local time ("14:03:12").
    Saved(String),
    Failed(StorageError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub templates: Rc<Vec<Rc<Template>>>,
    pub drafts: Vec<Draft>,
    /// Index into `drafts` of the open draft.
    pub current: usize,
    /// Index into the open draft's templates of the tab shown.
    pub tab: usize,
    pub save: SaveStatus,
    /// Bumped on every edit of a draft; the autosave effect watches it.
    pub revision: u64,
    /// Stored values that could not be read, kept untouched.
    pub unreadable: Vec<Unreadable>,
    /// Set when storage could not even be read at start.
    pub load_error: Option<StorageError>,
}

pub enum Action {
    Rate {
        template: String,
        item: String,
        rating: Rating,
    },
    ShowTab(usize),
    Saved(Result<String, StorageError>),
}

/// A fresh draft id; time-based, with a random tail so two tabs never clash.
pub fn new_draft_id(now: i64) -> String {
    let tail = (js_sys::Math::random() * 1_000_000.0) as u32;
    format!("d{now}-{tail:06}")
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
        let mut drafts = stored.drafts;
        if drafts.is_empty() {
            drafts.push(Draft::new(
                new_draft_id(now),
                "我的个人自评",
                now,
                &builtin_templates(),
            ));
        }
        let current = stored
            .current
            .and_then(|id| drafts.iter().position(|d| d.id == id))
            .unwrap_or(0);
        AppState {
            templates,
            drafts,
            current,
            tab: 0,
            save: SaveStatus::Idle,
            revision: 0,
            unreadable: stored.unreadable,
            load_error,
        }
    }

    pub fn draft(&self) -> &Draft {
        &self.drafts[self.current]
    }

    /// The templates the open draft covers, in its order.
    pub fn draft_templates(&self) -> Vec<Rc<Template>> {
        self.draft()
            .templates
            .iter()
            .filter_map(|r| self.templates.iter().find(|t| t.id == r.id).cloned())
            .collect()
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
                let draft = &mut next.drafts[next.current];
                draft.answer_mut(&template, &item).rating = Some(rating);
                draft.modified = js_sys::Date::now() as i64;
                next.revision += 1;
            }
            Action::ShowTab(tab) => next.tab = tab,
            Action::Saved(result) => {
                next.save = match result {
                    Ok(time) => SaveStatus::Saved(time),
                    Err(e) => SaveStatus::Failed(e),
                }
            }
        }
        Rc::new(next)
    }
}
