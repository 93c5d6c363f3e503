//! Changes another window or tab made to our drafts reach this one through
//! the `storage` event.

use crate::reducer::Dispatcher;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Store;
use ziping_app::state::Action;
use ziping_app::storage;
use ziping_vault as vault;

#[hook]
pub fn use_other_windows(dispatcher: Dispatcher, store: Store) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let (Some(key), mut value) = (e.key(), e.new_value()) else {
                return;
            };
            // Encrypted (本机加密): read it through the layer, which opens it
            // with this window's key; one it cannot open is left for the
            // next start to report, never shown as damaged here.
            if value.as_deref().is_some_and(vault::is_sealed) {
                value = store.borrow().get(&key).ok().flatten();
            }
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
