//! A labelled text input or textarea that is safe for Chinese input methods:
//! it reports changes only outside a composition (and once when it ends), so
//! no re-render lands in the middle of a pinyin composition.

use super::events::{shown, value_of};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or(3)]
    pub rows: u32,
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Id of a `<datalist>` of suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let oninput = {
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            if !e.is_composing() {
                cb.emit(value_of(&e));
            }
        })
    };
    // Whether an input method is composing in the field. A redraw meanwhile
    // (the autosave's 已保存 redraws the results page) keeps what the field
    // shows: putting the stored text back would end the composition.
    let composing = use_mut_ref(|| false);
    // Chromium sends its last `input` of a composition before
    // `compositionend`, still marked composing: report the value here too.
    let node = use_node_ref();
    // The listeners are added once per element (the node ref is the same at
    // every render; `multiline` swaps the element) and call the latest
    // `on_change`, kept here at each render.
    let on_change = use_mut_ref(|| props.on_change.clone());
    *on_change.borrow_mut() = props.on_change.clone();
    {
        let (on_change, composing) = (on_change.clone(), composing.clone());
        use_effect_with((node.clone(), props.multiline), move |(node, _)| {
            let listeners = node.cast::<web_sys::Element>().map(|el| {
                let started = composing.clone();
                let start = gloo::events::EventListener::new(&el, "compositionstart", move |_| {
                    *started.borrow_mut() = true
                });
                let end = gloo::events::EventListener::new(&el, "compositionend", move |e| {
                    *composing.borrow_mut() = false;
                    // Not borrowed while it runs: it may render this field.
                    let cb = on_change.borrow().clone();
                    cb.emit(value_of(e))
                });
                (start, end)
            });
            move || drop(listeners)
        });
    }
    let value = match node.get() {
        Some(el) if *composing.borrow() => shown(&el)
            .map(AttrValue::from)
            .unwrap_or_else(|| props.value.clone()),
        _ => props.value.clone(),
    };
    let control = if props.multiline {
        html! {
            <textarea value={value.clone()} rows={props.rows.to_string()}
                placeholder={props.placeholder.clone()} data-testid={props.testid.clone()}
                ref={node.clone()} {oninput} />
        }
    } else {
        html! {
            <input type="text" {value} list={props.list.clone()}
                placeholder={props.placeholder.clone()} data-testid={props.testid.clone()}
                ref={node} {oninput} />
        }
    };
    html! {
        <label class={classes!("field", props.class.clone())}>
            <span class="field-label">{ &props.label }</span>
            { control }
        </label>
    }
}
