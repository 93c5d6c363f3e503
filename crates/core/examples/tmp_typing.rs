use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::time::Instant;
use ziping_core::{level_of, score_template, Draft, Rating, Section, Template};
#[path = "../tests/util/mod.rs"]
mod util;
fn fingerprint(t: &Template, section: &Section, draft: &Draft) -> u64 {
    let mut h = DefaultHasher::new();
    for item in &section.items {
        draft.answer_for(t, item).hash(&mut h);
        let (kt, ki) = t.answer_key(item);
        for p in draft.problems_on(kt, ki) {
            p.hash(&mut h);
        }
    }
    draft.aspects.hash(&mut h);
    (&draft.person.dept, level_of(draft.person.rank())).hash(&mut h);
    for q in &draft.previous {
        q.row.as_ref().map(|r| &r.item).hash(&mut h);
        (&q.id, &q.text).hash(&mut h);
    }
    h.finish()
}
fn main() {
    let t = util::generated_template(1000);
    let mut d = util::draft_for(&t);
    d.answer_mut(&t.id, "g0").evidence = "全年审核干部档案1卷".into();
    let _ = Rating::NotApplicable;
    let n = 200;
    let t0 = Instant::now();
    for _ in 0..n {
        std::hint::black_box(score_template(&t, &d));
    }
    println!(
        "score_template {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
    let t0 = Instant::now();
    for _ in 0..n {
        for s in &t.sections {
            std::hint::black_box(fingerprint(&t, s, &d));
        }
    }
    println!(
        "fingerprints {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
    let t0 = Instant::now();
    for _ in 0..n {
        std::hint::black_box(d.clone());
    }
    println!(
        "draft clone {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
    let t0 = Instant::now();
    for _ in 0..n {
        std::hint::black_box(d.to_json());
    }
    println!(
        "draft to_json {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
    parts(&t, &d);
}
#[allow(dead_code)]
fn parts(t: &Template, d: &Draft) {
    let n = 200;
    let t0 = Instant::now();
    for _ in 0..n {
        let mut c = 0;
        for (_, item) in t.items() {
            if ziping_core::item_state(t, item, d.answer_for(t, item))
                == ziping_core::ItemState::Unanswered
            {
                c += 1;
            }
        }
        std::hint::black_box(c);
    }
    println!(
        "states {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
    let t0 = Instant::now();
    for _ in 0..n {
        let v: Vec<_> = t.items().map(|(_, i)| i.id.clone()).collect();
        std::hint::black_box(v);
    }
    println!(
        "id clones {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
    let t0 = Instant::now();
    for _ in 0..n {
        let ids: std::collections::BTreeSet<&str> = t.items().map(|(_, i)| i.id.as_str()).collect();
        std::hint::black_box(ids);
    }
    println!(
        "btreeset {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
    let t0 = Instant::now();
    for _ in 0..n {
        let c = t.items().count();
        std::hint::black_box(c);
    }
    println!(
        "items iter {:.1} us",
        t0.elapsed().as_micros() as f64 / n as f64
    );
}
