//! Property tests of scoring over both built-in templates and arbitrary
//! ratings, plus serde round trips and robustness against arbitrary input.
#![cfg(not(target_arch = "wasm32"))]

mod util;

use proptest::prelude::*;
use util::*;
use ziping_core::{score_template, Draft, Effect, ItemLink, OccasionSet, Rating, Score, Template};

/// A rating choice per item: None = unanswered, 0..levels = a level, levels = 不适用.
fn choices(t: &Template) -> impl Strategy<Value = Vec<Option<usize>>> {
    let levels = t.scale.levels.len();
    prop::collection::vec(prop::option::of(0..=levels), t.item_count())
}

fn apply(t: &Template, picks: &[Option<usize>]) -> Draft {
    let mut d = draft_for(t);
    for ((_, item), pick) in t.items().zip(picks) {
        if let Some(p) = pick {
            let rating = match t.scale.levels.get(*p) {
                Some(l) => Rating::Level(l.id.clone()),
                None => Rating::NotApplicable,
            };
            d.answer_for_mut(t, item).rating = Some(rating);
        }
    }
    for f in &t.facts {
        d.facts.insert(f.id.clone(), false);
    }
    d
}

fn both() -> impl Strategy<Value = Template> {
    prop_oneof![Just(template(WUXIANG)), Just(template(SIGE))]
}

fn with_choices() -> impl Strategy<Value = (Template, Vec<Option<usize>>)> {
    both().prop_flat_map(|t| {
        let c = choices(&t);
        (Just(t), c)
    })
}

