//! What the header says of a draft: each checklist's figures, named (a
//! running score, muted until every section has an answer), and the veto
//! facts still to answer. One rule for the header and for the snapshot the
//! boot script puts on the prerendered first screen.

use crate::draft::Draft;
use crate::occasion::Occasion;
use crate::score::{missing_facts, missing_facts_label, TemplateResult};
use crate::template::{unique_facts, Fact, Template};

/// One checklist's figures as the header shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// The score (93.0) or —.
    pub score: String,
    /// The grade, 评完后确定, 不确定等次 or 未评 (`TemplateResult::grade_label`);
    /// empty where the occasion grades no checklist ([`graded`]).
    pub grade: String,
    pub answered: usize,
    pub total: usize,
    /// Muted, not a result: a running score (some section has no answer),
    /// or a score for an occasion that gives no 等次.
    pub provisional: bool,
}

impl Figures {
    /// `r`'s figures for a draft of `occasion` (`None`: one this computer
    /// lacks, shown as graded).
    pub fn of(r: &TemplateResult, occasion: Option<&Occasion>) -> Figures {
        let graded = graded(occasion);
        Figures {
            score: r.score().map_or("—".to_string(), |s| s.to_string()),
            grade: if graded {
                r.grade_label()
            } else {
                String::new()
            },
            answered: r.tally.answered,
            total: r.tally.total,
            provisional: r.provisional() || !graded,
        }
    }
}

/// Whether a draft of `occasion` is shown a grade by checklist: the one
/// rule for the header, the snapshot and the score cards. Not where the
/// occasion has no 等次 ([`Occasion::grades`]: a 组织生活会), nor where it
/// gives one 等次 for the whole draft in its own words (its `bands`: a
/// 民主评议's 优秀/合格…, a 年度考核's 优秀/称职…, which 结果与报告 shows
/// with the veto facts' consequences): a checklist's 良好 there is no
/// grade the occasion knows. An occasion this computer lacks is shown as
/// graded.
pub fn graded(occasion: Option<&Occasion>) -> bool {
    occasion.is_none_or(|o| o.grades() && o.bands.is_empty())
}

/// The veto facts `draft` is asked: its occasion's list (its templates'
/// and its own), else its templates', each once.
pub fn asked_facts<T: AsRef<Template>>(
    occasion: Option<&Occasion>,
    templates: &[T],
    draft: &Draft,
) -> Vec<Fact> {
    match occasion {
        Some(o) => o.facts_with(templates, draft),
        None => {
            let mut facts = unique_facts(templates);
            facts.retain(|f| draft.asks(f));
            facts
        }
    }
}

/// 还差N个否决事项 while some of `facts` are unanswered, once rating has
/// begun (the first screen stays calm).
pub fn missing_facts_note(draft: &Draft, facts: &[Fact]) -> Option<String> {
    let begun = draft.answers.values().any(|a| !a.is_empty());
    missing_facts_label(missing_facts(facts, draft)).filter(|_| begun)
}
