//! The one notice over the 材料's buttons: before a copy or download, the
//! gaps left in the text (还有N处待补充), each a jump to it in the text;
//! once the person has copied, printed or downloaded with 须修改 findings
//! of the 材料体检 left, how many (live: it goes when they are fixed).
//! Never blocking. It reads the 体检 itself, so the 材料 is not drafted
//! again when the findings change.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::show_below_header;
use crate::hooks::Checkup;
use ziping_core::Severity;
use ziping_report::{gaps, gaps_label};

/// How many gaps get a button of their own; the rest are counted.
const LISTED: usize = 8;

#[derive(Properties, PartialEq)]
pub struct HandInNoticeProps {
    /// The 材料 as it will be handed in (the edit, else the generated text).
    pub text: AttrValue,
    /// The person has copied, printed or downloaded in this view.
    pub shown: bool,
}

/// Selects `start..end` of the 材料's text and brings it into view.
fn select_in_text(start: u32, end: u32) {
    let document = gloo::utils::document();
    let Some(area) = document
        .query_selector("textarea[data-testid=report-text]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    // Focused at the gap: the browser scrolls the text to the caret.
    let _ = area.blur();
    let _ = area.set_selection_range(start, start);
    show_below_header(&area, Some(area.clone().into()));
    let _ = area.set_selection_range(start, end);
}

#[function_component]
pub fn HandInNotice(props: &HandInNoticeProps) -> Html {
    let checkup = use_context::<Rc<Checkup>>().unwrap_or_default();
    let must = checkup.count(Severity::Must);
    let found = gaps(&props.text);
    let must_line = (props.shown && must > 0).then(|| {
        format!("材料体检还有 {must} 项“须修改”，审核时可能被退回。复制、打印和下载照常进行，建议改完再交（见上方“材料体检”）。")
    });
    if found.is_empty() && must_line.is_none() {
        return Html::default();
    }
    let jumps = found.iter().take(LISTED).map(|g| {
        let (start, end) = (g.start, g.end);
        let onclick = Callback::from(move |_| select_in_text(start, end));
        html! { <button type="button" class="button small quiet" data-action="gap" {onclick}>{ &g.what }</button> }
    });
    let more = found.len().saturating_sub(LISTED);
    html! {
        <div class="notice warning no-print" role="status" data-testid="hand-in-notice">
            if !found.is_empty() {
                <p data-testid="gaps">
                    { format!("{}，复制或下载前建议补写（点击跳到该处）：", gaps_label(found.len())) }
                    { for jumps }
                    if more > 0 { { format!("等{}处", found.len()) } }
                </p>
            }
            if let Some(line) = must_line {
                <p data-testid="checkup-warning">{ line }</p>
            }
        </div>
    }
}
