//! The page's root (本机加密): the lock screen while the store is encrypted
//! and this window holds no key, the app otherwise. What shows is a small
//! pure reducer (`ziping_app::storage::gate`); the lock record it decides
//! from is read by one effect, at start, on 锁定 and when another window
//! changes it. Locking (锁定, the idle time, or another window setting or
//! changing the passphrase) unmounts the app, which writes what is pending
//! on its way out, and then forgets the key.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::App;
use super::{passphrase_form, ForgotPassphrase, Prompt};
use crate::browser::focus_soon;
use crate::file_import::read_backup;
use crate::hooks::LockContext;
use ziping_app::state::clear_failed_message;
use ziping_app::storage::gate::{Check, Gate, GateAction, Screen};
use ziping_app::storage::{self, lock};
use ziping_vault::Key;

/// The gate as Yew's reducer.
#[derive(PartialEq, Default)]
struct GateReducer(Gate);

impl Reducible for GateReducer {
    type Action = GateAction;

    fn reduce(self: Rc<Self>, action: GateAction) -> Rc<Self> {
        let mut gate = self.0.clone();
        gate.apply(action);
        Rc::new(GateReducer(gate))
    }
}

fn hide_boot_message() {
    if let Some(el) = gloo::utils::document().get_element_by_id("boot") {
        let _ = el.set_attribute("hidden", "");
    }
}

#[function_component]
pub fn Root() -> Html {
    let keyring: lock::Keyring = use_mut_ref(|| None::<Key>);
    let last_nav = use_memo((), |_| Cell::new(None));
    let handoff = use_mut_ref(|| None::<web_sys::File>);
    let forgot_failed = use_state(AttrValue::default);
    let gate = use_reducer(GateReducer::default);
    let prompt = use_state(Prompt::default);
    {
        // The one read of the lock record: each check asked for is answered
        // with what the browser's store holds.
        let d = gate.dispatcher();
        use_effect_with(gate.0.checks, move |_| {
            let record = lock::lock_record(crate::browser::browser_store().as_ref());
            d.dispatch(GateAction::Read(record.ok().flatten()));
        });
    }
    {
        // Another window setting, changing or removing the passphrase, or
        // clearing the whole storage (`key` null), asks for a check.
        let d = gate.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if e.key().is_none_or(|k| k == lock::LOCK_KEY) {
                    d.dispatch(GateAction::Check(Check::Elsewhere));
                }
            });
            move || drop(listener)
        });
    }
    {
        // The key is forgotten once the app is gone (it saved on its way
        // out) or open on a plain store; the lock screen takes the focus.
        let keyring = keyring.clone();
        let locked = matches!(gate.0.screen, Screen::Locked { .. });
        let mount = match gate.0.screen {
            Screen::Open { mount, .. } => mount,
            _ => 0,
        };
        let holds_key = gate.0.holds_key();
        use_effect_with((locked, mount), move |_| {
            if !holds_key {
                keyring.borrow_mut().take();
            }
            if locked {
                hide_boot_message();
                focus_soon("[data-testid=unlock-passphrase]".into());
            }
        });
    }

    match &gate.0.screen {
        Screen::Reading => html! {},
        Screen::Locked { record, elsewhere } => {
            let (keyring, d) = (keyring.clone(), gate.dispatcher());
            let on_open = Callback::from(move |(key, _): (Key, String)| {
                let params = *key.params();
                keyring.replace(Some(key));
                d.dispatch(GateAction::Unlocked(params));
            });
            // 忘记口令: clear everything, then open the app on the empty
            // store with the chosen backup to import.
            let on_reset = {
                let (handoff, d, failed) =
                    (handoff.clone(), gate.dispatcher(), forgot_failed.clone());
                Callback::from(move |file: Option<web_sys::File>| {
                    let (handoff, d, failed) = (handoff.clone(), d.clone(), failed.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        // An encrypted backup wants the very passphrase
                        // forgotten: refused before anything is cleared.
                        if let Some(f) = &file {
                            if read_backup(f).await.1.is_some() {
                                failed.set(format!("“{}”是加密备份，要用导出时的口令才能打开，口令忘了也就无法导入。请选用未加密的备份（“导出全部草稿（备份）”导出的文件），或不选文件只清除。本机数据没有改动。", f.name()).into());
                                return;
                            }
                        }
                        match storage::clear_all(crate::browser::browser_store().as_mut()) {
                            Ok(()) => {
                                *handoff.borrow_mut() = file;
                                failed.set(AttrValue::default());
                                d.dispatch(GateAction::Check(Check::Start));
                            }
                            Err(e) => failed.set(clear_failed_message(&e).into()),
                        }
                    });
                })
            };
            let after = html! { <ForgotPassphrase {on_reset} failed={(*forgot_failed).clone()} /> };
            passphrase_form(
                &prompt,
                &record.clone().into(),
                on_open,
                *elsewhere,
                None,
                after,
            )
        }
        Screen::Open { mount, key } => {
            let on_key = {
                let (keyring, d) = (keyring.clone(), gate.dispatcher());
                Callback::from(move |key: Option<Key>| {
                    let params = key.as_ref().map(|k| *k.params());
                    *keyring.borrow_mut() = key;
                    d.dispatch(GateAction::KeyChanged(params));
                })
            };
            let on_lock = {
                let d = gate.dispatcher();
                Callback::from(move |_| d.dispatch(GateAction::Check(Check::Lock)))
            };
            let context = LockContext {
                keyring: keyring.clone(),
                encrypted: key.is_some(),
                on_lock,
                on_key,
                last_nav: Rc::clone(&last_nav),
                handoff: handoff.clone(),
            };
            html! { <App key={*mount} lock={context} /> }
        }
    }
}
