//! The header: title, draft name, save state, completion and live score.

use yew::prelude::*;

use super::app::use_app_state;
use crate::assessment::score_template;
use crate::state::SaveStatus;

#[function_component]
pub fn Header() -> Html {
    let state = use_app_state();
    let templates = state.draft_templates();
    let shown = templates.get(state.tab).or(templates.first());
    let result = shown.map(|t| score_template(t, state.draft()));

    let save = match &state.save {
        SaveStatus::Idle => html! { <span class="save">{ "自动保存已开启" }</span> },
        SaveStatus::Saved(t) => html! { <span class="save ok">{ format!("已保存 {t}") }</span> },
        SaveStatus::Failed(e) => html! {
            <span class="save failed" role="alert">{ format!("保存失败：{e}") }</span>
        },
    };
    let (score, grade, answered, total) = match &result {
        Some(r) => (
            r.score().map_or("—".to_string(), |s| s.to_string()),
            r.grade.clone().unwrap_or_else(|| "未评".into()),
            r.tally.answered,
            r.tally.total,
        ),
        None => ("—".into(), "未评".into(), 0, 0),
    };

    html! {
        <header class="header">
            <div class="header-title">
                <h1>{ "从严治部 · 个人自评" }</h1>
                <span class="draft-name">{ &state.draft().name }</span>
                { save }
            </div>
            <div class="header-score" aria-live="polite">
                <span class="score-label">{ shown.map(|t| t.title.clone()).unwrap_or_default() }</span>
                <span class="score" data-testid="total-score">{ score }</span>
                <span class="score-unit">{ "分" }</span>
                <span class="grade" data-testid="grade">{ grade }</span>
                <span class="completion" data-testid="completion">{ format!("已评 {answered}/{total}") }</span>
            </div>
            <progress class="progress" max={total.max(1).to_string()} value={answered.to_string()}
                aria-label="完成进度" />
        </header>
    }
}
