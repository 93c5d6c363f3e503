//! One 支部汇总 (a branch and a year): the members' rows merged by problem
//! id, and the branch's own 确认销号 kept beside each row, apart from the
//! member's status.

use std::fmt;

use crate::civil::{chinese_date, CivilDate};
use crate::deadline::{Deadline, RowStatus};
use crate::ledger::LedgerHead;

use super::list::{MemberList, MemberProblem};

/// The `format` of a 汇总 exported on its own (and stored).
pub const SUMMARY_FORMAT: &str = "ziping-branch-summary";
/// The version this build writes; a newer one is refused.
pub const SUMMARY_VERSION: u32 = 1;

/// A 支部汇总.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    pub format: String,
    pub version: u32,
    /// Its id on this computer (the storage key's end).
    pub id: String,
    /// 支部名称, as the secretary types it.
    pub branch: String,
    /// 年度
    pub year: String,
    /// Last changed (ms since the epoch).
    pub modified: i64,
    /// The members, in the order their files came.
    pub members: Vec<Member>,
    /// 应交名单: who is to hand in a list, as the secretary typed them
    /// ([`parse_roster`](super::parse_roster)); empty when not given.
    pub roster: Vec<String>,
}

/// One member's rows, from their newest file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Member {
    /// The draft their files come from.
    pub draft: String,
    pub name: String,
    pub unit: String,
    /// When the file held was exported.
    pub exported: i64,
    pub rows: Vec<SummaryRow>,
}

/// One problem of a member, with the branch's 确认销号.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SummaryRow {
    pub problem: MemberProblem,
    /// No longer in the member's newest file: shown as removed, not
    /// counted.
    pub removed: bool,
    /// The branch's 确认销号; the member's own status never sets it.
    pub confirm: Option<Confirm>,
}

impl SummaryRow {
    /// Whether the branch may confirm it: only what the member reports
    /// 已完成 (a 长期坚持 row stays open), never a removed row.
    pub fn can_confirm(&self) -> bool {
        let p = &self.problem;
        !self.removed && p.status.effective(&Deadline::parse(&p.deadline)) == RowStatus::Done
    }
}

/// 确认销号: the day the branch closed the row, and an optional note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub date: CivilDate,
    pub note: String,
}

/// Why a member's file was not merged. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// Older than the file held for the same draft.
    Older { name: String, held: i64, file: i64 },
    /// Of another 年度 than the 汇总's.
    OtherYear {
        name: String,
        file: String,
        summary: String,
    },
}

impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MergeError::Older { name, held, file } => write!(
                f,
                "这是{}导出的旧清单，汇总中已有{name}{}导出的较新清单，未作改动。",
                moment(*file, *held),
                moment(*held, *file)
            ),
            MergeError::OtherYear {
                name,
                file,
                summary,
            } => {
                let (file, summary) = (year_digits(file), year_digits(summary));
                write!(
                    f,
                    "{name}的清单是{file}年度的，本汇总是{summary}年度的，未作改动。请在对应年度的汇总中导入；本汇总的年度填错了的，先在上方把“年度”改为{file}。"
                )
            }
        }
    }
}

/// 2027年1月15日8时5分, with the seconds (8时5分20秒) when `other` is in
/// the same minute (China Standard Time, as the app shows times).
fn moment(ms: i64, other: i64) -> String {
    let t = ms.saturating_add(8 * 3_600_000).rem_euclid(86_400_000) / 1000;
    let (h, m, s) = (t / 3600, t / 60 % 60, t % 60);
    match ms.div_euclid(60_000) == other.div_euclid(60_000) {
        true => format!("{}{h}时{m}分{s}秒", chinese_date(ms)),
        false => format!("{}{h}时{m}分", chinese_date(ms)),
    }
}

fn year_digits(y: &str) -> &str {
    y.trim().trim_end_matches('年')
}

