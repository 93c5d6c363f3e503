//! The date a 材料 is signed with: the person's own, else the default from
//! the draft's 年度 and its occasion's window, at each edge of the window;
//! and the day a ledger row's 时限 counts from.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping_core::{
    builtin_occasions, default_material_date, draft_ledger, material_date, CivilDate, DateWindow,
    Draft, MaterialDate,
};

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).expect("a real day")
}

/// The date printed for a draft of `year` for `occasion`, drawn on `today`.
#[track_caller]
fn printed(occasion: &str, year: &str, today: CivilDate) -> String {
    let set = builtin_occasions();
    let mut draft = new_draft(&templates());
    draft.occasion = occasion.into();
    draft.person.year = year.into();
    material_date(&draft, set.get(occasion), today).to_string()
}

#[test]
fn a_meeting_of_the_year_is_dated_in_the_first_quarter_after_it() {
    let meeting = |today| printed("zuzhi-shenghuohui", "2026", today);
    // Before the window: its first month, without a day.
    assert_eq!(meeting(d(2026, 12, 5)), "2027年1月");
    assert_eq!(meeting(d(2026, 12, 31)), "2027年1月");
    assert_eq!(meeting(d(2026, 3, 1)), "2027年1月");
    // Within it, from its first day to its last: that day.
    assert_eq!(meeting(d(2027, 1, 1)), "2027年1月1日");
    assert_eq!(meeting(d(2027, 2, 10)), "2027年2月10日");
    assert_eq!(meeting(d(2027, 3, 31)), "2027年3月31日");
    // After it: that day too.
    assert_eq!(meeting(d(2027, 4, 1)), "2027年4月1日");
    assert_eq!(meeting(d(2027, 6, 1)), "2027年6月1日");
    // 民主评议党员 is held in the same months; 年度 written 2026年 reads too.
    let review = |today| printed("minzhu-pingyi", "2026年", today);
    assert_eq!(review(d(2026, 11, 26)), "2027年1月");
    assert_eq!(review(d(2027, 1, 8)), "2027年1月8日");
}

#[test]
fn a_year_end_summary_is_dated_in_december_or_january() {
    let summary = |today| printed("niandu-kaohe", "2026", today);
    assert_eq!(summary(d(2026, 11, 30)), "2026年12月");
    assert_eq!(summary(d(2026, 12, 1)), "2026年12月1日");
    assert_eq!(summary(d(2027, 1, 31)), "2027年1月31日");
    assert_eq!(summary(d(2027, 2, 1)), "2027年2月1日");
}

#[test]
fn without_a_year_or_a_window_it_is_the_day_it_is_drawn() {
    let today = d(2026, 11, 26);
    assert_eq!(printed("zuzhi-shenghuohui", "", today), "2026年11月26日");
    assert_eq!(
        printed("zuzhi-shenghuohui", "二〇二六", today),
        "2026年11月26日"
    );
    assert_eq!(printed("zuzhi-shenghuohui", "26", today), "2026年11月26日");
    // 从严治部自查 has no window: any time of the year.
    assert_eq!(printed("congyan-zicha", "2026", today), "2026年11月26日");
    // An occasion this computer does not have.
    let mut draft = new_draft(&templates());
    draft.person.year = "2026".into();
    assert_eq!(material_date(&draft, None, today), MaterialDate::Day(today));
    assert_eq!(
        default_material_date(None, Some(DateWindow { from: 13, to: 15 }), today),
        MaterialDate::Day(today)
    );
}

#[test]
fn the_persons_own_date_wins_whenever_it_is() {
    let set = builtin_occasions();
    let mut draft = new_draft(&templates());
    draft.person.year = "2026".into();
    draft.material_date = Some(d(2027, 1, 20));
    let occasion = set.get("zuzhi-shenghuohui");
    for today in [d(2026, 12, 5), d(2027, 1, 20), d(2027, 6, 1)] {
        assert_eq!(
            material_date(&draft, occasion, today).to_string(),
            "2027年1月20日"
        );
    }
}

#[test]
fn a_window_reaching_far_years_does_not_overflow() {
    let w = DateWindow { from: 24, to: 24 };
    assert_eq!(w.start(2026), (2027, 12));
    assert_eq!(w.start(i32::MAX), (i32::MAX, 12));
    assert_eq!(
        default_material_date(Some(i32::MAX), Some(w), d(2026, 1, 1)).to_string(),
        format!("{}年12月", i32::MAX)
    );
    assert_eq!(DateWindow { from: 1, to: 3 }.start(-5), (-5, 1));
}

