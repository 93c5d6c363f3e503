//! The checklist of one template: tabs for the draft's templates, the
//! sections with their subtotals, and one card per item.

use yew::prelude::*;

use super::app::use_app_state;
use super::ItemCard;
use crate::assessment::score_template;
use crate::state::Action;

#[function_component]
pub fn Checklist() -> Html {
    let state = use_app_state();
    let templates = state.draft_templates();
    let Some(template) = templates.get(state.tab).or(templates.first()).cloned() else {
        return html! { <p class="empty">{ "这份草稿没有可用的评价模板。" }</p> };
    };
    let result = score_template(&template, state.draft());
    let answers = state.draft().answers.get(&template.id);

    let tabs = templates.iter().enumerate().map(|(i, t)| {
        let dispatcher = state.dispatcher();
        let selected = t.id == template.id;
        html! {
            <button type="button" role="tab" class="tab" aria-selected={selected.to_string()}
                onclick={Callback::from(move |_| dispatcher.dispatch(Action::ShowTab(i)))}>
                { &t.title }
            </button>
        }
    });

    let sections = template.sections.iter().zip(&result.sections).map(|(s, sr)| {
        let subtotal = sr.tally.score().map_or("—".to_string(), |s| s.to_string());
        let cards = s.items.iter().map(|item| {
            html! {
                <ItemCard key={item.id.clone()}
                    template={template.clone()}
                    item_id={AttrValue::from(item.id.clone())}
                    answer={answers.and_then(|a| a.get(&item.id)).cloned()}
                    dispatcher={state.dispatcher()} />
            }
        });
        html! {
            <section class="section" id={format!("section-{}", s.id)}>
                <h2 class="section-title">
                    <span>{ &s.title }</span>
                    <span class="subtotal">{ format!("{subtotal} 分 · {}/{}", sr.tally.answered, sr.tally.total) }</span>
                </h2>
                { for cards }
            </section>
        }
    });

    html! {
        <div class="checklist">
            <div class="tabs" role="tablist">{ for tabs }</div>
            if !template.description.is_empty() {
                <p class="template-description">{ &template.description }</p>
            }
            { for sections }
        </div>
    }
}
