//! The draft: one self-assessment with the person's details, the answers keyed
//! by stable item ids, the occasion its 材料 is written for, the problems with
//! their causes and measures, the year's 工作实绩, last year's problems and any
//! edits to the drafted text.
//!
//! Schema 3 adds the ledger (整改台账): each problem's 责任人, 整改进展, 状态,
//! 销号日期, 备注 and the day it was written down, and the id of the draft a
//! draft was carried from (结转到下一年度).
//!
//! Schema 4 adds, empty when missing, 首次参加, the meeting's preparation
//! and opinions, the 相互批评 list and the date the 材料 is signed with.
//!
//! Drafts are stored and exported as JSON carrying [`DRAFT_SCHEMA`]
//! (`codec::draft`); older schemas are migrated on read (`migrate`), newer
//! ones are refused (never overwritten).

use std::collections::BTreeMap;
use std::fmt;

use crate::civil::CivilDate;
use crate::ids::{next_id, DraftId, ItemId, TemplateId};
use crate::problem::{Angle, CauseHead, ItemLink, PreviousProblem, Problem, DEFAULT_ASPECTS};
use crate::template::{Effect, Fact, Item, Template, TemplateRef, NOT_APPLICABLE};

/// The draft schema this build writes. Bump it with a migration in
/// `migrate` and a fixture under `tests/fixtures/`.
pub const DRAFT_SCHEMA: u32 = 5;

/// The occasion a new draft is written for.
pub const DEFAULT_OCCASION: &str = "zuzhi-shenghuohui";

/// The person's details printed at the head of the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// 姓名
    pub name: String,
    /// 单位
    pub unit: String,
    /// 职务
    pub position: String,
    /// 入党时间, as the person writes it ("2015年7月"): 民主评议's 基本情况.
    pub joined: String,
    /// 年度, e.g. "2026"
    pub year: String,
    /// 性别
    pub gender: String,
    /// 民族
    pub ethnicity: String,
    /// 出生年月, as written ("1990.3"; printed by [`month_text`]).
    ///
    /// [`month_text`]: crate::month_text
    pub born: String,
    /// 学历
    pub education: String,
    /// 政治面貌: [`PARTY_MEMBER`], [`PROBATIONARY_MEMBER`], or empty (not chosen).
    pub standing: String,
    /// 任现职时间, as written.
    pub in_post: String,
    /// 职级 (科员 / 副科长 / 科长 …); empty: [`default_rank`] of the 职务.
    pub rank: String,
    /// 试用期: a new recruit in the probation period.
    pub probation: bool,
    /// 科室类型 (one of `DEPT_KINDS`, or empty): which phrasing aids fit
    /// first.
    pub dept: String,
}

/// 政治面貌: a full Party member.
pub const PARTY_MEMBER: &str = "中共党员";
/// 政治面貌: a probationary Party member, who is given no 等次 (民主评议).
pub const PROBATIONARY_MEMBER: &str = "中共预备党员";
/// The choices of 政治面貌, in the select's order.
pub const STANDINGS: [&str; 2] = [PARTY_MEMBER, PROBATIONARY_MEMBER];
/// The choices of 职级, lowest first.
pub const RANKS: [&str; 5] = ["科员", "副科长", "科长", "副处长", "处长"];

/// The 职级 a 职务 implies ("干部一科四级主任科员" → 科员, "副科长" → 副科长),
/// or `None` when it names none of [`RANKS`].
pub fn default_rank(position: &str) -> Option<&'static str> {
    // The deputy's title contains the chief's: look for it first.
    const BY_TITLE: [(&str, &str); 5] = [
        ("副处长", "副处长"),
        ("处长", "处长"),
        ("副科长", "副科长"),
        ("科长", "科长"),
        ("科员", "科员"),
    ];
    BY_TITLE
        .iter()
        .find(|(title, _)| position.contains(title))
        .map(|&(_, rank)| rank)
}

