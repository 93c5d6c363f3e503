//! The header: title, draft name, save state, the live score of the checklist
//! shown, completion, the screens, and the font-size control.

use yew::prelude::*;

use crate::hooks::{use_app_state, use_lock};
use ziping_app::state::{Action, Page, SaveStatus};
use ziping_core::score_template;

const SCALES: [u16; 3] = [100, 125, 150];

#[function_component]
pub fn Header() -> Html {
    let state = use_app_state();
    let lock = use_lock();
    let templates = state.draft_templates();
    let shown = templates.get(state.nav.tab).or(templates.first());
    let result = shown.map(|t| score_template(t, state.draft()));

    let save = match &state.persist.save {
        SaveStatus::Idle => html! { <span class="save">{ "自动保存已开启" }</span> },
        SaveStatus::Saved(t) => html! { <span class="save ok">{ format!("已保存 {t}") }</span> },
        SaveStatus::Failed(e) => {
            html! { <span class="save failed" title={e.to_string()}>{ "保存失败" }</span> }
        }
    };
    let (score, grade, answered, total) = match &result {
        Some(r) => (
            r.score().map_or("—".to_string(), |s| s.to_string()),
            r.grade_label(),
            r.tally.answered,
            r.tally.total,
        ),
        None => ("—".into(), "未评".into(), 0, 0),
    };

    let nav = [
        (Page::Checklist, "逐条自评"),
        (Page::Results, "结果与报告"),
        (Page::Ledger, "整改台账"),
        (Page::Compare, "对比"),
        (Page::Branch, "支部汇总"),
        (Page::Drafts, "草稿与备份"),
    ]
    .into_iter()
    .map(|(page, label)| {
        let d = state.dispatcher();
        let current = (state.nav.page == page).then_some("page");
        html! {
            <button type="button" class="nav-link" aria-current={current}
                onclick={Callback::from(move |_| d.dispatch(Action::Show(page)))}>{ label }</button>
        }
    });

    let scale = state.prefs.font_scale;
    let step = |delta: isize| {
        let d = state.dispatcher();
        let i = SCALES.iter().position(|s| *s == scale).unwrap_or(0) as isize + delta;
        let next = SCALES.get(i.clamp(0, 2) as usize).copied().unwrap_or(100);
        Callback::from(move |_| d.dispatch(Action::SetFontScale(next)))
    };

    html! {
        <header class="header no-print">
            <div class="header-row">
                <div class="header-title">
                    <h1>{ "从严治部 · 个人自评" }</h1>
                    <span class="draft-name" data-testid="draft-name">{ &state.draft().name }</span>
                    { save }
                </div>
                <div class="header-score" aria-live="polite" aria-atomic="true">
                    <span class="score-label">{ shown.map(|t| t.title.clone()).unwrap_or_default() }</span>
                    <span class="score" data-testid="total-score">{ score }</span>
                    <span class="score-unit">{ "分" }</span>
                    <span class="grade" data-testid="grade">{ grade }</span>
                    <span class="completion" data-testid="completion">{ format!("已评 {answered}/{total}") }</span>
                </div>
            </div>
            <div class="header-row">
                <nav class="nav" aria-label="页面">{ for nav }</nav>
                if let Some(on_lock) = lock.filter(|l| l.encrypted).map(|l| l.on_lock) {
                    <button type="button" class="button small lock-now" data-action="lock-now"
                        onclick={on_lock.reform(|_| ())} title="锁定后需输入口令才能继续">{ "锁定" }</button>
                }
                <div class="font-size" role="group" aria-label="字号">
                    <button type="button" class="button small" onclick={step(-1)} disabled={scale <= 100}
                        aria-label="缩小字号">{ "A−" }</button>
                    <span class="font-size-value">{ format!("{scale}%") }</span>
                    <button type="button" class="button small" onclick={step(1)} disabled={scale >= 150}
                        aria-label="放大字号">{ "A+" }</button>
                </div>
            </div>
            <progress class="progress" max={total.max(1).to_string()} value={answered.to_string()}
                aria-label="完成进度" />
        </header>
    }
}
