//! The notice over an edited 材料 when the generated text has changed since
//! the edit was made from it: the edit stays as it was; the person can take
//! the new text, keep theirs until the next change, or see what changed and
//! what of theirs the new text would drop (line-then-sentence diffs). A
//! function of the report view, not a component of its own: it has no state
//! (the diffs open as `<details>`).

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

/// The changes from `from` to `to`, kept lines around each, after `legend`.
fn diff_view(from: &str, to: &str, legend: Html, testid: &'static str) -> Html {
    let lines = diff_text(from, to);
    let shown = around_changes(&lines, CONTEXT)
        .into_iter()
        .map(|l| match l {
            Some(l) => diff_line(l),
            None => html! { <p class="diff-gap">{ "⋯⋯" }</p> },
        });
    html! {
        <div class="diff" data-testid={testid}>
            <p class="diff-legend">{ legend }</p>
            { for shown }
        </div>
    }
}

/// 自动生成的文本已更新: `base` is the generated text the edit was made
/// from, `generated` the generated text now, `edited` the person's text.
/// Both diffs are offered: what changed in the generated text (to carry
/// into theirs by hand), and their own changes (what 采用新文本 drops).
pub fn report_update(base: &str, generated: &str, edited: &str, d: &Dispatcher) -> Html {
    let on_adopt = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::Report(ReportEdit::Follow)))
    };
    let on_keep = {
        let (d, base) = (d.clone(), generated.to_string());
        Callback::from(move |_| d.dispatch(Action::Report(ReportEdit::Keep { base: base.clone() })))
    };
    let changed = html! { <>{ "自动生成的文本中，" }<del>{ "删去的" }</del>{ "、" }<ins>{ "新增的" }</ins>{ "：" }</> };
    let mine = html! { <>{ "您对自动生成的文本做的修改（" }<del>{ "删去的" }</del>{ "、" }<ins>{ "写入的" }</ins>{ "），采用新文本后不再保留：" }</> };
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
                { diff_view(base, generated, changed, "report-diff") }
            </details>
            <details>
                <summary>{ "查看我的修改" }</summary>
                { diff_view(base, edited, mine, "report-mine") }
            </details>
        </div>
    }
}
