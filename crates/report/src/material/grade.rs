//! The sentence that names the 自评参考等次 (GENRE §3), or says why there is
//! none yet; which grade it is comes from `ziping_core::occasion_grade`.

use std::fmt::Write as _;

use ziping_core::{Consequence, Effect, OccasionGrade};

use crate::report::placeholder;

/// A fact's question turned into a statement: 是否存在……情形 → 存在……情形.
fn statement(question: &str) -> String {
    question
        .replacen("是否", "", 1)
        .trim_end_matches(['？', '?', '。'])
        .to_string()
}

/// What follows from a veto fact, for the text: the occasion's own words,
/// else the fact as a statement and its effect on the grade.
fn consequence_text(c: &Consequence) -> String {
    if let Some(stated) = &c.stated {
        return stated.clone();
    }
    let top = c.top.as_deref().unwrap_or("优秀");
    let lowest = c.lowest.as_deref().unwrap_or("不合格");
    let outcome = match c.effect {
        Effect::NotTop => format!("依规不得评为“{top}”"),
        Effect::NoGrade => "依规只写评语、不确定等次".to_string(),
        Effect::Lowest => format!("依规应评为“{lowest}”"),
        // A gate is never a consequence (`Draft::fact_hit`).
        Effect::Gate => return statement(&c.question),
    };
    format!("{}，{outcome}", statement(&c.question))
}

/// The veto consequences that apply, each a sentence.
fn consequences(g: &OccasionGrade) -> String {
    g.consequences
        .iter()
        .map(|c| consequence_text(c) + "。")
        .collect()
}

/// The sentence naming the 自评等次 the member chose (`chosen`: the grade
/// or a placeholder), then the veto consequences that apply; the computed
/// grade is only the form's hint. `under_heading`: the text after "自评等次：".
pub fn chosen_grade_sentence(g: &OccasionGrade, chosen: &str, under_heading: bool) -> String {
    let main = if under_heading {
        format!("{chosen}。")
    } else {
        format!("本人自评等次为“{chosen}”。")
    };
    main + &consequences(g)
}

/// The sentence naming the 自评参考等次, or saying why there is none yet.
/// With `with_score` the score is named too (从严治部自查). `under_heading`
/// is the text after "自评参考等次：": the grade first, then why.
pub fn grade_sentence(g: &OccasionGrade, with_score: bool, under_heading: bool) -> String {
    let why = consequences(g);
    let mut main = String::new();
    if g.no_grade {
        // No grade at all: only the consequence is said.
    } else if g.remaining > 0 {
        if !under_heading {
            main.push_str("自评参考等次：");
        }
        let items = g.remaining - g.remaining_facts;
        // The checklists' own 已评 count a shared statement in each: said, so
        // that their sum and this count agree.
        let shared = match g.shared_open {
            0 => String::new(),
            k => format!("，两个清单共有的{k}项只需评一次"),
        };
        // A gap to fill, not the app's status in the text handed in.
        let left = match (items, g.remaining_facts) {
            (n, 0) => format!("尚有{n}项未评{shared}"),
            (0, f) => format!("尚有{f}项否决情形未回答"),
            (n, f) => format!("尚有{n}项未评、{f}项否决情形未回答{shared}"),
        };
        main.push_str(&placeholder(&format!("{left}，评完后写出参考等次")));
    } else {
        let named = g
            .grades
            .iter()
            .filter_map(|(t, s, l)| Some((t, s, l.as_ref()?)));
        for (n, (title, score, label)) in named.enumerate() {
            main.push_str(match (n, with_score) {
                (0, true) => "经逐项自评，",
                (0, false) => "",
                _ => "；",
            });
            let _ = match (title.is_empty(), with_score, score) {
                (false, true, Some(sc)) => {
                    let sc = sc.plain();
                    write!(main, "对照“{title}”得分{sc}分，参考等次为“{label}”")
                }
                (false, _, _) => write!(main, "对照“{title}”自评参考等次为“{label}”"),
                (true, true, Some(sc)) => {
                    write!(main, "得分{}分，自评参考等次为“{label}”", sc.plain())
                }
                (true, _, _) if under_heading => write!(main, "{label}"),
                (true, _, _) => write!(main, "本人自评参考等次为“{label}”"),
            };
        }
        if g.grades.iter().any(|(_, _, l)| l.is_some()) {
            main.push('。');
        }
    }
    if under_heading {
        main + &why
    } else {
        why + &main
    }
}
