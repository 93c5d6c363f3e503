//! Events read and callbacks built the same way by several components:
//! every button and radio of the 材料 that sends one fixed edit is built by
//! [`send`], and element properties are read by name.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use ziping_app::state::{Action, Edit};

/// A callback that sends `edit` whatever the event.
pub fn send<E>(d: &Dispatcher, edit: Edit) -> Callback<E> {
    let d = d.clone();
    Callback::from(move |_| d.dispatch(Action::Material(edit.clone())))
}

/// The property `name` (`value`, `checked`, `open`) of the event's target,
/// read by name: one binding for every kind of element.
pub fn target_prop(e: &Event, name: &str) -> wasm_bindgen::JsValue {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &name.into()).ok())
        .unwrap_or_default()
}

/// The `value` of the event's target (a text field or a select).
pub fn value_of(e: &Event) -> String {
    target_prop(e, "value").as_string().unwrap_or_default()
}

/// The callback of a `<details>` that keeps whether it is open in `open`.
pub fn on_toggle(open: &UseStateHandle<bool>) -> Callback<Event> {
    let open = open.clone();
    Callback::from(move |e: Event| {
        open.set(target_prop(&e, "open").is_truthy());
    })
}
