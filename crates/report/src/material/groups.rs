//! 主要成绩 by dimensions an occasion names (a 个人总结 by 德、能、勤、绩、廉:
//! 思想政治 / 业务能力 / 工作作风 / 工作实绩 / 廉洁自律; 民主评议 by the 测评表's
//! 理想信念、政治理论学习 …): each told from the inputs its [`Group`] lists —
//! a Party member's own facts (三会一课, 党费 …: `member`), the items'
//! 具体事例, the 工作实绩, and for 廉 a positive sentence when every veto fact
//! is answered 否. A dimension with nothing of the person's asks for it;
//! none is filled with a stock sentence.

mod member;

use super::inputs::Inputs;
use super::parts::{examples, work_lines, WORK_ASKED};
use super::tag::{frame, unmarked};
use super::text::{is_hanzi, join_clauses, sentence};
use crate::report::{part_numeral, placeholder, sub_numeral, Block};
use ziping_core::{aspect_core, Group, PartSpec};

/// Words that say what part the person played in a piece of work.
const ROLES: [&str; 10] = [
    "牵头", "参与", "负责", "主持", "承担", "协助", "配合", "主笔", "执笔", "起草",
];

/// Words by which a problem the person wrote admits a breach of the rules
/// the 廉 sentence vouches for: with one, no such sentence is printed.
const BREACHES: [&str; 12] = [
    "保密",
    "泄露",
    "泄密",
    "八项规定",
    "打招呼",
    "说情",
    "吃请",
    "收受",
    "违规",
    "违纪",
    "任免信息",
    "跑风漏气",
];

/// The part's dimensions: with no heading on the part each is a part of its
/// own (一、思想政治, counted on from `n`), else a paragraph under it
/// (（一）在理想信念方面。).
pub fn groups(inp: &Inputs, part: &PartSpec, n: &mut usize, out: &mut Vec<Block>) {
    let top = part.heading.trim().is_empty();
    // Items a group names are told there, not under their section's aspect.
    let named: Vec<&str> = part
        .groups
        .iter()
        .flat_map(|g| g.items.iter().map(String::as_str))
        .collect();
    let lines = work_lines(inp);
    let mut seen = std::collections::HashSet::new();
    // The group of `results` takes first every example that says the
    // person's part in a piece of work (牵头完成……), whatever its item:
    // 绩 is told from what was done, not from the checklist's dimension.
    let mut results: Vec<String> = Vec::new();
    if let Some(g) = part.groups.iter().find(|g| g.results) {
        results = examples(inp, &mut seen, |_, item, e| {
            g.items.iter().any(|i| *i == item.id.as_str())
                || (!named.contains(&item.id.as_str()) && tells_a_role(e))
        });
    }
    for (k, g) in part.groups.iter().enumerate() {
        // The results first (taken above), then the group's own.
        let mut found = match g.results {
            true => std::mem::take(&mut results),
            false => Vec::new(),
        };
        found.extend(examples(inp, &mut seen, |section, item, _| {
            g.items.iter().any(|i| *i == item.id.as_str())
                || (!named.contains(&item.id.as_str())
                    && g.aspects
                        .iter()
                        .any(|a| aspect_core(a) == aspect_core(section.aspect())))
        }));
        let mut paras = Vec::new();
        // The 反向情形 of not paying 党费 (无正当理由) stated: the 材料 says
        // nothing in the member's favour, whatever 党费 says, nor asks why.
        let mut facts = inp.draft.member.clone();
        let unpaid =
            |f: &ziping_core::Fact| f.follows_dues() && inp.draft.answer_to(f) == Some(true);
        let stated = inp.occasion.facts.iter().any(unpaid);
        if stated {
            facts.dues = Some(false);
        }
        let member = member::member_sentences(&facts, &g.member, stated);
        // Each fact once: a 工作实绩 line an example here states more
        // fully (考察干部40多人次 beside 全年参与考察干部40多人次，每次都个别
        // 谈话) is left to the example. (An example under another dimension
        // stays whole where the person put it: half of one read worse than
        // the repeat.)
        let shown: Vec<&String> = lines
            .iter()
            .filter(|(l, _)| !g.work || !found.iter().any(|e| restates(l, &unmarked(e))))
            .map(|(_, p)| p)
            .collect();
        // 廉 opens with its positive sentence; the person's facts follow.
        let mut text = clean_sentence(inp, g, &found).unwrap_or_default();
        if g.work {
            text.push_str(&join_clauses(shown.iter().map(|l| l.to_string()).collect()));
        }
        if g.duties {
            for (k, (_, line)) in lines.iter().enumerate() {
                paras.push(frame(sub_numeral(k + 1)) + &sentence(line));
            }
        }
        // 绩 says what part the person played (牵头/参与) and the result.
        let told_role = lines.iter().any(|(l, _)| tells_a_role(l));
        if (g.work || g.duties) && !shown.is_empty() && !told_role {
            text.push_str(&placeholder(
                "在上述工作中本人是牵头还是参与，取得了什么结果",
            ));
        }
        text.push_str(&join_clauses(found));
        if text.is_empty() && paras.is_empty() && (g.work || g.duties) {
            text = placeholder(WORK_ASKED);
        } else if text.is_empty() && paras.is_empty() && member.is_empty() {
            let ask = match g.ask.trim() {
                "" => "在“逐条自评”相关条目的“具体事例”中填写".to_string(),
                ask => format!("如{ask}"),
            };
            text = placeholder(&format!("本年度{}方面的具体表现，{ask}", g.heading.trim()));
        }
        // A member's conduct leads the dimension that tells it.
        let text = member + &text;
        if !text.is_empty() {
            paras.push(text);
        }
        if top {
            *n += 1;
            out.push(Block::Heading(part_numeral(*n) + g.heading.trim()));
            out.extend(paras.into_iter().map(Block::Para));
        } else {
            let lead = frame(sub_numeral(k + 1)) + &format!("在{}方面。", g.heading.trim());
            out.push(Block::Lead {
                lead,
                text: paras.concat(),
            });
        }
    }
}