#[test]
fn dates_are_stored_as_iso_days() {
    assert_eq!(CivilDate::parse_iso("2027-01-15"), Some(d(2027, 1, 15)));
    assert_eq!(CivilDate::parse_iso("2028-02-29"), Some(d(2028, 2, 29)));
    assert_eq!(d(2027, 1, 5).iso(), "2027-01-05");
    for bad in [
        "",
        "2027-1-15",
        "2027-02-29",
        "2027-13-01",
        "2027/01/15",
        "27-01-15",
        "2027-01-15T00",
        "+2027-01-15",
        "２０２７-01-15",
        "2027-01-1５",
        "2027-01-15-",
    ] {
        assert_eq!(CivilDate::parse_iso(bad), None, "{bad:?}");
    }
}

/// 立行立改 and N个月内 count from the 材料's date where the person set one
/// (a span to the end of its month),
/// else from the day the row was made; a row made later from its own day.
#[test]
fn ledger_rows_count_from_the_material_date() {
    // 2026-12-10 in UTC+8.
    let made = 1_796_832_000_000;
    assert_eq!(CivilDate::from_epoch_ms(made), d(2026, 12, 10));
    let mut draft = Draft {
        created: made,
        ..new_draft(&templates())
    };
    draft.person.year = "2026".into();
    for (text, deadline) in [("一", "立行立改"), ("二", "3个月内"), ("三", "半年内")] {
        let id = draft.add_problem(None, "旗帜鲜明讲政治");
        let p = draft.problem_mut(&id).unwrap();
        p.text = text.into();
        p.deadline = deadline.into();
        p.created = made;
    }
    let due = |draft: &Draft| -> Vec<CivilDate> {
        draft_ledger(draft, None)
            .iter()
            .map(|r| r.deadline().due(2026, r.base).unwrap())
            .collect()
    };
    // A span ends with its month (2027年3月底前), as the ledger prints it.
    assert_eq!(
        due(&draft),
        [d(2027, 1, 10), d(2027, 3, 31), d(2027, 6, 30)]
    );
    draft.material_date = Some(d(2027, 2, 10));
    assert_eq!(
        due(&draft),
        [d(2027, 3, 10), d(2027, 5, 31), d(2027, 8, 31)]
    );
    let rows = draft_ledger(&draft, None);
    assert!(!rows[0].is_overdue(2026, d(2027, 3, 10)));
    assert!(rows[0].is_overdue(2026, d(2027, 3, 11)));
    // A row written after the meeting counts from the day it was written.
    draft.problems[0].created = made + 90 * 86_400_000; // 2027-03-10
    assert_eq!(due(&draft)[0], d(2027, 4, 10));
}

/// With no date set, a row of an occasion held in a window of months (a
/// 2026年度 组织生活会: January to March 2027) counts from the window's
/// first day, not from the December day it was written: 年底前 written in
/// December is not overdue at a January meeting, 立行立改 is due a month
/// after the window opens.
#[test]
fn ledger_rows_count_from_the_occasions_window_without_a_date() {
    let made = 1_796_832_000_000; // 2026-12-10
    let mut draft = Draft {
        created: made,
        ..new_draft(&templates())
    };
    draft.person.year = "2026".into();
    let id = draft.add_problem(None, "旗帜鲜明讲政治");
    let p = draft.problem_mut(&id).unwrap();
    p.text = "一".into();
    p.deadline = "立行立改".into();
    p.created = made;
    let meeting = builtin_occasions()
        .get("zuzhi-shenghuohui")
        .unwrap()
        .date_window;
    let rows = draft_ledger(&draft, meeting);
    assert_eq!(rows[0].base, d(2027, 1, 1));
    assert_eq!(
        rows[0].deadline().due(2026, rows[0].base),
        Some(d(2027, 2, 1))
    );
    // No window (自查): from the day it was written.
    assert_eq!(draft_ledger(&draft, None)[0].base, d(2026, 12, 10));
    // A date set wins; a row written after it counts from its own day.
    draft.material_date = Some(d(2026, 12, 1));
    assert_eq!(draft_ledger(&draft, meeting)[0].base, d(2026, 12, 10));
}
