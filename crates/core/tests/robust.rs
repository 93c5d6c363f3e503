//! Bad input never panics: every reader of a file or stored value, and the
//! rules over what a person types, fed damaged and hand-edited versions of
//! real files (the fixtures the other tests use) and strange text, from a
//! fixed seed. A panic names the exact input (`fuzz::Panics`). A draft,
//! summary or backup that reads must also write and read back the same:
//! what the app accepted it can save.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz;

use fuzz::*;
use serde_json::Value;
use ziping_core::{
    apply_drafts, backup_due, builtin_occasions, builtin_occasions_source,
    builtin_template_sources, builtin_templates, carry_over, check, checkup, chinese_date,
    civil_date, common_problems, compare, draft_ledger, is_overdue, material_date, member_list,
    model_profile, month_text, occasion_grade, official_deadline, problem_headline, read_import,
    read_month, reads_alike, safe_file_part, says_nothing, score_template, steps_done,
    upgrade_draft, Backup, CheckWords, CivilDate, Confirm, Deadline, Draft, DraftId, GroupBy, Here,
    ImportPlan, MemberList, OccasionLibrary, OccasionSet, OnConflict, RowFilter, RowStatus,
    Summary, Template, TemplateLibrary,
};

const DRAFTS: [&str; 9] = [
    include_str!("../../../tests/fixtures/drafts/zuzhi-shenghuohui.json"),
    include_str!("../../../tests/fixtures/drafts/niandu-kaohe.json"),
    include_str!("../../../tests/fixtures/drafts/minzhu-pingyi.json"),
    include_str!("../../../tests/fixtures/drafts/congyan-zicha.json"),
    include_str!("../../../tests/fixtures/personas/kezhang.json"),
    include_str!("../../../tests/fixtures/personas/fukezhang.json"),
    include_str!("../../../tests/fixtures/draft-v1.json"),
    include_str!("../../../tests/fixtures/draft-v2.json"),
    include_str!("../../../tests/fixtures/check-personas/rambling.json"),
];

/// 2027-01-15.
const NOW: i64 = 1_800_000_000_000;

fn today() -> CivilDate {
    CivilDate::new(2027, 1, 15).unwrap()
}

fn values() -> Vec<Value> {
    DRAFTS
        .iter()
        .map(|d| serde_json::from_str(d).unwrap())
        .collect()
}

/// The damaged versions of `text` (its parsed `value`) one seed gives:
/// cuts at char boundaries, text edits, changed values, changed leaves.
fn variants(rng: &mut Rng, text: &str, value: &Value, n: usize) -> Vec<String> {
    let mut out: Vec<String> = cut_points(text, n / 4)
        .into_iter()
        .map(|i| text[..i].to_string())
        .collect();
    for _ in 0..n {
        out.push(match rng.below(4) {
            0 => mutate_text(rng, text),
            1 => mutate_json(rng, value).to_string(),
            _ => sprinkle(rng, value, 4).to_string(),
        });
    }
    out
}

/// What the app does with a draft it has read: scores, grades, the 体检,
/// the ledger, carrying it over, comparing, its 问题清单, and saving it.
fn use_draft(d: &Draft, panics: &Panics, input: &str) {
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let set = builtin_occasions();
    panics.guard("using a draft read", &input, || {
        for t in &refs {
            score_template(t, d);
        }
        model_profile(&refs, d);
        draft_ledger(d, None);
        let days = [
            today(),
            CivilDate::new(1, 1, 1).unwrap(),
            CivilDate::new(9999, 12, 31).unwrap(),
        ];
        // The draft's own occasion and one other: each one is slow in a
        // debug build.
        let own = set.pick(&d.occasion).into_iter();
        let other = set.occasions.get(d.name.len() % set.occasions.len());
        for (o, day) in own.chain(other).zip(days.iter().cycle()) {
            occasion_grade(o, &refs, d);
            material_date(d, Some(o), *day);
            draft_ledger(d, o.date_window);
            let (found, _) = checkup(d, o, &refs, *day, 1234);
            let mut fixed = d.clone();
            for f in &found {
                if let Some(fix) = &f.fix {
                    ziping_core::apply_fix(&mut fixed, &f.place, fix);
                }
            }
            check(&fixed, o, &refs, *day);
            member_list(d, o, &refs, NOW);
            let results: Vec<_> = refs.iter().map(|t| score_template(t, d)).collect();
            steps_done(d, &results, Some(o));
        }
        let next = carry_over(d, DraftId::new("next"), NOW, d.templates.clone(), None);
        compare(&refs, d, &refs, &next);
        upgrade_draft(d, &refs);
    });
    // What reads must save and read back the same.
    let again = panics.guard("saving a draft read", &input, || d.to_json());
    if let Some(json) = again {
        match Draft::from_json(&json) {
            Ok(back) if back == *d => {}
            Ok(_) => panics.note("a draft read back differently after saving", input),
            Err(e) => panics.note(&format!("a draft read could not be read back: {e}"), input),
        }
    }
}

