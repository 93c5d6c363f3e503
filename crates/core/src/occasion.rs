//! Occasions as data (`data/occasions.json`): what a 材料 for 组织生活会,
//! 年度考核, 民主评议党员 or 从严治部自查 looks like — its title, opening and
//! closing, its parts in order and which of the person's inputs each uses,
//! the band set (or none), the veto consequences, and whether a score shows.
//! A department imports its own set through the same validated import.

use std::collections::BTreeSet;
use std::fmt;

use crate::draft::Draft;
use crate::ids::is_safe_id;
use crate::problem::{aspect_core, Problem, DEFAULT_ASPECTS};
use crate::template::{unique_facts, Band, Effect, Fact, Template};
use crate::validate::{check_bands, TemplateError};

/// The `format` marker of an occasions file.
pub const OCCASIONS_FORMAT: &str = "ziping-occasions";
/// The newest occasions format version this build reads. Version 2 adds
/// the placeholders [`PLACEHOLDERS`] beside `{year}` and `{notice}`;
/// version 3 a part's `groups` and `prose`, an occasion's `length`,
/// `alternative` and `parts_label`, `{thanks}` and `{ledger}`; later in version 3, a
/// group's `member` facts ([`MEMBER_FACTS`]) and an occasion's own yes/no
/// `facts` (民主评议's 反向情形), and such a fact's `member` (the member fact
/// it is the 否 of). An older file reads as it always did.
pub const OCCASIONS_FORMAT_VERSION: u32 = 3;

/// The placeholders an opening or a closing may hold: `{year}`, `{notice}`,
/// and since version 2 `{aspects}` (the aspects used), `{preparation}`
/// (谈心谈话 and 征求意见 in numbers), `{previous}` (last year's problems in
/// one clause), `{post}` (单位 and 职务), `{study}` (what the person
/// studied for the meeting), `{pledge}` (the person's own 表态) and, since
/// version 3, `{thanks}` (whose guidance a 个人总结 thanks, by 职级) and
/// `{ledger}` (the problems by their 时限: 其中立行立改2项……), and later in
/// version 3 `{since}` (the time a 个人总结 looks back on: 一年来, or 到岗以来
/// for one who took the post that year). A clause whose placeholder is
/// empty for a draft is left out of its 材料.
pub const PLACEHOLDERS: [&str; 11] = [
    "{year}",
    "{notice}",
    "{aspects}",
    "{preparation}",
    "{previous}",
    "{post}",
    "{study}",
    "{pledge}",
    "{thanks}",
    "{ledger}",
    "{since}",
];

/// The member facts a [`Group`] may be told from (民主评议): “三会一课” and
/// 主题党日 attendance, 党费, 支部交办任务, 双报到 and volunteer service.
pub const MEMBER_FACTS: [(&str, &str); 4] = [
    ("attendance", "三会一课和主题党日参加情况"),
    ("dues", "党费交纳"),
    ("tasks", "支部交办任务"),
    ("service", "双报到和志愿服务"),
];

/// A set of occasions, as one file holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccasionSet {
    pub format: String,
    pub format_version: u32,
    pub occasions: Vec<Occasion>,
}

/// One occasion a 材料 is written for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occasion {
    pub id: String,
    /// The name in the picker.
    pub label: String,
    /// The title; `{year}` is the draft's year ("{year}年度" is dropped when
    /// the year is blank).
    pub title: String,
    /// The opening paragraph; `{notice}` is the notice the draft answers,
    /// `{year}` its year. Empty: no opening.
    pub opening: String,
    /// The closing 表态.
    pub closing: String,
    /// How many problems such a 材料 usually has.
    pub problems: ProblemCount,
    /// The aspects are named by that year's notice: the person edits them.
    pub aspects_editable: bool,
    pub parts: Vec<PartSpec>,
    /// Whether a grade appears in the text.
    pub grade: GradeShown,
    /// Whether the score appears (in one sentence) with the grade.
    pub score: bool,
    /// Whether the items table with ratings (自评表) is appended.
    pub appendix: bool,
    /// The occasion's band set; empty: each template's own bands.
    pub bands: Vec<Band>,
    /// Consequences of veto facts that differ from the template's.
    pub effects: Vec<EffectRule>,
    /// Yes/no facts of this occasion only (民主评议's 反向情形: 无正当理由不按时
    /// 交纳党费 …), answered with the templates' in `Draft::facts`; `effects`
    /// may word their consequence.
    pub facts: Vec<Fact>,
    /// When such a 材料 is handed in, for the date it is signed with when
    /// the person has set none (`material_date`); `None`: the day it is
    /// drawn.
    pub date_window: Option<DateWindow>,
    /// How long such a 材料 usually is, in characters of its body (a
    /// 个人总结 must fit a box of the 登记表); `None`: no target.
    pub length: Option<LengthRange>,
    /// What the default parts are called where there is an alternative
    /// ("按德、能、勤、绩、廉").
    pub parts_label: String,
    /// Another order of parts the person may choose ("按主要职责").
    pub alternative: Option<Layout>,
}

