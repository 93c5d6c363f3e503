//! The 材料体检's findings under the field they concern, as the person
//! types (after a pause): each with its weight, what is wrong and how a
//! good one reads, its fix in one click where it has one, and 忽略. Never
//! printed, copied or exported (`no-print`, outside the 材料's text).

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::Checkup;
use crate::reducer::Dispatcher;
use ziping_app::state::{Action, Edit};
use ziping_core::{Finding, Severity};

#[derive(Properties, PartialEq)]
pub struct FieldFindingsProps {
    /// The field's place (`Place::key`: problem:p1:text …).
    pub place: AttrValue,
    pub dispatcher: Dispatcher,
}

/// The findings on one field; nothing when there are none. It reads the
/// 体检 alone, so a keystroke elsewhere does not draw it again.
#[function_component]
pub fn FieldFindings(props: &FieldFindingsProps) -> Html {
    let checkup = use_context::<Rc<Checkup>>().unwrap_or_default();
    let Some(here) = checkup.by_place.get(props.place.as_str()) else {
        return Html::default();
    };
    html! {
        <ul class="findings no-print" data-place={props.place.clone()}>
            { for here.iter().map(|f| finding_item(f, &props.dispatcher, Html::default())) }
        </ul>
    }
}

/// One finding as a list item (`data-check` its id), with `extra` (the
/// panel's 定位) before its buttons.
pub fn finding_item(f: &Finding, d: &Dispatcher, extra: Html) -> Html {
    let weight = match f.severity {
        Severity::Must => "must",
        Severity::Should => "should",
        Severity::Note => "note",
    };
    let fix = f.fix.as_ref().map(|fix| {
        let (d, place, fix) = (d.clone(), f.place.clone(), fix.clone());
        let label = format!("改为“{}”", fix.to);
        let onclick = Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Material(Edit::ApplyFix {
                place: place.clone(),
                fix: fix.clone(),
            }))
        });
        html! { <button type="button" class="button small" {onclick} data-testid="finding-fix">{ label }</button> }
    });
    let ignore = {
        let (d, key) = (d.clone(), f.ignore_key());
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Material(Edit::Ignore(key.clone()))))
    };
    html! {
        <li class={classes!("finding", weight)} data-check={f.check.id()}>
            <span class="finding-weight">{ f.severity.label() }</span>
            <span class="finding-text">{ &f.message }</span>
            <span class="finding-actions">
                { extra }
                { fix }
                <button type="button" class="button small quiet" onclick={ignore} data-testid="finding-ignore">{ "忽略" }</button>
            </span>
        </li>
    }
}
