//! Civil (calendar) dates without a clock: the ledger compares a 时限 with
//! "today", and the caller says what today is.

use std::fmt;

/// A valid date of the proleptic Gregorian calendar. Ordered by year, month,
/// day, so `a < b` means `a` is the earlier day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of `month` (1–12) in `year`; 0 for a month that does
/// not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// The date, or `None` when that day does not exist (2027-02-29, 13th
    /// month, day 0).
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(CivilDate { year, month, day })
    }

    /// The last day of `month` in `year`.
    pub fn month_end(year: i32, month: u32) -> Option<CivilDate> {
        CivilDate::new(year, month, days_in_month(year, month))
    }

    /// The day in UTC+8 (China) of a moment in ms since the epoch, as the app
    /// stores times.
    pub fn from_epoch_ms(epoch_ms: i64) -> CivilDate {
        let (y, m, d) = civil_date(epoch_ms);
        CivilDate {
            year: y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
            month: m,
            day: d,
        }
    }

    /// The same day `n` months later; a day the later month lacks becomes
    /// its last day (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, n: u32) -> CivilDate {
        let total = i64::from(self.month) - 1 + i64::from(n);
        let year = i64::from(self.year) + total.div_euclid(12);
        let year = year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = self.day.min(days_in_month(year, month));
        CivilDate { year, month, day }
    }

    /// The day `n` days later.
    pub fn add_days(self, n: u32) -> CivilDate {
        let mut d = self;
        for _ in 0..n {
            d = if d.day < days_in_month(d.year, d.month) {
                CivilDate {
                    day: d.day + 1,
                    ..d
                }
            } else if d.month < 12 {
                CivilDate {
                    month: d.month + 1,
                    day: 1,
                    ..d
                }
            } else {
                CivilDate {
                    year: d.year.saturating_add(1),
                    month: 1,
                    day: 1,
                }
            };
        }
        d
    }

    /// Reads "2027-01-15" (four-digit year, two-digit month and day, as an
    /// `<input type="date">` gives it); `None` for anything else or a day
    /// that does not exist.
    pub fn parse_iso(text: &str) -> Option<CivilDate> {
        let number = |part: &str, len: usize| {
            let digits = part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
            digits.then(|| part.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
        };
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        CivilDate::new(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?)
    }

    /// "2027-01-15", as drafts store a date and `parse_iso` reads it.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for CivilDate {
    /// 2027年3月31日, as the 材料 writes dates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}年{}月{}日", self.year, self.month, self.day)
    }
}

/// "20261124" for a time in ms since the epoch (UTC+8), as file names carry
/// the day they were written.
pub fn file_day(epoch_ms: i64) -> String {
    let (y, m, d) = civil_date(epoch_ms);
    format!("{y}{m:02}{d:02}")
}

/// "2026年11月24日" for a time in ms since the epoch, in China Standard Time
/// (UTC+8, no daylight saving).
pub fn chinese_date(epoch_ms: i64) -> String {
    let (y, m, d) = civil_date(epoch_ms);
    format!("{y}年{m}月{d}日")
}

/// (year, month, day) in UTC+8 for ms since the epoch. A time no clock
/// gives (a hand-edited file's `i64::MAX`) stops at the last day there is.
pub fn civil_date(epoch_ms: i64) -> (i64, u32, u32) {
    let days = epoch_ms
        .saturating_add(8 * 3_600_000)
        .div_euclid(86_400_000);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A year and month as a person writes them — "2009.6", "2009.06",
/// "2009-06", "2009/6", "2009年6月", "200906" — as (year, month); `None` for
/// anything else (a day, words, a month beyond 12).
pub fn read_month(text: &str) -> Option<(u32, u32)> {
    let t = text.trim();
    let t = t.strip_suffix('月').unwrap_or(t);
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let (y, m) = match t.find(['.', '-', '/', '年', '．']) {
        Some(i) => {
            let sep = t[i..].chars().next()?;
            (&t[..i], &t[i + sep.len_utf8()..])
        }
        None if t.len() == 6 && digits(t) => t.split_at(4),
        None => return None,
    };
    if y.len() != 4 || !digits(y) || m.len() > 2 || !digits(m) {
        return None;
    }
    let (year, month) = (y.parse().ok()?, m.parse().ok()?);
    (1..=12).contains(&month).then_some((year, month))
}

/// A month as the 材料 prints it: "2009.6" → "2009年6月"; what does not
/// read as a year and month ([`read_month`]) is given back trimmed, as
/// written.
pub fn month_text(text: &str) -> String {
    match read_month(text) {
        Some((y, m)) => format!("{y}年{m}月"),
        None => text.trim().to_string(),
    }
}

/// A full-width digit (１) as its ASCII one; any other character as it is.
pub(crate) fn half_width_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        c => c,
    }
}
