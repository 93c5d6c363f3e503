//! The application's state and storage, without a browser: [`state`] holds
//! `AppState`, the `Action`s and the pure reducer `apply`; [`storage`] the
//! keys, the load, the saver and the sealed store over a `KeyValue`
//! interface. No yew, web-sys or gloo: the UI crate wraps the state in a
//! Yew reducer and gives it the browser's localStorage. Tested natively with
//! `cargo test -p ziping-app`.

pub mod state;
pub mod storage;
