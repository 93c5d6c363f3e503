//! The lock screen (本机加密): asks for the passphrase before anything of the
//! drafts is read. A wrong passphrase changes nothing and costs a short wait
//! that grows with each wrong try.

use std::cell::Cell;

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::vault::{self, retry_delay_ms, Key};
use crate::webcrypto;

#[derive(Properties, PartialEq)]
pub struct LockScreenProps {
    /// The lock record (the verifier) as stored.
    pub record: AttrValue,
    pub on_unlock: Callback<Key>,
    /// Why the app is locked when it was open a moment ago.
    #[prop_or_default]
    pub reason: Option<AttrValue>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Ready,
    Deriving,
    /// A wrong passphrase (or another problem); `wait` until the next try.
    Failed {
        message: String,
        waiting: bool,
    },
}

#[function_component]
pub fn LockScreen(props: &LockScreenProps) -> Html {
    let input = use_node_ref();
    let status = use_state(|| Status::Ready);
    let failures = use_memo((), |_| Cell::new(0u32));
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                let _ = i.focus();
            }
        });
    }
    let busy = matches!(
        *status,
        Status::Deriving | Status::Failed { waiting: true, .. }
    );
    let on_submit = {
        let (input, status, record) = (input.clone(), status.clone(), props.record.clone());
        let on_unlock = props.on_unlock.clone();
        let failures = failures.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let passphrase = field.value();
            if passphrase.is_empty() {
                status.set(Status::Failed {
                    message: "请输入口令。".into(),
                    waiting: false,
                });
                return;
            }
            status.set(Status::Deriving);
            let (status, record, on_unlock) = (status.clone(), record.clone(), on_unlock.clone());
            let (failures, field) = (failures.clone(), field.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match vault::params_of(&record) {
                    Ok(params) => {
                        webcrypto::derive_key(&passphrase, params)
                            .await
                            .and_then(|key| {
                                vault::check_passphrase(&key, &record)
                                    .map(|_| key)
                                    .map_err(|e| e.to_string())
                            })
                    }
                    Err(e) => Err(e.to_string()),
                };
                match result {
                    Ok(key) => {
                        failures.set(0);
                        on_unlock.emit(key);
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
                        let (status, message) = (status.clone(), message.clone());
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
    html! {
        <div class="lock" id="lock-screen">
            <form class="panel lock-panel" onsubmit={on_submit}>
                <h1>{ "从严治部 · 个人自评" }</h1>
                <p>{ "本机保存的内容已加密。请输入口令解锁。" }</p>
                if let Some(reason) = &props.reason {
                    <p class="notice info" role="status">{ reason }</p>
                }
                <label class="field">
                    <span class="field-label">{ "口令" }</span>
                    <input ref={input} type="password" name="passphrase" autocomplete="current-password"
                        data-testid="unlock-passphrase" disabled={matches!(*status, Status::Deriving)} />
                </label>
                { message }
                <button type="submit" class="button primary" disabled={busy} data-testid="unlock">
                    { if matches!(*status, Status::Deriving) { "正在解锁……" } else { "解锁" } }
                </button>
                <p class="muted">{ "口令只在您的记忆中，本程序不保存口令，也无法找回。忘记口令时，只能从此前导出的备份恢复。" }</p>
            </form>
        </div>
    }
}
