//! The path from opening the file to the 材料 in hand, as the step
//! indicator shows it (自评 → 查摆问题 → 个人信息与场合 → 材料 → 台账): which
//! steps are done. Not a wizard: every screen stays reachable.

use crate::draft::Draft;
use crate::occasion::Occasion;
use crate::score::score_template;
use crate::template::Template;

/// A step of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// 自评: every item of every checklist answered.
    Rate,
    /// 查摆问题: as many problems written as the occasion usually has.
    Problems,
    /// 个人信息与场合: the name given (the occasion always has a value).
    Person,
    /// 材料: read, edited, copied or downloaded on the results screen.
    Material,
    /// 台账: the ledger the problems make.
    Ledger,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Rate,
        Step::Problems,
        Step::Person,
        Step::Material,
        Step::Ledger,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Step::Rate => "自评",
            Step::Problems => "查摆问题",
            Step::Person => "个人信息与场合",
            Step::Material => "材料",
            Step::Ledger => "台账",
        }
    }
}

/// Whether `step` is done for `draft` over `templates` and its `occasion`.
/// The 材料 and the 台账 are made from the rest: done once it is.
pub fn step_done(
    step: Step,
    draft: &Draft,
    templates: &[&Template],
    occasion: Option<&Occasion>,
) -> bool {
    let rated = || {
        templates
            .iter()
            .all(|t| score_template(t, draft).tally.is_complete())
    };
    let written = || {
        let min = occasion.map_or(1, |o| o.problems.min.max(1)) as usize;
        draft.problems.iter().filter(|p| !p.is_blank()).count() >= min
    };
    let named = || !draft.person.name.trim().is_empty();
    match step {
        Step::Rate => rated(),
        Step::Problems => written(),
        Step::Person => named(),
        Step::Material | Step::Ledger => rated() && written() && named(),
    }
}