/// Whose guidance a 个人总结 thanks, by 职级: a 科员 the 部领导 and the
/// 科室's leaders, a 副科长 the 部领导 and the 科长, a 科长 and above the
/// 部领导 only (they lead the 科室 themselves). With no 职级, an office's
/// 主任 (not a 副主任, nor a 主任科员) leads it too.
pub fn thanks_for(person: &Person) -> &'static str {
    match person.rank().trim() {
        "副科长" => "部领导和科长",
        "科长" | "副处长" | "处长" => "部领导",
        "" if person.position.contains("主任") && !person.position.contains("副主任") => {
            "部领导"
        }
        _ => "部领导和科室负责同志",
    }
}

impl Person {
    /// A 中共预备党员: takes part in 民主评议 but is given no 等次.
    pub fn is_probationary(&self) -> bool {
        self.standing.trim() == PROBATIONARY_MEMBER
    }

    /// The 职级 as chosen, else as the 职务 implies ("" when neither says).
    pub fn rank(&self) -> &str {
        match self.rank.trim() {
            "" => default_rank(&self.position).unwrap_or(""),
            r => r,
        }
    }
}

/// A rating: a level of the template's scale, or 不适用.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Rating {
    Level(String),
    NotApplicable,
}

impl Rating {
    pub fn parse(s: &str) -> Rating {
        if s == NOT_APPLICABLE {
            Rating::NotApplicable
        } else {
            Rating::Level(s.to_string())
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Rating::Level(id) => id,
            Rating::NotApplicable => NOT_APPLICABLE,
        }
    }
}

/// What the person said about one item: the rating and the 具体事例. Problems
/// found under the item are [`Problem`]s of the draft, linked to it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Answer {
    pub rating: Option<Rating>,
    /// 具体事例 / 佐证
    pub evidence: String,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
}

