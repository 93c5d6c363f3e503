//! Why a 支部汇总 file (a member's list, or a 汇总) was not read.

use std::fmt;

/// Which branch file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BranchFile {
    /// 问题清单（报支部）
    List,
    /// 支部汇总
    Summary,
}

impl BranchFile {
    pub fn label(self) -> &'static str {
        match self {
            BranchFile::List => "问题清单（报支部）",
            BranchFile::Summary => "支部汇总",
        }
    }
}

/// A file that is not one, is damaged, or comes from a newer app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BranchError {
    NotJson(BranchFile),
    NotOurs(BranchFile),
    Newer(BranchFile, u64),
    Shape(BranchFile, String),
}

impl fmt::Display for BranchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BranchError::NotJson(k) | BranchError::NotOurs(k) => {
                write!(f, "不是本程序导出的{}文件。", k.label())?;
                match k {
                    // What a secretary is sent instead: a backup, a .docx.
                    BranchFile::List => f.write_str(
                        "请本人在“整改台账”中点“导出问题清单（报支部）”，把得到的文件发来；自己的备份请在“草稿与备份”中导入。",
                    ),
                    BranchFile::Summary => Ok(()),
                }
            }
            BranchError::Newer(k, v) => write!(
                f,
                "这份{}来自较新版本的本程序（格式版本 {v}），请先更新本程序再导入。",
                k.label()
            ),
            BranchError::Shape(k, e) => write!(f, "{}已损坏，无法读取：{e}", k.label()),
        }
    }
}
