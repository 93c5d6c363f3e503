//! Asking for a passphrase (本机加密): the lock screen before anything of the
//! drafts is read, and the prompt of an encrypted backup chosen for import
//! (one form: the same derivation, check and wait). A wrong passphrase
//! changes nothing and costs a short wait that grows with each wrong try.
//!
//! A function of the screen that shows it, which keeps its [`Prompt`]
//! (`use_state(Prompt::default)`).

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::webcrypto;
use ziping_vault::{self as vault, retry_delay_ms, Key, VaultError};

/// The form's state, kept by the screen that shows it.
#[derive(Clone, Default)]
pub struct Prompt {
    /// The sealed value the tries below were made on: another one (another
    /// backup chosen) starts afresh.
    sealed: AttrValue,
    /// Wrong passphrases in a row.
    failures: u32,
    deriving: bool,
    /// Until the next try is allowed.
    waiting: bool,
    /// Why the last try failed (empty: it did not); shared, not copied, by
    /// the clones below.
    message: AttrValue,
}

/// The passphrase field.
const FIELD: &str = "[data-testid=unlock-passphrase]";

/// An input of the page, found by a selector (read when needed: no node
/// reference kept).
pub fn input(selector: &str) -> Option<HtmlInputElement> {
    let el = gloo::utils::document().query_selector(selector).ok()??;
    Some(el.unchecked_into())
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

/// The form that opens `sealed`: the lock screen (`import: None`; `elsewhere`
/// when another window set or changed the passphrase), or the prompt of an
/// encrypted backup of this name being imported, with a way out; `after`
/// below it on the lock screen (忘记口令？).
pub fn passphrase_form(
    prompt: &UseStateHandle<Prompt>,
    sealed: &AttrValue,
    on_open: Callback<(Key, String)>,
    elsewhere: bool,
    import: Option<(&str, Callback<MouseEvent>)>,
    after: Html,
) -> Html {
    // Tries made on another sealed value count for nothing here.
    let p = match prompt.sealed == *sealed {
        true => (**prompt).clone(),
        false => Prompt {
            sealed: sealed.clone(),
            ..Prompt::default()
        },
    };
    let context = match import {
        Some(_) => vault::BACKUP_CONTEXT,
        None => vault::VERIFIER_CONTEXT,
    };
    let on_submit = {
        let (prompt, p) = (prompt.clone(), p.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input(FIELD) else {
                return;
            };
            prompt.set(Prompt {
                deriving: true,
                message: AttrValue::default(),
                ..p.clone()
            });
            let (prompt, mut p, on_open) = (prompt.clone(), p.clone(), on_open.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match open(&field.value(), &p.sealed, context).await {
                    Ok(opened) => {
                        prompt.set(Prompt::default());
                        on_open.emit(opened);
                    }
                    Err(message) => {
                        p.failures += 1;
                        let wait = retry_delay_ms(p.failures);
                        field.set_value("");
                        prompt.set(Prompt {
                            waiting: true,
                            message: format!("{message}（{} 秒后可再试）", wait.div_ceil(1000))
                                .into(),
                            ..p.clone()
                        });
                        Timeout::new(wait, move || {
                            prompt.set(Prompt {
                                message: message.into(),
                                ..p
                            });
                            let _ = field.focus();
                        })
                        .forget();
                    }
                }
            });
        })
    };
    let (intro, label, button, done) = match &import {
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
            if import.is_none() {
                <h1>{ "从严治部 · 个人自评" }</h1>
            }
            <p>{ intro }</p>
            if elsewhere {
                <p class="notice info" role="status">{ "本机加密的口令已在另一个窗口中设置或修改，请输入口令解锁。" }</p>
            }
            <label class="field">
                <span class="field-label">{ label }</span>
                <input type="password" autocomplete="off"
                    data-testid="unlock-passphrase" disabled={p.deriving} />
            </label>
            if !p.message.is_empty() {
                <p class="notice error" role="alert" data-testid="lock-error">{ &p.message }</p>
            }
            <div class="toolbar">
                <button type="submit" class="button primary" disabled={p.deriving || p.waiting} data-testid="unlock">
                    { if p.deriving { done } else { button } }
                </button>
                if let Some((_, on_cancel)) = &import {
                    <button type="button" class="button" onclick={on_cancel.clone()}>{ "取消" }</button>
                }
            </div>
            if import.is_none() {
                <p class="muted">{ "口令只在您的记忆中，本程序不保存口令，也无法找回。忘记口令时，只能从此前导出的备份恢复。" }</p>
            }
        </form>
    };
    match import {
        Some(_) => {
            html! { <div class="notices no-print" data-testid="sealed-import">{ form }</div> }
        }
        None => html! { <div class="lock" id="lock-screen">{ form }{ after }</div> },
    }
}
