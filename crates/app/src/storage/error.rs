//! Why storage could not be used, in words a person can act on.

use std::fmt;

/// Why storage could not be used. Messages say what happened and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (disabled, blocked, or a private mode without it).
    Unavailable,
    /// The browser refused the write because the storage is full.
    QuotaExceeded,
    /// Any other refusal, with the browser's words.
    Failed(String),
    /// The store is encrypted (本机加密) and this window does not hold its
    /// key: another window set or changed the passphrase.
    Locked,
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "浏览器不允许本页使用本地存储（可能处于隐私模式或禁用了网站数据），内容只保存在当前页面中，关闭前请导出备份。"
            ),
            StorageError::QuotaExceeded => write!(
                f,
                "本地存储空间已满，内容只保存在当前页面中。请导出备份，或删除不用的草稿。"
            ),
            StorageError::Failed(e) => write!(f, "写入本地存储失败：{e}"),
            StorageError::Locked => write!(
                f,
                "本机内容已在另一个窗口中加密或更换了口令，本窗口的修改没有保存。请解锁后再编辑。"
            ),
        }
    }
}

impl std::error::Error for StorageError {}
