//! One row of the 汇总: a member's problem as reported, its status and
//! overdue mark, and the branch's 确认销号, which the member's own status
//! never sets: one click confirms it on the day, then its date and note
//! can be changed, or it is withdrawn. Props are the row's own data, so a
//! 确认销号 re-renders only its row.

use yew::prelude::*;

use crate::reducer::Dispatcher;
use ziping_app::state::{Action, BranchAction};
use ziping_core::{CivilDate, Confirm, SummaryRow};

#[derive(Properties, PartialEq)]
pub struct BranchLineProps {
    pub index: usize,
    pub name: AttrValue,
    pub draft: AttrValue,
    pub aspect: AttrValue,
    pub row: SummaryRow,
    pub status: AttrValue,
    pub overdue: bool,
    pub today: CivilDate,
    pub dispatcher: Dispatcher,
}

#[function_component]
pub fn BranchLine(props: &BranchLineProps) -> Html {
    let p = &props.row.problem;
    let held = props.row.confirm.clone();
    // The 确认销号 after `change` (the input's value): `None` withdraws it.
    let send = |change: fn(Option<Confirm>, String, CivilDate) -> Option<Confirm>| {
        let (d, draft, id, held, today) = (
            props.dispatcher.clone(),
            props.draft.to_string(),
            p.id.clone(),
            held.clone(),
            props.today,
        );
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
    let cell = match &held {
        Some(c) => html! {
            <>
                <label>{ "销号日期" }<input type="date" value={c.date.iso()}
                    onchange={send(|c, v, _| c.map(|c| Confirm { date: CivilDate::parse_iso(&v).unwrap_or(c.date), ..c }))} /></label>
                <label>{ "说明" }<input type="text" value={c.note.clone()} data-testid="confirm-note"
                    onchange={send(|c, v, _| c.map(|c| Confirm { note: v.trim().to_string(), ..c }))} /></label>
                <button type="button" class="button small" data-testid="confirm-undo"
                    onclick={send(|_, _, _| None).reform(|e: MouseEvent| e.into())}>{ "撤销确认" }</button>
            </>
        },
        None if props.row.removed => html! {},
        None => html! {
            <button type="button" class="button small" data-testid="confirm-close"
                onclick={send(|_, _, today| Some(Confirm { date: today, note: String::new() })).reform(|e: MouseEvent| e.into())}>{ "确认销号" }</button>
        },
    };
    html! {
        <tr class={classes!("branch-row", props.overdue.then_some("overdue"), props.row.removed.then_some("removed"))}
            data-problem-id={p.id.clone()} data-member={props.draft.clone()}>
            <td data-label="序号">{ props.index }</td>
            <td data-label="姓名">{ props.name.clone() }</td>
            <td data-label="方面">{ props.aspect.clone() }</td>
            <td data-label="问题表现">{ &p.text }</td>
            <td data-label="整改措施">{ &p.measure }</td>
            <td data-label="整改时限">{ &p.deadline }</td>
            <td data-label="状态" class="status">{ props.status.clone() }</td>
            <td data-label="支部确认销号" class="confirm-cell">{ cell }</td>
        </tr>
    }
}
