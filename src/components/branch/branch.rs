//! The 支部汇总 screen: the 汇总 kept here (one per branch and year), the
//! members' files imported many at once, the counts and common problems,
//! the table grouped by member or aspect and filtered by status or
//! overdue, 确认销号 per row, and the outputs (.xlsx, landscape .docx,
//! print, the 汇总 file to hand over). The file chooser and the outputs are parts
//! of this component, not components of their own; its controls share one
//! handler, each saying what it does in its `data-do`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::branch_line;
use crate::browser::{download, download_bytes, now_ms};
use crate::components::common::CommitText;
use crate::components::ledger::print_view;
use crate::file_import::import_files;
use crate::hooks::{use_app_state, use_print};
use ziping_app::state::{Action, BranchAction};
use ziping_core::{
    common_problems, safe_file_part, table_of, CivilDate, GroupBy, RowFilter, RowView, Summary,
};
use ziping_report::{branch_table, table_docx, table_xlsx};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Rows drawn before 显示全部.
const SHOWN: usize = 50;

/// How the table is shown: its filter, its grouping, and whether every row
/// is drawn (the first rows only until asked: a filter stays quick at
/// 1,200 rows).
#[derive(Clone, Copy, Default, PartialEq)]
struct View {
    filter: RowFilter,
    group: GroupBy,
    all: bool,
}

/// The buttons over the 汇总: (`data-do`, `data-testid`, label).
const OUTPUTS: [(&str, &str, &str); 5] = [
    ("print", "", "打印汇总（横向A4）"),
    ("docx", "branch-docx", "下载 Word (.docx)"),
    ("xlsx", "branch-xlsx", "下载 Excel (.xlsx)"),
    ("json", "", "导出汇总文件（交接用）"),
    ("delete", "", "删除此汇总"),
];

