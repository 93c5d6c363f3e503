//! The path from opening the file to the 材料 in hand, as the step
//! indicator shows it (自评 → 查摆问题 → 个人信息与场合 → 材料 → 台账): which
//! steps are done. Not a wizard: every screen stays reachable.

use crate::draft::{Draft, Seen};
use crate::occasion::Occasion;
use crate::score::TemplateResult;

/// A step of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// 自评: every item of every checklist answered.
    Rate,
    /// 查摆问题: as many problems written as the occasion usually has.
    Problems,
    /// 个人信息与场合: the name given (the occasion always has a value).
    Person,
    /// 材料: made (the three steps before are done) and its screen
    /// (结果与报告) opened.
    Material,
    /// 台账: made likewise, and the ledger's screen opened.
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

/// Which steps are done for `draft`, in [`Step::ALL`]'s order, from its
/// checklists' `results` (every item of every one answered: 自评) and its
/// `occasion` (how many problems it usually has: 查摆问题). The 材料 and the
/// 台账 are made from the rest: done once that is done and the person has
/// opened its screen ([`Draft::seen`]), not before they have seen it.
pub fn steps_done(
    draft: &Draft,
    results: &[TemplateResult],
    occasion: Option<&Occasion>,
) -> [bool; 5] {
    let rated = results.iter().all(|r| r.tally.is_complete());
    let min = occasion.map_or(1, |o| o.problems.min.max(1)) as usize;
    let written = draft.problems.iter().filter(|p| !p.is_blank()).count() >= min;
    let named = !draft.person.name.trim().is_empty();
    let made = rated && written && named;
    let seen = |s| made && draft.seen.contains(&s);
    [
        rated,
        written,
        named,
        seen(Seen::Material),
        seen(Seen::Ledger),
    ]
}
