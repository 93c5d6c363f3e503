//! Asking for a passphrase (本机加密): the lock screen before anything of the
//! drafts is read, and the prompt of an encrypted backup chosen for import
//! (one component: the same derivation, check and wait). A wrong passphrase
//! changes nothing and costs a short wait that grows with each wrong try.

use std::cell::Cell;

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::vault::{self, retry_delay_ms, Key, VaultError};
use crate::webcrypto;

#[derive(Properties, PartialEq)]
pub struct LockScreenProps {
    /// The sealed value the passphrase must open: the lock record (the
    /// verifier) or an encrypted backup.
    pub sealed: AttrValue,
    /// What it was sealed under ([`vault::VERIFIER_CONTEXT`] or the backup's).
    pub context: AttrValue,
    /// The key and the opened text.
    pub on_open: Callback<(Key, String)>,
    /// Why the app is locked when it was open a moment ago.
    #[prop_or_default]
    pub reason: Option<AttrValue>,
    /// An encrypted backup of this name is being imported (with a way out).
    #[prop_or_default]
    pub import: Option<(AttrValue, Callback<()>)>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Ready,
    Deriving,
    /// A wrong passphrase (or another problem); `waiting` until the next try.
    Failed {
        message: String,
        waiting: bool,
    },
}

/// Derives the key with the sealed value's own parameters and opens it.
async fn open(passphrase: &str, sealed: &str, context: &str) -> Result<(Key, String), String> {
    let params = vault::params_of(sealed).map_err(|e| e.to_string())?;
    let key = webcrypto::derive_key(passphrase, params).await?;
    match vault::open(&key, context, sealed) {
        Ok(text) => Ok((key, text)),
        Err(VaultError::Damaged | VaultError::OtherPassphrase) => {
            Err(VaultError::WrongPassphrase.to_string())
        }
        Err(e) => Err(e.to_string()),
    }
}

#[function_component]
pub fn LockScreen(props: &LockScreenProps) -> Html {
    let input = use_node_ref();
    let status = use_state(|| Status::Ready);
    let failures = use_memo((), |_| Cell::new(0u32));
    let deriving = *status == Status::Deriving;
    let busy = deriving || matches!(*status, Status::Failed { waiting: true, .. });
    let on_submit = {
        let (input, status, failures) = (input.clone(), status.clone(), failures.clone());
        let (sealed, context, on_open) = (
            props.sealed.clone(),
            props.context.clone(),
            props.on_open.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            status.set(Status::Deriving);
            let (status, sealed, context) = (status.clone(), sealed.clone(), context.clone());
            let (on_open, failures) = (on_open.clone(), failures.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match open(&field.value(), &sealed, &context).await {
                    Ok(opened) => {
                        failures.set(0);
                        status.set(Status::Ready);
                        on_open.emit(opened);
                    }
                    Err(message) => {
                        let n = failures.get() + 1;
                        failures.set(n);
                        let wait = retry_delay_ms(n);
                        field.set_value("");
                        status.set(Status::Failed {
                            message: format!("{message}（{} 秒后可再试）", wait.div_ceil(1000)),
                            waiting: true,
                        });
                        let status = status.clone();
                        Timeout::new(wait, move || {
                            status.set(Status::Failed {
                                message,
                                waiting: false,
                            });
                            let _ = field.focus();
                        })
                        .forget();
                    }
                }
            });
        })
    };
    let message = match &*status {
        Status::Failed { message, .. } => Some(html! {
            <p class="notice error" role="alert" data-testid="lock-error">{ message }</p>
        }),
        _ => None,
    };
    let (intro, label, button, done) = match &props.import {
        Some((name, _)) => (
            format!("“{name}”是加密备份，请输入导出时使用的口令。本机数据不会改动。"),
            "备份的口令",
            "解密并查看",
            "正在解密……",
        ),
        None => (
            "本机保存的内容已加密。请输入口令解锁。".to_string(),
            "口令",
            "解锁",
            "正在解锁……",
        ),
    };
    let form = html! {
        <form class="panel lock-form" onsubmit={on_submit} data-testid="passphrase-form">
            if props.import.is_none() {
                <h1>{ "从严治部 · 个人自评" }</h1>
            }
            <p>{ intro }</p>
            if let Some(reason) = &props.reason {
                <p class="notice info" role="status">{ reason }</p>
            }
            <label class="field">
                <span class="field-label">{ label }</span>
                <input ref={input} type="password" autocomplete="off"
                    data-testid="unlock-passphrase" disabled={deriving} />
            </label>
            { message }
            <div class="toolbar">
                <button type="submit" class="button primary" disabled={busy} data-testid="unlock">
                    { if deriving { done } else { button } }
                </button>
                if let Some((_, on_cancel)) = &props.import {
                    <button type="button" class="button" onclick={on_cancel.reform(|_| ())}>{ "取消" }</button>
                }
            </div>
            if props.import.is_none() {
                <p class="muted">{ "口令只在您的记忆中，本程序不保存口令，也无法找回。忘记口令时，只能从此前导出的备份恢复。" }</p>
            }
        </form>
    };
    match props.import {
        Some(_) => {
            html! { <div class="notices no-print" data-testid="sealed-import">{ form }</div> }
        }
        None => html! { <div class="lock" id="lock-screen">{ form }</div> },
    }
}
