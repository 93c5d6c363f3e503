//! Scoring: item points, section subtotals, the 0–100 score, grade bands,
//! 一票否决, completion, the four-model profile and item rankings.
//!
//! All arithmetic is on integers; the one rounding rule lives in
//! [`Score::from_ratio`].

use std::collections::BTreeSet;
use std::fmt;

use crate::draft::{Answer, Draft, Rating};
use crate::ids::{ItemId, TemplateId};
use crate::order::sort_by;
use crate::template::{Effect, Fact, Item, Level, Section, Template};

/// A score from 0 to 100 with one decimal, stored in tenths of a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u16);

impl Score {
    pub const MAX: Score = Score(1000);

    /// `earned / possible` scaled to 0–100, rounded half up to one decimal.
    /// This is the only rounding in the crate. `None` when nothing counts.
    pub fn from_ratio(earned: u64, possible: u64) -> Option<Score> {
        if possible == 0 {
            return None;
        }
        let earned = earned.min(possible);
        let tenths = (earned * 2000 + possible) / (2 * possible);
        Some(Score(tenths as u16))
    }

    pub fn tenths(self) -> u16 {
        self.0
    }

    pub fn points(self) -> f64 {
        f64::from(self.0) / 10.0
    }

    /// As a sentence says it: 98 for a whole score (得分98分, never
    /// 98.0分), 97.5 otherwise. Tables keep one decimal ([`Display`](fmt::Display)).
    pub fn plain(self) -> String {
        match self.0 % 10 {
            0 => (self.0 / 10).to_string(),
            _ => self.to_string(),
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

/// How an item stands in a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState<'a> {
    Unanswered,
    NotApplicable,
    Rated(&'a Level),
}

/// The state of `item` given its answer: an unknown level, or 不适用 on an
/// item that does not offer it, counts as unanswered.
pub fn item_state<'a>(t: &'a Template, item: &Item, answer: Option<&Answer>) -> ItemState<'a> {
    match answer.and_then(|a| a.rating.as_ref()) {
        None => ItemState::Unanswered,
        Some(Rating::NotApplicable) if t.allows_not_applicable(&item.id) => {
            ItemState::NotApplicable
        }
        Some(Rating::NotApplicable) => ItemState::Unanswered,
        Some(Rating::Level(id)) => t.level(id).map_or(ItemState::Unanswered, ItemState::Rated),
    }
}

/// Points earned and possible, in weight × percent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub earned: u64,
    pub possible: u64,
    pub answered: usize,
    pub not_applicable: usize,
    pub total: usize,
}

impl Tally {
    fn add(&mut self, item: &Item, state: ItemState) {
        self.total += 1;
        match state {
            ItemState::Unanswered => {}
            ItemState::NotApplicable => {
                self.answered += 1;
                self.not_applicable += 1;
            }
            ItemState::Rated(level) => {
                self.answered += 1;
                self.earned += u64::from(level.share) * u64::from(item.weight);
                self.possible += 100 * u64::from(item.weight);
            }
        }
    }

    pub fn score(&self) -> Option<Score> {
        Score::from_ratio(self.earned, self.possible)
    }

    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }
}

/// The veto facts of `facts` that `draft` has not yet answered
/// ([`Draft::answer_to`]).
pub fn missing_facts(facts: &[Fact], draft: &Draft) -> usize {
    facts
        .iter()
        .filter(|f| draft.answer_to(f).is_none())
        .count()
}

