//! Members' files dropped on another screen, offered for the 支部汇总.

use yew::prelude::*;

use crate::hooks::use_app_state;
use ziping_app::state::{Action, BranchAction};

#[function_component]
pub fn BranchOffer() -> Html {
    let state = use_app_state();
    let Some(files) = state.branch.offered.as_ref() else {
        return html! {};
    };
    let names: Vec<String> = files.iter().map(|(n, _)| format!("“{n}”")).collect();
    let send = |a: fn() -> BranchAction| {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Branch(a())))
    };
    html! {
        <div class="notice no-print" role="status" data-testid="branch-offer">
            <p>{ format!("{} 是问题清单（报支部），可以导入支部汇总。", names.join("、")) }</p>
            <button type="button" class="button primary small" onclick={send(|| BranchAction::TakeOffered)}>{ "导入支部汇总" }</button>
            <button type="button" class="button small" onclick={send(|| BranchAction::DropOffered)}>{ "不导入" }</button>
        </div>
    }
}
