//! Moving a draft to newer versions of its templates, at the person's request
//! (the screen shows `template_diff` first). Nothing is lost: answers to items
//! the new version no longer has stay in the draft (kept, not scored); what
//! can be carried over is: an item that `replaces` older ones takes their
//! answers (the weakest rating, the examples joined), a statement now shared
//! with another template is answered where it is kept, and problems follow
//! their item.

use crate::draft::{Answer, Draft};
use crate::template::{Template, TemplateRef};

/// What moving a draft did, for the message to the person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpgradeReport {
    /// Items that took over older items' answers: (new item, old items).
    pub merged: Vec<(String, Vec<String>)>,
    /// Shared statements whose answer was carried to where it is kept.
    pub moved: Vec<String>,
    /// Shared statements answered differently in the two templates: the
    /// answer where it is kept stands, the other stays in the draft.
    pub conflicts: Vec<String>,
    /// Problems now linked to the item that replaces or holds theirs.
    pub relinked: usize,
}

fn weaker<'a>(t: &Template, a: &'a Answer, b: &'a Answer) -> &'a Answer {
    let share = |x: &Answer| {
        x.rating
            .as_ref()
            .and_then(|r| t.level(r.id()))
            .map_or(u32::MAX, |l| l.share)
    };
    if share(b) < share(a) {
        b
    } else {
        a
    }
}

/// The draft moved to `to` (the new versions of the templates it covers).
pub fn upgrade_draft(d: &Draft, to: &[&Template]) -> (Draft, UpgradeReport) {
    let mut out = d.clone();
    let mut report = UpgradeReport::default();
    for t in to {
        for (_, item) in t.items() {
            let (kt, ki) = t.answer_key(item);
            let (kt, ki) = (kt.to_string(), ki.to_string());
            // Older items this one replaces.
            let old: Vec<(String, Answer)> = item
                .replaces
                .iter()
                .filter_map(|id| {
                    let a = d.answer(&t.id, id)?;
                    (!a.is_empty()).then(|| (id.clone(), a.clone()))
                })
                .collect();
            if !old.is_empty() && out.answer(&kt, &ki).is_none_or(Answer::is_empty) {
                let worst = old
                    .iter()
                    .map(|(_, a)| a)
                    .fold(&old[0].1, |acc, a| weaker(t, acc, a));
                let evidence: Vec<&str> = old
                    .iter()
                    .map(|(_, a)| a.evidence.trim())
                    .filter(|e| !e.is_empty())
                    .collect();
                *out.answer_mut(&kt, &ki) = Answer {
                    rating: worst.rating.clone(),
                    evidence: evidence.join("；"),
                };
                report.merged.push((
                    item.id.to_string(),
                    old.into_iter().map(|(id, _)| id).collect(),
                ));
            }
            for p in out.problems.iter_mut() {
                let Some(link) = p.item.as_mut() else {
                    continue;
                };
                let from_replaced =
                    link.template == t.id && item.replaces.iter().any(|r| *r == *link.item);
                let from_shared =
                    item.shares.is_some() && link.template == t.id && link.item == item.id;
                if from_replaced || from_shared {
                    link.template = kt.as_str().into();
                    link.item = ki.as_str().into();
                    report.relinked += 1;
                }
            }
            // A statement now shared: carry its own answer to where it is kept.
            if item.shares.is_some() {
                let Some(own) = d.answer(&t.id, &item.id).filter(|a| !a.is_empty()) else {
                    continue;
                };
                match out.answer(&kt, &ki).filter(|a| !a.is_empty()) {
                    None => {
                        *out.answer_mut(&kt, &ki) = own.clone();
                        report.moved.push(item.id.to_string());
                    }
                    Some(kept) if kept.rating != own.rating => {
                        report.conflicts.push(item.id.to_string())
                    }
                    Some(_) => {}
                }
            }
        }
    }
    out.templates = d
        .templates
        .iter()
        .map(|r| {
            to.iter()
                .find(|t| t.id == r.id)
                .map_or(r.clone(), |t| TemplateRef {
                    id: t.id.clone(),
                    version: t.version,
                })
        })
        .collect();
    (out, report)
}
