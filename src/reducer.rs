//! The app state as Yew's reducer: `ziping_app`'s pure [`AppState`] and
//! [`apply`], given the browser's clock and random numbers for new ids.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;
use ziping_app::state::{apply, Action, AppState};
use ziping_core::DraftId;

/// [`AppState`] as a [`Reducible`]; reads as the state it holds.
#[derive(Clone)]
pub struct AppReducer {
    pub state: AppState,
    /// The actions applied: what the screens' context compares (`Shared`).
    pub step: u64,
}

/// Sends actions to the app state.
pub type Dispatcher = UseReducerDispatcher<AppReducer>;

impl Deref for AppReducer {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.state
    }
}

impl Reducible for AppReducer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let now = crate::browser::now_ms();
        let mut next = Rc::unwrap_or_clone(self);
        apply(&mut next.state, action, now, &mut id_source(now));
        next.step = next.step.wrapping_add(1);
        Rc::new(next)
    }
}

/// A random number for new ids (0 in native code: the build-time prerender's
/// one draft is never stored).
pub fn random_u32() -> u32 {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Math::random() * 1_000_000.0) as u32;
    #[cfg(not(target_arch = "wasm32"))]
    0
}

/// New draft ids from the clock and the browser's random numbers.
pub fn id_source(now: i64) -> impl FnMut() -> DraftId {
    let mut n = 0;
    move || {
        n += 1;
        DraftId::generate(now + n - 1, random_u32())
    }
}
