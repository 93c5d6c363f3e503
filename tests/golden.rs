//! Golden samples: the 材料 of each occasion, generated from a realistic draft
//! (tests/fixtures/drafts/<occasion>.json) and compared with the checked-in
//! text (tests/fixtures/reports/<occasion>.txt). `UPDATE_GOLDEN=1 cargo test
//! --test golden` rewrites them; read the diff before committing it.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use std::path::PathBuf;

use util::*;
use ziping::assessment::{build_report, builtin_occasions, Draft, Template};

pub const OCCASIONS: [&str; 4] = [
    "zuzhi-shenghuohui",
    "niandu-kaohe",
    "minzhu-pingyi",
    "congyan-zicha",
];

fn dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(sub)
}

pub fn sample(occasion: &str) -> String {
    let json = std::fs::read_to_string(dir("drafts").join(format!("{occasion}.json"))).unwrap();
    let d = Draft::from_json(&json).unwrap();
    assert_eq!(d.occasion, occasion);
    let all = templates();
    let refs: Vec<&Template> = all.iter().collect();
    build_report(&refs, &d, &builtin_occasions(), "2026年11月26日").to_text()
}

#[test]
fn every_occasion_has_a_golden_sample_that_matches() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for o in OCCASIONS {
        let text = sample(o);
        let path = dir("reports").join(format!("{o}.txt"));
        if update {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_default();
        if golden != text {
            stale.push(o);
        }
    }
    assert!(
        stale.is_empty(),
        "golden samples differ: {stale:?} (UPDATE_GOLDEN=1 cargo test --test golden rewrites them)"
    );
}

#[test]
fn every_built_in_occasion_has_a_sample() {
    let ids: Vec<String> = builtin_occasions()
        .occasions
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(ids, OCCASIONS);
}

/// The 组织生活会 sample is of the length GENRE.md expects (1,500–3,000
/// characters) and has problems on items rated 好 or 较好.
#[test]
fn the_meeting_sample_is_proportionate() {
    let text = sample("zuzhi-shenghuohui");
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    assert!((1500..=3000).contains(&chars), "{chars} characters");
}
