//! Everything that can happen to the state.

use crate::storage::lock::Rekey;
use crate::storage::StorageError;
use ziping_core::{
    Angle, Attendance, CivilDate, Draft, DraftId, ImportError, ItemId, OnConflict, Person,
    Progress, Rating, RowStatus, TemplateId,
};

use super::{BranchAction, FileRead, Page};

/// A text field of an answer (problems are edited as [`Edit`]s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteField {
    Evidence,
}

/// A text field of a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemField {
    /// 判断: the problem in one short judgement.
    Judgement,
    /// 表现
    Text,
    Aspect,
    /// The measure's lead phrase.
    Lead,
    Measure,
    Deadline,
    Standard,
}

/// What the person does to the report text. Each carries the generated text
/// the person was shown (without the date, see `ziping_report::Report::undated_text`),
/// as the base an edit is compared with later.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportEdit {
    /// The person typed `text` over the generated `base`: the first edit
    /// records the base, later ones keep it.
    Edit { text: String, base: String },
    /// 恢复为自动生成的文本 / 采用新文本: back to following the generated text.
    Follow,
    /// 保留我的文本: the edit stays, now over the generated `base`.
    Keep { base: String },
    /// 撤销 after 恢复为自动生成的文本: the dropped edit comes back, while
    /// the same draft and occasion are open.
    Undo,
}

/// An edit of the 材料's inputs: the occasion, problems, 工作实绩, last
/// year's problems, aspects and veto facts (applied in `state::material`).
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    SetOccasion(String),
    SetNotice(String),
    SetShowGrade(bool),
    /// 自评等次 chosen by the member ("" clears).
    SetSelfGrade(String),
    /// The occasion's alternative order of parts (个人总结 by main duties).
    SetAltLayout(bool),
    /// 材料体检: a finding marked 忽略 (kept until its words change).
    Ignore(ziping_core::Ignored),
    /// 材料体检: every finding marked 忽略 shown again.
    RestoreIgnored,
    /// 材料体检: a finding's fix applied to the field it is on.
    ApplyFix {
        place: ziping_core::Place,
        fix: ziping_core::Fix,
    },
    /// 首次参加本支部组织生活会: no last year to report on.
    SetFirstTime(bool),
    /// 会前学习, as the person writes it (the opening's `{study}`).
    SetStudied(String),
    /// 表态, as the person writes it (the closing's `{pledge}`).
    SetPledge(String),
    /// The date the 材料 is signed with; `None` goes back to the default.
    SetMaterialDate(Option<CivilDate>),
    /// 会前谈心谈话 (人次) and 征求意见 (条), as typed ("" clears).
    SetPreparation {
        talks: Option<u32>,
        opinions_collected: Option<u32>,
    },
    AddOpinion,
    /// An opinion raised about the person and the response: 认领 as a
    /// problem (its id) or an explanation.
    SetOpinion {
        index: usize,
        text: String,
        problem: Option<String>,
        explanation: String,
    },
    RemoveOpinion(usize),
    AddCriticism,
    /// One criticism the person will raise (相互批评): whom, and what.
    SetCriticism {
        index: usize,
        to: String,
        text: String,
    },
    RemoveCriticism(usize),
    /// The person's judgement opening one angle of the 原因剖析.
    SetCauseHead {
        angle: Angle,
        text: String,
    },
    /// A new problem on an item (its aspect follows the item) or of the
    /// draft as a whole, with a first wording (empty, or a phrasing aid).
    AddProblem {
        item: Option<(TemplateId, ItemId)>,
        text: String,
    },
    SetProblem {
        id: String,
        field: ProblemField,
        value: String,
    },
    RemoveProblem(String),
    AddCause {
        problem: String,
        angle: Angle,
        text: String,
    },
    SetCause {
        problem: String,
        index: usize,
        angle: Angle,
        text: String,
    },
    RemoveCause {
        problem: String,
        index: usize,
    },
    /// Links a problem to last year's row it raises again (a 老问题), or
    /// unlinks it (`None`). Linking makes a row marked 已整改到位 正在整改.
    LinkRecurrence {
        problem: String,
        previous: Option<String>,
    },
    /// A measure wording inserted into a problem (appended if one is there).
    InsertMeasure {
        problem: String,
        text: String,
    },
    AddWork,
    SetWork(usize, String),
    RemoveWork(usize),
    AddPrevious,
    SetPrevious {
        index: usize,
        text: String,
        note: String,
        status: Progress,
    },
    RemovePrevious(usize),
    /// The 销号日期 of last year's row `index` (part 一 says 于……销号): a
    /// row carried with the wrong day is put right here, where the carried
    /// ledger row cannot be edited.
    SetPreviousClosed {
        index: usize,
        closed: String,
    },
    SetAspects(Vec<String>),
    SetFact(String, Option<bool>),
    /// “三会一课” held by the branch and attended, as typed ("" clears).
    SetMeetings(Attendance),
    /// 主题党日 held and attended.
    SetPartyDays(Attendance),
    /// 按时足额交纳党费: 是, 否, or not answered.
    SetDues(Option<bool>),
    /// 支部交办任务, in the member's words.
    SetTasks(String),
    /// 双报到 or volunteer service, in the member's words.
    SetService(String),
    /// Move the draft to the newest versions of its templates.
    UpgradeTemplates,
}

/// A text field of a ledger row (the problem's own text, measure, 时限 and
/// 完成标准 are edited as [`Edit::SetProblem`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerField {
    /// 责任人
    Owner,
    /// 整改进展
    Progress,
    /// 销号日期
    Closed,
    /// 备注
    Remark,
}

