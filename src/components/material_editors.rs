//! The 材料 panel's editors below its notice: the aspects (组织生活会),
//! problems of the draft as a whole, 工作实绩, last year's problems and the
//! veto facts, drawn by plain functions (a component type each would cost
//! Yew lifecycle code). They sit in this one component so that a state
//! change that leaves the draft as it was (the autosave's 已保存) does not
//! redraw their text fields: a redraw in the middle of a pinyin composition
//! would reset it.

use std::rc::Rc;

use yew::prelude::*;

use super::aspects_editor::aspects_editor;
use super::facts_form::facts_form;
use super::previous_list::previous_list;
use super::problem_editor::problem_editor;
use super::work_list::work_list;
use crate::assessment::{Draft, Fact};
use crate::state::{Action, AppState, Edit};

#[derive(Properties, PartialEq)]
pub struct MaterialEditorsProps {
    /// The open draft (compared by pointer first: unchanged, it is the same `Rc`).
    pub draft: Rc<Draft>,
    /// The occasion names its aspects (组织生活会): they can be edited.
    pub aspects_editable: bool,
    /// The occasion's 材料 quotes the 工作实绩.
    pub uses_work: bool,
    /// The occasion's 材料 has a part on last year's problems.
    pub previous: bool,
    /// The veto facts of the draft's templates, each once.
    pub facts: Vec<Fact>,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component]
pub fn MaterialEditors(props: &MaterialEditorsProps) -> Html {
    let (draft, d) = (&props.draft, &props.dispatcher);
    let free = draft.problems.iter().filter(|p| p.item.is_none());
    let free_editors = free
        .enumerate()
        .map(|(k, p)| problem_editor(p, k + 1, &draft.aspects, None, false, d));
    let add_free = {
        let d = d.clone();
        Callback::from(move |_| {
            d.dispatch(Action::Material(Edit::AddProblem {
                item: None,
                text: String::new(),
            }))
        })
    };
    html! {
        <>
            if props.aspects_editable {
                { aspects_editor(&draft.aspects, d) }
            }
            <div class="free-problems" data-testid="free-problems">
                <h3>{ "不对应具体条目的问题" }</h3>
                { for free_editors }
                <button type="button" class="button small" onclick={add_free}>{ "＋ 写一个问题" }</button>
            </div>
            { work_list(&draft.work, props.uses_work, d) }
            if props.previous {
                { previous_list(&draft.previous, d) }
            }
            if !props.facts.is_empty() {
                { facts_form(&props.facts, &draft.facts, d) }
            }
        </>
    }
}
