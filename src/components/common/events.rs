//! Callbacks built the same way by several components: every button and
//! radio of the 材料 that sends one fixed edit is built by [`send`]; a
//! `<details>` keeps whether it is open with [`on_toggle`]; the text fields
//! read what they show with [`shown`] and [`value_of`].

use crate::reducer::Dispatcher;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDetailsElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use ziping_app::state::{Action, Edit};

/// A callback that sends `edit` whatever the event.
pub fn send<E>(d: &Dispatcher, edit: Edit) -> Callback<E> {
    let d = d.clone();
    Callback::from(move |_| d.dispatch(Action::Material(edit.clone())))
}

/// The callback of a `<details>` that keeps whether it is open in `open`.
pub fn on_toggle(open: &UseStateHandle<bool>) -> Callback<Event> {
    let open = open.clone();
    Callback::from(move |e: Event| {
        open.set(e.target_unchecked_into::<HtmlDetailsElement>().open());
    })
}

/// The text shown in `el`, a textarea or an input.
pub fn shown(el: &JsValue) -> Option<String> {
    if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        Some(area.value())
    } else {
        el.dyn_ref::<HtmlInputElement>().map(|input| input.value())
    }
}

/// The text shown in the event's target.
pub fn value_of(e: &Event) -> String {
    e.target().and_then(|t| shown(&t)).unwrap_or_default()
}