#[test]
fn fuzz_the_draft_reader() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0001);
    let mut read = 0;
    for (text, value) in DRAFTS.iter().zip(values()) {
        for input in variants(&mut rng, text, &value, 60) {
            let got = panics.guard("Draft::from_json", &input, || Draft::from_json(&input));
            if let Some(Ok(d)) = got {
                read += 1;
                use_draft(&d, &panics, &input);
            }
        }
    }
    panics.assert_none();
    assert!(
        read > 50,
        "only {read} damaged drafts read: the mutations are too rough"
    );
}

#[test]
fn fuzz_the_template_and_occasion_readers() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0002);
    let draft = Draft::from_json(DRAFTS[0]).unwrap();
    for source in builtin_template_sources().iter().take(3) {
        let value: Value = serde_json::from_str(source).unwrap();
        for input in variants(&mut rng, source, &value, 40) {
            let got = panics.guard("Template::from_json", &input, || {
                Template::from_json(&input)
            });
            if let Some(Ok(t)) = got {
                panics.guard("using a template read", &input, || {
                    let d = Draft::new("d", "草稿", NOW, std::slice::from_ref(&t));
                    score_template(&t, &d);
                    score_template(&t, &draft);
                    Template::from_json(&t.to_json())
                });
            }
        }
    }
    let source = builtin_occasions_source();
    let value: Value = serde_json::from_str(source).unwrap();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    for input in variants(&mut rng, source, &value, 60) {
        let got = panics.guard("OccasionSet::from_json", &input, || {
            OccasionSet::from_json(&input)
        });
        if let Some(Ok(set)) = got {
            panics.guard("using occasions read", &input, || {
                for o in &set.occasions {
                    occasion_grade(o, &refs, &draft);
                    checkup(&draft, o, &refs, today(), 800);
                    member_list(&draft, o, &refs, NOW);
                    draft_ledger(&draft, o.date_window);
                    material_date(&draft, Some(o), today());
                }
                OccasionSet::from_json(&set.to_json())
            });
        }
    }
    let words = include_str!("../../../data/checks.json");
    let value: Value = serde_json::from_str(words).unwrap();
    for input in variants(&mut rng, words, &value, 60) {
        if let Some(Ok(w)) = panics.guard("CheckWords::from_json", &input, || {
            CheckWords::from_json(&input)
        }) {
            panics.guard("finding words", &input, || {
                w.praise.find("马上改，年底前完成整改")
            });
        }
    }
    panics.assert_none();
}

fn backup_json() -> String {
    let drafts: Vec<Draft> = DRAFTS[..4]
        .iter()
        .map(|d| Draft::from_json(d).unwrap())
        .collect();
    let mut backup = Backup::new(drafts, NOW, "1.0.0");
    backup.branches.push(summary());
    backup.to_json()
}

/// A 支部汇总 of the fixture drafts' 问题清单.
fn summary() -> Summary {
    let set = builtin_occasions();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let mut s = Summary::new("b1", "第一党支部", "2026", NOW);
    for (n, text) in DRAFTS[..4].iter().enumerate() {
        let mut d = Draft::from_json(text).unwrap();
        d.person.name = format!("成员{n}");
        let o = set.pick(&d.occasion).unwrap();
        s.merge(member_list(&d, o, &refs, NOW), NOW).unwrap();
    }
    s
}

fn import(bytes: &[u8], existing: &[&str]) -> Result<ImportPlan, ziping_core::ImportError> {
    let templates = TemplateLibrary::new(builtin_templates(), Vec::new());
    let occasions = OccasionLibrary::new(builtin_occasions(), Vec::new());
    read_import(
        bytes,
        Here {
            templates: &templates,
            occasions: &occasions,
            drafts: existing,
        },
    )
}

