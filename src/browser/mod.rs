//! Small wrappers over browser APIs used by the components: time, file
//! downloads (Blob, no network), the clipboard, printing, focus and the root
//! font size; the browser's localStorage as a `KeyValue` store
//! (`local_store`); Web Crypto for the lock (`webcrypto`). Failures are
//! returned or logged, never panics.

mod local_store;
pub mod webcrypto;

pub use local_store::{browser_store, LocalStore};

use wasm_bindgen::{JsCast, JsValue};

/// Milliseconds since the epoch. Natively (the build-time prerender, tests)
/// from the system clock, since there is no JS there.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    let now = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    now
}

/// Local time of day, "14:03:12".
pub fn clock() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// Local date and time, "2026-11-24 14:03".
pub fn local_datetime(ms: i64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Offers `content` as a file download. A Blob URL is local: no request.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    download_blob(file_name, &blob)
}

/// Copies text to the clipboard; `Err` with a message when the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| {
            "浏览器不允许写入剪贴板，请在文本框中全选（Ctrl+A）后复制（Ctrl+C）。".to_string()
        })
}

pub fn print() {
    if let Err(e) = gloo::utils::window().print() {
        web_sys::console::warn_1(&e);
    }
}

/// Scrolls an element into view and focuses its first focusable control.
pub fn focus_first_in(selector: &str) {
    let Ok(Some(el)) = gloo::utils::document().query_selector(selector) else {
        return;
    };
    let field = el
        .query_selector("input, textarea, button")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    show_below_header(&el, field);
}

/// An in-page jump (下一条未评, the table of contents, 定位, the gaps before
/// a download): focuses `field`, then scrolls so `el`'s top sits just below
/// the sticky header, which would otherwise cover it.
pub fn show_below_header(el: &web_sys::Element, field: Option<web_sys::HtmlElement>) {
    if let Some(field) = field {
        let _ = field.focus();
    }
    let document = gloo::utils::document();
    let header = document
        .query_selector(".header")
        .ok()
        .flatten()
        .map_or(0.0, |h| h.get_bounding_client_rect().bottom().max(0.0));
    let top = el.get_bounding_client_rect().top();
    gloo::utils::window().scroll_by_with_x_and_y(0.0, top - header - 8.0);
}

/// Brings the first element any of `selectors` finds into view, and puts
/// the cursor in the field it belongs to (the text field beside a list of
/// findings, or the first one inside).
pub fn locate(selectors: &[String]) {
    let document = gloo::utils::document();
    let Some(el) = selectors
        .iter()
        .find_map(|s| document.query_selector(s).ok().flatten())
    else {
        return;
    };
    // The field inside what was found (a 具体事例's details), else beside it
    // (the findings under a field).
    let inside = el.query_selector("textarea, input, select").ok().flatten();
    let holder = match inside {
        Some(_) => el.clone(),
        None => el.parent_element().unwrap_or_else(|| el.clone()),
    };
    let field = holder
        .query_selector("textarea, input, select")
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok());
    // The holder's top: the field's label, not the findings under it.
    show_below_header(&holder, field);
}

/// The elements under `root` that match `selector`, in document order.
fn select_all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// What the person did on the prerendered first screen before the app ran.
#[derive(Default)]
pub struct EarlyInput {
    /// Radio choices as (name, value): the group name (`hooks::radio_group`)
    /// and the rating.
    pub chosen: Vec<(String, String)>,
    /// The app's counterpart of the button clicked last (index.html marks it
    /// `data-clicked`), to be clicked once the choices are applied.
    pub clicked: Option<web_sys::HtmlElement>,
}

/// Hands the prerendered first screen (`#shell`, see index.html) over to the
/// app, which has just rendered the same markup into `#app`: removes it and
/// carries over what the person did meanwhile. Opened `<details>`, the
/// focused control and the last clicked button are matched by position (the
/// markup is the same).
pub fn take_over_first_screen() -> EarlyInput {
    let document = gloo::utils::document();
    let (Some(shell), Some(app)) = (
        document.get_element_by_id("shell"),
        document.get_element_by_id("app"),
    ) else {
        return EarlyInput::default();
    };
    const FOCUSABLE: &str = "button, input, select, textarea, summary, a[href]";
    // A level chosen there is marked `data-chosen` (index.html): the app's
    // radios share its group, so a stored rating rendered just now may have
    // unchecked it.
    let chosen = select_all(&shell, "input[type=radio]:checked, input[data-chosen]")
        .into_iter()
        .filter_map(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|e| (e.name(), e.value()))
        .collect();
    let open: Vec<bool> = select_all(&shell, "details")
        .iter()
        .map(|d| d.has_attribute("open"))
        .collect();
    // From a returning user's snapshot (index.html), the app draws more than
    // the shell had (notices, an item's problems): a button or a focus
    // found by its place could be another one, so only the levels are kept.
    let window = gloo::utils::window();
    let snapshot =
        js_sys::Reflect::get(&window, &"zipingSnapshot".into()).is_ok_and(|v| v.is_truthy());
    let focused = document
        .active_element()
        .filter(|_| !snapshot)
        .and_then(|active| {
            select_all(&shell, FOCUSABLE)
                .iter()
                .position(|e| *e == active)
        });
    let clicked = select_all(&shell, "button")
        .iter()
        .position(|b| b.has_attribute("data-clicked"))
        .filter(|_| !snapshot);
    // Removed first, so the app's elements are where the shell's were and
    // focusing one does not scroll.
    shell.remove();
    for (details, open) in select_all(&app, "details").iter().zip(open) {
        if open {
            let _ = details.set_attribute("open", "");
        }
    }
    let nth = |selector: &str, i: Option<usize>| {
        i.and_then(|i| select_all(&app, selector).into_iter().nth(i))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    if let Some(el) = nth(FOCUSABLE, focused) {
        let _ = el.focus();
    }
    EarlyInput {
        chosen,
        clicked: nth("button", clicked),
    }
}

/// Sets the root font size class ("font-125") so the whole UI scales.
pub fn apply_font_scale(scale: u16) {
    if let Some(root) = gloo::utils::document().document_element() {
        root.set_class_name(&format!("font-{scale}"));
    }
}

/// Offers bytes as a file download (e.g. a .docx).
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    download_blob(file_name, &blob)
}

fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|e| format!("{e:?}"))?;
    let a: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let _ = gloo::utils::body().append_child(&a);
    a.click();
    a.remove();
    // Revoke later: some browsers read the Blob after click() returns.
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Reads a chosen or dropped file, refusing one over `max` bytes before
/// reading it.
pub async fn read_file(
    file: &web_sys::File,
    max: usize,
) -> Result<Vec<u8>, ziping_core::ImportError> {
    use ziping_core::ImportError;
    let size = file.size() as usize;
    if size > max {
        return Err(ImportError::TooLarge { bytes: size });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::NotText)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Focuses the element matching `selector` once the current render is done,
/// so focus lands somewhere sensible when a confirmation closes.
pub fn focus_soon(selector: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        let el = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten();
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    })
    .forget();
}
