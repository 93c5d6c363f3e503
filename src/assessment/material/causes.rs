//! 原因剖析: from the surface to the root along the fixed angles, in GENRE
//! order, as 一是……二是……; an angle no problem points to is left out, except
//! the 思想根源 (理想信念 or 党性修养), which is always there.

use super::super::problem::Angle;
use super::super::report::{chinese_numeral, placeholder, Block};
use super::parts::problems_by_aspect;
use super::text::{clause, join_clauses, sentence};
use super::Inputs;

pub fn causes(inp: &Inputs) -> Vec<Block> {
    let problems: Vec<_> = problems_by_aspect(inp)
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .collect();
    let mut out = Vec::new();
    // Causes without an angle (schema 1) and the draft's general cause lead in.
    let mut general: Vec<String> = vec![clause(&inp.draft.cause)];
    for c in problems.iter().flat_map(|p| &p.causes) {
        let text = clause(&c.text);
        if c.angle.is_none() && !text.is_empty() && !general.contains(&text) {
            general.push(text);
        }
    }
    let general = join_clauses(general);
    // The person's general cause leads in; without one, a linking sentence.
    out.push(Block::Para(if general.is_empty() {
        "对照查摆出的问题，深入剖析根源，主要有以下几个方面：".to_string()
    } else {
        general
    }));
    let mut angles: Vec<(Angle, Vec<String>)> = Vec::new();
    for a in Angle::ALL {
        let mut texts: Vec<String> = Vec::new();
        for c in problems.iter().flat_map(|p| &p.causes) {
            let t = clause(&c.text);
            if c.angle == Some(a) && !t.is_empty() && !texts.contains(&t) {
                texts.push(t);
            }
        }
        let named = problems
            .iter()
            .flat_map(|p| &p.causes)
            .any(|c| c.angle == Some(a));
        if named {
            angles.push((a, texts));
        }
    }
    if !angles.iter().any(|(a, _)| a.is_root()) {
        angles.insert(0, (Angle::Lixiang, Vec::new()));
    }
    for (n, (a, texts)) in angles.iter().enumerate() {
        let body = if texts.is_empty() {
            placeholder(&format!(
                "从{}（{}）上剖析{}",
                a.label(),
                a.hint(),
                if a.is_root() {
                    "思想根源"
                } else {
                    "问题根源"
                }
            ))
        } else {
            sentence(&texts.join("；"))
        };
        out.push(Block::Para(format!(
            "{}是在{}方面，{body}",
            chinese_numeral(n + 1),
            a.label()
        )));
    }
    out
}
