//! Checklist templates: the serde types of the template format, the two
//! built-in templates (embedded from `data/templates/`), and look-ups over them.
//!
//! A template is data, not code: a department can change labels, weights,
//! bands and veto caps by editing the JSON (see the README for the format).

use serde_json::Value;

use crate::ids::{ItemId, TemplateId};
use crate::json::{
    one_of, parse, to_json_pretty, write_name, At, FromJson, Obj, Out, Read, ToJson,
};
use crate::problem::{Angle, ItemLink};
use crate::validate::{validate, TemplateError};

/// The `format` marker every template file carries.
pub const TEMPLATE_FORMAT: &str = "ziping-template";
/// The newest template format version this build reads. Version 2 added
/// veto facts, shared statements, supplements, aspects and phrasing aids.
pub const TEMPLATE_FORMAT_VERSION: u32 = 2;
/// The rating id that means 不适用 (not applicable); no level may use it.
pub const NOT_APPLICABLE: &str = "na";

// The files of `data/templates/`, minified by build.rs.
const WUXIANG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/wuxiang.json"));
const SIGE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/sige.json"));
const WUXIANG_V1_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/v1/wuxiang.json"));
const SIGE_V1_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/v1/sige.json"));

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
}

impl Aids {
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty() && self.measures.is_empty() && self.causes.is_empty()
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
    /// Parses and validates a template from JSON.
    pub fn from_json(json: &str) -> Result<Template, TemplateError> {
        if json.trim().is_empty() {
            return Err(TemplateError::Empty);
        }
        let value = parse(json).map_err(|e| TemplateError::NotJson(e.to_string()))?;
        Template::from_value(&value)
    }

    /// Reads and validates one already parsed (an import is).
    pub fn from_value(value: &Value) -> Result<Template, TemplateError> {
        if value.get("format").and_then(Value::as_str) != Some(TEMPLATE_FORMAT) {
            return Err(TemplateError::NotATemplate);
        }
        // A format version that is not a number is a fault the reader names.
        if let Some(v) = value.get("format_version").and_then(Value::as_u64) {
            if v > u64::from(TEMPLATE_FORMAT_VERSION) {
                return Err(TemplateError::NewerFormat(v));
            }
        }
        let template = Template::read(value, At::ROOT).map_err(TemplateError::Shape)?;
        validate(&template)?;
        Ok(template)
    }

    /// The template as pretty JSON, in the same format it is read from.
    pub fn to_json(&self) -> String {
        to_json_pretty(self)
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
    pub fn guidance_for(&self, level_id: &str) -> Option<&str> {
        self.guidance
            .iter()
            .find(|g| g.level == level_id)
            .map(|g| g.text.as_str())
    }
}

/// Every shipped version of every built-in template, 五项工作 first. A
/// release that changes a built-in adds its new version here and keeps the
/// old one, so drafts made with it keep their items and score.
const BUILTIN_SOURCES: &[&str] = &[WUXIANG_JSON, SIGE_JSON, WUXIANG_V1_JSON, SIGE_V1_JSON];

/// The built-in templates, every shipped version, 五项工作 first. They are
/// validated by a test, so a bad edit to the JSON fails the build's tests,
/// never a user's page. [`TemplateLibrary::current_builtin`] picks the newest.
///
/// [`TemplateLibrary::current_builtin`]: crate::TemplateLibrary::current_builtin
pub fn builtin_templates() -> Vec<Template> {
    BUILTIN_SOURCES
        .iter()
        .filter_map(|json| Template::from_json(json).ok())
        .collect()
}

/// The raw JSON of every shipped built-in version, for tests and the export.
pub fn builtin_template_sources() -> &'static [&'static str] {
    BUILTIN_SOURCES
}

impl FromJson for Template {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&[
            "format",
            "format_version",
            "id",
            "version",
            "title",
            "description",
            "scale",
            "bands",
            "models",
            "vetoes",
            "facts",
            "sections",
        ])?;
        let mut t = Template::default();
        let Template {
            format,
            format_version,
            id,
            version,
            title,
            description,
            scale,
            bands,
            models,
            vetoes,
            facts,
            sections,
        } = &mut t;
        o.need("format", format)?;
        o.need("format_version", format_version)?;
        o.need("id", id)?;
        o.need("version", version)?;
        o.need("title", title)?;
        o.get("description", description)?;
        o.need("scale", scale)?;
        o.need("bands", bands)?;
        o.need("models", models)?;
        o.get("vetoes", vetoes)?;
        o.get("facts", facts)?;
        o.need("sections", sections)?;
        Ok(t)
    }
}

