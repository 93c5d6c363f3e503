//! Checklist templates: the types of the template format (read and written
//! by `codec::template`, checked by `validate`) and look-ups over them. The
//! built-in templates are `builtin`'s.
//!
//! A template is data, not code: a department can change labels, weights,
//! bands and veto caps by editing the JSON (see the README for the format).

use crate::ids::{ItemId, TemplateId};
use crate::problem::{Angle, ItemLink};

/// The `format` marker every template file carries.
pub const TEMPLATE_FORMAT: &str = "ziping-template";
/// The newest template format version this build reads. Version 2 added
/// veto facts, shared statements, supplements, aspects and phrasing aids.
pub const TEMPLATE_FORMAT_VERSION: u32 = 4;
/// The rating id that means 不适用 (not applicable); no level may use it.
pub const NOT_APPLICABLE: &str = "na";

/// One checklist: sections of items rated on one scale, graded by bands.
/// (`Default` is an empty value for the reader to fill, not a valid template.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Template {
    /// Always [`TEMPLATE_FORMAT`].
    pub format: String,
    /// Version of the file format, at most [`TEMPLATE_FORMAT_VERSION`].
    pub format_version: u32,
    /// Stable id of the template; drafts refer to it.
    pub id: TemplateId,
    /// Version of the template's content; a draft records it.
    pub version: u32,
    pub title: String,
    pub description: String,
    pub scale: Scale,
    /// Grade bands, highest first; each covers scores from its `min` up to the
    /// next higher band's `min`.
    pub bands: Vec<Band>,
    /// The models items can evidence (the 四个模范); shared ids across
    /// templates pool into one profile.
    pub models: Vec<Model>,
    /// Format 1's vetoes: an item rated at the lowest level caps the grade.
    pub vetoes: Vec<Veto>,
    /// Yes/no facts that decide the outcome whatever the total (是否存在……情形).
    pub facts: Vec<Fact>,
    pub sections: Vec<Section>,
}

/// A yes/no veto fact. Its consequence is the template's default; an
/// occasion may state its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Stable id; the same id in two templates is one fact, answered once.
    pub id: String,
    /// The question, as 是否存在……情形.
    pub question: String,
    pub effect: Effect,
    /// Asked only when the fact with this id is answered 是 (a 情形 that
    /// applies only to some: 个人有关事项 to a 报告对象); empty: always.
    pub when: String,
    /// Asked only for a 材料 written for one of these occasions (their
    /// ids); empty: for every occasion.
    pub occasions: Vec<String>,
    /// An occasion's own 情形 only (民主评议's 反向情形): the member's yes/no
    /// fact it is the 否 of ("dues", 按时足额交纳党费), asked with it as its
    /// follow-up; that answered 是 answers this 否
    /// ([`Draft::answer_to`](crate::Draft::answer_to)). Empty: none.
    pub member: String,
}

/// The one yes/no member fact a [`Fact`] may follow ([`Fact::member`]):
/// 按时足额交纳党费.
pub const MEMBER_DUES: &str = "dues";

impl Fact {
    /// Whether it is the 否 of the member's 党费 ([`Fact::member`]).
    pub fn follows_dues(&self) -> bool {
        self.member == MEMBER_DUES
    }
}

/// The veto facts of `templates`, each once (the same id in two templates
/// is one fact), in the templates' order.
pub fn unique_facts<T: AsRef<Template>>(templates: &[T]) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    for t in templates {
        for f in &t.as_ref().facts {
            if !facts.iter().any(|g| g.id == f.id) {
                facts.push(f.clone());
            }
        }
    }
    facts
}

/// What a veto fact answered 是 does to the grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// 依规不得评为最高等次 (优秀).
    NotTop,
    /// 只写评语、不确定等次.
    NoGrade,
    /// 定为最低等次 (不称职 / 不合格).
    Lowest,
    /// None: the fact only says whether the facts that name it in `when`
    /// are asked (本人是否为个人有关事项报告对象).
    Gate,
}

/// The rating scale: levels from best to worst, plus 不适用.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scale {
    pub levels: Vec<Level>,
    /// Label of the 不适用 choice.
    pub not_applicable_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub id: String,
    pub label: String,
    /// Percent (0–100) of an item's weight that this level earns.
    pub share: u32,
    /// A weak level asks for the problem, a rectification step and a deadline.
    pub weak: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub label: String,
    /// Lowest score (0–100, whole points) that reaches this band.
    pub min: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub id: String,
    pub label: String,
}

