//! The button that chooses many members' files at once for the 汇总.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::file_import::import_files;
use crate::hooks::use_app_state;

#[function_component]
pub fn BranchImport() -> Html {
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
            if let Some(files) = el.files() {
                import_files(files, d.clone());
            }
            el.set_value("");
        })
    };
    html! {
        <>
            <button type="button" class="button primary" onclick={on_click}>{ "导入同志们的问题清单…" }</button>
            <input type="file" accept=".json,application/json" multiple=true hidden=true ref={input}
                onchange={on_change} data-testid="branch-input" aria-label="选择问题清单文件（可多选）" />
        </>
    }
}
