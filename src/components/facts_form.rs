//! The templates' veto facts, answered 是 or 否 (是否存在……情形): not
//! qualities to rate. Until every one is answered, no grade is given.

use yew::prelude::*;

use crate::assessment::{Fact, FactAnswers};
use crate::state::{Action, AppState, Edit};

#[derive(Properties, PartialEq)]
pub struct FactsFormProps {
    /// The facts of the draft's templates, each once.
    pub facts: Vec<Fact>,
    pub answers: FactAnswers,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component]
pub fn FactsForm(props: &FactsFormProps) -> Html {
    let rows = props.facts.iter().map(|f| {
        let answer = props.answers.get(&f.id);
        let choice = |value: bool, label: &'static str| {
            let (d, id) = (props.dispatcher.clone(), f.id.clone());
            let onchange = Callback::from(move |_: Event| {
                d.dispatch(Action::Material(Edit::SetFact(id.clone(), Some(value))))
            });
            html! {
                <label class="choice-line">
                    <input type="radio" name={format!("fact:{}", f.id)} checked={answer == Some(value)} {onchange} />
                    { label }
                </label>
            }
        };
        html! {
            <li class={classes!("fact", answer.is_none().then_some("unanswered"))} data-fact-id={f.id.clone()}>
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
