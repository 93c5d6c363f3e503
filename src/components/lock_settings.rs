//! 本机加密: set, change or remove the passphrase, lock now, the idle time,
//! and an encrypted backup. Says plainly that a forgotten passphrase cannot
//! be recovered, and offers a backup export first.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::notices::export_drafts;
use super::BACKUP_CONTEXT;
use crate::assessment::{Backup, Draft};
use crate::browser::{download, now_ms};
use crate::hooks::{use_app_state, use_lock};
use crate::state::Action;
use crate::storage::{self, lock};
use crate::vault::{self, check_new_passphrase, KdfParams, Key, VaultError};
use crate::webcrypto;

/// Idle times offered, in minutes.
const IDLE_CHOICES: [u32; 4] = [5, 15, 30, 60];

#[derive(Clone, Copy, PartialEq)]
enum Form {
    None,
    Set,
    Change,
    Remove,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Working,
    Done(String),
    Failed(String),
}

fn value(r: &NodeRef) -> String {
    r.cast::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

fn kept_note(kept: &[(String, VaultError)]) -> String {
    if kept.is_empty() {
        String::new()
    } else {
        format!("另有 {} 项内容无法读取，保留原样未动。", kept.len())
    }
}

/// Derives a key for a new passphrase (fresh salt, today's count).
async fn new_key(passphrase: &str) -> Result<Key, String> {
    let salt = webcrypto::random()?;
    webcrypto::derive_key(passphrase, KdfParams::new(salt)).await
}

/// The key of the passphrase typed, checked against the lock record.
async fn current_key(passphrase: &str) -> Result<Key, String> {
    let record = lock::lock_record(storage::browser_store().as_ref())
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "本机内容没有加密。".to_string())?;
    let params = vault::params_of(&record).map_err(|e| e.to_string())?;
    let key = webcrypto::derive_key(passphrase, params).await?;
    vault::check_passphrase(&key, &record).map_err(|e| e.to_string())?;
    Ok(key)
}