/// An edit of the ledger (applied in `state::ledger`).
#[derive(Debug, Clone, PartialEq)]
pub enum LedgerEdit {
    Set {
        id: String,
        field: LedgerField,
        value: String,
    },
    /// A new 状态; 已完成 fills an empty 销号日期 with the day.
    Status { id: String, status: RowStatus },
}

/// A field of the person's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Unit,
    Position,
    Joined,
    Year,
    Gender,
    Ethnicity,
    Born,
    Education,
    /// 政治面貌: one of `ziping_core::STANDINGS`, or "" (not chosen).
    Standing,
    InPost,
    /// 职级; "" follows the 职务 (`ziping_core::default_rank`).
    Rank,
    /// 试用期, a checkbox: "" is unchecked, anything else checked.
    Probation,
    /// 科室类型: one of `ziping_core::DEPT_KINDS`, or "" (not chosen).
    Dept,
}

/// How [`PersonField::Probation`] reads when checked.
const CHECKED: &str = "是";

impl PersonField {
    pub fn get(self, p: &Person) -> &str {
        match self.text(p) {
            Some(t) => t,
            None if p.probation => CHECKED,
            None => "",
        }
    }

    /// The text field, or `None` for the checkbox.
    fn text(self, p: &Person) -> Option<&String> {
        Some(match self {
            PersonField::Name => &p.name,
            PersonField::Unit => &p.unit,
            PersonField::Position => &p.position,
            PersonField::Joined => &p.joined,
            PersonField::Year => &p.year,
            PersonField::Gender => &p.gender,
            PersonField::Ethnicity => &p.ethnicity,
            PersonField::Born => &p.born,
            PersonField::Education => &p.education,
            PersonField::Standing => &p.standing,
            PersonField::InPost => &p.in_post,
            PersonField::Rank => &p.rank,
            PersonField::Dept => &p.dept,
            PersonField::Probation => return None,
        })
    }

    pub(super) fn set(self, p: &mut Person, value: String) {
        let field = match self {
            PersonField::Name => &mut p.name,
            PersonField::Unit => &mut p.unit,
            PersonField::Position => &mut p.position,
            PersonField::Joined => &mut p.joined,
            PersonField::Year => &mut p.year,
            PersonField::Gender => &mut p.gender,
            PersonField::Ethnicity => &mut p.ethnicity,
            PersonField::Born => &mut p.born,
            PersonField::Education => &mut p.education,
            PersonField::Standing => &mut p.standing,
            PersonField::InPost => &mut p.in_post,
            PersonField::Rank => &mut p.rank,
            PersonField::Dept => &mut p.dept,
            PersonField::Probation => {
                p.probation = !value.is_empty();
                return;
            }
        };
        *field = value;
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Rate {
        template: TemplateId,
        item: ItemId,
        rating: Rating,
    },
    SetNote {
        template: TemplateId,
        item: ItemId,
        field: NoteField,
        value: String,
    },
    SetPerson(PersonField, String),
    SetCause(String),
    /// An edit of the 材料's inputs.
    Material(Edit),
    /// An edit of a ledger row.
    Ledger(LedgerEdit),
    /// 结转到下一年度: a new draft carried from this one, opened.
    CarryOver(DraftId),
    /// The person's edit of the report text.
    Report(ReportEdit),
    Show(Page),
    ShowTab(usize),
    /// The draft the open one is compared with.
    CompareWith(DraftId),
    /// A new draft over the built-in templates (`None`) or one imported template.
    NewDraft(Option<TemplateId>),
    OpenDraft(DraftId),
    RenameDraft(DraftId, String),
    DuplicateDraft(DraftId),
    DeleteDraft(DraftId),
    UndoDelete,
    /// The person confirmed 清除本机数据: the storage effect clears the store
    /// and answers with `Cleared`.
    Clear,
    /// How the clear went: `Ok` starts over; `Err` changes nothing but the
    /// message.
    Cleared(Result<(), StorageError>),
    /// Another window wrote (`Some`) or removed (`None`) a draft.
    ExternalChange {
        id: DraftId,
        draft: Option<Box<Draft>>,
    },
    /// Resolve a conflict: keep this window's version, or take theirs.
    ResolveConflict {
        keep_mine: bool,
    },
    /// The autosave wrote `revision` (or failed); `Ok` carries the local time.
    Saved {
        revision: u64,
        result: Result<String, StorageError>,
    },
    SetFontScale(u16),
    /// 本机加密: lock after this many seconds without use.
    SetLockIdle(u32),
    /// 本机加密: set, change or remove the passphrase (the keys derived);
    /// the storage effect does it and answers with `Rekeyed`.
    Rekey(Rekey),
    /// How it went: `Ok` with how many values could not be read (kept).
    Rekeyed(Result<usize, StorageError>),
    /// A file was chosen or dropped: its bytes (or why they could not be
    /// read). It is checked here; nothing changes until ConfirmImport.
    ImportFile {
        file_name: String,
        content: Result<Vec<u8>, ImportError>,
    },
    /// Several files dropped at once: for the 支部汇总 (at once on its
    /// screen, else offered) when one of them is a branch file; else the
    /// first is imported as `ImportFile`.
    ImportFiles(Vec<FileRead>),
    /// An encrypted backup was chosen: it waits for its passphrase, then
    /// comes back opened as `ImportFile`.
    ImportSealed {
        file_name: String,
        text: String,
    },
    /// The next file is the backup chosen on the lock screen (忘记口令),
    /// read into the store just cleared: imported without asking (nothing
    /// can be overwritten), in place of the untouched fresh draft, opened.
    RestoreNext,
    SetOnConflict(OnConflict),
    ConfirmImport,
    CancelImport,
    DismissImportNotice,
    /// Every draft was exported as a backup.
    BackedUp,
    DismissBackupReminder,
    /// 支部汇总
    Branch(BranchAction),
}
