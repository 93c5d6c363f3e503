//! 整改时限 as people write them, read into a typed value, and the rule for an
//! overdue ledger row. No clock here: the caller passes today's date and the
//! day a 时限 counts from (the row's base: the 材料's date, else the day the
//! row was made; see `carry::row_base`).
//!
//! Where a form is ambiguous the later reading is taken, so a row is never
//! marked overdue early: 2027年3月 and 2027年3月前 mean the end of March.

use crate::civil::CivilDate;

/// The written forms of 立行立改 a 材料 may keep as they are (the 体检
/// leaves them, [`official_deadline`] prints them as written).
pub(crate) const IMMEDIATE: [&str; 5] = [
    "立行立改",
    "立知立改",
    "即知即改",
    "立即整改",
    "立行立改到位",
];

/// The 时限 as an official paper prints it (the ledger and its exports,
/// the 查摆问题 list): a 时限 of one part said as people speak it (马上改,
/// 立刻 …) as 立行立改, 长期 as 长期坚持, anything else (an official form
/// such as 立即整改 too) as written, trimmed.
pub fn official_deadline(text: &str) -> String {
    let shown: String = text.chars().filter(|c| !unseen(*c)).collect();
    let t = shown.trim();
    // A full stop at the end does not make a second part.
    let said = t.trim_end_matches('。');
    if IMMEDIATE.contains(&said) {
        return t.to_string();
    }
    let single = one_part(said);
    match Deadline::parse(t) {
        Deadline::Immediate if single => "立行立改".to_string(),
        Deadline::Ongoing if single => "长期坚持".to_string(),
        _ => written_deadline(t).unwrap_or_else(|| t.to_string()),
    }
}

/// [`official_deadline`] where the day a 时限 counts from is known (the
/// 材料's date, a ledger row's base): a span or a day said without its year
/// (3个月内, 两周内, 明年3月底前, 年底前, 3月底前) is written as the day it
/// means, as the 体检's fix writes it ([`Deadline::reading`]): 2027年4月底前.
pub fn official_deadline_on(text: &str, draft_year: i32, base: CivilDate) -> String {
    let t = official_deadline(text);
    let read = Deadline::parse(&t);
    match read {
        Deadline::Months(_)
        | Deadline::Weeks(_)
        | Deadline::NextYear { .. }
        | Deadline::YearEnd
        | Deadline::Next { .. } => read.reading(draft_year, base).map_or(t, |r| r.written),
        _ => t,
    }
}

/// A 时限 written in figures (2027.6.30, 2027-06-30, 2027/6, each maybe
/// with 前) as an official paper writes a day: 2027年6月底前 (the month's
/// last day), 2027年6月15日前. `None` for any other form.
fn written_deadline(text: &str) -> Option<String> {
    let norm = normalize(text);
    let bare = ["以前", "之前", "前"]
        .iter()
        .find_map(|w| norm.strip_suffix(w))
        .unwrap_or(&norm);
    if !bare
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'/'))
    {
        return None;
    }
    match parse_one(bare)? {
        Deadline::Date(d) => Some(written_date(d)),
        _ => None,
    }
}

/// A 时限, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deadline {
    /// A fixed day: 2027年3月底前 (31 March 2027), 2027年3月31日前,
    /// 2027-03-31, 2027年底前, 2027年第一季度末, 2027年上半年 …
    Date(CivilDate),
    /// 年底前 / 年内 without a year: 31 December of the draft's year.
    YearEnd,
    /// A month, quarter or half-year without a year (3月底前, 第一季度末,
    /// 上半年, 6月30日前): its next occurrence on or after the base day.
    /// `day: None` is the month's last day.
    Next { month: u32, day: Option<u32> },
    /// 立行立改 (also 立知立改, 即知即改, 立即整改): one month after the base
    /// day.
    Immediate,
    /// N个月内 (一个月内, 3个月内, 两个月内, 半年内, 一年内; 1 to 12): the
    /// end of the month N months after the base day.
    Months(u32),
    /// N周内 (两周内, 3个星期内; 1 to 52): the end of the month 7N days
    /// after the base day.
    Weeks(u32),
    /// 明年…… (明年3月底前, 明年上半年, 明年底前): that month, quarter or
    /// half-year of the year after the base day's.
    NextYear { month: u32, day: Option<u32> },
    /// 长期坚持: never overdue, and the row's status is 长期坚持.
    Ongoing,
    /// Anything else (or nothing), kept as written and never overdue.
    Unread(String),
}