/// One self-assessment. (`Default` is an empty value for the reader to
/// fill, not a usable draft: see `Draft::new`.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub schema: u32,
    pub id: DraftId,
    pub name: String,
    /// Milliseconds since the Unix epoch.
    pub created: i64,
    pub modified: i64,
    pub person: Person,
    /// The templates this draft covers, as they were when it was made.
    pub templates: Vec<TemplateRef>,
    /// Answers by template id, then by item id. An item that shares another
    /// template's statement is answered under that item (see [`Item::shares`]).
    pub answers: BTreeMap<TemplateId, BTreeMap<ItemId, Answer>>,
    /// A general 原因剖析 without an angle (kept from schema 1).
    pub cause: String,
    /// The person's edited report text; `None` means "use the generated text".
    pub report_edit: Option<String>,
    /// The generated text `report_edit` was made from (set by the first edit,
    /// moved on by [`Draft::keep_report_edit`]), to tell the person when the
    /// generated text has changed since. `None` with an edit: an edit saved
    /// before it was kept, with nothing to compare.
    pub report_base: Option<String>,
    /// The occasion `report_edit` was written for (the open occasion's, see
    /// [`Draft::switch_occasion`]); empty without an edit.
    pub report_occasion: String,
    /// The hand-edited 材料 of the other occasions, kept while another one
    /// is chosen and back when it is chosen again.
    pub report_others: Vec<OccasionEdit>,
    /// The id of the occasion the 材料 is written for.
    pub occasion: String,
    /// What the 材料 answers (the notice, e.g. 关于召开2026年度组织生活会的通知).
    pub notice: String,
    /// Problems on items (whatever their rating) and of the draft as a whole.
    pub problems: Vec<Problem>,
    /// 工作实绩: the year's main work, with figures.
    pub work: Vec<String>,
    /// The previous year's problems and what became of them.
    pub previous: Vec<PreviousProblem>,
    /// The aspects problems are reported under; the five tasks by default.
    pub aspects: Vec<String>,
    /// Answers to the templates' yes/no veto facts.
    pub facts: FactAnswers,
    /// Name the 参考等次 in the text where the occasion leaves it to the
    /// person (年度考核: off by default).
    pub show_grade: bool,
    /// The draft this one was carried from (结转到下一年度).
    pub carried_from: Option<DraftId>,
    /// 首次参加本支部组织生活会: there is no last year to report on.
    pub first_time: bool,
    /// 会前谈心谈话, in 人次.
    pub talks: Option<u32>,
    /// 会前征求意见, in 条 (all collected, not only those about the person).
    pub opinions_collected: Option<u32>,
    /// The opinions raised about the person, each with their response.
    pub opinions: Vec<Opinion>,
    /// The judgement opening each angle of the 原因剖析, where the person
    /// wrote one.
    pub cause_heads: Vec<CauseHead>,
    /// 相互批评: the criticisms the person will raise at the meeting. Their
    /// own speaking list: never in the 材料 or the ledger, kept in backups.
    pub criticisms: Vec<Criticism>,
    /// 会前学习: what the person studied for the meeting, in their words
    /// (an opening's `{study}`).
    pub studied: String,
    /// 表态: what the person will do from now on, in their words (a
    /// closing's `{pledge}`).
    pub pledge: String,
    /// The date the 材料 is signed with (落款日期), set by the person; `None`:
    /// a default from the occasion and the 年度 (`material_date`). 时限
    /// such as 立行立改 count from it.
    pub material_date: Option<CivilDate>,
    /// 自评等次 chosen by the member (民主评议: 优秀 / 合格 / 基本合格 /
    /// 不合格); empty: not chosen. The computed grade is only a hint.
    pub self_grade: String,
    /// 材料体检 findings the person marked 忽略, each by its check, its
    /// place and the words it matched: one returns when those words change.
    pub ignored: Vec<Ignored>,
    /// The 材料 follows the occasion's alternative order of parts (a
    /// 个人总结 by main duties instead of by 德、能、勤、绩、廉).
    pub alt_layout: bool,
    /// A Party member's own facts of the year (民主评议): 组织生活
    /// attendance, 党费, 交办任务, 双报到. Empty: none given.
    pub member: MemberFacts,
    /// The screens the person has opened for this draft (the path ticks
    /// 材料 and 台账 once they are seen, not once their inputs are there).
    pub seen: Vec<Seen>,
}

/// A screen of the path the person has opened for a draft ([`Draft::seen`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// 结果与报告, where the 材料 is.
    Material,
    /// 整改台账.
    Ledger,
}

/// A count as typed in a number field (谈心谈话 人次, 征求意见 条, meetings
/// held and attended): its digits, full-width ones too ("１２人次" → 12);
/// none said in words is 0 (无, 没有, 零, 暂无: a person answering the
/// question, not leaving it blank); none when nothing is given.
pub fn read_count(typed: &str) -> Option<u32> {
    let digits: String = typed
        .chars()
        .map(crate::civil::half_width_digit)
        .filter(char::is_ascii_digit)
        .collect();
    match typed.trim() {
        "无" | "没有" | "零" | "暂无" if digits.is_empty() => Some(0),
        _ => digits.parse().ok(),
    }
}

/// The times a member attended, as typed (a count, [`read_count`]), where
/// "every time" said in words (都参加了, 全部参加，没有缺席, 全勤) is as many
/// as were `held`; words with a miss or a hedge anywhere (都没参加, 全年一次都
/// 没参加, 除两次外都参加了, 基本都参加了, 全部请假) are no count.
pub fn read_attended(typed: &str, held: Option<u32>) -> Option<u32> {
    read_count(typed).or_else(|| {
        let t = typed.replace("没有缺席", "");
        let all = t.contains(['都', '全'])
            && !t.contains([
                '没', '未', '不', '缺', '假', '除', '基', '大', '几', '差', '少',
            ]);
        held.filter(|_| all)
    })
}

