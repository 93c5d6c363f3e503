//! The notice over an edited 材料 when the generated text has changed since
//! the edit was made from it: the edit stays as it was; the person can take
//! the new text, keep theirs until the next change, or see what changed (a
//! line-then-sentence diff). A function of the report view, not a component
//! of its own: it has no state (the diff opens as a `<details>`).

use yew::prelude::*;

use crate::reducer::Dispatcher;
use ziping_app::state::{Action, ReportEdit};
use ziping_report::{around_changes, diff_text, Change, DiffLine};

/// Kept lines shown around each change in the diff.
const CONTEXT: usize = 1;

/// A line of the diff, without the text's indent (two full-width spaces a
/// paragraph, more before the signature), which would be struck through or
/// underlined as a wide blank (a run starts a line or follows a sentence's
/// end, where a blank is only layout).
fn diff_line(line: &DiffLine) -> Html {
    let runs = line.runs.iter().map(|r| {
        let text = r.text.trim_start().to_string();
        match r.change {
            Change::Kept => html! { { text } },
            Change::Removed => html! { <del>{ text }</del> },
            Change::Added => html! { <ins>{ text }</ins> },
        }
    });
    html! { <p class="diff-line">{ for runs }</p> }
}

/// 自动生成的文本已更新: `base` is the generated text the edit was made
/// from, `generated` the generated text now.
pub fn report_update(base: &str, generated: &str, d: &Dispatcher) -> Html {
    let on_adopt = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::Report(ReportEdit::Follow)))
    };
    let on_keep = {
        let (d, base) = (d.clone(), generated.to_string());
        Callback::from(move |_| d.dispatch(Action::Report(ReportEdit::Keep { base: base.clone() })))
    };
    let lines = diff_text(base, generated);
    let shown = around_changes(&lines, CONTEXT)
        .into_iter()
        .map(|l| match l {
            Some(l) => diff_line(l),
            None => html! { <p class="diff-gap">{ "⋯⋯" }</p> },
        });
    html! {
        <div class="notice info report-update no-print" role="status" data-testid="report-update">
            <p>
                <strong>{ "自动生成的文本已更新" }</strong>
                { "：自评内容或程序有了变化，您修改过的文本仍保持原样，没有随之改动。“采用新文本”会替换您修改过的文本。" }
            </p>
            <p>
                <button type="button" class="button" onclick={on_adopt}>{ "采用新文本" }</button>
                <button type="button" class="button" onclick={on_keep}>{ "保留我的文本" }</button>
            </p>
            <details>
                <summary>{ "查看差异" }</summary>
                <div class="diff" data-testid="report-diff">
                    <p class="diff-legend">{ "自动生成的文本中，" }<del>{ "删去的" }</del>{ "、" }<ins>{ "新增的" }</ins>{ "：" }</p>
                    { for shown }
                </div>
            </details>
        </div>
    }
}
