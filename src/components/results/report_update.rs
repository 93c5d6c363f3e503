//! The notice over an edited 材料 when the generated text has changed since
//! the edit was made from it: the edit stays as it was; the person can see
//! what changed (a line-then-sentence diff), take the new text, or keep
//! theirs until the next change.

use yew::prelude::*;

use crate::reducer::Dispatcher;
use ziping_app::state::{Action, ReportEdit};
use ziping_report::{around_changes, diff_text, Change, DiffLine};

/// Kept lines shown around each change in the diff.
const CONTEXT: usize = 1;

#[derive(Properties, PartialEq)]
pub struct ReportUpdateProps {
    /// The generated text the edit was made from.
    pub base: AttrValue,
    /// The generated text now.
    pub generated: AttrValue,
    pub dispatcher: Dispatcher,
}

fn diff_line(line: &DiffLine) -> Html {
    let runs = line.runs.iter().map(|r| match r.change {
        Change::Kept => html! { { r.text.clone() } },
        Change::Removed => html! { <del>{ r.text.clone() }</del> },
        Change::Added => html! { <ins>{ r.text.clone() }</ins> },
    });
    html! { <p class="diff-line">{ for runs }</p> }
}

/// 自动生成的文本已更新, with 查看差异, 采用新文本 and 保留我的文本.
#[function_component]
pub fn ReportUpdate(props: &ReportUpdateProps) -> Html {
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let on_adopt = {
        let d = props.dispatcher.clone();
        Callback::from(move |_| d.dispatch(Action::Report(ReportEdit::Follow)))
    };
    let on_keep = {
        let (d, base) = (props.dispatcher.clone(), props.generated.to_string());
        Callback::from(move |_| d.dispatch(Action::Report(ReportEdit::Keep { base: base.clone() })))
    };
    let diff = open.then(|| {
        let lines = diff_text(&props.base, &props.generated);
        let shown = around_changes(&lines, CONTEXT).into_iter().map(|l| match l {
            Some(l) => diff_line(l),
            None => html! { <p class="diff-gap" aria-label="未变的部分">{ "⋯⋯" }</p> },
        });
        html! {
            <div class="diff" data-testid="report-diff">
                <p class="diff-legend">
                    { "自动生成的文本中，" }<del>{ "删去的" }</del>{ "、" }<ins>{ "新增的" }</ins>{ "：" }
                </p>
                { for shown }
            </div>
        }
    });
    html! {
        <div class="notice info report-update no-print" role="status" data-testid="report-update">
            <p>
                <strong>{ "自动生成的文本已更新" }</strong>
                { "：自评内容或程序有了变化，您修改过的文本仍保持原样，没有随之改动。" }
            </p>
            <p>
                <button type="button" class="button" aria-expanded={(*open).to_string()} onclick={on_toggle}>
                    { if *open { "收起差异" } else { "查看差异" } }
                </button>
                <button type="button" class="button" onclick={on_adopt}>{ "采用新文本" }</button>
                <button type="button" class="button" onclick={on_keep}>{ "保留我的文本" }</button>
            </p>
            { diff }
        </div>
    }
}
