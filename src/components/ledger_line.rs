//! One row of the ledger screen: the problem as written (read only here; it
//! is edited under its item) and the fields the person updates through the
//! year — 责任人, 整改进展, 状态, 销号日期, 备注. Props are the row's own
//! data, so a change in one row re-renders only that row.

use yew::prelude::*;

use super::TextField;
use crate::assessment::{or_placeholder, Problem, RowStatus, DEFAULT_OWNER, RECURRING_MARK};
use crate::state::{Action, AppState, LedgerEdit, LedgerField};

#[derive(Properties, PartialEq)]
pub struct LedgerLineProps {
    /// 序号
    pub index: usize,
    pub problem: Problem,
    pub overdue: bool,
    /// Raised last year on the same item: 老问题.
    pub recurring: bool,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component]
pub fn LedgerLine(props: &LedgerLineProps) -> Html {
    let p = &props.problem;
    // Stable callbacks (by row id): an unchanged field is not re-rendered
    // and its input-method listener is not rebuilt.
    let deps = (p.id.clone(), props.dispatcher.clone());
    let set = |field: LedgerField| {
        move |value: String, (id, d): &(String, UseReducerDispatcher<AppState>)| {
            d.dispatch(Action::Ledger(LedgerEdit::Set {
                id: id.clone(),
                field,
                value,
            }))
        }
    };
    let on_owner = use_callback(deps.clone(), set(LedgerField::Owner));
    let on_progress = use_callback(deps.clone(), set(LedgerField::Progress));
    let on_closed = use_callback(deps.clone(), set(LedgerField::Closed));
    let on_remark = use_callback(deps, set(LedgerField::Remark));
    let on_status = {
        let (d, id) = (props.dispatcher.clone(), p.id.clone());
        Callback::from(move |e: Event| {
            let i = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map_or(0, |s| s.selected_index().max(0) as usize);
            let status = RowStatus::ALL[i.min(3)];
            d.dispatch(Action::Ledger(LedgerEdit::Status {
                id: id.clone(),
                status,
            }))
        })
    };
    let status = p.row_status();
    let text = |s: &str, what: &str| or_placeholder(s, what);
    html! {
        <tr class={classes!("ledger-row", props.overdue.then_some("overdue"))} data-problem-id={p.id.clone()}>
            <td class="ledger-n" data-label="序号">{ props.index }</td>
            <td data-label="问题表现">
                if props.recurring { <span class="tag weak recurring">{ RECURRING_MARK }</span> }
                { text(&p.text, "问题表现") }
            </td>
            <td data-label="整改措施">{ text(&p.measure, "整改措施") }</td>
            <td data-label="责任人">
                <TextField label="责任人" class="compact" value={AttrValue::from(p.owner.clone())}
                    placeholder={DEFAULT_OWNER} on_change={on_owner} />
            </td>
            <td data-label="整改时限">{ text(&p.deadline, "整改时限") }</td>
            <td data-label="完成标准">{ p.standard.clone() }</td>
            <td data-label="整改进展">
                <TextField label="整改进展" class="compact" multiline=true rows={2}
                    value={AttrValue::from(p.progress.clone())} on_change={on_progress} />
            </td>
            <td data-label="状态">
                <label class="field compact">
                    <span class="field-label">{ "状态" }</span>
                    <select class="ledger-status" onchange={on_status}>
                        { for RowStatus::ALL.iter().map(|s| html! {
                            <option selected={*s == status}>{ s.label() }</option>
                        }) }
                    </select>
                </label>
                if props.overdue { <span class="overdue-mark">{ "已逾期" }</span> }
            </td>
            <td data-label="销号日期">
                <TextField label="销号日期" class="compact" value={AttrValue::from(p.closed.clone())}
                    on_change={on_closed} />
            </td>
            <td data-label="备注">
                <TextField label="备注" class="compact" value={AttrValue::from(p.remark.clone())}
                    on_change={on_remark} />
            </td>
        </tr>
    }
}
