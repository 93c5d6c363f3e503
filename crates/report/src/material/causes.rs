//! 原因剖析: from the surface to the root along the fixed angles, in GENRE
//! order, as 一是……二是……; an angle no problem points to is left out, except
//! the 思想根源 (理想信念 or 党性修养), which is always there.

use super::inputs::{problems_by_aspect, Inputs};
use super::text::{clause, join_clauses, sentence};
use crate::report::{chinese_numeral, placeholder, Block};
use ziping_core::Angle;

pub fn causes(inp: &Inputs, out: &mut Vec<Block>) {
    // Causes without an angle (schema 1) and the draft's general cause lead in.
    let mut general: Vec<String> = vec![clause(&inp.draft.cause)];
    // Each angle's causes, in GENRE order; `None` where no problem names it.
    let mut by_angle: [Option<Vec<String>>; Angle::ALL.len()] = Default::default();
    let problems = problems_by_aspect(inp).iter().flat_map(|(_, v)| v);
    for c in problems.flat_map(|p| &p.causes) {
        let text = clause(&c.text);
        let list = match c.angle {
            // (`Angle` is declared in the order of `Angle::ALL`.)
            Some(a) => match by_angle.get_mut(a as usize) {
                Some(list) => list.get_or_insert_with(Vec::new),
                None => &mut general,
            },
            None => &mut general,
        };
        if !text.is_empty() && !list.contains(&text) {
            list.push(text);
        }
    }
    let general = join_clauses(general);
    // The person's general cause leads in; without one, a linking sentence.
    out.push(Block::Para(if general.is_empty() {
        "对照查摆出的问题，深入剖析根源，主要有以下几个方面：".to_string()
    } else {
        general
    }));
    // A 思想根源 always: 理想信念 when neither root angle is named.
    let rooted = Angle::ALL
        .iter()
        .zip(&by_angle)
        .any(|(a, t)| a.is_root() && t.is_some());
    if !rooted {
        by_angle[Angle::Lixiang as usize] = Some(Vec::new());
    }
    let named = Angle::ALL.into_iter().zip(by_angle);
    for (n, (a, texts)) in named.filter_map(|(a, t)| Some((a, t?))).enumerate() {
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
}
