//! The button that opens the file chooser for an import.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::file_import::import_file;
use crate::hooks::use_app_state;

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
