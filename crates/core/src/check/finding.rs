//! What a finding is: its check's fixed id, its weight, where it is, what it
//! says and the fix it offers.

use crate::draft::Ignored;
use crate::ids::{ItemId, TemplateId};

/// The checks, by their fixed ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CheckId {
    NoInstance,
    PraiseAsProblem,
    ObjectiveCause,
    NamesOthers,
    Colloquial,
    EmptyMeasure,
    DeadlineUnclear,
    DeadlineStandardMismatch,
    AidVerbatim,
    JunkEvidence,
    TooFewProblems,
    Length,
    Recurring,
    StatusContradiction,
    CauseRepeated,
    MissingAspect,
    DateYear,
    PreviousMerged,
    SensitiveAdmission,
    PraiseAsRecord,
    VagueStudy,
    TopGradeAttendance,
    Excuse,
    MissingPreparation,
    TopGradeUnsupported,
    PeriodEnded,
    TooManyProblems,
    OtherOccasion,
    Typo,
    AttendanceClaim,
}

impl CheckId {
    /// Every check, in the order of the table.
    pub const ALL: [CheckId; 30] = [
        CheckId::NoInstance,
        CheckId::PraiseAsProblem,
        CheckId::ObjectiveCause,
        CheckId::NamesOthers,
        CheckId::Colloquial,
        CheckId::EmptyMeasure,
        CheckId::DeadlineUnclear,
        CheckId::DeadlineStandardMismatch,
        CheckId::AidVerbatim,
        CheckId::JunkEvidence,
        CheckId::TooFewProblems,
        CheckId::Length,
        CheckId::Recurring,
        CheckId::StatusContradiction,
        CheckId::CauseRepeated,
        CheckId::MissingAspect,
        CheckId::DateYear,
        CheckId::PreviousMerged,
        CheckId::SensitiveAdmission,
        CheckId::PraiseAsRecord,
        CheckId::VagueStudy,
        CheckId::TopGradeAttendance,
        CheckId::Excuse,
        CheckId::MissingPreparation,
        CheckId::TopGradeUnsupported,
        CheckId::PeriodEnded,
        CheckId::TooManyProblems,
        CheckId::OtherOccasion,
        CheckId::Typo,
        CheckId::AttendanceClaim,
    ];

    /// The fixed id tests, the page (`data-check`) and 忽略 rely on.
    pub fn id(self) -> &'static str {
        match self {
            CheckId::NoInstance => "no-instance",
            CheckId::PraiseAsProblem => "praise-as-problem",
            CheckId::ObjectiveCause => "objective-cause",
            CheckId::NamesOthers => "names-others",
            CheckId::Colloquial => "colloquial",
            CheckId::EmptyMeasure => "empty-measure",
            CheckId::DeadlineUnclear => "deadline-unclear",
            CheckId::DeadlineStandardMismatch => "deadline-standard-mismatch",
            CheckId::AidVerbatim => "aid-verbatim",
            CheckId::JunkEvidence => "junk-evidence",
            CheckId::TooFewProblems => "too-few-problems",
            CheckId::Length => "length",
            CheckId::Recurring => "recurring",
            CheckId::StatusContradiction => "status-contradiction",
            CheckId::CauseRepeated => "cause-repeated",
            CheckId::MissingAspect => "missing-aspect",
            CheckId::DateYear => "date-year",
            CheckId::PreviousMerged => "previous-merged",
            CheckId::SensitiveAdmission => "sensitive-admission",
            CheckId::PraiseAsRecord => "praise-as-record",
            CheckId::VagueStudy => "vague-study",
            CheckId::TopGradeAttendance => "top-grade-attendance",
            CheckId::Excuse => "excuse",
            CheckId::MissingPreparation => "missing-preparation",
            CheckId::TopGradeUnsupported => "top-grade-unsupported",
            CheckId::PeriodEnded => "period-ended",
            CheckId::TooManyProblems => "too-many-problems",
            CheckId::OtherOccasion => "other-occasion",
            CheckId::Typo => "typo",
            CheckId::AttendanceClaim => "attendance-claim",
        }
    }

    pub fn from_id(id: &str) -> Option<CheckId> {
        CheckId::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// How much a finding weighs, heaviest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// 须修改: a reviewer would return the 材料.
    Must,
    /// 建议
    Should,
    /// 提示
    Note,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Must => "须修改",
            Severity::Should => "建议",
            Severity::Note => "提示",
        }
    }
}

