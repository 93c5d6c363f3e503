//! 自评等次 chosen by the member (民主评议): a select of the occasion's
//! bands, the grade computed from the ratings beside it as a hint only, and
//! for a 中共预备党员 the reason there is none. A function of `MaterialPanel`.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::FieldFindings;
use crate::reducer::Dispatcher;
use ziping_app::state::{Action, Edit};
use ziping_core::{Draft, Occasion};

/// The select, or the one-line reason a 预备党员 has none; `hint` is the
/// computed grade as the hint words it; `barred` the bands the veto facts
/// rule out, shown but not offered.
pub fn self_grade_field(
    draft: &Draft,
    occasion: &Occasion,
    hint: &str,
    barred: &[String],
    d: &Dispatcher,
) -> Html {
    if draft.person.is_probationary() {
        return html! {
            <p class="muted" data-testid="self-grade-none">
                { "中共预备党员参加民主评议，但不评定等次：材料中不写等次。" }
            </p>
        };
    }
    let on_change = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            d.dispatch(Action::Material(Edit::SetSelfGrade(value)))
        })
    };
    let current = draft.self_grade.as_str();
    html! {
        <div class="self-grade">
            <label class="field">
                <span class="field-label">{ "自评等次（由本人选定）" }</span>
                <select onchange={on_change} data-testid="self-grade">
                    <option value="" selected={current.is_empty()}>{ "未选" }</option>
                    { for occasion.bands.iter().map(|b| {
                        let ruled_out = barred.contains(&b.label);
                        let text = if ruled_out { format!("{}（依规不得评）", b.label) } else { b.label.clone() };
                        html! {
                            <option value={b.label.clone()} selected={b.label == current} disabled={ruled_out}>{ text }</option>
                        }
                    }) }
                </select>
            </label>
            <p class="muted" data-testid="self-grade-hint">
                { format!("按逐条自评测算，仅供参考：{hint}优秀一般不超过参评党员的三分之一。") }
            </p>
            <FieldFindings place="person:self_grade" dispatcher={d.clone()} />
        </div>
    }
}