/// A length target in characters of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LengthRange {
    pub min: u32,
    pub max: u32,
}

impl LengthRange {
    /// Whether `n` characters are short of the range (`Less`), in it, or
    /// over it (`Greater`).
    pub fn compare(&self, n: usize) -> std::cmp::Ordering {
        use std::cmp::Ordering::*;
        match n {
            n if n < self.min as usize => Less,
            n if n > self.max as usize => Greater,
            _ => Equal,
        }
    }
}

/// An alternative order of parts, named for the person's choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub label: String,
    pub parts: Vec<PartSpec>,
}

/// The months in which an occasion of 年度 Y is held, counted from January
/// of Y: 1 is January of Y, 12 its December, 13 January of Y + 1. The
/// 组织生活会 of 2026年度 is held in the first quarter of 2027 (13 to 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateWindow {
    pub from: u32,
    pub to: u32,
}

/// The latest month a [`DateWindow`] may name: December of Y + 1.
pub const DATE_WINDOW_MAX: u32 = 24;

impl DateWindow {
    /// (year, month) of the window's first month for 年度 `year`.
    pub fn start(self, year: i32) -> (i32, u32) {
        let months = i64::from(self.from.max(1)) - 1;
        let y = i64::from(year) + months / 12;
        (
            y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
            (months % 12) as u32 + 1,
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProblemCount {
    pub min: u32,
    pub max: u32,
}

/// Whether a grade appears in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GradeShown {
    /// These meetings do not grade.
    Never,
    /// Off unless the person turns it on (the 考核委员会 sets the grade).
    Optional,
    Always,
}

impl PartSpec {
    /// A 主要成绩 / 主要表现 that tells the items' 具体事例.
    fn tells_examples(&self) -> bool {
        self.kind == PartKind::Achievements && (self.examples || !self.groups.is_empty())
    }
}

/// One part of the 材料.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartSpec {
    pub kind: PartKind,
    /// "存在的问题" …; numbered 一、二、 in order. Empty: an unnumbered paragraph.
    pub heading: String,
    /// Problems grouped under （一）在……方面 (else one by one).
    pub by_aspect: bool,
    /// Measures carry their 时限 and 完成标准 (else only the measure).
    pub deadlines: bool,
    /// 主要成绩 uses the 工作实绩 list.
    pub work: bool,
    /// The 工作实绩 come after the aspects, not first (民主评议: a Party
    /// member's conduct leads).
    pub work_last: bool,
    /// 主要成绩 uses the 具体事例 of the items.
    pub examples: bool,
    /// The grade part prints the 自评等次 the member chose (民主评议), the
    /// computed grade being only a hint; else the computed 参考等次.
    pub chosen: bool,
    /// 主要成绩 told by dimensions (思想政治、业务能力…; 理想信念…), each from
    /// the inputs it names, instead of by aspect. With no heading on the part
    /// each dimension is a part of its own (一、思想政治), else a paragraph
    /// under it (（一）在理想信念方面。).
    pub groups: Vec<Group>,
    /// 存在的不足 / 努力方向 as running sentences (一是……；二是……), not one
    /// numbered paragraph per problem: a 个人总结 is not a ledger.
    pub prose: bool,
    /// 存在的不足 must touch the person's 党性 (民主评议: thought and
    /// conduct, not only work): asked for when no problem does.
    pub conduct: bool,
}

/// One dimension of 主要成绩 and the inputs it is told from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    /// 思想政治, 理想信念 …
    pub heading: String,
    /// The 具体事例 of the items of the sections with these aspects (their
    /// core form, 旗帜鲜明讲政治), except items another group names.
    pub aspects: Vec<String>,
    /// The 具体事例 of these items (by item id), wherever their section.
    pub items: Vec<String>,
    /// The 工作实绩 lines, in one paragraph.
    pub work: bool,
    /// Every example that says the person's part in a piece of work
    /// (牵头、参与、负责 …), whatever its item: 绩 told from what was done.
    pub results: bool,
    /// The 工作实绩 lines, each a numbered paragraph of its own (a 个人总结
    /// by main duties).
    pub duties: bool,
    /// A positive sentence printed when every veto fact of the draft's
    /// templates is answered 否 (严格遵守中央八项规定……).
    pub clean: String,
    /// What a dimension with nothing of the person's asks for (讲党课、重温
    /// 入党誓词……); empty: its 具体事例.
    pub ask: String,
    /// The member facts told here, by name ([`MEMBER_FACTS`]): "attendance"
    /// and "dues" for 组织纪律 …
    pub member: Vec<String>,
}

