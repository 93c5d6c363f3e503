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
/// member's 党费 (`member`) is asked as the follow-up of 是否存在未按时足额
/// 交纳党费的情况, only where that is 是 (`Draft::asks_after_dues`), whether
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
        if !f.follows_dues() {
            return row(!f.when.is_empty());
        }
        // Worded as the other rows are (否 the clean answer): 是否存在未按时
        // 足额交纳党费的情况, 否 being 党费 paid.
        let paid = draft.member.dues;
        let dues = |paid_now: bool, label| {
            let testid = if paid_now { "dues-paid" } else { "dues-unpaid" };
            let edit = Edit::SetDues(Some(paid_now));
            choice("member-dues".into(), edit, paid == Some(paid_now), label, Some(testid.into()))
        };
        html! {
            <>
                <li class={classes!("fact", paid.is_none().then_some("unanswered"))} data-testid="dues">
                    <span>{ "本年度是否存在未按时足额交纳党费的情况？" }</span>
                    { dues(true, "否") }
                    { dues(false, "是") }
                </li>
                if draft.asks_after_dues(f) {
                    { row(true) }
                }
                if draft.dues_contradicted(f) {
                    <li class="fact gated muted" role="note">{ "与上面“未按时足额交纳党费”答的“否”不一致，请核对。" }</li>
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
