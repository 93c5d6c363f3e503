//! The date a 材料 is signed with (落款日期): the one the person set, else a
//! default from the draft's 年度 and its occasion's [`DateWindow`]. No clock
//! here: the caller says what today is.

use std::fmt;

use crate::carry::draft_year;
use crate::civil::CivilDate;
use crate::draft::Draft;
use crate::occasion::{DateWindow, Occasion};

/// The date on the 材料's signature line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaterialDate {
    /// 2027年2月10日
    Day(CivilDate),
    /// 2027年1月: the month it will be handed in, the day not known yet.
    Month { year: i32, month: u32 },
}

impl MaterialDate {
    /// The day a 时限 counts from: the day, or the month's first.
    pub fn first_day(self) -> Option<CivilDate> {
        match self {
            MaterialDate::Day(d) => Some(d),
            MaterialDate::Month { year, month } => CivilDate::new(year, month, 1),
        }
    }
}

impl fmt::Display for MaterialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MaterialDate::Day(d) => d.fmt(f),
            MaterialDate::Month { year, month } => write!(f, "{year}年{month}月"),
        }
    }
}

/// The date `d`'s 材料 for `occasion` is signed with, drawn on `today`: the
/// person's own ([`Draft::material_date`]), else
/// [`default_material_date`] for the draft's 年度.
pub fn material_date(d: &Draft, occasion: Option<&Occasion>, today: CivilDate) -> MaterialDate {
    match d.material_date {
        Some(day) => MaterialDate::Day(day),
        None => default_material_date(draft_year(d), occasion.and_then(|o| o.date_window), today),
    }
}

/// The date when the person has set none. Before the occasion's window
/// for 年度 `year`, the window's first month without a day (a 2026年度
/// 组织生活会 drawn in December 2026: 2027年1月); within it or after it,
/// `today`; `today` too when the year is unknown or the occasion has no
/// window.
pub fn default_material_date(
    year: Option<i32>,
    window: Option<DateWindow>,
    today: CivilDate,
) -> MaterialDate {
    if let (Some(year), Some(w)) = (year, window) {
        let (y, m) = w.start(year);
        if (today.year, today.month) < (y, m) {
            return MaterialDate::Month { year: y, month: m };
        }
    }
    MaterialDate::Day(today)
}
