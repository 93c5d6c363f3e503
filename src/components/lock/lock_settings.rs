//! 本机加密: set, change or remove the passphrase, the idle time and an
//! encrypted backup (锁定 itself is in the header). Says plainly that a
//! forgotten passphrase cannot be recovered, and offers a backup export
//! first. One form: the current passphrase (once set), the new one twice.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::lock_screen::input;
use crate::browser::webcrypto;
use crate::components::{export_backup, export_drafts};
use crate::hooks::{AppContext, LockContext};
use ziping_app::state::Action;
use ziping_app::storage::lock::Rekey;
use ziping_vault::{check_new_passphrase, KdfParams, Key, VaultError};

/// What the form does.
#[derive(Clone, Copy, PartialEq)]
enum Op {
    Set,
    Change,
    Remove,
    /// An encrypted backup: with the passphrase typed in the two new fields
    /// when there is one (another passphrase, or the store is not
    /// encrypted), else with the key held.
    Export,
}

/// The panel's three passphrase fields (the current one shows once a
/// passphrase is set), read on click: no node references kept for them.
const FIELDS: [&str; 3] = [
    "[data-testid=lock-current]",
    "[data-testid=lock-new]",
    "[data-testid=lock-again]",
];

/// What the form hands on once the keys are derived.
enum Done {
    /// A passphrase to set, change or remove: the storage effect does it
    /// (`Action::Rekey`) and the state says how it went.
    Rekey(Rekey),
    /// An encrypted backup with this key, and what to say.
    Export(Option<Key>, &'static str),
}

/// Derives what `op` needs: the current key checked against the one this
/// window holds (`current`), the new one from `new`; `held`: the key of an
/// export with the current passphrase. Touches no storage.
async fn derive(
    op: Op,
    old: String,
    new: String,
    current: Option<Key>,
    held: Option<Key>,
) -> Result<Done, String> {
    let old = match (op, current) {
        (Op::Change | Op::Remove, Some(current)) => {
            let typed = webcrypto::derive_key(&old, *current.params()).await?;
            if typed != current {
                return Err(VaultError::WrongPassphrase.to_string());
            }
            Some(typed)
        }
        (Op::Change | Op::Remove, None) => return Err(VaultError::WrongPassphrase.to_string()),
        _ => None,
    };
    if let (Op::Export, Some(key)) = (op, &held) {
        return Ok(Done::Export(
            Some(key.clone()),
            "已导出加密备份。导入时需要输入当前的口令。",
        ));
    }
    let new = match op {
        Op::Remove => None,
        _ => Some(webcrypto::derive_key(&new, KdfParams::new(webcrypto::random()?)).await?),
    };
    Ok(match op {
        Op::Export => Done::Export(
            new,
            "已导出加密备份，用的是“新口令”栏填写的口令；导入时需要输入这个口令。",
        ),
        _ => Done::Rekey(Rekey { old, new }),
    })
}

/// Where the 本机加密 panel stands, kept by the drafts screen
/// (`use_state(LockOutcome::default)`).
#[derive(Clone, Default, PartialEq)]
pub enum LockOutcome {
    #[default]
    Idle,
    /// Deriving a key.
    Working,
    /// The passphrase change went to the storage effect: the state says
    /// how it went.
    Handed,
    Done(String),
    Failed(String),
}

/// The 本机加密 panel of the drafts screen, which keeps its outcome. A
/// function of the drafts screen, which holds that outcome (see
/// docs/size.md for why functions of their parents rather than components).
pub fn lock_settings(
    state: &AppContext,
    lock_ctx: Option<LockContext>,
    outcome: &UseStateHandle<LockOutcome>,
) -> Html {
    let Some(lock_ctx) = lock_ctx else {
        return html! {};
    };
    let encrypted = lock_ctx.encrypted;
    let working = **outcome == LockOutcome::Working || state.persist.rekey.is_some();

    let act = |op: Op| {
        let (outcome, lock_ctx, state) = (outcome.clone(), lock_ctx.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let [old, new, repeated] =
                FIELDS.map(|f| input(f).map(|i| i.value()).unwrap_or_default());
            let current = lock_ctx.keyring.borrow().clone();
            // Text in either new field asks an export for another passphrase.
            let held = match op == Op::Export && new.is_empty() && repeated.is_empty() {
                true => current.clone(),
                false => None,
            };
            if op != Op::Remove && held.is_none() {
                if let Err(e) = check_new_passphrase(&new, &repeated) {
                    outcome.set(LockOutcome::Failed(e.to_string()));
                    return;
                }
            }
            outcome.set(LockOutcome::Working);
            let (outcome, state) = (outcome.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = derive(op, old, new, current, held).await.and_then(|done| {
                    Ok(match done {
                        Done::Rekey(rekey) => {
                            state.dispatch(Action::Rekey(rekey));
                            LockOutcome::Handed
                        }
                        Done::Export(key, message) => {
                            export_backup(&state, None, &state.dispatcher(), key.as_ref())?;
                            LockOutcome::Done(message.to_string())
                        }
                    })
                });
                if result.is_ok() {
                    // Done: no passphrase is left standing in the fields.
                    for f in FIELDS.into_iter().filter_map(input) {
                        f.set_value("");
                    }
                }
                outcome.set(result.unwrap_or_else(LockOutcome::Failed));
            });
        })
    };
    let on_backup = {
        let state = state.clone();
        Callback::from(move |_| export_drafts(&state, None, &state.dispatcher()))
    };
    let on_idle = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            let minutes: u32 = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(15);
            d.dispatch(Action::SetLockIdle(minutes * 60));
        })
    };

    let field = |label: &'static str, id: &'static str| {
        html! {
            <label class="field">
                <span class="field-label">{ label }</span>
                <input type="password" data-testid={id} autocomplete="new-password" disabled={working} />
            </label>
        }
    };
    let idle_minutes = state.prefs.lock_idle_secs / 60;
    let button = |label: &'static str, op: Op, primary: bool| {
        html! {
            <button type="button" class={classes!("button", primary.then_some("primary"))}
                disabled={working} onclick={act(op)} data-testid="lock-submit">{ label }</button>
        }
    };
    let said = match (&**outcome, &state.notices.passphrase) {
        (LockOutcome::Handed, Some(Ok(m))) => Some(Ok(m.clone())),
        (LockOutcome::Handed, Some(Err(e))) => Some(Err(e.to_string())),
        (LockOutcome::Done(m), _) => Some(Ok(m.clone())),
        (LockOutcome::Failed(m), _) => Some(Err(m.clone())),
        _ => None,
    };
    let message = match said {
        _ if working => html! { <p class="muted" role="status">{ "正在处理，请稍候……" }</p> },
        None => html! {},
        Some(Ok(m)) => {
            html! { <p class="notice info" role="status" data-testid="lock-done">{ m }</p> }
        }
        Some(Err(m)) => {
            html! { <p class="notice error" role="alert" data-testid="lock-failed">{ m }</p> }
        }
    };
    html! {
        <section class="panel" data-testid="lock-settings">
            <h2>{ "本机加密" }</h2>
            if encrypted {
                <p>{ "本机内容已加密保存（AES-GCM，口令经 PBKDF2 派生），打开本程序时需要输入口令。" }</p>
                <div class="toolbar">
                    <label>{ "无操作 " }
                        <select onchange={on_idle} data-testid="lock-idle">
                            { for [5u32, 15, 30, 60].map(|m| html! {
                                <option value={m.to_string()} selected={m == idle_minutes}>{ m }</option>
                            }) }
                        </select>
                        { " 分钟后自动锁定" }
                    </label>
                </div>
                { field("当前口令", "lock-current") }
            } else {
                <p>{ "设置口令后，本机保存的草稿、导入的模板和个人信息都会加密保存，打开本程序、离开一段时间后都要输入口令。适合多人共用的办公电脑。" }</p>
            }
            <p class="notice warning" data-testid="no-recovery">
                <strong>{ "忘记口令，内容将无法恢复。" }</strong>
                { "口令不保存在任何地方，本程序和任何人都无法找回或重置。设置或修改前请先导出备份，并记牢口令。" }
                <button type="button" class="button small" onclick={on_backup}>{ "先导出备份" }</button>
            </p>
            { field("新口令（至少 6 个字符）", "lock-new") }
            { field("再次输入新口令", "lock-again") }
            <div class="toolbar">
                if encrypted {
                    { button("修改口令", Op::Change, true) }
                    { button("取消加密", Op::Remove, false) }
                } else {
                    { button("设置口令并加密", Op::Set, true) }
                }
                <button type="button" class="button" onclick={act(Op::Export)} disabled={working} data-action="export-sealed">{ "导出加密备份" }</button>
            </div>
            <p class="muted">{ if encrypted { "导出加密备份用当前口令；如在“新口令”两栏填写了口令，则用填写的口令，本机口令不变。" } else { "导出加密备份用“新口令”两栏填写的口令，本机内容仍不加密。" } }</p>
            { message }
        </section>
    }
}
