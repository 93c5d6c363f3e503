//! The comparison harness: every 材料, export and stored value the app
//! writes, for thousands of seeded inputs, as files under one folder. Run it
//! on two trees and `diff -r` the folders: a change meant to keep the output
//! must leave no difference; a change meant to alter it shows exactly what.
//!
//! Inputs: the four sample drafts (tests/fixtures/drafts) and the schema-1
//! and -2 fixtures, varied by a seeded generator (ratings, 具体事例, veto
//! facts, problems with causes, measures and 时限, last year's problems,
//! quotes, 不适用, a blank person or year, an edited text, the grade switch)
//! × occasion variants (each built-in one, and each with its grade, score,
//! appendix, parts and bands changed) × template sets (today's built-ins,
//! the first built-in versions, and the built-ins with the department
//! example). The date is pinned. Outputs per case: the report as text,
//! Markdown, its structure and .docx; the ledger as .docx and .xlsx; the
//! scores; the draft as stored; the draft carried to next year. Then the
//! backups, the template and occasion exports, and the fixtures migrated.
//!
//!     cargo run --release -p harness -- OUT_DIR [CASES_PER_SAMPLE]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use ziping_core::{
    builtin_occasions, builtin_templates, carry_over, compare, draft_ledger, ledger_head,
    score_template, Angle, Backup, Cause, CivilDate, Draft, DraftId, GradeShown, ItemLink,
    Occasion, OccasionLibrary, OccasionSet, PartKind, PreviousProblem, Progress, Rating, RowStatus,
    Template, TemplateLibrary,
};
use ziping_report::{build_report, ledger_table, report_docx, table_docx, table_xlsx};

/// The day every case is drawn on (the 材料's default date and the ledger's today).
const TODAY: CivilDate = CivilDate {
    year: 2026,
    month: 11,
    day: 26,
};
const NOW_MS: i64 = 1_795_000_000_000;

/// xorshift64*: small, seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

/// What people really type, terse, rambling, quoted or empty.
const TEXTS: &[&str] = &[
    "",
    "无",
    "马上改",
    "按要求完成",
    "认真学习了党的二十大精神，撰写心得体会3篇",
    "牵头起草《关于加强年轻干部教育管理的若干措施》，经部务会审议通过",
    "那个，就是今年吧，主要是干部考察这块，跑了十几个单位，谈话大概两百多人次，材料也写了不少，感觉自己还是有进步的",
    "学习“四下基层”经验，开展调研2次",
    "引用\"双引号\"和‘单引号’以及「直角引号」",
    "含有*星号*、_下划线_、#井号 与 [方括号](链接)",
    "第一行\n第二行",
    "  前后有空格  ",
    "对标对表不够，存在“等靠要”思想。",
    "工作中有时满足于完成任务，主动谋划不够",
    "2027年6月底前",
    "长期坚持",
    "年底前",
    "立即整改",
    "2026年12月",
    "建立台账，逐项销号",
    "😀 表情与 tab\t字符",
];

const ASPECTS: &[&str] = &[
    "",
    "政治建设",
    "理论武装",
    "干部工作",
    "自身建设",
    "其他方面",
];

fn text(rng: &mut Rng) -> String {
    rng.pick(TEXTS).to_string()
}