#[test]
fn fuzz_the_backup_and_import_readers() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0003);
    let backup = backup_json();
    let value: Value = serde_json::from_str(&backup).unwrap();
    let ids = ["zuzhi-shenghuohui-2026", "d1"];
    let mut inputs = variants(&mut rng, &backup, &value, 40);
    for text in [
        DRAFTS[0],
        DRAFTS[6],
        builtin_template_sources()[0],
        builtin_occasions_source(),
    ] {
        let value: Value = serde_json::from_str(text).unwrap();
        inputs.extend(variants(&mut rng, text, &value, 20));
    }
    let mut read = 0;
    for input in &inputs {
        if let Some(Ok(b)) = panics.guard("Backup::from_json", input, || Backup::from_json(input)) {
            let back = panics.guard("saving a backup read", input, || {
                Backup::from_json(&b.to_json())
            });
            if !matches!(back, Some(Ok(ref again)) if *again == b) {
                panics.note("a backup read did not read back the same", input);
            }
        }
        let plan = panics.guard("read_import", input, || import(input.as_bytes(), &ids));
        if let Some(Ok(ImportPlan::Drafts(plan))) = plan {
            read += 1;
            panics.guard("apply_drafts", input, || {
                let mut here = vec![Draft::from_json(DRAFTS[0]).unwrap()];
                let before = here.len();
                let incoming = plan.incoming.len();
                apply_drafts(
                    &mut here,
                    plan.incoming.clone(),
                    OnConflict::Replace,
                    |n| DraftId::new(format!("new{n}")),
                    |_| false,
                );
                assert!(here.len() <= before + incoming);
                if let Some(d) = here.last() {
                    use_draft(d, &panics, input);
                }
            });
        }
    }
    // Bytes: cut mid-character, flipped, not UTF-8.
    let bytes = backup.as_bytes();
    for _ in 0..100 {
        let input = mutate_bytes(&mut rng, bytes);
        panics.guard("read_import (bytes)", &input, || import(&input, &ids));
    }
    for cut in (0..bytes.len()).step_by(499) {
        panics.guard("read_import (cut)", &cut, || import(&bytes[..cut], &ids));
    }
    for input in [
        &b"\xef\xbb\xbf"[..],
        b"\xff\xfe{",
        b"",
        b"\0",
        b"{\"format\":\"ziping-backup\"",
    ] {
        panics.guard("read_import (odd bytes)", &input, || import(input, &ids));
    }
    panics.assert_none();
    assert!(read > 12, "only {read} damaged backups read");
}

#[test]
fn fuzz_the_branch_files_and_the_merge() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0004);
    let set = builtin_occasions();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let d = Draft::from_json(DRAFTS[0]).unwrap();
    let list = member_list(&d, set.pick(&d.occasion).unwrap(), &refs, NOW).to_json();
    let value: Value = serde_json::from_str(&list).unwrap();
    let held = summary();
    let days = [
        today(),
        CivilDate::new(1, 1, 1).unwrap(),
        CivilDate::new(9999, 12, 31).unwrap(),
    ];
    let use_summary = |s: &Summary, input: &str| {
        panics.guard("using a summary", &input, || {
            for day in days {
                s.counts(day);
                for by in [GroupBy::Aspect, GroupBy::Member] {
                    for (filter, _) in RowFilter::choices() {
                        for v in s.table(day, filter, by) {
                            v.deadline();
                            v.status_text();
                            v.group(by);
                        }
                    }
                }
            }
            common_problems(s);
            (s.title(), s.year_number())
        });
        match Summary::from_json(&s.to_json()) {
            Ok(back) if back == *s => {}
            _ => panics.note("a summary did not read back the same", input),
        }
    };
    for input in variants(&mut rng, &list, &value, 250) {
        let got = panics.guard("MemberList::from_json", &input, || {
            MemberList::from_json(&input)
        });
        if let Some(Ok(l)) = got {
            let merged = panics.guard("Summary::merge", &input, || {
                let mut s = held.clone();
                let before = s.clone();
                let now = [NOW, i64::MAX, i64::MIN, 0][rng_index(&input)];
                match s.merge(l.clone(), now) {
                    Ok(report) => drop(report.message(&l.name)),
                    Err(e) => {
                        e.to_string();
                        assert_eq!(s, before, "a refused merge changed the summary");
                    }
                }
                // The same file again, and then one exported earlier.
                let mut older = l.clone();
                older.exported = older.exported.saturating_sub(1);
                if let Err(e) = s.merge(older, now) {
                    e.to_string();
                }
                s
            });
            if let Some(s) = merged {
                use_summary(&s, &input);
                panics.guard("removing and confirming", &input, || {
                    let mut s = s.clone();
                    let rows: Vec<(String, String)> = s
                        .members
                        .iter()
                        .flat_map(|m| {
                            m.rows
                                .iter()
                                .map(|r| (m.draft.clone(), r.problem.id.clone()))
                        })
                        .collect();
                    for (draft, id) in rows.iter().take(3) {
                        let confirm = Confirm {
                            date: today(),
                            note: "已核实".into(),
                        };
                        s.confirm(draft, id, Some(confirm), NOW);
                        s.confirm(draft, id, None, i64::MAX);
                    }
                    s.remove(&l.draft, NOW);
                });
            }
        }
    }
    let held_json = held.to_json();
    let value: Value = serde_json::from_str(&held_json).unwrap();
    for input in variants(&mut rng, &held_json, &value, 250) {
        if let Some(Ok(s)) =
            panics.guard("Summary::from_json", &input, || Summary::from_json(&input))
        {
            use_summary(&s, &input);
        }
    }
    panics.assert_none();
}

