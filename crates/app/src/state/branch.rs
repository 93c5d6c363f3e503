//! 支部汇总 in the state: the 汇总 kept on this computer (one per branch and
//! year), the open one, the files of the last import with what became of
//! each, and member files dropped elsewhere, offered for the 汇总.

use std::rc::Rc;

use crate::storage::{branch_key, Unreadable};
use ziping_core::json::parse;
use ziping_core::{
    branch_file_kind, is_safe_id, parse_roster, typed_year, unparsed_branch_file, BranchError,
    BranchFile, Confirm, ImportError, MemberList, Summary, MAX_IMPORT_BYTES,
};

/// A file read: its name and bytes, or why they could not be read.
pub type FileRead = (String, Result<Vec<u8>, ImportError>);

/// What became of one file of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileResult {
    pub file_name: String,
    /// Imported (what changed), or refused: nothing changed.
    pub result: Result<String, String>,
}

/// The 支部汇总's part of the state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BranchState {
    /// Every 汇总 here, newest first.
    pub summaries: Vec<Rc<Summary>>,
    /// The one shown.
    pub open: Option<String>,
    /// What became of each file of the last import.
    pub results: Vec<FileResult>,
    /// Member files dropped on another screen, waiting for the person to
    /// take them into the 汇总.
    pub offered: Option<Rc<Vec<FileRead>>>,
}

/// An edit of the 支部汇总.
#[derive(Debug, Clone, PartialEq)]
pub enum BranchAction {
    /// A new, empty 汇总, opened.
    New {
        branch: String,
        year: String,
    },
    Open(String),
    /// The open 汇总's branch name and year.
    Rename {
        branch: String,
        year: String,
    },
    Delete(String),
    /// The open 汇总's 应交名单, as typed (names split by
    /// [`parse_roster`]).
    Roster(String),
    /// Files chosen or dropped (their bytes, or why they could not be
    /// read): members' lists merge into the open 汇总 (a new one when
    /// none is open); a 汇总 file is kept beside the others.
    Import(Vec<FileRead>),
    /// Files dropped on another screen, offered for the 汇总.
    Offer(Vec<FileRead>),
    TakeOffered,
    DropOffered,
    /// Takes a member (by their draft) and their rows out of the open 汇总.
    Remove(String),
    /// 确认销号 of a member's row (only one the member reports 已完成),
    /// or its withdrawal.
    Confirm {
        draft: String,
        problem: String,
        confirm: Option<Confirm>,
    },
    DismissResults,
}

/// Whether `bytes` are a branch file (a member's list or a 汇总).
pub fn branch_file(bytes: &[u8]) -> Option<BranchFile> {
    let text = std::str::from_utf8(bytes).ok()?;
    branch_file_kind(&parse(text.trim_start_matches('\u{feff}')).ok()?)
}

/// The id of a new 汇总, from a fresh draft id.
fn summary_id(fresh: &str) -> String {
    format!("b{}", fresh.trim_start_matches('d'))
}

impl BranchState {
    pub fn new(summaries: Vec<Summary>) -> BranchState {
        // Newest first; by id among those changed at the same time.
        let mut sorted: Vec<Rc<Summary>> = Vec::with_capacity(summaries.len());
        for s in summaries {
            let s_first = |h: &Rc<Summary>| (h.modified, &s.id) < (s.modified, &h.id);
            let at = sorted.iter().position(s_first).unwrap_or(sorted.len());
            sorted.insert(at, Rc::new(s));
        }
        BranchState {
            open: sorted.first().map(|s| s.id.clone()),
            summaries: sorted,
            ..BranchState::default()
        }
    }

    /// The 汇总 a backup brings: one the same as here changes nothing, one
    /// with an id here is kept beside it.
    pub(super) fn add(
        &mut self,
        incoming: Vec<Summary>,
        held: &[Unreadable],
        fresh: &mut dyn FnMut() -> String,
    ) {
        for s in incoming {
            if let Some(id) = self.keep(s, held, fresh) {
                self.open.get_or_insert(id);
            }
        }
    }

    /// Keeps `s` first in the list, under a fresh id when its own is taken
    /// here, by a stored value kept unread (`held`: under its own key it
    /// could never be saved), or unsafe as a key; its id, or none when the
    /// same 汇总 is already here.
    fn keep(
        &mut self,
        mut s: Summary,
        held: &[Unreadable],
        fresh: &mut dyn FnMut() -> String,
    ) -> Option<String> {
        if self.summaries.iter().any(|h| **h == s) {
            return None;
        }
        if !is_safe_id(&s.id)
            || self.summaries.iter().any(|h| h.id == s.id)
            || held.iter().any(|u| u.key == branch_key(&s.id))
        {
            s.id = summary_id(&fresh());
        }
        let id = s.id.clone();
        self.summaries.insert(0, Rc::new(s));
        Some(id)
    }

    /// The open 汇总.
    pub fn summary(&self) -> Option<&Rc<Summary>> {
        let open = self.open.as_deref()?;
        self.summaries.iter().find(|s| s.id == open)
    }