/// The header's count of the veto facts still to answer (还差4个否决事项);
/// `None` when none is missing.
pub fn missing_facts_label(missing: usize) -> Option<String> {
    (missing > 0).then(|| format!("还差{missing}个否决事项"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionResult {
    pub id: String,
    pub title: String,
    pub tally: Tally,
    /// Sum of the section's item weights (its full marks on a points view).
    pub weight: u64,
}

/// A veto that fired (format 1: an item rated at the lowest level).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VetoHit {
    pub item_id: ItemId,
    pub reason: String,
    pub cap: String,
}

/// A veto fact answered 是.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactHit {
    pub fact_id: String,
    pub question: String,
    pub effect: Effect,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateResult {
    pub template_id: TemplateId,
    pub title: String,
    pub tally: Tally,
    pub sections: Vec<SectionResult>,
    /// Grade from the score's band, capped by any veto; `None` until every
    /// item is rated and every veto fact answered, or when a fact rules out
    /// any grade.
    pub grade: Option<String>,
    pub vetoes: Vec<VetoHit>,
    /// Veto facts answered 是.
    pub facts: Vec<FactHit>,
    /// Ids of veto facts not yet answered.
    pub open_facts: Vec<String>,
    /// The items not yet answered.
    pub unanswered: Unanswered,
    /// Answers for items the template does not have (kept, not scored).
    pub unknown_answers: Vec<ItemId>,
}

/// The items of a template not yet answered: how many, and the first in
/// the template's order — what the screens show (尚有 N 项未评, 下一条未评).
/// Not the whole list: a 1,000-item checklist is scored on every keystroke,
/// and copying every unanswered id was most of that.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unanswered {
    count: usize,
    first: Option<ItemId>,
}

impl Unanswered {
    fn add(&mut self, id: &ItemId) {
        if self.first.is_none() {
            self.first = Some(id.clone());
        }
        self.count += 1;
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The first item not yet answered, in the template's order.
    pub fn first(&self) -> Option<&ItemId> {
        self.first.as_ref()
    }
}

impl TemplateResult {
    pub fn score(&self) -> Option<Score> {
        self.tally.score()
    }

    /// A running score, not yet a result: some section of the checklist has
    /// no answer at all (one rating gives 100.0 分 until the rest are in).
    pub fn provisional(&self) -> bool {
        self.sections
            .iter()
            .any(|s| s.tally.total > 0 && s.tally.answered == 0)
    }

    /// Items and veto facts still to answer before a grade is given.
    pub fn remaining(&self) -> usize {
        self.unanswered.len() + self.open_facts.len()
    }

    pub fn is_complete(&self) -> bool {
        self.remaining() == 0
    }

    /// A fact rules out any grade (只写评语、不确定等次).
    pub fn no_grade(&self) -> bool {
        self.facts.iter().any(|f| f.effect == Effect::NoGrade)
    }

    /// The veto facts still open when they are all that stands between a
    /// fully rated checklist and its grade (the score card then says
    /// 还差N个否决事项, not 评完后确定); `None` otherwise.
    pub fn waits_on_facts(&self) -> Option<usize> {
        let only_facts = self.grade.is_none() && !self.no_grade() && self.unanswered.is_empty();
        Some(self.open_facts.len()).filter(|n| only_facts && *n > 0)
    }

    /// The grade as the screen shows it: the band, "评完后确定" while items or
    /// veto facts remain, "不确定等次" when a fact rules a grade out, "未评"
    /// before anything is rated.
    pub fn grade_label(&self) -> String {
        match (&self.grade, self.score()) {
            (Some(g), _) => g.clone(),
            _ if self.no_grade() => "不确定等次".into(),
            (None, Some(_)) => "评完后确定".into(),
            (None, None) => "未评".into(),
        }
    }
}

/// The band index a score reaches in `bands` once capped: format-1 vetoes
/// name their cap, facts rule out the top band or force the lowest.
pub fn capped_band(
    bands: &[crate::template::Band],
    score: Score,
    caps: &[usize],
    effects: &[Effect],
) -> Option<usize> {
    let by_score = bands
        .iter()
        .position(|b| u32::from(score.tenths()) >= b.min * 10)?;
    let mut at = caps.iter().copied().fold(by_score, usize::max);
    let last = bands.len().saturating_sub(1);
    for e in effects {
        match e {
            Effect::NotTop => at = at.max(1.min(last)),
            Effect::Lowest => at = last,
            Effect::NoGrade => return None,
            Effect::Gate => {}
        }
    }
    Some(at)
}

/// The band a score falls in (bands are validated: highest first, last at 0).
pub fn band_for(t: &Template, score: Score) -> Option<usize> {
    t.bands
        .iter()
        .position(|b| u32::from(score.tenths()) >= b.min * 10)
}

/// Scores one template of a draft.
pub fn score_template(t: &Template, d: &Draft) -> TemplateResult {
    let answers = d.answers.get(&t.id);
    let mut tally = Tally::default();
    let mut sections = Vec::with_capacity(t.sections.len());
    let mut unanswered = Unanswered::default();
    let mut vetoes = Vec::new();
    let lowest = t.lowest_level().map(|l| l.id.as_str());
    // Answers kept in this template's own map that an item reads: when they
    // are all the map holds, no answer is for an item the template lacks.
    let mut read_here = 0;
    for s in &t.sections {
        let mut st = Tally::default();
        for item in &s.items {
            let answer = d.answer_for(t, item);
            if item.shares.is_none() && answer.is_some_and(|a| !a.is_empty()) {
                read_here += 1;
            }
            let state = item_state(t, item, answer);
            st.add(item, state);
            tally.add(item, state);
            match state {
                ItemState::Unanswered => unanswered.add(&item.id),
                ItemState::Rated(level) if Some(level.id.as_str()) == lowest => {
                    if let Some(v) = t.veto_for(&item.id) {
                        vetoes.push(VetoHit {
                            item_id: item.id.clone(),
                            reason: v.reason.clone(),
                            cap: v.cap.clone(),
                        });
                    }
                }
                _ => {}
            }
        }
        sections.push(SectionResult {
            id: s.id.clone(),
            title: s.title.clone(),
            tally: st,
            weight: s.items.iter().map(|i| u64::from(i.weight)).sum(),
        });
    }
    let mut facts = Vec::new();
    let mut open_facts = Vec::new();
    for f in t.facts.iter().filter(|f| d.asks(f)) {
        match d.answer_to(f) {
            None => open_facts.push(f.id.clone()),
            Some(true) if d.fact_hit(f) => facts.push(FactHit {
                fact_id: f.id.clone(),
                question: f.question.clone(),
                effect: f.effect,
            }),
            Some(_) => {}
        }
    }
    let complete = unanswered.is_empty() && open_facts.is_empty();
    let grade = tally.score().filter(|_| complete).and_then(|score| {
        let caps: Vec<usize> = vetoes.iter().filter_map(|v| t.band_index(&v.cap)).collect();
        let effects: Vec<Effect> = facts.iter().map(|f| f.effect).collect();
        capped_band(&t.bands, score, &caps, &effects).map(|i| t.bands[i].label.clone())
    });
    let unknown_answers = match answers {
        Some(a) if a.values().filter(|x| !x.is_empty()).count() > read_here => {
            // Inserted, not collected (crate::order).
            let mut ids = BTreeSet::new();
            for (_, item) in t.items() {
                ids.insert(item.id.as_str());
            }
            a.iter()
                .filter(|(id, ans)| !ids.contains(id.as_str()) && !ans.is_empty())
                .map(|(id, _)| id.clone())
                .collect()
        }
        _ => Vec::new(),
    };
    TemplateResult {
        template_id: t.id.clone(),
        title: t.title.clone(),
        tally,
        sections,
        grade,
        vetoes,
        facts,
        open_facts,
        unanswered,
        unknown_answers,
    }
}

/// The templates of `all` that the draft covers, in the draft's order: the
/// version it records where `all` has it, else the first with that id.
pub fn draft_templates<'a>(all: &'a [Template], d: &Draft) -> Vec<&'a Template> {
    d.templates
        .iter()
        .filter_map(|r| {
            all.iter()
                .find(|t| t.id == r.id && t.version == r.version)
                .or_else(|| all.iter().find(|t| t.id == r.id))
        })
        .collect()
}