impl FromJson for Fact {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["id", "question", "effect"])?;
        Ok(Fact {
            id: o.req("id")?,
            question: o.req("question")?,
            effect: o.req("effect")?,
        })
    }
}

/// Effect as written in a template.
const EFFECT_NAMES: [(&str, Effect); 3] = [
    ("not_top", Effect::NotTop),
    ("no_grade", Effect::NoGrade),
    ("lowest", Effect::Lowest),
];

impl FromJson for Effect {
    fn read(v: &Value, at: At) -> Read<Self> {
        one_of(v, at, &EFFECT_NAMES)
    }
}

impl ToJson for Effect {
    fn write(&self, o: &mut Out) {
        write_name(*self, &EFFECT_NAMES, o);
    }
}

impl FromJson for Scale {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["levels", "not_applicable_label"])?;
        Ok(Scale {
            levels: o.req("levels")?,
            not_applicable_label: o.req("not_applicable_label")?,
        })
    }
}

impl FromJson for Level {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["id", "label", "share", "weak"])?;
        Ok(Level {
            id: o.req("id")?,
            label: o.req("label")?,
            share: o.req("share")?,
            weak: o.opt("weak")?,
        })
    }
}

impl FromJson for Band {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["label", "min"])?;
        Ok(Band {
            label: o.req("label")?,
            min: o.req("min")?,
        })
    }
}

impl FromJson for Model {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["id", "label"])?;
        Ok(Model {
            id: o.req("id")?,
            label: o.req("label")?,
        })
    }
}

impl FromJson for Veto {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["item", "cap", "reason"])?;
        Ok(Veto {
            item: o.req("item")?,
            cap: o.req("cap")?,
            reason: o.req("reason")?,
        })
    }
}

impl FromJson for Section {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["id", "title", "source", "aspect", "summary", "items"])?;
        let mut s = Section::default();
        let Section {
            id,
            title,
            source,
            aspect,
            summary,
            items,
        } = &mut s;
        o.need("id", id)?;
        o.need("title", title)?;
        o.get("source", source)?;
        o.get("aspect", aspect)?;
        o.get("summary", summary)?;
        o.need("items", items)?;
        Ok(s)
    }
}

impl FromJson for Item {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&[
            "id",
            "text",
            "weight",
            "models",
            "source",
            "guidance",
            "shares",
            "replaces",
            "supplement",
            "aids",
        ])?;
        let mut i = Item::default();
        let Item {
            id,
            text,
            weight,
            models,
            source,
            guidance,
            shares,
            replaces,
            supplement,
            aids,
        } = &mut i;
        o.need("id", id)?;
        o.need("text", text)?;
        o.need("weight", weight)?;
        o.get("models", models)?;
        o.get("source", source)?;
        o.get("guidance", guidance)?;
        o.get("shares", shares)?;
        o.get("replaces", replaces)?;
        o.get("supplement", supplement)?;
        o.get("aids", aids)?;
        Ok(i)
    }
}

impl FromJson for Aids {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["problems", "measures", "causes"])?;
        let mut a = Aids::default();
        let Aids {
            problems,
            measures,
            causes,
        } = &mut a;
        o.get("problems", problems)?;
        o.get("measures", measures)?;
        o.get("causes", causes)?;
        Ok(a)
    }
}

impl FromJson for AidCause {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["angle", "text"])?;
        Ok(AidCause {
            angle: o.req("angle")?,
            text: o.req("text")?,
        })
    }
}

impl FromJson for Guidance {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        o.only(&["level", "text"])?;
        Ok(Guidance {
            level: o.req("level")?,
            text: o.req("text")?,
        })
    }
}

impl FromJson for TemplateRef {
    fn read(v: &Value, at: At) -> Read<Self> {
        let o = Obj::new(v, at)?;
        Ok(TemplateRef {
            id: o.req("id")?,
            version: o.req("version")?,
        })
    }
}

