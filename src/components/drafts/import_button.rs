//! The button that opens the file chooser for an import.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::file_import::import_file;
use crate::reducer::Dispatcher;

/// A button that opens the file chooser. A function of `Drafts`, not a
/// component: it holds no state (each draw's `NodeRef` is the input's).
pub fn import_button(d: &Dispatcher) -> Html {
    let input = NodeRef::default();
    let on_click = {
        let input = input.clone();
        Callback::from(move |_| {
            if let Some(el) = input.cast::<HtmlInputElement>() {
                el.click();
            }
        })
    };
    let on_change = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let Some(el) = e.target_dyn_into::<HtmlInputElement>() else {
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
            <input type="file" accept=".json,.txt,application/json,text/plain" hidden=true ref={input}
                onchange={on_change} data-testid="import-input" aria-label="选择要导入的文件" />
        </>
    }
}
