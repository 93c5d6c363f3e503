//! Storage work asked for through the state: the reducer records the request
//! (清除本机数据), this effect does it on the browser's store and dispatches
//! how it went.

use yew::prelude::*;

use super::AppContext;
use ziping_app::state::Action;
use ziping_app::storage;
use ziping_vault::Key;

/// Does what the state asks of storage. `on_key` (本机加密) hears that the
/// lock record went with everything else.
#[hook]
pub fn use_storage_requests(state: &AppContext, on_key: Option<Callback<Option<Key>>>) {
    let dispatcher = state.dispatcher();
    use_effect_with(state.persist.clearing, move |&clearing| {
        if clearing {
            // Everything of ours goes from the browser's store itself,
            // whatever layer the app saves through.
            let result = storage::clear_all(crate::browser::browser_store().as_mut());
            if let (Ok(()), Some(on_key)) = (&result, on_key) {
                on_key.emit(None);
            }
            dispatcher.dispatch(Action::Cleared(result));
        }
    });
}