/// 一票否决: rating `item` at the scale's lowest level caps the grade at the
/// band labelled `cap`, whatever the score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Veto {
    pub item: ItemId,
    pub cap: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// The seed phrase(s) the section derives from.
    pub source: String,
    /// The aspect of a 材料 its items report under; the title when empty.
    pub aspect: String,
    /// One plain sentence for an aspect with no example (主要成绩), stating
    /// what the items ask without a rating, e.g. "认真落实第一议题制度".
    pub summary: String,
    pub items: Vec<Item>,
}

impl Section {
    /// The aspect its items report under.
    pub fn aspect(&self) -> &str {
        if self.aspect.trim().is_empty() {
            &self.title
        } else {
            &self.aspect
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub id: ItemId,
    /// The first-person statement the person rates ("本人……").
    pub text: String,
    pub weight: u32,
    /// Ids of the models this item evidences.
    pub models: Vec<String>,
    /// Seed phrase(s) the item derives from, separated by "；".
    pub source: String,
    /// What a level looks like, by level id, where that helps.
    pub guidance: Vec<Guidance>,
    /// The same statement in another template: answered once, there, and
    /// counted in both.
    pub shares: Option<ItemLink>,
    /// Ids of earlier versions' items this one takes the place of: moving a
    /// draft to this version carries their answers over.
    pub replaces: Vec<String>,
    /// Why an item not found in the seed was added (补充); its `source` then
    /// quotes the section heading it serves.
    pub supplement: String,
    /// Phrasing aids written for this item.
    pub aids: Aids,
}

/// Example wordings a person inserts with a click and then makes their own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aids {
    /// Problem wordings, each with a 比如【……】 slot for the person's example.
    pub problems: Vec<String>,
    pub measures: Vec<String>,
    pub causes: Vec<AidCause>,
    /// Aids that fit some 科室 or 职级 only (template format 3); the lists
    /// above fit everyone.
    pub tagged: Vec<TaggedAids>,
}

/// Aids for the 科室类型 (`roles`, from [`DEPT_KINDS`]) and the levels
/// (`levels`, from [`LEVELS`]) they fit; an empty list fits any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaggedAids {
    pub roles: Vec<String>,
    pub levels: Vec<String>,
    pub problems: Vec<String>,
    pub measures: Vec<String>,
    pub causes: Vec<AidCause>,
}

/// The 科室类型 a person chooses, in the select's order.
pub const DEPT_KINDS: [&str; 7] = [
    "干部科",
    "干部监督科",
    "组织科",
    "干部教育科",
    "人才科",
    "办公室",
    "其他",
];
/// The levels aids are written for: a 科员, or one who leads (副科长 and up).
pub const LEVELS: [&str; 2] = ["科员", "科级以上领导"];

/// The level of a 职级 (`Person::rank`): 科员 (or none given), else a leader.
pub fn level_of(rank: &str) -> &'static str {
    match rank.trim() {
        "" | "科员" => LEVELS[0],
        _ => LEVELS[1],
    }
}

impl TaggedAids {
    /// Whether these aids fit a person of `role` (a 科室类型; "" fits none
    /// of the tagged roles) and `level`.
    pub fn fits(&self, role: &str, level: &str) -> bool {
        let any = |tags: &[String], v: &str| tags.is_empty() || tags.iter().any(|t| t == v);
        any(&self.roles, role) && any(&self.levels, level)
    }
}