#[function_component]
pub fn Branch() -> Html {
    let state = use_app_state();
    let today = CivilDate::from_epoch_ms(now_ms());
    let view = use_state(View::default);
    let (printing, on_print) = use_print();
    let branch = &state.branch;
    let summary = branch.summary().cloned();
    // Drawn again only when a file comes in (not on a 确认销号): keyed by
    // the 汇总 and the members' files held.
    let files: Option<(String, Vec<(String, i64)>)> = summary.as_ref().map(|s| {
        let held = s.members.iter().map(|m| (m.draft.clone(), m.exported));
        (s.id.clone(), held.collect())
    });
    let common = {
        let summary = summary.clone();
        use_memo(files, move |_| {
            summary.as_deref().map(common_problems).unwrap_or_default()
        })
    };
    let input = use_node_ref();
    let choices = RowFilter::choices();

    // Every control of the screen: what it does is its `data-do`.
    let on = {
        let (d, view, input) = (state.dispatcher(), view.clone(), input.clone());
        let ids: Vec<String> = branch.summaries.iter().map(|s| s.id.clone()).collect();
        let (summary, filters) = (summary.clone(), choices.clone());
        // The 年度 a new draft has: the members' files are of it.
        let year = ziping_core::assessed_year(now_ms());
        Callback::from(move |e: Event| {
            let Some(el) = e.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let send = |a: BranchAction| d.dispatch(Action::Branch(a));
            let index = || {
                el.dyn_ref::<web_sys::HtmlSelectElement>()
                    .map_or(0, |s| s.selected_index().max(0) as usize)
            };
            let what = el.get_attribute("data-do").unwrap_or_default();
            let s = summary.as_deref();
            match (what.as_str(), s) {
                ("new", _) => send(BranchAction::New {
                    branch: String::new(),
                    year: year.clone(),
                }),
                ("choose", _) => {
                    if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                        i.click();
                    }
                }
                ("files", _) => {
                    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                        if let Some(files) = i.files() {
                            import_files(files, d.clone());
                        }
                        i.set_value("");
                    }
                }
                ("pick", _) => {
                    if let Some(id) = ids.get(index()) {
                        send(BranchAction::Open(id.clone()))
                    }
                }
                ("dismiss", _) => send(BranchAction::DismissResults),
                ("filter", _) => {
                    if let Some((filter, _)) = filters.get(index()) {
                        view.set(View {
                            filter: *filter,
                            ..*view
                        })
                    }
                }
                ("group", _) => view.set(View {
                    group: [GroupBy::Member, GroupBy::Aspect][index().min(1)],
                    ..*view
                }),
                ("all", _) => view.set(View { all: true, ..*view }),
                ("docx" | "xlsx" | "json", Some(s)) => {
                    // Dated: a later export never takes an earlier one's name.
                    let base = safe_file_part(&format!("{}-{}", s.title(), today.iso()));
                    let table = || branch_table(s, today, view.group);
                    let _ = match what.as_str() {
                        "xlsx" => {
                            download_bytes(&format!("{base}.xlsx"), XLSX, &table_xlsx(&table()))
                        }
                        "docx" => {
                            download_bytes(&format!("{base}.docx"), DOCX, &table_docx(&table()))
                        }
                        _ => download(
                            &format!("支部汇总-{base}.json"),
                            "application/json",
                            &s.to_json(),
                        ),
                    };
                }
                ("remove" | "delete", Some(s)) => {
                    // Asked first: a member's rows with the branch's 销号, or
                    // the secretary's whole year of work.
                    let draft = el.get_attribute("data-draft");
                    let (ask, action) = match s.members.iter().find(|m| Some(&m.draft) == draft.as_ref()) {
                        Some(m) => (
                            format!("从汇总中移除{}及其{}项问题（连同支部的确认销号）？移除后无法恢复。", m.name, m.rows.len()),
                            BranchAction::Remove(m.draft.clone()),
                        ),
                        None => (
                            format!("删除“{}”？删除后无法恢复，建议先导出汇总文件。", s.title()),
                            BranchAction::Delete(s.id.clone()),
                        ),
                    };
                    let window = web_sys::window();
                    if window.and_then(|w| w.confirm_with_message(&ask).ok()) == Some(true) {
                        send(action)
                    }
                }
                _ => {}
            }
        })
    };
    let click = on.reform(Event::from);

    let picker = (branch.summaries.len() > 1).then(|| {
        html! {
            <label class="field">{ "查看的汇总" }
                <select data-testid="branch-pick" data-do="pick" onchange={on.clone()}>
                    { for branch.summaries.iter().map(|s| html! {
                        <option selected={Some(&s.id) == branch.open.as_ref()}>{ s.label() }</option>
                    }) }
                </select>
            </label>
        }
    });
    let results = (!branch.results.is_empty()).then(|| {
        html! {
            <div class="notice" role="status" data-testid="branch-results">
                <ul>{ for branch.results.iter().map(|r| match &r.result {
                    Ok(m) => html! { <li>{ format!("“{}”：{m}", r.file_name) }</li> },
                    Err(e) => html! { <li class="failed">{ format!("“{}”未导入：{e}", r.file_name) }</li> },
                }) }</ul>
                <button type="button" class="button small" data-do="dismiss" onclick={click.clone()}>{ "知道了" }</button>
            </div>
        }
    });
    // The name, the year and the 应交名单, each committed when left.
    let rename = |is_name: bool| {
        let (d, summary) = (state.dispatcher(), summary.clone());
        Callback::from(move |v: String| {
            if let Some(s) = summary.as_deref() {
                let (branch, year) = match is_name {
                    true => (v, s.year.clone()),
                    false => (s.branch.clone(), v),
                };
                d.dispatch(Action::Branch(BranchAction::Rename { branch, year }));
            }
        })
    };
    let roster = {
        let d = state.dispatcher();
        Callback::from(move |v: String| d.dispatch(Action::Branch(BranchAction::Roster(v))))
    };
    let outputs = summary.as_ref().map(|s| {
        html! {
            <>
                <div class="branch-names">
                    <label class="field">{ "支部名称" }<CommitText value={s.branch.clone()} testid="branch-name" on_commit={rename(true)} /></label>
                    <label class="field">{ "年度" }<CommitText value={s.year.clone()} inputmode="numeric" on_commit={rename(false)} /></label>
                </div>
                if s.branch.trim().is_empty() {
                    <p class="muted" data-testid="branch-name-missing">
                        { format!("还没有填支部名称：标题和文件名现在是“{}”。请填上，如“干部一科党支部”。", s.title()) }</p>
                }
                <label class="field">{ "应交名单（选填：支部党员姓名，用顿号、逗号或空格分开；填写后显示未交人员）" }
                    <CommitText value={s.roster.join("、")} multiline=true testid="branch-roster-input" on_commit={roster.clone()} />
                </label>
                <div class="toolbar">
                    { for OUTPUTS.iter().map(|(what, id, label)| html! {
                        <button type="button" class={if *what == "delete" { "button danger" } else { "button" }}
                            data-testid={(!id.is_empty()).then_some(*id)} data-do={*what} onclick={if *what == "print" { on_print.clone() } else { click.clone() }}>{ *label }</button>
                    }) }
                </div>
            </>
        }
    });
    let body = match summary.as_deref() {
        None => html! {
            <p class="muted" data-testid="branch-empty">{ "还没有支部汇总。直接导入同志们的问题清单，会按清单的年度新建汇总；也可以先点“新建汇总”，再填写支部名称和年度。" }</p>
        },
        Some(s) => summary_view(s, today, *view, &choices, &common, &on, &state),
    };
    let print_view = summary
        .as_deref()
        .filter(|_| printing)
        .map(|s| print_view(branch_table(s, today, view.group)));

    html! {
        <div class="branch-page">
            <section class="panel no-print">
                <h2>{ "支部汇总" }</h2>
                <p class="muted">{ "党支部书记或机关党委的同志用：导入每位同志导出的“问题清单（报支部）”（可一次选多个文件，或拖入窗口），汇总成支部整改问题清单，逐条确认销号。同一位同志重新导出的新清单会按问题更新，不会重复。只保存在本机。" }</p>
                { picker.unwrap_or_default() }
                { outputs.unwrap_or_default() }
                <div class="toolbar">
                    <button type="button" class="button primary" data-do="choose" onclick={click.clone()}>{ "导入同志们的问题清单…" }</button>
                    <input type="file" accept=".json,.txt,application/json,text/plain" multiple=true hidden=true ref={input}
                        data-do="files" onchange={on.clone()} data-testid="branch-input" aria-label="选择问题清单文件（可多选）" />
                    <button type="button" class="button" data-testid="branch-new" data-do="new" onclick={click}>{ "新建汇总（另一年度或另一个支部）" }</button>
                </div>
                { results.unwrap_or_default() }
            </section>
            { body }
            { print_view.unwrap_or_default() }
        </div>
    }
}

