//! 相互批评: the criticisms the person will raise of fellow members at the
//! 组织生活会, in their own words: their speaking list, downloaded as a
//! one-page 发言提纲 (.docx). Never in the 材料 or the ledger; kept in
//! backups, since it is the person's own. A function of `MaterialPanel`,
//! not a component of its own.

use crate::reducer::Dispatcher;
use std::rc::Rc;
use yew::prelude::*;

use crate::browser::download_bytes;
use crate::components::{send, TextField};
use ziping_app::state::{Action, Edit};
use ziping_core::{material_file_name, Criticism, Draft};
use ziping_report::{criticism_outline, plain_docx};

/// The editor of the draft's criticisms, with the speaking list's download.
pub fn criticisms_form(draft: &Rc<Draft>, d: &Dispatcher) -> Html {
    let rows = draft
        .criticisms
        .iter()
        .enumerate()
        .map(|(i, c)| criticism_row(i, c, d));
    let add = send(d, Edit::AddCriticism);
    let on_download = {
        let draft = Rc::clone(draft);
        Callback::from(move |_: MouseEvent| {
            let outline = criticism_outline(&draft);
            let name = format!("{}.docx", material_file_name(&draft, "相互批评发言提纲"));
            let mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            let _ = download_bytes(&name, mime, &plain_docx(&outline));
        })
    };
    html! {
        <fieldset class="criticisms" data-testid="criticisms">
            <legend>{ "相互批评（会上对其他同志提出的批评意见）" }</legend>
            <p class="muted">{ "只给自己看：不写入对照检查材料，也不进整改台账；可下载为一页发言提纲带到会上。导出的备份里会保留。" }</p>
            <ol class="criticism-list">{ for rows }</ol>
            <div class="toolbar">
                <button type="button" class="button small" onclick={add}>{ "＋ 添加一条批评意见" }</button>
                if !draft.criticisms.is_empty() {
                    <button type="button" class="button small" onclick={on_download}>{ "下载发言提纲（Word）" }</button>
                }
            </div>
        </fieldset>
    }
}

/// One criticism: whom it is for and what it says.
fn criticism_row(i: usize, c: &Criticism, d: &Dispatcher) -> Html {
    let set =
        move |to: String, text: String| Action::Material(Edit::SetCriticism { index: i, to, text });
    let on_to = {
        let (d, text) = (d.clone(), c.text.clone());
        Callback::from(move |v: String| d.dispatch(set(v, text.clone())))
    };
    let on_text = {
        let (d, to) = (d.clone(), c.to.clone());
        Callback::from(move |v: String| d.dispatch(set(to.clone(), v)))
    };
    let remove = send(d, Edit::RemoveCriticism(i));
    html! {
        <li class="criticism-row" data-testid="criticism">
            <TextField label="对谁（选填）" value={AttrValue::from(c.to.clone())} on_change={on_to}
                placeholder="如：王五" />
            <TextField label="批评意见" value={AttrValue::from(c.text.clone())} on_change={on_text}
                multiline=true rows={2} placeholder="实事求是、具体，如：考察谈话记录有时写得过简" />
            <button type="button" class="button small" onclick={remove}>{ "删除" }</button>
        </li>
    }
}