impl Deadline {
    /// Reads a 时限. Never panics; what it cannot read is `Unread(text)`.
    /// Several parts joined by 、，；or 并 are read as one only when one of them
    /// is 长期坚持 (立行立改、长期坚持 is 长期坚持) or only one part is left.
    pub fn parse(text: &str) -> Deadline {
        let norm = normalize(text);
        let mut parts = Vec::new();
        for seg in norm.split(is_separator) {
            if !seg.is_empty() {
                parts.push(parse_one(seg));
            }
        }
        if parts.contains(&Some(Deadline::Ongoing)) {
            return Deadline::Ongoing;
        }
        match parts.as_slice() {
            [Some(d)] => d.clone(),
            _ => Deadline::Unread(text.to_string()),
        }
    }

    /// The last day the row may still be open, or `None` for 长期坚持 and
    /// unread forms. `draft_year` is the draft's 年度; `base` the day the
    /// 时限 counts from (the 材料's date, else the day the row was made). A
    /// 年底前 counted from after that year has ended means the end of the
    /// base day's year.
    pub fn due(&self, draft_year: i32, base: CivilDate) -> Option<CivilDate> {
        match self {
            Deadline::Date(d) => Some(*d),
            Deadline::YearEnd => CivilDate::new(draft_year.max(base.year), 12, 31),
            Deadline::Next { month, day } => {
                let on = |year| match day {
                    Some(d) => CivilDate::new(year, *month, (*d).min(days(year, *month))),
                    None => CivilDate::month_end(year, *month),
                };
                let this_year = on(base.year)?;
                if this_year >= base {
                    Some(this_year)
                } else {
                    on(base.year.checked_add(1)?)
                }
            }
            Deadline::Immediate => Some(base.add_months(1)),
            // A span ends with its month, as the 材料 and the ledger write
            // it (3个月内 from 15 January: 2027年4月底前).
            Deadline::Months(_) | Deadline::Weeks(_) => {
                let d = match self {
                    Deadline::Months(n) => base.add_months(*n),
                    Deadline::Weeks(n) => base.add_days(7 * n),
                    _ => base,
                };
                CivilDate::month_end(d.year, d.month)
            }
            Deadline::NextYear { month, day } => {
                let year = base.year.checked_add(1)?;
                match day {
                    Some(d) => CivilDate::new(year, *month, (*d).min(days(year, *month))),
                    None => CivilDate::month_end(year, *month),
                }
            }
            Deadline::Ongoing | Deadline::Unread(_) => None,
        }
    }

    /// The 时限 as a 材料 writes it and the day understood, counted from
    /// `dated` (the 材料's date) for the draft of 年度 `draft_year`: 马上改
    /// is 立行立改, 长期 长期坚持, 3个月内 from 2027年1月15日 2027年4月底前
    /// (a span counted in months or weeks ends with its month), 年底前 the
    /// end of the year the 材料 is dated, 明年3月底前 March of the year
    /// after. `None` for a 时限 the calendar cannot read.
    pub fn reading(&self, draft_year: i32, dated: CivilDate) -> Option<DeadlineReading> {
        let due = match self {
            Deadline::Ongoing => {
                return Some(DeadlineReading {
                    written: "长期坚持".to_string(),
                    due: None,
                })
            }
            Deadline::Unread(_) => return None,
            Deadline::Immediate => {
                return Some(DeadlineReading {
                    written: "立行立改".to_string(),
                    due: self.due(draft_year, dated),
                })
            }
            _ => self.due(draft_year, dated)?,
        };
        Some(DeadlineReading {
            written: written_date(due),
            due: Some(due),
        })
    }
}

/// A 时限 read ([`Deadline::reading`]): its written form and its day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineReading {
    /// 立行立改, 长期坚持, 2027年4月底前, 2027年底前, 2027年6月15日前.
    pub written: String,
    /// The last day; `None` for 长期坚持.
    pub due: Option<CivilDate>,
}

/// 2027年4月底前 for a month's last day (2027年底前 for December's),
/// else 2027年6月15日前.
fn written_date(d: CivilDate) -> String {
    if d.day != days(d.year, d.month) {
        format!("{}年{}月{}日前", d.year, d.month, d.day)
    } else if d.month == 12 {
        format!("{}年底前", d.year)
    } else {
        format!("{}年{}月底前", d.year, d.month)
    }
}

fn days(year: i32, month: u32) -> u32 {
    crate::civil::days_in_month(year, month)
}

/// The status of a ledger row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RowStatus {
    /// 未启动
    #[default]
    NotStarted,
    /// 推进中
    InProgress,
    /// 已完成
    Done,
    /// 长期坚持
    Ongoing,
}

