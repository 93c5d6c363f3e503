//! 相互批评发言提纲: the criticisms a member will raise of others at the
//! 组织生活会, as their own one-page speaking list. It is never part of the
//! 材料 or the ledger; it prints on A4 by itself.

use crate::material::{fix_quotes, sentence};
use crate::report::{item_numeral, placeholder, Block, Report};
use ziping_core::Draft;

/// The speaking list: a title, one numbered paragraph per criticism
/// (对某某同志：……), the person's name.
pub fn criticism_outline(draft: &Draft) -> Report {
    let year = draft.person.year.trim();
    let title = if year.is_empty() {
        "组织生活会相互批评发言提纲".to_string()
    } else {
        format!("{year}年度组织生活会相互批评发言提纲")
    };
    let written: Vec<_> = draft
        .criticisms
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .collect();
    let mut blocks: Vec<Block> = written
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let to = c.to.trim();
            let to = if to.is_empty() {
                String::new()
            } else if to.ends_with("同志") {
                format!("对{to}：")
            } else {
                format!("对{to}同志：")
            };
            Block::Para(fix_quotes(
                &(item_numeral(n + 1) + &to + &sentence(&c.text)),
            ))
        })
        .collect();
    if blocks.is_empty() {
        blocks.push(Block::Para(placeholder("准备在会上提出的批评意见")));
    }
    Report {
        title,
        blocks,
        signature: vec![draft.person.name.trim().to_string()],
        appendix: None,
        share: Default::default(),
    }
}
