//! One row of the ledger screen: the problem as written (read only here; it
//! is edited under its item) and the fields the person updates through the
//! year — 责任人, 整改进展, 状态, 销号日期, 备注. Props are the row's own
//! data, so a change in one row re-renders only that row.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::components::TextField;
use ziping_app::state::{Action, LedgerEdit, LedgerField};
use ziping_core::{Problem, RowStatus, DEFAULT_OWNER, RECURRING_MARK};
use ziping_report::{clause, or_placeholder};

#[derive(Properties, PartialEq)]
pub struct LedgerLineProps {
    /// 序号
    pub index: usize,
    pub problem: Problem,
    /// 整改时限 as the ledger prints it (`official_deadline_on`).
    pub deadline: AttrValue,
    pub overdue: bool,
    /// Raised last year on the same item: 老问题.
    pub recurring: bool,
    pub dispatcher: Dispatcher,
}

#[function_component]
pub fn LedgerLine(props: &LedgerLineProps) -> Html {
    let p = &props.problem;
    // Stable callbacks (by row id), made once for the four text fields: an
    // unchanged field is not re-rendered and its input-method listener is
    // not rebuilt.
    let on_field = use_memo(
        (p.id.clone(), props.dispatcher.clone()),
        |(id, d): &(String, Dispatcher)| {
            use LedgerField::*;
            [Owner, Progress, Closed, Remark].map(|field| {
                let (id, d) = (id.clone(), d.clone());
                Callback::from(move |value: String| {
                    d.dispatch(Action::Ledger(LedgerEdit::Set {
                        id: id.clone(),
                        field,
                        value,
                    }))
                })
            })
        },
    );
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
    // 责任人, 整改进展, 销号日期, 备注: the fields the person updates, each
    // labelled by its own visible label.
    let field = |i: usize, label: &'static str, value: &str, class: Option<&'static str>| {
        html! {
            <td {class}>
                <TextField {label} class="compact" multiline={i == 1} rows={2}
                    value={AttrValue::from(value.to_string())}
                    placeholder={if i == 0 { DEFAULT_OWNER } else { "" }}
                    on_change={on_field[i].clone()} />
            </td>
        }
    };
    // Read only here: the person's text as the printed ledger has it.
    let text = |label: &'static str, s: &str, class: Option<&'static str>| {
        html! { <td {class} data-label={label}>{ or_placeholder(&clause(s), label) }</td> }
    };
    // A day kept from before the row was reopened, or typed ahead: the
    // exports leave it out until the row is 已完成, and its label says so.
    let closed = match p.closed_date().is_empty() && !p.closed.trim().is_empty() {
        true => "销号日期（未完成，导出和报支部时不写）",
        false => "销号日期",
    };
    html! {
        <tr class={classes!("ledger-row", props.overdue.then_some("overdue"))} data-problem-id={p.id.clone()}>
            <td class="num">{ props.index }</td>
            <td class="line" data-label="问题表现">
                if props.recurring { <span class="tag weak recurring">{ RECURRING_MARK }</span> }
                { or_placeholder(&clause(&p.text), "问题表现") }
            </td>
            { text("整改措施", &p.measure, Some("line")) }
            { field(0, "责任人", &p.owner, None) }
            { text("整改时限", &props.deadline, None) }
            <td class="half" data-label="完成标准">{ clause(&p.standard) }</td>
            { field(1, "整改进展", &p.progress, Some("line")) }
            <td>
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
            { field(2, closed, &p.closed, None) }
            { field(3, "备注", &p.remark, Some("half")) }
        </tr>
    }
}