/// What a part is made of, and so which inputs it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// 基本情况 in a sentence: the person's details.
    Basic,
    /// 主要成绩 / 主要表现: 工作实绩 and the 具体事例, by aspect.
    Achievements,
    /// 上年度查摆问题整改落实情况: last year's problems and their status.
    Previous,
    /// 存在的问题: the problems' 表现.
    Problems,
    /// 原因剖析: the problems' causes, by angle.
    Causes,
    /// 整改措施 / 努力方向: the problems' measures.
    Measures,
    /// 自评等次: the grade, where the occasion shows one.
    Grade,
}

/// An occasion's own consequence for a veto fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectRule {
    pub fact: String,
    pub effect: Effect,
    /// The wording in the text; derived from the effect when empty.
    pub consequence: String,
}

/// Why an occasions file cannot be used. The message says where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OccasionError {
    NotJson(String),
    NotOccasions,
    NewerFormat(u64),
    Shape(String),
    Empty,
    Missing {
        place: String,
        field: &'static str,
    },
    DuplicateId(String),
    BadId(String),
    NoParts(String),
    ProblemCount(String),
    /// `date_window` out of order or beyond [`DATE_WINDOW_MAX`].
    DateWindow(String),
    /// `length` with min above max, or max 0.
    Length(String),
    /// An opening or closing names a placeholder this version does not know.
    UnknownPlaceholder {
        occasion: String,
        name: String,
    },
    Bands {
        occasion: String,
        error: TemplateError,
    },
    /// A group names a member fact this version does not know.
    UnknownMemberFact {
        occasion: String,
        group: String,
        name: String,
    },
    /// Two of an occasion's own facts share an id.
    DuplicateFact {
        occasion: String,
        id: String,
    },
    /// An occasion's own fact follows a member fact that is not yes/no.
    FactMember {
        occasion: String,
        fact: String,
        member: String,
    },
}

impl fmt::Display for OccasionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use OccasionError::*;
        match self {
            NotJson(e) => write!(f, "场合设置文件不是有效的 JSON：{e}"),
            NotOccasions => write!(
                f,
                "这不是场合设置文件：缺少 \"format\": \"{OCCASIONS_FORMAT}\"。"
            ),
            NewerFormat(v) => write!(
                f,
                "该场合设置使用第 {v} 版格式，比本程序能读的第 {OCCASIONS_FORMAT_VERSION} 版新。请使用新版本的自评程序。"
            ),
            Shape(e) => write!(f, "场合设置的结构不正确：{e}"),
            Empty => write!(f, "场合设置里没有任何场合。"),
            Missing { place, field } => write!(f, "{place}缺少{field}。"),
            DuplicateId(id) => write!(f, "场合编号“{id}”重复，编号须唯一。"),
            BadId(id) => write!(
                f,
                "场合编号“{id}”只能由字母、数字、“-”和“_”组成，长度 1 到 64 个字符。"
            ),
            NoParts(label) => write!(f, "场合“{label}”没有任何组成部分（parts）。"),
            ProblemCount(label) => write!(
                f,
                "场合“{label}”的问题数量范围不正确：最少（min）不能多于最多（max），最多须大于 0。"
            ),
            DateWindow(label) => write!(
                f,
                "场合“{label}”的落款月份（date_window）不正确：from 和 to 是从年度当年1月数起的月份（13 为次年1月），须满足 1 ≤ from ≤ to ≤ {DATE_WINDOW_MAX}。"
            ),
            Length(label) => write!(
                f,
                "场合“{label}”的字数范围（length）不正确：最少（min）不能多于最多（max），最多须大于 0。"
            ),
            Bands { occasion, error } => write!(f, "场合“{occasion}”的等次设置有误：{error}"),
            UnknownPlaceholder { occasion, name } => write!(
                f,
                "场合“{occasion}”的开头或结尾中有本程序不认识的占位符“{name}”。可用的占位符：{}。",
                PLACEHOLDERS.join("、")
            ),
            UnknownMemberFact {
                occasion,
                group,
                name,
            } => write!(
                f,
                "场合“{occasion}”的“{group}”中有本程序不认识的党员情况（member）“{name}”。可用的：{}。",
                MEMBER_FACTS
                    .iter()
                    .map(|(n, what)| format!("{n}（{what}）"))
                    .collect::<Vec<_>>()
                    .join("、")
            ),
            DuplicateFact { occasion, id } => {
                write!(f, "场合“{occasion}”的反向情形编号“{id}”重复，编号须唯一。")
            }
            FactMember {
                occasion,
                fact,
                member,
            } => write!(
                f,
                "场合“{occasion}”的反向情形“{fact}”跟随的党员情况（member）“{member}”不可用：只能是 dues（是否按时足额交纳党费），或不填。"
            ),
        }
    }
}

