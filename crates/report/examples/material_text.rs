//! Prints a draft's 材料 as text, for a reader to judge against its inputs
//! (the 材料体检's personas, for one):
//!
//!     cargo run -p ziping-report --example material_text -- DRAFT.json [YYYY-MM-DD]
//!
//! The date is "today" for the 材料's default date (today's date if left out).

use ziping_core::{builtin_occasions, builtin_templates, CivilDate, Draft, Template};
use ziping_report::build_report;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(input) = args.get(1) else {
        eprintln!("usage: material_text DRAFT.json [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let today = match args.get(2) {
        Some(d) => CivilDate::parse_iso(d).unwrap_or_else(|| {
            eprintln!("{d}: not a date (YYYY-MM-DD)");
            std::process::exit(2);
        }),
        None => {
            let ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as i64);
            CivilDate::from_epoch_ms(ms)
        }
    };
    let draft = match std::fs::read_to_string(input)
        .map_err(|e| e.to_string())
        .and_then(|j| Draft::from_json(&j).map_err(|e| e.to_string()))
    {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{input}: {e}");
            std::process::exit(1);
        }
    };
    // The templates the draft records, in their versions.
    let all = builtin_templates();
    let refs: Vec<&Template> = all
        .iter()
        .filter(|t| {
            draft
                .templates
                .iter()
                .any(|r| r.id == t.id && r.version == t.version)
        })
        .collect();
    print!(
        "{}",
        build_report(&refs, &draft, &builtin_occasions(), today).to_text()
    );
}
