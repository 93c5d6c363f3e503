//! The ledger screen (整改台账): every problem of the open draft as a row
//! the person updates through the year, overdue rows marked; the rows
//! carried from last year; the ledger out (print in landscape A4, Word,
//! Excel); 结转到下一年度 and the comparison with the draft it came from.

use yew::prelude::*;

use crate::browser::{download, download_bytes, focus_first_in, focus_soon, now_ms};
use crate::components::{text_table, LedgerLine};
use crate::hooks::{use_app_state, use_print};
use ziping_app::state::{Action, Page};
use ziping_core::{
    carried_row, carry_question, draft_ledger, draft_year, is_overdue, is_recurring, ledger_head,
    ledger_problems, material_file_name, official_deadline_on, row_base, CivilDate, Deadline,
};
use ziping_report::{ledger_table, table_docx, table_xlsx};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The printed ledger (or 汇总): title line, the table and the notes after
/// it (the 汇总's 共性问题 and signature line) as the exports hold them.
pub(crate) fn print_view(t: ziping_report::Table) -> Html {
    html! {
        <div class="print-only ledger-print">
            <h2>{ t.title }</h2>
            <p>{ t.subtitle }</p>
            { text_table("text-table", None, &t.headers, &t.rows) }
            { for t.notes.iter().map(|n| html! { <p class="table-note">{ n }</p> }) }
        </div>
    }
}

