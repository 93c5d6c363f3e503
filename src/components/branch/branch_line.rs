//! One row of the 汇总 (a function of `Branch`, not a component of its
//! own): a member's problem as reported (as sent: the print and the exports
//! tidy it, `branch_table`; tidying 1,200 rows on every filter cost the
//! screen its 16 ms), its status and overdue mark, and
//! the 完成标准 and 整改进展 the member reports (what the branch closes a
//! row on), and the branch's 确认销号, which the member's own status never sets: one
//! click confirms it on the day, then its date and note can be changed, or
//! it is withdrawn.

use yew::prelude::*;

use crate::reducer::Dispatcher;
use ziping_app::state::{Action, BranchAction};
use ziping_core::{CivilDate, Confirm, RowStatus, RowView};

/// The row `v`, numbered `index`.
pub fn branch_line(index: usize, v: &RowView, today: CivilDate, d: &Dispatcher) -> Html {
    let (row, draft) = (v.row, &v.member.draft);
    let p = &row.problem;
    // The 确认销号 after `change` (the input's value): `None` withdraws it.
    let send = |change: fn(Option<Confirm>, String, CivilDate) -> Option<Confirm>| {
        let (d, draft, id, held) = (d.clone(), draft.clone(), p.id.clone(), row.confirm.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            d.dispatch(Action::Branch(BranchAction::Confirm {
                draft: draft.clone(),
                problem: id.clone(),
                confirm: change(held.clone(), value, today),
            }))
        })
    };
    let cell = match &row.confirm {
        Some(c) => html! {
            <>
                <label>{ "销号日期" }<input type="date" value={c.date.iso()}
                    onchange={send(|c, v, _| c.map(|c| Confirm { date: CivilDate::parse_iso(&v).unwrap_or(c.date), ..c }))} /></label>
                <label>{ "说明" }<input type="text" value={c.note.clone()} data-testid="confirm-note"
                    onchange={send(|c, v, _| c.map(|c| Confirm { note: v.trim().to_string(), ..c }))} /></label>
                <button type="button" class="button small" data-testid="confirm-undo"
                    onclick={send(|_, _, _| None).reform(Event::from)}>{ "撤销确认" }</button>
            </>
        },
        None if row.removed => html! {},
        // Only what the member reports 已完成: the branch closes a row, not
        // a member's intention.
        None if !row.can_confirm() => html! {
            <span class="muted">{ if v.status == RowStatus::Ongoing { "长期坚持，不销号" } else { "待本人标记完成" } }</span>
        },
        None => html! {
            <button type="button" class="button small" data-testid="confirm-close"
                onclick={send(|_, _, today| Some(Confirm { date: today, note: String::new() })).reform(Event::from)}>{ "确认销号" }</button>
        },
    };
    // A removed row is never overdue.
    let class = match (row.removed, v.overdue) {
        (true, _) => "branch-row removed",
        (false, true) => "branch-row overdue",
        (false, false) => "branch-row",
    };
    html! {
        <tr class={class}
            data-problem-id={p.id.clone()} data-member={draft.clone()}>
            <td data-label="序号">{ index }</td>
            <td data-label="姓名">{ v.member.name.clone() }</td>
            <td data-label="方面">{ v.aspect() }</td>
            <td data-label="问题表现">{ &p.text }</td>
            <td data-label="整改措施">{ &p.measure }
                // What closing it takes and what the member reports done,
                // where the branch decides its 确认销号.
                if !p.standard.trim().is_empty() {
                    <div class="muted" data-testid="branch-standard">{ format!("完成标准：{}", p.standard.trim()) }</div>
                }
            </td>
            <td data-label="整改时限">{ v.deadline() }</td>
            <td data-label="状态"><span class="status">{ v.status_text() }</span>
                if !p.progress.trim().is_empty() {
                    <div class="muted" data-testid="branch-progress">{ format!("进展：{}", p.progress.trim()) }</div>
                }
            </td>
            <td data-label="支部确认销号" class="confirm-cell">{ cell }</td>
        </tr>
    }
}
