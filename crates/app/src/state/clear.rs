//! 清除本机数据, in words: what the confirmation says will be deleted, and
//! what the person is told when the browser refused to delete it.

use crate::storage::StorageError;

use super::AppState;

/// How many draft names the confirmation shows before "等 N 份".
const NAMES_SHOWN: usize = 3;

/// What 清除本机数据 deletes, one line per kind of stored thing, for the
/// confirmation. `encrypted`: the store has a passphrase (本机加密). A new
/// kind of stored thing adds its line here.
pub fn clear_list(state: &AppState, encrypted: bool) -> Vec<String> {
    let mut lines = vec![drafts_line(state)];
    let templates = state.library.templates.custom().len();
    if templates > 0 {
        lines.push(format!("导入的评价模板 {templates} 个"));
    }
    let occasions = state.occasions.imported().len();
    if occasions > 0 {
        lines.push(format!("导入的场合设置 {occasions} 个"));
    }
    let summaries = &state.branch.summaries;
    if !summaries.is_empty() {
        let titles: Vec<String> = summaries
            .iter()
            .map(|s| format!("“{}”", s.title()))
            .collect();
        lines.push(format!(
            "支部汇总 {} 份：{}",
            summaries.len(),
            titles.join("、")
        ));
    }
    let unreadable = state.notices.unreadable.len();
    if unreadable > 0 {
        lines.push(format!("无法读取的内容 {unreadable} 项"));
    }
    lines.push("显示设置（字号、备份提醒、自动锁定时间）".to_string());
    if encrypted {
        lines.push("本机加密的口令（清除后本机不再加密）".to_string());
    }
    lines
}

/// The drafts by name: all of them when few, else the first few and how many.
fn drafts_line(state: &AppState) -> String {
    let drafts = &state.library.drafts;
    let names: Vec<String> = drafts
        .iter()
        .take(NAMES_SHOWN)
        .map(|d| format!("“{}”", d.name))
        .collect();
    let names = names.join("、");
    match drafts.len() {
        n if n > NAMES_SHOWN => format!("草稿：{names}等 {n} 份"),
        n => format!("草稿 {n} 份：{names}"),
    }
}

/// What the person is told when the browser refused to delete: nothing was
/// deleted here, what to try, and the browser's reason.
pub fn clear_failed_message(e: &StorageError) -> String {
    format!(
        "本机数据没有清除，草稿和设置都还在。请关闭在其他窗口或标签页中打开的本程序，再试一次；如果仍然失败，可能是浏览器禁止了写入本地存储，可以在浏览器的设置中清除本网站的数据。（{e}）"
    )
}