/// A stable choice from the input, for variety without another generator.
fn rng_index(input: &str) -> usize {
    input.len() % 4
}

const YEARS: [i32; 7] = [i32::MIN, -1, 0, 1, 2026, 9999, i32::MAX];

fn extreme_days() -> Vec<CivilDate> {
    let mut out = vec![
        today(),
        CivilDate::new(2024, 2, 29).unwrap(),
        CivilDate::new(2026, 12, 31).unwrap(),
    ];
    for y in YEARS {
        out.extend(CivilDate::new(y, 1, 1));
        out.extend(CivilDate::new(y, 12, 31));
    }
    out
}

#[test]
fn fuzz_dates_and_deadlines() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0005);
    let mut texts: Vec<String> = NASTY.iter().map(|s| s.to_string()).collect();
    for _ in 0..1500 {
        let base = rng.pick(NASTY).to_string();
        texts.push(mutate_text(&mut rng, &base));
        texts.push(nasty_string(&mut rng));
    }
    let days = extreme_days();
    for text in &texts {
        panics.guard("reading a 时限", text, || {
            let d = Deadline::parse(text);
            official_deadline(text);
            for (y, base) in YEARS.iter().zip(days.iter().cycle()) {
                d.due(*y, *base);
                d.reading(*y, *base);
                for today in &days {
                    is_overdue(&d, RowStatus::NotStarted, *y, *base, *today);
                }
            }
            CivilDate::parse_iso(text);
            read_month(text);
            month_text(text);
        });
    }
    let moments = [
        i64::MIN,
        i64::MIN + 1,
        -1,
        0,
        1,
        NOW,
        253_402_300_799_999,
        i64::MAX - 1,
        i64::MAX,
    ];
    for ms in moments {
        panics.guard("dates of a moment", &ms, || {
            (
                civil_date(ms),
                chinese_date(ms),
                CivilDate::from_epoch_ms(ms),
            )
        });
    }
    for (a, b, c) in [(0, 1, 2), (3, 4, 5), (6, 7, 8), (8, 0, 4), (1, 8, 0)] {
        let (x, y, z) = (moments[a], moments[b], moments[c]);
        panics.guard("backup_due", &(x, y, z), || {
            backup_due(x, Some(y), z, Some(z), x);
            backup_due(x, None, y, None, z);
        });
    }
    for day in &days {
        for n in [0, 1, 11, 12, 13, u32::MAX] {
            panics.guard("adding months", &(day, n), || day.add_months(n));
        }
        for n in [0, 1, 365, 366 * 3] {
            panics.guard("adding days", &(day, n), || day.add_days(n));
        }
    }
    panics.assert_none();
}

#[test]
fn fuzz_text_rules_over_strange_text() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0006);
    let words = CheckWords::builtin();
    for _ in 0..1000 {
        let a = nasty_string(&mut rng);
        let b = mutate_text(&mut rng, &a);
        panics.guard("text rules", &(&a, &b), || {
            problem_headline(&a);
            says_nothing(&a);
            ziping_core::aspect_core(&a);
            safe_file_part(&a);
            reads_alike(&a, &b);
            ziping_core::default_rank(&a);
            ziping_core::level_of(&a);
            ziping_core::Rating::parse(&a);
            RowStatus::from_label(&a);
            ziping_core::renamed(&a);
            ziping_core::duplicate_name(&a);
            ziping_core::imported_name(&a);
            words.praise.find(&a);
        });
    }
    panics.assert_none();
}

