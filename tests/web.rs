//! Browser tests (headless Chromium via wasm-bindgen-test-runner): storage
//! against the real localStorage, and the app rendered and clicked.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use ziping::browser::LocalStore;
use ziping_app::storage::{self, draft_key, KeyValue, StorageError, CURRENT_KEY, PREFIX};
use ziping_core::{builtin_templates, Draft, Rating};

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Removes this app's keys; other keys of the shared file:// area stay.
fn clear_ours() {
    let s = local();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
}

fn store() -> LocalStore {
    LocalStore::open().unwrap()
}

/// Writes a draft under its key, as the Saver would.
fn put(d: &Draft) {
    store().set(&draft_key(&d.id), &d.to_json()).unwrap();
}

fn sample_draft(id: &str, modified: i64) -> Draft {
    let mut d = Draft::new(id, "测试草稿", modified, &builtin_templates());
    d.answer_mut("wuxiang-gongzuo", "w1-zhongcheng").rating = Some(Rating::Level("hao".into()));
    d.answer_mut("wuxiang-gongzuo", "w1-zhongcheng").evidence = "具体事例".into();
    d
}

#[wasm_bindgen_test]
fn a_saved_draft_loads_back_exactly() {
    clear_ours();
    let older = sample_draft("a", 1);
    let newer = sample_draft("b", 2);
    put(&older);
    put(&newer);
    store().set(CURRENT_KEY, "a").unwrap();
    let stored = storage::load(&store()).unwrap();
    assert_eq!(stored.drafts, vec![newer, older], "most recent first");
    assert_eq!(stored.current.as_deref(), Some("a"));
    assert!(stored.unreadable.is_empty());
    assert_eq!(local().get_item(CURRENT_KEY).unwrap().as_deref(), Some("a"));
}

#[wasm_bindgen_test]
fn keys_of_other_apps_are_ignored() {
    clear_ours();
    local()
        .set_item("someone-else.draft.x", "{not ours")
        .unwrap();
    let stored = storage::load(&store()).unwrap();
    assert!(stored.drafts.is_empty() && stored.unreadable.is_empty());
    local().remove_item("someone-else.draft.x").unwrap();
}

#[wasm_bindgen_test]
fn unreadable_and_newer_values_are_reported_and_left_in_place() {
    clear_ours();
    put(&sample_draft("good", 1));
    local().set_item("ziping.v1.draft.broken", "{oops").unwrap();
    let newer = r#"{"schema": 99, "id": "future"}"#;
    local().set_item("ziping.v1.draft.future", newer).unwrap();
    let stored = storage::load(&store()).unwrap();
    assert_eq!(stored.drafts.len(), 1);
    let keys: Vec<&str> = stored.unreadable.iter().map(|u| u.key.as_str()).collect();
    assert_eq!(keys, ["ziping.v1.draft.broken", "ziping.v1.draft.future"]);
    assert!(stored.unreadable[1].error.contains("更新版本"));
    assert_eq!(stored.unreadable[1].raw, newer);
    // Still there, byte for byte.
    assert_eq!(
        local()
            .get_item("ziping.v1.draft.broken")
            .unwrap()
            .as_deref(),
        Some("{oops")
    );
    assert_eq!(
        local()
            .get_item("ziping.v1.draft.future")
            .unwrap()
            .as_deref(),
        Some(newer)
    );
    clear_ours();
}

