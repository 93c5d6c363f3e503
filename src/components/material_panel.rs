//! What the 材料 is drafted from besides the ratings, as the draft's occasion
//! asks: how many problems it expects and how many there are, the notice,
//! the grade switch (年度考核), a newer template version to move to, and
//! [`MaterialEditors`] for the aspects, problems of the draft as a whole,
//! 工作实绩, last year's problems and the veto facts.

use yew::prelude::*;

use super::upgrade_notice::upgrade_notice;
use super::{MaterialEditors, TextField};
use crate::assessment::{Fact, GradeShown, PartKind};
use crate::hooks::use_app_state;
use crate::state::{Action, Edit};

#[function_component]
pub fn MaterialPanel() -> Html {
    let state = use_app_state();
    let draft = state.draft().clone();
    let Some(occasion) = state.occasions.pick(&draft.occasion).cloned() else {
        return html! {};
    };
    let d = state.dispatcher();
    let written = draft.problems.iter().filter(|p| !p.is_blank()).count();
    let expected = occasion.problems;
    let in_range = (expected.min as usize..=expected.max as usize).contains(&written);

    let on_notice = {
        let d = d.clone();
        Callback::from(move |v: String| d.dispatch(Action::Material(Edit::SetNotice(v))))
    };
    let on_grade = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            d.dispatch(Action::Material(Edit::SetShowGrade(on)))
        })
    };
    let templates = state.draft_templates();
    let mut facts: Vec<Fact> = Vec::new();
    for t in &templates {
        for f in &t.facts {
            if !facts.iter().any(|g| g.id == f.id) {
                facts.push(f.clone());
            }
        }
    }
    let pairs: Vec<_> = templates
        .iter()
        .filter_map(|t| {
            let newest = state.library.templates.latest(&t.id)?;
            (newest.version > t.version).then(|| (t.clone(), newest.clone()))
        })
        .collect();
    let uses_work = occasion
        .parts
        .iter()
        .any(|p| p.kind == PartKind::Achievements && p.work);
    html! {
        <section class="panel material-panel no-print" aria-labelledby="material-h">
            <h2 id="material-h">{ format!("“{}”材料的内容", occasion.label) }</h2>
            { upgrade_notice(&pairs, &d) }
            <p class={classes!("problem-count", (!in_range).then_some("warn"))} data-testid="problem-count">
                { format!("这类材料一般查摆 {}–{} 个问题，目前已写 {written} 个。", expected.min, expected.max) }
                { " 问题可以写在任何条目下（评为“好”“较好”的也可以），也可以在下面写不对应具体条目的问题。" }
            </p>
            if occasion.opening.contains("{notice}") {
                <TextField label="依据的通知（如：关于召开2026年度组织生活会的通知）"
                    value={AttrValue::from(draft.notice.clone())} on_change={on_notice} testid="notice" />
            }
            if occasion.grade == GradeShown::Optional {
                <label class="choice-line">
                    <input type="checkbox" checked={draft.show_grade} onchange={on_grade} data-testid="show-grade" />
                    { "在材料中写出自评参考等次（等次由考核委员会确定，默认不写）" }
                </label>
            }
            <MaterialEditors draft={draft.clone()} aspects_editable={occasion.aspects_editable} {uses_work}
                previous={occasion.has_part(PartKind::Previous)} {facts} dispatcher={d} />
        </section>
    }
}
