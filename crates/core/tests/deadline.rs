//! 整改时限: reading the common forms into a typed value, with exact dates
//! (leap years, month ends, year ends); what cannot be read stays as written.
//! Resolving and the overdue rule are in tests/overdue.rs.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use ziping_core::{is_overdue, one_part, CivilDate, Deadline, RowStatus};

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).expect("a real day")
}

fn date(text: &str) -> CivilDate {
    match Deadline::parse(text) {
        Deadline::Date(x) => x,
        other => panic!("{text:?} read as {other:?}"),
    }
}

#[test]
fn the_forms_the_issue_names_are_read_as_that_date() {
    assert_eq!(date("2027年3月底前"), d(2027, 3, 31));
    assert_eq!(date("2027年3月31日前"), d(2027, 3, 31));
    assert_eq!(date("2027年2月底前"), d(2027, 2, 28));
    assert_eq!(date("2028年2月底前"), d(2028, 2, 29));
    assert_eq!(date("2028年2月29日前"), d(2028, 2, 29));
    assert_eq!(date("2027年4月底前"), d(2027, 4, 30));
    assert_eq!(Deadline::parse("年底前"), Deadline::YearEnd);
    assert_eq!(Deadline::parse("立行立改"), Deadline::Immediate);
    assert_eq!(Deadline::parse("长期坚持"), Deadline::Ongoing);
}

#[test]
fn other_common_forms_are_read() {
    for (text, want) in [
        ("2027年3月", d(2027, 3, 31)),
        ("2027年3月前", d(2027, 3, 31)),
        ("2027年3月末", d(2027, 3, 31)),
        ("2027年3月底前完成", d(2027, 3, 31)),
        ("2027年3月底前完成整改", d(2027, 3, 31)),
        ("于2027年3月底前", d(2027, 3, 31)),
        ("截至2027年6月30日", d(2027, 6, 30)),
        ("2027年3月31日", d(2027, 3, 31)),
        ("2027年3月1日之前", d(2027, 3, 1)),
        ("2027年3月8号前", d(2027, 3, 8)),
        ("2027.3.31", d(2027, 3, 31)),
        ("2027.03.31前", d(2027, 3, 31)),
        ("2027-03-31", d(2027, 3, 31)),
        ("2027/3/31", d(2027, 3, 31)),
        ("2027.2", d(2027, 2, 28)),
        ("2027-02", d(2027, 2, 28)),
        ("2027年底前", d(2027, 12, 31)),
        ("2027年年底前", d(2027, 12, 31)),
        ("2027年底", d(2027, 12, 31)),
        ("2027年内", d(2027, 12, 31)),
        ("2027年度内", d(2027, 12, 31)),
        ("2027年", d(2027, 12, 31)),
        ("2027年第一季度末", d(2027, 3, 31)),
        ("2027年一季度", d(2027, 3, 31)),
        ("2027年第二季度", d(2027, 6, 30)),
        ("2027年第3季度末", d(2027, 9, 30)),
        ("2027年第四季度", d(2027, 12, 31)),
        ("2027年上半年", d(2027, 6, 30)),
        ("2027年下半年", d(2027, 12, 31)),
        ("2027年十二月底前", d(2027, 12, 31)),
        ("2027年三月三十一日前", d(2027, 3, 31)),
        ("２０２７年３月底前", d(2027, 3, 31)),
        (" 2027 年 3 月底前 ", d(2027, 3, 31)),
        ("2027年3月底前。", d(2027, 3, 31)),
    ] {
        assert_eq!(date(text), want, "{text}");
    }
}

#[test]
fn words_and_periods_without_a_year() {
    for (text, want) in [
        ("年底前", Deadline::YearEnd),
        ("年底", Deadline::YearEnd),
        ("年内", Deadline::YearEnd),
        ("本年度内", Deadline::YearEnd),
        ("今年年底前", Deadline::YearEnd),
        ("立知立改", Deadline::Immediate),
        ("即知即改", Deadline::Immediate),
        ("立即整改", Deadline::Immediate),
        ("马上改", Deadline::Immediate),
        ("马上整改", Deadline::Immediate),
        ("立行立改到位", Deadline::Immediate),
        ("长期", Deadline::Ongoing),
        ("立行立改、长期坚持", Deadline::Ongoing),
        ("立行立改，长期坚持", Deadline::Ongoing),
        ("2027年3月底前完成并长期坚持", Deadline::Ongoing),
        (
            "3月底前",
            Deadline::Next {
                month: 3,
                day: None,
            },
        ),
        (
            "6月30日前",
            Deadline::Next {
                month: 6,
                day: Some(30),
            },
        ),
        (
            "第一季度末",
            Deadline::Next {
                month: 3,
                day: None,
            },
        ),
        (
            "一季度",
            Deadline::Next {
                month: 3,
                day: None,
            },
        ),
        (
            "上半年",
            Deadline::Next {
                month: 6,
                day: None,
            },
        ),
        ("下半年", Deadline::YearEnd),
        (
            "2月29日前",
            Deadline::Next {
                month: 2,
                day: Some(29),
            },
        ),
    ] {
        assert_eq!(Deadline::parse(text), want, "{text}");
    }
}

