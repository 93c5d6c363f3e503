//! 本机加密: set, change or remove the passphrase, the idle time and an
//! encrypted backup (锁定 itself is in the header). Says plainly that a
//! forgotten passphrase cannot be recovered, and offers a backup export
//! first. One form: the current passphrase (once set), the new one twice.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::lock_screen::{input, open};
use crate::browser::webcrypto;
use crate::components::{export_backup, export_drafts};
use crate::hooks::{AppContext, LockContext};
use ziping_app::state::Action;
use ziping_app::storage::lock;
use ziping_vault::{self as vault, check_new_passphrase, KdfParams, Key};

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

/// Does `op` on the browser's store (`held`: the key of an export with the
/// current passphrase); the new key (`None`: removed) and what to say.
async fn run(
    op: Op,
    old: String,
    new: String,
    held: Option<Key>,
) -> Result<(Option<Key>, String), String> {
    let old = match op {
        Op::Change | Op::Remove => {
            let record = lock::lock_record(crate::browser::browser_store().as_ref())
                .ok()
                .flatten()
                .unwrap_or_default();
            Some(open(&old, &record, vault::VERIFIER_CONTEXT).await?.0)
        }
        _ => None,
    };
    let (done, new) = match (op, held) {
        (Op::Export, Some(key)) => ("已导出加密备份。导入时需要输入当前的口令。", Some(key)),
        (Op::Remove, _) => ("已取消加密，本机内容恢复为不加密保存。", None),
        _ => {
            let key = webcrypto::derive_key(&new, KdfParams::new(webcrypto::random()?)).await?;
            let done = match op {
                Op::Set => "已设置口令，本机内容已加密保存。",
                Op::Change => "已修改口令，全部内容已用新口令重新加密。",
                _ => "已导出加密备份，用的是“新口令”栏填写的口令；导入时需要输入这个口令。",
            };
            (done, Some(key))
        }
    };
    if op == Op::Export {
        return Ok((new, done.to_string()));
    }
    let mut store = crate::browser::browser_store();
    let kept = match old.as_ref().or(new.as_ref()) {
        Some(k) => lock::rekey(store.as_mut(), k, new.as_ref(), webcrypto::random),
        None => Ok(Vec::new()),
    }
    .map_err(|e| e.to_string())?;
    let mut done = done.to_string();
    if !kept.is_empty() {
        done.push_str(&format!(
            "另有 {} 项内容无法读取，保留原样未动。",
            kept.len()
        ));
    }
    Ok((new, done))
}

/// The last outcome of the 本机加密 panel: `None` while working.
pub type LockOutcome = Option<Result<String, String>>;

/// The 本机加密 panel of the drafts screen, which keeps its outcome
/// (`use_state(|| Some(Ok(String::new())))`). A function of the drafts
/// screen, which holds that outcome (see docs/size.md for why functions of
/// their parents rather than components).
pub fn lock_settings(
    state: &AppContext,
    lock_ctx: Option<LockContext>,
    outcome: &UseStateHandle<LockOutcome>,
) -> Html {
    let Some(lock_ctx) = lock_ctx else {
        return html! {};
    };
    let encrypted = lock_ctx.encrypted;
    let working = outcome.is_none();

    let act = |op: Op| {
        let (outcome, lock_ctx, state) = (outcome.clone(), lock_ctx.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let [old, new, repeated] =
                FIELDS.map(|f| input(f).map(|i| i.value()).unwrap_or_default());
            // Text in either new field asks an export for another passphrase.
            let held = match op == Op::Export && new.is_empty() && repeated.is_empty() {
                true => lock_ctx.keyring.borrow().clone(),
                false => None,
            };
            if op != Op::Remove && held.is_none() {
                if let Err(e) = check_new_passphrase(&new, &repeated) {
                    outcome.set(Some(Err(e.to_string())));
                    return;
                }
            }
            outcome.set(None);
            let (outcome, on_key) = (outcome.clone(), lock_ctx.on_key.clone());
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = run(op, old, new, held).await.and_then(|(key, message)| {
                    match op {
                        Op::Export => {
                            export_backup(&state, None, &state.dispatcher(), key.as_ref())?
                        }
                        _ => on_key.emit(key),
                    }
                    Ok(message)
                });
                if result.is_ok() {
                    // Done: no passphrase is left standing in the fields.
                    for f in FIELDS.into_iter().filter_map(input) {
                        f.set_value("");
                    }
                }
                outcome.set(Some(result));
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
    let message = match &**outcome {
        None => html! { <p class="muted" role="status">{ "正在处理，请稍候……" }</p> },
        Some(Ok(m)) if m.is_empty() => html! {},
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