/// One model's pooled score across every template of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelScore {
    pub id: String,
    pub label: String,
    pub tally: Tally,
}

impl ModelScore {
    pub fn score(&self) -> Option<Score> {
        self.tally.score()
    }
}

/// The four-model profile: each model's score pooled over every tagged item
/// of every given template, by item weight. Models appear in the order the
/// first template lists them.
pub fn model_profile(templates: &[&Template], d: &Draft) -> Vec<ModelScore> {
    let mut out: Vec<ModelScore> = Vec::new();
    for t in templates {
        for m in &t.models {
            if !out.iter().any(|o| o.id == m.id) {
                out.push(ModelScore {
                    id: m.id.clone(),
                    label: m.label.clone(),
                    tally: Tally::default(),
                });
            }
        }
        for (_, item) in t.items() {
            let state = item_state(t, item, d.answer_for(t, item));
            for m in &item.models {
                if let Some(o) = out.iter_mut().find(|o| &o.id == m) {
                    o.tally.add(item, state);
                }
            }
        }
    }
    out
}

/// An item that has been rated at a level, with where it stands.
#[derive(Debug, Clone, Copy)]
pub struct RatedItem<'a> {
    pub template: &'a Template,
    pub section: &'a Section,
    pub item: &'a Item,
    pub level: &'a Level,
    pub answer: &'a Answer,
}

