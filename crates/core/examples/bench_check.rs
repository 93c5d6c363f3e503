//! Native timing of the 材料体检: every check on a draft of a generated
//! 1,000-item template with 100 problems (half on items, half of the draft
//! as a whole), evidence on every item and 10 of last year's rows. Prints
//! the median; the budget is 5 ms.
//!
//!     cargo run --release -p ziping-core --example bench_check

use std::time::{Duration, Instant};

use ziping_core::{
    builtin_occasions, check, Cause, CivilDate, ItemLink, PreviousProblem, Problem, Progress,
    Rating,
};

#[path = "../tests/util/mod.rs"]
mod util;

const TEXTS: [&str; 4] = [
    "比如今年参与的一次换届考察中，有3份考察材料对干部不足的描述大同小异，共性语言多、个性特点少",
    "学习不够深入",
    "就是我觉得自己刚来组织部，很多东西都不太懂，像干部档案那些规定我看了好几遍还是记不住，这个我自己也挺着急的",
    "工作太投入了，经常加班到很晚，对家里人照顾不够",
];

fn main() {
    let t = util::generated_template(1000);
    let mut d = util::draft_for(&t);
    d.person.year = "2026".into();
    d.material_date = CivilDate::new(2027, 1, 15);
    for (n, (_, item)) in t.items().enumerate() {
        let a = d.answer_mut(&t.id, &item.id);
        a.rating = Some(Rating::Level("hao".into()));
        a.evidence = if n % 7 == 0 {
            "无".into()
        } else {
            format!("全年审核干部档案{n}卷，督促整改问题材料41份")
        };
    }
    let ids: Vec<_> = t.items().map(|(_, i)| i.id.clone()).collect();
    for n in 0..100 {
        d.problems.push(Problem {
            id: format!("p{}", n + 1),
            item: (n % 2 == 0).then(|| ItemLink {
                template: t.id.clone(),
                item: ids[n * 7].clone(),
            }),
            aspect: "真抓实干强作风".into(),
            text: TEXTS[n % 4].into(),
            causes: vec![Cause {
                angle: None,
                text: "工作太忙，对理论学习的重要性认识不足".into(),
            }],
            measure: if n % 3 == 0 {
                "加强学习".into()
            } else {
                "制定个人学习计划，每周固定半天自学，第一议题学习后一周内写出落实措施".into()
            },
            deadline: ["马上改", "2027年3月底前", "3个月内", "长期坚持"][n % 4].into(),
            standard: "形成学习体会2篇".into(),
            ..Problem::default()
        });
    }
    d.previous = (0..10)
        .map(|n| PreviousProblem {
            id: format!("q{}", n + 1),
            text: ["学习不够", "1.作风不实2.调研少", "联系服务基层不够经常"][n % 3].into(),
            status: Progress::Done,
            row: Some(Problem {
                causes: vec![Cause {
                    angle: None,
                    text: "好人主义思想作怪".into(),
                }],
                ..Problem::default()
            }),
            ..PreviousProblem::default()
        })
        .collect();
    let occasions = builtin_occasions();
    let o = occasions.get("zuzhi-shenghuohui").expect("built in");
    let templates = [&t];
    let today = CivilDate::new(2026, 12, 5).expect("a day");
    let mut times: Vec<Duration> = (0..50)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(check(&d, o, &templates, today));
            start.elapsed()
        })
        .collect();
    times.sort();
    let found = check(&d, o, &templates, today).len();
    println!(
        "check: 1,000 items, 100 problems, {found} findings: median {:.2} ms, slowest {:.2} ms",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
}
