//! Bad input never panics: the 材料 of every occasion, its text, Markdown
//! and .docx, the ledger and the 支部汇总's tables and their .xlsx and
//! .docx, the 相互批评 提纲, the edit's diff and the text rules, over
//! damaged fixture drafts and strange text from a fixed seed
//! (`fuzz::Panics` names the exact input). The office files must also
//! open: a zip whose XML parts are well formed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/fuzz/mod.rs"]
mod fuzz;
mod office_util;

use fuzz::*;
use serde_json::Value;
use ziping_core::{
    builtin_occasions, builtin_templates, draft_ledger, ledger_head, member_list, CivilDate, Draft,
    GroupBy, Summary, Template,
};
use ziping_report::{
    around_changes, body_chars, branch_table, build_report, clause, criticism_outline, diff_text,
    fix_quotes, gaps, ledger_table, md_escape, plain_docx, report_docx, sentence, sentences,
    sheet_name, table_docx, table_xlsx, tidy_spacing, zip_stored, Table,
};

const DRAFTS: [&str; 6] = [
    include_str!("../../../tests/fixtures/drafts/zuzhi-shenghuohui.json"),
    include_str!("../../../tests/fixtures/drafts/niandu-kaohe.json"),
    include_str!("../../../tests/fixtures/drafts/minzhu-pingyi.json"),
    include_str!("../../../tests/fixtures/drafts/congyan-zicha.json"),
    include_str!("../../../tests/fixtures/personas/xinkeyuan.json"),
    include_str!("../../../tests/fixtures/draft-v1.json"),
];

const NOW: i64 = 1_800_000_000_000;

fn days() -> [CivilDate; 3] {
    [
        CivilDate::new(2026, 11, 26).unwrap(),
        CivilDate::new(1, 1, 1).unwrap(),
        CivilDate::new(9999, 12, 31).unwrap(),
    ]
}

/// Checks an office file opens: a zip whose every .xml and .rels part is
/// well formed (tags balanced, no character XML 1.0 refuses); the fault,
/// if any.
fn office_fault(bytes: &[u8]) -> Option<String> {
    use std::io::Read;
    let cursor = std::io::Cursor::new(bytes);
    let mut archive = match zip::ZipArchive::new(cursor) {
        Ok(a) => a,
        Err(e) => return Some(format!("not a zip: {e}")),
    };
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).ok()?;
        let mut s = String::new();
        if let Err(e) = f.read_to_string(&mut s) {
            return Some(format!("{}: {e}", f.name()));
        }
        if let Some(fault) = xml_fault(&s) {
            return Some(format!("{}: {fault}", f.name()));
        }
    }
    None
}

/// A small well-formedness check: characters XML allows, `&` only as an
/// entity, every tag closed in order.
fn xml_fault(xml: &str) -> Option<String> {
    if let Some(c) = xml.chars().find(|&c| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{fffe}' || c == '\u{ffff}'
    }) {
        return Some(format!("character {:?}", c));
    }
    let mut open: Vec<&str> = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(['<', '&']) {
        let text = &rest[..i];
        if text.contains('>') && !open.is_empty() {
            return Some(format!("a bare > in {text:?}"));
        }
        rest = &rest[i..];
        if rest.starts_with('&') {
            let end = rest.find(';')?;
            let name = &rest[1..end];
            let known =
                ["amp", "lt", "gt", "quot", "apos"].contains(&name) || name.starts_with('#');
            if !known {
                return Some(format!("entity &{name};"));
            }
            rest = &rest[end + 1..];
            continue;
        }
        let end = rest.find('>')?;
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop() != Some(name.trim()) {
                return Some(format!("</{name}> closes nothing open"));
            }
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().unwrap_or(""));
        }
    }
    (!open.is_empty()).then(|| format!("<{}> never closed", open.join("><")))
}

fn check_office(panics: &Panics, what: &str, input: &str, bytes: Option<Vec<u8>>) {
    if let Some(fault) = bytes.as_deref().and_then(office_fault) {
        panics.note(&format!("{what} does not open ({fault})"), input);
    }
}

