//! Banners that must not be missed: storage that failed, stored data that
//! could not be read (kept untouched, downloadable raw), and a draft changed
//! in another window.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::browser::webcrypto;
use crate::browser::{download, now_ms};
use crate::hooks::AppContext;
use ziping_app::state::{Action, AppState, SaveStatus};
use ziping_core::backup_due;
use ziping_vault::{self as vault, Key};

/// Downloads a backup file of one draft, or of every draft (`None`, which
/// counts as a backup for the reminder), with the templates and occasions
/// they use.
pub fn export_drafts(state: &AppState, only: Option<&str>, dispatcher: &Dispatcher) {
    let _ = export_backup(state, only, dispatcher, None);
}

/// [`export_drafts`], sealed with `key` when given (本机加密's encrypted
/// backup: one `zpenc.` line, named 加密-从严治部自评备份-….json).
// Out of line: four screens call it (docs/size.md).
#[inline(never)]
pub fn export_backup(
    state: &AppState,
    only: Option<&str>,
    dispatcher: &Dispatcher,
    key: Option<&Key>,
) -> Result<(), String> {
    let all = only.is_none();
    let backup = state.backup(only, now_ms(), env!("CARGO_PKG_VERSION"));
    let (mut name, mut text, mut kind) = (backup.file_name(), backup.to_json(), "application/json");
    if let Some(key) = key {
        // The encrypted backup is named apart from a plain one.
        name.insert_str(0, "加密-");
        text = vault::seal(key, vault::BACKUP_CONTEXT, &text, webcrypto::random()?);
        kind = "application/octet-stream";
    }
    let done = download(&name, kind, &text);
    match &done {
        Ok(()) if all => dispatcher.dispatch(Action::BackedUp),
        Ok(()) => {}
        Err(e) => web_sys::console::warn_1(&format!("export failed: {e}").into()),
    }
    done
}

/// The banners of `state`. A function of `App`, not a component: it
/// reads the whole state, so it is drawn with every change anyway.
pub fn notices(state: &AppContext) -> Html {
    let save_failed = match (&state.persist.save, &state.notices.load_error) {
        (SaveStatus::Failed(e), _) | (_, Some(e)) => {
            let (s, d) = (state.clone(), state.dispatcher());
            let on_export = Callback::from(move |_| export_drafts(&s, None, &d));
            Some(html! {
                <div class="notice error" role="alert" data-testid="save-error">
                    <p>{ format!("保存失败：{e}") }</p>
                    <button type="button" class="button primary" onclick={on_export}>{ "立即导出备份文件" }</button>
                </div>
            })
        }
        _ => None,
    };

    let unreadable = state.notices.unreadable.iter().map(|u| {
        let (key, raw) = (u.key.clone(), u.raw.clone());
        let on_download = Callback::from(move |_| {
            let name = format!("从严治部自评-无法读取的数据-{}.json", key.replace('.', "_"));
            let _ = download(&name, "application/json", &raw);
        });
        html! {
            <div class="notice warning" role="alert" data-testid="unreadable">
                <p>{ format!("本机保存的一份数据（{}）无法读取：{}", u.key, u.error) }</p>
                <p>{ "程序没有改动它，它仍保存在原处。可以下载原始数据留存，或交给技术人员恢复。" }</p>
                <button type="button" class="button" onclick={on_download}>{ "下载原始数据" }</button>
            </div>
        }
    });

    let conflict = state.notices.conflict.as_ref().map(|c| {
        let (d1, d2) = (state.dispatcher(), state.dispatcher());
        let what = if c.theirs.is_some() { "修改" } else { "删除" };
        html! {
            // Held at the window's foot (`.held`): seen wherever the person
            // is on the page, since nothing of this draft saves meanwhile.
            <div class="notice warning held" role="alert" data-testid="conflict">
                <p>{ format!("当前草稿“{}”刚在另一个窗口中被{what}。请选择保留哪个版本：", state.draft().name) }</p>
                <p class="muted">{ "在您选择之前，本窗口不会保存这份草稿的修改（其他草稿照常保存）。" }</p>
                <button type="button" class="button primary"
                    onclick={Callback::from(move |_| d1.dispatch(Action::ResolveConflict { keep_mine: true }))}>
                    { "保留本窗口的内容" }
                </button>
                <button type="button" class="button"
                    onclick={Callback::from(move |_| d2.dispatch(Action::ResolveConflict { keep_mine: false }))}>
                    { if c.theirs.is_some() { "采用另一窗口的内容" } else { "同意删除" } }
                </button>
            </div>
        }
    });

    let latest = state
        .library
        .drafts
        .iter()
        .map(|d| d.modified)
        .max()
        .unwrap_or(0);
    let oldest = state
        .library
        .drafts
        .iter()
        .map(|d| d.created)
        .min()
        .unwrap_or(0);
    let p = &state.prefs;
    let reminder = backup_due(latest, p.last_backup, oldest, p.reminder_dismissed, now_ms()).then(|| {
        let (s, d1, d2) = (state.clone(), state.dispatcher(), state.dispatcher());
        html! {
            <div class="notice info" role="status" data-testid="backup-reminder">
                <p>{ "距上次备份已超过 7 天，期间有新的修改。浏览器数据可能因清理或换电脑而丢失，建议导出一份备份文件。" }</p>
                <button type="button" class="button primary small"
                    onclick={Callback::from(move |_| export_drafts(&s, None, &d1))}>{ "导出备份" }</button>
                <button type="button" class="button small"
                    onclick={Callback::from(move |_| d2.dispatch(Action::DismissBackupReminder))}>{ "暂不提醒" }</button>
            </div>
        }
    });

    html! {
        <div class="notices no-print">
            { save_failed }
            { reminder }
            { for unreadable }
            { conflict }
        </div>
    }
}
