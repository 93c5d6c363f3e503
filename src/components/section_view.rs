//! One section of the checklist: its title, subtotal and item cards. Its
//! props compare by a fingerprint of the section's answers, so a click
//! re-renders only the section it changed, even with 1,000 items.

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use yew::prelude::*;

use super::ItemCard;
use crate::assessment::{Answer, Draft, ItemId, Section, Tally, Template};
use crate::state::AppState;

#[derive(Properties)]
pub struct SectionViewProps {
    pub template: Rc<Template>,
    pub index: usize,
    /// How many of its items to render (long checklists render in chunks).
    pub shown: usize,
    /// Read for the answers; not compared (the fingerprint stands for them).
    pub draft: Rc<Draft>,
    pub fingerprint: u64,
    pub tally: Tally,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

impl PartialEq for SectionViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.template, &other.template)
            && self.index == other.index
            && self.shown == other.shown
            && self.fingerprint == other.fingerprint
            && self.tally == other.tally
            && self.dispatcher == other.dispatcher
    }
}

/// A fingerprint of a section's answers: equal answers, equal fingerprint.
pub fn fingerprint(section: &Section, answers: Option<&BTreeMap<ItemId, Answer>>) -> u64 {
    let mut h = DefaultHasher::new();
    for item in &section.items {
        answers.and_then(|a| a.get(&item.id)).hash(&mut h);
    }
    h.finish()
}

#[function_component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let t = &props.template;
    let s = &t.sections[props.index];
    let answers = props.draft.answers.get(&t.id);
    let subtotal = props
        .tally
        .score()
        .map_or("—".to_string(), |s| s.to_string());
    let cards = s.items[..props.shown.min(s.items.len())]
        .iter()
        .enumerate()
        .map(|(i, item)| {
            html! {
                <ItemCard key={item.id.to_string()}
                    template={t.clone()}
                    section={props.index}
                    index={i}
                    answer={answers.and_then(|a| a.get(&item.id)).cloned()}
                    dispatcher={props.dispatcher.clone()} />
            }
        });
    html! {
        <section class="section" id={format!("section-{}", s.id)} aria-labelledby={format!("h-{}", s.id)}>
            <h2 class="section-title" id={format!("h-{}", s.id)}>
                <span>{ &s.title }</span>
                <span class="subtotal">{ format!("小计 {subtotal} 分 · 已评 {}/{}", props.tally.answered, props.tally.total) }</span>
            </h2>
            { for cards }
        </section>
    }
}
