//! 工作实绩: the year's main work, one line each, with figures; it feeds
//! 主要成绩 / 主要工作和成绩. A function of `MaterialPanel`, not a
//! component of its own.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::components::{send, FieldFindings, TextField};
use ziping_app::state::{Action, Edit};

/// The editor of the draft's `work`; `used` when the occasion's 材料 quotes it.
pub fn work_list(work: &[String], used: bool, d: &Dispatcher) -> Html {
    let rows = work.iter().enumerate().map(|(i, w)| {
        let on_change = {
            let d = d.clone();
            Callback::from(move |v: String| d.dispatch(Action::Material(Edit::SetWork(i, v))))
        };
        let remove = send(d, Edit::RemoveWork(i));
        html! {
            <li class="work-row">
                <TextField label={format!("第 {} 项", i + 1)} value={AttrValue::from(w.clone())} {on_change}
                    multiline=true rows={2}
                    placeholder="如：牵头起草干部档案审核规程，经部务会审议后印发，退回率由18%降至6%" />
                <button type="button" class="button small" onclick={remove}>{ "删除" }</button>
                <FieldFindings place={AttrValue::from(format!("work:{i}"))} dispatcher={d.clone()} />
            </li>
        }
    });
    let add = send(d, Edit::AddWork);
    html! {
        <fieldset class="work-list" data-testid="work-list">
            <legend>{ "工作实绩（全年主要工作，写上数字）" }</legend>
            <p class="muted">{ "每项写明本人是牵头还是参与、做了什么、结果如何。" }</p>
            if !used {
                <p class="muted">{ "这类材料不写工作实绩；年度考核、民主评议和自查报告的“主要成绩”会引用它。" }</p>
            }
            <ol>{ for rows }</ol>
            <button type="button" class="button small" onclick={add}>{ "＋ 添加一项工作实绩" }</button>
        </fieldset>
    }
}
