//! Template validation: every rule a template must meet before anyone rates
//! against it, with errors that name the place and the fault in plain Chinese.

use std::collections::BTreeSet;
use std::fmt;

use crate::template::{
    Band, Effect, Template, DEPT_KINDS, LEVELS, NOT_APPLICABLE, TEMPLATE_FORMAT_VERSION,
};

/// Why a template cannot be used. The message says where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    Empty,
    NotJson(String),
    NotATemplate,
    NewerFormat(u64),
    Shape(String),
    MissingText {
        place: String,
        field: &'static str,
    },
    DuplicateId {
        kind: &'static str,
        id: String,
    },
    ReservedLevelId,
    ScaleTooShort,
    ShareOutOfRange {
        level: String,
        share: u32,
    },
    TopShareNotFull {
        level: String,
    },
    SharesNotDescending {
        higher: String,
        lower: String,
    },
    NoBands,
    BandOutOfRange {
        band: String,
        min: u32,
    },
    BandsOutOfOrder {
        higher: String,
        lower: String,
    },
    BandsOverlap {
        first: String,
        second: String,
        min: u32,
    },
    BandsGap {
        lowest: String,
        min: u32,
    },
    NoSections,
    EmptySection {
        section: String,
    },
    WeightNotPositive {
        item: String,
    },
    UnknownModel {
        item: String,
        model: String,
    },
    UnknownGuidanceLevel {
        item: String,
        level: String,
    },
    /// A tagged aid names a 科室类型 or a level this build does not know.
    UnknownAidTag {
        item: String,
        tag: String,
    },
    UnknownVetoItem {
        item: String,
    },
    UnknownVetoCap {
        item: String,
        cap: String,
    },
    SharesItself {
        item: String,
    },
    /// A fact's `when` names no gate (a fact with the effect `gate`) of
    /// this template.
    UnknownFactGate {
        fact: String,
        when: String,
    },
    /// A fact behind a gate is asked where its gate is not.
    GateOccasions {
        fact: String,
        when: String,
    },
    /// A template's fact names a member fact: only an occasion's own may.
    FactMember(String),
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use TemplateError::*;
        match self {
            Empty => write!(f, "模板文件是空的。"),
            NotJson(e) => write!(f, "模板文件不是有效的 JSON：{e}"),
            NotATemplate => write!(
                f,
                "这不是自评模板文件：缺少 \"format\": \"ziping-template\"。"
            ),
            NewerFormat(v) => write!(
                f,
                "该模板使用第 {v} 版格式，比本程序能读的第 {TEMPLATE_FORMAT_VERSION} 版新。请使用新版本的自评程序。"
            ),
            Shape(e) => write!(f, "模板结构不正确：{e}"),
            MissingText { place, field } => write!(f, "{place}缺少{field}。"),
            DuplicateId { kind, id } => write!(f, "{kind}编号“{id}”重复，编号须唯一。"),
            ReservedLevelId => write!(
                f,
                "评分等级的编号不能是“{NOT_APPLICABLE}”，它留给“不适用”。"
            ),
            ScaleTooShort => write!(f, "评分等级至少需要两级。"),
            ShareOutOfRange { level, share } => write!(
                f,
                "评分等级“{level}”的得分比例 {share} 超出范围，须在 0 到 100 之间。"
            ),
            TopShareNotFull { level } => {
                write!(f, "最高评分等级“{level}”须得满分，得分比例应为 100。")
            }
            SharesNotDescending { higher, lower } => write!(
                f,
                "评分等级须从高到低排列：“{lower}”的得分比例不低于排在它前面的“{higher}”。"
            ),
            NoBands => write!(f, "模板没有定义任何等次。"),
            BandOutOfRange { band, min } => write!(
                f,
                "等次“{band}”的起点分数 {min} 超出范围，须在 0 到 100 之间。"
            ),
            BandsOutOfOrder { higher, lower } => write!(
                f,
                "等次须按起点分数从高到低排列：“{lower}”的起点高于排在它前面的“{higher}”。"
            ),
            BandsOverlap { first, second, min } => write!(
                f,
                "等次“{first}”和“{second}”的起点分数都是 {min}，区间重叠。"
            ),
            BandsGap { lowest, min } => write!(
                f,
                "最低等次“{lowest}”从 {min} 分起，0 到 {min} 分之间没有对应等次。"
            ),
            NoSections => write!(f, "模板没有任何部分。"),
            EmptySection { section } => write!(f, "部分“{section}”没有任何条目。"),
            WeightNotPositive { item } => {
                write!(f, "条目“{item}”的权重须为正整数。")
            }
            UnknownModel { item, model } => {
                write!(f, "条目“{item}”引用了模板中没有定义的模范“{model}”。")
            }
            UnknownGuidanceLevel { item, level } => {
                write!(f, "条目“{item}”的等级说明引用了不存在的评分等级“{level}”。")
            }
            UnknownAidTag { item, tag } => write!(
                f,
                "条目“{item}”的参考表述标注了不认识的科室类型或职级“{tag}”。科室类型可用：{}；职级可用：{}。",
                DEPT_KINDS.join("、"),
                LEVELS.join("、")
            ),
            UnknownVetoItem { item } => {
                write!(f, "一票否决项引用了不存在的条目“{item}”。")
            }
            UnknownVetoCap { item, cap } => {
                write!(f, "条目“{item}”的一票否决封顶等次“{cap}”不在等次列表中。")
            }
            SharesItself { item } => write!(
                f,
                "条目“{item}”的共用条目（shares）须指向另一个模板中的条目，不能指向本模板。"
            ),
            UnknownFactGate { fact, when } => write!(
                f,
                "否决事项“{fact}”的前提（when）“{when}”须是本模板中效果为“gate”的另一个事项。"
            ),
            GateOccasions { fact, when } => write!(
                f,
                "否决事项“{fact}”只能在其前提“{when}”询问的场合中询问：它的场合（occasions）须在前提的场合之内。"
            ),
            FactMember(fact) => write!(
                f,
                "否决事项“{fact}”不能跟随党员情况（member）：member 只用于场合设置里的反向情形。"
            ),
        }
    }
}

