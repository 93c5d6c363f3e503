//! Native benchmark of the pure core: parse + validate, score, profile and
//! report over a generated 1,000-item template. Prints times; asserts none.
//!
//!     cargo run --release -p ziping-report --example bench_scoring

use std::time::{Duration, Instant};

use ziping_core::{
    builtin_occasions, builtin_template_sources, model_profile, score_template, Angle, Backup,
    Cause, CivilDate, Draft, ItemLink, Rating, Template, TemplateLibrary,
};
use ziping_report::{build_report, report_docx};

// The same generated template the tests use.
#[path = "../../core/tests/util/mod.rs"]
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
        if n % 3 == 0 {
            d.answer_mut(&t.id, &item.id).evidence =
                format!("全年完成第 {n} 项重点任务, 共 {n} 件");
        }
        // A problem with two causes on every tenth item: 100 problems.
        if n % 10 == 0 {
            let link = ItemLink {
                template: t.id.clone(),
                item: item.id.clone(),
            };
            let id = d.add_problem(Some(link), "");
            let p = d.problem_mut(&id).unwrap();
            p.text = format!("第 {n} 项工作落实还有差距，比如“清单”更新不及时");
            p.causes = vec![
                Cause {
                    angle: Some(Angle::ALL[n % 6]),
                    text: format!("原因 {n}"),
                },
                Cause {
                    angle: Some(Angle::Dangxing),
                    text: "自我要求不严".into(),
                },
            ];
            p.measure = format!("建立第 {n} 项工作台账");
            p.deadline = "2027年3月底前".into();
        }
    }
    d.work = (0..20).map(|n| format!("完成任务 {n} 件")).collect();
    let ts = [&t];
    let occasions = builtin_occasions();
    let occasions = &occasions;
    let material = |occasion: &str| {
        let mut d = d.clone();
        d.occasion = occasion.into();
        move || build_report(&ts, &d, occasions, CivilDate::new(2026, 11, 26).unwrap()).to_text()
    };
    println!("{:<44} {:>12}", "1,000-item template (median)", "time");
    let rows = [
        (
            "parse + validate template JSON",
            time(21, || Template::from_json(&json)),
        ),
        ("score_template", time(101, || score_template(&t, &d))),
        ("model_profile", time(101, || model_profile(&ts, &d))),
        (
            "材料 组织生活会 (100 problems) + to_text",
            time(21, material("zuzhi-shenghuohui")),
        ),
        (
            "材料 年度考核 + to_text",
            time(21, material("niandu-kaohe")),
        ),
        (
            "材料 从严治部自查 (1,000-row 自评表) + to_text",
            time(21, material("congyan-zicha")),
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
    let import_template = time(11, || {
        util::import_into(json.as_bytes(), &builtin_only, &[])
    });
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
    let import_backup = time(5, || util::import_into(backup.as_bytes(), &known, &[]));
    println!(
        "{label:<44} {:>9.3} ms",
        import_backup.as_secs_f64() * 1000.0
    );
    let docx = time(11, || {
        report_docx(
            &d,
            &build_report(&ts, &d, occasions, CivilDate::new(2026, 11, 26).unwrap()),
        )
    });
    println!(
        "{:<44} {:>9.3} ms",
        "report_docx, 1,000 items",
        docx.as_secs_f64() * 1000.0
    );
}
