//! What the checks read besides the draft, worked out once per run.

use super::words::CheckWords;
use crate::civil::CivilDate;
use crate::draft::Draft;
use crate::occasion::Occasion;
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
}
