//! Two drafts side by side (by default the open one against the draft it
//! was carried from): scores per checklist, section and model with the
//! change, the radar with both shapes, every item rated differently, items
//! added or removed between template versions, and problems new, resolved,
//! recurring or still open. Printable. The comparison is
//! `assessment::compare`.

use yew::prelude::*;

use super::RadarChart;
use crate::assessment::{compare, model_profile, ScoreChange, Template};
use crate::browser::print;
use crate::hooks::use_app_state;

fn score(s: &ScoreChange) -> Html {
    let f = |v: Option<crate::assessment::Score>| v.map_or("未评".to_string(), |v| v.to_string());
    let class = match s.delta() {
        Some(d) if d > 0 => "up",
        Some(d) if d < 0 => "down",
        _ => "same",
    };
    html! {
        <tr>
            <th scope="row">{ &s.label }</th>
            <td>{ f(s.before) }</td>
            <td>{ f(s.after) }</td>
            <td class={classes!("delta", class)}>{ s.delta_text() }</td>
        </tr>
    }
}

fn text_list(title: &str, items: &[String], testid: &'static str) -> Html {
    html! {
        <div class="compare-list" data-testid={testid}>
            <h3>{ format!("{title}（{}项）", items.len()) }</h3>
            if items.is_empty() {
                <p class="muted">{ "无" }</p>
            } else {
                <ol>{ for items.iter().map(|t| html! { <li>{ t }</li> }) }</ol>
            }
        </div>
    }
}

#[function_component]
pub fn CompareView() -> Html {
    let state = use_app_state();
    let lib = &state.library;
    let after = state.draft().clone();
    let others: Vec<_> = lib.drafts.iter().filter(|d| d.id != after.id).collect();
    let default = after
        .carried_from
        .clone()
        .filter(|id| lib.position(id).is_some())
        .or_else(|| others.first().map(|d| d.id.clone()));
    let chosen = use_state(|| None::<String>);
    let before_id = (*chosen)
        .clone()
        .filter(|id| lib.position(id).is_some())
        .or(default.map(|d| d.to_string()));
    let on_pick = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                chosen.set(Some(s.value()));
            }
        })
    };
    let picker = html! {
        <label class="field inline no-print">
            <span>{ "与这份草稿对比：" }</span>
            <select data-testid="compare-with" onchange={on_pick}>
                { for others.iter().map(|d| html! {
                    <option value={d.id.to_string()} selected={before_id.as_deref() == Some(d.id.as_str())}>
                        { format!("{}{}", d.name, if after.carried_from.as_ref() == Some(&d.id) { "（结转来源）" } else { "" }) }
                    </option>
                }) }
            </select>
        </label>
    };
    let Some(before) = before_id
        .and_then(|id| lib.position(&id))
        .map(|i| lib.drafts[i].clone())
    else {
        return html! {
            <section class="panel compare">
                <h2>{ "对比两份草稿" }</h2>
                <p class="muted" data-testid="compare-empty">{ "本机只有这一份草稿。结转到下一年度或导入上年度的备份后，就可以对比。" }</p>
            </section>
        };
    };
    let before_t = lib.templates.templates_of(&before);
    let after_t = lib.templates.templates_of(&after);
    let b_refs: Vec<&Template> = before_t.iter().map(|t| t.as_ref()).collect();
    let a_refs: Vec<&Template> = after_t.iter().map(|t| t.as_ref()).collect();
    let c = compare(&b_refs, &before, &a_refs, &after);
    let head = html! {
        <thead><tr>
            <th scope="col">{ "项目" }</th>
            <th scope="col">{ before.name.clone() }</th>
            <th scope="col">{ after.name.clone() }</th>
            <th scope="col">{ "变化" }</th>
        </tr></thead>
    };
    let templates = c.templates.iter().map(|t| {
        let versions = match (t.before_version, t.after_version) {
            (Some(a), Some(b)) if a != b => format!("（第 {a} 版→第 {b} 版）"),
            _ => String::new(),
        };
        html! {
            <div class="compare-template">
                <h3>{ format!("{}{versions}", t.title) }</h3>
                <table class="compare-table">
                    { head.clone() }
                    <tbody>
                        { score(&t.total) }
                        { for t.sections.iter().map(score) }
                    </tbody>
                </table>
                if !t.added.is_empty() || !t.removed.is_empty() {
                    <ul class="compare-versions" data-testid="version-changes">
                        { for t.added.iter().map(|(id, text)| html! { <li>{ format!("新增条目（{id}）：{text}") }</li> }) }
                        { for t.removed.iter().map(|(id, text)| html! { <li>{ format!("删除条目（{id}）：{text}") }</li> }) }
                    </ul>
                }
            </div>
        }
    });
    let ratings = c.ratings.iter().map(|r| {
        let class = match r.direction {
            crate::assessment::Direction::Up => "up",
            crate::assessment::Direction::Down => "down",
            crate::assessment::Direction::Other => "same",
        };
        html! {
            <tr>
                <td>{ &r.template }</td>
                <td>{ &r.text }</td>
                <td>{ &r.before }</td>
                <td>{ &r.after }</td>
                <td class={classes!("delta", class)}>{ r.direction.label() }</td>
            </tr>
        }
    });
    html! {
        <section class="panel compare" data-testid="compare">
            <h2>{ "对比两份草稿" }</h2>
            { picker }
            <p class="print-only">{ format!("{} 与 {} 对比", before.name, after.name) }</p>
            <button type="button" class="button no-print" onclick={Callback::from(|_| print())}>{ "打印对比" }</button>
            <div class="compare-grid">
                <div>{ for templates }</div>
                <div>
                    <h3>{ "四个模范" }</h3>
                    <table class="compare-table" data-testid="compare-models">
                        { head.clone() }
                        <tbody>{ for c.models.iter().map(score) }</tbody>
                    </table>
                    <RadarChart profile={model_profile(&a_refs, &after)}
                        before={Some(model_profile(&b_refs, &before))} />
                </div>
            </div>
            <h3>{ format!("评价有变化的条目（{}条）", c.ratings.len()) }</h3>
            if c.ratings.is_empty() {
                <p class="muted">{ "两份草稿的评价相同。" }</p>
            } else {
                <table class="compare-table" data-testid="rating-changes">
                    <thead><tr>
                        <th scope="col">{ "清单" }</th><th scope="col">{ "条目" }</th>
                        <th scope="col">{ "原评价" }</th><th scope="col">{ "现评价" }</th><th scope="col">{ "变化" }</th>
                    </tr></thead>
                    <tbody>{ for ratings }</tbody>
                </table>
            }
            <div class="compare-problems">
                { text_list("新查摆的问题", &c.new_problems, "problems-new") }
                { text_list("再次出现的老问题", &c.recurring, "problems-recurring") }
                { text_list("已整改到位的问题", &c.resolved, "problems-resolved") }
                { text_list("仍在整改的问题", &c.open, "problems-open") }
            </div>
        </section>
    }
}
