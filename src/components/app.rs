//! The root: owns the state, provides it by context, hides the boot message,
//! and autosaves (debounced, off the click path, flushed on page hide).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::{Checklist, Header};
use crate::assessment::Draft;
use crate::state::{Action, AppState};
use crate::storage;

/// How long edits settle before they are written.
const AUTOSAVE_DELAY_MS: u32 = 300;

pub type AppContext = UseReducerHandle<AppState>;

/// The context every component reads the state from.
#[hook]
pub fn use_app_state() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by App")
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

fn clock() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// Writes the pending draft, if any, and reports the outcome.
fn flush(pending: &RefCell<Option<Draft>>, dispatcher: &UseReducerDispatcher<AppState>) {
    let Some(draft) = pending.borrow_mut().take() else {
        return;
    };
    let result = storage::save_draft(&draft).and_then(|_| storage::save_current(&draft.id));
    if let Err(e) = &result {
        web_sys::console::warn_1(&format!("autosave failed: {e}").into());
    }
    dispatcher.dispatch(Action::Saved(result.map(|_| clock())));
}

/// The static boot message stays until the app is really running.
fn hide_boot_message() {
    if let Some(el) = gloo::utils::document().get_element_by_id("boot") {
        let _ = el.set_attribute("hidden", "");
    }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::from_stored(storage::load(), now_ms()));
    let pending: Rc<RefCell<Option<Draft>>> = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);

    use_effect_with((), |_| hide_boot_message());

    {
        let state = state.clone();
        let pending = pending.clone();
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                *pending.borrow_mut() = Some(state.draft().clone());
                let dispatcher = state.dispatcher();
                let pending = pending.clone();
                // Replacing the timer drops (cancels) the previous one.
                *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_DELAY_MS, move || {
                    flush(&pending, &dispatcher)
                }));
            }
        });
    }

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let document = gloo::utils::document();
            let (p1, d1) = (pending.clone(), dispatcher.clone());
            let on_hide = EventListener::new(&window, "pagehide", move |_| flush(&p1, &d1));
            let on_visibility = EventListener::new(&document, "visibilitychange", move |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    flush(&pending, &dispatcher);
                }
            });
            move || drop((on_hide, on_visibility))
        });
    }

    html! {
        <ContextProvider<AppContext> context={state}>
            <Header />
            <main class="main">
                <Checklist />
            </main>
            <footer class="footer">
                { format!("从严治部 · 个人自评 v{} · 数据只保存在本机浏览器中，不会上传", env!("CARGO_PKG_VERSION")) }
            </footer>
        </ContextProvider<AppContext>>
    }
}
