//! 原因剖析: from the surface to the root along the fixed angles, in GENRE
//! order, as 一是……二是……. Each angle opens with the person's judgement
//! (一是理想信念有所弱化。) where they wrote one, gathers the causes that
//! point to it (the same cause once) and names the problems it explains. An
//! angle no problem points to is left out, except the 思想根源 (理想信念 or
//! 党性修养), which is always there.

use super::inputs::{problems_by_aspect, Inputs};
use super::tag::{frame, mine, unmarked};
use super::text::{clause, join_clauses, sentence};
use crate::report::{chinese_numeral, placeholder, Block};
use ziping_core::{blamed_circumstance, praised_cause, says_nothing, Angle, Problem};

/// Whether `text` is among `texts` in the same words, whoever wrote them
/// (an aid inserted under one problem, typed under another: told once).
fn said(texts: &[String], text: &str) -> bool {
    let words = unmarked(text);
    texts.iter().any(|t| unmarked(t) == words)
}

/// One angle's causes and the problems they explain.
#[derive(Default)]
struct AngleCauses {
    texts: Vec<String>,
    problems: Vec<String>,
}

pub fn causes(inp: &Inputs, out: &mut Vec<Block>) {
    // Causes without an angle (schema 1) and the draft's general cause lead in.
    let mut general: Vec<String> = vec![mine(clause(&inp.draft.cause))];
    // Each angle's causes, in GENRE order; `None` where no problem names it.
    let mut by_angle: [Option<AngleCauses>; Angle::ALL.len()] = Default::default();
    for p in problems_by_aspect(inp).iter().flat_map(|(_, v)| v) {
        for (n, c) in p.causes.iter().enumerate() {
            // A circumstance blamed (人手少) or a virtue (事业心太强) is no
            // root: the person's own cause is asked for in its place.
            // 无 as a cause is none: asked for, never printed.
            let text = if says_nothing(&c.text) {
                String::new()
            } else if let Some(m) = blamed_circumstance(inp.draft, p, n) {
                placeholder(&format!("“{m}”是客观原因，从主观上查找根源"))
            } else if let Some(m) = praised_cause(inp.draft, p, n) {
                placeholder(&format!("“{m}”是优点，不是原因，从主观上查找不足"))
            } else {
                inp.own(p, &c.text, clause(&c.text))
            };
            // (`Angle` is declared in the order of `Angle::ALL`.)
            let Some(entry) = c.angle.and_then(|a| by_angle.get_mut(a as usize)) else {
                if !text.is_empty() && !said(&general, &text) {
                    general.push(text);
                }
                continue;
            };
            let entry = entry.get_or_insert_with(AngleCauses::default);
            if !text.is_empty() && !said(&entry.texts, &text) {
                entry.texts.push(text);
            }
            // Named only by a name fit to quote (its 判断, or a short 表现),
            // and only by a cause written (a problem with none is asked
            // about below).
            let headline = inp.headline(p);
            if !says_nothing(&c.text)
                && p.has_name()
                && !headline.is_empty()
                && !entry.problems.contains(&headline)
            {
                entry.problems.push(headline);
            }
        }
    }
    let general = join_clauses(general);
    if !general.is_empty() {
        out.push(Block::Para(general));
    }
    // A problem no cause explains is asked about by name: where its
    // 思想根源 is asked for anyway, there (从理想信念……上剖析“甲”问题的思想
    // 根源), else after the angles.
    let mut unexplained: Vec<String> = problems_by_aspect(inp)
        .iter()
        .flat_map(|(_, v)| v)
        .filter(|p| p.causes.iter().all(|c| says_nothing(&c.text)))
        .map(|p| named(inp, p))
        .collect();
    // The angles as the draft has them (a 思想根源 always).
    let angles = inp.draft.cause_angles();
    let count = angles.len();
    for (n, a) in angles.into_iter().enumerate() {
        let causes = by_angle[a as usize].take().unwrap_or_default();
        let root = if a.is_root() {
            "思想根源"
        } else {
            "问题根源"
        };
        let mut s = frame(chinese_numeral(n + 1) + "是");
        // The angle opens with the person's judgement; one not yet written
        // is asked for, never framed as 在……方面.
        match inp.draft.cause_head(a) {
            // The field's example taken as it stands is the tool's words.
            Some(head) if a.judgement_example().strip_prefix("如：") == Some(head) => {
                s.push_str(&sentence(head))
            }
            Some(head) => s.push_str(&mine(sentence(head))),
            None => s.push_str(&placeholder(&format!(
                "{}方面的一句判断（{}）",
                a.label(),
                a.judgement_example()
            ))),
        }
        if causes.texts.is_empty() {
            let which = match a.is_root() && !unexplained.is_empty() {
                true => names_of_problems(std::mem::take(&mut unexplained)) + "的",
                false => String::new(),
            };
            s.push_str(&placeholder(&format!(
                "从{}（{}）上剖析{which}{root}",
                a.label(),
                a.hint()
            )));
        } else {
            s.push_str(&sentence(&causes.texts.join("；")));
        }
        // The problems this angle explains, by name.
        if !causes.problems.is_empty() {
            let named: Vec<String> = causes.problems.iter().map(|h| format!("“{h}”")).collect();
            let what = if a.is_root() {
                "思想根源"
            } else {
                "重要原因"
            };
            // “甲”, “甲”和“乙”, “甲”“乙”“丙”三个问题.
            let which = match &named[..] {
                [one] => one.clone(),
                [a, b] => format!("{a}和{b}"),
                all => format!("{}{}个问题", all.concat(), chinese_numeral(all.len())),
            };
            s.push_str(&format!("这是{which}的{what}。"));
        }
        out.push(Block::Para(s));
    }
    if !unexplained.is_empty() {
        // Numbered on from the angles, where it will stand once written.
        out.push(Block::Para(
            frame(chinese_numeral(count + 1) + "是")
                + &placeholder(&format!(
                    "{}的原因，从主观上查找",
                    names_of_problems(unexplained)
                )),
        ));
    }
}

/// A problem as a request names it (“调研少”): a long spoken 表现 by its
/// first clause (“有时候材料拖了一两天才交……”), since the 材料 does not
/// quote a whole sentence back as a problem's name; one with nothing to
/// name (its 表现 无) by its place among the problems (第二个问题).
pub(super) fn named(inp: &Inputs, p: &Problem) -> String {
    let h = clause(&p.headline());
    match h.split_once('，') {
        _ if h.is_empty() => {
            let mut all = problems_by_aspect(inp).iter().flat_map(|(_, v)| v);
            let n = all.position(|q| std::ptr::eq(*q, p)).unwrap_or(0);
            format!("第{}个问题", chinese_numeral(n + 1))
        }
        Some((first, _)) if !p.has_name() => format!("“{first}……”"),
        _ => format!("“{h}”"),
    }
}

/// A [`named`] problem with the word 问题: “调研少”问题, 第二个问题.
pub(super) fn named_problem(inp: &Inputs, p: &Problem) -> String {
    names_of_problems(vec![named(inp, p)])
}

/// Named problems as one phrase: “甲”“乙”问题, or “甲”问题、第二个问题
/// where one is named by its place.
fn names_of_problems(names: Vec<String>) -> String {
    match names.iter().all(|n| n.starts_with('“')) {
        true => names.concat() + "问题",
        false => names
            .iter()
            .map(|n| match n.starts_with('“') {
                true => n.clone() + "问题",
                false => n.clone(),
            })
            .collect::<Vec<_>>()
            .join("、"),
    }
}
