//! Two drafts side by side (by default the open one against the draft it
//! was carried from, the older one as "before": `in_time_order`): scores
//! per checklist, section and model with the change, the radar with both
//! shapes, every item whose rating moved, items added or removed between
//! template versions, and problems new, resolved, recurring or still open.
//! Printable. The comparison is `ziping_core::compare`; every table is
//! drawn by [`text_table`]. A function of the state that `App` calls; the
//! draft chosen is `Nav`'s `compare_with`.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::browser::print;
use crate::components::{radar_chart, text_table};
use ziping_app::state::{Action, AppState};
use ziping_core::{compare, model_profile, ScoreChange, Template};

fn score_row(s: &ScoreChange) -> Vec<String> {
    let f = |v: Option<ziping_core::Score>| v.map_or("未评".to_string(), |v| v.to_string());
    vec![s.label.clone(), f(s.before), f(s.after), s.delta_text()]
}

/// The comparison page.
pub fn compare_view(state: &AppState, dispatcher: Dispatcher) -> Html {
    let lib = &state.library;
    let open = state.draft();
    let others: Vec<_> = lib.drafts.iter().filter(|d| d.id != open.id).collect();
    let other = (state.nav.compare_with.as_deref())
        .or(open.carried_from.as_deref())
        .and_then(|id| lib.position(id))
        .map(|i| &lib.drafts[i])
        .filter(|d| d.id != open.id)
        .or(others.first().copied());
    let Some(other) = other else {
        return html! {
            <section class="panel">
                <h2>{ "对比两份草稿" }</h2>
                <p class="muted" data-testid="compare-empty">{ "本机只有这一份草稿。结转到下一年度或导入上年度的备份后，就可以对比。" }</p>
            </section>
        };
    };
    let on_pick = Callback::from(move |e: Event| {
        if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            dispatcher.dispatch(Action::CompareWith(s.value().into()));
        }
    });
    // The older draft is "before", whichever of the two is open.
    let (before, after) = ziping_core::in_time_order(other, open);
    let before_t = lib.templates.templates_of(before);
    let after_t = lib.templates.templates_of(after);
    let b_refs: Vec<&Template> = before_t.iter().map(|t| t.as_ref()).collect();
    let a_refs: Vec<&Template> = after_t.iter().map(|t| t.as_ref()).collect();
    let c = compare(&b_refs, before, &a_refs, after);
    let heads = |first: &str| {
        vec![
            first.to_string(),
            before.name.clone(),
            after.name.clone(),
            "变化".to_string(),
        ]
    };
    let templates = c.templates.iter().map(|t| {
        let versions = match (t.before_version, t.after_version) {
            (Some(a), Some(b)) if a != b => format!("（第 {a} 版→第 {b} 版）"),
            _ => String::new(),
        };
        let rows: Vec<Vec<String>> = std::iter::once(&t.total)
            .chain(&t.sections)
            .map(score_row)
            .collect();
        let moved = t
            .added
            .iter()
            .map(|(id, text)| format!("新增条目（{id}）：{text}"))
            .chain(
                t.removed
                    .iter()
                    .map(|(id, text)| format!("删除条目（{id}）：{text}")),
            );
        html! {
            <>
                <h3>{ format!("{}{versions}", t.title) }</h3>
                { text_table("text-table", None, &heads("项目"), &rows) }
                <ul class="muted">{ for moved.map(|m| html! { <li>{ m }</li> }) }</ul>
            </>
        }
    });
    let ratings: Vec<Vec<String>> = c
        .ratings
        .iter()
        .map(|r| {
            vec![
                r.template.clone(),
                r.text.clone(),
                r.before.clone(),
                r.after.clone(),
                r.direction.label().to_string(),
            ]
        })
        .collect();
    let problem_rows: Vec<Vec<String>> = [
        ("新查摆的问题", &c.new_problems),
        ("老问题（再次出现）", &c.recurring),
        ("已整改到位", &c.resolved),
        ("仍在整改", &c.open),
    ]
    .into_iter()
    .flat_map(|(kind, list)| list.iter().map(move |t| vec![kind.to_string(), t.clone()]))
    .collect();
    html! {
        <section class="panel compare" data-testid="compare">
            <h2>{ format!("对比：{} 与 {}", before.name, after.name) }</h2>
            <div class="no-print toolbar">
                <label class="field inline">
                    <span>{ "对比的草稿" }</span>
                    <select data-testid="compare-with" onchange={on_pick}>
                        { for others.iter().map(|d| html! {
                            <option value={d.id.to_string()} selected={d.id == other.id}>
                                { format!("{}{}", d.name, if open.carried_from.as_ref() == Some(&d.id) { "（结转来源）" } else { "" }) }
                            </option>
                        }) }
                    </select>
                </label>
                <button type="button" class="button" onclick={Callback::from(|_| print())}>{ "打印对比" }</button>
            </div>
            <div class="compare-grid">
                <div>{ for templates }</div>
                <div>
                    <h3>{ "四个模范画像" }</h3>
                    { text_table("text-table", Some("compare-models"), &heads("模范"),
                        &c.models.iter().map(score_row).collect::<Vec<_>>()) }
                    { radar_chart(&model_profile(&a_refs, after),
                        Some(&model_profile(&b_refs, before))) }
                </div>
            </div>
            <h3>{ format!("评价有变化的条目（{}条）", ratings.len()) }</h3>
            { text_table("text-table", Some("rating-changes"),
                &["清单", "条目", "原评价", "现评价", "变化"].map(String::from), &ratings) }
            <h3>{ "问题的变化" }</h3>
            { text_table("text-table", Some("compare-problems"),
                &["类别".to_string(), "问题".to_string()], &problem_rows) }
        </section>
    }
}
