//! A template's score card: score, grade, veto, completion and one SVG bar per
//! section (bar lengths from `ziping_core::bar_width`).

use yew::prelude::*;

use ziping_core::{bar_width, tenths, TemplateResult};

#[derive(Properties, PartialEq)]
pub struct SectionBarsProps {
    pub result: TemplateResult,
}

const TRACK: f64 = 240.0;

#[function_component]
pub fn SectionBars(props: &SectionBarsProps) -> Html {
    let r = &props.result;
    let score = r.score().map_or("—".to_string(), |s| s.to_string());
    let grade = r.grade_label();
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
            <p class="score-line">
                <span class="big-score">{ score }</span><span>{ " 分 " }</span>
                <span class="grade">{ grade }</span>
            </p>
            { for vetoes }
            { for r.facts.iter().map(|f| html! {
                <p class="veto-reason" role="note">{ format!("否决事项：{}", f.question.replacen("是否", "", 1)) }</p>
            }) }
            if r.remaining() > 0 && r.score().is_some() {
                <p class="muted">{ format!("参考等次评完后确定：还有 {} 项未评（含否决事项，在“结果与报告”中回答）。", r.remaining()) }</p>
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