/// What the branch reports of each member (民主评议党员), as the member
/// gives it: the parts whose dimensions name them tell them in sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberFacts {
    /// “三会一课”: held by the branch, attended by the member.
    pub meetings: Attendance,
    /// 主题党日: held, attended.
    pub party_days: Attendance,
    /// 按时足额交纳党费: `None` not answered.
    pub dues: Option<bool>,
    /// 支部交办任务 and how they were done, in the member's words.
    pub tasks: String,
    /// 双报到 or volunteer service, in the member's words.
    pub service: String,
}

impl MemberFacts {
    /// Nothing given (the draft's file then leaves them out).
    pub fn is_empty(&self) -> bool {
        *self == MemberFacts::default()
    }
}

/// How many times something was held and how many of them the member
/// attended; `None`: not given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attendance {
    pub held: Option<u32>,
    pub attended: Option<u32>,
}

impl Attendance {
    pub fn is_empty(&self) -> bool {
        self.held.is_none() && self.attended.is_none()
    }
}

/// The hand-edited 材料 of an occasion not chosen now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct OccasionEdit {
    /// The occasion's id.
    pub occasion: String,
    pub text: String,
    /// The generated text it was made from ([`Draft::report_base`]).
    pub base: Option<String>,
}

/// A 材料体检 finding marked 忽略.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Ignored {
    /// The check's fixed id (no-instance …).
    pub check: String,
    /// Where it was (`Place::key`: problem:p1:text …).
    pub place: String,
    /// The words it matched.
    pub words: String,
}

/// One criticism the person will raise of a fellow member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Criticism {
    /// Whom it is for (a name; optional).
    pub to: String,
    pub text: String,
}

/// An opinion raised about the person before the meeting, and what they
/// did with it: 认领 (taken up as one of their problems) or explained.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Opinion {
    pub id: String,
    /// The opinion as it was raised.
    pub text: String,
    /// 认领: the id of the problem it is rectified as.
    pub problem: Option<String>,
    /// 说明: why it is not taken up as a problem (or how it stands).
    pub explanation: String,
}

/// The answers to the veto facts, one per fact, in the order given (an
/// answer given again moves to the end).
#[derive(Debug, Clone, Default, Eq)]
pub struct FactAnswers {
    pub(crate) entries: Vec<FactAnswer>,
}

/// A veto fact, answered 是 (`true`) or 否.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactAnswer {
    pub fact: String,
    pub answer: bool,
}

impl FactAnswers {
    pub fn get(&self, id: &str) -> Option<bool> {
        // 是 wins over 否 should a file name a fact under both.
        let mut found = None;
        for f in self.entries.iter().filter(|f| f.fact == id) {
            if f.answer {
                return Some(true);
            }
            found = Some(false);
        }
        found
    }

    pub fn insert(&mut self, id: impl Into<String>, answer: bool) {
        let fact = id.into();
        self.remove(&fact);
        self.entries.push(FactAnswer { fact, answer });
    }

    pub fn remove(&mut self, id: &str) {
        self.entries.retain(|f| f.fact != id);
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The facts answered `answer`, in the order given.
    pub fn answered(&self, answer: bool) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .filter(move |f| f.answer == answer)
            .map(|f| f.fact.as_str())
    }
}

/// Equal when the same facts are answered 是 and 否, each in the same order:
/// what is stored (`{"yes": […], "no": […]}`), whatever the order between
/// a 是 and a 否.
impl PartialEq for FactAnswers {
    fn eq(&self, other: &Self) -> bool {
        [true, false]
            .into_iter()
            .all(|a| self.answered(a).eq(other.answered(a)))
    }
}

/// The 年度 a new draft assesses on `now` (ms since the epoch, the day in
/// UTC+8): the year whose 组织生活会 and 年度考核 come next. They are held
/// from December of year N to February of N+1, so January to June assess
/// the year before, July to December this year. A stored draft keeps the
/// 年度 it has (empty or not).
pub fn assessed_year(now: i64) -> String {
    assessed(now).to_string()
}