/// The draft varied by `rng`: ratings, evidence, facts, problems, last
/// year's problems, the person, the work list, the edit, the occasion.
fn vary(base: &Draft, templates: &[&Template], occasion: &str, rng: &mut Rng) -> Draft {
    let mut d = base.clone();
    d.occasion = occasion.to_string();
    d.templates = templates.iter().map(|t| t.reference()).collect();
    for t in templates {
        for (_, item) in t.items() {
            if !rng.chance(35) {
                continue;
            }
            let a = d.answer_for_mut(t, item);
            a.rating = match rng.below(5) {
                0 => None,
                1 => Some(Rating::NotApplicable),
                _ => Some(Rating::Level(rng.pick(&t.scale.levels).id.clone())),
            };
            if rng.chance(50) {
                a.evidence = text(rng);
            }
        }
        for f in &t.facts {
            match rng.below(4) {
                0 => d.facts.remove(&f.id),
                1 => d.facts.insert(f.id.clone(), true),
                _ => d.facts.insert(f.id.clone(), false),
            }
        }
    }
    if rng.chance(30) {
        d.problems.retain(|_| rng.chance(60));
    }
    for _ in 0..rng.below(4) {
        let item = if rng.chance(60) {
            let t = rng.pick(templates);
            let items: Vec<_> = t.items().collect();
            let (_, item) = items[rng.below(items.len())];
            Some(ItemLink {
                template: t.id.clone(),
                item: item.id.clone(),
            })
        } else {
            None
        };
        let aspect = rng.pick(ASPECTS).to_string();
        let id = d.add_problem(item, &aspect);
        let causes: Vec<Cause> = (0..rng.below(4))
            .map(|_| Cause {
                angle: if rng.chance(80) {
                    Some(*rng.pick(&Angle::ALL))
                } else {
                    None
                },
                text: text(rng),
            })
            .collect();
        let (t1, t2, t3, t4, t5) = (text(rng), text(rng), text(rng), text(rng), text(rng));
        let status = *rng.pick(&[
            RowStatus::NotStarted,
            RowStatus::InProgress,
            RowStatus::Done,
            RowStatus::Ongoing,
        ]);
        let created = if rng.chance(50) { NOW_MS } else { 0 };
        if let Some(p) = d.problem_mut(&id) {
            p.text = t1;
            p.causes = causes;
            p.measure = t2;
            p.deadline = t3;
            p.standard = t4;
            p.progress = t5;
            p.status = status;
            p.created = created;
            if status == RowStatus::Done {
                p.closed = "2026-10-01".into();
            }
        }
    }
    if rng.chance(40) {
        for n in 0..rng.below(3) {
            d.previous.push(PreviousProblem {
                id: format!("q{n}"),
                text: text(rng),
                status: *rng.pick(&Progress::ALL),
                note: text(rng),
                ..PreviousProblem::default()
            });
        }
    }
    if rng.chance(15) {
        d.person = Default::default();
    }
    match rng.below(6) {
        0 => d.person.year = String::new(),
        1 => d.person.year = "2025年".into(),
        _ => {}
    }
    if rng.chance(40) {
        d.work = (0..rng.below(4)).map(|_| text(rng)).collect();
    }
    if rng.chance(20) {
        d.cause = text(rng);
    }
    if rng.chance(10) {
        d.report_edit = Some(text(rng));
    }
    if rng.chance(30) {
        d.show_grade = !d.show_grade;
    }
    if rng.chance(20) {
        d.notice = text(rng);
    }
    if rng.chance(10) {
        d.aspects = vec!["政治建设".into(), text(rng)];
    }
    d
}

/// Each built-in occasion, and each with one thing about it changed.
fn occasion_variants() -> Vec<Occasion> {
    let mut out = Vec::new();
    for o in builtin_occasions().occasions {
        out.push(o.clone());
        for grade in [GradeShown::Never, GradeShown::Optional, GradeShown::Always] {
            if grade != o.grade {
                let mut v = o.clone();
                v.id = format!("{}-grade{}", o.id, grade as u8);
                v.grade = grade;
                out.push(v);
            }
        }
        let mut v = o.clone();
        v.id = format!("{}-score", o.id);
        v.score = !o.score;
        v.appendix = !o.appendix;
        out.push(v);
        let mut v = o.clone();
        v.id = format!("{}-parts", o.id);
        v.parts.reverse();
        v.parts.retain(|p| p.kind != PartKind::Basic);
        for p in &mut v.parts {
            p.by_aspect = !p.by_aspect;
            p.deadlines = !p.deadlines;
            p.examples = !p.examples;
        }
        out.push(v);
        let mut v = o.clone();
        v.id = format!("{}-bands", o.id);
        v.bands.reverse();
        v.effects.clear();
        v.problems.min = 0;
        out.push(v);
    }
    out
}

fn put(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
}

