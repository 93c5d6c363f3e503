//! When a template the draft uses has a newer version: what changed
//! (`template_diff`) and a button that moves the draft to it. Old drafts keep
//! their version until the person chooses. A function of `MaterialPanel`.

use crate::reducer::Dispatcher;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::send;
use ziping_app::state::Edit;
use ziping_core::{template_diff, Template};

/// The notice for `pairs`, (the draft's version, the newest version) of each
/// template with a newer one; nothing when there is none.
pub fn upgrade_notice(pairs: &[(Rc<Template>, Rc<Template>)], d: &Dispatcher) -> Html {
    if pairs.is_empty() {
        return html! {};
    }
    let lines = pairs.iter().map(|(old, new)| {
        let diff = template_diff(old, new);
        html! {
            <li>
                { format!("“{}”：本草稿用第 {} 版，已有第 {} 版。", new.title, old.version, new.version) }
                <span class="muted">{ diff.summary() }</span>
            </li>
        }
    });
    let on_click = send(d, Edit::UpgradeTemplates);
    html! {
        <div class="upgrade-notice" role="note" data-testid="upgrade-notice">
            <ul>{ for lines }</ul>
            <p class="muted">{ "改用新版后，已评的答案尽量保留：合并的条目取其中较低的等级，两份清单相同的条目只答一次；旧条目的答案仍保存在草稿中。新版的否决事项需要重新回答。" }</p>
            <button type="button" class="button" onclick={on_click}>{ "改用新版模板" }</button>
        </div>
    }
}
