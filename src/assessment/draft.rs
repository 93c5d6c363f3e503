//! The draft: one self-assessment with the person's details, the answers keyed
//! by stable item ids, the 原因分析 and any edits to the drafted report.
//!
//! Drafts are stored and exported as JSON carrying [`DRAFT_SCHEMA`]; older
//! schemas are migrated on read, newer ones are refused (never overwritten).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::ids::{DraftId, ItemId, TemplateId};
use super::template::{Template, TemplateRef, NOT_APPLICABLE};

/// The draft schema this build writes. Bump it with a migration in
/// [`Draft::from_json`] and a fixture under `tests/fixtures/`.
pub const DRAFT_SCHEMA: u32 = 1;

/// The person's details printed at the head of the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// 姓名
    pub name: String,
    /// 单位
    pub unit: String,
    /// 职务
    pub position: String,
    /// 年度, e.g. "2026"
    pub year: String,
    /// 场合: 年度考核 / 民主生活会 / 专题组织生活会 …
    pub occasion: String,
}

/// The occasions offered in the form; free text is allowed too.
pub const OCCASIONS: [&str; 4] = ["年度考核", "民主生活会", "专题组织生活会", "部机关自查"];

/// A rating: a level of the template's scale, or 不适用.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Rating {
    Level(String),
    NotApplicable,
}

impl Serialize for Rating {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Rating::Level(id) => s.serialize_str(id),
            Rating::NotApplicable => s.serialize_str(NOT_APPLICABLE),
        }
    }
}

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Rating::parse(&s))
    }
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

/// What the person said about one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    pub rating: Option<Rating>,
    /// 具体事例 / 佐证
    pub evidence: String,
    /// 存在问题 (for weak ratings)
    pub problem: String,
    /// 整改措施
    pub measure: String,
    /// 整改时限: free text such as 立行立改, 长期坚持 or a date.
    pub deadline: String,
    /// 原因分析 for this item, optional.
    pub cause: String,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
}

/// One self-assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub schema: u32,
    pub id: DraftId,
    pub name: String,
    /// Milliseconds since the Unix epoch.
    pub created: i64,
    pub modified: i64,
    #[serde(default)]
    pub person: Person,
    /// The templates this draft covers, as they were when it was made.
    pub templates: Vec<TemplateRef>,
    /// Answers by template id, then by item id.
    #[serde(default)]
    pub answers: BTreeMap<TemplateId, BTreeMap<ItemId, Answer>>,
    /// The draft-level 原因分析.
    #[serde(default)]
    pub cause: String,
    /// The person's edited report text; `None` means "use the generated text".
    #[serde(default)]
    pub report_edit: Option<String>,
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
        }
    }

    /// Reads a draft written by this or an older schema.
    pub fn from_json(json: &str) -> Result<Draft, DraftError> {
        /// Just enough to tell what the data is before reading all of it.
        #[derive(Deserialize)]
        struct Header {
            schema: Option<u64>,
            id: Option<serde::de::IgnoredAny>,
        }
        let header: Header = serde_json::from_str(json).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => DraftError::NotADraft,
            _ => DraftError::NotJson(e.to_string()),
        })?;
        let (Some(schema), Some(_)) = (header.schema, header.id) else {
            return Err(DraftError::NotADraft);
        };
        if schema > u64::from(DRAFT_SCHEMA) {
            return Err(DraftError::NewerSchema(schema));
        }
        // Schema 1 is the first. A future schema 2 reads older data here into
        // the old shape and converts it before returning.
        serde_json::from_str(json).map_err(|e| DraftError::Shape(e.to_string()))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
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
}
