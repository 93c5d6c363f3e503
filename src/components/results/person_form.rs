//! The person's details for the 材料 (姓名、单位、职务、入党时间、年度), the occasion it
//! is written for, and the draft's general 原因剖析. A function of `Results`.

use yew::prelude::*;

use crate::components::TextField;
use crate::hooks::AppContext;
use ziping_app::state::{Action, Edit, PersonField};

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
                { field(PersonField::Joined, "入党时间", "如：2015年7月（民主评议用）") }
                { field(PersonField::Year, "年度", "如：2026") }
                <label class="field">
                    <span>{ "材料用于" }</span>
                    <select data-testid="occasion" onchange={on_occasion}>
                        if occasions.get(&current).is_none() {
                            <option value={current.clone()} selected=true>{ format!("本机没有的场合（{current}）") }</option>
                        }
                        { for occasions.set().occasions.iter().map(|o| html! {
                            <option value={o.id.clone()} selected={o.id == current}>{ &o.label }</option>
                        }) }
                    </select>
                </label>
            </div>
            <TextField label="总体原因剖析（选填；各问题的原因请在问题下按角度填写）"
                value={AttrValue::from(state.draft().cause.clone())} on_change={on_cause}
                multiline=true rows={5} testid="cause" />
        </section>
    }
}
