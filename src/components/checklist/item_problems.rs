//! The problems found under one item, whatever its rating: each in a
//! [`problem_editor`], a button for a new one, and the item's example problem
//! wordings — a click inserts one as a new problem, with its 比如【……】 slot
//! left for the person's own example. Built only once opened (or when the
//! item has problems), so the checklist's first render stays light. A
//! component of its own, so a card re-rendered for its rating or its
//! 具体事例 does not rebuild the problems when they are as they were.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{on_toggle, problem_editor, send};
use crate::reducer::Dispatcher;
use ziping_app::state::Edit;
use ziping_core::{Aids, ItemId, Problem, TemplateId};

#[derive(Properties, PartialEq)]
pub struct ItemProblemsProps {
    /// Where the item's answer is kept (a shared statement's owner).
    pub template: TemplateId,
    pub item: ItemId,
    pub problems: Rc<Vec<Problem>>,
    /// The item's phrasing aids.
    pub aids: Option<Rc<Aids>>,
    /// The aids written for other 科室 or levels, under 更多参考.
    #[prop_or_default]
    pub more_aids: Option<Rc<Aids>>,
    /// The draft's aspects, for the problems.
    pub aspects: Rc<Vec<String>>,
    /// Last year's rows a problem can raise again (id, words).
    pub last_year: Rc<Vec<(String, String)>>,
    /// For each of its problems, the row of last year it raises again
    /// (`recurring_row`): a 老问题.
    pub linked: Rc<Vec<Option<String>>>,
    /// Rated at a weak level: open at once.
    pub weak: bool,
    pub dispatcher: Dispatcher,
}

/// The problems of an item: open at once when the item is rated at a weak
/// level or has problems, or once the person opened them.
#[function_component]
pub fn ItemProblems(props: &ItemProblemsProps) -> Html {
    // Whether the person opened the problems.
    let opened = use_state(|| false);
    let n = props.problems.len();
    let open = *opened || props.weak || n > 0;
    let d = &props.dispatcher;
    let add = |text: String| {
        let item = Some((props.template.clone(), props.item.clone()));
        send::<MouseEvent>(d, Edit::AddProblem { item, text })
    };
    let summary = if n == 0 {
        "查摆问题".to_string()
    } else {
        format!("查摆问题（{n} 个）")
    };
    let body = open.then(|| {
        let aids = props.aids.as_deref();
        let more = props.more_aids.as_deref();
        let editors = props.problems.iter().enumerate().map(|(k, p)| {
            let linked = props.linked.get(k).and_then(|l| l.as_deref());
            problem_editor(p, k + 1, &props.aspects, &props.last_year, (aids, more), linked, d)
        });
        let wordings = aids.map(|a| a.problems.as_slice()).unwrap_or_default();
        let button =
            |w: &String| html! { <button type="button" class="aid" onclick={add(w.clone())}>{ w }</button> };
        let buttons = wordings.iter().map(button);
        let others = more.map(|a| a.problems.as_slice()).unwrap_or_default();
        let more_buttons = others.iter().map(button);
        html! {
            <>
                { for editors }
                if !wordings.is_empty() {
                    <div class="aids" data-testid="problem-aids">
                        <span class="aids-label">{ "参考表述（点击插入后修改，把【……】换成本人的具体事例）：" }</span>
                        { for buttons }
                    </div>
                }
                if !others.is_empty() {
                    <details class="aids more-aids" data-testid="more-problem-aids">
                        <summary>{ "更多参考（其他科室、职级）" }</summary>
                        { for more_buttons }
                    </details>
                }
                <button type="button" class="button small" onclick={add(String::new())}>{ "＋ 写一个问题" }</button>
            </>
        }
    });
    html! {
        <details class="problems" {open} ontoggle={on_toggle(&opened)}>
            <summary>{ summary }</summary>
            { body }
        </details>
    }
}
