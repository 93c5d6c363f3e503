//! Autosave: edits are written 300 ms after they settle (never on the click
//! path), and at once when the page is hidden or closed. Only what changed
//! is written (the Saver); a failed write stays pending and is retried.

use crate::reducer::Dispatcher;
use std::cell::{Cell, RefCell};

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::{AppContext, Store};
use crate::browser::clock;
use ziping_app::state::{Action, AppState};
use ziping_app::storage::{SaveSet, Saver};

/// How long edits settle before they are written (≤ 500 ms).
const AUTOSAVE_DELAY_MS: u32 = 300;

/// What the next save must write.
struct Snapshot {
    set: SaveSet,
    revision: u64,
    epoch: u32,
}

impl Snapshot {
    fn of(state: &AppState) -> Snapshot {
        Snapshot {
            set: state.save_set(),
            revision: state.persist.revision,
            epoch: state.persist.storage_epoch,
        }
    }
}

struct Autosave {
    store: Store,
    saver: RefCell<Saver>,
    pending: RefCell<Option<Snapshot>>,
    dispatcher: Dispatcher,
    /// A draft is held back (the conflict notice is open) with something
    /// of this window's in it: not stored until the person chooses.
    held: Cell<bool>,
}

impl Autosave {
    /// Writes the pending snapshot, if any, and reports the outcome.
    fn flush(&self) {
        let Some(snap) = self.pending.borrow_mut().take() else {
            return;
        };
        // User timing for the benchmark: `performance.getEntriesByName("ziping-autosave")`.
        let performance = gloo::utils::window().performance();
        if let Some(p) = &performance {
            let _ = p.mark("ziping-autosave-start");
        }
        let mut saver = self.saver.borrow_mut();
        if saver.epoch() != snap.epoch {
            // Storage was cleared: nothing the saver remembers is there any more.
            *saver = Saver::empty(snap.epoch);
        }
        let result = saver.sync(self.store.borrow_mut().as_mut(), &snap.set);
        drop(saver);
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark("ziping-autosave", "ziping-autosave-start");
        }
        let revision = snap.revision;
        if let Err(e) = &result {
            web_sys::console::warn_1(&format!("autosave failed: {e}").into());
            // Keep it pending: the next change or page hide tries again.
            *self.pending.borrow_mut() = Some(snap);
        }
        self.dispatcher.dispatch(Action::Saved {
            revision,
            result: result.map(|_| clock()),
        });
    }
}

/// Saves the state whenever its revision moves; `saver` is built from what
/// the store held at start (`Saver::from_loaded`).
#[hook]
pub fn use_autosave(state: &AppContext, store: Store, saver: impl FnOnce() -> Saver) {
    let autosave = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Autosave {
            store,
            saver: RefCell::new(saver()),
            pending: RefCell::new(None),
            dispatcher,
            held: Cell::new(false),
        })
    };
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let autosave = autosave.clone();
        use_effect_with(state.persist.storage_epoch, move |_| {
            // After 清除本机数据 nothing from before may be written back.
            *autosave.pending.borrow_mut() = None;
        });
    }
    {
        // A conflict opened or another window stored a draft while a save
        // waits: the save must not write what it now holds back or what the
        // store already holds.
        let (state, autosave) = (state.clone(), autosave.clone());
        let held = state
            .notices
            .conflict
            .as_ref()
            .map(|c| (c.id.clone(), c.typed));
        use_effect_with((held, state.persist.elsewhere.last()), move |(held, _)| {
            autosave.held.set(held.as_ref().is_some_and(|h| h.1));
            let mut pending = autosave.pending.borrow_mut();
            if let Some(snap) = pending.as_mut() {
                snap.set = state.save_set();
            }
        });
    }
    {
        let (state, autosave) = (state.clone(), autosave.clone());
        use_effect_with(state.persist.revision, move |&revision| {
            if revision > state.persist.saved_revision {
                *autosave.pending.borrow_mut() = Some(Snapshot::of(&state));
                // Replacing the timer drops (cancels) the previous one.
                *timer.borrow_mut() =
                    Some(Timeout::new(AUTOSAVE_DELAY_MS, move || autosave.flush()));
            }
        });
    }
    use_effect_with((), move |_| {
        let (a1, a2, a3) = (autosave.clone(), autosave.clone(), autosave.clone());
        // Closing or reloading while a draft is held back would lose what
        // was typed in it here: the browser asks first (returnValue for
        // engines before Chromium 119). A window that only showed the draft
        // closes without asking.
        let on_leave = EventListener::new_with_options(
            &gloo::utils::window(),
            "beforeunload",
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                if autosave.held.get() {
                    e.prevent_default();
                    let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"1".into());
                }
            },
        );
        let on_hide = EventListener::new(&gloo::utils::window(), "pagehide", move |_| a1.flush());
        let on_visibility =
            EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    a2.flush();
                }
            });
        move || {
            // Unmounted (the app locks): what is pending is written first,
            // while the key is still held.
            a3.flush();
            drop((on_hide, on_visibility, on_leave))
        }
    });
}
