//! ziping (从严治部 · 个人自评): an offline self-assessment that runs as one
//! HTML file. This crate is its browser UI: the screens (`components/<screen>`),
//! the hooks that reach the outside world, and the browser wrappers. Every
//! rule and every sentence lives in the pure crates below it: `ziping-core`
//! (model and rules), `ziping-report` (the 材料 and office formats),
//! `ziping-vault` (encryption at rest) and `ziping-app` (state and storage).

pub mod browser;
pub mod components;
pub mod file_import;
pub mod hooks;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod reducer;

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