impl RowStatus {
    pub const ALL: [RowStatus; 4] = [
        RowStatus::NotStarted,
        RowStatus::InProgress,
        RowStatus::Done,
        RowStatus::Ongoing,
    ];

    /// The label the person sees: 未启动 / 推进中 / 已完成 / 长期坚持.
    pub fn label(self) -> &'static str {
        match self {
            RowStatus::NotStarted => "未启动",
            RowStatus::InProgress => "推进中",
            RowStatus::Done => "已完成",
            RowStatus::Ongoing => "长期坚持",
        }
    }

    /// The status of a label, or `None`.
    pub fn from_label(label: &str) -> Option<RowStatus> {
        RowStatus::ALL
            .into_iter()
            .find(|s| s.label() == label.trim())
    }

    /// The status that counts: a 时限 of 长期坚持 makes the row 长期坚持.
    pub fn effective(self, deadline: &Deadline) -> RowStatus {
        match deadline {
            Deadline::Ongoing => RowStatus::Ongoing,
            _ => self,
        }
    }
}

/// Overdue: the 时限 counted from `base` has passed (its last day is before
/// `today`) and the row is neither done nor 长期坚持. Unread forms are
/// never overdue.
pub fn is_overdue(
    deadline: &Deadline,
    status: RowStatus,
    draft_year: i32,
    base: CivilDate,
    today: CivilDate,
) -> bool {
    let open = matches!(
        status.effective(deadline),
        RowStatus::NotStarted | RowStatus::InProgress
    );
    open && deadline
        .due(draft_year, base)
        .is_some_and(|due| due < today)
}

/// A 时限 that names no time (尽快, 下次开会, or none): the calendar does not
/// read it and no year or figure is in it (2027年上半年完成 names one). The
/// 材料 asks for one.
pub fn names_no_time(text: &str) -> bool {
    matches!(Deadline::parse(text), Deadline::Unread(_))
        && !text.contains(|c: char| c.is_ascii_digit() || c == '年')
}

/// A year end said without its year (年底前, not 今年年底前): in a plan for
/// next year (a 个人总结's "2027年我将……于年底前"), next year's.
pub fn bare_year_end(text: &str) -> bool {
    matches!(Deadline::parse(text), Deadline::YearEnd)
        && !["今年", "本年", "当年"].iter().any(|w| text.contains(w))
}

/// A 时限 of one part (马上改, 长期坚持, 2027年3月底前), as the reader of a
/// 时限 splits parts: 立行立改、长期坚持 and 2027年6月底前完成，并长期坚持
/// are two. Only a 时限 of one part is rewritten (立行立改, 长期坚持) or
/// taken for a measure that says only when.
pub fn one_part(text: &str) -> bool {
    !normalize(text).contains(is_separator)
}

/// A measure that says only when (马上改, 长期坚持, 年底前), not what: one
/// part the calendar reads (长期坚持，每月读一本书 says what). The 材料 asks
/// for the measure and takes it as the 时限; `empty-measure` says so.
pub fn only_a_deadline(measure: &str) -> bool {
    let t = measure.trim().trim_end_matches(['。', '；', '，']);
    !t.is_empty() && one_part(t) && !matches!(Deadline::parse(t), Deadline::Unread(_))
}

/// Between parts of a 时限: 立行立改、长期坚持.
fn is_separator(c: char) -> bool {
    matches!(c, '、' | ',' | ';' | '。' | '并')
}

/// Full-width digits and punctuation to ASCII; spaces dropped; 年年 (as in
/// 2027年年底前) read as one 年.
/// What a paste from a chat or a document brings unseen: control
/// characters, a soft hyphen, zero-width spaces and joiners, direction
/// marks and isolates.
fn unseen(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !c.is_whitespace() && !unseen(*c)) {
        let c = match crate::civil::half_width_digit(c) {
            '．' => '.',
            '－' | '—' | '–' => '-',
            '／' => '/',
            '，' => ',',
            '；' => ';',
            c => c,
        };
        if !(c == '年' && out.ends_with('年')) {
            out.push(c);
        }
    }
    out
}

const PREFIXES: [&str; 7] = ["截止到", "截至", "截止", "于", "在", "到", "至"];
const SUFFIXES: [&str; 16] = [
    "完成整改",
    "整改完成",
    "整改到位",
    "到位",
    "完成",
    "为止",
    "以前",
    "之前",
    "前",
    "止",
    "以内",
    "内",
    "底",
    "末",
    "度",
    ".",
];

fn strip(mut s: &str) -> &str {
    for p in PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest;
            break;
        }
    }
    while let Some(rest) = SUFFIXES.iter().find_map(|x| s.strip_suffix(x)) {
        s = rest;
    }
    s
}

