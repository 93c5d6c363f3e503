//! The lock screen's way out (忘记口令？): what forgetting means, then
//! 清除本机数据并导入备份 behind typing 清除, with the backup chosen right
//! there. Clearing is the screen's (`Root`'s): this only asks.

use yew::prelude::*;

use super::input;
use crate::browser::focus_soon;
use ziping_app::storage::lock::{forgot_confirmed, FORGOT_WORD};

#[derive(Properties, PartialEq)]
pub struct ForgotPassphraseProps {
    /// Clear, then import the chosen backup (`None`: none chosen).
    pub on_reset: Callback<Option<web_sys::File>>,
    /// Why the last clearing failed (nothing was changed).
    #[prop_or_default]
    pub failed: AttrValue,
}

#[function_component]
pub fn ForgotPassphrase(props: &ForgotPassphraseProps) -> Html {
    let open = use_state(|| false);
    let typed = use_state(String::new);
    if !*open {
        let open = open.clone();
        let onclick = Callback::from(move |_| {
            open.set(true);
            focus_soon("[data-testid=forgot-word]".into());
        });
        return html! {
            <button type="button" class="link-button" data-action="forgot" {onclick}>{ "忘记口令？" }</button>
        };
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(el) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                typed.set(el.value());
            }
        })
    };
    let on_reset = {
        let (on_reset, typed) = (props.on_reset.clone(), typed.clone());
        Callback::from(move |_| {
            // Asked once: the word is cleared (the button with it) before a
            // second click of a double click, which would clear again after
            // the import.
            typed.set(String::new());
            let file = input("[data-testid=forgot-backup]")
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            on_reset.emit(file);
        })
    };
    let on_cancel = {
        let (open, typed) = (open.clone(), typed.clone());
        Callback::from(move |_| {
            open.set(false);
            typed.set(String::new());
        })
    };
    html! {
        <section class="panel forgot" data-testid="forgot">
            <h2>{ "忘记口令" }</h2>
            <p>{ "口令无法找回，本机加密保存的草稿没有口令就打不开。可以做的是：清除本机保存的全部内容（草稿、设置和口令），再导入此前导出的备份。备份之后的修改会丢失。" }</p>
            <label class="field">
                <span class="field-label">{ "备份文件（可稍后在“草稿与备份”中导入）" }</span>
                <input type="file" accept=".json,.txt,application/json,text/plain" data-testid="forgot-backup" />
            </label>
            <label class="field">
                <span class="field-label">{ format!("请输入“{FORGOT_WORD}”两字确认") }</span>
                <input type="text" autocomplete="off" data-testid="forgot-word" {oninput} value={(*typed).clone()} />
            </label>
            if !props.failed.is_empty() {
                <p class="notice error" role="alert" data-testid="forgot-failed">{ &props.failed }</p>
            }
            <div class="toolbar">
                <button type="button" class="button danger" data-confirm="forgot" onclick={on_reset}
                    disabled={!forgot_confirmed(&typed)}>{ "清除本机数据并导入备份" }</button>
                <button type="button" class="button" onclick={on_cancel}>{ "取消" }</button>
            </div>
        </section>
    }
}