/// The damaged drafts that still read.
fn damaged_drafts(rng: &mut Rng, per_fixture: usize) -> Vec<(String, Draft)> {
    let mut out = Vec::new();
    for text in DRAFTS {
        let value: Value = serde_json::from_str(text).unwrap();
        let mut n = 0;
        for _ in 0..per_fixture * 8 {
            let json = match rng.below(3) {
                0 => mutate_json(rng, &value).to_string(),
                _ => sprinkle(rng, &value, 3).to_string(),
            };
            if let Ok(d) = Draft::from_json(&json) {
                out.push((json, d));
                n += 1;
                if n == per_fixture {
                    break;
                }
            }
        }
    }
    out
}

#[test]
fn fuzz_the_material_of_every_occasion() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0101);
    let set = builtin_occasions();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let days = days();
    let drafts = damaged_drafts(&mut rng, 4);
    assert!(
        drafts.len() >= 15,
        "only {} damaged drafts read",
        drafts.len()
    );
    for (n, (json, d)) in drafts.iter().enumerate() {
        for (k, o) in set.occasions.iter().enumerate() {
            let mut d = d.clone();
            d.occasion = o.id.clone();
            let today = days[(n + k) % days.len()];
            let docx = panics.guard("the 材料", json, || {
                let r = build_report(&refs, &d, &set, today);
                let text = r.to_text();
                r.to_markdown();
                r.edit_base(true);
                body_chars(&r.body_text());
                gaps(&text);
                // Edited: the person's own text with a line changed.
                let mut edited = d.clone();
                edited.report_edit = Some(mutate_text(&mut Rng::new(n as u64 + 1), &text));
                diff_text(&text, edited.report_edit.as_deref().unwrap_or_default());
                (report_docx(&edited, &r), plain_docx(&r))
            });
            if let Some((a, b)) = docx {
                check_office(&panics, "the 材料's .docx", json, Some(a));
                check_office(&panics, "the plain .docx", json, Some(b));
            }
        }
        let outline = panics.guard("the 相互批评 提纲", json, || {
            let r = criticism_outline(d);
            r.to_text();
            plain_docx(&r)
        });
        check_office(&panics, "the 提纲's .docx", json, outline);
    }
    panics.assert_none();
}

#[test]
fn fuzz_the_ledger_and_branch_tables() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0102);
    let set = builtin_occasions();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let days = days();
    let drafts = damaged_drafts(&mut rng, 5);
    let mut summary = Summary::new("b1", "第一党支部", "2026", NOW);
    for (n, (json, d)) in drafts.iter().enumerate() {
        let today = days[n % days.len()];
        let files = panics.guard("the ledger", json, || {
            let rows = draft_ledger(d, None);
            let t = ledger_table(&ledger_head(d), &rows, today);
            (table_xlsx(&t), table_docx(&t))
        });
        if let Some((x, w)) = files {
            check_office(&panics, "the ledger's .xlsx", json, Some(x));
            check_office(&panics, "the ledger's .docx", json, Some(w));
        }
        let merged = panics.guard("merging a 问题清单", json, || {
            let o = set.pick(&d.occasion).or(set.occasions.first())?;
            let mut list = member_list(d, o, &refs, NOW);
            list.year = "2026".into();
            summary.merge(list, NOW).ok()
        });
        if merged.flatten().is_some() && n % 4 == 0 {
            for by in [GroupBy::Member, GroupBy::Aspect] {
                let files = panics.guard("the branch table", json, || {
                    let t = branch_table(&summary, today, by);
                    (table_xlsx(&t), table_docx(&t))
                });
                if let Some((x, w)) = files {
                    check_office(&panics, "the 汇总's .xlsx", json, Some(x));
                    check_office(&panics, "the 汇总's .docx", json, Some(w));
                }
            }
        }
    }
    panics.assert_none();
}

#[test]
fn fuzz_tables_of_any_shape() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0103);
    for n in 0..60 {
        let cols = rng.below(30);
        let widths = (0..rng.below(cols + 2))
            .map(|_| [0, 1, 255, 256, u32::MAX][rng.below(5)])
            .collect();
        let table = Table {
            name: nasty_string(&mut rng),
            title: nasty_string(&mut rng),
            subtitle: nasty_string(&mut rng),
            headers: (0..cols).map(|_| nasty_string(&mut rng)).collect(),
            widths,
            rows: (0..rng.below(6))
                .map(|_| {
                    (0..rng.below(cols + 3))
                        .map(|_| nasty_string(&mut rng))
                        .collect()
                })
                .collect(),
            notes: (0..rng.below(3)).map(|_| nasty_string(&mut rng)).collect(),
        };
        let input = format!("{n}: {table:?}");
        let files = panics.guard("a table's files", &input, || {
            sheet_name(&table.name);
            (table_xlsx(&table), table_docx(&table))
        });
        if let Some((x, w)) = files {
            check_office(&panics, "a table's .xlsx", &input, Some(x));
            check_office(&panics, "a table's .docx", &input, Some(w));
        }
    }
    for _ in 0..30 {
        let names: Vec<String> = (0..rng.below(4)).map(|_| nasty_string(&mut rng)).collect();
        let entries: Vec<(&str, Vec<u8>)> = names
            .iter()
            .map(|n| (n.as_str(), n.as_bytes().to_vec()))
            .collect();
        panics.guard("zip_stored", &names, || zip_stored(&entries));
    }
    panics.assert_none();
}

