//! The backup file: every draft (or one) as versioned JSON, for moving work to
//! another computer or keeping it safe from a cleared browser.

use crate::branch::Summary;
use crate::civil::file_day;
use crate::draft::Draft;
use crate::library::TemplateLibrary;
use crate::naming::safe_file_part;
use crate::occasion::Occasion;
use crate::occasion_library::OccasionLibrary;
use crate::template::Template;

/// The `format` marker of a backup file.
pub const BACKUP_FORMAT: &str = "ziping-backup";
/// The backup format version this build writes. Version 2 carries the
/// department templates and imported occasions its drafts use; version 1
/// (drafts only) still imports.
pub const BACKUP_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    /// When it was exported, ms since the epoch.
    pub exported: i64,
    pub app_version: String,
    pub drafts: Vec<Draft>,
    /// Every department template version a draft in it uses (built-ins are
    /// in every copy of the app).
    pub templates: Vec<Template>,
    /// The imported occasions its drafts are written for.
    pub occasions: Vec<Occasion>,
    /// The 支部汇总 kept on this computer (a backup of every draft).
    pub branches: Vec<Summary>,
}

impl Backup {
    pub fn new(drafts: Vec<Draft>, exported: i64, app_version: &str) -> Backup {
        Backup {
            format: BACKUP_FORMAT.into(),
            version: BACKUP_VERSION,
            exported,
            app_version: app_version.into(),
            drafts,
            templates: Vec::new(),
            occasions: Vec::new(),
            branches: Vec::new(),
        }
    }

    /// The backup with what its drafts need from this computer: the
    /// department templates (each version used) and the imported occasions,
    /// so that it restores on a computer that has neither.
    pub fn carrying(mut self, library: &TemplateLibrary, occasions: &OccasionLibrary) -> Backup {
        for r in self.drafts.iter().flat_map(|d| &d.templates) {
            let needed = library.get(r).filter(|t| !library.is_builtin(&t.id));
            if let Some(t) = needed.filter(|t| !self.templates.contains(t)) {
                self.templates.push((**t).clone());
            }
        }
        for d in &self.drafts {
            let needed = occasions.imported().iter().find(|o| o.id == d.occasion);
            if let Some(o) = needed.filter(|o| !self.occasions.contains(o)) {
                self.occasions.push(o.clone());
            }
        }
        self
    }

    /// "从严治部自评备份-2026年度个人自评-20261124.json" (one draft) or
    /// "从严治部自评备份-全部3份-20261124.json".
    pub fn file_name(&self) -> String {
        let what = match self.drafts.as_slice() {
            [one] => safe_file_part(&one.name),
            all => format!("全部{}份", all.len()),
        };
        format!("从严治部自评备份-{what}-{}.json", file_day(self.exported))
    }
}

/// A week, in ms: how stale a backup may get before the person is reminded.
pub const BACKUP_REMINDER_MS: i64 = 7 * 24 * 3_600_000;

/// Whether to remind the person to export a backup: the latest change is
/// more than a week newer than the latest backup (or, with none, than the
/// oldest draft), and they have not dismissed the reminder in the last week.
pub fn backup_due(
    latest_change: i64,
    last_backup: Option<i64>,
    oldest_created: i64,
    dismissed: Option<i64>,
    now: i64,
) -> bool {
    let since = last_backup.unwrap_or(oldest_created);
    // Saturating: a hand-edited file's time may be any i64.
    let recently_dismissed = dismissed.is_some_and(|t| now.saturating_sub(t) < BACKUP_REMINDER_MS);
    latest_change.saturating_sub(since) > BACKUP_REMINDER_MS && !recently_dismissed
}

/// The 材料's file name as it is handed in: the person's name (else the
/// draft's) and the 材料's title, e.g. 李小雨-2026年度组织生活会个人对照检查材料.
/// The ledger (its title line: 2026年度个人整改台账) and the 相互批评 提纲
/// are named by the same rule, so a person's files sort together.
pub fn material_file_name(draft: &Draft, title: &str) -> String {
    let who = match draft.person.name.trim() {
        "" => draft.name.trim(),
        n => n,
    };
    safe_file_part(&format!("{who}-{title}"))
}
