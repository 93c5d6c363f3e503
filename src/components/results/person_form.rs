//! The person's details for the 材料 (姓名、单位、职务、年度, and those the
//! occasion uses: `Occasion::uses`), the occasion it is written for, and the
//! draft's general 原因剖析. A function of `Results`.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::{FieldFindings, TextField};
use crate::hooks::AppContext;
use ziping_app::state::{Action, Edit, PersonField};
use ziping_core::{default_rank, PersonDetail, DEPT_KINDS, RANKS, STANDINGS};

/// A select of `choices` for a person's field, with `empty` for "" (none
/// chosen, or the default it stands for).
fn choice(
    state: &AppContext,
    (f, testid): (PersonField, &'static str),
    label: &str,
    empty: String,
    choices: &[&'static str],
) -> Html {
    let d = state.dispatcher();
    let on_change = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        d.dispatch(Action::SetPerson(f, value))
    });
    let current = f.get(&state.draft().person).to_string();
    html! {
        <label class="field">
            <span class="field-label">{ label }</span>
            <select onchange={on_change} data-testid={testid}>
                <option value="" selected={current.is_empty()}>{ empty }</option>
                if !current.is_empty() && !choices.contains(&current.as_str()) {
                    <option value={current.clone()} selected=true>{ &current }</option>
                }
                { for choices.iter().map(|c| html! {
                    <option value={*c} selected={current == *c}>{ *c }</option>
                }) }
            </select>
        </label>
    }
}

/// The 试用期 checkbox.
fn probation(state: &AppContext) -> Html {
    let d = state.dispatcher();
    let on_change = Callback::from(move |e: Event| {
        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
        d.dispatch(Action::SetPerson(
            PersonField::Probation,
            if on { "是" } else { "" }.into(),
        ))
    });
    html! {
        <label class="choice-line">
            <input type="checkbox" checked={state.draft().person.probation} onchange={on_change}
                data-testid="person-probation" />
            { "试用期内（新录用人员）" }
        </label>
    }
}

/// The form for the open draft of `state`.
pub fn person_form(state: &AppContext) -> Html {
    let person = &state.draft().person;
    let field = |f: PersonField, label: &'static str, placeholder: &'static str| {
        let d = state.dispatcher();
        let on_change = Callback::from(move |v: String| d.dispatch(Action::SetPerson(f, v)));
        html! {
            <TextField {label} value={AttrValue::from(f.get(person).to_string())} {on_change}
                placeholder={placeholder} />
        }
    };
    let occasions = state.occasions.clone();
    let current = state.draft().occasion.clone();
    let uses = |detail| occasions.get(&current).is_some_and(|o| o.uses(detail));
    let rank_default = match default_rank(&person.position) {
        Some(rank) => format!("按职务：{rank}"),
        None => "未选".to_string(),
    };
    let on_occasion = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                d.dispatch(Action::Material(Edit::SetOccasion(s.value())));
            }
        })
    };
    let on_cause = {
        let d = state.dispatcher();
        Callback::from(move |v: String| d.dispatch(Action::SetCause(v)))
    };
    html! {
        <section class="panel person-form no-print" aria-labelledby="person-h">
            <h2 id="person-h">{ "个人信息与材料用途" }</h2>
            <div class="form-grid">
                { field(PersonField::Name, "姓名", "") }
                { field(PersonField::Unit, "单位", "如：某市委组织部干部一科") }
                { field(PersonField::Position, "职务", "") }
                // Which phrasing aids come first, on every occasion.
                { choice(state, (PersonField::Dept, "person-dept"), "科室类型", "未选".into(), &DEPT_KINDS) }
                { field(PersonField::Year, "年度", "如：2026") }
                if uses(PersonDetail::Gender) {
                    { field(PersonField::Gender, "性别", "") }
                }
                if uses(PersonDetail::Ethnicity) {
                    { field(PersonField::Ethnicity, "民族", "如：汉族") }
                }
                if uses(PersonDetail::Born) {
                    { field(PersonField::Born, "出生年月", "如：1990.3") }
                }
                if uses(PersonDetail::Education) {
                    { field(PersonField::Education, "学历", "如：大学本科") }
                }
                if uses(PersonDetail::Standing) {
                    { choice(state, (PersonField::Standing, "person-standing"), "政治面貌", "未选".into(), &STANDINGS) }
                }
                if uses(PersonDetail::Joined) {
                    { field(PersonField::Joined, "入党时间", "如：2015.7") }
                }
                if uses(PersonDetail::InPost) {
                    { field(PersonField::InPost, "任现职时间", "如：2021.3") }
                }
                if uses(PersonDetail::Rank) {
                    { choice(state, (PersonField::Rank, "person-rank"), "职级", rank_default, &RANKS) }
                }
                if uses(PersonDetail::Probation) {
                    { probation(state) }
                }
                <label class="field">
                    <span>{ "材料用于" }</span>
                    <select data-testid="occasion" onchange={on_occasion}>
                        if occasions.get(&current).is_none() {
                            <option value={current.clone()} selected=true>{ ziping_core::missing_occasion_label(&current) }</option>
                        }
                        { for occasions.set().occasions.iter().map(|o| html! {
                            <option value={o.id.clone()} selected={o.id == current}>{ &o.label }</option>
                        }) }
                    </select>
                </label>
            </div>
            // The details' own findings (政治面貌, 试用期), under the grid.
            <FieldFindings place="person:standing" dispatcher={state.dispatcher()} />
            <FieldFindings place="person:probation" dispatcher={state.dispatcher()} />
            <TextField label="总体原因剖析（选填；各问题的原因请在问题下按角度填写）"
                value={AttrValue::from(state.draft().cause.clone())} on_change={on_cause}
                multiline=true rows={5} testid="cause" />
        </section>
    }
}
