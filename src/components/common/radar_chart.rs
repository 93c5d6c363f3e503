//! The four-model profile as an inline SVG radar (geometry from
//! `ziping_core::radar`) with a table of the same values as its text equivalent.

use yew::prelude::*;

use ziping_core::{radar, tenths, ModelScore};

const SIZE: f64 = 360.0;
const RADIUS: f64 = 100.0;

fn points(ps: &[ziping_core::Point]) -> String {
    ps.iter().map(|p| p.svg()).collect::<Vec<_>>().join(" ")
}

/// The chart of `profile`, with `before` (an earlier profile, compare view)
/// drawn as a second, dashed shape. A function of its parent, not a
/// component: the geometry of four points is cheap to draw again.
pub fn radar_chart(profile: &[ModelScore], before: Option<&[ModelScore]>) -> Html {
    let scores: Vec<Option<f64>> = profile
        .iter()
        .map(|m| m.score().map(|s| s.points()))
        .collect();
    let g = radar(&scores, SIZE / 2.0, RADIUS);
    let compared = before.is_some();
    let before = before.map(|b| {
        let scores: Vec<Option<f64>> = b.iter().map(|m| m.score().map(|s| s.points())).collect();
        let shape = radar(&scores, SIZE / 2.0, RADIUS).shape;
        html! { <polygon class="radar-shape before" points={points(&shape)} /> }
    });
    let c = SIZE / 2.0;
    let rings = g
        .rings
        .iter()
        .map(|r| html! { <polygon class="radar-ring" points={points(r)} /> });
    let axes = g.axes.iter().map(|a| {
        html! { <line class="radar-axis" x1={tenths(c)} y1={tenths(c)} x2={tenths(a.x)} y2={tenths(a.y)} /> }
    });
    let labels = profile.iter().zip(&g.labels).map(|(m, (p, anchor))| {
        let value = m.score().map_or("未评".to_string(), |s| s.to_string());
        html! {
            <text class="radar-label" x={tenths(p.x)} y={tenths(p.y)} text-anchor={anchor.svg()}>
                <tspan x={tenths(p.x)} dy="-0.2em">{ &m.label }</tspan>
                <tspan x={tenths(p.x)} dy="1.2em" class="radar-value">{ value }</tspan>
            </text>
        }
    });
    let rows = profile.iter().map(|m| {
        html! {
            <tr>
                <th scope="row">{ &m.label }</th>
                <td>{ m.score().map_or("未评".to_string(), |s| format!("{s} 分")) }</td>
                <td>{ format!("{}/{}", m.tally.answered, m.tally.total) }</td>
            </tr>
        }
    });
    html! {
        <figure class="radar">
            <svg viewBox="0 0 360 360" role="img" aria-label="四个模范画像雷达图，数值见下表">
                { for rings }
                { for axes }
                { for before }
                <polygon class="radar-shape" points={points(&g.shape)} />
                { for labels }
            </svg>
            <figcaption>
                if compared {
                    <p class="muted">{ "实线：本草稿；虚线：对比的草稿" }</p>
                }
                <table class="profile-table" data-testid="profile-table">
                    <caption>{ "四个模范画像（两项评价按条目权重合并计算）" }</caption>
                    <thead><tr><th scope="col">{ "模范" }</th><th scope="col">{ "得分" }</th><th scope="col">{ "已评条目" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </figcaption>
        </figure>
    }
}
