//! Civil dates (leap years, month ends), a 时限 resolved to its last day,
//! row statuses and the overdue rule, with exact dates.
#![cfg(not(target_arch = "wasm32"))]

use ziping_core::{days_in_month, is_leap_year, is_overdue, CivilDate, Deadline, RowStatus};

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).expect("a real day")
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
    // N个月内: the end of the month N months after the base day (the
    // 材料's date), as the 材料 and the ledger print it (2027年3月底前).
    let dated = d(2027, 2, 10);
    assert_eq!(Deadline::Months(1).due(2026, dated), Some(d(2027, 3, 31)));
    assert_eq!(Deadline::Months(3).due(2026, dated), Some(d(2027, 5, 31)));
    assert_eq!(Deadline::Months(6).due(2026, dated), Some(d(2027, 8, 31)));
    assert_eq!(Deadline::Months(12).due(2026, dated), Some(d(2028, 2, 29)));
    assert_eq!(
        Deadline::Months(1).due(2027, d(2027, 1, 31)),
        Some(d(2027, 2, 28))
    );
    assert_eq!(
        Deadline::parse("两个月内").due(2026, d(2027, 12, 31)),
        Some(d(2028, 2, 29))
    );
    assert_eq!(Deadline::Immediate.due(2026, dated), Some(d(2027, 3, 10)));
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
        ziping_core::json::to_json(&RowStatus::ALL.to_vec()),
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
