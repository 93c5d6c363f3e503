//! A file dropped anywhere on the page is offered for import (several at
//! once: for the 支部汇总).

use crate::reducer::Dispatcher;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::file_import::{import_file, import_files};

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
                let files = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|e| e.data_transfer())
                    .and_then(|dt| dt.files());
                // Several at once: members' lists for the 支部汇总.
                match files {
                    Some(files) if files.length() > 1 => import_files(files, dispatcher.clone()),
                    Some(files) => {
                        if let Some(file) = files.get(0) {
                            import_file(file, dispatcher.clone());
                        }
                    }
                    None => {}
                }
            },
        );
        move || drop((on_dragover, on_drop))
    });
}
