//! The app's effects on the outside world, one named hook each: autosave,
//! the 材料体检 run after typing stops,
//! the storage requests (清除本机数据), changes made in other windows, files dropped on the page, the take-over
//! of the prerendered first screen, the preferences, and 打印.

mod autosave;
mod checkup;
mod first_screen;
mod idle_lock;
mod other_windows;
mod page_drop;
mod prefs;
mod print;
mod storage_requests;

use crate::reducer::AppReducer;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

pub use autosave::use_autosave;
pub use checkup::{use_checkup, Checkup};
pub use first_screen::{parse_radio_group, radio_group, use_first_screen_takeover};
pub use idle_lock::use_idle_lock;
pub use other_windows::use_other_windows;
pub use page_drop::use_file_drop;
pub use prefs::use_prefs;
pub use print::use_print;
pub use storage_requests::use_storage_requests;

use ziping_app::state::Page;
use ziping_app::storage::lock::Keyring;
use ziping_app::storage::KeyValue;
use ziping_vault::Key;

/// The store every save goes through (localStorage in the browser).
pub type Store = Rc<RefCell<Box<dyn KeyValue>>>;

/// The state handle every screen reads and dispatches through.
pub type AppContext = UseReducerHandle<AppReducer>;

/// The context every screen reads the state from.
#[hook]
pub fn use_app_state() -> AppContext {
    use_context::<Shared>()
        .expect("App provides the shared context")
        .state
}

/// What `App` provides to every screen: the state and, where the page runs
/// with it, the lock: one context for both.
#[derive(Clone)]
pub struct Shared {
    pub state: AppContext,
    pub lock: Option<LockContext>,
    /// The actions applied when this context was made (`AppReducer`'s count).
    pub step: u64,
}

/// The screens are told of a change by the count of actions, not by
/// comparing the whole state (every draft) field by field. The handle
/// cannot say it: both an old and a new one read the state as it is now.
impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        self.step == other.step && self.lock == other.lock
    }
}

/// 本机加密, as the screens see it: whether this window holds a key, and how
/// to lock or to take a new key (set, changed or removed here). Made by
/// `Root`, given to `App`, which shares it with the state; absent where the
/// app runs without it (the prerender).
#[derive(Clone)]
pub struct LockContext {
    pub keyring: Keyring,
    /// The store is encrypted and this window holds its key.
    pub encrypted: bool,
    /// Locks now: the app writes what is pending and unmounts.
    pub on_lock: Callback<()>,
    /// A passphrase was set or changed (`Some`) or removed (`None`) here.
    pub on_key: Callback<Option<Key>>,
    /// The screen and tab shown, kept across a lock so unlocking returns there.
    pub last_nav: Rc<Cell<Option<(Page, usize)>>>,
    /// A backup chosen on the lock screen (忘记口令), imported once the app opens.
    pub handoff: Rc<RefCell<Option<web_sys::File>>>,
}

impl PartialEq for LockContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.keyring, &other.keyring) && self.encrypted == other.encrypted
    }
}

#[hook]
pub fn use_lock() -> Option<LockContext> {
    use_context::<Shared>().and_then(|s| s.lock)
}
