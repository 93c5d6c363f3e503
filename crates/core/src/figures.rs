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
    /// The grade, 评完后确定, 不确定等次 or 未评 (`TemplateResult::grade_label`).
    pub grade: String,
    pub answered: usize,
    pub total: usize,
    /// A running score, not yet a result: some section has no answer.
    pub provisional: bool,
}

impl Figures {
    pub fn of(r: &TemplateResult) -> Figures {
        Figures {
            score: r.score().map_or("—".to_string(), |s| s.to_string()),
            grade: r.grade_label(),
            answered: r.tally.answered,
            total: r.tally.total,
            provisional: r.provisional(),
        }
    }
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
    missing_facts_label(missing_facts(facts, &draft.facts)).filter(|_| begun)
}
