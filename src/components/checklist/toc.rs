//! The checklist's table of contents: a link per section with its progress,
//! and "next unanswered". Drawn from the tallies alone, so a keystroke in a
//! card (which moves no tally) does not draw it again, even with 1,000 items.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::focus_first_in;
use ziping_core::{css_string, ItemId, Tally, Template};

#[derive(Properties, PartialEq)]
pub struct TocProps {
    pub template: Rc<Template>,
    /// Each section's tally, in order.
    pub tallies: Vec<Tally>,
    /// The first item not yet rated.
    pub next: Option<ItemId>,
}

#[function_component]
pub fn Toc(props: &TocProps) -> Html {
    let links = props.template.sections.iter().zip(&props.tallies).map(|(s, tally)| {
        let target = format!("[id={}]", css_string(&format!("section-{}", s.id)));
        let done = tally.is_complete();
        html! {
            <li>
                <button type="button" class={classes!("toc-link", done.then_some("done"))}
                    onclick={Callback::from(move |_| focus_first_in(&target))}>
                    { &s.title }
                    <span class="toc-count">{ format!("{}/{}", tally.answered, tally.total) }</span>
                </button>
            </li>
        }
    });
    let next = props.next.clone();
    let done = next.is_none();
    let on_next = Callback::from(move |_| {
        if let Some(id) = &next {
            focus_first_in(&format!("[data-item-id={}]", css_string(id)));
        }
    });
    html! {
        <nav class="toc" aria-label="目录">
            <ol>{ for links }</ol>
            <button type="button" class="button primary next-unanswered" onclick={on_next}
                disabled={done}>
                { if done { "本项已全部评完" } else { "下一条未评 ↓" } }
            </button>
        </nav>
    }
}
