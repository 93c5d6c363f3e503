//! One row of the 汇总: a member's problem as reported, its status and
//! overdue mark, and the branch's 确认销号 (a date and an optional note),
//! which the member's own status never sets. Props are the row's own data,
//! so a 确认销号 re-renders only its row.

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

fn input_value(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

#[function_component]
pub fn BranchLine(props: &BranchLineProps) -> Html {
    let p = &props.row.problem;
    let editing = use_state(|| false);
    let date = use_state(|| props.today.iso());
    let note = use_state(String::new);
    let send = {
        let (d, draft, id) = (
            props.dispatcher.clone(),
            props.draft.to_string(),
            p.id.clone(),
        );
        move |confirm: Option<Confirm>| {
            d.dispatch(Action::Branch(BranchAction::Confirm {
                draft: draft.clone(),
                problem: id.clone(),
                confirm,
            }))
        }
    };
    let confirm_cell = match (&props.row.confirm, *editing) {
        (Some(c), _) => {
            let send = send.clone();
            html! {
                <>
                    <span data-testid="confirmed">{ format!("已确认 {}年{}月{}日", c.date.year, c.date.month, c.date.day) }
                        { (!c.note.is_empty()).then(|| format!("（{}）", c.note)) }</span>
                    <button type="button" class="button small" onclick={Callback::from(move |_| send(None))}>{ "撤销确认" }</button>
                </>
            }
        }
        (None, true) => {
            let on_ok = {
                let (date, note, editing) = (date.clone(), note.clone(), editing.clone());
                Callback::from(move |_| {
                    if let Some(d) = CivilDate::parse_iso(&date) {
                        send(Some(Confirm {
                            date: d,
                            note: note.trim().to_string(),
                        }));
                        editing.set(false);
                    }
                })
            };
            let (d2, n2, e2) = (date.clone(), note.clone(), editing.clone());
            html! {
                <div class="confirm-form">
                    <label>{ "销号日期" }<input type="date" value={(*date).clone()}
                        onchange={Callback::from(move |e: Event| d2.set(input_value(&e)))} /></label>
                    <label>{ "说明（可不填）" }<input type="text" value={(*note).clone()}
                        onchange={Callback::from(move |e: Event| n2.set(input_value(&e)))} /></label>
                    <button type="button" class="button primary small" data-testid="confirm-ok" onclick={on_ok}>{ "确认" }</button>
                    <button type="button" class="button small" onclick={Callback::from(move |_| e2.set(false))}>{ "取消" }</button>
                </div>
            }
        }
        (None, false) if props.row.removed => html! {},
        (None, false) => {
            let editing = editing.clone();
            html! { <button type="button" class="button small" data-testid="confirm-close"
            onclick={Callback::from(move |_| editing.set(true))}>{ "确认销号" }</button> }
        }
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
            <td data-label="支部确认销号">{ confirm_cell }</td>
        </tr>
    }
}
