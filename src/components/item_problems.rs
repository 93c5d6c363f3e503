//! The problems found under one item, whatever its rating: each in a
//! [`ProblemEditor`], a button for a new one, and the item's example problem
//! wordings — a click inserts one as a new problem, with its 比如【……】 slot
//! left for the person's own example. Built only once opened (or when the
//! item has problems), so the checklist's first render stays light.

use std::rc::Rc;

use yew::prelude::*;

use super::ProblemEditor;
use crate::assessment::{Aids, ItemId, Problem, TemplateId};
use crate::state::{Action, AppState, Edit};

#[derive(Properties, PartialEq)]
pub struct ItemProblemsProps {
    pub template: TemplateId,
    pub item: ItemId,
    pub problems: Rc<Vec<Problem>>,
    pub aids: Option<Rc<Aids>>,
    pub aspects: Rc<Vec<String>>,
    /// Rated at a weak level: open at once.
    pub weak: bool,
    /// Raised on this item last year: its problems are 老问题.
    #[prop_or_default]
    pub recurring: bool,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component]
pub fn ItemProblems(props: &ItemProblemsProps) -> Html {
    let opened = use_state(|| false);
    let n = props.problems.len();
    let open = *opened || props.weak || n > 0;
    let on_toggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let now_open = e
                .target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open());
            opened.set(now_open);
        })
    };
    let add = |text: String| {
        let (d, t, i) = (
            props.dispatcher.clone(),
            props.template.clone(),
            props.item.clone(),
        );
        Callback::from(move |_| {
            d.dispatch(Action::Material(Edit::AddProblem {
                item: Some((t.clone(), i.clone())),
                text: text.clone(),
            }))
        })
    };
    let summary = if n == 0 {
        // Short: twelve cards of the prerendered first screen carry it.
        "查摆问题".to_string()
    } else {
        format!("查摆问题（{n} 个）")
    };
    let body = open.then(|| {
        let aids = props.aids.clone().unwrap_or_default();
        let editors = props.problems.iter().enumerate().map(|(k, p)| {
            html! {
                <ProblemEditor key={p.id.clone()} problem={p.clone()} number={k + 1}
                    aspects={props.aspects.clone()} aids={props.aids.clone()} recurring={props.recurring}
                    dispatcher={props.dispatcher.clone()} />
            }
        });
        let wordings = aids.problems.iter().map(|w| {
            html! { <button type="button" class="aid" onclick={add(w.clone())}>{ w }</button> }
        });
        html! {
            <>
                { for editors }
                if !aids.problems.is_empty() {
                    <div class="aids" data-testid="problem-aids">
                        <span class="aids-label">{ "参考表述（点击插入后修改，把【……】换成本人的具体事例）：" }</span>
                        { for wordings }
                    </div>
                }
                <button type="button" class="button small" onclick={add(String::new())}>{ "＋ 写一个问题" }</button>
            </>
        }
    });
    html! {
        <details class="problems" {open} ontoggle={on_toggle}>
            <summary>{ summary }</summary>
            { body }
        </details>
    }
}
