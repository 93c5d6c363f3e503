//! A chosen or dropped file read off the click path and handed to the
//! reducer (an encrypted backup first asks for its passphrase); used by the
//! import button and by a file dropped on the page.

use ziping_app::state::Action;
use ziping_core::MAX_IMPORT_BYTES;
use ziping_vault as vault;

use crate::browser::{focus_soon, read_file};
use crate::reducer::Dispatcher;

/// Reads a file off the click path and hands its bytes to the reducer.
pub fn import_file(file: web_sys::File, dispatcher: Dispatcher) {
    wasm_bindgen_futures::spawn_local(async move {
        let (content, sealed) = read_backup(&file).await;
        // An encrypted backup (本机加密) first asks for its passphrase.
        match sealed {
            Some(text) => dispatcher.dispatch(Action::ImportSealed {
                file_name: file.name(),
                text,
            }),
            None => dispatcher.dispatch(Action::ImportFile {
                file_name: file.name(),
                content,
            }),
        }
        // The confirmation (or the reason it cannot be imported) takes focus.
        focus_soon(
            "[data-testid=import-confirm] .button.primary, [data-testid=import-notice] button, [data-testid=sealed-import] input"
                .into(),
        );
    });
}

/// Reads several files (a multi-select, or a drop of many) and hands them
/// to the reducer together: a batch for the 支部汇总, where each file is
/// taken or refused on its own.
pub fn import_files(files: web_sys::FileList, dispatcher: Dispatcher) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in &files {
            read.push((file.name(), read_file(file, MAX_IMPORT_BYTES).await));
        }
        dispatcher.dispatch(Action::ImportFiles(read));
    });
}

/// What was read of `file`, and its text where it is an encrypted backup
/// (本机加密), which opens only with the passphrase it was exported under.
pub async fn read_backup(
    file: &web_sys::File,
) -> (Result<Vec<u8>, ziping_core::ImportError>, Option<String>) {
    let content = read_file(file, MAX_IMPORT_BYTES).await;
    let sealed = content
        .as_ref()
        .ok()
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .map(str::trim)
        .filter(|text| vault::is_sealed(text))
        .map(str::to_string);
    (content, sealed)
}
