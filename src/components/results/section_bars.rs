//! A template's score card: score, grade (none for an occasion without a
//! 等次), veto, completion and one SVG bar per section (bar lengths from
//! `ziping_core::bar_width`).

use yew::prelude::*;

use crate::browser::locate;
use ziping_core::{bar_width, missing_facts_label, tenths, TemplateResult};

const TRACK: f64 = 240.0;

/// The card of `r`; `graded`: the draft's occasion gives a 等次
/// (`ziping_core::graded`). A function of `Results`, not a component.
pub fn section_bars(r: &TemplateResult, graded: bool) -> Html {
    let score = r.score().map_or("—".to_string(), |s| s.to_string());
    // Rated through, only veto facts open: say so, and lead to them (below
    // on this screen).
    let grade = match r.waits_on_facts() {
        Some(n) => html! {
            <button type="button" class="link-button missing-facts" data-testid="card-missing-facts"
                onclick={Callback::from(|_| locate(&["[data-testid=facts]".to_string()]))}>
                { missing_facts_label(n) }
            </button>
        },
        None => html! { <span class="grade">{ r.grade_label() }</span> },
    };
    let bars = r.sections.iter().map(|s| {
        let value = s.tally.score();
        let width = bar_width(value.map(|v| v.points()), TRACK);
        html! {
            <li class="bar-row">
                <span class="bar-label">{ &s.title }</span>
                <svg class="bar" viewBox="0 0 240 14" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="bar-track" x="0" y="0" width="240" height="14" rx="3" />
                    <rect class="bar-fill" x="0" y="0" width={tenths(width)} height="14" rx="3" />
                </svg>
                <span class="bar-value">{ value.map_or("未评".to_string(), |v| format!("{v} 分")) }</span>
            </li>
        }
    });
    let vetoes = r.vetoes.iter().map(
        |v| html! { <p class="veto-reason" role="note">{ format!("一票否决：{}", v.reason) }</p> },
    );
    html! {
        <section class="score-card" data-testid={format!("result-{}", r.template_id)}>
            <h3>{ &r.title }</h3>
            // Muted as in the header (`Figures::provisional`): a running
            // score, or an occasion that gives no 等次.
            <p class={classes!("score-line", (r.provisional() || !graded).then_some("provisional"))}>
                <span class="big-score">{ score }</span><span>{ " 分 " }</span>
                if graded { { grade } }
            </p>
            { for vetoes }
            { for r.facts.iter().map(|f| html! {
                <p class="veto-reason" role="note">{ format!("否决事项：{}", f.question.replacen("是否", "", 1)) }</p>
            }) }
            if graded && !r.unanswered.is_empty() && r.score().is_some() {
                <p class="muted">{ format!("参考等次评完后确定：还有 {} 项未评{}。", r.unanswered.len(),
                    if r.open_facts.is_empty() { String::new() } else { format!("，{} 个否决事项见下方", r.open_facts.len()) }) }</p>
            }
            <p class="muted">
                { format!("已评 {}/{}", r.tally.answered, r.tally.total) }
                if r.tally.not_applicable > 0 { { format!("，其中 {} 项不适用", r.tally.not_applicable) } }
                if !r.unanswered.is_empty() { { format!("，尚有 {} 项未评", r.unanswered.len()) } }
            </p>
            <ul class="bars">{ for bars }</ul>
        </section>
    }
}