#[test]
fn fuzz_the_text_rules_and_the_diff() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0104);
    let material = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/reports/zuzhi-shenghuohui.txt"),
    )
    .unwrap();
    for _ in 0..400 {
        let a = match rng.below(3) {
            0 => mutate_text(&mut rng, &material),
            _ => nasty_string(&mut rng),
        };
        let b = mutate_text(&mut rng, &a);
        panics.guard("the text rules", &(&a, &b), || {
            gaps(&a);
            body_chars(&a);
            md_escape(&a);
            fix_quotes(&a);
            tidy_spacing(&a);
            clause(&a);
            sentence(&a);
            sentences(&a);
            let lines = diff_text(&a, &b);
            around_changes(&lines, 2);
            around_changes(&lines, 0);
        });
    }
    panics.assert_none();
}

#[test]
fn the_xml_check_finds_what_it_looks_for() {
    assert_eq!(xml_fault("<a><b/>x &amp; y</a>"), None);
    assert!(xml_fault("<a>\u{b}</a>").is_some());
    assert!(xml_fault("<a><b></a>").is_some());
    assert!(xml_fault("<a>&nbsp;</a>").is_some());
    assert!(office_fault(b"PK\x03\x04").is_some());
    let table = office_util::sample_table("甲<乙>&\u{0}\u{b}\u{1f}丙");
    assert_eq!(office_fault(&table_xlsx(&table)), None);
    assert_eq!(office_fault(&table_docx(&table)), None);
}

#[test]
fn fuzz_the_material_over_imported_occasions_and_templates() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0105);
    let today = days()[0];
    let drafts: Vec<Draft> = DRAFTS[..4]
        .iter()
        .map(|d| Draft::from_json(d).unwrap())
        .collect();
    let source: Value = serde_json::from_str(ziping_core::builtin_occasions_source()).unwrap();
    let templates = builtin_templates();
    let refs: Vec<&Template> = templates.iter().collect();
    let mut read = 0;
    for _ in 0..40 {
        let json = match rng.below(4) {
            0 => mutate_json(&mut rng, &source).to_string(),
            _ => sprinkle_prose(&mut rng, &source, 8).to_string(),
        };
        let Ok(set) = ziping_core::OccasionSet::from_json(&json) else {
            continue;
        };
        read += 1;
        let d = &drafts[read % drafts.len()];
        panics.guard("the 材料 of an imported occasion", &json, || {
            for o in &set.occasions {
                let mut d = d.clone();
                d.occasion = o.id.clone();
                let r = build_report(&refs, &d, &set, today);
                r.to_text();
                r.to_markdown();
                plain_docx(&r);
            }
        });
    }
    assert!(read > 10, "only {read} damaged occasion files read");
    let mut read = 0;
    for source in ziping_core::builtin_template_sources().iter().take(3) {
        let value: Value = serde_json::from_str(source).unwrap();
        for _ in 0..25 {
            let json = sprinkle_prose(&mut rng, &value, 12).to_string();
            let Ok(t) = Template::from_json(&json) else {
                continue;
            };
            read += 1;
            panics.guard("the 材料 over an imported template", &json, || {
                let set = builtin_occasions();
                let mut d = drafts[read % drafts.len()].clone();
                d.templates = vec![t.reference()];
                for (_, item) in t.items().take(5) {
                    d.answer_for_mut(&t, item).rating = t
                        .scale
                        .levels
                        .last()
                        .map(|l| ziping_core::Rating::parse(&l.id));
                }
                let r = build_report(&[&t], &d, &set, today);
                r.to_text();
                plain_docx(&r);
            });
        }
    }
    assert!(read > 8, "only {read} damaged templates read");
    panics.assert_none();
}
