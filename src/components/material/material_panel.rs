//! What the 材料 is drafted from besides the ratings, as the draft's occasion
//! asks: how many problems it expects and how many there are, a newer
//! template version to move to, the notice, the date it is signed with, the
//! grade switch (年度考核), the aspects (组织生活会), problems of the draft as
//! a whole, 工作实绩, last year's problems and a Party member's own facts
//! (the veto facts are asked earlier, on the results screen: `facts_form`).
//! Its parts are plain functions of it.
//!
//! It takes its data as props (worked out by `Results` from the pure crates),
//! not from the context: a state change that leaves the draft as it was
//! (the autosave's 已保存) does not redraw it. (A composition in progress is
//! kept by `TextField` itself, whatever redraws it.)

use crate::reducer::Dispatcher;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::aspects_editor::aspects_editor;
use super::cause_heads::cause_heads;
use super::criticisms_form::criticisms_form;
use super::layout_field::layout_field;
use super::material_date_field::material_date_field;
use super::member_form::member_form;
use super::preparation_form::preparation_form;
use super::previous_list::previous_list;
use super::self_grade_field::self_grade_field;
use super::upgrade_notice::upgrade_notice;
use super::work_list::work_list;
use crate::components::problem_editor;
use crate::components::{send, FieldFindings, TextField};
use ziping_app::state::{Action, Edit};
use ziping_core::{
    default_aspects, last_year_rows, recurring_row, Draft, GradeShown, Occasion, PartKind, Template,
};

#[derive(Properties, PartialEq)]
pub struct MaterialPanelProps {
    /// The open draft (compared by pointer first: unchanged, it is the same `Rc`).
    pub draft: Rc<Draft>,
    /// The draft's occasion.
    pub occasion: Occasion,
    /// (the draft's version, the newest version) of each template with a newer one.
    pub pairs: Vec<(Rc<Template>, Rc<Template>)>,
    /// The grade computed from the ratings, as a hint beside the member's
    /// own 自评等次 (empty where the occasion does not let them choose).
    #[prop_or_default]
    pub grade_hint: AttrValue,
    /// The bands the veto facts answered 是 rule out (not offered).
    #[prop_or_default]
    pub barred_grades: Vec<String>,
    pub dispatcher: Dispatcher,
}

