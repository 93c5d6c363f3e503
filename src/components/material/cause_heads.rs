//! 原因剖析's judgements: for each angle the person's causes point to (and
//! the 思想根源, always), one sentence of their own that opens it in the
//! 材料 (一是理论学习的自觉性有所松懈。). A function of `MaterialPanel`,
//! not a component of its own.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::components::TextField;
use ziping_app::state::{Action, Edit};
use ziping_core::Draft;

/// The editor of the draft's cause judgements.
pub fn cause_heads(draft: &Draft, d: &Dispatcher) -> Html {
    let fields = draft.cause_angles().into_iter().map(|angle| {
        let on_change = {
            let d = d.clone();
            Callback::from(move |text: String| {
                d.dispatch(Action::Material(Edit::SetCauseHead { angle, text }))
            })
        };
        let value = draft.cause_head(angle).unwrap_or_default().to_string();
        html! {
            <TextField label={format!("{}方面的判断", angle.label())} value={AttrValue::from(value)}
                {on_change} placeholder={angle.judgement_example()} />
        }
    });
    html! {
        <fieldset class="cause-heads" data-testid="cause-heads">
            <legend>{ "原因剖析：每个角度先写一句判断" }</legend>
            <p class="muted">{ "材料按角度剖析原因，每个角度以一句判断开头，再写各问题在这个角度上的原因。角度来自各问题下填写的原因；一般三到四个角度为宜。判断请用自己的话写。" }</p>
            { for fields }
        </fieldset>
    }
}