fn assessed(now: i64) -> i32 {
    let d = CivilDate::from_epoch_ms(now);
    if d.month <= 6 {
        d.year - 1
    } else {
        d.year
    }
}

/// The year a problem written at `written` (ms; 0 for one of an older
/// draft: `now`) is put right in: the year after the one being assessed
/// then (a problem of 2026年度, written in December or the January after,
/// by 2027年3月底前). The 整改时限's example is dated by it.
pub fn rectify_year(written: i64, now: i64) -> i32 {
    assessed(if written > 0 { written } else { now }) + 1
}

/// The occasion of a new draft, and of one whose file names none.
pub(crate) fn default_occasion() -> String {
    DEFAULT_OCCASION.to_string()
}

/// The five tasks, as a draft's aspects.
pub fn default_aspects() -> Vec<String> {
    DEFAULT_ASPECTS.iter().map(|a| a.to_string()).collect()
}

/// Why stored or imported draft data cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    NotJson(String),
    NotADraft,
    NewerSchema(u64),
    Shape(String),
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::NotJson(e) => write!(f, "数据不是有效的 JSON：{e}"),
            DraftError::NotADraft => write!(f, "这不是自评草稿数据：缺少 \"schema\" 和 \"id\"。"),
            DraftError::NewerSchema(v) => write!(
                f,
                "这份草稿由更新版本的自评程序保存（数据版本 {v}，本程序只认识到版本 {DRAFT_SCHEMA}）。请使用新版本的程序打开，本程序不会改动它。"
            ),
            DraftError::Shape(e) => write!(f, "草稿数据结构不正确：{e}"),
        }
    }
}

impl std::error::Error for DraftError {}

impl Draft {
    /// Made and never changed since, with nothing rated or written in it:
    /// the fresh draft a first start makes, which a backup brought in over
    /// it takes the place of. A copy made by 复制 is also never changed
    /// since it was made, but holds what it copied (details, 工作实绩,
    /// member facts …): not untouched.
    pub fn is_untouched(&self) -> bool {
        let person = Person {
            year: self.person.year.clone(),
            ..Person::default()
        };
        self.modified == self.created
            && self.answers.is_empty()
            && self.problems.is_empty()
            && self.previous.is_empty()
            && self.person == person
            && self.work.is_empty()
            && self.member.is_empty()
            && self.report_edit.is_none()
            && self.report_others.is_empty()
            && [
                &self.cause,
                &self.notice,
                &self.studied,
                &self.pledge,
                &self.self_grade,
            ]
            .iter()
            .all(|t| t.is_empty())
            && self.talks.is_none()
            && self.opinions_collected.is_none()
            && self.opinions.is_empty()
            && self.cause_heads.is_empty()
            && self.criticisms.is_empty()
            && self.facts == FactAnswers::default()
    }

    /// Equal but for the screens seen ([`Draft::seen`]): two windows that
    /// only looked at different screens hold no conflict.
    pub fn same_apart_from_seen(&self, other: &Draft) -> bool {
        if self.seen == other.seen {
            return self == other;
        }
        let mut a = self.clone();
        a.seen.clone_from(&other.seen);
        a == *other
    }

    /// Notes that the person opened `screen` (once).
    pub fn mark_seen(&mut self, screen: Seen) {
        if !self.seen.contains(&screen) {
            self.seen.push(screen);
        }
    }

