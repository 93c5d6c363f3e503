//! The problems found under one item, whatever its rating: each in a
//! [`problem_editor`], a button for a new one, and the item's example problem
//! wordings — a click inserts one as a new problem, with its 比如【……】 slot
//! left for the person's own example. Built only once opened (or when the
//! item has problems), so the checklist's first render stays light. A
//! function of `ItemCard` (which holds whether it was opened), not a
//! component of its own.

use yew::prelude::*;

use crate::components::on_toggle;
use crate::components::problem_editor;
use crate::components::{markup, send};
use ziping_app::state::Edit;
use ziping_core::{Aids, ItemId, Problem, TemplateId};

use crate::reducer::Dispatcher;

/// What `item_problems` shows: an item's problems and what goes with them.
pub struct ItemProblems<'a> {
    pub problems: &'a [Problem],
    /// The item's phrasing aids.
    pub aids: Option<&'a Aids>,
    /// The draft's aspects, for the problems.
    pub aspects: &'a [String],
    /// Its problems were raised on this item last year: 老问题.
    pub recurring: bool,
    pub dispatcher: &'a Dispatcher,
}

/// The problems of an item whose answer is kept under `key`; open at once
/// when the item is rated at a `weak` level, when it has problems, or once
/// the person `opened` it.
pub fn item_problems(
    card: ItemProblems,
    key: (TemplateId, ItemId),
    weak: bool,
    opened: &UseStateHandle<bool>,
) -> Html {
    let n = card.problems.len();
    let open = **opened || weak || n > 0;
    let add = |text: String| {
        let item = Some(key.clone());
        send::<MouseEvent>(card.dispatcher, Edit::AddProblem { item, text })
    };
    let summary = if n == 0 {
        "查摆问题".to_string()
    } else {
        format!("查摆问题（{n} 个）")
    };
    let body = open.then(|| {
        let aids = card.aids;
        let editors = card.problems.iter().enumerate().map(|(k, p)| {
            problem_editor(p, k + 1, card.aspects, aids, card.recurring, card.dispatcher)
        });
        let wordings = aids.map(|a| a.problems.as_slice()).unwrap_or_default();
        let buttons = wordings.iter().map(|w| {
            html! { <button type="button" class="aid" onclick={add(w.clone())}>{ w }</button> }
        });
        html! {
            <>
                { for editors }
                if !wordings.is_empty() {
                    <div class="aids" data-testid="problem-aids">
                        { markup!(r#"<span class="aids-label">参考表述（点击插入后修改，把【……】换成本人的具体事例）：</span>"#) }
                        { for buttons }
                    </div>
                }
                <button type="button" class="button small" onclick={add(String::new())}>{ "＋ 写一个问题" }</button>
            </>
        }
    });
    html! {
        <details class="problems" {open} ontoggle={on_toggle(opened)}>
            <summary>{ summary }</summary>
            { body }
        </details>
    }
}
