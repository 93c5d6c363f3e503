//! The page's root (本机加密): the lock screen while the store is encrypted
//! and this window holds no key, the app otherwise. Locking (锁定, the idle
//! time, or another window setting or changing the passphrase) unmounts the
//! app, which writes what is pending on its way out, and then forgets the key.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{App, LockScreen};
use crate::browser::focus_soon;
use crate::hooks::LockContext;
use crate::storage::{self, lock};
use crate::vault::{self, Key};

#[derive(Clone, PartialEq)]
enum Gate {
    /// The app, mounted for the n-th time (a remount reads the store afresh).
    Open(u32),
    /// The lock screen for this lock record, and why it shows.
    Locked(AttrValue, Option<AttrValue>),
}

/// The lock record in the browser's store, if it is encrypted.
fn lock_record() -> Option<String> {
    lock::lock_record(storage::browser_store().as_ref())
        .ok()
        .flatten()
}

fn hide_boot_message() {
    if let Some(el) = gloo::utils::document().get_element_by_id("boot") {
        let _ = el.set_attribute("hidden", "");
    }
}

#[function_component]
pub fn Root() -> Html {
    let keyring: lock::Keyring = (*use_memo((), |_| Rc::new(RefCell::new(None::<Key>)))).clone();
    let encrypted = use_state(|| false);
    let gate = use_state(|| match lock_record() {
        Some(record) => Gate::Locked(record.into(), None),
        None => Gate::Open(0),
    });
    let mounts = use_mut_ref(|| 0u32);
    let open = {
        let (gate, mounts) = (gate.clone(), mounts.clone());
        Callback::from(move |_: ()| {
            *mounts.borrow_mut() += 1;
            gate.set(Gate::Open(*mounts.borrow()));
        })
    };
    // Locks if the store is encrypted; reopens afresh if it no longer is.
    let relock = {
        let (gate, keyring, encrypted, open) = (
            gate.clone(),
            keyring.clone(),
            encrypted.clone(),
            open.clone(),
        );
        Callback::from(move |reason: Option<&'static str>| match lock_record() {
            Some(record) => gate.set(Gate::Locked(record.into(), reason.map(AttrValue::from))),
            None => {
                keyring.borrow_mut().take();
                encrypted.set(false);
                open.emit(());
            }
        })
    };
    {
        // One effect (each is more code in the single file): forget the key
        // once the app is gone (it saved on its way out), and watch for
        // another window setting, changing or removing the passphrase.
        let (keyring, encrypted, relock) = (keyring.clone(), encrypted.clone(), relock.clone());
        use_effect_with((*gate).clone(), move |gate| {
            if matches!(gate, Gate::Locked(..)) {
                keyring.borrow_mut().take();
                encrypted.set(false);
                hide_boot_message();
                focus_soon("[data-testid=unlock-passphrase]".into());
            }
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // `key` is null when another window cleared the whole storage.
                if e.key().is_some_and(|k| k != lock::LOCK_KEY) {
                    return;
                }
                let ours = keyring.borrow().as_ref().map(|k| *k.params());
                let theirs = lock_record().and_then(|r| vault::params_of(&r).ok());
                let removed = e.key().is_some() && theirs.is_none();
                if ours != theirs || removed {
                    relock.emit(Some(
                        "本机加密的口令已在另一个窗口中设置或修改，请输入口令解锁。",
                    ));
                }
            });
            move || drop(listener)
        });
    }

    match &*gate {
        Gate::Locked(record, reason) => {
            let (keyring, encrypted) = (keyring.clone(), encrypted.clone());
            let on_open = Callback::from(move |(key, _): (Key, String)| {
                keyring.replace(Some(key));
                encrypted.set(true);
                open.emit(());
            });
            html! {
                <LockScreen sealed={record.clone()} context={vault::VERIFIER_CONTEXT}
                    reason={reason.clone()} {on_open} />
            }
        }
        Gate::Open(n) => {
            let on_key = {
                let (keyring, encrypted) = (keyring.clone(), encrypted.clone());
                Callback::from(move |key: Option<Key>| {
                    encrypted.set(key.is_some());
                    *keyring.borrow_mut() = key;
                })
            };
            let context = LockContext {
                keyring: keyring.clone(),
                encrypted: *encrypted,
                on_lock: relock.reform(|_| None),
                on_key,
            };
            html! { <App key={*n} lock={context} /> }
        }
    }
}
