//! The notice under the 材料's buttons once the person has copied, printed
//! or downloaded it with 须修改 findings left: how many, live (it goes when
//! they are fixed). It reads the 体检 itself, so the 材料 is not drafted
//! again when the findings change.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::Checkup;
use ziping_core::Severity;

#[derive(Properties, PartialEq)]
pub struct MustFixNoticeProps {
    /// The person has copied, printed or downloaded in this view.
    pub shown: bool,
}

#[function_component]
pub fn MustFixNotice(props: &MustFixNoticeProps) -> Html {
    let checkup = use_context::<Rc<Checkup>>().unwrap_or_default();
    let must = checkup.count(Severity::Must);
    if !props.shown || must == 0 {
        return Html::default();
    }
    html! {
        <p class="notice warning no-print" role="status" data-testid="checkup-warning">
            { format!("材料体检还有 {must} 项“须修改”，审核时可能被退回。复制、打印和下载照常进行，建议改完再交（见上方“材料体检”）。") }
        </p>
    }
}
