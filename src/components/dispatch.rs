//! Callbacks that send one fixed edit of the 材料's inputs: every button
//! and radio of the 材料 that does one thing is built here, so they share one closure type (each
//! closure type of a `Callback` is code of its own in the single file).

use yew::prelude::*;

use crate::state::{Action, AppState, Edit};

/// A callback that sends `edit` whatever the event.
pub fn send<E>(d: &UseReducerDispatcher<AppState>, edit: Edit) -> Callback<E> {
    let d = d.clone();
    Callback::from(move |_| d.dispatch(Action::Material(edit.clone())))
}
