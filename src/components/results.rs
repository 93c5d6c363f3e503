//! The results screen: a score card per template, the four-model radar,
//! strongest and weakest items, what to rectify, the person's details and
//! 原因分析, and the drafted report.

use yew::prelude::*;

use super::{PersonForm, RadarChart, ReportView, SectionBars};
use crate::assessment::{
    model_profile, or_placeholder, rated_items, score_template, strongest, to_rectify, weakest,
    RatedItem, Template,
};
use crate::hooks::use_app_state;

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
    let rectify = to_rectify(&rated);

    let rectify_list = if rectify.is_empty() {
        html! { <p class="muted">{ "没有评为“一般”“较差”的条目。" }</p> }
    } else {
        html! {
            <ol class="item-list" data-testid="rectify-list">
                { for rectify.iter().map(|r| html! {
                    <li>
                        <span class="tag weak">{ &r.level.label }</span>
                        <span class="muted">{ format!("{} · {}", r.template.title, r.section.title) }</span>
                        <div>{ &r.item.text }</div>
                        <div class="rectify-line">
                            { format!("整改措施：{}　时限：{}",
                                or_placeholder(&r.answer.measure, "整改措施"),
                                or_placeholder(&r.answer.deadline, "整改时限")) }
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
                <h2>{ "需要整改的条目" }</h2>
                { rectify_list }
            </section>
            <PersonForm />
            <ReportView />
        </div>
    }
}
