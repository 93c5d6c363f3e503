//! Locks the app after a chosen time without use (本机加密 only): a key,
//! a pointer or the wheel counts as use.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

/// How often the idle time is looked at.
const CHECK_MS: u32 = 1000;

/// Calls `on_idle` once `idle_ms` have passed since the last use; `None`
/// (a plain store) watches nothing.
#[hook]
pub fn use_idle_lock(idle_ms: Option<u32>, on_idle: Callback<()>) {
    use_effect_with(idle_ms, move |&idle_ms| {
        let mut held = (Vec::new(), None);
        if let Some(idle) = idle_ms {
            let last = Rc::new(Cell::new(js_sys::Date::now()));
            let document = gloo::utils::document();
            for kind in ["keydown", "pointerdown", "wheel", "input"] {
                let last = last.clone();
                held.0.push(EventListener::new(&document, kind, move |_| {
                    last.set(js_sys::Date::now())
                }));
            }
            held.1 = Some(Interval::new(CHECK_MS, move || {
                if js_sys::Date::now() - last.get() >= f64::from(idle) {
                    on_idle.emit(());
                }
            }));
        }
        move || drop(held)
    });
}
