//! The problems found under one item, whatever its rating: each in a
//! [`problem_editor`], a button for a new one, and the item's example problem
//! wordings — a click inserts one as a new problem, with its 比如【……】 slot
//! left for the person's own example. Built only once opened (or when the
//! item has problems), so the checklist's first render stays light. A
//! function of `ItemCard` (which holds whether it was opened), not a
//! component of its own.

use yew::prelude::*;

use super::item_card::ItemCardProps;
use super::on_toggle;
use super::problem_editor::problem_editor;
use super::{markup, send};
use ziping_app::state::Edit;
use ziping_core::{ItemId, TemplateId};

/// The problems of the card `card`, whose answer is kept under `key`; open
/// at once when the item is rated at a `weak` level, when it has problems,
/// or once the person `opened` it.
pub fn item_problems(
    card: &ItemCardProps,
    key: (TemplateId, ItemId),
    weak: bool,
    opened: &UseStateHandle<bool>,
) -> Html {
    let n = card.problems.len();
    let open = **opened || weak || n > 0;
    let add = |text: String| {
        let item = Some(key.clone());
        send::<MouseEvent>(&card.dispatcher, Edit::AddProblem { item, text })
    };
    let summary = if n == 0 {
        // Short: twelve cards of the prerendered first screen carry it.
        "查摆问题".to_string()
    } else {
        format!("查摆问题（{n} 个）")
    };
    let body = open.then(|| {
        let aids = card.aids.as_deref();
        let editors = card.problems.iter().enumerate().map(|(k, p)| {
            problem_editor(p, k + 1, &card.aspects, aids, card.recurring, &card.dispatcher)
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
