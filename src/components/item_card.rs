//! One item: its statement and a native radio group of the scale's levels
//! (plus 不适用 where the template offers it). Takes its data as props so a
//! click re-renders only the card that changed.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::{Answer, Rating, Template, NOT_APPLICABLE};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    pub template: Rc<Template>,
    pub item_id: AttrValue,
    pub answer: Option<Answer>,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let t = &props.template;
    let Some(item) = t.item(&props.item_id) else {
        return html! {};
    };
    let current = props.answer.as_ref().and_then(|a| a.rating.as_ref());
    let name = format!("{}:{}", t.id, item.id);
    let legend_id = format!("q-{}-{}", t.id, item.id);

    let mut choices: Vec<(String, String)> = t
        .scale
        .levels
        .iter()
        .map(|l| (l.id.clone(), l.label.clone()))
        .collect();
    if t.allows_not_applicable(&item.id) {
        choices.push((NOT_APPLICABLE.into(), t.scale.not_applicable_label.clone()));
    }

    let radios = choices.into_iter().map(|(id, label)| {
        let checked = current.map(|r| r.id() == id).unwrap_or(false);
        let onchange = {
            let dispatcher = props.dispatcher.clone();
            let template = t.id.clone();
            let item = item.id.clone();
            let rating = Rating::parse(&id);
            Callback::from(move |_: Event| {
                dispatcher.dispatch(Action::Rate {
                    template: template.clone(),
                    item: item.clone(),
                    rating: rating.clone(),
                })
            })
        };
        html! {
            <label class={classes!("choice", checked.then_some("checked"))}>
                <input type="radio" name={name.clone()} value={id.clone()} {checked} {onchange} />
                <span>{ label }</span>
            </label>
        }
    });

    let veto = t.veto_for(&item.id).map(|_| {
        html! {
            <span class="veto-tag" title="评为最低等级时触发一票否决">{ "一票否决项" }</span>
        }
    });

    html! {
        <div class={classes!("item", current.is_none().then_some("unanswered"))} data-item-id={item.id.clone()}>
            <fieldset>
                <legend id={legend_id}>{ &item.text }{ veto }</legend>
                <div class="choices">{ for radios }</div>
            </fieldset>
        </div>
    }
}