    fn open_mut(&mut self) -> Option<&mut Summary> {
        let open = self.open.clone()?;
        let s = self.summaries.iter_mut().find(|s| s.id == open)?;
        Some(Rc::make_mut(s))
    }

    /// Applies `action`; whether anything to be stored changed. `held`:
    /// the stored values kept unread (a 汇总 brought in takes none of
    /// their ids).
    pub fn apply(
        &mut self,
        action: BranchAction,
        now: i64,
        held: &[Unreadable],
        fresh: &mut dyn FnMut() -> String,
    ) -> bool {
        match action {
            BranchAction::New { branch, year } => {
                let s = Summary::new(&summary_id(&fresh()), &branch, &year, now);
                self.open = Some(s.id.clone());
                self.summaries.insert(0, Rc::new(s));
                self.results.clear();
                true
            }
            BranchAction::Open(id) => {
                if self.summaries.iter().any(|s| s.id == id) {
                    self.open = Some(id);
                    self.results.clear();
                }
                false
            }
            BranchAction::Rename { branch, year } => match self.open_mut() {
                Some(s) if s.branch != branch.trim() || s.year != typed_year(&year) => {
                    s.branch = branch.trim().to_string();
                    s.year = typed_year(&year);
                    s.modified = now;
                    true
                }
                _ => false,
            },
            BranchAction::Roster(text) => match self.open_mut() {
                Some(s) if s.roster != parse_roster(&text) => {
                    s.roster = parse_roster(&text);
                    s.modified = now;
                    true
                }
                _ => false,
            },
            BranchAction::Delete(id) => {
                let before = self.summaries.len();
                self.summaries.retain(|s| s.id != id);
                if self.open.as_deref() == Some(id.as_str()) {
                    self.open = self.summaries.first().map(|s| s.id.clone());
                }
                before != self.summaries.len()
            }
            BranchAction::Import(files) => self.import(files, now, held, fresh),
            BranchAction::Offer(files) => {
                self.offered = Some(Rc::new(files));
                false
            }
            BranchAction::TakeOffered => match self.offered.take() {
                Some(files) => self.import(Rc::unwrap_or_clone(files), now, held, fresh),
                None => false,
            },
            BranchAction::DropOffered => {
                self.offered = None;
                false
            }
            BranchAction::Confirm {
                draft,
                problem,
                confirm,
            } => self
                .open_mut()
                .is_some_and(|s| s.confirm(&draft, &problem, confirm, now)),
            BranchAction::Remove(draft) => self.open_mut().is_some_and(|s| s.remove(&draft, now)),
            BranchAction::DismissResults => {
                self.results.clear();
                false
            }
        }
    }

    /// Imports a batch: each file on its own; a bad one is refused with its
    /// name and changes nothing, the good ones still come in.
    fn import(
        &mut self,
        files: Vec<FileRead>,
        now: i64,
        held: &[Unreadable],
        fresh: &mut dyn FnMut() -> String,
    ) -> bool {
        self.results.clear();
        let mut changed = false;
        for (file_name, content) in files {
            let result = match content {
                Ok(bytes) => self.import_one(&bytes, now, held, fresh),
                Err(e) => Err(e.to_string()),
            };
            changed |= result.is_ok();
            // Said once, wherever the message already says it.
            let result = result.map_err(|e| match e.contains("未作改动。") {
                true => e,
                false => format!("{e}未作改动。"),
            });
            self.results.push(FileResult { file_name, result });
        }
        changed
    }

    fn import_one(
        &mut self,
        bytes: &[u8],
        now: i64,
        held: &[Unreadable],
        fresh: &mut dyn FnMut() -> String,
    ) -> Result<String, String> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { bytes: bytes.len() }.to_string());
        }
        // Not text (a member's .xlsx or .docx sent instead): what to ask for.
        let text = std::str::from_utf8(bytes)
            .map_err(|_| BranchError::NotJson(BranchFile::List).to_string())?;
        let value = parse(text.trim_start_matches('\u{feff}'))
            .map_err(|_| unparsed_branch_file(text).to_string())?;
        match branch_file_kind(&value) {
            Some(BranchFile::Summary) => {
                let s = Summary::from_value(&value).map_err(|e| e.to_string())?;
                let title = s.title();
                match self.keep(s, held, fresh) {
                    Some(id) => {
                        self.open = Some(id);
                        Ok(format!("已导入“{title}”。"))
                    }
                    None => Ok(format!("“{title}”本机已有，内容相同。")),
                }
            }
            _ => {
                let list = MemberList::from_value(&value).map_err(|e| e.to_string())?;
                let name = list.name.clone();
                if self.summary().is_none() {
                    let s = Summary::new(&summary_id(&fresh()), "", &list.year, now);
                    self.open = Some(s.id.clone());
                    self.summaries.insert(0, Rc::new(s));
                }
                let Some(s) = self.open_mut() else {
                    return Err(String::new());
                };
                // A refused merge leaves the 汇总 as it was.
                let report = s.merge(list, now).map_err(|e| e.to_string())?;
                Ok(report.message(&name))
            }
        }
    }
}