#[wasm_bindgen_test]
fn storage_errors_speak_plainly() {
    assert!(StorageError::QuotaExceeded.to_string().contains("已满"));
    assert!(StorageError::Unavailable.to_string().contains("导出备份"));
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_app_scores_a_click_and_saves_it_when_the_page_hides() {
    clear_ours();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<ziping::components::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    assert_eq!(text_of(&root, "[data-testid=total-score]"), "—");
    // A 组织生活会 (the default occasion) has no 等次: no grade word.
    assert_eq!(text_of(&root, "[data-testid=grade]"), "");
    let radio: web_sys::HtmlElement = root
        .query_selector("[data-item-id=w1-zhongcheng] input[value=jiaohao]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    radio.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "[data-testid=total-score]"), "80.0");
    assert_eq!(text_of(&root, "[data-testid=grade]"), "");
    assert_eq!(text_of(&root, "[data-testid=completion]"), "已评 1/29");

    // The autosave is debounced: nothing written on the click path …
    assert!(storage::load(&store()).unwrap().drafts.is_empty());
    // … and leaving the page flushes it at once.
    let hide = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&hide).unwrap();
    let stored = storage::load(&store()).unwrap();
    assert_eq!(stored.drafts.len(), 1);
    assert_eq!(
        stored.drafts[0]
            .answer("wuxiang-gongzuo", "w1-zhongcheng")
            .unwrap()
            .rating,
        Some(Rating::Level("jiaohao".into()))
    );
    root.remove();
    clear_ours();
}

#[wasm_bindgen_test]
fn the_saver_writes_only_what_changed_and_removes_what_is_gone() {
    clear_ours();
    let a = Rc::new(sample_draft("a", 1));
    let mut b = sample_draft("b", 2);
    let set = |drafts: Vec<Rc<Draft>>, current: &str| storage::SaveSet {
        drafts,
        current: current.into(),
        ..Default::default()
    };
    let mut saver = storage::Saver::default();
    let mut ls = store();
    saver
        .sync(&mut ls, &set(vec![a.clone(), Rc::new(b.clone())], "a"))
        .unwrap();
    assert_eq!(storage::load(&store()).unwrap().drafts.len(), 2);
    assert_eq!(local().get_item(CURRENT_KEY).unwrap().as_deref(), Some("a"));

    // Something else rewrites "a"; an unchanged "a" is not written again.
    local().set_item("ziping.v1.draft.a", "{marker").unwrap();
    b.name = "改名".into();
    let b = Rc::new(b);
    saver
        .sync(&mut ls, &set(vec![a.clone(), b.clone()], "b"))
        .unwrap();
    assert_eq!(
        local().get_item("ziping.v1.draft.a").unwrap().as_deref(),
        Some("{marker")
    );
    assert_eq!(local().get_item(CURRENT_KEY).unwrap().as_deref(), Some("b"));
    let stored = storage::load(&store()).unwrap();
    assert_eq!(stored.drafts[0].name, "改名");

    // "a" is gone from the list: its key is removed.
    saver.sync(&mut ls, &set(vec![b], "b")).unwrap();
    assert_eq!(local().get_item("ziping.v1.draft.a").unwrap(), None);
    clear_ours();
}

#[wasm_bindgen_test]
fn changes_from_other_windows_are_read_by_key() {
    let d = sample_draft("x", 1);
    let json = d.to_json();
    assert_eq!(
        storage::external_change("ziping.v1.draft.x", Some(&json)),
        Some(("x".into(), Some(d)))
    );
    assert_eq!(
        storage::external_change("ziping.v1.draft.x", None),
        Some(("x".into(), None))
    );
    assert_eq!(
        storage::external_change("ziping.v1.prefs", Some("{}")),
        None
    );
    assert_eq!(
        storage::external_change("ziping.v1.draft.x", Some("{bad")),
        None
    );
    // A value whose id does not match its key is not taken.
    assert_eq!(
        storage::external_change("ziping.v1.draft.y", Some(&json)),
        None
    );
}

#[wasm_bindgen_test]
fn clear_all_removes_only_this_apps_keys() {
    clear_ours();
    put(&sample_draft("a", 1));
    local().set_item("ziping.v1.draft.broken", "{").unwrap();
    local().set_item("other-app", "keep").unwrap();
    storage::clear_all(&mut store()).unwrap();
    let stored = storage::load(&store()).unwrap();
    assert!(stored.drafts.is_empty() && stored.unreadable.is_empty());
    assert_eq!(
        local().get_item("other-app").unwrap().as_deref(),
        Some("keep")
    );
    local().remove_item("other-app").unwrap();
}

#[wasm_bindgen_test]
fn the_first_screen_is_handed_over_with_what_was_done_on_it() {
    let document = web_sys::window().unwrap().document().unwrap();
    let markup = r#"<details><summary>说明</summary></details>
        <input type="radio" name="t:a" value="hao"><input type="radio" name="t:a" value="yiban">
        <button type="button">一</button><button type="button">二</button>"#;
    let shell = document.create_element("div").unwrap();
    shell.set_id("shell");
    shell.set_inner_html(markup);
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html(&markup.replace("t:a", "app:a"));
    let body = document.body().unwrap();
    body.append_child(&shell).unwrap();
    body.append_child(&app).unwrap();
    // What the person did before the app ran: a rating, a panel, a click, the focus.
    let shell_radio: web_sys::HtmlInputElement = shell
        .query_selector("input[value=yiban]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    shell_radio.set_checked(true);
    shell_radio.focus().unwrap();
    shell
        .query_selector("details")
        .unwrap()
        .unwrap()
        .set_attribute("open", "")
        .unwrap();
    let buttons = shell.query_selector_all("button").unwrap();
    buttons
        .item(1)
        .unwrap()
        .dyn_into::<web_sys::Element>()
        .unwrap()
        .set_attribute("data-clicked", "")
        .unwrap();

    let early = ziping::browser::take_over_first_screen();
    assert_eq!(early.chosen, vec![("t:a".to_string(), "yiban".to_string())]);
    assert_eq!(
        early.clicked.map(|b| b.text_content().unwrap()).as_deref(),
        Some("二")
    );
    assert!(
        document.get_element_by_id("shell").is_none(),
        "the first screen is gone"
    );
    assert!(app
        .query_selector("details")
        .unwrap()
        .unwrap()
        .has_attribute("open"));
    let focused = document.active_element().unwrap();
    assert_eq!(focused.get_attribute("value").as_deref(), Some("yiban"));
    assert!(
        app.contains(Some(&focused)),
        "focus moved to the app's control"
    );
    // Without a first screen there is nothing to hand over.
    assert!(ziping::browser::take_over_first_screen().chosen.is_empty());
    app.remove();
}

// --- The lock: Web Crypto derives the key the native tests derive ----------

/// Same vector as `tests/vault.rs`: PBKDF2-HMAC-SHA-256, salt 00 01 … 0f,
/// 600,000 iterations.
const VECTOR_PASSPHRASE: &str = "从严治部 口令 2026";
const VECTOR_KEY: [u8; 32] = [
    0x2d, 0x21, 0xc0, 0x4b, 0xa8, 0x84, 0x53, 0x2f, 0x7d, 0x1f, 0xde, 0xec, 0xd6, 0xe2, 0xcb, 0x09,
    0xf4, 0x3f, 0x5d, 0x33, 0x1d, 0xa8, 0x20, 0xbc, 0x2e, 0x8c, 0x19, 0x0d, 0x55, 0x50, 0x41, 0x10,
];

#[wasm_bindgen_test]
async fn the_browser_derives_the_same_key_as_the_native_vector() {
    use ziping_vault::{open, seal, KdfParams, Key};
    let params = KdfParams::new(std::array::from_fn(|i| i as u8));
    let started = js_sys::Date::now();
    let derived = ziping::browser::webcrypto::derive_key(VECTOR_PASSPHRASE, params)
        .await
        .expect("Web Crypto derives");
    let ms = js_sys::Date::now() - started;
    web_sys::console::log_1(&format!("PBKDF2 600,000 iterations: {ms} ms").into());
    let expected = Key::new(VECTOR_KEY, params);
    assert_eq!(derived, expected);
    // So a value sealed with either opens with the other.
    let sealed = seal(&derived, "ziping.v1.draft.d1", "张三的草稿", [1; 12]);
    assert_eq!(
        open(&expected, "ziping.v1.draft.d1", &sealed).as_deref(),
        Ok("张三的草稿")
    );
}

#[wasm_bindgen_test]
fn random_bytes_come_from_the_browser() {
    let a: [u8; 16] = ziping::browser::webcrypto::random().unwrap();
    let b: [u8; 16] = ziping::browser::webcrypto::random().unwrap();
    assert_ne!(a, b);
    assert_ne!(a, [0; 16]);
}

/// What the TextField test's callbacks heard: (the render that made the
/// callback, the value).
type Heard = std::rc::Rc<std::cell::RefCell<Vec<(u32, String)>>>;

#[derive(yew::Properties, PartialEq)]
struct FieldHarnessProps {
    heard: Heard,
}

/// A TextField given a fresh callback at every render; its button renders
/// it again.
#[yew::function_component]
fn FieldHarness(props: &FieldHarnessProps) -> yew::Html {
    use yew::prelude::*;
    let renders = use_state(|| 0u32);
    let n = *renders;
    let heard = props.heard.clone();
    let on_change = Callback::from(move |v: String| heard.borrow_mut().push((n, v)));
    let again = {
        let renders = renders.clone();
        Callback::from(move |_: MouseEvent| renders.set(*renders + 1))
    };
    html! {
        <>
            <ziping::components::TextField label="字段" value="" {on_change} testid="field" />
            <button id="again" onclick={again}>{ "again" }</button>
        </>
    }
}

/// Counts the `compositionend` listeners added from now on, in
/// `window.compositionSubscriptions`; the returned function stops counting.
fn count_composition_subscriptions() -> js_sys::Function {
    let install = js_sys::Function::new_no_args(
        "const proto = EventTarget.prototype, add = proto.addEventListener;
         window.compositionSubscriptions = 0;
         proto.addEventListener = function (type, ...rest) {
           if (type === 'compositionend') window.compositionSubscriptions += 1;
           return add.call(this, type, ...rest);
         };
         return () => { proto.addEventListener = add; };",
    );
    install.call0(&wasm_bindgen::JsValue::NULL).unwrap().into()
}

fn composition_subscriptions() -> f64 {
    js_sys::Reflect::get(
        &web_sys::window().unwrap(),
        &"compositionSubscriptions".into(),
    )
    .unwrap()
    .as_f64()
    .unwrap()
}

/// TextField listens to compositionstart/end once per element however
/// often it is rendered, and a compositionend reports the value once, to
/// the callback of the latest render.
#[wasm_bindgen_test]
async fn a_text_field_subscribes_to_composition_once_and_reports_it_once() {
    let stop = count_composition_subscriptions();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let heard = Heard::default();
    yew::Renderer::<FieldHarness>::with_root_and_props(
        root.clone(),
        FieldHarnessProps {
            heard: heard.clone(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let again: web_sys::HtmlElement = root
        .query_selector("#again")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    for _ in 0..3 {
        again.click();
        yew::scheduler::flush().await;
    }
    assert_eq!(composition_subscriptions(), 1.0, "subscribed once");

    let field: web_sys::HtmlInputElement = root
        .query_selector("[data-testid=field]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let composition = |kind: &str| web_sys::CompositionEvent::new(kind).unwrap();
    field
        .dispatch_event(&composition("compositionstart"))
        .unwrap();
    field.set_value("gongdao");
    again.click();
    yew::scheduler::flush().await;
    assert_eq!(
        field.value(),
        "gongdao",
        "a render keeps the composing text"
    );
    field.set_value("公道");
    field
        .dispatch_event(&composition("compositionend"))
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(*heard.borrow(), [(4, "公道".to_string())]);
    stop.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    root.remove();
}

/// The button or field in `root` whose text (a field: its label) is `text`.
fn by_text<T: JsCast>(root: &web_sys::Element, selector: &str, text: &str) -> T {
    let all = root.query_selector_all(selector).unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|e| e.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no {selector} with {text}"))
        .dyn_into()
        .unwrap()
}

/// Moves `Date.now` a year on; the returned function puts it back.
fn a_year_later() -> js_sys::Function {
    let install = js_sys::Function::new_no_args(
        "const now = Date.now;
         Date.now = () => now.call(Date) + 366 * 864e5;
         return () => { Date.now = now; };",
    );
    install.call0(&wasm_bindgen::JsValue::NULL).unwrap().into()
}

/// A save (`Saved`, which changes only where saving stands) redraws the
/// results screen but not the 材料: the report keeps the date it was drafted
/// with even though the clock has moved, in the same element. A change to
/// the draft drafts it again, with the new date.
#[wasm_bindgen_test]
async fn a_save_does_not_draft_the_report_again() {
    clear_ours();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<ziping::components::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let radio: web_sys::HtmlElement = root
        .query_selector("[data-item-id=w1-zhongcheng] input[value=jiaohao]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    radio.click();
    yew::scheduler::flush().await;
    by_text::<web_sys::HtmlElement>(&root, "nav button", "结果与报告").click();
    yew::scheduler::flush().await;

    // Dated as the 材料 dates a new draft: its 年度 from the clock, then the
    // 组织生活会's window (a 2026年度 one drafted in December: 2027年1月).
    let year = ziping_core::assessed_year(js_sys::Date::now() as i64);
    let occasions = ziping_core::builtin_occasions();
    let window = occasions
        .get("zuzhi-shenghuohui")
        .and_then(|o| o.date_window);
    let dated = || {
        let today = ziping_core::CivilDate::from_epoch_ms(js_sys::Date::now() as i64);
        ziping_core::default_material_date(year.parse().ok(), window, today).to_string()
    };
    let today = dated();
    let report = root.query_selector(".print-report").unwrap().unwrap();
    let drafted = report.text_content().unwrap();
    assert!(drafted.contains(&today), "the report is dated {today}");
    let restore = a_year_later();
    let later = dated();
    assert_ne!(later, today);

    // The pending save is written at once when the page hides: `Saved`.
    let saved = |root: &web_sys::Element| {
        let footer = root.query_selector("#save-state").unwrap().unwrap();
        footer.get_attribute("data-saved").unwrap_or_default()
    };
    assert_eq!(saved(&root), "0");
    let hide = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&hide).unwrap();
    yew::scheduler::flush().await;
    // Two changes: the rating, and the 材料 noted as seen (the path).
    assert_eq!(saved(&root), "2", "saved and shown");
    let after = root.query_selector(".print-report").unwrap().unwrap();
    assert!(after.is_same_node(Some(&report)), "the same element");
    assert_eq!(after.text_content().unwrap(), drafted, "not drafted again");

    // A change to the draft drafts it again, dated by the moved clock.
    let name: web_sys::HtmlInputElement = by_text::<web_sys::Element>(&root, "label.field", "姓名")
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    name.set_value("张三");
    name.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let redrafted = root
        .query_selector(".print-report")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(redrafted.contains(&later), "drafted again on {later}");
    restore.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    root.remove();
    clear_ours();
}