/// A 年度 as typed for a 汇总 (2026, 2026年, 2026年度, ２０２６, 26) as the
/// members' files and the title hold it, 2026 (2026年度 made the title
/// ……2026年度年度……, 26 ……26年度……); other text as typed, trimmed.
pub fn typed_year(typed: &str) -> String {
    let t = typed.trim().trim_end_matches("年度").trim_end_matches('年');
    let digits: String = t.chars().map(crate::civil::half_width_digit).collect();
    match (digits.len(), digits.bytes().all(|b| b.is_ascii_digit())) {
        (2, true) => format!("20{digits}"),
        (4, true) => digits,
        _ => t.to_string(),
    }
}

/// What a merge did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeReport {
    /// The member was not in the 汇总 before.
    pub new_member: bool,
    /// It replaced the file of a member of the same name and unit from
    /// another draft: (their file's export time, this file's). Their rows
    /// are matched by 表现; the others stay as removed rows.
    pub replaced: Option<(i64, i64)>,
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    /// Rows the branch had confirmed that the member no longer reports
    /// 已完成: their 确认销号 withdrawn.
    pub reopened: usize,
}

impl MergeReport {
    /// The line the secretary is told, naming the member.
    pub fn message(&self, name: &str) -> String {
        if self.new_member {
            return format!("已导入{name}的问题清单，共 {} 项。", self.added);
        }
        let mut changes = String::new();
        for (what, n) in [
            ("新增", self.added),
            ("更新", self.updated),
            ("删除", self.removed),
        ] {
            if n > 0 {
                let comma = if changes.is_empty() { "" } else { "，" };
                changes += &format!("{comma}{what} {n} 项");
            }
        }
        if self.reopened > 0 {
            let lead = if changes.is_empty() { "" } else { "；其中 " };
            changes += &format!(
                "{lead}{} 项本人未报已完成，支部的确认销号已随之撤销，请复核",
                self.reopened
            );
        }
        if let Some((held, file)) = self.replaced {
            format!(
                "「{name}」已有一份（草稿不同，{}导出），已换用这份（{}导出）：{}。",
                moment(held, file),
                moment(file, held),
                if changes.is_empty() {
                    "内容相同"
                } else {
                    &changes
                }
            )
        } else if changes.is_empty() {
            format!("{name}的问题清单没有变化。")
        } else {
            format!("已更新{name}的问题清单：{changes}。")
        }
    }
}

impl Summary {
    /// A new, empty 汇总.
    pub fn new(id: &str, branch: &str, year: &str, now: i64) -> Summary {
        Summary {
            format: SUMMARY_FORMAT.to_string(),
            version: SUMMARY_VERSION,
            id: id.to_string(),
            branch: branch.trim().to_string(),
            year: year_digits(year).to_string(),
            modified: now,
            members: Vec::new(),
            roster: Vec::new(),
        }
    }

    /// 年度 as a number, if it reads as one.
    pub fn year_number(&self) -> Option<i32> {
        LedgerHead {
            year: self.year.clone(),
            ..LedgerHead::default()
        }
        .year_number()
    }

    /// The title and the members held, for a choice among 汇总 (two may
    /// have one title): 某某支部2026年度整改问题清单汇总（4人）.
    pub fn label(&self) -> String {
        format!("{}（{}人）", self.title(), self.members.len())
    }

    /// The title: 某某支部2026年度整改问题清单汇总.
    pub fn title(&self) -> String {
        let branch = self.branch.trim();
        let branch = if branch.is_empty() { "支部" } else { branch };
        match year_digits(&self.year) {
            "" => format!("{branch}整改问题清单汇总"),
            y => format!("{branch}{y}年度整改问题清单汇总"),
        }
    }