impl Aids {
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
            && self.measures.is_empty()
            && self.causes.is_empty()
            && self.tagged.is_empty()
    }

    /// The aids that fit a person of `role` and `level` (those for everyone
    /// after those written for them), and the rest, shown under 更多参考.
    pub fn split(&self, role: &str, level: &str) -> (Aids, Aids) {
        let mut fit = Aids::default();
        let mut more = Aids::default();
        for t in &self.tagged {
            let to = if t.fits(role, level) {
                &mut fit
            } else {
                &mut more
            };
            to.problems.extend(t.problems.iter().cloned());
            to.measures.extend(t.measures.iter().cloned());
            to.causes.extend(t.causes.iter().cloned());
        }
        fit.problems.extend(self.problems.iter().cloned());
        fit.measures.extend(self.measures.iter().cloned());
        fit.causes.extend(self.causes.iter().cloned());
        (fit, more)
    }

    /// Every wording, tagged or not: problems, measures and causes.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let lists = std::iter::once((&self.problems, &self.measures, &self.causes)).chain(
            self.tagged
                .iter()
                .map(|t| (&t.problems, &t.measures, &t.causes)),
        );
        lists.flat_map(|(p, m, c)| {
            p.iter()
                .chain(m)
                .map(String::as_str)
                .chain(c.iter().map(|c| c.text.as_str()))
        })
    }
}

/// A typical cause, tagged by angle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AidCause {
    pub angle: Angle,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guidance {
    pub level: String,
    pub text: String,
}

/// A template's identity as a draft records it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TemplateRef {
    pub id: TemplateId,
    pub version: u32,
}

impl Template {
    /// The description split in two: what a person filling the checklist
    /// reads, and the notes written for template authors (版本说明 such as
    /// 第 3 版：……, the note on the 四个模范's wording), which belong with
    /// the template's version information on 草稿与备份.
    pub fn description_parts(&self) -> (String, String) {
        let (mut reader, mut notes) = (String::new(), String::new());
        for sentence in self.description.split_inclusive('。') {
            let s = sentence.trim();
            let version_note = s.starts_with('第') && s.chars().take(6).any(|c| c == '版');
            let author_note = ["所依据的汇报材料", "种子材料", "请各部门", "通常表述"]
                .iter()
                .any(|w| s.contains(w));
            if version_note || author_note {
                notes.push_str(s);
            } else {
                reader.push_str(s);
            }
        }
        (reader, notes)
    }

    pub fn reference(&self) -> TemplateRef {
        TemplateRef {
            id: self.id.clone(),
            version: self.version,
        }
    }

    /// Every item with the section it belongs to, in order.
    pub fn items(&self) -> impl Iterator<Item = (&Section, &Item)> {
        self.sections
            .iter()
            .flat_map(|s| s.items.iter().map(move |i| (s, i)))
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().map(|(_, i)| i).find(|i| i.id == id)
    }

    pub fn item_count(&self) -> usize {
        self.sections.iter().map(|s| s.items.len()).sum()
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.scale.levels.iter().find(|l| l.id == id)
    }

    /// The lowest level, the one that fires a veto.
    pub fn lowest_level(&self) -> Option<&Level> {
        self.scale.levels.last()
    }

    /// Where the answer to `item` is kept: (template id, item id) of the
    /// statement it shares, or its own.
    pub fn answer_key<'a>(&'a self, item: &'a Item) -> (&'a str, &'a str) {
        match &item.shares {
            Some(l) => (&l.template, &l.item),
            None => (&self.id, &item.id),
        }
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The section an item belongs to.
    pub fn section_of(&self, item_id: &str) -> Option<&Section> {
        self.items().find(|(_, i)| i.id == item_id).map(|(s, _)| s)
    }

    pub fn veto_for(&self, item_id: &str) -> Option<&Veto> {
        self.vetoes.iter().find(|v| v.item == item_id)
    }

    /// Whether 不适用 is offered for the item: never on a veto item.
    pub fn allows_not_applicable(&self, item_id: &str) -> bool {
        self.veto_for(item_id).is_none()
    }

    pub fn model_label(&self, id: &str) -> Option<&str> {
        self.models
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.label.as_str())
    }

    pub fn band_index(&self, label: &str) -> Option<usize> {
        self.bands.iter().position(|b| b.label == label)
    }
}

impl Item {
    /// Whether this item shares a statement kept in one of `templates`:
    /// answered there, it is counted and listed there, once.
    pub fn kept_elsewhere(&self, templates: &[&Template]) -> bool {
        let kept_in = |l: &ItemLink| templates.iter().any(|t| t.id == l.template);
        self.shares.as_ref().is_some_and(kept_in)
    }

    pub fn guidance_for(&self, level_id: &str) -> Option<&str> {
        self.guidance
            .iter()
            .find(|g| g.level == level_id)
            .map(|g| g.text.as_str())
    }
}
