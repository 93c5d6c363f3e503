//! The results screen: a score card per template, the four-model radar,
//! strongest and weakest items, the problems written and their measures, the
//! person's details and the occasion, the 材料's inputs, and the drafted 材料.

use yew::prelude::*;

use crate::components::{person_form, MaterialPanel, RadarChart, ReportView, SectionBars};
use crate::hooks::use_app_state;
use ziping_core::{
    model_profile, rated_items, score_template, strongest, unique_facts, weakest, RatedItem,
    Template,
};
use ziping_report::or_placeholder;

fn item_list(items: &[RatedItem], empty: &'static str) -> Html {
    if items.is_empty() {
        return html! { <p class="muted">{ empty }</p> };
    }
    html! {
        <ol class="item-list">
            { for items.iter().map(|r| html! {
                <li>
                    <span class={classes!("tag", r.level.weak.then_some("weak"))}>{ &r.level.label }</span>
                    <span class="muted">{ format!("{} · {}", r.template.title, r.section.title) }</span>
                    <div>{ &r.item.text }</div>
                </li>
            }) }
        </ol>
    }
}

#[function_component]
pub fn Results() -> Html {
    let state = use_app_state();
    let templates = state.draft_templates();
    let refs: Vec<&Template> = templates.iter().map(|t| t.as_ref()).collect();
    let draft = state.draft();
    let results = refs.iter().map(|t| score_template(t, draft));
    let profile = model_profile(&refs, draft);
    let rated = rated_items(&refs, draft);
    // Every problem written, whatever the item's rating, with its measure.
    let problems: Vec<_> = draft.problems.iter().filter(|p| !p.is_blank()).collect();
    // The 材料 panel's data, as props (see `MaterialPanel`): the veto facts,
    // each once, and the templates a newer version would replace.
    let material = state.occasions.pick(&draft.occasion).map(|occasion| {
        let facts = unique_facts(&templates);
        let pairs = state.library.templates.newer_versions(&templates);
        html! {
            <MaterialPanel draft={draft.clone()} occasion={occasion.clone()} {pairs} {facts}
                dispatcher={state.dispatcher()} />
        }
    });
    let rectify_list = if problems.is_empty() {
        html! { <p class="muted">{ "还没有写查摆的问题：在“逐条自评”的任何条目下，或在下面的“不对应具体条目的问题”中写。" }</p> }
    } else {
        html! {
            <ol class="item-list" data-testid="rectify-list">
                { for problems.iter().map(|p| html! {
                    <li>
                        <div>{ or_placeholder(&p.text, "问题的具体表现") }</div>
                        <div class="rectify-line">
                            { format!("整改措施：{}　时限：{}",
                                or_placeholder(&p.measure, "整改措施"),
                                or_placeholder(&p.deadline, "整改时限")) }
                        </div>
                    </li>
                }) }
            </ol>
        }
    };

    html! {
        <div class="results">
            <div class="results-top no-print">
                <div class="score-cards">
                    { for results.map(|r| html! { <SectionBars result={r} /> }) }
                </div>
                <section class="panel">
                    <h2>{ "四个模范画像" }</h2>
                    <RadarChart profile={profile} />
                </section>
            </div>
            <div class="lists no-print">
                <section class="panel">
                    <h2>{ "做得最好的条目" }</h2>
                    { item_list(&strongest(&rated, 5), "尚未评出“好”“较好”的条目。") }
                </section>
                <section class="panel">
                    <h2>{ "相对薄弱的条目" }</h2>
                    { item_list(&weakest(&rated, 5), "所有已评条目都是“好”。") }
                </section>
            </div>
            <section class="panel no-print">
                <h2>{ "查摆的问题与整改措施" }</h2>
                { rectify_list }
            </section>
            { person_form(&state) }
            { material }
            <ReportView draft={draft.clone()} templates={templates.clone()}
                occasions={state.occasions.clone()} dispatcher={state.dispatcher()} />
        </div>
    }
}
