//! The button that opens the file chooser for an import, and the reading of
//! a chosen or dropped file (off the click path) into the reducer.

use crate::reducer::Dispatcher;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{focus_soon, read_file};
use crate::hooks::use_app_state;
use ziping_app::state::Action;
use ziping_core::MAX_IMPORT_BYTES;
use ziping_vault as vault;

/// Reads a file off the click path and hands its bytes to the reducer.
pub fn import_file(file: web_sys::File, dispatcher: Dispatcher) {
    wasm_bindgen_futures::spawn_local(async move {
        let content = read_file(&file, MAX_IMPORT_BYTES).await;
        // An encrypted backup (本机加密) first asks for its passphrase.
        let sealed = content
            .as_ref()
            .ok()
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .map(str::trim)
            .filter(|text| vault::is_sealed(text))
            .map(str::to_string);
        match sealed {
            Some(text) => dispatcher.dispatch(Action::ImportSealed {
                file_name: file.name(),
                text,
            }),
            None => dispatcher.dispatch(Action::ImportFile {
                file_name: file.name(),
                content,
            }),
        }
        // The confirmation (or the reason it cannot be imported) takes focus.
        focus_soon(
            "[data-testid=import-confirm] .button.primary, [data-testid=import-notice] button, [data-testid=sealed-import] input"
                .into(),
        );
    });
}

/// A button that opens the file chooser.
#[function_component]
pub fn ImportButton() -> Html {
    let state = use_app_state();
    let input = use_node_ref();
    let on_click = {
        let input = input.clone();
        Callback::from(move |_| {
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                el.click();
            }
        })
    };
    let on_change = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = el.files().and_then(|f| f.get(0)) {
                import_file(file, d.clone());
            }
            // Choosing the same file again must fire `change` again.
            el.set_value("");
        })
    };
    html! {
        <>
            <button type="button" class="button" data-action="import" onclick={on_click}>{ "导入备份或模板…" }</button>
            <input type="file" accept=".json,application/json" hidden=true ref={input}
                onchange={on_change} data-testid="import-input" aria-label="选择要导入的文件" />
        </>
    }
}
