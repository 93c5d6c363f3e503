//! What the checks read besides the draft, worked out once per run.

use super::words::CheckWords;
use crate::civil::CivilDate;
use crate::draft::Draft;
use crate::occasion::Occasion;
use crate::problem::{Cause, Problem};
use crate::template::Template;

/// What the checks read besides the draft, worked out once.
pub(crate) struct Ctx<'a> {
    pub d: &'a Draft,
    pub occasion: &'a Occasion,
    pub templates: &'a [&'a Template],
    pub words: &'a CheckWords,
    /// The 年度, where the draft states one.
    pub year: Option<i32>,
    /// The day the 材料 is dated (a month without a day: its first day).
    pub dated: CivilDate,
    /// The 落款日期 as the 材料 prints it (2027年1月, or the day).
    pub dated_text: String,
    /// Whether the 材料 has a 原因剖析 (a 个人总结 or a 民主评议 has none).
    pub prints_causes: bool,
    /// Whether its 努力方向 are next year's ([`Occasion::plans_next_year`]).
    pub plans_next_year: bool,
}

impl Ctx<'_> {
    /// `p`'s 原因, read only where the 材料 prints them: no finding on text
    /// the person hands in nowhere.
    pub fn causes<'p>(&self, p: &'p Problem) -> &'p [Cause] {
        match self.prints_causes {
            true => &p.causes,
            false => &[],
        }
    }
}
