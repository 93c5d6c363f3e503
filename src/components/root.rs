//! The page's root (本机加密): the lock screen while the store is encrypted
//! and this window holds no key, the app otherwise. Locking (锁定, the idle
//! time, or another window setting or changing the passphrase) unmounts the
//! app, which writes what is pending on its way out, and then forgets the key.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::App;
use super::{passphrase_form, Prompt};
use crate::browser::focus_soon;
use crate::hooks::LockContext;
use ziping_app::storage::lock;
use ziping_vault::{self as vault, Key};

enum Gate {
    /// The app, mounted for the n-th time (a remount reads the store
    /// afresh), and whether this window holds the store's key.
    Open(u32, bool),
    /// The lock screen for this lock record; `true` when another window
    /// set or changed the passphrase.
    Locked(AttrValue, bool),
}

/// The lock record in the browser's store, if it is encrypted.
fn lock_record() -> Option<String> {
    lock::lock_record(crate::browser::browser_store().as_ref())
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
    let keyring: lock::Keyring = use_mut_ref(|| None::<Key>);
    let gate = use_state(|| match lock_record() {
        Some(record) => Gate::Locked(record.into(), false),
        None => Gate::Open(0, false),
    });
    let prompt = use_state(Prompt::default);
    // The app anew (`Locked` unmounted it, so any count does then); 0 while
    // locked.
    let next = match *gate {
        Gate::Open(n, _) => n + 1,
        Gate::Locked(..) => 0,
    };
    // Locks if the store is encrypted; reopens afresh if it no longer is.
    let relock = {
        let (gate, keyring) = (gate.clone(), keyring.clone());
        Callback::from(move |elsewhere: bool| match lock_record() {
            Some(record) => gate.set(Gate::Locked(record.into(), elsewhere)),
            None => {
                keyring.borrow_mut().take();
                gate.set(Gate::Open(next, false));
            }
        })
    };
    {
        // One effect: forget the key once the app is gone (it saved on its way out), and watch for
        // another window setting, changing or removing the passphrase.
        let (keyring, relock) = (keyring.clone(), relock.clone());
        // Runs again when the gate locks or opens the app anew, not when
        // only the key or the lock record changes (a count of the gate's
        // changes).
        use_effect_with(next, move |&next| {
            if next == 0 {
                keyring.borrow_mut().take();
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
                    relock.emit(true);
                }
            });
            move || drop(listener)
        });
    }

    match &*gate {
        Gate::Locked(record, elsewhere) => {
            let (keyring, gate) = (keyring.clone(), gate.clone());
            let on_open = Callback::from(move |(key, _): (Key, String)| {
                keyring.replace(Some(key));
                gate.set(Gate::Open(next, true));
            });
            passphrase_form(&prompt, record, on_open, *elsewhere, None)
        }
        Gate::Open(n, encrypted) => {
            let on_key = {
                let (keyring, gate, n) = (keyring.clone(), gate.clone(), *n);
                Callback::from(move |key: Option<Key>| {
                    gate.set(Gate::Open(n, key.is_some()));
                    *keyring.borrow_mut() = key;
                })
            };
            let context = LockContext {
                keyring: keyring.clone(),
                encrypted: *encrypted,
                on_lock: relock.reform(|_| false),
                on_key,
            };
            html! { <App key={*n} lock={context} /> }
        }
    }
}
