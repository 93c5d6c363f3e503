//! The banner over a draft just carried into next year (结转到下一年度):
//! where the person is, and the way back to last year's draft.

use yew::prelude::*;

use crate::hooks::AppContext;
use ziping_app::state::Action;
use ziping_core::carried_banner as banner_text;

/// The banner, while `state` says the open draft was just carried (a
/// function of `App`: it is cheap to draw again).
pub fn carried_banner(state: &AppContext) -> Html {
    let Some(from) = state.nav.carried.as_ref().and_then(|id| {
        let lib = &state.library;
        lib.position(id).map(|i| lib.drafts[i].clone())
    }) else {
        return html! {};
    };
    let on_back = {
        let (d, id) = (state.dispatcher(), from.id.clone());
        Callback::from(move |_| d.dispatch(Action::OpenDraft(id.clone())))
    };
    html! {
        <div class="notice info no-print" role="status" data-testid="carried-banner">
            <p>{ banner_text(&from, state.draft()) }</p>
            <button type="button" class="button small" data-action="back-to-last-year" onclick={on_back}>
                { format!("返回“{}”", from.name.trim()) }
            </button>
        </div>
    }
}
