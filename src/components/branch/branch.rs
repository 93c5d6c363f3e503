//! The 支部汇总 screen: the 汇总 kept here (one per branch and year), the
//! members' files imported many at once, the counts and common problems,
//! the table grouped by member or aspect and filtered by status or
//! overdue, 确认销号 per row, and the outputs (.xlsx, landscape .docx,
//! print, the 汇总 file to hand over). The file chooser and the outputs are parts
//! of this component, not components of their own.

use yew::prelude::*;

use wasm_bindgen::JsCast;

use super::BranchLine;
use crate::browser::{download, download_bytes, now_ms, print};
use crate::components::ledger::print_view;
use crate::file_import::import_files;
use crate::hooks::use_app_state;
use ziping_app::state::{Action, BranchAction};
use ziping_core::{common_problems, safe_file_part, CivilDate, GroupBy, RowFilter, Summary};
use ziping_report::{branch_table, table_docx, table_xlsx};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn value_of(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            e.target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
        })
        .unwrap_or_default()
}

fn selected(e: &Event) -> usize {
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .map_or(0, |s| s.selected_index().max(0) as usize)
}

#[function_component]
pub fn Branch() -> Html {
    let state = use_app_state();
    let d = state.dispatcher();
    let today = CivilDate::from_epoch_ms(now_ms());
    let filter = use_state(RowFilter::default);
    let group = use_state(GroupBy::default);
    // The first rows only, until asked: a filter stays quick at 1,200 rows.
    let all = use_state(|| false);
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with(*printing, move |on| {
            if *on {
                print();
                printing.set(false);
            }
        });
    }
    let branch = &state.branch;
    let summary = branch.summary().cloned();
    // Drawn again only when a file comes in (not on a 确认销号): keyed by
    // the members' files held.
    let files: Vec<(String, i64)> = summary
        .iter()
        .flat_map(|s| {
            let id = s.id.clone();
            s.members
                .iter()
                .map(move |m| (format!("{id}/{}", m.draft), m.exported))
        })
        .collect();
    let common = {
        let summary = summary.clone();
        use_memo(files, move |_| {
            summary
                .as_ref()
                .map(|s| common_problems(s))
                .unwrap_or_default()
        })
    };

    let send = |a: BranchAction| {
        let d = d.clone();
        move || d.dispatch(Action::Branch(a.clone()))
    };
    let on_new = {
        let (d, year) = (d.clone(), (today.year - 1).to_string());
        Callback::from(move |_| {
            d.dispatch(Action::Branch(BranchAction::New {
                branch: String::new(),
                year: year.clone(),
            }))
        })
    };
    // Many files at once: the chooser, opened by a button.
    let input = use_node_ref();
    let on_choose = {
        let input = input.clone();
        Callback::from(move |_| {
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                el.click();
            }
        })
    };
    let on_files = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(files) = el.files() {
                import_files(files, d.clone());
            }
            el.set_value("");
        })
    };
    let import = html! {
        <>
            <button type="button" class="button primary" onclick={on_choose}>{ "导入同志们的问题清单…" }</button>
            <input type="file" accept=".json,application/json" multiple=true hidden=true ref={input}
                onchange={on_files} data-testid="branch-input" aria-label="选择问题清单文件（可多选）" />
        </>
    };
    let picker = (branch.summaries.len() > 1).then(|| {
        let ids: Vec<String> = branch.summaries.iter().map(|s| s.id.clone()).collect();
        let d = d.clone();
        let on_pick = Callback::from(move |e: Event| {
            if let Some(id) = ids.get(selected(&e)) {
                d.dispatch(Action::Branch(BranchAction::Open(id.clone())))
            }
        });
        html! {
            <label class="field">{ "查看的汇总" }
                <select data-testid="branch-pick" onchange={on_pick}>
                    { for branch.summaries.iter().map(|s| html! {
                        <option selected={Some(&s.id) == branch.open.as_ref()}>{ s.title() }</option>
                    }) }
                </select>
            </label>
        }
    });
    let results = (!branch.results.is_empty()).then(|| {
        let dismiss = send(BranchAction::DismissResults);
        html! {
            <div class="notice" role="status" data-testid="branch-results">
                <ul>{ for branch.results.iter().map(|r| match &r.result {
                    Ok(m) => html! { <li>{ format!("“{}”：{m}", r.file_name) }</li> },
                    Err(e) => html! { <li class="failed">{ format!("“{}”未导入：{e}", r.file_name) }</li> },
                }) }</ul>
                <button type="button" class="button small" onclick={Callback::from(move |_| dismiss())}>{ "知道了" }</button>
            </div>
        }
    });

    let body = match summary.as_ref() {
        None => html! {
            <p class="muted" data-testid="branch-empty">{ "还没有支部汇总。填写支部名称和年度后新建，或直接导入同志们的问题清单。" }</p>
        },
        Some(s) => summary_view(s, today, (&filter, &group, &all), &common, &d),
    };
    let outputs = summary.as_ref().map(|s| {
        let base = safe_file_part(&s.title());
        let file = |kind: u8| {
            let (s, base, today, by) = (s.clone(), base.clone(), today, *group);
            Callback::from(move |_| {
                let _ = match kind {
                    0 => download_bytes(&format!("{base}.xlsx"), XLSX, &table_xlsx(&branch_table(&s, today, by))),
                    1 => download_bytes(&format!("{base}.docx"), DOCX, &table_docx(&branch_table(&s, today, by))),
                    _ => download(&format!("支部汇总-{base}.json"), "application/json", &s.to_json()),
                };
            })
        };
        let printing = printing.clone();
        let delete = send(BranchAction::Delete(s.id.clone()));
        let ask = format!("删除“{}”？删除后无法恢复，建议先导出汇总文件。", s.title());
        let on_rename = |which: u8| {
            let (d, s) = (d.clone(), s.clone());
            Callback::from(move |e: Event| {
                let v = value_of(&e);
                let (branch, year) = if which == 0 { (v, s.year.clone()) } else { (s.branch.clone(), v) };
                d.dispatch(Action::Branch(BranchAction::Rename { branch, year }))
            })
        };
        html! {
            <>
                <div class="branch-names">
                    <label class="field">{ "支部名称" }<input type="text" value={s.branch.clone()} data-testid="branch-name" onchange={on_rename(0)} /></label>
                    <label class="field">{ "年度" }<input type="text" inputmode="numeric" value={s.year.clone()} onchange={on_rename(1)} /></label>
                </div>
                <div class="toolbar">
                    <button type="button" class="button" onclick={Callback::from(move |_| printing.set(true))}>{ "打印汇总（横向A4）" }</button>
                    <button type="button" class="button" data-testid="branch-docx" onclick={file(1)}>{ "下载 Word (.docx)" }</button>
                    <button type="button" class="button" data-testid="branch-xlsx" onclick={file(0)}>{ "下载 Excel (.xlsx)" }</button>
                    <button type="button" class="button" onclick={file(2)}>{ "导出汇总文件（交接用）" }</button>
                    <button type="button" class="button danger" onclick={Callback::from(move |_| {
                        // Asked first: the secretary's whole year of work.
                        if web_sys::window().and_then(|w| w.confirm_with_message(&ask).ok()) == Some(true) {
                            delete()
                        }
                    })}>{ "删除此汇总" }</button>
                </div>
            </>
        }
    });
    let print_view = summary
        .as_ref()
        .filter(|_| *printing)
        .map(|s| print_view(branch_table(s, today, *group)));

    html! {
        <div class="branch-page">
            <section class="panel no-print">
                <h2>{ "支部汇总" }</h2>
                <p class="muted">{ "党支部书记或机关党委的同志用：导入每位同志导出的“问题清单（报支部）”（可一次选多个文件，或拖入窗口），汇总成支部整改问题清单，逐条确认销号。同一位同志重新导出的新清单会按问题更新，不会重复。只保存在本机。" }</p>
                { picker.unwrap_or_default() }
                { outputs.unwrap_or_default() }
                <div class="toolbar">
                    { import }
                    <button type="button" class="button" data-testid="branch-new" onclick={on_new}>{ "新建汇总（另一年度或另一个支部）" }</button>
                </div>
                { results.unwrap_or_default() }
            </section>
            { body }
            { print_view.unwrap_or_default() }
        </div>
    }
}

