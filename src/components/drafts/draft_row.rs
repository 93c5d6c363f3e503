//! One draft in the drafts list: its name, last change, completion and
//! scores, and its actions — open (none on the open one, marked 当前),
//! rename, duplicate, export, delete (with an inline confirmation). Rename
//! and confirmation state belong to the row.

use crate::reducer::Dispatcher;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{focus_soon, local_datetime};
use crate::components::export_drafts;
use crate::hooks::use_app_state;
use ziping_app::state::Action;
use ziping_core::{css_string, Draft, DraftId};

#[derive(Properties, PartialEq)]
pub struct DraftRowProps {
    pub draft: Rc<Draft>,
    pub current: bool,
    /// "已评 12/46 · 五项工作 87.5 分 · 四个模范 —"
    pub summary: AttrValue,
    pub dispatcher: Dispatcher,
}

#[function_component]
pub fn DraftRow(props: &DraftRowProps) -> Html {
    // Read on export only: a backup carries the templates and occasions
    // the draft uses.
    let state = use_app_state();
    let renaming = use_state(|| false);
    let confirming = use_state(|| false);
    let input = use_node_ref();
    let d = &props.draft;
    let id = d.id.clone();
    let row = format!("[data-draft-id={}]", css_string(&id));

    let act = |make: fn(DraftId) -> Action| {
        let (dsp, id) = (props.dispatcher.clone(), id.clone());
        Callback::from(move |_| dsp.dispatch(make(id.clone())))
    };
    let on_rename = {
        let (renaming, row) = (renaming.clone(), row.clone());
        Callback::from(move |_| {
            renaming.set(true);
            focus_soon(format!("{row} .rename input"));
        })
    };
    let on_save_name = {
        let (dsp, id, renaming, input, row) = (
            props.dispatcher.clone(),
            id.clone(),
            renaming.clone(),
            input.clone(),
            row.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                dsp.dispatch(Action::RenameDraft(id.clone(), el.value()));
            }
            renaming.set(false);
            focus_soon(format!("{row} .draft-actions button"));
        })
    };
    let on_export = {
        let (state, id, dsp) = (state.clone(), id.clone(), props.dispatcher.clone());
        Callback::from(move |_| export_drafts(&state, Some(&id), &dsp))
    };
    let on_ask_delete = {
        let (confirming, row) = (confirming.clone(), row.clone());
        Callback::from(move |_| {
            confirming.set(true);
            focus_soon(format!("{row} [data-confirm=delete]"));
        })
    };
    let on_delete = {
        let (dsp, id, confirming) = (props.dispatcher.clone(), id.clone(), confirming.clone());
        Callback::from(move |_| {
            dsp.dispatch(Action::DeleteDraft(id.clone()));
            confirming.set(false);
            focus_soon("[data-testid=undo] button".into());
        })
    };
    let on_cancel = {
        let (confirming, row) = (confirming.clone(), row.clone());
        Callback::from(move |_| {
            confirming.set(false);
            focus_soon(format!("{row} .draft-actions .danger"));
        })
    };

    let name = if *renaming {
        html! {
            <form class="rename" onsubmit={on_save_name}>
                <label class="field"><span class="field-label">{ "新名称" }</span>
                    <input type="text" ref={input} value={d.name.clone()} /></label>
                <button type="submit" class="button primary small">{ "保存名称" }</button>
            </form>
        }
    } else {
        html! {
            <span class="draft-title">{ &d.name }{ props.current.then(|| html! { <span class="tag">{ "当前" }</span> }) }</span>
        }
    };
    html! {
        <li class={classes!("draft-row", props.current.then_some("current"))} data-draft-id={id.to_string()}>
            <div class="draft-info">
                { name }
                <span class="muted">{ format!("最后修改 {} · {}", local_datetime(d.modified), props.summary) }</span>
            </div>
            <div class="draft-actions">
                // The open draft is marked 当前 by its name, with no 打开.
                if !props.current {
                    <button type="button" class="button primary small" onclick={act(Action::OpenDraft)}>{ "打开" }</button>
                }
                <button type="button" class="button small" onclick={on_rename}>{ "重命名" }</button>
                <button type="button" class="button small" onclick={act(Action::DuplicateDraft)}>{ "复制" }</button>
                <button type="button" class="button small" onclick={on_export}>{ "导出" }</button>
                <button type="button" class="button small danger" onclick={on_ask_delete}>{ "删除" }</button>
            </div>
            if *confirming {
                <div class="confirm" role="alert">
                    { format!("确定删除“{}”吗？删除后在关闭页面前可以撤销。", d.name) }
                    <button type="button" class="button danger small" data-confirm="delete" onclick={on_delete}>{ "确认删除" }</button>
                    <button type="button" class="button small" onclick={on_cancel}>{ "取消" }</button>
                </div>
            }
        </li>
    }
}
