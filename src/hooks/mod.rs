//! The app's effects on the outside world, one named hook each: autosave,
//! changes made in other windows, files dropped on the page, the take-over
//! of the prerendered first screen, and the preferences.

mod autosave;
mod first_screen;
mod other_windows;
mod page_drop;
mod prefs;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

pub use autosave::use_autosave;
pub use first_screen::use_first_screen_takeover;
pub use other_windows::use_other_windows;
pub use page_drop::use_file_drop;
pub use prefs::use_prefs;

use crate::state::AppState;
use crate::storage::KeyValue;

/// The store every save goes through (localStorage in the browser).
pub type Store = Rc<RefCell<Box<dyn KeyValue>>>;

/// The state handle every screen reads and dispatches through.
pub type AppContext = UseReducerHandle<AppState>;

/// The context every screen reads the state from.
#[hook]
pub fn use_app_state() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by App")
}
