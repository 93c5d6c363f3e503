//! The templates' veto facts, answered 是 or 否 (是否存在……情形): not
//! qualities to rate. Until every one is answered, no grade is given. Asked
//! on the results screen right after the scores, before the 材料's inputs
//! (the header's 还差N个否决事项 leads here); a function, not a component.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::components::send;
use ziping_app::state::Edit;
use ziping_core::{Fact, FactAnswers};

/// The form for `facts` (the draft's templates', each once, those it is
/// asked) as `answers` has them; a fact asked because another was answered
/// 是 (`when`) is set in under it.
pub fn facts_form(facts: &[Fact], answers: &FactAnswers, d: &Dispatcher) -> Html {
    let rows = facts.iter().map(|f| {
        let answer = answers.get(&f.id);
        let choice = |value: bool, label: &'static str| {
            let onchange = send(d, Edit::SetFact(f.id.clone(), Some(value)));
            html! {
                <label class="choice-line">
                    <input type="radio" name={format!("fact:{}", f.id)} checked={answer == Some(value)} {onchange} />
                    { label }
                </label>
            }
        };
        html! {
            <li class={classes!("fact", answer.is_none().then_some("unanswered"), (!f.when.is_empty()).then_some("gated"))} data-fact-id={f.id.clone()}>
                <span>{ format!("{}？", f.question) }</span>
                { choice(false, "否") }
                { choice(true, "是") }
            </li>
        }
    });
    html! {
        <fieldset class="facts" data-testid="facts">
            <legend>{ "否决事项（如实回答；回答完才确定参考等次）" }</legend>
            <ul>{ for rows }</ul>
        </fieldset>
    }
}