#[function_component]
pub fn MaterialPanel(props: &MaterialPanelProps) -> Html {
    let (draft, occasion, d) = (&props.draft, &props.occasion, &props.dispatcher);
    let written = draft.problems.iter().filter(|p| !p.is_blank()).count();
    let expected = occasion.problems;
    let in_range = (expected.min as usize..=expected.max as usize).contains(&written);

    let last_year = last_year_rows(draft);
    // The aspects a problem may go under: a meeting notice's where the
    // occasion lets the person name them, else the five tasks the 材料 uses.
    let choices = if occasion.aspects_editable {
        draft.aspects.clone()
    } else {
        default_aspects()
    };
    let free = draft.problems.iter().filter(|p| p.item.is_none());
    let free_editors = free.enumerate().map(|(k, p)| {
        let linked = recurring_row(draft, p).map(|r| r.id.as_str());
        problem_editor(p, k + 1, &choices, &last_year, (None, None), linked, d)
    });
    let add_free = send(
        d,
        Edit::AddProblem {
            item: None,
            text: String::new(),
        },
    );
    let on_notice = {
        let d = d.clone();
        Callback::from(move |v: String| d.dispatch(Action::Material(Edit::SetNotice(v))))
    };
    let on_studied = {
        let d = d.clone();
        Callback::from(move |v: String| d.dispatch(Action::Material(Edit::SetStudied(v))))
    };
    let on_pledge = {
        let d = d.clone();
        Callback::from(move |v: String| d.dispatch(Action::Material(Edit::SetPledge(v))))
    };
    let on_grade = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            d.dispatch(Action::Material(Edit::SetShowGrade(on)))
        })
    };
    let uses_work = occasion.uses_work();
    let probation = draft.person.probation;
    html! {
        <section class="panel material-panel no-print" aria-labelledby="material-h">
            <h2 id="material-h">{ format!("“{}”材料的内容", occasion.label) }</h2>
            { upgrade_notice(&props.pairs, d) }
            <p class={classes!("problem-count", (!in_range).then_some("warn"))} data-testid="problem-count">
                { format!("这类材料一般查摆 {}–{} 个问题，目前已写 {written} 个。", expected.min, expected.max) }
                { " 问题可以写在任何条目下（评为“好”“较好”的也可以），也可以在下面写不对应具体条目的问题。" }
            </p>
            if occasion.opening.contains("{notice}") {
                <TextField label="依据的通知（如：关于召开2026年度组织生活会的通知）"
                    value={AttrValue::from(draft.notice.clone())} on_change={on_notice} testid="notice" />
            }
            if occasion.opening.contains("{study}") {
                // One holder for the field and its findings: 定位 finds the field there.
                <div class="field-with-findings">
                    <TextField label="会前学习了什么（写入开头：本人……）"
                        value={AttrValue::from(draft.studied.clone())} on_change={on_studied} testid="studied"
                        placeholder="如：认真学习了新修订的《中国共产党纪律处分条例》，重温了《干部选拔任用工作条例》" />
                    <FieldFindings place="person:studied" dispatcher={d.clone()} />
                </div>
            }
            { layout_field(draft, occasion, d) }
            { material_date_field(draft, occasion, d) }
            // Part 一 early, as in the 材料: a first-timer finds 首次参加 at once.
            if occasion.has_part(PartKind::Previous) {
                { previous_list(&draft.previous, draft.first_time, d) }
            }
            if occasion.grade == GradeShown::Optional && probation {
                <p class="muted" data-testid="probation-grade">
                    { "试用期内只写评语、不定等次：材料中不写等次。" }
                </p>
            } else if occasion.grade == GradeShown::Optional {
                <label class="choice-line">
                    <input type="checkbox" checked={draft.show_grade} onchange={on_grade} data-testid="show-grade" />
                    { "在材料中写出自评参考等次（等次由考核委员会确定，默认不写）" }
                </label>
            }
            if occasion.grade_chosen() {
                { self_grade_field(draft, occasion, &props.grade_hint, &props.barred_grades, d) }
            }
            if occasion.uses_member_facts() {
                { member_form(draft, occasion, d) }
            }
            if occasion.aspects_editable {
                { aspects_editor(&draft.aspects, d) }
            }
            if occasion.has_preparation() {
                { preparation_form(draft, d) }
                { criticisms_form(draft, d) }
            }
            <div class="free-problems" data-testid="free-problems">
                <h3>{ "不对应具体条目的问题" }</h3>
                <p class="muted">{ "对应某一条目的问题，在“逐条自评”中该条目下的“查摆问题”里写。" }</p>
                { for free_editors }
                <button type="button" class="button small" onclick={add_free}>{ "＋ 写一个问题" }</button>
            </div>
            // 工作实绩 where the 材料 uses them, or where some are written.
            if uses_work || !draft.work.is_empty() {
                { work_list(&draft.work, uses_work, d) }
            }
            if occasion.has_part(PartKind::Causes) {
                { cause_heads(draft, d) }
            }
            if occasion.closing.contains("{pledge}") {
                <div class="field-with-findings">
                    <TextField label="结尾表态（写入结尾：今后我将……）"
                        value={AttrValue::from(draft.pledge.clone())} on_change={on_pledge} testid="pledge"
                        multiline=true rows={2}
                        placeholder="用自己的话写一两句，如：把查摆的问题列入台账逐项整改、按期销号" />
                    <FieldFindings place="person:pledge" dispatcher={d.clone()} />
                </div>
            }
        </section>
    }
}
