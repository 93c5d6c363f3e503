//! 整改时限: reading the common forms, resolving them to a day, and the
//! overdue rule, with exact dates (leap years, month ends, year ends).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use ziping::assessment::{days_in_month, is_leap_year, is_overdue, CivilDate, Deadline, RowStatus};

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
fn the_calendar_knows_leap_years_and_month_ends() {
    assert!(is_leap_year(2024) && is_leap_year(2000) && is_leap_year(2028));
    assert!(!is_leap_year(2027) && !is_leap_year(1900) && !is_leap_year(2100));
    assert_eq!(days_in_month(2028, 2), 29);
    assert_eq!(days_in_month(2027, 2), 28);
    assert_eq!(days_in_month(2100, 2), 28);
    assert_eq!(days_in_month(2027, 4), 30);
    assert_eq!(days_in_month(2027, 12), 31);
    assert_eq!(days_in_month(2027, 13), 0);
    assert_eq!(CivilDate::new(2027, 2, 29), None);
    assert_eq!(CivilDate::new(2027, 0, 1), None);
    assert_eq!(CivilDate::new(2027, 1, 0), None);
    assert_eq!(CivilDate::month_end(2028, 2), Some(d(2028, 2, 29)));
    assert!(d(2026, 12, 31) < d(2027, 1, 1));
    assert!(d(2027, 2, 28) < d(2027, 3, 1));
    assert_eq!(d(2027, 3, 31).to_string(), "2027年3月31日");
}

#[test]
fn adding_a_month_keeps_the_day_or_takes_the_month_end() {
    assert_eq!(d(2027, 3, 15).add_months(1), d(2027, 4, 15));
    assert_eq!(d(2027, 1, 31).add_months(1), d(2027, 2, 28));
    assert_eq!(d(2028, 1, 31).add_months(1), d(2028, 2, 29));
    assert_eq!(d(2027, 3, 31).add_months(1), d(2027, 4, 30));
    assert_eq!(d(2026, 12, 20).add_months(1), d(2027, 1, 20));
    assert_eq!(d(2026, 11, 30).add_months(14), d(2028, 1, 30));
}

