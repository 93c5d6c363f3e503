//! The checklist screen: a tab per template of the draft, 填写说明, a table of
//! contents with per-section progress and "next unanswered" ([`Toc`]), and
//! the item cards.

use std::rc::Rc;

use yew::prelude::*;

use super::section_view::fingerprints;
use super::start_line;
use super::toc::Toc;
use crate::components::SectionView;
use crate::hooks::use_app_state;
use ziping_app::state::Action;
use ziping_app::storage::templates_signature;
use ziping_core::score_template;

const DEADLINES: [&str; 5] = ["立行立改", "长期坚持", "1个月内", "3个月内", "年底前"];

/// Items rendered at once, and on the prerendered first screen: more than a
/// screen shows (3 at 1280 × 900, 6 at 1280 × 1600); the rest come in
/// chunks after the first paint, so the first rating is there at once and
/// a slow PC lays out and draws less before it.
const FIRST_CHUNK: usize = 6;
const NEXT_CHUNK: usize = 150;

#[function_component]
pub fn Checklist() -> Html {
    let state = use_app_state();
    let limit = use_state(|| FIRST_CHUNK);
    let templates = state.draft_templates();
    let template = templates.get(state.nav.tab).or(templates.first()).cloned();
    let total = template.as_ref().map_or(0, |t| t.item_count());
    {
        let limit = limit.clone();
        use_effect_with((*limit, total), move |&(shown, total)| {
            let timer = (shown < total).then(|| {
                gloo::timers::callback::Timeout::new(0, move || limit.set(shown + NEXT_CHUNK))
            });
            move || drop(timer)
        });
    }
    let Some(template) = template else {
        return html! { <p class="empty">{ "这份草稿没有可用的评价模板。" }</p> };
    };
    let result = score_template(&template, state.draft());

    let tabs = templates.iter().enumerate().map(|(i, t)| {
        let d = state.dispatcher();
        let selected = t.id == template.id;
        html! {
            <button type="button" role="tab" class="tab" aria-selected={selected.to_string()}
                onclick={Callback::from(move |_| d.dispatch(Action::ShowTab(i)))}>
                { &t.title }
            </button>
        }
    });

    let tallies: Vec<_> = result.sections.iter().map(|sr| sr.tally).collect();
    let next = result.unanswered.first().cloned();

    let all = Rc::new(templates.clone());
    let prints = fingerprints(&template, state.draft());
    let mut budget = *limit;
    let draft = state.draft().clone();
    let sections = template
        .sections
        .iter()
        .zip(&result.sections)
        .enumerate()
        .map_while(|(i, (s, sr))| {
            if budget == 0 {
                return None;
            }
            let shown = s.items.len().min(budget);
            budget -= shown;
            Some(html! {
                <SectionView key={s.id.clone()} template={template.clone()} index={i} {shown}
                    draft={draft.clone()} fingerprint={prints[i]} tally={sr.tally}
                    templates={all.clone()} dispatcher={state.dispatcher()} />
            })
        });

    let (reader_note, _) = template.description_parts();
    html! {
        // `data-templates`: the boot script puts a stored snapshot on the
        // prerendered screen only when it names these (index.html).
        <div class="checklist" data-all-rendered={(*limit >= total).then_some("true")}
            data-templates={templates_signature(&state.draft().templates)}>
            { start_line(&state) }
            <div class="tabs" role="tablist" aria-label="评价内容">{ for tabs }</div>
            <details class="howto">
                <summary>{ "填写说明" }</summary>
                <ol>
                    <li>{ "逐条对照，选择最符合本人实际的等级：好、较好、一般、较差；与本人工作无关的条目可选“不适用”，不计入总分。" }</li>
                    <li>{ "评为“一般”“较差”的条目，请写明存在问题、整改措施和整改时限，它们会写进材料和整改台账。" }</li>
                    <li>{ "“具体事例”选填，写得越具体，起草的材料越有说服力。" }</li>
                    <li>{ "否决事项（是否存在……情形）在“结果与报告”中逐项如实回答；回答“是”的，无论得分多少，参考等次依规受限。" }</li>
                    <li>{ "所有内容自动保存在本机浏览器中，不会上传。换电脑或清理浏览器前，请在“草稿”中导出备份。" }</li>
                </ol>
            </details>
            // Notes for template authors are on 草稿与备份, with the version.
            if !reader_note.is_empty() {
                <p class="template-description">{ reader_note }</p>
            }
            <div class="checklist-body">
                <Toc template={template.clone()} {tallies} {next} />
                <div class="sections">{ for sections }</div>
            </div>
            <datalist id="deadline-suggestions">
                { for DEADLINES.iter().map(|d| html! { <option value={*d} /> }) }
            </datalist>
        </div>
    }
}
