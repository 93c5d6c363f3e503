//! A file dropped anywhere on the page is offered for import.

use crate::reducer::Dispatcher;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::file_import::import_file;

#[hook]
pub fn use_file_drop(dispatcher: Dispatcher) {
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let on_dragover = EventListener::new_with_options(
            &document,
            "dragover",
            EventListenerOptions::enable_prevent_default(),
            |e| e.prevent_default(),
        );
        let on_drop = EventListener::new_with_options(
            &document,
            "drop",
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                e.prevent_default();
                let file = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|e| e.data_transfer())
                    .and_then(|dt| dt.files())
                    .and_then(|files| files.get(0));
                if let Some(file) = file {
                    import_file(file, dispatcher.clone());
                }
            },
        );
        move || drop((on_dragover, on_drop))
    });
}
