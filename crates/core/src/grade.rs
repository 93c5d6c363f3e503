//! Grading as practised (GENRE §3): a grade only once every item is rated and
//! every veto fact answered ("评完后确定"), called 自评参考等次, in the
//! occasion's band set, with veto facts as yes/no facts and the effect the
//! occasion (or else the template) gives them. The 材料's words for it are
//! `ziping_report::grade_sentence`'s.

use crate::draft::Draft;
use crate::occasion::Occasion;
use crate::score::{capped_band, item_state, score_template, ItemState, Score, Tally};
use crate::template::{Band, Effect, Template};

/// How the grade stands for an occasion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OccasionGrade {
    /// Items and veto facts still to answer (a shared statement counts once).
    pub remaining: usize,
    /// Of which veto facts (是否存在……情形 not yet answered).
    pub remaining_facts: usize,
    /// Statements both checklists hold, unrated: each counted once in
    /// `remaining`, in both checklists' own 已评 (their sum is this more).
    pub shared_open: usize,
    /// The 参考等次, one per template where the occasion uses the templates'
    /// own bands, else one overall; empty until complete or when ruled out.
    pub grades: Vec<(String, Option<Score>, Option<String>)>,
    /// The veto facts answered 是, each with what follows from it.
    pub consequences: Vec<Consequence>,
    /// A fact rules out any grade (只写评语、不确定等次).
    pub no_grade: bool,
}

/// A veto fact answered 是 and what follows from it (the 材料 words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consequence {
    /// The fact's question (是否存在……情形？).
    pub question: String,
    /// What the fact does to the grade.
    pub effect: Effect,
    /// What the occasion says follows, where it says so.
    pub stated: Option<String>,
    /// The top and the lowest band of the set the grade is given in.
    pub top: Option<String>,
    pub lowest: Option<String>,
}

/// The bands the veto facts answered 是 rule out (not offered to choose).
pub fn barred_bands(o: &Occasion, g: &OccasionGrade) -> Vec<String> {
    let barred = o.bands.iter().filter(|b| grade_barred(o, g, &b.label));
    barred.map(|b| b.label.clone()).collect()
}

/// Whether the veto facts answered 是 rule out the band `label` for a
/// member who chooses their own 等次 (民主评议): 优秀 after a 诫勉, anything
/// but the lowest after a 重处分, any band where no grade is given.
pub fn grade_barred(o: &Occasion, g: &OccasionGrade, label: &str) -> bool {
    let (top, lowest) = (o.bands.first(), o.bands.last());
    g.consequences.iter().any(|c| match c.effect {
        Effect::NotTop => top.is_some_and(|b| b.label == label),
        Effect::Lowest => lowest.is_some_and(|b| b.label != label),
        Effect::NoGrade => true,
        Effect::Gate => false,
    })
}

/// The grade of `draft` over `templates` for `occasion`.
pub fn occasion_grade(
    occasion: &Occasion,
    templates: &[&Template],
    draft: &Draft,
) -> OccasionGrade {
    // Unanswered items, a shared statement counted once (where it is kept,
    // when that template is here).
    let (mut open, mut shared_open) = (0, 0);
    let mut open_facts: Vec<&str> = Vec::new();
    let mut hit: Vec<&str> = Vec::new();
    let mut effects = Vec::new();
    let mut consequences = Vec::new();
    let mut pooled = Tally::default();
    for t in templates {
        for (_, item) in t.items() {
            let state = item_state(t, item, draft.answer_for(t, item));
            if state == ItemState::Unanswered {
                match item.kept_elsewhere(templates) {
                    true => shared_open += 1,
                    false => open += 1,
                }
            }
        }
    }
    // The templates' facts, then the occasion's own (民主评议's 反向情形),
    // each graded in the bands its grade is given in.
    let own_bands = templates
        .first()
        .map_or(&occasion.bands[..], |t| bands_for(occasion, t));
    let template_facts = templates
        .iter()
        .flat_map(|t| t.facts.iter().map(move |f| (f, bands_for(occasion, t))));
    let occasion_facts = occasion.facts.iter().map(|f| (f, own_bands));
    for (f, bands) in template_facts.chain(occasion_facts) {
        if !draft.asks(f) {
            continue;
        }
        match draft.answer_to(f) {
            None if !open_facts.contains(&f.id.as_str()) => open_facts.push(&f.id),
            Some(true) if draft.fact_hit(f) && !hit.contains(&f.id.as_str()) => {
                hit.push(&f.id);
                // The occasion's rule for the fact, else the fact's own.
                let rule = occasion.effect_for(&f.id);
                let effect = rule.map_or(f.effect, |r| r.effect);
                effects.push(effect);
                let own = rule.map_or("", |r| r.consequence.trim());
                consequences.push(Consequence {
                    question: f.question.clone(),
                    effect,
                    stated: (!own.is_empty()).then(|| own.to_string()),
                    top: bands.first().map(|b| b.label.clone()),
                    lowest: bands.last().map(|b| b.label.clone()),
                });
            }
            _ => {}
        }
    }
    let no_grade = effects.contains(&Effect::NoGrade);
    let remaining = open + open_facts.len();
    // One grade per template in its own bands, or one in the occasion's.
    let grade = |title: &str, score: Option<Score>, bands: &[Band], caps: &[usize]| {
        let label = score
            .filter(|_| remaining == 0)
            .and_then(|s| capped_band(bands, s, caps, &effects))
            .and_then(|i| bands.get(i))
            .map(|b| b.label.clone());
        (title.to_string(), score, label)
    };
    let mut grades = Vec::new();
    let mut vetoed = false;
    for t in templates {
        let r = score_template(t, draft);
        // The occasion's bands grade the score of all the items together.
        pooled.earned += r.tally.earned;
        pooled.possible += r.tally.possible;
        vetoed |= !r.vetoes.is_empty();
        if occasion.bands.is_empty() {
            let caps: Vec<usize> = r
                .vetoes
                .iter()
                .filter_map(|v| t.band_index(&v.cap))
                .collect();
            grades.push(grade(&t.title, r.score(), &t.bands, &caps));
        }
    }
    if !occasion.bands.is_empty() {
        // A format-1 veto caps below the top band of the occasion's set too.
        let caps: &[usize] = if vetoed { &[1] } else { &[] };
        grades.push(grade("", pooled.score(), &occasion.bands, caps));
    }
    OccasionGrade {
        remaining,
        remaining_facts: open_facts.len(),
        shared_open,
        grades,
        consequences,
        no_grade,
    }
}

/// The bands a grade is given in: the occasion's, else the template's.
pub(crate) fn bands_for<'a>(occasion: &'a Occasion, t: &'a Template) -> &'a [Band] {
    if occasion.bands.is_empty() {
        &t.bands
    } else {
        &occasion.bands
    }
}
