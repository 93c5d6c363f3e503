//! The path, compact, over every screen: 自评 → 查摆问题 → 个人信息与场合 →
//! 材料 → 台账, each step done or not (`ziping_core::steps_done`) and a way
//! to its screen. Not a wizard: the screens stay reachable from the header.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::locate;
use crate::hooks::AppContext;
use ziping_app::state::{Action, Page};
use ziping_core::{steps_done, Step, TemplateResult};

/// The screen a step is on, and where on it.
fn place(step: Step) -> (Page, Option<&'static str>) {
    match step {
        Step::Rate => (Page::Checklist, None),
        // Where a problem of the draft as a whole is written, which says
        // where one on an item is (its heading: `locate` then shows the
        // section, and its first problem's field if there is one).
        Step::Problems => (Page::Results, Some("[data-testid=free-problems] h3")),
        Step::Person => (Page::Results, Some("#person-h")),
        Step::Material => (Page::Results, Some("#report-h")),
        Step::Ledger => (Page::Ledger, None),
    }
}

/// The step indicator for `state` (a function of `App`).
/// The path for the open draft, from its checklists' `results` (scored
/// once by `App`).
pub fn path_steps(state: &AppContext, results: &[TemplateResult]) -> Html {
    let draft = state.draft();
    let occasion = state.occasions.get(&draft.occasion);
    let done = steps_done(draft, results, occasion);
    let current = match state.nav.page {
        Page::Checklist => Some(Step::Rate),
        Page::Results => Some(Step::Material),
        Page::Ledger => Some(Step::Ledger),
        _ => None,
    };
    let steps = Step::ALL.into_iter().zip(done).map(|(step, done)| {
        let d = state.dispatcher();
        let onclick = Callback::from(move |_| {
            let (page, at) = place(step);
            d.dispatch(Action::Show(page));
            if let Some(at) = at {
                Timeout::new(80, move || locate(&[at.to_string()])).forget();
            }
        });
        html! {
            <li class={classes!("step", done.then_some("done"))}>
                <button type="button" class="step-link" {onclick}
                    aria-current={(current == Some(step)).then_some("step")}>
                    if done { <span class="step-done" aria-label="已完成">{ "✓" }</span> }
                    { step.label() }
                </button>
            </li>
        }
    });
    html! {
        <nav class="path no-print" aria-label="步骤" data-testid="path">
            <ol>{ for steps }</ol>
        </nav>
    }
}
