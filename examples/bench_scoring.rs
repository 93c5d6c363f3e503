//! Native benchmark of the pure core: parse + validate, score, profile and
//! report over a generated 1,000-item template. Prints times; asserts none.
//!
//!     cargo run --release --example bench_scoring

use std::time::{Duration, Instant};

use ziping::assessment::{
    build_report, builtin_template_sources, model_profile, read_import, report_docx,
    score_template, Backup, Draft, Rating, Template, TemplateLibrary,
};

// The same generated template the tests use.
#[path = "../tests/util/mod.rs"]
mod util;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let t = util::generated_template(1000);
    let json = t.to_json();
    let mut d = Draft::new("bench", "bench", 0, std::slice::from_ref(&t));
    let levels = ["hao", "jiaohao", "yiban", "jiaocha", "na"];
    for (n, (_, item)) in t.items().enumerate() {
        d.answer_mut(&t.id, &item.id).rating = Some(Rating::parse(levels[n % 5]));
    }
    let ts = [&t];
    println!("{:<44} {:>12}", "1,000-item template (median)", "time");
    let rows = [
        (
            "parse + validate template JSON",
            time(21, || Template::from_json(&json)),
        ),
        ("score_template", time(101, || score_template(&t, &d))),
        ("model_profile", time(101, || model_profile(&ts, &d))),
        (
            "build_report + to_text",
            time(21, || build_report(&ts, &d, "x").to_text()),
        ),
        (
            "draft to_json + from_json",
            time(21, || Draft::from_json(&d.to_json())),
        ),
    ];
    for (name, t) in rows {
        println!("{name:<44} {:>9.3} ms", t.as_secs_f64() * 1000.0);
    }

    // Imports at the limits: a 1,000-item template, and a backup near 2 MB.
    let builtins: Vec<Template> = builtin_template_sources()
        .iter()
        .map(|s| Template::from_json(s).unwrap())
        .collect();
    let builtin_only = TemplateLibrary::new(builtins.clone(), Vec::new());
    let known = TemplateLibrary::new(builtins, vec![t.clone()]);
    let mut drafts = Vec::new();
    let mut backup = String::new();
    while backup.len() < 1_900_000 {
        let mut copy = d.clone();
        copy.id = format!("bench-{}", drafts.len()).into();
        drafts.push(copy);
        backup = Backup::new(drafts.clone(), 0, "bench").to_json();
    }
    println!();
    println!("{:<44} {:>12}", "imports (median)", "time");
    let import_template = time(11, || read_import(json.as_bytes(), &builtin_only, &[]));
    println!(
        "{:<44} {:>9.3} ms",
        "read_import: 1,000-item template",
        import_template.as_secs_f64() * 1000.0
    );
    let label = format!(
        "read_import: backup of {} drafts, {} bytes",
        drafts.len(),
        backup.len()
    );
    let import_backup = time(5, || read_import(backup.as_bytes(), &known, &[]));
    println!(
        "{label:<44} {:>9.3} ms",
        import_backup.as_secs_f64() * 1000.0
    );
    let docx = time(11, || report_docx(&ts, &d, &build_report(&ts, &d, "x")));
    println!(
        "{:<44} {:>9.3} ms",
        "report_docx, 1,000 items",
        docx.as_secs_f64() * 1000.0
    );
}
