//! Edits of the ledger (整改台账) and carrying a draft into next year. Every
//! rule comes from `ziping-core`; this only applies the person's edits.

use std::rc::Rc;

use ziping_core::{carry_over, DraftId, RowStatus, TemplateRef};

use super::action::{LedgerEdit, LedgerField};
use super::AppState;

/// Applies `edit` to the open draft; false when nothing changed.
pub fn apply_ledger(state: &mut AppState, edit: LedgerEdit, now: i64) -> bool {
    let mut changed = true;
    let edited = state.library.edit_current(now, |d| match edit {
        LedgerEdit::Set { id, field, value } => match d.problem_mut(&id) {
            Some(p) => {
                *match field {
                    LedgerField::Owner => &mut p.owner,
                    LedgerField::Progress => &mut p.progress,
                    LedgerField::Closed => &mut p.closed,
                    LedgerField::Remark => &mut p.remark,
                } = value
            }
            None => changed = false,
        },
        LedgerEdit::Status { id, status } => match d.problem_mut(&id) {
            Some(p) => {
                p.status = status;
                if status == RowStatus::Done {
                    p.close_on(now);
                }
            }
            None => changed = false,
        },
    });
    changed && edited
}

/// 结转到下一年度: a new draft from `from` (the open one when it is not
/// found), over the newest versions of its templates, opened. Returns the
/// id of the draft it was carried from.
pub fn carry(state: &mut AppState, from: &DraftId, now: i64, id: DraftId) -> DraftId {
    let lib = &mut state.library;
    let source = match lib.position(from) {
        Some(i) => Rc::clone(&lib.drafts[i]),
        None => Rc::clone(lib.draft()),
    };
    let templates: Vec<TemplateRef> = source
        .templates
        .iter()
        .map(|r| {
            lib.templates
                .latest(&r.id)
                .map_or(r.clone(), |t| t.reference())
        })
        .collect();
    let window = state
        .occasions
        .get(&source.occasion)
        .and_then(|o| o.date_window);
    let draft = carry_over(&source, id, now, templates, window);
    let from = source.id.clone();
    lib.add_first(Rc::new(draft));
    from
}
