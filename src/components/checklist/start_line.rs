//! The first screen's one line: what the person will leave with (the 材料
//! for the occasion they choose, and a 整改台账), that nothing leaves the
//! computer, and the occasion, choosable here at the start since it decides
//! how many problems are expected and what is asked. Small and static: it
//! is prerendered with the first screen.

use yew::prelude::*;

use crate::hooks::AppContext;
use ziping_app::state::{Action, Edit};

/// The first screen's line for `state` (a function of `Checklist`).
pub fn start_line(state: &AppContext) -> Html {
    let current = state.draft().occasion.clone();
    let on_occasion = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                d.dispatch(Action::Material(Edit::SetOccasion(s.value())));
            }
        })
    };
    let occasions = state.occasions.set().occasions.iter().map(|o| {
        html! { <option value={o.id.clone()} selected={o.id == current}>{ &o.label }</option> }
    });
    html! {
        <p class="start-line" data-testid="start-line">
            { "逐条自评、查摆问题后，本程序为您起草" }
            <select class="start-occasion" data-testid="start-occasion" aria-label="材料用于" onchange={on_occasion}>
                // A draft's occasion this computer lacks is named, never
                // shown as another occasion.
                if state.occasions.get(&current).is_none() {
                    <option value={current.clone()} selected=true>{ ziping_core::missing_occasion_label(&current) }</option>
                }
                { for occasions }
            </select>
            { "的材料，并生成整改台账。所有内容只保存在本机浏览器中，不会上传。" }
        </p>
    }
}
