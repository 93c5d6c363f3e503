//! The person's details for the report (姓名、单位、职务、年度、场合) and the
//! draft's 原因分析.

use yew::prelude::*;

use super::TextField;
use crate::assessment::OCCASIONS;
use crate::hooks::use_app_state;
use crate::state::{Action, PersonField};

#[function_component]
pub fn PersonForm() -> Html {
    let state = use_app_state();
    let person = &state.draft().person;
    let field = |f: PersonField, label: &'static str, placeholder: &'static str| {
        let d = state.dispatcher();
        let on_change = Callback::from(move |v: String| d.dispatch(Action::SetPerson(f, v)));
        html! {
            <TextField {label} value={AttrValue::from(f.get(person).to_string())} {on_change}
                placeholder={placeholder}
                list={(f == PersonField::Occasion).then_some(AttrValue::from("occasions"))} />
        }
    };
    let on_cause = {
        let d = state.dispatcher();
        Callback::from(move |v: String| d.dispatch(Action::SetCause(v)))
    };
    html! {
        <section class="panel person-form no-print" aria-labelledby="person-h">
            <h2 id="person-h">{ "个人信息与原因分析" }</h2>
            <div class="form-grid">
                { field(PersonField::Name, "姓名", "") }
                { field(PersonField::Unit, "单位", "如：某市委组织部干部一科") }
                { field(PersonField::Position, "职务", "") }
                { field(PersonField::Year, "年度", "如：2026") }
                { field(PersonField::Occasion, "场合", "年度考核 / 民主生活会 …") }
            </div>
            <datalist id="occasions">
                { for OCCASIONS.iter().map(|o| html! { <option value={*o} /> }) }
            </datalist>
            <TextField label="原因分析（从思想认识、党性修养、能力素质、工作作风等方面剖析）"
                value={AttrValue::from(state.draft().cause.clone())} on_change={on_cause}
                multiline=true rows={5} testid="cause" />
        </section>
    }
}