impl ToJson for Template {
    fn write(&self, o: &mut Out) {
        let Template {
            format,
            format_version,
            id,
            version,
            title,
            description,
            scale,
            bands,
            models,
            vetoes,
            facts,
            sections,
        } = self;
        o.object()
            .field("format", format)
            .field("format_version", format_version)
            .field("id", id)
            .field("version", version)
            .field("title", title)
            .field_unless(description.is_empty(), "description", description)
            .field("scale", scale)
            .field("bands", bands)
            .field("models", models)
            .field_unless(vetoes.is_empty(), "vetoes", vetoes)
            .field_unless(facts.is_empty(), "facts", facts)
            .field("sections", sections)
            .end();
    }
}

impl ToJson for Fact {
    fn write(&self, o: &mut Out) {
        let Fact {
            id,
            question,
            effect,
        } = self;
        o.object()
            .field("id", id)
            .field("question", question)
            .field("effect", effect)
            .end();
    }
}

impl ToJson for Scale {
    fn write(&self, o: &mut Out) {
        let Scale {
            levels,
            not_applicable_label,
        } = self;
        o.object()
            .field("levels", levels)
            .field("not_applicable_label", not_applicable_label)
            .end();
    }
}

impl ToJson for Level {
    fn write(&self, o: &mut Out) {
        let Level {
            id,
            label,
            share,
            weak,
        } = self;
        o.object()
            .field("id", id)
            .field("label", label)
            .field("share", share)
            .field_unless(!*weak, "weak", weak)
            .end();
    }
}

impl ToJson for Band {
    fn write(&self, o: &mut Out) {
        let Band { label, min } = self;
        o.object().field("label", label).field("min", min).end();
    }
}

impl ToJson for Model {
    fn write(&self, o: &mut Out) {
        let Model { id, label } = self;
        o.object().field("id", id).field("label", label).end();
    }
}

impl ToJson for Veto {
    fn write(&self, o: &mut Out) {
        let Veto { item, cap, reason } = self;
        o.object()
            .field("item", item)
            .field("cap", cap)
            .field("reason", reason)
            .end();
    }
}

impl ToJson for Section {
    fn write(&self, o: &mut Out) {
        let Section {
            id,
            title,
            source,
            aspect,
            summary,
            items,
        } = self;
        o.object()
            .field("id", id)
            .field("title", title)
            .field_unless(source.is_empty(), "source", source)
            .field_unless(aspect.is_empty(), "aspect", aspect)
            .field_unless(summary.is_empty(), "summary", summary)
            .field("items", items)
            .end();
    }
}

impl ToJson for Item {
    fn write(&self, o: &mut Out) {
        let Item {
            id,
            text,
            weight,
            models,
            source,
            guidance,
            shares,
            replaces,
            supplement,
            aids,
        } = self;
        o.object()
            .field("id", id)
            .field("text", text)
            .field("weight", weight)
            .field_unless(models.is_empty(), "models", models)
            .field_unless(source.is_empty(), "source", source)
            .field_unless(guidance.is_empty(), "guidance", guidance)
            .field_unless(shares.is_none(), "shares", shares)
            .field_unless(replaces.is_empty(), "replaces", replaces)
            .field_unless(supplement.is_empty(), "supplement", supplement)
            .field_unless(aids.is_empty(), "aids", aids)
            .end();
    }
}

impl ToJson for Aids {
    fn write(&self, o: &mut Out) {
        let Aids {
            problems,
            measures,
            causes,
        } = self;
        o.object()
            .field_unless(problems.is_empty(), "problems", problems)
            .field_unless(measures.is_empty(), "measures", measures)
            .field_unless(causes.is_empty(), "causes", causes)
            .end();
    }
}

impl ToJson for AidCause {
    fn write(&self, o: &mut Out) {
        let AidCause { angle, text } = self;
        o.object().field("angle", angle).field("text", text).end();
    }
}

impl ToJson for Guidance {
    fn write(&self, o: &mut Out) {
        let Guidance { level, text } = self;
        o.object().field("level", level).field("text", text).end();
    }
}

impl ToJson for TemplateRef {
    fn write(&self, o: &mut Out) {
        let TemplateRef { id, version } = self;
        o.object().field("id", id).field("version", version).end();
    }
}
