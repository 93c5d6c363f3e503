//! The first screen a new user sees, rendered to HTML at build time by the
//! same components, so the single file can show it before the wasm has
//! started (see `tools/bundle` and `browser::take_over_first_screen`).

use yew::ServerRenderer;

use crate::components::{App, AppProps};

/// The markup of [`App`] for a new user (nothing stored, default
/// preferences), without hydration markers.
pub fn first_screen() -> String {
    let render = ServerRenderer::<App>::with_props(|| AppProps {
        prerender: true,
        lock: None,
    })
    .hydratable(false)
    .render();
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime starts")
        .block_on(render)
}
