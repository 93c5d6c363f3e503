//! The results screen: a score card per template, the four-model radar,
//! strongest and weakest items, the problems written and their measures, the
//! person's details and the occasion, the 材料's inputs, and the drafted 材料.

use yew::prelude::*;

use super::CheckupPanel;
use crate::components::{
    facts_form, person_form, radar_chart, section_bars, MaterialPanel, ReportView,
};
use crate::hooks::use_app_state;
use ziping_core::{
    barred_bands, graded, model_profile, occasion_grade, rankings, rated_items, row_deadline,
    score_template, RatedItem, Template,
};
use ziping_report::{grade_sentence, or_placeholder};

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
    let graded = graded(state.occasions.get(&draft.occasion));
    let profile = model_profile(&refs, draft);
    let rated = rated_items(&refs, draft);
    let (best, worst) = rankings(&rated, 5);
    // Nothing weak to list: none rated, all 好, or the rest listed as the best.
    let none_weak = if rated.is_empty() {
        "还没有评分的条目。"
    } else if rated.iter().all(|r| r.level.share == 100) {
        "所有已评条目都是“好”。"
    } else {
        "其余已评条目都列在“做得最好的条目”中。"
    };
    // Every problem written, whatever the item's rating, with its measure.
    let problems: Vec<_> = draft.problems.iter().filter(|p| !p.is_blank()).collect();
    let window = state
        .occasions
        .get(&draft.occasion)
        .and_then(|o| o.date_window);
    // The 材料 panel's data, as props (see `MaterialPanel`): the veto facts,
    // each once, the occasion's own (民主评议's 反向情形) after them, and the templates a newer version would replace.
    // A draft whose occasion this computer lacks keeps it, says so, and gets
    // no 材料 rather than one in another occasion's genre.
    let mut facts_panel = Html::default();
    let material = match state.occasions.get(&draft.occasion) {
        Some(occasion) => {
            let facts = occasion.facts_with(&templates, draft);
            // Asked where the grade is shown, before the 材料's inputs.
            if !facts.is_empty() {
                facts_panel = html! {
                    <section class="panel no-print facts-panel">
                        { facts_form(&facts, draft, &state.dispatcher()) }
                    </section>
                };
            }
            let pairs = state.library.templates.newer_versions(&templates);
            // The computed grade, only a hint beside the member's choice.
            let (grade_hint, barred_grades) = if occasion.grade_chosen() {
                let g = occasion_grade(occasion, &refs, draft);
                (grade_sentence(&g, false, true), barred_bands(occasion, &g))
            } else {
                (String::new(), Vec::new())
            };
            let grade_hint = AttrValue::from(grade_hint);
            let undo = state
                .notices
                .dropped_edit
                .as_ref()
                .is_some_and(|e| e.draft == draft.id && e.occasion == draft.occasion);
            html! {
                <>
                    <MaterialPanel draft={draft.clone()} occasion={occasion.clone()} {pairs} {grade_hint} {barred_grades}
                        dispatcher={state.dispatcher()} />
                    <CheckupPanel draft={draft.clone()} templates={templates.clone()}
                        dispatcher={state.dispatcher()} />
                    <ReportView draft={draft.clone()} templates={templates.clone()}
                        occasions={state.occasions.clone()} {undo} dispatcher={state.dispatcher()} />
                </>
            }
        }
        None => html! {
            <section class="panel notice warning" role="status" data-testid="occasion-missing">
                <h2>{ "本机没有这份材料的场合设置" }</h2>
                <p>{ format!("这份草稿的材料用于场合“{}”，本机没有这一场合的设置（它可能是在另一台电脑上导入的）。为免按别的场合的格式写，材料暂不生成；草稿的内容都在。", draft.occasion) }</p>
                <p>{ "请在“草稿与备份”中导入含有该场合的场合设置文件或备份，或者在上面的“材料用于”中改选一个场合。" }</p>
            </section>
        },
    };
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
                                or_placeholder(&row_deadline(draft, p, window, &p.deadline), "整改时限")) }
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
                    { for results.map(|r| section_bars(&r, graded)) }
                </div>
                <section class="panel">
                    <h2>{ "四个模范画像" }</h2>
                    { radar_chart(&profile, None) }
                </section>
            </div>
            { facts_panel }
            <div class="lists no-print">
                <section class="panel">
                    <h2>{ "做得最好的条目" }</h2>
                    { item_list(&best, "尚未评出“好”“较好”的条目。") }
                </section>
                <section class="panel">
                    <h2>{ "相对薄弱的条目" }</h2>
                    { item_list(&worst, none_weak) }
                </section>
            </div>
            <section class="panel no-print">
                <h2>{ "查摆的问题与整改措施" }</h2>
                { rectify_list }
            </section>
            { person_form(&state) }
            { material }
        </div>
    }
}