/// A field of a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemField {
    /// 表现
    Text,
    /// 判断
    Judgement,
    /// One of its causes, by index.
    Cause(usize),
    /// 整改措施
    Measure,
    /// The measure's lead phrase.
    Lead,
    /// 整改时限
    Deadline,
    /// 完成标准
    Standard,
}

impl ProblemField {
    /// A stable name ("text", "cause-2" …), for keys.
    pub fn key(self) -> String {
        match self {
            ProblemField::Text => "text".into(),
            ProblemField::Judgement => "judgement".into(),
            ProblemField::Cause(n) => format!("cause-{n}"),
            ProblemField::Measure => "measure".into(),
            ProblemField::Lead => "lead".into(),
            ProblemField::Deadline => "deadline".into(),
            ProblemField::Standard => "standard".into(),
        }
    }
}

/// Where a finding is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// A field of the problem with this id.
    Problem { id: String, field: ProblemField },
    /// An item's 具体事例.
    Evidence { template: TemplateId, item: ItemId },
    /// A 工作实绩 line, by index.
    Work(usize),
    /// One of last year's rows, by id.
    Previous(String),
    /// The explanation given for an opinion raised, by the opinion's id.
    Opinion(String),
    /// A detail of the person or the draft ("material_date").
    Person(&'static str),
    /// The 材料 as a whole.
    Material,
}

impl Place {
    /// A stable key ("problem:p1:text", "evidence:wuxiang-gongzuo:w1-xuexi"
    /// …), for 忽略 and for tests.
    pub fn key(&self) -> String {
        match self {
            Place::Problem { id, field } => format!("problem:{id}:{}", field.key()),
            Place::Evidence { template, item } => format!("evidence:{template}:{item}"),
            Place::Work(n) => format!("work:{n}"),
            Place::Previous(id) => format!("previous:{id}"),
            Place::Opinion(id) => format!("opinion:{id}"),
            Place::Person(field) => format!("person:{field}"),
            Place::Material => "material".into(),
        }
    }
}

/// A replacement applied in one click: `from` in the field becomes `to`
/// (the whole field when `from` is all of it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fix {
    pub from: String,
    pub to: String,
}

/// One thing a reviewer would say.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Finding {
    pub check: CheckId,
    pub severity: Severity,
    pub place: Place,
    /// What is wrong, and a short example of how a good one reads.
    pub message: String,
    /// The words matched: 忽略 is keyed by check, place and these, so the
    /// finding returns when they change.
    pub matched: String,
    pub fix: Option<Fix>,
}

impl Finding {
    /// What 忽略 keeps of this finding in the draft.
    pub fn ignore_key(&self) -> Ignored {
        Ignored {
            check: self.check.id().to_string(),
            place: self.place.key(),
            words: self.matched.clone(),
        }
    }

    /// Whether the person marked it 忽略: the same check at the same place
    /// on the same words (other words there bring it back).
    pub fn ignored_in(&self, ignored: &[Ignored]) -> bool {
        is_ignored(ignored, self.check, &self.place, &self.matched)
    }

    pub(crate) fn new(
        check: CheckId,
        severity: Severity,
        place: Place,
        matched: impl Into<String>,
    ) -> Self {
        Finding {
            check,
            severity,
            place,
            message: String::new(),
            matched: matched.into(),
            fix: None,
        }
    }

    pub(crate) fn says(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    pub(crate) fn fix(mut self, from: impl Into<String>, to: impl Into<String>) -> Self {
        self.fix = Some(Fix {
            from: from.into(),
            to: to.into(),
        });
        self
    }
}

/// Whether `check` at `place` on `words` is marked 忽略 in `ignored` (what
/// a finding of it would say: [`Finding::ignored_in`]).
pub(crate) fn is_ignored(ignored: &[Ignored], check: CheckId, place: &Place, words: &str) -> bool {
    let place = place.key();
    ignored
        .iter()
        .any(|i| i.check == check.id() && i.place == place && i.words == words)
}
