//! The meeting's preparation (组织生活会): 谈心谈话 and 征求意见 in numbers,
//! which the opening states, and each opinion raised about the person with
//! their response, 认领 as one of their problems or explained, which the
//! 材料 answers one by one. A function of `MaterialPanel`, not a component
//! of its own.

use crate::reducer::Dispatcher;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::{send, FieldFindings, TextField};
use ziping_app::state::{Action, Edit};
use ziping_core::{read_count as count, Draft, Opinion};

/// The editor of the draft's preparation and opinions.
pub fn preparation_form(draft: &Draft, d: &Dispatcher) -> Html {
    let (talks, collected) = (draft.talks, draft.opinions_collected);
    let on_talks = {
        let d = d.clone();
        Callback::from(move |v: String| {
            d.dispatch(Action::Material(Edit::SetPreparation {
                talks: count(&v),
                opinions_collected: collected,
            }))
        })
    };
    let on_collected = {
        let d = d.clone();
        Callback::from(move |v: String| {
            d.dispatch(Action::Material(Edit::SetPreparation {
                talks,
                opinions_collected: count(&v),
            }))
        })
    };
    let shown = |n: Option<u32>| AttrValue::from(n.map_or(String::new(), |n| n.to_string()));
    let problems: Vec<(String, String)> = draft
        .problems
        .iter()
        .map(|p| (p.id.clone(), p.headline()))
        .filter(|(_, headline)| !headline.is_empty())
        .collect();
    let rows = draft
        .opinions
        .iter()
        .enumerate()
        .map(|(i, o)| opinion_row(i, o, draft.claimed(o).is_none(), &problems, d));
    let add = send(d, Edit::AddOpinion);
    html! {
        <fieldset class="preparation" data-testid="preparation">
            <legend>{ "会前准备（写入材料开头）" }</legend>
            <div class="form-grid">
                <TextField label="会前谈心谈话（人次）" value={shown(talks)} on_change={on_talks}
                    placeholder="如：12" testid="talks" />
                <TextField label="会前征求意见建议（条）" value={shown(collected)} on_change={on_collected}
                    placeholder="如：8" testid="opinions-collected" />
            </div>
            <FieldFindings place="person:talks" dispatcher={d.clone()} />
            <h4>{ "征求到的对本人的意见" }</h4>
            <p class="muted">{ "逐条写下别人对您提出的意见，并选择回应：认领为自己的问题（请先在上面或条目下写出这个问题），或作出说明。材料的“存在的问题”部分会逐条回应。" }</p>
            <ol class="opinion-list">{ for rows }</ol>
            <button type="button" class="button small" onclick={add}>{ "＋ 添加一条意见" }</button>
        </fieldset>
    }
}

/// One opinion: its words, how it is answered, and the explanation.
fn opinion_row(
    i: usize,
    o: &Opinion,
    explaining: bool,
    problems: &[(String, String)],
    d: &Dispatcher,
) -> Html {
    let set = move |text: String, problem: Option<String>, explanation: String| {
        Action::Material(Edit::SetOpinion {
            index: i,
            text,
            problem,
            explanation,
        })
    };
    let on_text = {
        let (d, o) = (d.clone(), o.clone());
        Callback::from(move |v: String| {
            d.dispatch(set(v, o.problem.clone(), o.explanation.clone()))
        })
    };
    let on_explanation = {
        let (d, o) = (d.clone(), o.clone());
        Callback::from(move |v: String| d.dispatch(set(o.text.clone(), None, v)))
    };
    let on_answer = {
        let (d, o) = (d.clone(), o.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let problem = value.strip_prefix("p:").map(str::to_string);
            d.dispatch(set(o.text.clone(), problem, o.explanation.clone()))
        })
    };
    // A claim of a problem since removed or emptied counts as none.
    let claimed = o.problem.as_deref().filter(|_| !explaining);
    let remove = send(d, Edit::RemoveOpinion(i));
    html! {
        <li class="opinion-row" data-testid="opinion">
            <TextField label="意见" value={AttrValue::from(o.text.clone())} on_change={on_text}
                placeholder="如：写考察材料有时套话多" />
            <label class="field inline">
                <span>{ "回应" }</span>
                <select onchange={on_answer} data-testid="opinion-answer">
                    <option value="" selected={explaining}>{ "作出说明" }</option>
                    { for problems.iter().map(|(id, headline)| html! {
                        <option value={format!("p:{id}")} selected={claimed == Some(id.as_str())}>{ format!("认领为问题：{headline}") }</option>
                    }) }
                </select>
            </label>
            if explaining {
                // One holder for the field and its findings: 定位 finds the field there.
                <div>
                    <TextField label="说明" value={AttrValue::from(o.explanation.clone())} on_change={on_explanation}
                        multiline=true rows={2} placeholder="如：情况属实，已在……中改进；或说明实际情况" />
                    <FieldFindings place={AttrValue::from(format!("opinion:{}", o.id))} dispatcher={d.clone()} />
                </div>
            }
            <button type="button" class="button small" onclick={remove}>{ "删除" }</button>
        </li>
    }
}
