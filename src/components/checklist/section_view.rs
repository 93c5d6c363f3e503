//! One section of the checklist: its title, subtotal and item cards. Its
//! props compare by a fingerprint of the section's answers, so a click
//! re-renders only the section it changed, even with 1,000 items.

use crate::reducer::Dispatcher;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use yew::prelude::*;

use crate::components::ItemCard;
use ziping_core::{last_year_rows, level_of, recurring_row, Draft, Problem, Tally, Template};

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
    /// The draft's templates: a shared statement's aids are its owner's.
    pub templates: Rc<Vec<Rc<Template>>>,
    pub dispatcher: Dispatcher,
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

/// A fingerprint of each section of `t` (its answers, the problems under
/// its items, and what every card shows besides): equal inputs, equal
/// fingerprint. One pass for the whole checklist, run on every keystroke:
/// what every card shows besides is hashed once.
pub fn fingerprints(t: &Template, draft: &Draft) -> Vec<u64> {
    let mut common = DefaultHasher::new();
    draft.aspects.hash(&mut common);
    // Which aids come first: the 科室类型 and the level of the 职级.
    (&draft.person.dept, level_of(draft.person.rank())).hash(&mut common);
    for q in &draft.previous {
        q.row.as_ref().map(|r| &r.item).hash(&mut common);
        (&q.id, &q.text).hash(&mut common);
    }
    let common = common.finish();
    let linked = draft.problems.iter().any(|p| p.item.is_some());
    let sections = t.sections.iter().map(|section| {
        let mut h = DefaultHasher::new();
        common.hash(&mut h);
        for item in &section.items {
            draft.answer_for(t, item).hash(&mut h);
            if linked {
                let (kt, ki) = t.answer_key(item);
                for p in draft.problems_on(kt, ki) {
                    p.hash(&mut h);
                }
            }
        }
        h.finish()
    });
    sections.collect()
}

#[function_component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let t = &props.template;
    let s = &t.sections[props.index];
    let subtotal = props
        .tally
        .score()
        .map_or("—".to_string(), |s| s.to_string());
    let aspects = Rc::new(props.draft.aspects.clone());
    let level = level_of(props.draft.person.rank());
    let last_year = Rc::new(last_year_rows(&props.draft));
    let cards = s.items[..props.shown.min(s.items.len())]
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (kt, ki) = t.answer_key(item);
            let problems: Vec<Problem> = props.draft.problems_on(kt, ki).cloned().collect();
            let linked: Vec<Option<String>> = problems
                .iter()
                .map(|p| recurring_row(&props.draft, p).map(|r| r.id.clone()))
                .collect();
            let aids = match &item.shares {
                None => &item.aids,
                Some(l) => props
                    .templates
                    .iter()
                    .find(|o| o.id == l.template)
                    .and_then(|o| o.item(&l.item))
                    .map_or(&item.aids, |o| &o.aids),
            };
            // Those that fit the person's 科室 and 职级 first, the rest
            // under 更多参考.
            let (fit, more) = aids.split(&props.draft.person.dept, level);
            let aids = (!fit.is_empty()).then(|| Rc::new(fit));
            let more_aids = (!more.is_empty()).then(|| Rc::new(more));
            html! {
                <ItemCard key={item.id.to_string()}
                    template={t.clone()}
                    section={props.index}
                    index={i}
                    answer={props.draft.answer_for(t, item).cloned()}
                    problems={Rc::new(problems)}
                    {aids} {more_aids}
                    aspects={aspects.clone()}
                    last_year={last_year.clone()}
                    linked={Rc::new(linked)}
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
