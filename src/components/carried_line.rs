//! One row carried from last year's ledger: the problem, its measure and
//! 时限 as they were, and what the person still updates — 整改进展 and the
//! status (持续推进 / 长期坚持 / 已整改到位), which part 一 of the 材料 reports.

use yew::prelude::*;

use super::TextField;
use crate::assessment::{PreviousProblem, Progress};
use crate::state::{Action, AppState, Edit};

#[derive(Properties, PartialEq)]
pub struct CarriedLineProps {
    /// Index in the draft's previous problems.
    pub index: usize,
    pub previous: PreviousProblem,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component]
pub fn CarriedLine(props: &CarriedLineProps) -> Html {
    let (q, index) = (&props.previous, props.index);
    let set = move |text: String, note: String, status: Progress| {
        Action::Material(Edit::SetPrevious {
            index,
            text,
            note,
            status,
        })
    };
    let on_note = {
        let (d, text, status) = (props.dispatcher.clone(), q.text.clone(), q.status);
        Callback::from(move |v: String| d.dispatch(set(text.clone(), v, status)))
    };
    let on_status = {
        let (d, text, note) = (props.dispatcher.clone(), q.text.clone(), q.note.clone());
        Callback::from(move |e: Event| {
            let i = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map_or(0, |s| s.selected_index().max(0) as usize);
            d.dispatch(set(text.clone(), note.clone(), Progress::ALL[i.min(2)]))
        })
    };
    html! {
        <tr class="ledger-row carried" data-previous-id={q.id.clone()}>
            <td class="ledger-n" data-label="序号">{ index + 1 }</td>
            <td data-label="问题表现">{ q.text.clone() }</td>
            <td data-label="整改措施">{ q.measure.clone() }</td>
            <td data-label="整改时限">{ q.deadline.clone() }</td>
            <td data-label="整改进展">
                <TextField label="整改进展" class="compact" multiline=true rows={2}
                    value={AttrValue::from(q.note.clone())} on_change={on_note} />
            </td>
            <td data-label="状态">
                <label class="field compact">
                    <span class="field-label">{ "状态" }</span>
                    <select class="carried-status" onchange={on_status}>
                        { for Progress::ALL.iter().map(|s| html! {
                            <option selected={*s == q.status}>{ s.label() }</option>
                        }) }
                    </select>
                </label>
            </td>
            <td data-label="销号日期">{ q.closed.clone() }</td>
        </tr>
    }
}