impl std::error::Error for TemplateError {}

fn require(
    text: &str,
    place: impl FnOnce() -> String,
    field: &'static str,
) -> Result<(), TemplateError> {
    if text.trim().is_empty() {
        Err(TemplateError::MissingText {
            place: place(),
            field,
        })
    } else {
        Ok(())
    }
}

fn unique<'a>(
    seen: &mut BTreeSet<&'a str>,
    id: &'a str,
    kind: &'static str,
) -> Result<(), TemplateError> {
    if seen.insert(id) {
        Ok(())
    } else {
        Err(TemplateError::DuplicateId {
            kind,
            id: id.to_string(),
        })
    }
}

/// Checks every rule; the first fault found is returned.
pub fn validate(t: &Template) -> Result<(), TemplateError> {
    require(&t.id, || "模板".into(), "编号（id）")?;
    require(&t.title, || "模板".into(), "标题（title）")?;
    validate_scale(t)?;
    validate_bands(t)?;

    let mut model_ids = BTreeSet::new();
    for (n, m) in t.models.iter().enumerate() {
        require(&m.id, || format!("第 {} 个模范", n + 1), "编号（id）")?;
        require(&m.label, || format!("模范“{}”", m.id), "名称（label）")?;
        unique(&mut model_ids, &m.id, "模范")?;
    }

    if t.sections.is_empty() {
        return Err(TemplateError::NoSections);
    }
    let mut section_ids = BTreeSet::new();
    let mut item_ids = BTreeSet::new();
    for (n, s) in t.sections.iter().enumerate() {
        require(&s.id, || format!("第 {} 部分", n + 1), "编号（id）")?;
        require(&s.title, || format!("部分“{}”", s.id), "标题（title）")?;
        unique(&mut section_ids, &s.id, "部分")?;
        if s.items.is_empty() {
            return Err(TemplateError::EmptySection {
                section: s.title.clone(),
            });
        }
        for (k, i) in s.items.iter().enumerate() {
            require(
                &i.id,
                || format!("部分“{}”的第 {} 条", s.title, k + 1),
                "编号（id）",
            )?;
            require(&i.text, || format!("条目“{}”", i.id), "内容（text）")?;
            unique(&mut item_ids, &i.id, "条目")?;
            if i.weight == 0 {
                return Err(TemplateError::WeightNotPositive {
                    item: i.id.to_string(),
                });
            }
            if let Some(m) = i.models.iter().find(|m| !model_ids.contains(m.as_str())) {
                return Err(TemplateError::UnknownModel {
                    item: i.id.to_string(),
                    model: m.clone(),
                });
            }
            if let Some(link) = &i.shares {
                require(
                    &link.item,
                    || format!("条目“{}”的共用条目", i.id),
                    "条目编号（item）",
                )?;
                if link.template == t.id || link.template.trim().is_empty() {
                    return Err(TemplateError::SharesItself {
                        item: i.id.to_string(),
                    });
                }
            }
            for text in i.aids.texts() {
                require(text, || format!("条目“{}”的参考表述", i.id), "内容")?;
            }
            // Roles from the 科室类型, levels from the levels: each its own list.
            let mut tags = i.aids.tagged.iter().flat_map(|t| {
                let roles = t.roles.iter().filter(|g| !DEPT_KINDS.contains(&g.as_str()));
                roles.chain(t.levels.iter().filter(|g| !LEVELS.contains(&g.as_str())))
            });
            if let Some(tag) = tags.next() {
                return Err(TemplateError::UnknownAidTag {
                    item: i.id.to_string(),
                    tag: tag.clone(),
                });
            }
            if let Some(g) = i.guidance.iter().find(|g| t.level(&g.level).is_none()) {
                return Err(TemplateError::UnknownGuidanceLevel {
                    item: i.id.to_string(),
                    level: g.level.clone(),
                });
            }
        }
    }

    let mut veto_items = BTreeSet::new();
    for v in &t.vetoes {
        if !item_ids.contains(v.item.as_str()) {
            return Err(TemplateError::UnknownVetoItem {
                item: v.item.to_string(),
            });
        }
        unique(&mut veto_items, &v.item, "一票否决条目")?;
        if t.band_index(&v.cap).is_none() {
            return Err(TemplateError::UnknownVetoCap {
                item: v.item.to_string(),
                cap: v.cap.clone(),
            });
        }
        require(
            &v.reason,
            || format!("条目“{}”的一票否决项", v.item),
            "理由（reason）",
        )?;
    }
    let mut fact_ids = BTreeSet::new();
    for (n, fact) in t.facts.iter().enumerate() {
        require(
            &fact.id,
            || format!("第 {} 个否决事项", n + 1),
            "编号（id）",
        )?;
        unique(&mut fact_ids, &fact.id, "否决事项")?;
        require(
            &fact.question,
            || format!("否决事项“{}”", fact.id),
            "问题（question）",
        )?;
        if !fact.member.is_empty() {
            return Err(TemplateError::FactMember(fact.id.clone()));
        }
    }
    for fact in t.facts.iter().filter(|f| !f.when.is_empty()) {
        let gate = t.fact(&fact.when).filter(|g| g.effect == Effect::Gate);
        let Some(gate) = gate.filter(|_| fact.effect != Effect::Gate) else {
            return Err(TemplateError::UnknownFactGate {
                fact: fact.id.clone(),
                when: fact.when.clone(),
            });
        };
        // Asked only where its gate is (the gate's answer opens it).
        let within = |o: &String| gate.occasions.contains(o);
        if !gate.occasions.is_empty()
            && (fact.occasions.is_empty() || !fact.occasions.iter().all(within))
        {
            return Err(TemplateError::GateOccasions {
                fact: fact.id.clone(),
                when: fact.when.clone(),
            });
        }
    }
    Ok(())
}