/// Whether `text` only states again what `said`, no shorter, states: it
/// has figures (a number with its unit: 186件, 40多人次, 2.3万; a time such
/// as 2027年 or 3月 is none), and `said` has each with the two characters
/// before it, what is counted (档案120卷; 党课2次 is not 调研2次, 第2期 not
/// 办了2期).
fn restates(text: &str, said: &str) -> bool {
    if text.chars().count() > said.chars().count() {
        return false;
    }
    let mut figures = 0;
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() || (start.is_some() && matches!(c, '.' | '多' | '余')) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            if is_hanzi(c) && !"年月日号时点天周岁".contains(c) {
                let from = text[..s].char_indices().rev().nth(1).map_or(0, |(k, _)| k);
                if !said.contains(&text[from..i + c.len_utf8()]) {
                    return false;
                }
                figures += 1;
            }
        }
    }
    figures > 0
}

/// Whether a piece of work says the part the person played in it.
fn tells_a_role(text: &str) -> bool {
    ROLES.iter().any(|r| text.contains(r))
}

/// The group's 廉 sentence: printed when every veto fact of the draft's
/// templates and of the occasion (民主评议's 反向情形: not paying 党费 is a
/// breach of discipline too) is answered 否; asked for while one is
/// unanswered; left out when one is 是 (the grade part says what follows
/// from it) or when a problem the person wrote admits a breach
/// ([`BREACHES`]): the text never vouches against the person's own words;
/// and left out where an example of the group, `found`, says it in the
/// person's words (严格落实中央八项规定精神……): never two near-copies.
fn clean_sentence(inp: &Inputs, g: &Group, found: &[String]) -> Option<String> {
    let clean = g.clean.trim();
    if clean.is_empty() {
        return None;
    }
    // The facts the draft is asked (a fact two templates share is looked at
    // twice: the same answer).
    let d = inp.draft;
    let asked: Vec<_> = inp
        .templates
        .iter()
        .flat_map(|t| &t.facts)
        .chain(&inp.occasion.facts)
        .filter(|f| d.asks(f))
        .collect();
    // 党费 not paid in full and on time is a breach until its reason is
    // told: the 材料 asks for it, and vouches for nothing meanwhile.
    let admitted = d.member.dues == Some(false)
        || d.problems.iter().any(|p| {
            BREACHES
                .iter()
                .any(|w| p.text.contains(w) || p.judgement.contains(w))
        });
    if asked.iter().any(|f| d.fact_hit(f)) || admitted {
        None
    } else if asked.iter().any(|f| d.answer_to(f).is_none()) {
        Some(placeholder(
            "廉洁自律情况：请在“否决事项”中逐项回答是否存在所列情形",
        ))
    } else if found.iter().any(|e| e.contains("八项规定")) {
        None
    } else {
        Some(clean.to_string())
    }
}
