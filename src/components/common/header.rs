//! The header: title, draft name, save state, the live score of every
//! checklist (named; muted while it is only a running score), completion,
//! the veto facts still to answer, the screens, and the font-size control.

use yew::prelude::*;

use gloo::timers::callback::Timeout;

use crate::browser::locate;
use crate::hooks::{AppContext, LockContext};
use ziping_app::state::{Action, Page, SaveStatus};
use ziping_core::{asked_facts, missing_facts_note, Figures, TemplateResult};

const SCALES: [u16; 3] = [100, 125, 150];

/// The header of `state`, with `results` (the draft's checklists scored
/// once per change, by `App`, for the header and the path). A function of
/// `App`, not a component: it reads the whole state, so it is drawn with
/// every change anyway.
pub fn header(state: &AppContext, lock: Option<&LockContext>, results: &[TemplateResult]) -> Html {
    let templates = state.draft_templates();
    // Every checklist's figures, each named: what the header says does not
    // depend on the tab last opened (the one shown is marked).
    let shown = state.nav.tab.min(templates.len().saturating_sub(1));
    let draft = state.draft();
    let occasion = state.occasions.get(&draft.occasion);
    let entries = templates.iter().zip(results.iter()).enumerate().map(|(i, (t, r))| {
        let f = Figures::of(r, occasion);
        let current = i == shown;
        let id = |name: &'static str| current.then_some(name);
        // A running score until every section has an answer, or any score
        // of an occasion without a 等次: muted, small, no grade word.
        html! {
            <span class={classes!("score-entry", current.then_some("current"), f.provisional.then_some("provisional"))}>
                <span class="score-label">{ &t.title }</span>
                <span class="score" data-testid={id("total-score")}>{ f.score }</span>
                <span class="score-unit">{ "分" }</span>
                <span class="grade" data-testid={id("grade")}>{ f.grade }</span>
                <span class="completion" data-testid={id("completion")}>
                    { format!("已评 {}/{}", f.answered, f.total) }
                </span>
            </span>
        }
    });
    let (answered, total) = results
        .get(shown)
        .map_or((0, 0), |r| (r.tally.answered, r.tally.total));
    // The veto facts still to answer, with the way to them.
    let facts = asked_facts(occasion, &templates, draft);
    let missing = missing_facts_note(draft, &facts).map(|label| {
        let d = state.dispatcher();
        let onclick = Callback::from(move |_| {
            d.dispatch(Action::Show(Page::Results));
            Timeout::new(80, || locate(&["[data-testid=facts]".to_string()])).forget();
        });
        html! {
            <button type="button" class="link-button missing-facts" data-testid="missing-facts" {onclick}>{ label }</button>
        }
    });

    let save = match &state.persist.save {
        // Not 已保存 while the draft is held back (the conflict notice).
        _ if state.notices.conflict.is_some() => {
            html! { <span class="save failed">{ "暂停保存：待选择版本" }</span> }
        }
        SaveStatus::Idle => html! { <span class="save">{ "自动保存已开启" }</span> },
        SaveStatus::Saved(t) => html! { <span class="save ok">{ format!("已保存 {t}") }</span> },
        SaveStatus::Failed(e) => {
            html! { <span class="save failed" title={e.to_string()}>{ "保存失败" }</span> }
        }
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
        // A screen opens at its top, not at the last one's scroll (结果与报告
        // opened mid-page, the ledger at its last row).
        let show = Callback::from(move |_| {
            d.dispatch(Action::Show(page));
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        });
        html! {
            <button type="button" class="nav-link" aria-current={current}
                onclick={show}>{ label }</button>
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
                // Not on the 支部汇总: the open draft's figures are not the branch's.
                if state.nav.page != Page::Branch {
                    <div class="header-score" aria-live="polite" aria-atomic="true">
                        { for entries }
                        { missing }
                    </div>
                }
            </div>
            <div class="header-row">
                <nav class="nav" aria-label="页面">{ for nav }</nav>
                if let Some(on_lock) = lock.filter(|l| l.encrypted).map(|l| l.on_lock.clone()) {
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
