//! ziping (从严治部 · 个人自评): an offline self-assessment that runs as one
//! HTML file. `assessment` is the pure core; the rest is the browser app.

pub mod assessment;
pub mod browser;
pub mod components;
pub mod hooks;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod state;
pub mod storage;
pub mod vault;
pub mod webcrypto;

/// Mounts the app into `#app` (see `main.rs`).
pub fn run() {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark("ziping-main");
    }
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has a #app element");
    yew::Renderer::<components::Root>::with_root(root).render();
}
