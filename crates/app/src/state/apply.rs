//! The pure reducer: one function from (state, action, time, id source) to
//! the next state.

use std::rc::Rc;

use crate::storage::Stored;
use ziping_core::{new_draft_name, template_draft_name, Draft, DraftId, ImportPlan, Seen};

use super::drafts::fresh_draft;
use super::{
    Action, AppState, BranchAction, Conflict, DroppedEdit, ImportNotice, NoteField, Page,
    ReportEdit, SaveStatus, SealedImport,
};

/// Applies `action` to `state`. `now` is the time (ms since the epoch) and
/// `new_id` makes fresh draft ids; nothing else from outside is read.
pub fn apply(state: &mut AppState, action: Action, now: i64, new_id: &mut dyn FnMut() -> DraftId) {
    // While a conflict holds the open draft back: whether this window
    // changes it (screens seen aside), which closing the window would lose.
    let held = (state.notices.conflict.as_ref()).map(|_| Rc::clone(state.draft()));
    act(state, action, now, new_id);
    if let (Some(before), Some(c)) = (held, &mut state.notices.conflict) {
        if c.id == state.library.current && !state.library.draft().same_apart_from_seen(&before) {
            c.typed = true;
        }
    }
}

fn act(state: &mut AppState, action: Action, now: i64, new_id: &mut dyn FnMut() -> DraftId) {
    let lib = &mut state.library;
    match action {
        Action::Rate {
            template,
            item,
            rating,
        } => {
            // A shared statement is answered where it is kept.
            let (t, i) = lib.answer_key(&template, &item);
            if lib.edit_current(now, |d| d.answer_mut(&t, &i).rating = Some(rating)) {
                state.touch();
            }
        }
        Action::SetNote {
            template,
            item,
            field: NoteField::Evidence,
            value,
        } => {
            let (t, i) = lib.answer_key(&template, &item);
            if lib.edit_current(now, |d| d.answer_mut(&t, &i).evidence = value) {
                state.touch();
            }
        }
        Action::Material(edit) => {
            if super::material::apply_edit(state, edit, now) {
                state.touch();
            }
        }
        Action::Ledger(edit) => {
            if super::ledger::apply_ledger(state, edit, now) {
                state.touch();
            }
        }
        Action::CarryOver(from) => {
            let from = super::ledger::carry(state, &from, now, new_id());
            state.opened();
            // It opens at its first task: last year's problems (结果与报告).
            state.nav.page = Page::Results;
            state.nav.carried = Some(from);
            state.touch();
        }
        Action::SetPerson(field, value) => {
            if lib.edit_current(now, |d| field.set(&mut d.person, value)) {
                state.touch();
            }
        }
        Action::SetCause(value) => {
            if lib.edit_current(now, |d| d.cause = value) {
                state.touch();
            }
        }
        Action::Report(edit) => {
            let open = lib.draft();
            let dropped = match (&edit, &open.report_edit) {
                (ReportEdit::Follow, Some(text)) => Some(Some(DroppedEdit {
                    draft: open.id.clone(),
                    occasion: open.occasion.clone(),
                    text: text.clone(),
                    base: open.report_base.clone(),
                })),
                (ReportEdit::Undo, _) => Some(None),
                _ => None,
            };
            // 撤销 applies to the draft and occasion it was dropped from.
            let undo = state.notices.dropped_edit.take().filter(|e| {
                matches!(edit, ReportEdit::Undo)
                    && e.draft == open.id
                    && e.occasion == open.occasion
            });
            let change = |d: &mut Draft| match edit {
                ReportEdit::Edit { text, base } => d.edit_report(text, base),
                ReportEdit::Follow => d.follow_report(),
                ReportEdit::Keep { base } => d.keep_report_edit(base),
                ReportEdit::Undo => {
                    if let Some(e) = undo {
                        d.restore_report(e.text, e.base);
                    }
                }
            };
            if lib.edit_current(now, change) {
                state.touch();
            }
            if let Some(dropped) = dropped {
                state.notices.dropped_edit = dropped;
            }
        }
        Action::Show(page) => {
            state.nav.page = page;
            // The path ticks 材料 and 台账 once they are seen: noted, not an
            // edit (the draft's 修改时间 stays).
            let screen = match page {
                Page::Results => Some(Seen::Material),
                Page::Ledger => Some(Seen::Ledger),
                _ => None,
            };
            if let Some(s) = screen.filter(|s| !lib.draft().seen.contains(s)) {
                lib.note_current(|d| d.mark_seen(s));
                state.touch();
            }
        }
        Action::ShowTab(tab) => state.nav.tab = tab,
        Action::CompareWith(id) => state.nav.compare_with = Some(id),
        Action::NewDraft(template) => {
            let custom = template.and_then(|id| lib.templates.latest(&id).cloned());
            let draft = match custom {
                Some(t) => fresh_draft(
                    std::slice::from_ref(&t),
                    &template_draft_name(&t.title),
                    now,
                    new_id(),
                ),
                None => fresh_draft(
                    &lib.templates.current_builtin(),
                    &new_draft_name(lib.drafts.len()),
                    now,
                    new_id(),
                ),
            };
            lib.add_first(draft);
            state.opened();
            state.touch();
        }
        Action::OpenDraft(id) => {
            if lib.open(&id) {
                state.opened();
                state.touch();
            }
        }
        Action::RenameDraft(id, name) => {
            if lib.rename(&id, &name, now) {
                state.touch();
            }
        }
        Action::DuplicateDraft(id) => {
            if lib.duplicate(&id, now, new_id()) {
                state.touch();
            }
        }
        Action::DeleteDraft(id) => {
            let was_open = lib.current == id;
            if lib.delete(&id, now, new_id) {
                if was_open {
                    state.nav.tab = 0;
                    state.notices.conflict = None;
                }
                state.touch();
            }
        }
        Action::UndoDelete => {
            if lib.undo_delete() {
                state.touch();
            }
        }
        Action::Clear => {
            state.persist.clearing = true;
            state.notices.clear_failed = None;
        }
        // Only the answer to a request.
        Action::Cleared(_) if !state.persist.clearing => {}
        Action::Cleared(Err(e)) => {
            state.persist.clearing = false;
            state.notices.clear_failed = Some(e);
        }
        Action::Cleared(Ok(())) => {
            let builtin = lib.templates.builtin().to_vec();
            let mut fresh = AppState::from_stored(Ok(Stored::default()), builtin, now, new_id);
            // Nothing to save: storage is empty and the fresh draft holds
            // nothing yet; the autosave forgets what it wrote (new epoch).
            fresh.persist.revision = state.persist.revision;
            fresh.persist.saved_revision = state.persist.revision;
            fresh.persist.storage_epoch = state.persist.storage_epoch + 1;
            *state = fresh;
        }
        Action::ExternalChange { id, draft } => {
            let theirs = draft.map(|d| Rc::new(*d));
            // The store now holds theirs; for an equal draft, ours is as good.
            let stored = match (lib.position(&id), &theirs) {
                (Some(i), Some(t)) if lib.drafts[i] == *t => Some(Rc::clone(&lib.drafts[i])),
                _ => theirs.clone(),
            };
            Rc::make_mut(&mut state.persist.elsewhere).record(id.clone(), stored);
            match (lib.position(&id), theirs) {
                (Some(i), Some(theirs)) if lib.drafts[i] == theirs => {}
                // Only the screens seen differ: both windows' notes kept.
                (Some(i), Some(theirs)) if lib.drafts[i].same_apart_from_seen(&theirs) => {
                    let ours = Rc::make_mut(&mut lib.drafts[i]);
                    for s in theirs.seen.iter().copied() {
                        ours.mark_seen(s);
                    }
                    if *ours != *theirs {
                        state.touch();
                    }
                }
                (Some(_), theirs) if lib.current == id => {
                    // Typed here: a change not yet saved, or one held back
                    // by the conflict this one replaces (the other drafts'
                    // saves move `saved_revision` meanwhile).
                    let typed = state.persist.revision > state.persist.saved_revision
                        || state
                            .notices
                            .conflict
                            .as_ref()
                            .is_some_and(|c| c.id == id && c.typed);
                    state.notices.conflict = Some(Conflict { id, theirs, typed })
                }
                (Some(i), Some(theirs)) => lib.drafts[i] = theirs,
                (Some(i), None) => lib.forget(i, now, new_id),
                (None, Some(theirs)) => lib.drafts.push(theirs),
                (None, None) => {}
            }
        }
        Action::ResolveConflict { keep_mine } => {
            if let Some(Conflict { theirs, .. }) = state.notices.conflict.take() {
                match (keep_mine, theirs) {
                    // Touching it makes the autosave write this version back.
                    (true, _) => lib.stamp_current(now),
                    (false, Some(theirs)) => {
                        let i = lib.position(&lib.current).unwrap_or(0);
                        lib.drafts[i] = theirs;
                    }
                    (false, None) => {
                        let i = lib.position(&lib.current).unwrap_or(0);
                        lib.forget(i, now, new_id);
                        state.nav.tab = 0;
                    }
                }
                state.touch();
            }
        }
        Action::Saved { revision, result } => match result {
            Ok(time) => {
                state.persist.save = SaveStatus::Saved(time);
                state.persist.saved_revision = state.persist.saved_revision.max(revision);
            }
            Err(e) => state.persist.save = SaveStatus::Failed(e),
        },
        Action::SetFontScale(scale) => state.prefs.font_scale = scale,
        Action::SetLockIdle(secs) => state.prefs.lock_idle_secs = secs,
        Action::Rekey(rekey) => {
            state.persist.rekey = Some(rekey);
            state.notices.passphrase = None;
        }
        Action::Rekeyed(result) => {
            // Only the answer to a request.
            if let Some(rekey) = state.persist.rekey.take() {
                state.notices.passphrase = Some(result.map(|kept| rekey.done_message(kept)));
            }
        }
        // A member's list or a 汇总: for the 支部汇总, at once on its
        // screen, else offered.
        Action::ImportFile {
            file_name,
            content: Ok(bytes),
        } if super::branch_file(&bytes).is_some() => {
            apply(
                state,
                Action::ImportFiles(vec![(file_name, Ok(bytes))]),
                now,
                new_id,
            );
        }
        Action::ImportFiles(mut files) => {
            // On the 支部汇总 every file is read as a member's list, one
            // alone too: a backup or a .docx chosen there is refused there,
            // with what to ask for, never imported into the secretary's
            // own drafts.
            let branch = state.nav.page == Page::Branch
                || files
                    .iter()
                    .any(|(_, c)| c.as_ref().is_ok_and(|b| super::branch_file(b).is_some()));
            if branch {
                state.import.pending = None;
                state.import.notice = None;
                let action = match state.nav.page {
                    Page::Branch => BranchAction::Import(files),
                    _ => BranchAction::Offer(files),
                };
                apply(state, Action::Branch(action), now, new_id);
            } else if !files.is_empty() {
                let (file_name, content) = files.swap_remove(0);
                let read = Action::ImportFile { file_name, content };
                apply(state, read, now, new_id);
            }
        }
        // Dropped alone on the 支部汇总: read as a member's list there, as a
        // file chosen there is (never a backup into the secretary's drafts).
        Action::ImportFile { file_name, content }
            if state.nav.page == Page::Branch && !state.import.restore =>
        {
            apply(
                state,
                Action::ImportFiles(vec![(file_name, content)]),
                now,
                new_id,
            );
        }
        Action::ImportFile { file_name, content } => {
            state
                .import
                .read(&state.library, &state.occasions, file_name, content);
            if std::mem::take(&mut state.import.restore) {
                state.restore(now, new_id);
            }
        }
        Action::Branch(action) => {
            if matches!(action, BranchAction::TakeOffered) {
                state.nav.page = Page::Branch;
            }
            let mut fresh = || new_id().to_string();
            if (state.branch).apply(action, now, &state.notices.unreadable, &mut fresh) {
                state.touch();
            }
        }
        Action::RestoreNext => state.import.restore = true,
        Action::SetOnConflict(on_conflict) => {
            if let Some(p) = state.import.pending.as_mut() {
                p.on_conflict = on_conflict;
            }
        }
        Action::ConfirmImport => {
            // Over the fresh draft of a first start (a new PC): the backup
            // takes its place and opens, as a restore does.
            if state.over_fresh() {
                state.take_over_fresh(now, new_id);
                state.nav.page = Page::Drafts;
                state.touch();
            } else {
                let before = state.library.drafts.len();
                if state.import.confirm(
                    &mut state.library,
                    &mut state.occasions,
                    &mut state.branch,
                    new_id,
                    &state.notices.unreadable,
                ) {
                    // Listed, not opened (the draft open is the person's
                    // own): the notice says where they are.
                    if let (true, Some(ImportNotice::Done(m))) = (
                        state.library.drafts.len() > before,
                        &mut state.import.notice,
                    ) {
                        m.push_str("导入的草稿在下方列表中，点它的“打开”接着写。");
                    }
                    state.library.ensure_one(now, new_id);
                    state.nav.page = Page::Drafts;
                    state.touch();
                }
            }
        }
        Action::ImportSealed { file_name, text } => {
            state.import.pending = None;
            state.import.notice = None;
            state.import.sealed = Some(SealedImport {
                file_name,
                text: Rc::new(text),
            });
        }
        Action::CancelImport => {
            state.import.restore = false;
            state.import.pending = None;
            state.import.sealed = None;
        }
        Action::DismissImportNotice => state.import.notice = None,
        Action::BackedUp => state.prefs.last_backup = Some(now),
        Action::DismissBackupReminder => state.prefs.reminder_dismissed = Some(now),
    }
}

