//! A problem's 时限: one the calendar cannot read or reads only with a
//! guess (`deadline-unclear`, with the date understood and the written form
//! as the fix), one its 完成标准 contradicts, and one already past on the
//! day the 材料 is dated (`date-year`).

use super::context::Ctx;
use super::finding::{CheckId, Finding, Place, ProblemField, Severity};
use crate::civil::CivilDate;
use crate::deadline::{bare_year_end, Deadline, IMMEDIATE};
use crate::problem::Problem;

/// Words of a 完成标准 that keeps going (按季度更新).
const RECURRING: [&str; 8] = [
    "长期坚持",
    "常态化",
    "动态更新",
    "定期更新",
    "按季度更新",
    "按月更新",
    "每年更新",
    "按年更新",
];

/// Words of a 完成标准 that is one product, done once (形成……1份).
const ONE_OFF: [&str; 10] = [
    "1份", "一份", "1套", "一套", "1本", "一本", "形成", "制定", "出台", "建立",
];

/// Words of a 完成标准 that repeats (每季度……), which fits 长期坚持.
const REPEATS: [&str; 5] = ["每", "定期", "持续", "长期", "常态"];

fn place(p: &Problem, field: ProblemField) -> Place {
    Place::Problem {
        id: p.id.clone(),
        field,
    }
}

pub(crate) fn problem(cx: &Ctx, p: &Problem, out: &mut Vec<Finding>) {
    let text = p.deadline.trim();
    if text.is_empty() {
        return;
    }
    let read = Deadline::parse(text);
    let year = cx.year.unwrap_or(cx.dated.year);
    let at = || place(p, ProblemField::Deadline);
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.trim_end_matches('。');
    // A 个人总结's 年底 is next year's, as its 努力方向 say it ("2027年我将
    // ……于年底前"), not the 落款日期's.
    let ahead = cx.plans_next_year && cx.year.is_some() && bare_year_end(text);
    let dated = match ahead {
        true => CivilDate::new(year + 1, 1, 1).unwrap_or(cx.dated),
        false => cx.dated,
    };
    match read.reading(year, dated) {
        None => out.push(
            Finding::new(CheckId::DeadlineUnclear, Severity::Must, at(), text).says(format!(
                "时限“{text}”读不出具体日期，审核时会被退回。写作“立行立改”“长期坚持”或具体日期，如“2027年3月底前”。"
            )),
        ),
        Some(r) => {
            let spoken = match &read {
                Deadline::Immediate => !IMMEDIATE.contains(&compact),
                Deadline::Ongoing => !compact.contains("长期坚持"),
                Deadline::Months(_) | Deadline::Weeks(_) | Deadline::NextYear { .. } => true,
                Deadline::YearEnd | Deadline::Next { .. } => false,
                Deadline::Date(_) | Deadline::Unread(_) => false,
            };
            let no_year = matches!(read, Deadline::YearEnd | Deadline::Next { .. });
            // A span is counted from the 落款日期; 立行立改 needs no date (the
            // ledger's month for it is its own rule, not the person's words).
            let due = match r.due.filter(|_| !matches!(read, Deadline::Immediate) && !ahead) {
                Some(d) => format!("，按落款日期（{}）算，即{d}前", cx.dated_text),
                None => String::new(),
            };
            if spoken {
                out.push(
                    // A 提示: the 材料 and the ledger print the written form already.
                    Finding::new(CheckId::DeadlineUnclear, Severity::Note, at(), text)
                        .says(format!("时限“{text}”是口头说法{due}。材料写作“{}”。", r.written))
                        .fix(text, r.written.clone()),
                );
            } else if no_year {
                out.push(
                    Finding::new(CheckId::DeadlineUnclear, Severity::Note, at(), text)
                        .says(format!("时限“{text}”没有写年份，读作“{}”{due}。写明年份更清楚。", r.written))
                        .fix(text, r.written.clone()),
                );
            }
            // A 时限 already past on the day the 材料 is dated: usually the
            // 年度 typed for the year of the meeting.
            if let (Deadline::Date(d), Some(y)) = (&read, cx.year) {
                if *d < cx.dated {
                    out.push(
                        Finding::new(CheckId::DateYear, Severity::Should, at(), text).says({
                            let ex = cx.dated.add_months(3);
                            format!(
                                "时限“{text}”早于材料的落款日期（{}），整改还没开始就已到期，常见于把{y}年度的年份写进了时限。时限要在落款日期之后，如“{}年{}月底前”。",
                                cx.dated, ex.year, ex.month
                            )
                        }),
                    );
                }
            }
        }
    }
    mismatch(p, &read, out);
}

/// `deadline-standard-mismatch`: a one-off 时限 with a 完成标准 that keeps
/// going, or 长期坚持 with one product done once.
fn mismatch(p: &Problem, read: &Deadline, out: &mut Vec<Finding>) {
    let standard = p.standard.trim();
    if standard.is_empty() {
        return;
    }
    let at = place(p, ProblemField::Standard);
    let deadline = p.deadline.trim();
    match read {
        Deadline::Ongoing => {
            let one = ONE_OFF.iter().find(|w| standard.contains(*w));
            if let Some(w) = one.filter(|_| !REPEATS.iter().any(|r| standard.contains(r))) {
                out.push(Finding::new(CheckId::DeadlineStandardMismatch, Severity::Should, at, *w).says(format!(
                    "时限“{deadline}”是长期坚持，完成标准“{standard}”却是一次完成的成果。两者要对得上：一次完成的写具体日期，如“2027年6月底前”；长期坚持的写经常性的标准，如“每季度形成1份调研记录”。"
                )));
            }
        }
        Deadline::Unread(_) => {}
        _ => {
            if let Some(w) = RECURRING.iter().find(|w| standard.contains(*w)) {
                out.push(
                    Finding::new(CheckId::DeadlineStandardMismatch, Severity::Should, at, *w)
                        .say_mismatch(deadline, standard),
                );
            }
        }
    }
}

impl Finding {
    fn say_mismatch(self, deadline: &str, standard: &str) -> Finding {
        self.says(format!(
            "时限“{deadline}”到期即完成，完成标准“{standard}”却要持续进行。两者要对得上：到期完成的写可以销号的成果，如“形成本岗位政策汇编1份”；需要持续的把时限写作“长期坚持”。"
        ))
    }
}
