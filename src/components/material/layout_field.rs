//! 正文结构: the occasion's own order of parts or its alternative (a 个人总结
//! by 德、能、勤、绩、廉 or by main duties), where it has one. A function of
//! `MaterialPanel`.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::reducer::Dispatcher;
use ziping_app::state::{Action, Edit};
use ziping_core::{Draft, Occasion};

/// The select, or nothing for an occasion with one order of parts.
pub fn layout_field(draft: &Draft, occasion: &Occasion, d: &Dispatcher) -> Html {
    let Some(alt) = &occasion.alternative else {
        return Html::default();
    };
    let on_change = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let alt = e.target_unchecked_into::<HtmlSelectElement>().value() == "alt";
            d.dispatch(Action::Material(Edit::SetAltLayout(alt)))
        })
    };
    let main = match occasion.parts_label.trim() {
        "" => "默认结构",
        label => label,
    };
    html! {
        <label class="field">
            <span class="field-label">{ "正文结构" }</span>
            <select onchange={on_change} data-testid="layout">
                <option value="main" selected={!draft.alt_layout}>{ main }</option>
                <option value="alt" selected={draft.alt_layout}>{ alt.label.clone() }</option>
            </select>
        </label>
    }
}
