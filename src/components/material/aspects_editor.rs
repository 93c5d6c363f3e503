//! The aspects a 组织生活会 材料 reports problems under: that year's notice
//! names them; the five tasks are the default. One aspect per line. A
//! function of `MaterialPanel`, not a component of its own.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::components::{send, TextField};
use ziping_app::state::{Action, Edit};
use ziping_core::default_aspects;

/// The editor of the draft's `aspects`.
pub fn aspects_editor(aspects: &[String], d: &Dispatcher) -> Html {
    let on_change = {
        let d = d.clone();
        Callback::from(move |v: String| {
            let aspects = v.lines().map(str::to_string).collect();
            d.dispatch(Action::Material(Edit::SetAspects(aspects)))
        })
    };
    let reset = send(d, Edit::SetAspects(default_aspects()));
    html! {
        <div class="aspects-editor">
            <TextField label="查摆方面（按当年会议通知填写，每行一个；默认为“五项工作”）"
                value={AttrValue::from(aspects.join("\n"))} {on_change} multiline=true rows={6}
                testid="aspects" />
            <button type="button" class="button small" onclick={reset}>{ "恢复为“五项工作”" }</button>
        </div>
    }
}