#[test]
fn a_number_of_months_is_read_in_chinese_or_arabic_numerals() {
    for (text, months) in [
        ("一个月内", 1),
        ("1个月内", 1),
        ("１个月内完成", 1),
        ("两个月内", 2),
        ("二个月内", 2),
        ("3个月内", 3),
        ("三个月以内", 3),
        ("3个月内完成整改", 3),
        ("六个月内", 6),
        ("半年内", 6),
        ("半年内完成", 6),
        ("十个月内", 10),
        ("十二个月内", 12),
        ("12个月", 12),
        ("一年内", 12),
    ] {
        assert_eq!(Deadline::parse(text), Deadline::Months(months), "{text}");
    }
    for text in [
        "0个月内",
        "13个月内",
        "十三个月内",
        "几个月内",
        "个月内",
        "下个月",
    ] {
        assert_eq!(
            Deadline::parse(text),
            Deadline::Unread(text.to_string()),
            "{text:?}"
        );
    }
}

#[test]
fn what_cannot_be_read_stays_as_written() {
    for text in [
        "",
        "  ",
        "前",
        "尽快",
        "持续推进",
        "下个月",
        "2027",
        "27年3月",
        "2027年13月底前",
        "2027年2月29日",
        "2027年4月31日前",
        "2027年0月",
        "2027年第五季度",
        "2027.3.31.5",
        "2027-3-",
        "1899年3月",
        "2027年3月底前、2027年6月底前",
        "2月30日前",
        "十三月",
        "<script>",
    ] {
        assert_eq!(
            Deadline::parse(text),
            Deadline::Unread(text.to_string()),
            "{text:?}"
        );
    }
}

proptest! {
    #[test]
    fn parsing_never_panics_and_unread_keeps_the_text(s in any::<String>()) {
        let made = d(2026, 12, 10);
        let dl = Deadline::parse(&s);
        let _ = dl.due(2026, made);
        let _ = is_overdue(&dl, RowStatus::NotStarted, i32::MAX, made, made);
        if let Deadline::Unread(t) = &dl {
            prop_assert_eq!(t, &s);
        }
    }

    #[test]
    fn deadline_like_text_never_panics(s in "[0-9０-９年月日号底前末内季度第上下半一二三四五六七八九十.\\-/、，长期坚持立行改个两以]{0,16}") {
        let dl = Deadline::parse(&s);
        let far = d(2199, 12, 31);
        let _ = dl.due(i32::MAX, far);
        let _ = dl.due(i32::MIN, d(1900, 1, 1));
    }

    #[test]
    fn every_real_day_is_read_back(y in 1900i32..2200, m in 1u32..=12, day in 1u32..=31) {
        if let Some(x) = CivilDate::new(y, m, day) {
            prop_assert_eq!(date(&format!("{y}年{m}月{day}日前")), x);
            prop_assert_eq!(date(&format!("{y}-{m:02}-{day:02}")), x);
            prop_assert_eq!(date(&format!("{y}年{m}月底前")), CivilDate::month_end(y, m).unwrap());
        }
    }
}

/// The forms the 材料体检 reads with a guess: 一直, N周内, 明年……
#[test]
fn the_spoken_forms_are_read() {
    assert_eq!(Deadline::parse("一直"), Deadline::Ongoing);
    assert_eq!(Deadline::parse("一直坚持"), Deadline::Ongoing);
    assert_eq!(Deadline::parse("两周内"), Deadline::Weeks(2));
    assert_eq!(Deadline::parse("3个星期内"), Deadline::Weeks(3));
    assert_eq!(Deadline::parse("53周内"), Deadline::Unread("53周内".into()));
    assert_eq!(
        Deadline::parse("明年3月底前"),
        Deadline::NextYear {
            month: 3,
            day: None
        }
    );
    assert_eq!(
        Deadline::parse("明年底前"),
        Deadline::NextYear {
            month: 12,
            day: None
        }
    );
    assert_eq!(
        Deadline::parse("明年上半年"),
        Deadline::NextYear {
            month: 6,
            day: None
        }
    );
    // A span ends with its month, as the 材料 and the ledger print it
    // (2027年1月底前): a row is never overdue before the day it shows.
    assert_eq!(
        Deadline::Weeks(2).due(2026, d(2027, 1, 15)),
        Some(d(2027, 1, 31))
    );
    assert_eq!(
        Deadline::Weeks(3).due(2026, d(2026, 12, 20)),
        Some(d(2027, 1, 31))
    );
    assert_eq!(
        Deadline::Months(3).due(2026, d(2026, 12, 10)),
        Some(d(2027, 3, 31))
    );
    let next = Deadline::parse("明年6月30日前");
    assert_eq!(next.due(2026, d(2027, 1, 15)), Some(d(2028, 6, 30)));
}

