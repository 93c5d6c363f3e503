//! 支部汇总's files: a member's 问题清单（报支部） and a 汇总 (stored, and
//! exported on its own). Each carries its `format` and `version`; a newer
//! version is refused, never read in part.

use crate::branch::{
    BranchError, BranchFile, Confirm, Member, MemberList, MemberProblem, Summary, SummaryRow,
    MEMBER_FORMAT, MEMBER_VERSION, SUMMARY_FORMAT, SUMMARY_VERSION,
};
use crate::json::{parse, to_json, At, FromJson, Value};
use crate::json_struct;

json_struct! {
    MemberList [fill] {
        format: "format" [required],
        version: "version" [required],
        draft: "draft" [required],
        exported: "exported" [required],
        name: "name",
        unit: "unit",
        year: "year",
        problems: "problems",
    }
}

json_struct! {
    MemberProblem [fill] {
        id: "id" [required],
        item: "item" [skip_none],
        aspect: "aspect",
        text: "text",
        measure: "measure",
        deadline: "deadline",
        standard: "standard",
        made: "made" [required],
        from: "from",
        status: "status",
        progress: "progress" [skip_empty],
        closed: "closed" [skip_empty],
        carried: "carried" [skip_false],
    }
}

json_struct! {
    Summary [fill] {
        format: "format" [required],
        version: "version" [required],
        id: "id" [required],
        branch: "branch",
        year: "year",
        modified: "modified",
        members: "members",
        roster: "roster" [skip_empty],
    }
}

json_struct! {
    Member [fill] {
        draft: "draft" [required],
        name: "name",
        unit: "unit",
        exported: "exported" [required],
        rows: "rows",
    }
}

json_struct! {
    SummaryRow [fill] {
        problem: "problem" [required],
        removed: "removed" [skip_false],
        confirm: "confirm" [skip_none],
    }
}

json_struct! {
    Confirm {
        date: "date" [required],
        note: "note" [skip_empty],
    }
}

/// Which branch file a parsed value is, by its `format`.
pub fn branch_file_kind(v: &Value) -> Option<BranchFile> {
    match v.get("format").and_then(Value::as_str)? {
        MEMBER_FORMAT => Some(BranchFile::List),
        SUMMARY_FORMAT => Some(BranchFile::Summary),
        _ => None,
    }
}

/// Why text that does not parse was refused: one that names a branch
/// format is that file cut short or changed (a download or a copy that
/// stopped); anything else is not ours.
pub fn unparsed_branch_file(text: &str) -> BranchError {
    let cut = |kind, who| {
        BranchError::Shape(
            kind,
            format!("文件不完整（可能没有传完或被截断），请{who}重新导出。"),
        )
    };
    if text.contains(SUMMARY_FORMAT) {
        cut(BranchFile::Summary, "")
    } else if text.contains(MEMBER_FORMAT) {
        cut(BranchFile::List, "让本人")
    } else {
        BranchError::NotJson(BranchFile::List)
    }
}

fn checked<T: FromJson>(v: &Value, kind: BranchFile, newest: u32) -> Result<T, BranchError> {
    if branch_file_kind(v) != Some(kind) {
        return Err(BranchError::NotOurs(kind));
    }
    if let Some(n) = v.get("version").and_then(Value::as_u64) {
        if n > u64::from(newest) {
            return Err(BranchError::Newer(kind, n));
        }
    }
    T::read(v, At::ROOT).map_err(|e| BranchError::Shape(kind, e))
}

impl MemberList {
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// Reads a member's list from a parsed file.
    pub fn from_value(v: &Value) -> Result<MemberList, BranchError> {
        checked(v, BranchFile::List, MEMBER_VERSION)
    }

    pub fn from_json(json: &str) -> Result<MemberList, BranchError> {
        let v = parse(json).map_err(|_| unparsed_branch_file(json))?;
        MemberList::from_value(&v)
    }
}

impl Summary {
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// Reads a 汇总 from a parsed file.
    pub fn from_value(v: &Value) -> Result<Summary, BranchError> {
        checked(v, BranchFile::Summary, SUMMARY_VERSION)
    }

    pub fn from_json(json: &str) -> Result<Summary, BranchError> {
        let v = parse(json).map_err(|_| unparsed_branch_file(json))?;
        Summary::from_value(&v)
    }
}