#[function_component]
pub fn Ledger() -> Html {
    let state = use_app_state();
    let draft = state.draft();
    let today = CivilDate::from_epoch_ms(now_ms());
    let dispatcher = state.dispatcher();

    let year = draft_year(draft);
    // The months the occasion is held in: 时限 count from them.
    let window = state
        .occasions
        .get(&draft.occasion)
        .and_then(|o| o.date_window);
    let rows = ledger_problems(draft).enumerate().map(|(n, p)| {
        let base = row_base(draft, p, window);
        let draft_year = year.unwrap_or(base.year);
        let overdue = is_overdue(
            &Deadline::parse(&p.deadline),
            p.status,
            draft_year,
            base,
            today,
        );
        // As `row_deadline` writes it, from the base already at hand.
        let deadline = official_deadline_on(&p.deadline, draft_year, base);
        html! {
            <LedgerLine key={p.id.clone()} index={n + 1} problem={p.clone()}
                {deadline} {overdue} recurring={is_recurring(draft, p)}
                dispatcher={dispatcher.clone()} />
        }
    });
    let carried: Vec<Vec<String>> = draft
        .previous
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let r = carried_row(draft, q);
            // （已逾期） as the exports and last year's ledger mark it.
            let status = r.status_text(year.unwrap_or(r.base.year), today);
            vec![
                (i + 1).to_string(),
                r.problem,
                r.measure,
                official_deadline_on(&r.deadline, year.unwrap_or(r.base.year), r.base),
                r.progress,
                status,
                r.closed,
            ]
        })
        .collect();
    let head = ledger_table(&ledger_head(draft), &[], today);
    // 张三-2027年度个人整改台账.xlsx: whose, and which year's.
    let base = material_file_name(draft, &head.title);
    // Built when asked for (a download, a print), not on every change.
    let full = {
        let draft = draft.clone();
        move || ledger_table(&ledger_head(&draft), &draft_ledger(&draft, window), today)
    };
    let export = |xlsx: bool| {
        let (full, name) = (full.clone(), base.clone());
        Callback::from(move |_| {
            let table = full();
            let _ = if xlsx {
                download_bytes(&format!("{name}.xlsx"), XLSX, &table_xlsx(&table))
            } else {
                download_bytes(&format!("{name}.docx"), DOCX, &table_docx(&table))
            };
        })
    };
    // 打印: the printable table is rendered, printed, then dropped again.
    let (printing, on_print) = use_print();
    // 问题清单（报支部）: what the branch imports into its 汇总.
    // Said once it is out: which file goes to the secretary.
    let sent = use_state(|| None::<String>);
    let for_branch = {
        let (state, sent) = (state.clone(), sent.clone());
        Callback::from(move |_| {
            let list = state.member_list(now_ms());
            let name = list.file_name();
            if download(&name, "application/json", &list.to_json()).is_ok() {
                sent.set(Some(name));
            }
        })
    };
    // 结转到下一年度 asks first: a new draft opens, this one stays.
    let asking = use_state(|| false);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| {
            asking.set(true);
            focus_soon("[data-confirm=carry]".into());
        })
    };
    let carry = {
        let (d, id, asking) = (state.dispatcher(), draft.id.clone(), asking.clone());
        Callback::from(move |_| {
            asking.set(false);
            d.dispatch(Action::CarryOver(id.clone()));
            // The new draft opens on 结果与报告: at last year's problems.
            gloo::timers::callback::Timeout::new(80, || {
                focus_first_in("[data-testid=previous-list]")
            })
            .forget();
        })
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_| {
            asking.set(false);
            focus_soon("[data-testid=carry-over]".into());
        })
    };
    let to_compare = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Show(Page::Compare)))
    };
    let strings = |cols: &[&str]| cols.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let own = ledger_problems(draft).count();

    html! {
        <div class="ledger-page">
            <section class="panel no-print">
                <h2>{ &head.title }</h2>
                <p class="muted" data-testid="ledger-head">{ &head.subtitle }</p>
                <div class="toolbar">
                    <button type="button" class="button" onclick={on_print}>{ "打印台账（横向A4）" }</button>
                    <button type="button" class="button" onclick={export(false)}>{ "下载 Word (.docx)" }</button>
                    <button type="button" class="button" onclick={export(true)}>{ "下载 Excel (.xlsx)" }</button>
                    <button type="button" class="button" data-testid="export-for-branch" onclick={for_branch}>{ "导出问题清单（报支部）" }</button>
                    <button type="button" class="button" data-testid="carry-over" onclick={ask}>{ "结转到下一年度" }</button>
                    <button type="button" class="button" onclick={to_compare}>{ "对比两份草稿" }</button>
                </div>
                if let Some(name) = &*sent {
                    <p class="muted" role="status" data-testid="for-branch-sent">{ format!("已导出“{name}”：把这个文件交给支部书记，用于支部汇总（它只有问题清单，不含自评和备份）。") }</p>
                }
                if *asking {
                    <div class="confirm" role="alert" data-testid="carry-confirm">
                        { carry_question(draft, state.library.drafts.iter().map(|d| &**d)) }
                        <button type="button" class="button primary small" data-confirm="carry" onclick={carry}>{ "确认结转" }</button>
                        <button type="button" class="button small" onclick={cancel}>{ "取消" }</button>
                    </div>
                }
                <p class="muted">{ "问题、整改措施、时限和完成标准在“逐条自评”各条目下或“结果与报告”中填写；这里随时更新责任人、进展、状态和销号日期，自动保存。时限已过且未完成的行标为“已逾期”；写法无法识别的时限按原文显示，不标逾期。" }</p>
                if own == 0 {
                    <p class="muted" data-testid="ledger-empty">{ "本草稿还没有查摆问题。在“逐条自评”的条目下打开“查摆问题”，或在“结果与报告”中点“＋ 写一个问题”，写下的问题会出现在这里。" }</p>
                } else {
                    <table class="ledger-table ledger-cards" data-testid="ledger-table">
                        <thead><tr>{ for head.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                }
            </section>
            if !draft.previous.is_empty() {
                <section class="panel no-print">
                    <h2>{ "上年度结转的问题" }</h2>
                    <p class="muted">{ "进展、状态和销号日期在“结果与报告”的“上年度查摆的问题及整改情况”中更新，材料第一部分随之更新。" }</p>
                    { text_table("ledger-table carried-table", Some("carried-table"),
                        &strings(&["序号", "问题表现", "整改措施", "整改时限", "整改进展", "状态", "销号日期"]), &carried) }
                </section>
            }
            if printing {
                { print_view(full()) }
            }
        </div>
    }
}