/// Every item rated at a level, in template order; a statement the
/// checklists share once, where it is kept (a person answers it once).
pub fn rated_items<'a>(templates: &[&'a Template], d: &'a Draft) -> Vec<RatedItem<'a>> {
    let mut out = Vec::new();
    for t in templates {
        for (section, item) in t.items() {
            if item.kept_elsewhere(templates) {
                continue;
            }
            let Some(answer) = d.answer_for(t, item) else {
                continue;
            };
            if let ItemState::Rated(level) = item_state(t, item, Some(answer)) {
                out.push(RatedItem {
                    template: t,
                    section,
                    item,
                    level,
                    answer,
                });
            }
        }
    }
    out
}

/// The `n` best-rated items (highest share, then heaviest weight), ties in
/// template order.
pub fn strongest<'a>(rated: &[RatedItem<'a>], n: usize) -> Vec<RatedItem<'a>> {
    let mut v: Vec<RatedItem<'a>> = rated.iter().filter(|r| !r.level.weak).copied().collect();
    sort_by(&mut v, |a, b| {
        (b.level.share, b.item.weight).cmp(&(a.level.share, a.item.weight))
    });
    v.truncate(n);
    v
}

/// The `n` worst-rated items (lowest share, then heaviest weight), ties in
/// template order; only items below full marks.
pub fn weakest<'a>(rated: &[RatedItem<'a>], n: usize) -> Vec<RatedItem<'a>> {
    let mut v: Vec<RatedItem<'a>> = rated
        .iter()
        .filter(|r| r.level.share < 100)
        .copied()
        .collect();
    sort_by(&mut v, |a, b| {
        (a.level.share, b.item.weight).cmp(&(b.level.share, a.item.weight))
    });
    v.truncate(n);
    v
}

/// The `n` best and the `n` weakest of `rated` ([`strongest`], [`weakest`]),
/// never the same item in both: with few rated, all 较好, they are the best
/// the person has and not also the weakest.
pub fn rankings<'a>(rated: &[RatedItem<'a>], n: usize) -> (Vec<RatedItem<'a>>, Vec<RatedItem<'a>>) {
    let best = strongest(rated, n);
    let rest: Vec<RatedItem<'a>> = rated
        .iter()
        .filter(|r| !best.iter().any(|b| std::ptr::eq(b.item, r.item)))
        .copied()
        .collect();
    let worst = weakest(&rest, n);
    (best, worst)
}

/// Items rated at a weak level: the ones that need rectification.
pub fn to_rectify<'a>(rated: &[RatedItem<'a>]) -> Vec<RatedItem<'a>> {
    rated.iter().filter(|r| r.level.weak).copied().collect()
}
