//! Last year's problems and what became of them: part 一 of a 组织生活会
//! 材料 (上年度查摆问题整改落实情况). A function of `MaterialPanel`, not a
//! component of its own.

use crate::reducer::Dispatcher;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::{send, FieldFindings, TextField};
use ziping_app::state::{Action, Edit};
use ziping_core::{PreviousProblem, Progress};

/// The editor of the draft's `previous` problems, or, for a first meeting
/// (`first_time`), only the box that says so.
pub fn previous_list(previous: &[PreviousProblem], first_time: bool, d: &Dispatcher) -> Html {
    let on_first = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            d.dispatch(Action::Material(Edit::SetFirstTime(on)))
        })
    };
    let first = html! {
        <label class="choice-line">
            <input type="checkbox" checked={first_time} onchange={on_first} data-testid="first-time" />
            { "首次参加本支部组织生活会（没有上年度问题）" }
        </label>
    };
    if first_time {
        return html! {
            <fieldset class="previous-list" data-testid="previous-list">
                <legend>{ "上年度（上次）查摆的问题及整改情况" }</legend>
                { first }
                <p class="muted">{ "材料第一部分将写明本人是首次参加本支部组织生活会，没有上年度查摆的问题。" }</p>
            </fieldset>
        };
    }
    let rows = previous.iter().enumerate().map(|(i, p)| {
        let set = move |text: String, note: String, status: Progress| {
            Action::Material(Edit::SetPrevious {
                index: i,
                text,
                note,
                status,
            })
        };
        let on_text = {
            let (d, note, status) = (d.clone(), p.note.clone(), p.status);
            Callback::from(move |v: String| d.dispatch(set(v, note.clone(), status)))
        };
        let on_note = {
            let (d, text, status) = (d.clone(), p.text.clone(), p.status);
            Callback::from(move |v: String| d.dispatch(set(text.clone(), v, status)))
        };
        let on_status = {
            let (d, text, note) = (d.clone(), p.text.clone(), p.note.clone());
            Callback::from(move |e: Event| {
                let v = e
                    .target_dyn_into::<web_sys::HtmlSelectElement>()
                    .map(|s| s.selected_index())
                    .unwrap_or(0);
                let status = Progress::ALL[(v.max(0) as usize).min(2)];
                d.dispatch(set(text.clone(), note.clone(), status))
            })
        };
        let on_closed = {
            let d = d.clone();
            Callback::from(move |closed: String| {
                d.dispatch(Action::Material(Edit::SetPreviousClosed { index: i, closed }))
            })
        };
        let closed = p.row.as_ref().map_or("", |r| r.closed.as_str());
        // A row with anything in it is asked about first, as a problem is:
        // nothing brings it back, and part 一 would no longer account for it.
        let filled = p.holds_writing();
        let remove = {
            let d = d.clone();
            let ask = format!(
                "确定删除上年度的问题{}吗？材料第一部分将不再写它的整改情况，删除后无法恢复。",
                match p.text.trim() {
                    "" => format!("第{}项", i + 1),
                    t => format!("“{t}”"),
                }
            );
            Callback::from(move |_: MouseEvent| {
                let window = web_sys::window();
                if !filled || window.and_then(|w| w.confirm_with_message(&ask).ok()) == Some(true) {
                    d.dispatch(Action::Material(Edit::RemovePrevious(i)));
                }
            })
        };
        html! {
            <li class="previous-row">
                <TextField label="问题" value={AttrValue::from(p.text.clone())} on_change={on_text} />
                <label class="field inline">
                    <span>{ "整改情况" }</span>
                    <select onchange={on_status}>
                        { for Progress::ALL.iter().map(|s| html! {
                            <option selected={*s == p.status}>{ s.label() }</option>
                        }) }
                    </select>
                </label>
                // 于……销号 in part 一: the day, put right here where a
                // carried row's ledger cannot be edited; shown for a row
                // done, or one that was (曾于……销号), or holding a day, so
                // that no day is kept out of sight.
                if p.status == Progress::Done || p.reopened || !closed.trim().is_empty() {
                    <TextField label="销号日期（选填）" value={AttrValue::from(closed.to_string())} on_change={on_closed}
                        placeholder="如：2026年3月31日" testid="previous-closed" />
                }
                <TextField label="整改进展、成效" value={AttrValue::from(p.note.clone())} on_change={on_note}
                    multiline=true rows={2} />
                <button type="button" class="button small" onclick={remove}>{ "删除" }</button>
                <FieldFindings place={AttrValue::from(format!("previous:{}", p.id))} dispatcher={d.clone()} />
            </li>
        }
    });
    let add = send(d, Edit::AddPrevious);
    html! {
        <fieldset class="previous-list" data-testid="previous-list">
            <legend>{ "上年度（上次）查摆的问题及整改情况" }</legend>
            if previous.is_empty() {
                { first }
                <p class="muted">{ "还没有填写。没有填写时，材料中会用一句话说明并留出待补充的位置。" }</p>
            }
            <ol>{ for rows }</ol>
            <button type="button" class="button small" onclick={add}>{ "＋ 添加上年度问题" }</button>
        </fieldset>
    }
}
