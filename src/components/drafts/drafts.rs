//! The drafts screen: the list of drafts (one `DraftRow` each), create (from
//! the built-ins or an imported template), undo a delete while the page is
//! open, export and import backups, the templates, and 清除本机数据 (confirmed).

use yew::prelude::*;

use crate::browser::{download, focus_soon};
use crate::components::export_drafts;
use crate::components::{import_button, lock_settings, DraftRow, LockOutcome};
use crate::hooks::{use_app_state, use_lock};
use std::rc::Rc;
use ziping_app::state::{clear_failed_message, clear_list, Action};
use ziping_core::{draft_year, score_template, Template, TemplateId};

#[function_component]
pub fn Drafts() -> Html {
    let state = use_app_state();
    let confirm_clear = use_state(|| false);
    let new_from = use_state(|| None::<TemplateId>);
    let lock = use_lock();
    let lock_outcome = use_state(LockOutcome::default);
    let library = &state.library;

    let rows = library.drafts.iter().map(|d| {
        let mut answered = 0;
        let mut total = 0;
        let scores: Vec<String> = library
            .templates
            .templates_of(d)
            .iter()
            .map(|t| {
                let r = score_template(t, d);
                answered += r.tally.answered;
                total += r.tally.total;
                format!(
                    "{} {}",
                    t.title,
                    r.score().map_or("—".to_string(), |s| format!("{s} 分"))
                )
            })
            .collect();
        // Which year's: a draft carried on keeps last year's beside it.
        let year = draft_year(d).map_or(String::new(), |y| format!("{y}年度 · "));
        let summary = format!("{year}已评 {answered}/{total} · {}", scores.join(" · "));
        html! {
            <DraftRow key={d.id.to_string()} draft={d.clone()} current={d.id == library.current}
                summary={AttrValue::from(summary)} dispatcher={state.dispatcher()} />
        }
    });

    let undo = library.deleted.as_ref().map(|del| {
        let d = state.dispatcher();
        html! {
            <div class="notice info" role="status" data-testid="undo">
                { format!("已删除“{}”。", del.draft.name) }
                <button type="button" class="button small" onclick={Callback::from(move |_| {
                    d.dispatch(Action::UndoDelete);
                    focus_soon(".draft-list .draft-row button".into());
                })}>{ "撤销删除" }</button>
            </div>
        }
    });
    let on_new = {
        let (d, choice) = (state.dispatcher(), new_from.clone());
        Callback::from(move |_| d.dispatch(Action::NewDraft((*choice).clone())))
    };
    let on_choose = {
        let choice = new_from.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            choice.set((!value.is_empty()).then(|| TemplateId::from(value)));
        })
    };
    let custom = library.templates.current_custom();
    let template_choice = (!custom.is_empty()).then(|| {
        html! {
            <label class="field inline">
                <span class="field-label">{ "新建时使用" }</span>
                <select onchange={on_choose} data-testid="new-from">
                    <option value="" selected={new_from.is_none()}>{ "五项工作 + 四个模范（内置）" }</option>
                    { for custom.iter().map(|t| html! {
                        <option value={t.id.to_string()} selected={new_from.as_ref() == Some(&t.id)}>{ &t.title }</option>
                    }) }
                </select>
            </label>
        }
    });
    let on_export_all = {
        let (s, d) = (state.clone(), state.dispatcher());
        Callback::from(move |_| export_drafts(&s, None, &d))
    };
    let template_row = |t: &Rc<Template>| {
        let (_, notes) = t.description_parts();
        let (json, name) = (
            t.to_json(),
            format!(
                "自评模板-{}-v{}.json",
                ziping_core::safe_file_part(&t.title),
                t.version
            ),
        );
        let on_export = Callback::from(move |_| {
            let _ = download(&name, "application/json", &json);
        });
        html! {
            <li class="template-row">
                <span>{ &t.title }<span class="muted">{ format!("（{}，第 {} 版，{} 条）", if library.templates.is_builtin(&t.id) { "内置" } else { "已导入" }, t.version, t.item_count()) }</span></span>
                <button type="button" class="button small" onclick={on_export}>{ "导出模板" }</button>
                if !notes.is_empty() {
                    <p class="muted template-notes" data-testid="template-notes">{ format!("版本说明：{notes}") }</p>
                }
            </li>
        }
    };
    // Each template at its newest version; the older ones folded under it.
    let template_rows = library.templates.by_template().into_iter().map(|(t, old)| {
        html! {
            <>
                { template_row(&t) }
                if !old.is_empty() {
                    <li><details class="template-old">
                        <summary>{ format!("旧版本（{}）", old.len()) }</summary>
                        <ul>{ for old.iter().map(template_row) }</ul>
                    </details></li>
                }
            </>
        }
    });
    let clear_panel = if *confirm_clear {
        let (d, c1, c2) = (
            state.dispatcher(),
            confirm_clear.clone(),
            confirm_clear.clone(),
        );
        let encrypted = lock.as_ref().is_some_and(|l| l.encrypted);
        html! {
            <div class="confirm" role="alert" data-testid="clear-confirm">
                { "将删除本程序在本机浏览器中保存的以下内容，且无法撤销：" }
                <ul>{ for clear_list(&state, encrypted).into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                { "建议先导出备份。确定清除吗？" }
                <button type="button" class="button danger small" data-confirm="clear" onclick={Callback::from(move |_| {
                    // The storage effect clears the store, then the state.
                    d.dispatch(Action::Clear);
                    c1.set(false);
                    focus_soon(".tabs .tab, [data-action=clear]".into());
                })}>{ "确认清除" }</button>
                <button type="button" class="button small" onclick={Callback::from(move |_| {
                    c2.set(false);
                    focus_soon("[data-action=clear]".into());
                })}>{ "取消" }</button>
            </div>
        }
    } else {
        let c = confirm_clear.clone();
        html! {
            <button type="button" class="button danger" data-action="clear" onclick={Callback::from(move |_| {
                c.set(true);
                focus_soon("[data-confirm=clear]".into());
            })}>{ "清除本机数据" }</button>
        }
    };
    let clear_failed = state.notices.clear_failed.as_ref().map(|e| {
        html! { <p class="notice error" role="alert" data-testid="clear-failed">{ clear_failed_message(e) }</p> }
    });

    html! {
        <div class="drafts">
            <div class="toolbar">
                { template_choice }
                <button type="button" class="button primary" onclick={on_new}>{ "新建自评" }</button>
                <button type="button" class="button" onclick={on_export_all}>{ "导出全部草稿（备份）" }</button>
                { import_button(&state.dispatcher()) }
            </div>
            <p class="muted">{ "备份文件可以在另一台电脑上导入，也可以把文件直接拖到本页面上导入。部门下发的评价模板（.json）也从这里导入。" }</p>
            // The plain backup is readable by anyone who finds the file.
            if lock.as_ref().is_some_and(|l| l.encrypted) {
                <p class="muted" data-testid="plain-backup-note">{ "本机加密已开启，但“导出全部草稿（备份）”的文件不加密，任何人都能打开阅读：请妥善保管，或用下方“本机加密”中的“导出加密备份”。" }</p>
            }
            <p class="muted">{ "新的年度：打开上一年度的草稿，在“整改台账”中点“结转到下一年度”，上年度的问题、整改情况和个人信息会一并带入新草稿；“新建自评”是一份空白的。" }</p>
            { undo }
            <ul class="draft-list">{ for rows }</ul>
            <section class="panel">
                <h2>{ "评价模板" }</h2>
                <ul class="template-list">{ for template_rows }</ul>
            </section>
            { lock_settings(&state, lock.clone(), &lock_outcome) }
            <section class="panel">
                <h2>{ "在公用电脑上使用？" }</h2>
                <p class="muted">{ "草稿保存在这台电脑的浏览器里。用完后可以清除本程序在本机保存的全部数据。" }</p>
                { clear_failed }
                { clear_panel }
            </section>
        </div>
    }
}
