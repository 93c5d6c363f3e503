//! The preferences: the font size is applied at once and remembered.

use yew::prelude::*;

use super::Store;
use crate::browser::apply_font_scale;
use ziping_app::storage::{self, Prefs};

#[hook]
pub fn use_prefs(prefs: &Prefs, store: Store) {
    use_effect_with(prefs.clone(), move |prefs| {
        apply_font_scale(prefs.font_scale);
        // A preference that cannot be saved only costs the next visit its font size.
        let _ = storage::save_prefs(store.borrow_mut().as_mut(), prefs);
    });
}
