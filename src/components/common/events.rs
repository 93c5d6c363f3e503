//! Callbacks built the same way by several components: every button and
//! radio of the 材料 that sends one fixed edit is built by [`send`]; a
//! `<details>` keeps whether it is open with [`on_toggle`].

use crate::reducer::Dispatcher;
use web_sys::HtmlDetailsElement;
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