#[test]
fn epoch_ms_is_read_as_a_day_in_china() {
    // 2025-11-24T16:00:00Z is 2025-11-25 00:00 in UTC+8.
    assert_eq!(CivilDate::from_epoch_ms(1_764_000_000_000), d(2025, 11, 25));
    assert_eq!(CivilDate::from_epoch_ms(0), d(1970, 1, 1));
    assert_eq!(
        CivilDate::from_epoch_ms(-8 * 3_600_000 - 1),
        d(1969, 12, 31)
    );
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

#[test]
fn resolving_a_deadline_to_its_last_day() {
    let made = d(2026, 12, 10);
    assert_eq!(
        Deadline::parse("2027年3月底前").due(2026, made),
        Some(d(2027, 3, 31))
    );
    assert_eq!(Deadline::YearEnd.due(2026, made), Some(d(2026, 12, 31)));
    assert_eq!(Deadline::YearEnd.due(2027, made), Some(d(2027, 12, 31)));
    // Written in January 2027 for the 2026 draft: the end of 2027, not a past day.
    assert_eq!(
        Deadline::YearEnd.due(2026, d(2027, 1, 15)),
        Some(d(2027, 12, 31))
    );
    assert_eq!(Deadline::Immediate.due(2026, made), Some(d(2027, 1, 10)));
    assert_eq!(
        Deadline::Immediate.due(2027, d(2027, 1, 31)),
        Some(d(2027, 2, 28))
    );
    assert_eq!(
        Deadline::Immediate.due(2028, d(2028, 1, 30)),
        Some(d(2028, 2, 29))
    );
    // A month without a year: its next end on or after the day the row was made.
    let march = Deadline::parse("3月底前");
    assert_eq!(march.due(2026, made), Some(d(2027, 3, 31)));
    assert_eq!(march.due(2027, d(2027, 1, 5)), Some(d(2027, 3, 31)));
    assert_eq!(march.due(2027, d(2027, 3, 31)), Some(d(2027, 3, 31)));
    assert_eq!(march.due(2027, d(2027, 4, 1)), Some(d(2028, 3, 31)));
    assert_eq!(
        Deadline::parse("2月底前").due(2027, d(2027, 3, 1)),
        Some(d(2028, 2, 29))
    );
    let leap_day = Deadline::parse("2月29日前");
    assert_eq!(leap_day.due(2027, d(2027, 1, 1)), Some(d(2027, 2, 28)));
    assert_eq!(leap_day.due(2027, d(2027, 3, 1)), Some(d(2028, 2, 29)));
    assert_eq!(
        Deadline::parse("上半年").due(2027, d(2027, 7, 1)),
        Some(d(2028, 6, 30))
    );
    assert_eq!(Deadline::Ongoing.due(2026, made), None);
    assert_eq!(Deadline::parse("尽快").due(2026, made), None);
}

#[test]
fn statuses_have_their_labels() {
    let labels: Vec<&str> = RowStatus::ALL.iter().map(|s| s.label()).collect();
    assert_eq!(labels, ["未启动", "推进中", "已完成", "长期坚持"]);
    for s in RowStatus::ALL {
        assert_eq!(RowStatus::from_label(s.label()), Some(s));
    }
    assert_eq!(RowStatus::from_label(" 已完成 "), Some(RowStatus::Done));
    assert_eq!(RowStatus::from_label("完成"), None);
    assert_eq!(RowStatus::default(), RowStatus::NotStarted);
    assert_eq!(
        serde_json::to_string(&RowStatus::ALL).unwrap(),
        r#"["not_started","in_progress","done","ongoing"]"#
    );
    // 长期坚持 as a 时限 makes the row 长期坚持.
    assert_eq!(
        RowStatus::Done.effective(&Deadline::Ongoing),
        RowStatus::Ongoing
    );
    assert_eq!(
        RowStatus::NotStarted.effective(&Deadline::YearEnd),
        RowStatus::NotStarted
    );
}

#[test]
fn overdue_means_the_last_day_has_passed_and_the_row_is_not_done() {
    let made = d(2026, 12, 10);
    let march = Deadline::parse("2027年3月底前");
    let over = |dl: &Deadline, s, today| is_overdue(dl, s, 2026, made, today);
    assert!(
        !over(&march, RowStatus::InProgress, d(2027, 3, 31)),
        "the last day itself"
    );
    assert!(over(&march, RowStatus::InProgress, d(2027, 4, 1)));
    assert!(over(&march, RowStatus::NotStarted, d(2028, 1, 1)));
    assert!(!over(&march, RowStatus::Done, d(2027, 4, 1)));
    assert!(!over(&march, RowStatus::Ongoing, d(2027, 4, 1)));
    assert!(!over(
        &Deadline::Ongoing,
        RowStatus::NotStarted,
        d(2099, 1, 1)
    ));
    let unread = Deadline::parse("尽快");
    assert!(!over(&unread, RowStatus::NotStarted, d(2099, 1, 1)));
    // 立行立改 made 10 December 2026: open until 10 January 2027.
    assert!(!over(
        &Deadline::Immediate,
        RowStatus::NotStarted,
        d(2027, 1, 10)
    ));
    assert!(over(
        &Deadline::Immediate,
        RowStatus::NotStarted,
        d(2027, 1, 11)
    ));
    // 年底前 of the 2026 draft.
    assert!(!over(
        &Deadline::YearEnd,
        RowStatus::InProgress,
        d(2026, 12, 31)
    ));
    assert!(over(
        &Deadline::YearEnd,
        RowStatus::InProgress,
        d(2027, 1, 1)
    ));
    // A leap day deadline.
    let leap = Deadline::parse("2028年2月底前");
    assert!(!over(&leap, RowStatus::InProgress, d(2028, 2, 29)));
    assert!(over(&leap, RowStatus::InProgress, d(2028, 3, 1)));
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
    fn deadline_like_text_never_panics(s in "[0-9０-９年月日号底前末内季度第上下半一二三四五六七八九十.\\-/、，长期坚持立行改]{0,16}") {
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