    /// A new, empty draft covering the given templates.
    pub fn new(
        id: impl Into<DraftId>,
        name: impl Into<String>,
        now: i64,
        templates: &[Template],
    ) -> Draft {
        Draft {
            schema: DRAFT_SCHEMA,
            id: id.into(),
            name: name.into(),
            created: now,
            modified: now,
            person: Person::default(),
            templates: templates.iter().map(Template::reference).collect(),
            answers: BTreeMap::new(),
            cause: String::new(),
            report_edit: None,
            report_base: None,
            report_occasion: String::new(),
            report_others: Vec::new(),
            occasion: default_occasion(),
            notice: String::new(),
            problems: Vec::new(),
            work: Vec::new(),
            previous: Vec::new(),
            aspects: default_aspects(),
            facts: FactAnswers::default(),
            show_grade: false,
            carried_from: None,
            first_time: false,
            talks: None,
            opinions_collected: None,
            opinions: Vec::new(),
            cause_heads: Vec::new(),
            criticisms: Vec::new(),
            studied: String::new(),
            pledge: String::new(),
            material_date: None,
            self_grade: String::new(),
            ignored: Vec::new(),
            alt_layout: false,
            member: MemberFacts::default(),
            seen: Vec::new(),
        }
    }

    /// The angles of the 原因剖析, in GENRE order: those a cause of a problem
    /// written down points to, and 理想信念 first when no 思想根源 (理想信念
    /// or 党性修养) is among them. The 材料 and the judgement fields both
    /// follow it.
    pub fn cause_angles(&self) -> Vec<Angle> {
        let used = |a: Angle| {
            let live = self.problems.iter().filter(|p| !p.is_blank());
            live.flat_map(|p| &p.causes).any(|c| c.angle == Some(a))
        };
        let mut out: Vec<Angle> = Angle::ALL.into_iter().filter(|a| used(*a)).collect();
        if !out.iter().any(|a| a.is_root()) {
            out.insert(0, Angle::Lixiang);
        }
        out
    }

    /// The person's judgement opening `angle` of the 原因剖析, if any.
    pub fn cause_head(&self, angle: Angle) -> Option<&str> {
        let head = self.cause_heads.iter().find(|h| h.angle == Some(angle))?;
        Some(head.text.trim()).filter(|t| !t.is_empty())
    }

    /// The person edits the report to `text`, over the generated `base` they
    /// were shown: the first edit records the base, later ones keep it.
    pub fn edit_report(&mut self, text: String, base: String) {
        if self.report_edit.is_none() {
            self.report_base = Some(base);
        }
        self.report_edit = Some(text);
        self.report_occasion = self.occasion.clone();
    }

    /// Drops the edit: the report follows the generated text again.
    pub fn follow_report(&mut self) {
        self.report_edit = None;
        self.report_base = None;
        self.report_occasion.clear();
    }

    /// Puts back an edit [`Draft::follow_report`] dropped (撤销): `text`
    /// over `base`, for the occasion open now.
    pub fn restore_report(&mut self, text: String, base: Option<String>) {
        self.report_edit = Some(text);
        self.report_base = base;
        self.report_occasion = self.occasion.clone();
    }

    /// Puts an edit written for another occasion than the open one (a
    /// draft saved before each occasion kept its own) aside under it.
    /// Renames the occasion `from` to `to` wherever the draft names it: the
    /// occasion it is written for and those its hand-edited 材料 were
    /// written for (an import that keeps an incoming occasion beside this
    /// computer's own renames it).
    pub fn rename_occasion(&mut self, from: &str, to: &str) {
        for id in [&mut self.occasion, &mut self.report_occasion] {
            if id == from {
                *id = to.to_string();
            }
        }
        for e in &mut self.report_others {
            if e.occasion == from {
                e.occasion = to.to_string();
            }
        }
    }

    pub fn settle_report_occasion(&mut self) {
        if self.report_occasion.is_empty() || self.report_occasion == self.occasion {
            return;
        }
        let open = std::mem::replace(&mut self.occasion, self.report_occasion.clone());
        self.switch_occasion(open);
    }

