//! 打印 of a screen's printable view (the ledger, the 支部汇总): the view
//! is drawn, printed, then dropped again.

use yew::prelude::*;

use crate::browser::print;

/// Whether the printable view is drawn now, and the button's callback that
/// prints it.
#[hook]
pub fn use_print() -> (bool, Callback<MouseEvent>) {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with(*printing, move |on| {
            if *on {
                print();
                printing.set(false);
            }
        });
    }
    let on_print = {
        let printing = printing.clone();
        Callback::from(move |_| printing.set(true))
    };
    (*printing, on_print)
}