#[function_component]
pub fn LockSettings() -> Html {
    let state = use_app_state();
    let lock_ctx = use_lock();
    let form = use_state(|| Form::None);
    let outcome = use_state(|| Outcome::Idle);
    let (current, fresh, again) = (use_node_ref(), use_node_ref(), use_node_ref());
    let Some(lock_ctx) = lock_ctx else {
        return html! {};
    };
    let encrypted = lock_ctx.encrypted;
    let working = *outcome == Outcome::Working;

    let drafts = || -> Vec<Draft> { state.library.drafts.iter().map(|d| (**d).clone()).collect() };
    let on_backup = {
        let (drafts, d) = (drafts(), state.dispatcher());
        Callback::from(move |_| export_drafts(drafts.clone(), true, &d))
    };
    let show = |f: Form| {
        let (form, outcome) = (form.clone(), outcome.clone());
        Callback::from(move |_| {
            form.set(f);
            outcome.set(Outcome::Idle);
        })
    };
    let on_submit = {
        let (form, outcome, on_key) = (form.clone(), outcome.clone(), lock_ctx.on_key.clone());
        let (current, fresh, again) = (current.clone(), fresh.clone(), again.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let which = *form;
            let (old, new, new2) = (value(&current), value(&fresh), value(&again));
            if which != Form::Remove {
                if let Err(e) = check_new_passphrase(&new, &new2) {
                    outcome.set(Outcome::Failed(e.to_string()));
                    return;
                }
            }
            outcome.set(Outcome::Working);
            let (form, outcome, on_key) = (form.clone(), outcome.clone(), on_key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = async {
                    let mut store = storage::browser_store();
                    let store = store.as_mut();
                    let fail = |e: storage::StorageError| e.to_string();
                    match which {
                        Form::Set => {
                            let key = new_key(&new).await?;
                            let kept = lock::set_passphrase(store, &key, webcrypto::random)
                                .map_err(fail)?;
                            on_key.emit(Some(key));
                            Ok(format!(
                                "已设置口令，本机内容已加密保存。{}",
                                kept_note(&kept)
                            ))
                        }
                        Form::Change => {
                            let old = current_key(&old).await?;
                            let key = new_key(&new).await?;
                            let kept =
                                lock::change_passphrase(store, &old, &key, webcrypto::random)
                                    .map_err(fail)?;
                            on_key.emit(Some(key));
                            Ok(format!(
                                "已修改口令，全部内容已用新口令重新加密。{}",
                                kept_note(&kept)
                            ))
                        }
                        Form::Remove => {
                            let key = current_key(&old).await?;
                            let kept = lock::remove_passphrase(store, &key).map_err(fail)?;
                            on_key.emit(None);
                            Ok(format!(
                                "已取消加密，本机内容恢复为不加密保存。{}",
                                kept_note(&kept)
                            ))
                        }
                        Form::None => Ok(String::new()),
                    }
                }
                .await;
                match result {
                    Ok(message) => {
                        form.set(Form::None);
                        outcome.set(Outcome::Done(message));
                    }
                    Err(message) => outcome.set(Outcome::Failed(message)),
                }
            });
        })
    };
    let on_idle = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            let minutes: u32 = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(15);
            d.dispatch(Action::SetLockIdle(minutes * 60));
        })
    };
    let on_export_sealed = {
        let (drafts, keyring) = (drafts(), lock_ctx.keyring.clone());
        let (outcome, d) = (outcome.clone(), state.dispatcher());
        Callback::from(move |_| {
            let Some(key) = keyring.borrow().clone() else {
                return;
            };
            let backup = Backup::new(drafts.clone(), now_ms(), env!("CARGO_PKG_VERSION"));
            let sealed = webcrypto::random()
                .map(|nonce| vault::seal(&key, BACKUP_CONTEXT, &backup.to_json(), nonce));
            let name = backup.file_name().replace("备份", "加密备份");
            match sealed.and_then(|s| download(&name, "application/octet-stream", &s)) {
                Ok(()) => {
                    d.dispatch(Action::BackedUp);
                    outcome.set(Outcome::Done(
                        "已导出加密备份。导入时需要输入当前的口令。".into(),
                    ));
                }
                Err(e) => outcome.set(Outcome::Failed(e)),
            }
        })
    };

    let field = |label: &'static str, r: &NodeRef, id: &'static str, auto: &'static str| {
        html! {
            <label class="field">
                <span class="field-label">{ label }</span>
                <input ref={r.clone()} type="password" data-testid={id} autocomplete={auto} disabled={working} />
            </label>
        }
    };
    let warning = html! {
        <p class="notice warning" data-testid="no-recovery">
            <strong>{ "忘记口令，内容将无法恢复。" }</strong>
            { "口令不会保存在任何地方，本程序和任何人都无法找回或重置。设置前请先导出备份，并妥善保管口令。" }
            <button type="button" class="button small" onclick={on_backup.clone()}>{ "先导出备份" }</button>
        </p>
    };
    let form_html = match *form {
        Form::None => html! {},
        f => html! {
            <form class="lock-form" onsubmit={on_submit} data-testid="lock-form">
                if f != Form::Remove { { warning } }
                if f != Form::Set { { field("当前口令", &current, "lock-current", "current-password") } }
                if f != Form::Remove {
                    { field("新口令（至少 6 个字符）", &fresh, "lock-new", "new-password") }
                    { field("再次输入新口令", &again, "lock-again", "new-password") }
                }
                if f == Form::Remove {
                    <p class="muted">{ "取消加密后，本机内容将恢复为不加密保存，任何能打开本机浏览器的人都能读到。" }</p>
                }
                <div class="toolbar">
                    <button type="submit" class="button primary" disabled={working} data-testid="lock-submit">
                        { match f { Form::Set => "加密本机内容", Form::Change => "修改口令", _ => "取消加密" } }
                    </button>
                    <button type="button" class="button" onclick={show(Form::None)} disabled={working}>{ "取消" }</button>
                </div>
            </form>
        },
    };
    let outcome_html = match &*outcome {
        Outcome::Idle => html! {},
        Outcome::Working => html! { <p class="muted" role="status">{ "正在处理，请稍候……" }</p> },
        Outcome::Done(m) => {
            html! { <p class="notice info" role="status" data-testid="lock-done">{ m }</p> }
        }
        Outcome::Failed(m) => {
            html! { <p class="notice error" role="alert" data-testid="lock-failed">{ m }</p> }
        }
    };
    let idle_minutes = state.prefs.lock_idle_secs / 60;
    let body = if encrypted {
        let on_lock = lock_ctx.on_lock.reform(|_| ());
        html! {
            <>
                <p data-testid="lock-state">{ "本机内容已加密保存（AES-GCM，口令经 PBKDF2 派生）。打开本程序时需要输入口令。" }</p>
                <div class="toolbar">
                    <button type="button" class="button" onclick={on_lock} data-action="lock">{ "立即锁定" }</button>
                    <label class="field inline">
                        <span class="field-label">{ "无操作时自动锁定" }</span>
                        <select onchange={on_idle} data-testid="lock-idle">
                            { for IDLE_CHOICES.iter().map(|m| html! {
                                <option value={m.to_string()} selected={*m == idle_minutes}>{ format!("{m} 分钟后") }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="button" onclick={show(Form::Change)}>{ "修改口令" }</button>
                    <button type="button" class="button" onclick={show(Form::Remove)}>{ "取消加密" }</button>
                    <button type="button" class="button" onclick={on_export_sealed} data-action="export-sealed">{ "导出加密备份" }</button>
                </div>
            </>
        }
    } else {
        html! {
            <>
                <p>{ "设置口令后，本机保存的草稿、导入的模板和个人信息都会加密保存；打开本程序、离开一段时间后，都需要输入口令才能看到。适合多人共用的办公电脑。" }</p>
                if *form == Form::None {
                    <button type="button" class="button" onclick={show(Form::Set)} data-action="set-passphrase">{ "设置口令" }</button>
                }
            </>
        }
    };
    html! {
        <section class="panel" data-testid="lock-settings">
            <h2>{ "本机加密" }</h2>
            { body }
            { form_html }
            { outcome_html }
        </section>
    }
}