    /// Chooses the occasion `id`: the open occasion's hand-edited 材料 is
    /// put aside under it, and `id`'s own edit, if it has one, comes back.
    /// The open 材料 never shows another occasion's text.
    pub fn switch_occasion(&mut self, id: String) {
        if id == self.occasion {
            return;
        }
        if let Some(text) = self.report_edit.take() {
            self.report_occasion.clear();
            let occasion = self.occasion.clone();
            self.report_others.retain(|e| e.occasion != occasion);
            self.report_others.push(OccasionEdit {
                occasion,
                text,
                base: self.report_base.take(),
            });
        }
        self.report_base = None;
        self.report_occasion.clear();
        if let Some(i) = self.report_others.iter().position(|e| e.occasion == id) {
            let own = self.report_others.remove(i);
            self.report_edit = Some(own.text);
            self.report_base = own.base;
            self.report_occasion = id.clone();
        }
        self.occasion = id;
    }

    /// Keeps the edit as it is, now over the generated `base` (保留我的文本).
    /// Without an edit there is nothing to keep.
    pub fn keep_report_edit(&mut self, base: String) {
        if self.report_edit.is_some() {
            self.report_base = Some(base);
        }
    }

    /// The base of the person's edit when the generated text has moved on
    /// from it; `None` without an edit, without a base, or when unchanged.
    pub fn report_base_outdated(&self, generated: &str) -> Option<&str> {
        self.report_edit.as_ref()?;
        self.report_base.as_deref().filter(|b| *b != generated)
    }

    pub fn answer(&self, template_id: &str, item_id: &str) -> Option<&Answer> {
        self.answers.get(template_id)?.get(item_id)
    }

    /// The answer to edit, created empty if missing.
    pub fn answer_mut(&mut self, template_id: &str, item_id: &str) -> &mut Answer {
        self.answers
            .entry(TemplateId::from(template_id))
            .or_default()
            .entry(ItemId::from(item_id))
            .or_default()
    }

    pub fn covers(&self, template_id: &str) -> bool {
        self.templates.iter().any(|t| t.id == template_id)
    }

    /// The answer that counts for `item` of `t`: its own, or that of the
    /// statement it shares.
    pub fn answer_for(&self, t: &Template, item: &Item) -> Option<&Answer> {
        let (template, id) = t.answer_key(item);
        self.answer(template, id)
    }

    /// The answer to edit for `item` of `t` (the shared one where it shares).
    pub fn answer_for_mut(&mut self, t: &Template, item: &Item) -> &mut Answer {
        let (template, id) = t.answer_key(item);
        let (template, id) = (template.to_string(), id.to_string());
        self.answer_mut(&template, &id)
    }

    /// Gives every problem without an id, or with one an earlier problem
    /// has, a fresh id: ids are unique within a draft (the ledger, edits and
    /// keyed lists find a problem by it). Returns how many were given.
    pub fn repair_problem_ids(&mut self) -> usize {
        let mut repaired = 0;
        for i in 0..self.problems.len() {
            let id = &self.problems[i].id;
            if id.is_empty() || self.problems[..i].iter().any(|p| &p.id == id) {
                self.problems[i].id = self.next_problem_id();
                repaired += 1;
            }
        }
        repaired
    }

    /// Points the draft at template `to` where it used `from` (an import kept
    /// that template beside one of the same id here): its reference, its
    /// answers and its problems' items.
    pub fn rename_template(&mut self, from: &TemplateRef, to: &TemplateId) {
        let Some(r) = self.templates.iter_mut().find(|r| *r == from) else {
            return;
        };
        r.id = to.clone();
        if let Some(answers) = self.answers.remove(&from.id) {
            self.answers.insert(to.clone(), answers);
        }
        let rows = self.previous.iter_mut().filter_map(|q| q.row.as_mut());
        for p in self.problems.iter_mut().chain(rows) {
            if let Some(link) = p.item.as_mut().filter(|l| l.template == from.id) {
                link.template = to.clone();
            }
        }
    }

    /// A fresh problem id: "p" and one more than the highest in use.
    pub fn next_problem_id(&self) -> String {
        next_id('p', self.problems.iter().map(|p| p.id.as_str()))
    }

