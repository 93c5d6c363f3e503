//! Changes another window or tab made to our drafts reach this one through
//! the `storage` event.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::storage;

#[hook]
pub fn use_other_windows(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let (Some(key), value) = (e.key(), e.new_value()) else {
                return;
            };
            if let Some((id, draft)) = storage::external_change(&key, value.as_deref()) {
                dispatcher.dispatch(Action::ExternalChange {
                    id,
                    draft: draft.map(Box::new),
                });
            }
        });
        move || drop(listener)
    });
}