fn fixture(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "target/harness".into()));
    let per_sample: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(400);
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).expect("the output folder");

    let builtin = builtin_templates();
    let department =
        Template::from_json(&fixture("data/templates/example-department.json")).expect("example");
    let library = TemplateLibrary::new(builtin.clone(), vec![department.clone()]);
    let current: Vec<Template> = builtin.iter().filter(|t| t.version == 2).cloned().collect();
    let first: Vec<Template> = builtin.iter().filter(|t| t.version == 1).cloned().collect();
    let mut with_department = current.clone();
    with_department.push(department.clone());
    let sets: [(&str, &[Template]); 3] = [
        ("current", &current),
        ("first", &first),
        ("department", &with_department),
    ];

    let occasions = occasion_variants();
    let set = OccasionSet {
        occasions: occasions.clone(),
        ..builtin_occasions()
    };
    let samples: Vec<(String, Draft)> = [
        "zuzhi-shenghuohui",
        "niandu-kaohe",
        "minzhu-pingyi",
        "congyan-zicha",
    ]
    .iter()
    .map(|o| {
        let json = fixture(&format!("tests/fixtures/drafts/{o}.json"));
        (
            o.to_string(),
            Draft::from_json(&json).expect("sample draft"),
        )
    })
    .chain(["draft-v1", "draft-v2"].iter().map(|f| {
        let json = fixture(&format!("tests/fixtures/{f}.json"));
        (
            f.to_string(),
            Draft::from_json(&json).expect("fixture draft"),
        )
    }))
    .collect();

    let mut all_drafts = Vec::new();
    let mut cases = 0;
    for (s, (name, base)) in samples.iter().enumerate() {
        for n in 0..per_sample {
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ ((s as u64) << 32 | n as u64));
            let (set_name, templates) = sets[n % sets.len()];
            let refs: Vec<&Template> = templates.iter().collect();
            let occasion = if n < 4 {
                base.occasion.clone()
            } else {
                rng.pick(&occasions).id.clone()
            };
            let d = if n == 0 {
                base.clone()
            } else {
                vary(base, &refs, &occasion, &mut rng)
            };
            let dir = out.join(format!("{name}-{n:04}-{set_name}"));
            fs::create_dir_all(&dir).expect("case folder");
            write_case(&dir, &d, &refs, &set, base, &library);
            all_drafts.push(d);
            cases += 1;
        }
    }

    // Backups of many drafts at once, and their file names.
    let common = out.join("common");
    fs::create_dir_all(&common).expect("common folder");
    // They carry the department template and the occasion variants their
    // drafts use, as the app's do.
    let known_occasions = OccasionLibrary::new(builtin_occasions(), occasions.clone());
    for (n, chunk) in all_drafts.chunks(37).enumerate() {
        let b = Backup::new(chunk.to_vec(), NOW_MS + n as i64 * 86_400_000, "0.1.0")
            .carrying(&library, &known_occasions);
        put(&common, &format!("backup-{n:03}.json"), b.to_json());
        put(&common, &format!("backup-{n:03}.name"), b.file_name());
    }
    for t in builtin.iter().chain([&department]) {
        put(
            &common,
            &format!("template-{}-{}.json", t.id, t.version),
            t.to_json(),
        );
    }
    put(
        &common,
        "occasions-builtin.json",
        builtin_occasions().to_json(),
    );
    put(&common, "occasions-variants.json", set.to_json());
    for f in ["draft-v1", "draft-v2"] {
        let d = Draft::from_json(&fixture(&format!("tests/fixtures/{f}.json"))).expect("fixture");
        put(&common, &format!("{f}-migrated.json"), d.to_json());
    }
    println!("harness: {cases} cases written to {}", out.display());
}

fn write_case(
    dir: &Path,
    d: &Draft,
    templates: &[&Template],
    occasions: &OccasionSet,
    base: &Draft,
    library: &TemplateLibrary,
) {
    let report = build_report(templates, d, occasions, TODAY);
    put(dir, "report.txt", report.to_text());
    put(dir, "report.md", report.to_markdown());
    put(dir, "report.debug", format!("{report:#?}"));
    put(dir, "report.docx", report_docx(d, &report));

    let window = occasions.get(&d.occasion).and_then(|o| o.date_window);
    let table = ledger_table(&ledger_head(d), &draft_ledger(d, window), TODAY);
    put(dir, "ledger.docx", table_docx(&table));
    put(dir, "ledger.xlsx", table_xlsx(&table));
    put(dir, "ledger.debug", format!("{table:#?}"));

    let mut scores = String::new();
    for t in templates {
        let _ = writeln!(scores, "{:#?}", score_template(t, d));
    }
    let base_templates = library.templates_of(base);
    let base_refs: Vec<&Template> = base_templates.iter().map(|t| t.as_ref()).collect();
    let _ = writeln!(scores, "{:#?}", compare(&base_refs, base, templates, d));
    put(dir, "scores.debug", scores);

    let json = d.to_json();
    put(dir, "draft.json", &json);
    match Draft::from_json(&json) {
        Ok(back) if back == *d => {}
        Ok(_) => put(dir, "draft.roundtrip", "differs"),
        Err(e) => put(dir, "draft.roundtrip", e.to_string()),
    }
    let next = carry_over(d, DraftId::from("next"), NOW_MS, d.templates.clone(), None);
    put(dir, "carried.json", next.to_json());
    let next_report = build_report(templates, &next, occasions, TODAY);
    put(dir, "carried.txt", next_report.to_text());
}