/// The written form and the day understood, counted from the 材料's date.
#[test]
fn a_deadline_reads_as_its_written_form() {
    let dated = d(2027, 1, 15);
    let read = |t: &str| {
        Deadline::parse(t)
            .reading(2026, dated)
            .map(|r| (r.written, r.due))
    };
    assert_eq!(
        read("马上改"),
        Some(("立行立改".into(), Some(d(2027, 2, 15))))
    );
    assert_eq!(
        read("立即"),
        Some(("立行立改".into(), Some(d(2027, 2, 15))))
    );
    assert_eq!(
        read("3个月内"),
        Some(("2027年4月底前".into(), Some(d(2027, 4, 30))))
    );
    assert_eq!(
        read("两周内"),
        Some(("2027年1月底前".into(), Some(d(2027, 1, 31))))
    );
    assert_eq!(read("长期"), Some(("长期坚持".into(), None)));
    assert_eq!(read("一直"), Some(("长期坚持".into(), None)));
    assert_eq!(
        read("年底前"),
        Some(("2027年底前".into(), Some(d(2027, 12, 31))))
    );
    assert_eq!(
        read("明年3月底前"),
        Some(("2028年3月底前".into(), Some(d(2028, 3, 31))))
    );
    assert_eq!(
        read("3月底前"),
        Some(("2027年3月底前".into(), Some(d(2027, 3, 31))))
    );
    assert_eq!(
        read("2027.6.15"),
        Some(("2027年6月15日前".into(), Some(d(2027, 6, 15))))
    );
    assert_eq!(read("尽快"), None);
}

/// The ledger and its exports print a 时限 in the words of an official
/// paper: 马上改 is 立行立改, 长期 长期坚持, a day in figures in words; the
/// rest as written.
#[test]
fn an_official_paper_prints_the_usual_words() {
    use ziping_core::official_deadline;
    for (written, printed) in [
        ("马上改", "立行立改"),
        (" 立即整改到位 ", "立行立改"),
        ("立行立改", "立行立改"),
        ("马上改。", "立行立改"),
        // The official forms the 体检 leaves as they are stay as written.
        ("立即整改", "立即整改"),
        ("即知即改", "即知即改"),
        ("长期", "长期坚持"),
        ("一直坚持", "长期坚持"),
        ("2027年3月底前", "2027年3月底前"),
        ("2027.3.31", "2027年3月底前"),
        ("2027-06-15前", "2027年6月15日前"),
        ("2027/3", "2027年3月底前"),
        ("２０２７．６．３０", "2027年6月底前"),
        ("2027-12", "2027年底前"),
        ("2027.2.30", "2027.2.30"),
        // Without the day it counts from, a span stays as written.
        ("3个月内", "3个月内"),
        ("马上改，并长期坚持", "马上改，并长期坚持"),
        ("马上改；长期坚持", "马上改；长期坚持"),
        ("过一阵子", "过一阵子"),
        ("", ""),
    ] {
        assert_eq!(official_deadline(written), printed, "{written}");
    }
}

/// Where the day a 时限 counts from is known (the 材料's date, a ledger
/// row's base), a span or a day said without its year is written as the
/// day it means, as the 体检's fix writes it.
#[test]
fn a_spoken_span_is_written_as_the_day_it_means() {
    use ziping_core::official_deadline_on;
    let base = CivilDate::new(2027, 1, 15).unwrap();
    for (written, printed) in [
        ("3个月内", "2027年4月底前"),
        ("两周内", "2027年1月底前"),
        ("年底前", "2027年底前"),
        ("3月底前", "2027年3月底前"),
        ("明年3月底前", "2028年3月底前"),
        ("马上改", "立行立改"),
        ("长期", "长期坚持"),
        ("2027.3.31", "2027年3月底前"),
        ("2027年上半年", "2027年上半年"),
        ("3个月内，并长期坚持", "3个月内，并长期坚持"),
        ("过一阵子", "过一阵子"),
        ("", ""),
    ] {
        assert_eq!(
            official_deadline_on(written, 2026, base),
            printed,
            "{written}"
        );
    }
}

/// One rule for "a 时限 of one part" (the 材料's clause, its measures that
/// say only when, the ledger's official form): any separator, full-width
/// or not, makes two.
#[test]
fn a_deadline_of_one_part() {
    for one in [
        "马上改",
        "长期坚持",
        "2027年3月底前",
        "3个月内",
        " 立行立改 ",
    ] {
        assert!(one_part(one), "{one}");
    }
    for two in [
        "立行立改、长期坚持",
        "2027年6月底前完成，并长期坚持",
        "马上改,长期坚持",
        "马上改；长期坚持",
        "马上改;长期坚持",
        "立行立改。长期坚持",
        "年底前并长期坚持",
        "长期坚持，每周自学半天",
    ] {
        assert!(!one_part(two), "{two}");
    }
}
