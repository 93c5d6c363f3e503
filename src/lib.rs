//! ziping (从严治部 · 个人自评): an offline self-assessment that runs as one
//! HTML file. `assessment` is the pure core; the rest is the browser app.

pub mod assessment;

/// Mounts the app (see `main.rs`).
pub fn run() {}
