//! Prints the 材料体检's findings on a draft, one a line, for a reader to
//! judge finding by finding:
//!
//!     cargo run -p ziping-core --example findings -- DRAFT.json [YYYY-MM-DD]
//!
//! Each line is `severity | check id | place key | matched | message | fix`
//! (the fix as `from → to`, `-` for none), checked against the built-in
//! templates the draft records and the built-in occasion it is written for.
//! The date is "today" for the 材料's default date (today's date if left out).

use ziping_core::{builtin_occasions, builtin_templates, check, CivilDate, Draft, Template};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(input) = args.get(1) else {
        eprintln!("usage: findings DRAFT.json [YYYY-MM-DD]");
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
    let templates: Vec<Template> = builtin_templates()
        .into_iter()
        .filter(|t| {
            draft
                .templates
                .iter()
                .any(|r| r.id == t.id && r.version == t.version)
        })
        .collect();
    let occasions = builtin_occasions();
    let Some(occasion) = occasions.pick(&draft.occasion) else {
        eprintln!("no built-in occasion");
        std::process::exit(1);
    };
    let refs: Vec<&ziping_core::Template> = templates.iter().collect();
    for f in check(&draft, occasion, &refs, today) {
        let fix = f
            .fix
            .as_ref()
            .map_or("-".to_string(), |x| format!("{} → {}", x.from, x.to));
        println!(
            "{} | {} | {} | {} | {} | {fix}",
            f.severity.label(),
            f.check.id(),
            f.place.key(),
            f.matched,
            f.message
        );
    }
}
