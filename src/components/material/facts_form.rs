//! The templates' veto facts, answered 是 or 否 (是否存在……情形): not
//! qualities to rate. Until every one is answered, no grade is given. Asked
//! on the results screen right after the scores, before the 材料's inputs
//! (the header's 还差N个否决事项 leads here); a function, not a component.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::components::send;
use ziping_app::state::Edit;
use ziping_core::{Draft, Fact};

/// The form for `facts` (the draft's templates', each once, those it is
/// asked) as `draft` has them answered; a fact asked because another was
/// answered 是 (`when`) is set in under it. A 情形 that is the 否 of the
/// member's 党费 (`member`) is asked as that question's follow-up: 是否按时
/// 足额交纳党费, and only where that is 否 (or the 情形 was stated), whether
/// without a good reason: one question, not the same one twice.
pub fn facts_form(facts: &[Fact], draft: &Draft, d: &Dispatcher) -> Html {
    let choice =
        |name: String, edit: Edit, checked: bool, label: &'static str, testid: Option<String>| {
            let onchange = send(d, edit);
            html! {
                <label class="choice-line">
                    <input type="radio" {name} {checked} {onchange} data-testid={testid} />
                    { label }
                </label>
            }
        };
    let rows = facts.iter().map(|f| {
        let answer = draft.fact(&f.id);
        let row = |gated: bool| {
            let yes_no = |value: bool, label| {
                let edit = Edit::SetFact(f.id.clone(), Some(value));
                choice(format!("fact:{}", f.id), edit, answer == Some(value), label, None)
            };
            html! {
                <li class={classes!("fact", answer.is_none().then_some("unanswered"), gated.then_some("gated"))} data-fact-id={f.id.clone()}>
                    <span>{ format!("{}？", f.question) }</span>
                    { yes_no(false, "否") }
                    { yes_no(true, "是") }
                </li>
            }
        };
        if f.member != "dues" {
            return row(!f.when.is_empty());
        }
        let paid = draft.member.dues;
        let dues = |value: bool, label| {
            let testid = format!("member-dues-{}", if value { "yes" } else { "no" });
            choice("member-dues".into(), Edit::SetDues(Some(value)), paid == Some(value), label, Some(testid))
        };
        html! {
            <>
                <li class={classes!("fact", paid.is_none().then_some("unanswered"))} data-testid="dues">
                    <span>{ "本年度是否按时足额交纳党费？" }</span>
                    { dues(false, "否") }
                    { dues(true, "是") }
                </li>
                if paid == Some(false) || answer == Some(true) {
                    { row(true) }
                }
            </>
        }
    });
    html! {
        <fieldset class="facts" data-testid="facts">
            <legend>{ "否决事项（如实回答；回答完才确定参考等次）" }</legend>
            <ul>{ for rows }</ul>
        </fieldset>
    }
}
