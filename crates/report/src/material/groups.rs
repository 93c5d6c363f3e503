//! 主要成绩 by dimensions an occasion names (a 个人总结 by 德、能、勤、绩、廉:
//! 思想政治 / 业务能力 / 工作作风 / 工作实绩 / 廉洁自律; 民主评议 by the 测评表's
//! 理想信念、政治理论学习 …): each told from the inputs its [`Group`] lists —
//! a Party member's own facts (三会一课, 党费 …: `member`), the items'
//! 具体事例, the 工作实绩, and for 廉 a positive sentence when every veto fact
//! is answered 否. A dimension with nothing of the person's asks for it;
//! none is filled with a stock sentence.

mod member;

use super::inputs::Inputs;
use super::parts::examples;
use super::tag::{frame, mine};
use super::text::{clause, join_clauses, sentence};
use crate::report::{part_numeral, placeholder, sub_numeral, Block};
use ziping_core::{aspect_core, Group, PartSpec};

/// Words that say what part the person played in a piece of work.
const ROLES: [&str; 12] = [
    "牵头", "参与", "负责", "主持", "承担", "独立", "协助", "配合", "主笔", "执笔", "起草", "组织",
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
    let mut seen = Vec::new();
    for (k, g) in part.groups.iter().enumerate() {
        let found = examples(inp, &mut seen, |section, item| {
            g.items.iter().any(|i| *i == item.id.as_str())
                || (!named.contains(&item.id.as_str())
                    && g.aspects
                        .iter()
                        .any(|a| aspect_core(a) == aspect_core(section.aspect())))
        });
        let mut paras = Vec::new();
        let member = member::member_sentences(&inp.draft.member, &g.member);
        let mut text = String::new();
        let lines: Vec<String> = inp
            .draft
            .work
            .iter()
            .map(|w| clause(w))
            .filter(|w| !w.is_empty())
            .collect();
        if g.work {
            text.push_str(&join_clauses(lines.iter().cloned().map(mine).collect()));
        }
        if g.duties {
            for (k, line) in lines.iter().enumerate() {
                paras.push(frame(sub_numeral(k + 1)) + &mine(sentence(line)));
            }
        }
        // 绩 says what part the person played (牵头/参与) and the result.
        let told_role = lines.iter().any(|l| ROLES.iter().any(|r| l.contains(r)));
        if (g.work || g.duties) && !lines.is_empty() && !told_role {
            text.push_str(&placeholder(
                "在上述工作中本人是牵头还是参与，取得了什么结果",
            ));
        }
        text.push_str(&join_clauses(found));
        if let Some(clean) = clean_sentence(inp, g) {
            text.push_str(&clean);
        }
        if text.is_empty() && paras.is_empty() && (g.work || g.duties) {
            text = placeholder(
                "全年主要工作和数据，写明本人牵头或参与、结果如何，如牵头完成干部考察××人次、审核干部档案××卷",
            );
        } else if text.is_empty() && paras.is_empty() && member.is_empty() {
            text = placeholder(&format!(
                "{}方面的具体事例：在“逐条自评”各条目的“具体事例”中填写",
                g.heading.trim()
            ));
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

/// The group's 廉 sentence: printed when every veto fact of the draft's
/// templates and of the occasion (民主评议's 反向情形: not paying 党费 is a
/// breach of discipline too) is answered 否; asked for while one is
/// unanswered; left out when one is 是 (the grade part says what follows
/// from it).
fn clean_sentence(inp: &Inputs, g: &Group) -> Option<String> {
    let clean = g.clean.trim();
    if clean.is_empty() {
        return None;
    }
    // (A fact two templates share is looked at twice: the same answer.)
    let answers: Vec<Option<bool>> = inp
        .templates
        .iter()
        .flat_map(|t| &t.facts)
        .chain(&inp.occasion.facts)
        .map(|f| inp.draft.facts.get(&f.id))
        .collect();
    if answers.contains(&Some(true)) {
        None
    } else if answers.contains(&None) {
        Some(placeholder(
            "廉洁自律情况：请在“否决事项”中逐项回答是否存在所列情形",
        ))
    } else {
        Some(clean.to_string())
    }
}