fn parse_one(seg: &str) -> Option<Deadline> {
    let s = strip(seg);
    match s {
        "长期坚持" | "长期" | "一直" | "一直坚持" => return Some(Deadline::Ongoing),
        "立行立改" | "立知立改" | "即知即改" | "立即整改" | "立即" | "立改" | "马上改" | "马上"
        | "马上整改" | "立即改" | "立刻改" => return Some(Deadline::Immediate),
        "年" | "本年" | "今年" | "当年" | "下半年" => return Some(Deadline::YearEnd),
        "半年" => return Some(Deadline::Months(6)),
        "一年" | "1年" => return Some(Deadline::Months(12)),
        _ => {}
    }
    if let Some(rest) = s.strip_prefix("明年") {
        let (month, day) = period(rest)?;
        CivilDate::new(2000, month, day.unwrap_or(1))?;
        return Some(Deadline::NextYear { month, day });
    }
    if let Some(n) = ["个星期", "星期", "周"]
        .iter()
        .find_map(|w| s.strip_suffix(w))
    {
        let n = if n == "两" { Some(2) } else { number(n) };
        return n.filter(|n| (1..=52).contains(n)).map(Deadline::Weeks);
    }
    if let Some(n) = s.strip_suffix("个月") {
        let n = if n == "两" { Some(2) } else { number(n) };
        return n.filter(|n| (1..=12).contains(n)).map(Deadline::Months);
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        let year = digits_value(&s[..4]) as i32;
        if !(1900..=2199).contains(&year) {
            return None;
        }
        let rest = &s[4..];
        return match rest.chars().next()? {
            '年' => {
                let rest = rest.trim_start_matches('年');
                let (month, day) = period(rest)?;
                let d = match day {
                    Some(d) => CivilDate::new(year, month, d),
                    None => CivilDate::month_end(year, month),
                };
                d.map(Deadline::Date)
            }
            sep @ ('.' | '-' | '/') => {
                let mut it = rest[1..].split(sep);
                let month = ascii_number(it.next()?)?;
                let d = match it.next() {
                    Some(day) => CivilDate::new(year, month, ascii_number(day)?),
                    None => CivilDate::month_end(year, month),
                };
                if it.next().is_some() {
                    return None;
                }
                d.map(Deadline::Date)
            }
            _ => None,
        };
    }
    if s.is_empty() {
        return None;
    }
    let (month, day) = period(s)?;
    // 6月30日 must exist in some year (2月29日 does).
    CivilDate::new(2000, month, day.unwrap_or(1))?;
    Some(Deadline::Next { month, day })
}

/// After the year: "" (the year's end), 上半年, 下半年, [第]一季, M月, M月D日/号.
/// Returns (month, day), day `None` for the month's end.
fn period(s: &str) -> Option<(u32, Option<u32>)> {
    match s {
        "" | "下半年" => return Some((12, None)),
        "上半年" => return Some((6, None)),
        _ => {}
    }
    let s = s.strip_prefix('第').unwrap_or(s);
    if let Some(q) = s.strip_suffix('季') {
        let q = number(q)?;
        return (1..=4).contains(&q).then_some((q * 3, None));
    }
    let (m, rest) = s.split_once('月')?;
    let month = number(m)?;
    if !(1..=12).contains(&month) {
        return None;
    }
    if rest.is_empty() {
        return Some((month, None));
    }
    let d = rest
        .strip_suffix('日')
        .or_else(|| rest.strip_suffix('号'))?;
    Some((month, Some(number(d)?)))
}

fn ascii_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits_value(s))
}

/// The value of a string of ASCII digits (checked by the caller, at most 4).
fn digits_value(s: &str) -> u32 {
    s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'))
}

/// 1–99 in ASCII digits or Chinese numerals (三, 十二, 二十一, 三十一).
fn number(s: &str) -> Option<u32> {
    if let Some(n) = ascii_number(s) {
        return Some(n);
    }
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c);
    let mut it = s.chars();
    let chars = [it.next(), it.next(), it.next(), it.next()];
    let n = match chars {
        [Some('十'), None, ..] => 10,
        [Some(d), None, ..] => digit(d)?,
        [Some('十'), Some(u), None, _] => 10 + digit(u)?,
        [Some(t), Some('十'), None, _] => 10 * digit(t)?,
        [Some(t), Some('十'), Some(u), None] => 10 * digit(t)? + digit(u)?,
        _ => return None,
    };
    (n > 0).then_some(n as u32)
}
