//! The date the 材料 is signed with (材料落款日期): a date field, empty for
//! the default, a hint showing the default as it will print, and a way back
//! to it. A function of `MaterialPanel`, not a component of its own.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::now_ms;
use crate::components::{send, FieldFindings};
use crate::reducer::Dispatcher;
use ziping_app::state::{Action, Edit};
use ziping_core::{default_material_date, draft_year, CivilDate, Draft, MaterialDate, Occasion};

/// The field, its hint and its 清除 button.
pub fn material_date_field(draft: &Draft, occasion: &Occasion, d: &Dispatcher) -> Html {
    let today = CivilDate::from_epoch_ms(now_ms());
    let default = default_material_date(draft_year(draft), occasion.date_window, today);
    let hint = match (draft.material_date, default) {
        (Some(day), _) => format!(
            "材料落款：{}（清除则为：{default}）",
            MaterialDate::Day(day)
        ),
        (None, MaterialDate::Month { .. }) => {
            format!("留空则为：{default}（召开会议时可改为具体日期）")
        }
        (None, MaterialDate::Day(_)) => format!("留空则为：{default}（生成材料的当天）"),
    };
    let on_change = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let day = CivilDate::parse_iso(&value);
            d.dispatch(Action::Material(Edit::SetMaterialDate(day)))
        })
    };
    let value = draft.material_date.map_or(String::new(), |day| day.iso());
    html! {
        <div class="material-date">
            <label class="field">
                <span class="field-label">{ "材料落款日期" }</span>
                <input type="date" {value} onchange={on_change} data-testid="material-date" />
            </label>
            if draft.material_date.is_some() {
                <button type="button" class="button small" data-testid="material-date-clear"
                    onclick={send(d, Edit::SetMaterialDate(None))}>{ "清除，用默认日期" }</button>
            }
            <p class="muted" data-testid="material-date-hint">{ hint }</p>
            <FieldFindings place="person:material_date" dispatcher={d.clone()} />
        </div>
    }
}
