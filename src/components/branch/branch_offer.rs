//! Members' files dropped on another screen, offered for the 支部汇总 (a
//! function of `App`, not a component of its own).

use yew::prelude::*;

use ziping_app::state::{Action, AppState, BranchAction};

use crate::reducer::Dispatcher;

pub fn branch_offer(state: &AppState, d: &Dispatcher) -> Html {
    let Some(files) = state.branch.offered.as_ref() else {
        return html! {};
    };
    let names: Vec<String> = files.iter().map(|(n, _)| format!("“{n}”")).collect();
    let send = |take: bool| {
        let d = d.clone();
        Callback::from(move |_| {
            d.dispatch(Action::Branch(if take {
                BranchAction::TakeOffered
            } else {
                BranchAction::DropOffered
            }))
        })
    };
    html! {
        <div class="notice no-print" role="status" data-testid="branch-offer">
            <p>{ format!("{} 是问题清单（报支部），可以导入支部汇总。", names.join("、")) }</p>
            <button type="button" class="button primary small" onclick={send(true)}>{ "导入支部汇总" }</button>
            <button type="button" class="button small" onclick={send(false)}>{ "不导入" }</button>
        </div>
    }
}