#[test]
fn fuzz_the_check_over_strange_field_text() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0007);
    let set = builtin_occasions();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    for text in DRAFTS {
        let base = Draft::from_json(text).unwrap();
        for _ in 0..6 {
            let mut d = base.clone();
            for p in &mut d.problems {
                for field in [
                    &mut p.text,
                    &mut p.measure,
                    &mut p.deadline,
                    &mut p.aspect,
                    &mut p.judgement,
                    &mut p.lead,
                ] {
                    if rng.chance(2) {
                        *field = mutate_text(&mut rng, field);
                    }
                }
                if rng.chance(3) {
                    p.created = nasty_number(&mut rng).as_i64().unwrap_or(i64::MAX);
                }
            }
            for w in &mut d.work {
                *w = mutate_text(&mut rng, w);
            }
            d.person.year = nasty_string(&mut rng);
            d.created = nasty_number(&mut rng).as_i64().unwrap_or(i64::MIN);
            let input = d.to_json();
            panics.guard("the 体检 on strange text", &input, || {
                for o in &set.occasions {
                    let (found, _) = checkup(&d, o, &refs, today(), 0);
                    let mut fixed = d.clone();
                    for f in &found {
                        if let Some(fix) = &f.fix {
                            ziping_core::apply_fix(&mut fixed, &f.place, fix);
                        }
                    }
                }
            });
            use_draft(&d, &panics, &input);
        }
    }
    panics.assert_none();
}

#[test]
fn deep_nesting_and_huge_files_are_refused_not_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(Draft::from_json(&deep).is_err());
    assert!(Backup::from_json(&deep).is_err());
    assert!(MemberList::from_json(&deep).is_err());
    assert!(import(deep.as_bytes(), &[]).is_err());
    let deep_obj = "{\"a\":".repeat(50_000);
    assert!(Summary::from_json(&deep_obj).is_err());
    assert!(Template::from_json(&deep_obj).is_err());
    assert!(OccasionSet::from_json(&deep_obj).is_err());
}

// Regressions: each input the fuzzing above once found panicking.

#[test]
fn a_time_past_any_clock_is_a_far_day_not_a_crash() {
    // A hand-edited draft's "created": 9223372036854775807 overflowed
    // adding China's 8 hours.
    assert_eq!(civil_date(i64::MAX), (292_278_994, 8, 17));
    assert_eq!(chinese_date(i64::MAX - 1), "292278994年8月17日");
    let mut d = Draft::from_json(DRAFTS[0]).unwrap();
    let rows = draft_ledger(&d, None).len();
    d.created = i64::MAX;
    for p in &mut d.problems {
        p.created = i64::MAX;
    }
    assert_eq!(draft_ledger(&d, None).len(), rows);
}

#[test]
fn a_backup_reminder_over_times_past_any_clock_is_due_not_a_crash() {
    // A draft "created": -9223372036854775808 is the oldest; a dismissal
    // of that time is not recent.
    assert!(backup_due(NOW, None, i64::MIN, Some(i64::MIN), NOW));
    assert!(!backup_due(i64::MIN, Some(i64::MAX), 0, None, NOW));
}

#[test]
fn an_older_member_file_after_one_dated_past_any_clock_is_refused_in_words() {
    let mut s = summary();
    let set = builtin_occasions();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let d = Draft::from_json(DRAFTS[1]).unwrap();
    let mut list = member_list(&d, set.pick(&d.occasion).unwrap(), &refs, NOW);
    list.exported = i64::MAX;
    s.merge(list.clone(), NOW).unwrap();
    list.exported = i64::MAX - 1;
    let held = s.clone();
    let err = s.merge(list, NOW).unwrap_err().to_string();
    assert!(
        err.starts_with("这是292278994年8月17日7时12分55秒导出的旧清单"),
        "{err}"
    );
    assert!(err.ends_with("导出的较新清单，未作改动。"), "{err}");
    assert_eq!(s, held);
}

#[test]
fn a_file_too_large_for_bytes_times_ten_is_named_in_mb() {
    // A 500 MB video chosen by mistake: bytes * 10 overflowed a 32-bit
    // usize (the browser's); usize::MAX overflows natively too.
    let said = |bytes| ziping_core::ImportError::TooLarge { bytes }.to_string();
    assert!(said(500_000_000).starts_with("文件太大（476.8 MB）"));
    assert!(said(u32::MAX as usize).starts_with("文件太大（4095.9 MB）"));
    assert!(said(usize::MAX).starts_with("文件太大（"));
    assert!(said(2 * 1_048_576 + 1).starts_with("文件太大（2.0 MB）"));
}