/// The counts, common problems, the filter and grouping, and the table.
/// Rows drawn before 显示全部.
const SHOWN: usize = 50;

fn summary_view(
    s: &Summary,
    today: CivilDate,
    (filter, group, all): (
        &UseStateHandle<RowFilter>,
        &UseStateHandle<GroupBy>,
        &UseStateHandle<bool>,
    ),
    common: &[ziping_core::CommonProblem],
    d: &crate::reducer::Dispatcher,
) -> Html {
    let choices = RowFilter::choices();
    let on_filter = {
        let (filter, choices) = (filter.clone(), choices.clone());
        Callback::from(move |e: Event| {
            if let Some((f, _)) = choices.get(selected(&e)) {
                filter.set(*f)
            }
        })
    };
    let on_group = {
        let group = group.clone();
        Callback::from(move |e: Event| {
            group.set(if selected(&e) == 1 {
                GroupBy::Aspect
            } else {
                GroupBy::Member
            })
        })
    };
    let rows = s.table(today, **filter, **group);
    html! {
        <section class="panel">
            <h2>{ s.title() }</h2>
            <p data-testid="branch-counts">{ s.counts(today).line() }</p>
            if !common.is_empty() {
                <ul class="branch-common" data-testid="branch-common">
                    { for common.iter().map(|c| html! { <li>{ c.line() }</li> }) }
                </ul>
            }
            <div class="toolbar no-print">
                <label>{ "显示 " }<select data-testid="branch-filter" onchange={on_filter}>
                    { for choices.iter().map(|(f, label)| html! { <option selected={*f == **filter}>{ *label }</option> }) }
                </select></label>
                <label>{ "分组 " }<select data-testid="branch-group" onchange={on_group}>
                    <option selected={**group == GroupBy::Member}>{ "按同志" }</option>
                    <option selected={**group == GroupBy::Aspect}>{ "按方面" }</option>
                </select></label>
            </div>
            if rows.is_empty() {
                <p class="muted">{ "没有符合条件的问题。" }</p>
            } else {
                <table class="ledger-table branch-table" data-testid="branch-table">
                    <thead><tr>{ for ["序号", "姓名", "方面", "问题表现", "整改措施", "整改时限", "状态", "支部确认销号"]
                        .iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                    <tbody>{ for rows.iter().take(if **all { usize::MAX } else { SHOWN }).enumerate().map(|(i, v)| html! {
                        // Unkeyed: a row has no state of its own, so a filter
                        // updates the rows drawn instead of making new ones.
                        <BranchLine index={i + 1}
                            name={AttrValue::from(v.member.name.clone())} draft={AttrValue::from(v.member.draft.clone())}
                            aspect={AttrValue::from(v.aspect().to_string())} row={v.row.clone()}
                            status={AttrValue::from(v.status_text())} overdue={v.overdue} {today}
                            dispatcher={d.clone()} />
                    }) }</tbody>
                </table>
                if rows.len() > SHOWN && !**all {
                    <button type="button" class="button" data-testid="branch-all"
                        onclick={{ let all = all.clone(); Callback::from(move |_| all.set(true)) }}>
                        { format!("显示全部 {} 项", rows.len()) }</button>
                }
            }
        </section>
    }
}
