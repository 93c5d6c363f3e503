//! The root: owns the state and the store, provides both by context, and
//! runs the app's effects (named hooks in `crate::hooks`).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::{
    branch_offer, carried_banner, compare_view, header, notices, path_steps, Branch, Checklist,
    Drafts, ImportPanel, Ledger, Results,
};
use crate::browser::now_ms;
use crate::browser::webcrypto;
use crate::hooks::{
    use_autosave, use_checkup, use_file_drop, use_first_screen_takeover, use_idle_lock,
    use_other_windows, use_prefs, use_storage_requests, Checkup, LockContext, Shared, Store,
};
use crate::reducer::{id_source, AppReducer};
use ziping_app::state::{Action, AppState, Page};
use ziping_app::storage::lock::SealedStore;
use ziping_app::storage::{self, Saver, Stored, UnavailableStore};
use ziping_core::{score_template, Builtin};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Render a new user's first screen without touching the browser: the
    /// build prerenders it into the single file (`prerender::first_screen`).
    #[prop_or_default]
    pub prerender: bool,
    /// 本机加密 (from `Root`); `None` in the prerender.
    #[prop_or_default]
    pub lock: Option<LockContext>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let prerender = props.prerender;
    let lock = props.lock.clone();
    let keyring = lock.as_ref().map(|l| l.keyring.clone()).unwrap_or_default();
    // The build-time prerender touches no store: it shows a new user.
    let store: Store = (*use_memo((), move |_| -> Store {
        Rc::new(RefCell::new(if prerender {
            Box::new(UnavailableStore)
        } else {
            // Every read and write goes through the lock's layer: it seals
            // and opens values while the store is encrypted (本机加密).
            Box::new(SealedStore::new(
                crate::browser::browser_store(),
                keyring,
                webcrypto::random,
            ))
        }))
    }))
    .clone();
    // What the store held at start: the state and the Saver both come from it.
    let loaded = {
        let store = store.clone();
        use_memo((), move |_| {
            let loaded = if prerender {
                Ok(Stored::default())
            } else {
                storage::load(store.borrow().as_ref())
            };
            let saver = loaded.as_ref().map(Saver::from_loaded).unwrap_or_default();
            (RefCell::new(Some(loaded)), saver)
        })
    };
    // Unlocking returns to the screen that was open before the lock.
    let last_nav = props.lock.as_ref().and_then(|l| l.last_nav.get());
    let state = {
        let loaded = loaded.clone();
        use_reducer(move || {
            let stored = loaded
                .0
                .borrow_mut()
                .take()
                .unwrap_or(Ok(Stored::default()));
            let now = if prerender { 0 } else { now_ms() };
            let mut state =
                AppState::from_stored(stored, Builtin::shipped(), now, &mut id_source(now));
            if let Some((page, tab)) = last_nav {
                state.nav.page = page;
                state.nav.tab = tab;
            }
            AppReducer { state, step: 0 }
        })
    };
    {
        let (lock, d) = (lock.clone(), state.dispatcher());
        use_effect_with((state.nav.page, state.nav.tab), move |nav| {
            if let Some(lock) = lock {
                lock.last_nav.set(Some(*nav));
                // A backup chosen on the lock screen (忘记口令): imported
                // into the store it cleared, without asking again.
                let file = lock.handoff.borrow_mut().take();
                if let Some(file) = file {
                    d.dispatch(Action::RestoreNext);
                    crate::file_import::import_file(file, d);
                }
            }
        });
    }
    use_autosave(&state, store.clone(), move || loaded.1.clone());
    use_storage_requests(&state, lock.as_ref().map(|l| l.on_key.clone()));
    use_prefs(&state.prefs, store.clone());
    use_other_windows(state.dispatcher(), store.clone());
    let idle_ms = lock
        .as_ref()
        .filter(|l| l.encrypted)
        .map(|_| state.prefs.lock_idle_secs.saturating_mul(1000));
    let on_idle = lock.as_ref().map(|l| l.on_lock.clone()).unwrap_or_default();
    use_idle_lock(idle_ms, on_idle);
    use_file_drop(state.dispatcher());
    use_first_screen_takeover(state.dispatcher());
    let checkup = use_checkup(&state);

    let page = match state.nav.page {
        Page::Checklist => html! { <Checklist /> },
        Page::Results => html! { <Results /> },
        Page::Drafts => html! { <Drafts /> },
        Page::Ledger => html! { <Ledger /> },
        Page::Compare => compare_view(&state, state.dispatcher()),
        Page::Branch => html! { <Branch /> },
    };
    let offer = branch_offer(&state, &state.dispatcher());
    // The draft's checklists scored once per change, for the header and the path.
    let templates = state.draft_templates();
    let results: Vec<_> = templates
        .iter()
        .map(|t| score_template(t, state.draft()))
        .collect();
    let results = Rc::new(results);
    let (banner, steps) = (carried_banner(&state), path_steps(&state, &results));
    let notices = notices(&state);
    let header = header(&state, lock.as_ref(), &results);
    // The member's path is not the secretary's.
    let steps = (state.nav.page != Page::Branch).then_some(steps);
    // For tests: the revision of the last change and the last one stored.
    let revision = state.persist.revision.to_string();
    let saved = state.persist.saved_revision.to_string();

    html! {
        <ContextProvider<Shared> context={Shared { step: state.step, state, lock }}>
        <ContextProvider<Rc<Checkup>> context={checkup}>
            { header }
            { notices }
            { banner }
            <ImportPanel />
            { offer }
            <main class="main" id="main">
                { steps.unwrap_or_default() }
                { page }
            </main>
            <footer class="footer no-print" id="save-state" data-revision={revision} data-saved={saved}>
                { format!("从严治部 · 个人自评 v{} · 所有内容只保存在本机浏览器中，不会上传", env!("CARGO_PKG_VERSION")) }
            </footer>
        </ContextProvider<Rc<Checkup>>>
        </ContextProvider<Shared>>
    }
}