    /// A fresh id for one of last year's rows ("q1" …); problems link to them.
    pub fn next_previous_id(&self) -> String {
        next_id('q', self.previous.iter().map(|q| q.id.as_str()))
    }

    /// A fresh id for an opinion ("o1" …).
    pub fn next_opinion_id(&self) -> String {
        next_id('o', self.opinions.iter().map(|o| o.id.as_str()))
    }

    /// Adds an empty problem (on `item`, or of the draft as a whole) and
    /// returns its id.
    pub fn add_problem(&mut self, item: Option<ItemLink>, aspect: &str) -> String {
        let id = self.next_problem_id();
        self.problems.push(Problem {
            id: id.clone(),
            item,
            aspect: aspect.to_string(),
            ..Problem::default()
        });
        id
    }

    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.id == id)
    }

    /// The problem an opinion is taken up as (认领): one that is still there
    /// and says what it is; a claim of one since removed or emptied is none,
    /// and the opinion is answered by its explanation. One rule for the 材料,
    /// the 体检 and the form.
    pub fn claimed(&self, o: &Opinion) -> Option<&Problem> {
        let p = self.problem(o.problem.as_deref()?)?;
        (!p.headline().is_empty()).then_some(p)
    }

    pub fn problem_mut(&mut self, id: &str) -> Option<&mut Problem> {
        self.problems.iter_mut().find(|p| p.id == id)
    }

    /// The problems found under one item, in the order they were added.
    pub fn problems_on<'a>(
        &'a self,
        template: &'a str,
        item: &'a str,
    ) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems.iter().filter(move |p| {
            p.item
                .as_ref()
                .is_some_and(|l| l.template == template && l.item == item)
        })
    }

    /// The answer to a yes/no veto fact, if given.
    pub fn fact(&self, id: &str) -> Option<bool> {
        self.facts.get(id)
    }

    /// Whether this draft is asked the fact `f`: its occasion is one the
    /// fact is for, and the fact it depends on (`when`) is answered 是. A
    /// fact not asked is neither open nor counted, whatever it was answered.
    pub fn asks(&self, f: &Fact) -> bool {
        (f.occasions.is_empty() || f.occasions.contains(&self.occasion))
            && (f.when.is_empty() || self.fact(&f.when) == Some(true))
    }

    /// The answer to the veto fact `f`: its own; for a 情形 that is the 否 of
    /// a member fact ([`Fact::member`]: 无正当理由不按时足额交纳党费), 否 where
    /// that fact is answered 是 (党费 paid), unless the 情形 itself was
    /// answered 是: a stated 情形 stands until it is taken back.
    pub fn answer_to(&self, f: &Fact) -> Option<bool> {
        let own = self.fact(&f.id);
        let paid = self.member.dues.filter(|_| f.follows_dues());
        if paid == Some(true) && own != Some(true) {
            Some(false)
        } else {
            own
        }
    }

    /// Whether the 情形 `f`, which follows the member's 党费, is asked
    /// under it: where 党费 was not paid in full and on time, or the 情形
    /// was stated (so that it can be taken back).
    pub fn asks_after_dues(&self, f: &Fact) -> bool {
        self.member.dues == Some(false) || self.fact(&f.id) == Some(true)
    }

    /// The 情形 `f` stated while 党费 is answered paid: the two answers
    /// contradict each other (the 情形 stands, [`Draft::answer_to`]).
    pub fn dues_contradicted(&self, f: &Fact) -> bool {
        f.follows_dues() && self.member.dues == Some(true) && self.fact(&f.id) == Some(true)
    }

    /// The fact `f` is asked and answered 是 with a bearing on the grade (a
    /// gate's 是 only opens the facts behind it).
    pub fn fact_hit(&self, f: &Fact) -> bool {
        f.effect != Effect::Gate && self.asks(f) && self.answer_to(f) == Some(true)
    }
}
