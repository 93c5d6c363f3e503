//! 打印 of a screen's printable view (the ledger, the 支部汇总): the view
//! is drawn, printed, then dropped again; and drawn for the browser's own
//! 打印 (Ctrl+P) too, between its `beforeprint` and `afterprint`.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser::print;

/// Whether the printable view is drawn now, and the button's callback that
/// prints it.
#[hook]
pub fn use_print() -> (bool, Callback<MouseEvent>) {
    // Asked by the button (printed once drawn), and drawn for a print the
    // browser started: a render from `beforeprint` lands before the
    // browser lays the page out for print.
    let asked = use_state(|| false);
    let browser = use_state(|| false);
    {
        let (asked, browser) = (asked.clone(), browser.clone());
        use_effect_with(*asked, move |on| {
            if *on {
                print();
                asked.set(false);
            }
            let window = gloo::utils::window();
            let listen = |event, on: bool| {
                let browser = browser.clone();
                EventListener::new(&window, event, move |_| browser.set(on))
            };
            let listeners = [listen("beforeprint", true), listen("afterprint", false)];
            move || drop(listeners)
        });
    }
    let on_print = {
        let asked = asked.clone();
        Callback::from(move |_| asked.set(true))
    };
    (*asked || *browser, on_print)
}
