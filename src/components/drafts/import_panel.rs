//! Import: the confirmation of what a checked file holds (nothing changes
//! before "确认导入"), or why it cannot be imported.

use yew::prelude::*;

use crate::browser::focus_soon;
use crate::components::{passphrase_form, Prompt};
use crate::hooks::use_app_state;
use ziping_app::state::{Action, ImportNotice};
use ziping_core::{imported_name, newer_here, ImportPlan, OnConflict, Placed};

#[function_component]
pub fn ImportPanel() -> Html {
    let state = use_app_state();
    let prompt = use_state(Prompt::default);
    let notice = state.import.notice.as_ref().map(|n| {
        let d = state.dispatcher();
        let dismiss = Callback::from(move |_| {
            d.dispatch(Action::DismissImportNotice);
            focus_soon("[data-action=import]".into());
        });
        let (class, text) = match n {
            ImportNotice::Done(m) => ("notice info", m.clone()),
            ImportNotice::Failed { file_name, error } => (
                "notice error",
                format!("无法导入“{file_name}”：{error} 本机数据没有任何改动。"),
            ),
        };
        html! {
            <div class={class} role="alert" data-testid="import-notice">
                <p>{ text }</p>
                <button type="button" class="button small" onclick={dismiss}>{ "知道了" }</button>
            </div>
        }
    });
    if let Some(sealed) = &state.import.sealed {
        let (d1, d2, file_name) = (
            state.dispatcher(),
            state.dispatcher(),
            sealed.file_name.clone(),
        );
        let on_open = Callback::from(move |(_, text): (_, String)| {
            d1.dispatch(Action::ImportFile {
                file_name: file_name.clone(),
                content: Ok(text.into_bytes()),
            })
        });
        let on_cancel = Callback::from(move |_| d2.dispatch(Action::CancelImport));
        return passphrase_form(
            &prompt,
            &AttrValue::from(sealed.text.to_string()),
            on_open,
            false,
            Some((&sealed.file_name, on_cancel)),
            Html::default(),
        );
    }
    let Some(p) = &state.import.pending else {
        return html! { <div class="notices no-print">{ notice }</div> };
    };
    let summary = match &*p.plan {
        ImportPlan::Template { template, placed } => html! {
            <>
                <p>{ format!("文件“{}”是一份评价模板：“{}”（第 {} 版，{} 个部分，共 {} 条）。",
                    p.file_name, template.title, template.version, template.sections.len(), template.item_count()) }</p>
                { match placed {
                    Placed::Same => html! { <p>{ "本机已有这一版模板，内容相同：导入不会有任何改动。" }</p> },
                    Placed::New => html! {},
                    Placed::Beside { .. } => html! { <p>{ format!("本机已有同编号、同版本但内容不同的模板：导入的将另存为“{}”，本机原有的模板和用它做的草稿不变。", imported_name(&template.title)) }</p> },
                } }
                <p class="muted">{ "导入后，可在“草稿与备份”中用它新建自评。" }</p>
            </>
        },
        ImportPlan::Occasions { set, placed } => html! {
            <>
                <p>{ format!("文件“{}”是一份场合设置，共 {} 个场合：", p.file_name, set.occasions.len()) }</p>
                <ul>{ for set.occasions.iter().zip(placed).map(|(o, placed)| html! {
                    <li>{ &o.label }{ match placed {
                        Placed::Same => "（本机已有，相同）".to_string(),
                        Placed::New => "（新增）".to_string(),
                        Placed::Beside { .. } => format!("（本机已有同编号但内容不同的场合：另存为“{}”，本机原有的不变）", imported_name(&o.label)),
                    } }</li>
                }) }</ul>
                <p class="muted">{ "导入的场合保存在本机，与内置场合并列，可在“材料用于”中选用。" }</p>
            </>
        },
        ImportPlan::Drafts(plan) => {
            let incoming = &plan.incoming;
            let existing = incoming.iter().filter(|i| i.exists).count();
            let unknown: usize = incoming.iter().map(|i| i.unknown_answers).sum();
            let newer = newer_here(incoming, state.library.drafts.iter().map(|d| &**d));
            let choice = |value: OnConflict, label: &'static str| {
                let d = state.dispatcher();
                html! {
                    <label class="choice-line">
                        <input type="radio" name="on-conflict" checked={p.on_conflict == value}
                            onchange={Callback::from(move |_| d.dispatch(Action::SetOnConflict(value)))} />
                        { label }
                    </label>
                }
            };
            html! {
                <>
                    <p>{ format!("文件“{}”中有 {} 份草稿：", p.file_name, incoming.len()) }</p>
                    <ul>{ for incoming.iter().map(|i| html! {
                        <li>{ &i.draft.name }{ i.exists.then_some("（本机已有）") }</li>
                    }) }</ul>
                    if !plan.templates.is_empty() || !plan.occasions.is_empty() {
                        <p>{ "文件还带有草稿使用的：" }{ for plan.templates.iter().map(|t| format!("评价模板“{}”（第 {} 版）　", t.title, t.version)) }
                            { for plan.occasions.iter().map(|o| format!("场合“{}”　", o.label)) }{ "将一并导入（本机已有的相同内容不会重复添加）。" }</p>
                    }
                    if !plan.branches.is_empty() {
                        <p data-testid="import-branches">{ "文件还带有支部汇总：" }{ for plan.branches.iter().map(|s| format!("“{}”　", s.title())) }{ "将一并导入（本机已有的相同内容不会重复添加）。" }</p>
                    }
                    { for plan.beside.iter().map(|b| html! { <p>{ b }</p> }) }
                    if !plan.refused.is_empty() {
                        <div class="notice warning" data-testid="import-refused">
                            <p>{ format!("以下 {} 项无法导入，其余照常导入：", plan.refused.len()) }</p>
                            <ul>{ for plan.refused.iter().map(|r| html! { <li>{ format!("{}：{}", r.what, r.error) }</li> }) }</ul>
                        </div>
                    }
                    if plan.repaired_ids > 0 {
                        <p>{ format!("有 {} 个问题的编号缺失或重复，导入时将重新编号。", plan.repaired_ids) }</p>
                    }
                    if unknown > 0 {
                        <p>{ format!("其中 {unknown} 条答案对应的条目在当前模板中已不存在：将原样保留，但不计入得分。") }</p>
                    }
                    if existing > 0 {
                        <fieldset class="conflict-choice">
                            <legend>{ format!("有 {existing} 份草稿本机已有，怎么处理？") }</legend>
                            { choice(OnConflict::KeepBoth, "两份都保留：导入的另存为新草稿（推荐）") }
                            { choice(OnConflict::Replace, "用文件中的内容替换本机的草稿") }
                        </fieldset>
                        if p.on_conflict == OnConflict::Replace && !newer.is_empty() {
                            <p class="notice warning" data-testid="replace-newer">{ format!(
                                "注意：本机的“{}”比文件中的新（备份之后又修改过），替换后这些修改会丢失。",
                                newer.join("”“")) }</p>
                        }
                    }
                </>
            }
        }
    };
    let (d1, d2) = (state.dispatcher(), state.dispatcher());
    let after = |selector: &'static str| focus_soon(selector.into());
    html! {
        <div class="notices no-print">
            { notice }
            <section class="notice info import-confirm" role="dialog" aria-labelledby="import-h" data-testid="import-confirm">
                <h2 id="import-h">{ "确认导入" }</h2>
                { summary }
                <button type="button" class="button primary" onclick={Callback::from(move |_| { d1.dispatch(Action::ConfirmImport); after("[data-testid=import-notice] button"); })}>{ "确认导入" }</button>
                <button type="button" class="button" onclick={Callback::from(move |_| { d2.dispatch(Action::CancelImport); after("[data-action=import]"); })}>{ "取消" }</button>
            </section>
        </div>
    }
}