fn validate_scale(t: &Template) -> Result<(), TemplateError> {
    let levels = &t.scale.levels;
    if levels.len() < 2 {
        return Err(TemplateError::ScaleTooShort);
    }
    require(
        &t.scale.not_applicable_label,
        || "评分等级".into(),
        "“不适用”的名称（not_applicable_label）",
    )?;
    let mut ids = BTreeSet::new();
    for (n, l) in levels.iter().enumerate() {
        require(&l.id, || format!("第 {} 个评分等级", n + 1), "编号（id）")?;
        require(&l.label, || format!("评分等级“{}”", l.id), "名称（label）")?;
        if l.id == NOT_APPLICABLE {
            return Err(TemplateError::ReservedLevelId);
        }
        unique(&mut ids, &l.id, "评分等级")?;
        if l.share > 100 {
            return Err(TemplateError::ShareOutOfRange {
                level: l.label.clone(),
                share: l.share,
            });
        }
    }
    if levels[0].share != 100 {
        return Err(TemplateError::TopShareNotFull {
            level: levels[0].label.clone(),
        });
    }
    for pair in levels.windows(2) {
        if pair[1].share >= pair[0].share {
            return Err(TemplateError::SharesNotDescending {
                higher: pair[0].label.clone(),
                lower: pair[1].label.clone(),
            });
        }
    }
    Ok(())
}

fn validate_bands(t: &Template) -> Result<(), TemplateError> {
    check_bands(&t.bands)
}

/// The rules a band set meets, in a template or an occasion.
pub(crate) fn check_bands(bands: &[Band]) -> Result<(), TemplateError> {
    if bands.is_empty() {
        return Err(TemplateError::NoBands);
    }
    let mut labels = BTreeSet::new();
    for (n, b) in bands.iter().enumerate() {
        require(&b.label, || format!("第 {} 个等次", n + 1), "名称（label）")?;
        unique(&mut labels, &b.label, "等次")?;
        if b.min > 100 {
            return Err(TemplateError::BandOutOfRange {
                band: b.label.clone(),
                min: b.min,
            });
        }
    }
    for pair in bands.windows(2) {
        let (higher, lower) = (&pair[0], &pair[1]);
        if lower.min == higher.min {
            return Err(TemplateError::BandsOverlap {
                first: higher.label.clone(),
                second: lower.label.clone(),
                min: lower.min,
            });
        }
        if lower.min > higher.min {
            return Err(TemplateError::BandsOutOfOrder {
                higher: higher.label.clone(),
                lower: lower.label.clone(),
            });
        }
    }
    let lowest = &bands[bands.len() - 1];
    if lowest.min != 0 {
        return Err(TemplateError::BandsGap {
            lowest: lowest.label.clone(),
            min: lowest.min,
        });
    }
    Ok(())
}