impl AppState {
    /// Whether a pending import of drafts comes over the store's one
    /// untouched fresh draft (a first start's): anything else (a draft
    /// another window added meanwhile, one rated) stays.
    fn over_fresh(&self) -> bool {
        matches!(&self.import.pending, Some(p) if matches!(*p.plan, ImportPlan::Drafts(_)))
            && matches!(&self.library.drafts[..], [only] if only.is_untouched())
    }

    /// 忘记口令's backup, read into the store just cleared: confirmed at
    /// once, taking the fresh draft's place ([`AppState::take_over_fresh`]).
    fn restore(&mut self, now: i64, new_id: &mut dyn FnMut() -> DraftId) {
        if self.import.pending.is_none() {
            return;
        }
        self.take_over_fresh(now, new_id);
        // The passphrase went with the clearing: said where the restore is.
        if let Some(ImportNotice::Done(said)) = &mut self.import.notice {
            said.push_str("口令已随清除一并取消，如需加密，请在“本机加密”中重新设置。");
        }
        self.nav.page = Page::Drafts;
        self.touch();
    }

    /// Confirms the pending import; a backup's drafts take the place of the
    /// untouched fresh draft (no empty one of the same name beside them),
    /// and the newest of them opens.
    fn take_over_fresh(&mut self, now: i64, new_id: &mut dyn FnMut() -> DraftId) {
        if self.over_fresh() {
            self.library.drafts.clear();
        }
        let lib = &mut self.library;
        let before: Vec<DraftId> = lib.drafts.iter().map(|d| d.id.clone()).collect();
        let held = self.notices.unreadable.clone();
        self.import
            .confirm(lib, &mut self.occasions, &mut self.branch, new_id, &held);
        let newest = (lib.drafts.iter())
            .filter(|d| !before.contains(&d.id))
            .max_by_key(|d| d.modified)
            .map(|d| d.id.clone());
        if let Some(id) = newest {
            lib.current = id;
        }
        lib.ensure_one(now, new_id);
        self.opened();
    }

    /// Another draft was opened: its first checklist, no stale conflict.
    fn opened(&mut self) {
        self.nav = super::Nav {
            page: Page::Checklist,
            tab: 0,
            compare_with: None,
            carried: None,
        };
        self.notices.conflict = None;
        self.notices.dropped_edit = None;
    }
}
