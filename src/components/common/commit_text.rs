//! A text input or textarea whose text is committed when the person leaves
//! it (`change`), as the 支部汇总's name, year and 应交名单 are: what is
//! typed is kept by the field until it is committed, so a redraw meanwhile
//! (a save of another field, the 已保存 line) never puts the stored text
//! back over it. (A change to the stored text from another window while
//! typing shows instead: the newer stored value wins.)

use yew::prelude::*;

use super::events::value_of;

#[derive(Properties, PartialEq)]
pub struct CommitTextProps {
    /// The stored text.
    pub value: AttrValue,
    pub on_commit: Callback<String>,
    /// A textarea of two rows instead of an input.
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[function_component]
pub fn CommitText(props: &CommitTextProps) -> Html {
    // What the person typed, until the stored text changes.
    let typed = use_state(|| None::<String>);
    {
        let typed = typed.clone();
        use_effect_with(props.value.clone(), move |_| {
            if typed.is_some() {
                typed.set(None)
            }
        });
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(Some(value_of(&e))))
    };
    // Committed: the stored text shows again, as the reducer read it
    // (trimmed, 2026年 → 2026, names joined by 、).
    let onchange = {
        let (cb, typed) = (props.on_commit.clone(), typed.clone());
        Callback::from(move |e: Event| {
            cb.emit(value_of(&e));
            typed.set(None);
        })
    };
    let value: AttrValue = match &*typed {
        Some(t) => t.clone().into(),
        None => props.value.clone(),
    };
    let testid = props.testid.clone();
    if props.multiline {
        html! { <textarea rows="2" {value} {oninput} {onchange} data-testid={testid} /> }
    } else {
        let inputmode = props.inputmode.clone();
        html! { <input type="text" {value} {inputmode} {oninput} {onchange} data-testid={testid} /> }
    }
}
