//! One item: its statement, a native radio group of the scale's levels (plus
//! 不适用 where offered), what each level looks like, an optional 具体事例,
//! and the problems found under it, whatever its rating ([`ItemProblems`]).
//! Takes its data as props so a click re-renders only the card that changed.

use crate::reducer::Dispatcher;
use std::rc::Rc;

use yew::prelude::*;

use super::item_problems::ItemProblems;
use crate::components::{on_toggle, FieldFindings, TextField};
use crate::hooks::radio_group;
use ziping_app::state::{Action, NoteField};
use ziping_core::{Aids, Answer, ItemId, Problem, Rating, Template, TemplateId, NOT_APPLICABLE};

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    pub template: Rc<Template>,
    /// Where the item is: `template.sections[section].items[index]`.
    pub section: usize,
    pub index: usize,
    pub answer: Option<Answer>,
    /// The problems written under the item, whatever its rating.
    #[prop_or_default]
    pub problems: Rc<Vec<Problem>>,
    /// Its phrasing aids (a shared statement's are its owner's).
    #[prop_or_default]
    pub aids: Option<Rc<Aids>>,
    /// The aids written for other 科室 or levels (更多参考).
    #[prop_or_default]
    pub more_aids: Option<Rc<Aids>>,
    /// The draft's aspects, for the problems.
    #[prop_or_default]
    pub aspects: Rc<Vec<String>>,
    /// Last year's rows a problem can raise again (id, words).
    #[prop_or_default]
    pub last_year: Rc<Vec<(String, String)>>,
    /// For each of its problems, the row of last year it raises again: 老问题.
    #[prop_or_default]
    pub linked: Rc<Vec<Option<String>>>,
    pub dispatcher: Dispatcher,
}

#[function_component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    // The 具体事例 editor is built only once opened (or when there is text):
    // most cards never need it, and it keeps the first render light.
    let evidence_open = use_state(|| false);
    let t = &props.template;
    let Some(item) = t
        .sections
        .get(props.section)
        .and_then(|s| s.items.get(props.index))
    else {
        return html! {};
    };
    let answer = props.answer.clone().unwrap_or_default();
    let current = answer.rating.as_ref();
    let weak = matches!(current, Some(Rating::Level(id)) if t.level(id).is_some_and(|l| l.weak));
    let na = current == Some(&Rating::NotApplicable);
    let name = radio_group(&t.id, &item.id);

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
        let checked = current.is_some_and(|r| r.id() == id);
        let onchange = {
            let (d, template, item) = (props.dispatcher.clone(), t.id.clone(), item.id.clone());
            let rating = Rating::parse(&id);
            Callback::from(move |_: Event| {
                d.dispatch(Action::Rate {
                    template: template.clone(),
                    item: item.clone(),
                    rating: rating.clone(),
                })
            })
        };
        html! {
            <label class={classes!("choice", checked.then_some("checked"))}>
                <input type="radio" name={name.clone()} value={id} {checked} {onchange} />
                <span>{ label }</span>
            </label>
        }
    });

    let note = |field: NoteField,
                label: &'static str,
                value: &str,
                multiline: bool,
                placeholder: &'static str| {
        let (d, template, item) = (props.dispatcher.clone(), t.id.clone(), item.id.clone());
        let on_change = Callback::from(move |value: String| {
            d.dispatch(Action::SetNote {
                template: template.clone(),
                item: item.clone(),
                field,
                value,
            })
        });
        html! {
            <TextField label={label} value={AttrValue::from(value.to_string())} {on_change} {multiline}
                rows={2} placeholder={placeholder} />
        }
    };

    let guidance = (!item.guidance.is_empty()).then(|| {
        let rows = item.guidance.iter().map(|g| {
            let label = t
                .level(&g.level)
                .map(|l| l.label.clone())
                .unwrap_or_default();
            html! { <><dt>{ label }</dt><dd>{ &g.text }</dd></> }
        });
        html! {
            <details class="guidance">
                <summary>{ "各等级表现" }</summary>
                <dl>{ for rows }</dl>
            </details>
        }
    });
    let veto = t.veto_for(&item.id).map(|_| {
        html! { <span class="veto-tag">{ "一票否决项：评为最低等级时等次封顶" }</span> }
    });
    let shared = item.shares.as_ref().map(|_| {
        html! { <span class="shared-tag">{ "与另一份清单的相同条目只答一次，两边都计分" }</span> }
    });
    let (key_t, key_i) = t.answer_key(item);

    html! {
        <div class={classes!("item", current.is_none().then_some("unanswered"), weak.then_some("weak"))}
            data-item-id={item.id.to_string()}>
            <fieldset>
                <legend>{ &item.text }</legend>
                { veto }
                { shared }
                <div class="choices">{ for radios }</div>
            </fieldset>
            { guidance }
            <details class="evidence" open={*evidence_open || !answer.evidence.is_empty()} ontoggle={on_toggle(&evidence_open)}>
                // A 不适用 item's note says why (自评表), not what was achieved.
                <summary>{ if na { "不适用的原因（选填）" } else { "具体事例（选填）" } }</summary>
                if *evidence_open || !answer.evidence.is_empty() {
                    if na {
                        { note(NoteField::Evidence, "不适用的原因", &answer.evidence, true, "如：本年度未安排内部轮岗交流；自评表中会写明") }
                    } else {
                        { note(NoteField::Evidence, "具体事例 / 佐证", &answer.evidence, true, "写明时间、事项和成效，报告中会引用") }
                    }
                }
            </details>
            <FieldFindings place={AttrValue::from(format!("evidence:{key_t}:{key_i}"))} dispatcher={props.dispatcher.clone()} />
            <ItemProblems template={TemplateId::from(key_t)} item={ItemId::from(key_i)}
                problems={props.problems.clone()} aids={props.aids.clone()} more_aids={props.more_aids.clone()}
                aspects={props.aspects.clone()} last_year={props.last_year.clone()}
                linked={props.linked.clone()} {weak}
                dispatcher={props.dispatcher.clone()} />
        </div>
    }
}