proptest! {
    #[test]
    fn the_score_is_always_within_0_and_100((t, picks) in with_choices()) {
        let r = score_template(&t, &apply(&t, &picks));
        if let Some(s) = r.score() {
            prop_assert!(s <= Score::MAX);
        }
        for s in &r.sections {
            if let Some(s) = s.tally.score() {
                prop_assert!(s <= Score::MAX);
            }
        }
        prop_assert_eq!(r.tally.answered + r.unanswered.len(), r.tally.total);
    }

    #[test]
    fn raising_one_rating_never_lowers_the_total_or_a_section(
        (t, picks) in with_choices(),
        which in any::<prop::sample::Index>(),
    ) {
        let i = which.index(picks.len());
        let Some(Some(level)) = picks.get(i).copied() else { return Ok(()) };
        if level == 0 || level >= t.scale.levels.len() { return Ok(()) }
        let mut raised = picks.clone();
        raised[i] = Some(level - 1);
        let before = score_template(&t, &apply(&t, &picks));
        let after = score_template(&t, &apply(&t, &raised));
        prop_assert!(after.score() >= before.score());
        for (a, b) in after.sections.iter().zip(&before.sections) {
            prop_assert!(a.tally.score() >= b.tally.score());
        }
    }

    #[test]
    fn not_applicable_on_any_subset_with_the_rest_at_top_keeps_100(
        t in both(),
        mask in prop::collection::vec(any::<bool>(), 30..=30),
    ) {
        let levels = t.scale.levels.len();
        let picks: Vec<Option<usize>> = t
            .items()
            .zip(mask.iter().cycle())
            .map(|((_, item), na)| {
                Some(if *na && t.allows_not_applicable(&item.id) { levels } else { 0 })
            })
            .collect();
        let r = score_template(&t, &apply(&t, &picks));
        prop_assert_eq!(r.score(), Some(Score::MAX));
        prop_assert_eq!(r.grade.as_deref(), Some("优秀"));
    }

    #[test]
    fn a_veto_fact_answered_yes_rules_out_the_top_band_whatever_the_score(
        (t, picks) in with_choices(),
        which in any::<prop::sample::Index>(),
    ) {
        let levels = t.scale.levels.len();
        // Every item answered, so a grade is given.
        let picks: Vec<Option<usize>> = picks.iter().map(|p| Some(p.unwrap_or(0).min(levels - 1))).collect();
        let mut d = apply(&t, &picks);
        let not_top: Vec<_> = t.facts.iter().filter(|f| f.effect == Effect::NotTop).collect();
        let fact = not_top[which.index(not_top.len())];
        d.facts.insert(fact.id.clone(), true);
        let r = score_template(&t, &d);
        let grade = r.grade.expect("everything is answered");
        prop_assert!(t.band_index(&grade).unwrap() >= 1);
        prop_assert!(r.facts.iter().any(|f| f.fact_id == fact.id));
    }

    #[test]
    fn no_grade_while_anything_is_unanswered((t, picks) in with_choices()) {
        let d = apply(&t, &picks);
        let r = score_template(&t, &d);
        prop_assert_eq!(r.grade.is_some(), picks.iter().all(Option::is_some));
        let mut d = d;
        d.facts.clear();
        prop_assert_eq!(score_template(&t, &d).grade, None);
    }

    #[test]
    fn answers_round_trip_through_json(
        (t, picks) in with_choices(),
        evidence in ".{0,40}",
        deadline in "\\PC{0,12}",
    ) {
        let mut d = apply(&t, &picks);
        let first = t.sections[0].items[0].id.clone();
        d.answer_mut(&t.id, &first).evidence = evidence;
        let link = ItemLink { template: t.id.clone(), item: first.clone() };
        let id = d.add_problem(Some(link), "");
        d.problem_mut(&id).unwrap().deadline = deadline;
        d.person.name = "张三".into();
        prop_assert_eq!(Draft::from_json(&d.to_json()).unwrap(), d);
    }

    #[test]
    fn templates_round_trip_through_json(t in both(), weight in 1u32..1000) {
        let mut t = t;
        t.sections[0].items[0].weight = weight;
        prop_assert_eq!(Template::from_json(&t.to_json()).unwrap(), t);
    }

    #[test]
    fn arbitrary_text_never_panics_the_readers(s in "\\PC{0,200}") {
        let _ = Draft::from_json(&s);
        let _ = Template::from_json(&s);
        let _ = OccasionSet::from_json(&s);
    }

    #[test]
    fn arbitrary_json_values_never_panic_the_readers(v in json_value()) {
        let text = v.to_string();
        let _ = Draft::from_json(&text);
        let _ = Template::from_json(&text);
        let _ = OccasionSet::from_json(&text);
    }

    /// The import of any bytes ends in a plan or an error, never a panic.
    #[test]
    fn importing_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let lib = library();
        let _ = import_into(&bytes, &lib, &["d1"]);
    }

    /// Backup- and template-shaped JSON with arbitrary insides.
    #[test]
    fn importing_file_shaped_json_never_panics(v in json_value(), kind in 0..4usize) {
        let lib = library();
        let wrapped = match kind {
            0 => serde_json::json!({ "format": "ziping-backup", "version": 1, "drafts": [v] }),
            1 => serde_json::json!({ "format": "ziping-template", "format_version": 1, "sections": v }),
            2 => serde_json::json!({ "format": "ziping-occasions", "format_version": 1, "occasions": v }),
            _ => serde_json::json!({ "schema": 2, "id": "x", "problems": v }),
        };
        let _ = import_into(wrapped.to_string().as_bytes(), &lib, &[]);
    }

    /// A real backup with one byte changed is either read or refused.
    #[test]
    fn a_damaged_backup_never_panics(at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let lib = library();
        let mut bytes = include_str!("../../../tests/fixtures/draft-v1.json").as_bytes().to_vec();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let _ = import_into(&bytes, &lib, &[]);
    }
}

#[test]
fn all_top_ratings_score_exactly_100() {
    for t in templates() {
        let picks = vec![Some(0); t.item_count()];
        let r = score_template(&t, &apply(&t, &picks));
        assert_eq!(r.score(), Some(Score::MAX));
        assert!(r
            .sections
            .iter()
            .all(|s| s.tally.score() == Some(Score::MAX)));
    }
}

/// Small JSON values, including draft- and template-like shapes.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-z_]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    prop::sample::select(declared_keys()).prop_map(str::to_string),
                    "[a-z]{1,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every key the readers know, from their declarations.
fn declared_keys() -> Vec<&'static str> {
    use ziping_core::{
        Answer, Backup, Cause, EffectRule, Item, Occasion, OccasionSet, PartSpec, Person,
        PreviousProblem, Problem, Section,
    };
    let mut keys: Vec<&str> = [
        Draft::KEYS,
        Person::READ_KEYS,
        Answer::READ_KEYS,
        Problem::KEYS,
        Cause::KEYS,
        PreviousProblem::KEYS,
        Backup::KEYS,
        Template::KEYS,
        Section::KEYS,
        Item::KEYS,
        OccasionSet::KEYS,
        Occasion::KEYS,
        PartSpec::KEYS,
        EffectRule::KEYS,
    ]
    .concat();
    keys.sort_unstable();
    keys.dedup();
    keys
}