    /// Merges a member's list: a new member is added; a later file of a
    /// draft already here updates its rows by problem id (the branch's 确认
    /// 销号 stays), and rows it no longer has are marked removed; an older
    /// file, or one of another 年度, is refused and nothing changes. A file
    /// exported at the same time as the one held changes nothing.
    pub fn merge(&mut self, list: MemberList, now: i64) -> Result<MergeReport, MergeError> {
        let name = list.name.clone();
        let (file_year, own_year) = (year_digits(&list.year), year_digits(&self.year));
        if !file_year.is_empty() && !own_year.is_empty() && file_year != own_year {
            return Err(MergeError::OtherYear {
                name,
                file: file_year.to_string(),
                summary: own_year.to_string(),
            });
        }
        // The same draft, else the same person from another draft (a new
        // computer, a draft made again): a newer file replaces theirs.
        let same = |m: &Member| {
            m.draft == list.draft
                || !name.trim().is_empty()
                    && (m.name.trim(), m.unit.trim()) == (name.trim(), list.unit.trim())
        };
        let Some(i) = self.members.iter().position(same) else {
            if own_year.is_empty() {
                self.year = file_year.to_string();
            }
            let rows: Vec<SummaryRow> = list
                .problems
                .into_iter()
                .map(|problem| SummaryRow {
                    problem,
                    removed: false,
                    confirm: None,
                })
                .collect();
            let added = rows.len();
            self.members.push(Member {
                draft: list.draft,
                name: list.name,
                unit: list.unit,
                exported: list.exported,
                rows,
            });
            self.modified = now;
            return Ok(MergeReport {
                new_member: true,
                added,
                ..MergeReport::default()
            });
        };
        let member = &mut self.members[i];
        let other = member.draft != list.draft;
        if list.exported < member.exported || other && list.exported == member.exported {
            return Err(MergeError::Older {
                name,
                held: member.exported,
                file: list.exported,
            });
        }
        let mut report = MergeReport {
            replaced: other.then_some((member.exported, list.exported)),
            ..MergeReport::default()
        };
        if list.exported == member.exported {
            return Ok(report);
        }
        let mut old = std::mem::take(&mut member.rows);
        let mut rows = Vec::with_capacity(list.problems.len());
        for problem in list.problems {
            // Another draft's ids are its own: its rows are matched by 表现.
            let at = match other {
                true => old.iter().position(|r| r.problem.text == problem.text),
                false => old.iter().position(|r| r.problem.id == problem.id),
            };
            match at {
                Some(j) => {
                    let was = old.remove(j);
                    // Another draft's row is the same when all but its id is.
                    let same = MemberProblem {
                        id: was.problem.id.clone(),
                        ..problem.clone()
                    } == was.problem;
                    if !same || was.removed {
                        report.updated += 1;
                    }
                    let mut row = SummaryRow {
                        problem,
                        removed: false,
                        confirm: was.confirm,
                    };
                    // The branch closes only what the member reports done:
                    // a row reopened loses its 销号, and the secretary is told.
                    if row.confirm.is_some() && !row.can_confirm() {
                        row.confirm = None;
                        report.reopened += 1;
                    }
                    rows.push(row);
                }
                None => {
                    report.added += 1;
                    rows.push(SummaryRow {
                        problem,
                        removed: false,
                        confirm: None,
                    });
                }
            }
        }
        // Kept, with the branch's 确认销号, as removed rows.
        for mut r in old {
            if !r.removed {
                report.removed += 1;
            }
            if other {
                r.problem.id += "~";
            }
            r.removed = true;
            rows.push(r);
        }
        member.rows = rows;
        member.draft = list.draft;
        member.exported = list.exported;
        member.name = list.name;
        member.unit = list.unit;
        self.modified = now;
        Ok(report)
    }

    /// Takes a member and all their rows out of the 汇总 (the branch's
    /// 确认销号 with them); whether one was there.
    pub fn remove(&mut self, draft: &str, now: i64) -> bool {
        let before = self.members.len();
        self.members.retain(|m| m.draft != draft);
        let removed = self.members.len() != before;
        if removed {
            self.modified = now;
        }
        removed
    }

    /// 确认销号 of a member's row (`Some`), or its withdrawal (`None`);
    /// a new one only where [`SummaryRow::can_confirm`]. Whether anything
    /// changed.
    pub fn confirm(
        &mut self,
        draft: &str,
        problem: &str,
        confirm: Option<Confirm>,
        now: i64,
    ) -> bool {
        let row = self
            .members
            .iter_mut()
            .filter(|m| m.draft == draft)
            .flat_map(|m| m.rows.iter_mut())
            .find(|r| r.problem.id == problem);
        match row {
            Some(r)
                if r.confirm != confirm
                    && (confirm.is_none() || r.confirm.is_some() || r.can_confirm()) =>
            {
                r.confirm = confirm;
                self.modified = now;
                true
            }
            _ => false,
        }
    }
}
