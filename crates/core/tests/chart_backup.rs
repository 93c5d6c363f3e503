//! Chart geometry and the backup file, through the public API.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use util::*;
use ziping_core::{bar_width, radar, safe_file_part, Anchor, Backup, Draft};

#[track_caller]
fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn the_radar_puts_the_first_axis_up_and_goes_clockwise() {
    let r = radar(&[Some(100.0), Some(50.0), Some(0.0), None], 100.0, 80.0);
    assert_eq!(r.axes.len(), 4);
    close(r.axes[0].x, 100.0);
    close(r.axes[0].y, 20.0);
    close(r.axes[1].x, 180.0);
    close(r.axes[1].y, 100.0);
    close(r.axes[2].y, 180.0);
    close(r.axes[3].x, 20.0);
    // 100 points at the axis end, 50 halfway, 0 and unscored at the centre.
    close(r.shape[0].y, 20.0);
    close(r.shape[1].x, 140.0);
    close(r.shape[2].y, 100.0);
    close(r.shape[3].x, 100.0);
    assert_eq!(r.rings.len(), 4);
    close(r.rings[1][0].y, 60.0);
    let anchors: Vec<Anchor> = r.labels.iter().map(|l| l.1).collect();
    assert_eq!(
        anchors,
        [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
    );
    assert_eq!(r.axes[0].svg(), "100.0,20.0");
}

#[test]
fn radar_scores_are_clamped() {
    let r = radar(&[Some(150.0), Some(-5.0), Some(100.0)], 50.0, 40.0);
    assert_eq!(r.shape[0], r.axes[0]);
    close(r.shape[1].x, 50.0);
    close(r.shape[1].y, 50.0);
}

#[test]
fn bars_scale_to_the_track() {
    close(bar_width(Some(87.5), 200.0), 175.0);
    close(bar_width(None, 200.0), 0.0);
    close(bar_width(Some(120.0), 200.0), 200.0);
}

#[test]
fn a_backup_names_itself_and_round_trips() {
    let d = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    // 2026-11-24 10:00 Beijing time
    let b = Backup::new(vec![d.clone()], 1_795_485_600_000, "0.1.0");
    assert_eq!(
        b.file_name(),
        "从严治部自评备份-2026年度个人自评-20261124.json"
    );
    let back = Backup::from_json(&b.to_json()).unwrap();
    assert_eq!(back, b);
    assert_eq!(back.format, "ziping-backup");
    let all = Backup::new(
        vec![d.clone(), new_draft(&templates())],
        1_795_485_600_000,
        "0.1.0",
    );
    assert_eq!(all.file_name(), "从严治部自评备份-全部2份-20261124.json");
}

#[test]
fn the_material_date_travels_in_a_backup_and_its_import() {
    let mut d = new_draft(&templates());
    d.material_date = ziping_core::CivilDate::new(2027, 2, 10);
    let json = Backup::new(vec![d.clone()], 1_795_485_600_000, "0.1.0").to_json();
    assert_eq!(Backup::from_json(&json).unwrap().drafts, [d.clone()]);
    let Ok(ziping_core::ImportPlan::Drafts(plan)) = import_into(json.as_bytes(), &library(), &[])
    else {
        panic!("a backup of drafts")
    };
    assert_eq!(plan.incoming[0].draft.material_date, d.material_date);
}

#[test]
fn file_names_are_safe() {
    assert_eq!(safe_file_part("a/b:c*?"), "a_b_c__");
    assert_eq!(safe_file_part("  ..  "), "草稿");
    // Names Windows refuses: its device names, trailing dots and spaces.
    assert_eq!(safe_file_part("con"), "_con");
    assert_eq!(safe_file_part("NUL.txt"), "_NUL.txt");
    assert_eq!(safe_file_part("com1"), "_com1");
    assert_eq!(safe_file_part("COMMON"), "COMMON");
    assert_eq!(safe_file_part("张晓梅 . "), "张晓梅");
    assert_eq!(safe_file_part("张晓梅\t<办公室>"), "张晓梅__办公室_");
    assert_eq!(safe_file_part("<img src=x>"), "_img src=x_");
}

#[test]
fn the_backup_reminder_waits_a_week_and_can_be_dismissed() {
    use ziping_core::{backup_due, BACKUP_REMINDER_MS as WEEK};
    let day = WEEK / 7;
    // Backed up 3 days before the latest change: no reminder.
    assert!(!backup_due(10 * day, Some(7 * day), 0, None, 10 * day));
    // 8 days of changes since the backup: remind.
    assert!(backup_due(15 * day, Some(7 * day), 0, None, 15 * day));
    // Never backed up: counted from the oldest draft.
    assert!(backup_due(8 * day, None, 0, None, 8 * day));
    assert!(!backup_due(6 * day, None, 0, None, 6 * day));
    // Dismissed 2 days ago: quiet; 8 days ago: again.
    assert!(!backup_due(
        15 * day,
        Some(7 * day),
        0,
        Some(13 * day),
        15 * day
    ));
    assert!(backup_due(15 * day, Some(0), 0, Some(7 * day), 15 * day));
}

#[test]
fn sin_cos_is_exact_enough_everywhere() {
    let mut x = -20.0;
    while x < 20.0 {
        let (s, c) = ziping_core::sin_cos(x);
        assert!((s - x.sin()).abs() < 1e-14, "sin {x}");
        assert!((c - x.cos()).abs() < 1e-14, "cos {x}");
        x += 0.0137;
    }
}

#[test]
fn tenths_format_without_float_formatting() {
    use ziping_core::tenths;
    assert_eq!(tenths(12.34), "12.3");
    assert_eq!(tenths(12.35), "12.4");
    assert_eq!(tenths(0.0), "0.0");
    assert_eq!(tenths(-0.5), "-0.5");
    assert_eq!(tenths(180.0), "180.0");
}
