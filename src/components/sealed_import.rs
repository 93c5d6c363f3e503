//! An encrypted backup (本机加密) chosen for import: asks the passphrase it
//! was exported with, opens it, and hands the backup to the usual import
//! check. A wrong passphrase changes nothing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::{Action, AppState, SealedImport};
use crate::vault::{self, VaultError};
use crate::webcrypto;

/// The context an encrypted backup file is sealed under.
pub const BACKUP_CONTEXT: &str = "ziping.backup";

#[derive(Properties, PartialEq)]
pub struct SealedImportFormProps {
    pub sealed: SealedImport,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component]
pub fn SealedImportForm(props: &SealedImportFormProps) -> Html {
    let input = use_node_ref();
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let on_submit = {
        let (input, error, busy) = (input.clone(), error.clone(), busy.clone());
        let (sealed, d) = (props.sealed.clone(), props.dispatcher.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let passphrase = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            busy.set(true);
            let (error, busy, sealed, d) = (error.clone(), busy.clone(), sealed.clone(), d.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let opened = match vault::params_of(&sealed.text) {
                    Ok(params) => {
                        webcrypto::derive_key(&passphrase, params)
                            .await
                            .and_then(|key| {
                                vault::open(&key, BACKUP_CONTEXT, &sealed.text).map_err(|e| match e
                                {
                                    VaultError::Damaged => {
                                        "口令不正确，或文件已损坏。本机数据没有任何改动。"
                                            .to_string()
                                    }
                                    e => e.to_string(),
                                })
                            })
                    }
                    Err(e) => Err(e.to_string()),
                };
                busy.set(false);
                match opened {
                    Ok(text) => d.dispatch(Action::ImportFile {
                        file_name: sealed.file_name.clone(),
                        content: Ok(text.into_bytes()),
                    }),
                    Err(message) => error.set(Some(message)),
                }
            });
        })
    };
    let d = props.dispatcher.clone();
    html! {
        <form class="notice info lock-form" data-testid="sealed-import" onsubmit={on_submit}>
            <p>{ format!("“{}”是加密备份，请输入导出时使用的口令。", props.sealed.file_name) }</p>
            <label class="field">
                <span class="field-label">{ "备份的口令" }</span>
                <input ref={input} type="password" autocomplete="off" disabled={*busy} />
            </label>
            if let Some(message) = &*error {
                <p class="notice error" role="alert">{ message }</p>
            }
            <div class="toolbar">
                <button type="submit" class="button primary" disabled={*busy}>
                    { if *busy { "正在解密……" } else { "解密并查看" } }
                </button>
                <button type="button" class="button" onclick={Callback::from(move |_| d.dispatch(Action::CancelImport))}>{ "取消" }</button>
            </div>
        </form>
    }
}