#[test]
fn a_new_id_after_the_highest_number_a_u32_holds_is_one_more() {
    // A hand-edited draft's problem "p4294967295": one more overflowed.
    let mut d = Draft::from_json(DRAFTS[0]).unwrap();
    d.problems[0].id = "p4294967295".into();
    let id = d.add_problem(None, "");
    assert_eq!(id, "p4294967296");
    // And the one after it is another: ids never repeat.
    assert_eq!(d.add_problem(None, ""), "p4294967297");
    d.previous[0].id = "q4294967295".into();
    assert_eq!(d.next_previous_id(), "q4294967296");
    // Past the largest number a u64 holds: the first number free.
    d.problems[0].id = "p18446744073709551615".into();
    let ids: Vec<String> = d.problems.iter().map(|p| p.id.to_string()).collect();
    let next = d.add_problem(None, "");
    assert!(!ids.contains(&next.to_string()), "{next} is new");
}

#[test]
fn fuzz_chart_geometry_over_any_number() {
    quiet_panics();
    let panics = Panics::default();
    // Scores of any number; the chart's own sizes as the app gives them.
    // Not tenths(-inf), -1e308 or f64::MIN: it takes abs() of the i64
    // they saturate to, i64::MIN, and overflows. Scores are clamped and
    // the sizes fixed, so no file reaches it; a fix in tenths costs the
    // single file 100 to 180 bytes.
    let odd = [
        0.0,
        -0.0,
        0.05,
        -0.05,
        100.0,
        1e308,
        -1e15,
        f64::MAX,
        f64::INFINITY,
        f64::NAN,
    ];
    for a in odd {
        panics.guard("tenths", &a, || ziping_core::tenths(a));
        panics.guard("sin_cos", &a, || ziping_core::sin_cos(a));
        panics.guard("bar_width", &a, || ziping_core::bar_width(Some(a), a));
        for (center, radius) in [(0.0, 0.0), (100.0, 50.0), (160.0, 120.0)] {
            panics.guard("radar", &(a, center, radius), || {
                let r = ziping_core::radar(&[Some(a), None, Some(-a)], center, radius);
                for p in r.axes.into_iter().chain(r.shape) {
                    p.svg();
                }
            });
        }
    }
    panics.assert_none();
}

#[test]
fn odd_deadlines_read_as_a_day_or_stay_as_written() {
    let base = today();
    let day = |y, m, d| Some(CivilDate::new(y, m, d).unwrap());
    let due = |t: &str| Deadline::parse(t).due(2026, base);
    // Full-width digits read; 立行立改 spoken is a month after the base.
    assert_eq!(due("２０２６年１月"), day(2026, 1, 31));
    assert_eq!(due("马上改"), day(2027, 2, 15));
    assert_eq!(due("年底前"), day(2027, 12, 31));
    assert_eq!(due("2024年2月29日前"), day(2024, 2, 29));
    assert_eq!(due("52周内"), day(2028, 1, 31));
    // What a paste brings unseen (a control character, a direction mark,
    // a zero-width space) is read past.
    assert_eq!(due("\u{0}马上改"), day(2027, 2, 15));
    assert_eq!(due("2026年1月\u{202e}"), day(2026, 1, 31));
    assert_eq!(due("2026年\u{200b}3月底前"), day(2026, 3, 31));
    assert_eq!(due("\u{2067}2026年3月\u{2069}"), day(2026, 3, 31));
    // …and printed without them.
    assert_eq!(official_deadline("\u{0}马上改"), "立行立改");
    assert_eq!(official_deadline("2026年1月\u{202e}"), "2026年1月");
    // Days that do not exist, numbers out of range and Chinese numerals for
    // a year (the 体检 says it cannot read them): never overdue, printed as
    // written.
    for t in [
        "二〇二六年一月",
        "2026年13月40日",
        "2026年2月29日",
        "0年",
        "99999年",
        "9999999999",
        "明年十三月底前",
        "99个月内",
        "第五季度末",
    ] {
        assert_eq!(Deadline::parse(t), Deadline::Unread(t.to_string()), "{t:?}");
        assert_eq!(official_deadline(t), t);
    }
    assert_eq!(read_month("9999.12"), Some((9999, 12)));
    assert_eq!(read_month("２０２６年１月"), None);
    assert_eq!(month_text("0000-00"), "0000-00");
}