/// The group row `rows[i]` begins, if it begins one: the member (with 移除)
/// or the aspect, and its number of rows; the removed rows apart, last.
fn group_head<'a>(rows: &[RowView<'a>], i: usize, by: GroupBy, on: &Callback<Event>) -> Html {
    let key = |v: &RowView<'a>| v.group(by);
    let k = key(&rows[i]);
    if i > 0 && key(&rows[i - 1]) == k {
        return Html::default();
    }
    let n = rows[i..].iter().take_while(|v| key(v) == k).count();
    let m = rows[i].member;
    let member = by == GroupBy::Member && !rows[i].row.removed;
    html! {
        <tr class="group-head"><th colspan="8" scope="colgroup">
            { format!("{}（{n}条）", if member { &m.name } else { k }) }
            if member {
                <button type="button" class="button small" data-do="remove" data-draft={m.draft.clone()}
                    onclick={on.reform(Event::from)}>{ "移除" }</button>
            }
        </th></tr>
    }
}

/// The counts, common problems, the filter and grouping, and the table.
fn summary_view(
    s: &Summary,
    today: CivilDate,
    view: View,
    choices: &[(RowFilter, &'static str)],
    common: &Rc<Vec<ziping_core::CommonProblem>>,
    on: &Callback<Event>,
    state: &crate::hooks::AppContext,
) -> Html {
    // Each row's status and overdue mark worked out once, for the counts
    // and the table.
    let views = s.views(today);
    let rows = table_of(&views, view.filter, view.group);
    let d = state.dispatcher();
    html! {
        // Printed through 打印汇总 alone: the title line, counts and table.
        <section class="panel no-print">
            <h2>{ s.title() }</h2>
            <p data-testid="branch-counts">{ s.counts_of(&views).line() }</p>
            if let Some(line) = s.roster_line() {
                <p data-testid="branch-roster">{ line }</p>
            }
            if let Some(line) = s.empty_line() {
                <p data-testid="branch-empty">{ line }</p>
            }
            if !common.is_empty() {
                <ul class="branch-common" data-testid="branch-common">
                    { for common.iter().map(|c| html! { <li>{ c.line() }</li> }) }
                </ul>
            }
            <div class="toolbar no-print">
                <label>{ "显示 " }<select data-testid="branch-filter" data-do="filter" onchange={on.clone()}>
                    { for choices.iter().map(|(f, label)| html! { <option selected={*f == view.filter}>{ *label }</option> }) }
                </select></label>
                <label>{ "分组 " }<select data-testid="branch-group" data-do="group" onchange={on.clone()}>
                    { for [(GroupBy::Member, "按同志"), (GroupBy::Aspect, "按方面")].iter().map(|(g, label)| html! {
                        <option selected={*g == view.group}>{ *label }</option>
                    }) }
                </select></label>
                <span class="muted">{ "筛选只作用于下表；打印和导出的是全部问题（导出的 Excel 表头有筛选按钮，可按“状态”筛选）。" }</span>
            </div>
            if rows.is_empty() {
                <p class="muted">{ "没有符合条件的问题。" }</p>
            } else {
                <table class="ledger-table branch-table" data-testid="branch-table">
                    <thead><tr>{ for ["序号", "姓名", "方面", "问题表现", "整改措施", "整改时限", "状态", "支部确认销号"]
                        .iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                    <tbody>{ for rows.iter().take(if view.all { usize::MAX } else { SHOWN }).enumerate()
                        .map(|(i, v)| html! { <>
                            { group_head(&rows, i, view.group, on) }
                            { branch_line(i + 1, v, today, &d) }
                        </> }) }</tbody>
                </table>
                if rows.len() > SHOWN && !view.all {
                    <button type="button" class="button" data-testid="branch-all" data-do="all"
                        onclick={on.reform(Event::from)}>
                        { format!("显示全部 {} 项", rows.len()) }</button>
                }
            }
        </section>
    }
}