impl std::error::Error for OccasionError {}

/// How an occasion this computer lacks is named where a draft keeps it (the
/// 材料用于 selects): by its id, never shown as another occasion.
pub fn missing_occasion_label(id: &str) -> String {
    format!("本机没有的场合（{id}）")
}

impl OccasionSet {
    /// Checks every rule; the first fault found is returned.
    pub fn validate(&self) -> Result<(), OccasionError> {
        if self.occasions.is_empty() {
            return Err(OccasionError::Empty);
        }
        let mut ids = BTreeSet::new();
        for (n, o) in self.occasions.iter().enumerate() {
            let missing = |place: String, field| OccasionError::Missing { place, field };
            if o.id.trim().is_empty() {
                return Err(missing(format!("第 {} 个场合", n + 1), "编号（id）"));
            }
            if !is_safe_id(&o.id) {
                return Err(OccasionError::BadId(o.id.clone()));
            }
            if !ids.insert(o.id.as_str()) {
                return Err(OccasionError::DuplicateId(o.id.clone()));
            }
            if o.label.trim().is_empty() {
                return Err(missing(format!("场合“{}”", o.id), "名称（label）"));
            }
            if o.title.trim().is_empty() {
                return Err(missing(format!("场合“{}”", o.label), "标题（title）"));
            }
            for text in [&o.opening, &o.closing] {
                if let Some(name) = unknown_placeholder(text) {
                    return Err(OccasionError::UnknownPlaceholder {
                        occasion: o.label.clone(),
                        name,
                    });
                }
            }
            let alternative = o.alternative.iter().map(|a| &a.parts);
            if std::iter::once(&o.parts)
                .chain(alternative)
                .any(Vec::is_empty)
            {
                return Err(OccasionError::NoParts(o.label.clone()));
            }
            if o.length.is_some_and(|l| l.max == 0 || l.min > l.max) {
                return Err(OccasionError::Length(o.label.clone()));
            }
            if o.problems.max == 0 || o.problems.min > o.problems.max {
                return Err(OccasionError::ProblemCount(o.label.clone()));
            }
            if let Some(w) = o.date_window {
                if w.from == 0 || w.from > w.to || w.to > DATE_WINDOW_MAX {
                    return Err(OccasionError::DateWindow(o.label.clone()));
                }
            }
            if !o.bands.is_empty() {
                check_bands(&o.bands).map_err(|error| OccasionError::Bands {
                    occasion: o.label.clone(),
                    error,
                })?;
            }
            for g in o.all_parts().flat_map(|p| &p.groups) {
                let known = |n: &String| MEMBER_FACTS.iter().any(|(m, _)| m == n);
                if let Some(name) = g.member.iter().find(|n| !known(n)) {
                    return Err(OccasionError::UnknownMemberFact {
                        occasion: o.label.clone(),
                        group: g.heading.clone(),
                        name: name.clone(),
                    });
                }
            }
            let mut fact_ids = BTreeSet::new();
            for (k, f) in o.facts.iter().enumerate() {
                if f.id.trim().is_empty() {
                    return Err(missing(
                        format!("场合“{}”的第 {} 个反向情形", o.label, k + 1),
                        "编号（id）",
                    ));
                }
                if !fact_ids.insert(f.id.as_str()) {
                    return Err(OccasionError::DuplicateFact {
                        occasion: o.label.clone(),
                        id: f.id.clone(),
                    });
                }
                if f.question.trim().is_empty() {
                    return Err(missing(
                        format!("场合“{}”的反向情形“{}”", o.label, f.id),
                        "问题（question）",
                    ));
                }
                if !f.member.is_empty() && !f.follows_dues() {
                    return Err(OccasionError::FactMember {
                        occasion: o.label.clone(),
                        fact: f.id.clone(),
                        member: f.member.clone(),
                    });
                }
            }
            for r in &o.effects {
                if r.fact.trim().is_empty() {
                    return Err(missing(
                        format!("场合“{}”的否决后果", o.label),
                        "事项编号（fact）",
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Occasion> {
        self.occasions.iter().find(|o| o.id == id)
    }

    /// The occasion `id`, or the first one when it is unknown here.
    pub fn pick(&self, id: &str) -> Option<&Occasion> {
        self.get(id).or(self.occasions.first())
    }
}

/// The first `{…}` in `text` that is not one of [`PLACEHOLDERS`].
fn unknown_placeholder(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}')? + start + 1;
        let name = &rest[start..end];
        if !PLACEHOLDERS.contains(&name) {
            return Some(name.to_string());
        }
        rest = &rest[end..];
    }
    None
}

impl Occasion {
    /// The title for a draft of `year` (blank: without the year).
    pub fn title_for(&self, year: &str) -> String {
        let year = year.trim();
        if year.is_empty() {
            self.title.replace("{year}年度", "").replace("{year}", "")
        } else {
            self.title.replace("{year}", year)
        }
    }

    pub fn effect_for(&self, fact: &str) -> Option<&EffectRule> {
        self.effects.iter().find(|r| r.fact == fact)
    }

    /// A meeting's preparation is part of it (its opening states
    /// `{preparation}`): 谈心谈话, 征求意见, the opinions answered and the
    /// 相互批评 list belong to such an occasion.
    pub fn has_preparation(&self) -> bool {
        self.opening.contains("{preparation}")
    }

    pub fn has_part(&self, kind: PartKind) -> bool {
        self.all_parts().any(|p| p.kind == kind)
    }

    /// Whether its 存在的问题 go by aspect (a 组织生活会, the 自查), so that
    /// every aspect is to get a problem or a sentence.
    pub fn problems_by_aspect(&self) -> bool {
        self.all_parts()
            .any(|p| p.kind == PartKind::Problems && p.by_aspect)
    }

    /// Whether its 努力方向 are running sentences about next year (a 个人总结:
    /// "2027年我将……于年底前……"), so a 年底 there is next year's.
    pub fn plans_next_year(&self) -> bool {
        self.all_parts()
            .any(|p| p.kind == PartKind::Problems && p.prose)
    }

    /// The parts in the order a draft chose: the alternative's where the
    /// draft chose it and the occasion has one.
    pub fn parts_for(&self, alternative: bool) -> &[PartSpec] {
        match &self.alternative {
            Some(a) if alternative => &a.parts,
            _ => &self.parts,
        }
    }

    /// The aspect a problem is reported under, in its core form: the
    /// person's own (one of the five tasks where the occasion does not take
    /// a notice's aspects), else the section's of the item it was found
    /// under; "" when neither (the 材料 asks for it). One rule for the 材料
    /// and the 体检.
    pub fn aspect_of(&self, templates: &[&Template], p: &Problem) -> String {
        let own = Some(p.aspect.as_str()).filter(|a| {
            !a.trim().is_empty()
                && (self.aspects_editable || DEFAULT_ASPECTS.contains(&aspect_core(a)))
        });
        let aspect = own.or_else(|| {
            let link = p.item.as_ref()?;
            templates
                .iter()
                .filter(|t| t.id == link.template)
                .find_map(|t| t.section_of(&link.item))
                .map(|s| s.aspect())
        });
        aspect
            .map(|a| aspect_core(a).to_string())
            .unwrap_or_default()
    }

    /// Whether the 材料 tells the items' 具体事例 (in either order of parts).
    pub fn uses_examples(&self) -> bool {
        self.all_parts().any(PartSpec::tells_examples)
    }

    /// Whether the 材料 in the order of parts the person chose (`alternative`)
    /// tells the items' 具体事例.
    pub fn prints_examples(&self, alternative: bool) -> bool {
        self.parts_for(alternative)
            .iter()
            .any(PartSpec::tells_examples)
    }

    /// Whether the 材料 uses the 工作实绩 (in either order of parts).
    pub fn uses_work(&self) -> bool {
        self.all_parts().any(|p| {
            p.kind == PartKind::Achievements
                && (p.work || p.groups.iter().any(|g| g.work || g.duties))
        })
    }

    /// Whether the 材料 tells a Party member's own facts (三会一课, 党费,
    /// 交办任务, 双报到): a group of a part names one.
    pub fn uses_member_facts(&self) -> bool {
        MEMBER_FACTS
            .iter()
            .any(|(name, _)| self.uses_member_fact(name))
    }

    /// Whether a group of a part names the member fact `name`
    /// ([`MEMBER_FACTS`]): the form asks for it.
    pub fn uses_member_fact(&self, name: &str) -> bool {
        self.all_parts()
            .flat_map(|p| &p.groups)
            .any(|g| g.member.iter().any(|m| m == name))
    }

    /// Whether `draft` is asked 党费 (the member fact `dues`) among the veto
    /// facts, with the 反向情形 that follows it ([`Fact::member`]), not among
    /// the member's facts.
    pub fn dues_with_facts(&self, draft: &Draft) -> bool {
        self.grades() && self.facts.iter().any(|f| f.follows_dues() && draft.asks(f))
    }

    /// The yes/no facts `draft` answers for this occasion: its templates'
    /// (each once), then the occasion's own not among them; of those, the
    /// ones the draft is asked ([`Draft::asks`]). None where the occasion
    /// has no 等次 (a 组织生活会): the veto facts decide only a 等次, and
    /// its 材料 prints none of them.
    pub fn facts_with<T: AsRef<Template>>(&self, templates: &[T], draft: &Draft) -> Vec<Fact> {
        if !self.grades() {
            return Vec::new();
        }
        let mut facts = unique_facts(templates);
        for f in &self.facts {
            match facts.iter_mut().find(|g| g.id == f.id) {
                // The occasion's 情形 that follows 党费 is the one asked
                // (党费 is then asked with it, not with the member's facts).
                Some(g) if f.follows_dues() => *g = f.clone(),
                Some(_) => {}
                None => facts.push(f.clone()),
            }
        }
        facts.retain(|f| draft.asks(f));
        facts
    }

    /// Every part of either order.
    fn all_parts(&self) -> impl Iterator<Item = &PartSpec> {
        let alt = self.alternative.iter().flat_map(|a| &a.parts);
        self.parts.iter().chain(alt)
    }

    /// Whether the occasion has a 等次 at all (a 组织生活会 does not: GENRE
    /// §1). The header and the score cards name a grade only where it has.
    pub fn grades(&self) -> bool {
        self.grade != GradeShown::Never
    }

    /// Whether `d`'s 材料 states a 等次: always, never, or (年度考核, where
    /// the 考核委员会 sets it) where the person turned it on and is not in
    /// 试用期 (评语 only, no 等次).
    pub fn shows_grade(&self, d: &Draft) -> bool {
        match self.grade {
            GradeShown::Never => false,
            GradeShown::Optional => d.show_grade && !d.person.probation,
            GradeShown::Always => true,
        }
    }

    /// The member chooses the 自评等次 (a grade part marked `chosen`, in an
    /// occasion that shows a grade).
    pub fn grade_chosen(&self) -> bool {
        self.grades()
            && self
                .all_parts()
                .any(|p| p.kind == PartKind::Grade && p.chosen)
    }

    /// Whether the occasion's 材料 uses a detail of the person: 基本情况
    /// (a `basic` part) the details of its sentence; a grade the 考核委员会
    /// sets (`grade` optional: 年度考核) the 职级, 任现职时间 and 试用期.
    pub fn uses(&self, detail: PersonDetail) -> bool {
        use PersonDetail::*;
        match detail {
            Gender | Ethnicity | Born | Education | Standing | Joined => {
                self.has_part(PartKind::Basic)
            }
            Rank | InPost | Probation => self.grade == GradeShown::Optional,
        }
    }
}

/// A detail of the person beyond 姓名、单位、职务 and 年度, which only some
/// occasions use ([`Occasion::uses`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonDetail {
    /// 性别
    Gender,
    /// 民族
    Ethnicity,
    /// 出生年月
    Born,
    /// 学历
    Education,
    /// 政治面貌
    Standing,
    /// 入党时间
    Joined,
    /// 任现职时间
    InPost,
    /// 职级
    Rank,
    /// 试用期
    Probation,
}
