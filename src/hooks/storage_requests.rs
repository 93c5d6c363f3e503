//! Storage work asked for through the state: the reducer records the request
//! (清除本机数据; setting, changing or removing the passphrase of 本机加密),
//! this effect does it on the browser's store and dispatches how it went.

use yew::prelude::*;

use super::AppContext;
use ziping_app::state::Action;
use ziping_app::storage;
use ziping_vault::Key;

/// Does what the state asks of storage. `on_key` (本机加密) hears of the
/// store's new key: the one set or changed, or none once the passphrase was
/// removed or the lock record went with everything else.
#[hook]
pub fn use_storage_requests(state: &AppContext, on_key: Option<Callback<Option<Key>>>) {
    let (dispatcher, on_new_key) = (state.dispatcher(), on_key.clone());
    use_effect_with(state.persist.rekey.clone(), move |rekey| {
        if let Some(rekey) = rekey {
            let result = rekey.run(
                crate::browser::browser_store().as_mut(),
                crate::browser::webcrypto::random,
            );
            if let (Ok(_), Some(on_key)) = (&result, on_new_key) {
                on_key.emit(rekey.new.clone());
            }
            dispatcher.dispatch(Action::Rekeyed(result));
        }
    });
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
