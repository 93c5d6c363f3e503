//! The root: owns the state and provides it by context, hides the boot
//! message, autosaves (debounced, off the click path, flushed when the page is
//! hidden), follows changes made in other windows, and applies the font size.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{
    import_file, parse_radio_group, Checklist, Drafts, Header, ImportPanel, Notices, Results,
};
use crate::assessment::{Draft, Rating, Template};
use crate::browser::{apply_font_scale, clock, now_ms, take_over_first_screen};
use crate::state::{Action, AppState, Page};
use crate::storage::{self, Saver};

/// How long edits settle before they are written (≤ 500 ms).
const AUTOSAVE_DELAY_MS: u32 = 300;

pub type AppContext = UseReducerHandle<AppState>;

/// The context every screen reads the state from.
#[hook]
pub fn use_app_state() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by App")
}

/// What the next save must write: every draft, the imported templates, and
/// the open draft's id.
struct Snapshot {
    drafts: Vec<Rc<Draft>>,
    templates: Vec<Rc<Template>>,
    current: String,
    epoch: u32,
}

impl Snapshot {
    fn of(state: &AppState) -> Snapshot {
        Snapshot {
            drafts: state.drafts.clone(),
            templates: state.custom_templates().to_vec(),
            current: state.draft().id.clone(),
            epoch: state.storage_epoch,
        }
    }
}

type Pending = RefCell<Option<Snapshot>>;

/// Writes the pending snapshot, if any, and reports the outcome.
fn flush(pending: &Pending, saver: &RefCell<Saver>, dispatcher: &UseReducerDispatcher<AppState>) {
    let Some(snap) = pending.borrow_mut().take() else {
        return;
    };
    // User timing for the benchmark: `performance.getEntriesByName("ziping-autosave")`.
    let performance = gloo::utils::window().performance();
    if let Some(p) = &performance {
        let _ = p.mark("ziping-autosave-start");
    }
    let drafts: Vec<&Draft> = snap.drafts.iter().map(|d| d.as_ref()).collect();
    let templates: Vec<&Template> = snap.templates.iter().map(|t| t.as_ref()).collect();
    let mut saver = saver.borrow_mut();
    if saver.epoch() != snap.epoch {
        // Storage was cleared: nothing the saver remembers is there any more.
        *saver = Saver::empty(snap.epoch);
    }
    let result = saver.sync(&drafts, &templates, &snap.current);
    drop(saver);
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark("ziping-autosave", "ziping-autosave-start");
    }
    if let Err(e) = &result {
        web_sys::console::warn_1(&format!("autosave failed: {e}").into());
        // Keep it pending: the next change or page hide tries again.
        *pending.borrow_mut() = Some(snap);
    }
    dispatcher.dispatch(Action::Saved(result.map(|_| clock())));
}

/// The static boot message stays until the app is really running.
fn hide_boot_message() {
    if let Some(el) = gloo::utils::document().get_element_by_id("boot") {
        let _ = el.set_attribute("hidden", "");
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Render a new user's first screen without touching the browser: the
    /// build prerenders it into the single file (`prerender::first_screen`).
    #[prop_or_default]
    pub prerender: bool,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let prerender = props.prerender;
    let state = use_reducer(move || {
        if prerender {
            AppState::from_stored(Ok(storage::Stored::default()), 0)
        } else {
            AppState::from_stored(storage::load(), now_ms())
        }
    });
    let saver = {
        let state = state.clone();
        use_mut_ref(move || {
            let drafts: Vec<&Draft> = state.drafts.iter().map(|d| d.as_ref()).collect();
            let templates: Vec<&Template> = state
                .custom_templates()
                .iter()
                .map(|t| t.as_ref())
                .collect();
            // The open draft's id may not be stored yet (a new draft on first
            // use): let the first save write it.
            Saver::new(&drafts, &templates, None)
        })
    };
    let pending: Rc<Pending> = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            // What was done on the prerendered first screen before the app
            // ran is applied now, as if done here.
            let early = take_over_first_screen();
            for (name, value) in early.chosen {
                if let Some((template, item)) = parse_radio_group(&name) {
                    dispatcher.dispatch(Action::Rate {
                        template: template.to_string(),
                        item: item.to_string(),
                        rating: Rating::parse(&value),
                    });
                }
            }
            if let Some(button) = early.clicked {
                button.click();
            }
            hide_boot_message();
            if let Some(p) = gloo::utils::window().performance() {
                let _ = p.mark("ziping-rendered");
            }
        });
    }
    use_effect_with(state.prefs.clone(), |prefs| {
        apply_font_scale(prefs.font_scale);
        // A preference that cannot be saved only costs the next visit its font size.
        let _ = storage::save_prefs(prefs);
    });

    {
        let (state, pending, saver) = (state.clone(), pending.clone(), saver.clone());
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                *pending.borrow_mut() = Some(Snapshot::of(&state));
                let dispatcher = state.dispatcher();
                // Replacing the timer drops (cancels) the previous one.
                *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_DELAY_MS, move || {
                    flush(&pending, &saver, &dispatcher)
                }));
            }
        });
    }

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let document = gloo::utils::document();
            let (p1, s1, d1) = (pending.clone(), saver.clone(), dispatcher.clone());
            let on_hide = EventListener::new(&window, "pagehide", move |_| flush(&p1, &s1, &d1));
            let (p2, s2, d2) = (pending, saver, dispatcher.clone());
            let on_visibility = EventListener::new(&document, "visibilitychange", move |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    flush(&p2, &s2, &d2);
                }
            });
            let d4 = dispatcher.clone();
            let on_storage = EventListener::new(&window, "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let (Some(key), value) = (e.key(), e.new_value()) else {
                    return;
                };
                if let Some((id, draft)) = storage::external_change(&key, value.as_deref()) {
                    d4.dispatch(Action::ExternalChange {
                        id,
                        draft: draft.map(Box::new),
                    });
                }
            });
            // A file dropped anywhere on the page is offered for import.
            let on_dragover = EventListener::new_with_options(
                &document,
                "dragover",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |e| e.prevent_default(),
            );
            let d3 = dispatcher.clone();
            let on_drop = EventListener::new_with_options(
                &document,
                "drop",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    e.prevent_default();
                    let file = e
                        .dyn_ref::<web_sys::DragEvent>()
                        .and_then(|e| e.data_transfer())
                        .and_then(|dt| dt.files())
                        .and_then(|files| files.get(0));
                    if let Some(file) = file {
                        import_file(file, d3.clone());
                    }
                },
            );
            move || drop((on_hide, on_visibility, on_storage, on_dragover, on_drop))
        });
    }

    let page = match state.page {
        Page::Checklist => html! { <Checklist /> },
        Page::Results => html! { <Results /> },
        Page::Drafts => html! { <Drafts /> },
    };

    html! {
        <ContextProvider<AppContext> context={state}>
            <Header />
            <Notices />
            <ImportPanel />
            <main class="main" id="main">{ page }</main>
            <footer class="footer no-print">
                { format!("从严治部 · 个人自评 v{} · 所有内容只保存在本机浏览器中，不会上传", env!("CARGO_PKG_VERSION")) }
            </footer>
        </ContextProvider<AppContext>>
    }
}
