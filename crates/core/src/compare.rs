//! Two drafts side by side (by default this year against the draft it was
//! carried from): scores per checklist, section and model with the change,
//! every item whose rating changed, and problems new, resolved, recurring or
//! still open. Items are aligned by id across template versions; items one
//! version has and the other lacks are listed as added or removed.

use crate::carry::{draft_year, is_recurring};
use crate::draft::Draft;
use crate::ids::{ItemId, TemplateId};
use crate::library::template_diff;
use crate::problem::{Problem, Progress};
use crate::score::{item_state, model_profile, score_template, ItemState, Score, Tally};
use crate::template::Template;

/// A score before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreChange {
    pub id: String,
    pub label: String,
    pub before: Option<Score>,
    pub after: Option<Score>,
    /// Either side has items not yet rated: its score is a running one.
    pub unfinished: bool,
}

impl ScoreChange {
    /// The scores of two tallies (`None` where a draft does not cover it).
    fn of(id: &str, label: &str, before: Option<&Tally>, after: Option<&Tally>) -> ScoreChange {
        ScoreChange {
            id: id.to_string(),
            label: label.to_string(),
            before: before.and_then(Tally::score),
            after: after.and_then(Tally::score),
            unfinished: [before, after].iter().flatten().any(|t| !t.is_complete()),
        }
    }

    /// The change in tenths of a point, when both are scored.
    pub fn delta(&self) -> Option<i32> {
        Some(i32::from(self.after?.tenths()) - i32::from(self.before?.tenths()))
    }

    /// "↑2.5", "↓1.0", "持平", "—" when either side is not scored, or 未评完
    /// when either is a running score (89.6 against one item's 60.0 is no
    /// change).
    pub fn delta_text(&self) -> String {
        match self.delta() {
            Some(_) if self.unfinished => "未评完，暂不比较".to_string(),
            None => "—".to_string(),
            Some(0) => "持平".to_string(),
            Some(d) => {
                let sign = if d > 0 { "↑" } else { "↓" };
                format!("{sign}{}.{}", d.abs() / 10, d.abs() % 10)
            }
        }
    }
}

/// One checklist in both drafts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateComparison {
    pub id: TemplateId,
    pub title: String,
    /// The versions compared (`None` where a draft does not cover it).
    pub before_version: Option<u32>,
    pub after_version: Option<u32>,
    pub total: ScoreChange,
    pub sections: Vec<ScoreChange>,
    /// (id, statement) of items only the later version has.
    pub added: Vec<(ItemId, String)>,
    /// (id, statement) of items only the earlier version has.
    pub removed: Vec<(ItemId, String)>,
}

/// Which way a rating moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    /// To or from 不适用.
    Other,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Up => "上升",
            Direction::Down => "下降",
            Direction::Other => "变化",
        }
    }
}

/// An item rated differently in the two drafts (both rated, or 不适用).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingChange {
    pub template: String,
    pub item: ItemId,
    pub text: String,
    pub before: String,
    pub after: String,
    pub direction: Direction,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    pub templates: Vec<TemplateComparison>,
    pub models: Vec<ScoreChange>,
    pub ratings: Vec<RatingChange>,
    /// Problems of the later draft not raised before.
    pub new_problems: Vec<String>,
    /// Problems of the earlier draft not raised again and closed (已完成 in
    /// its ledger, or 已整改到位 where the later draft carried it).
    pub resolved: Vec<String>,
    /// Problems raised again on the same item (or in the same words): 老问题.
    pub recurring: Vec<String>,
    /// Problems of the earlier draft not raised again and not yet closed.
    pub open: Vec<String>,
}

fn state_label(t: &Template, state: ItemState) -> String {
    match state {
        ItemState::Unanswered => "未评".to_string(),
        ItemState::NotApplicable => t.scale.not_applicable_label.clone(),
        ItemState::Rated(l) => l.label.clone(),
    }
}

fn same_problem(a: &Problem, b: &Problem) -> bool {
    match (&a.item, &b.item) {
        (Some(x), Some(y)) => x == y,
        _ => a.text.trim() == b.text.trim(),
    }
}

/// Two drafts in the order of time, `(before, after)`: a draft carried
/// from the other comes after it; else the earlier 年度 first (2026 or
/// 2026年); else, where a year is missing or the same, the one made
/// earlier (never the one changed earlier: an edit of last year's 整改进展
/// must not turn the comparison round). Whichever draft is open, a
/// comparison reads forward.
pub fn in_time_order<'a>(a: &'a Draft, b: &'a Draft) -> (&'a Draft, &'a Draft) {
    let a_first = if b.carried_from.as_ref() == Some(&a.id) {
        true
    } else if a.carried_from.as_ref() == Some(&b.id) {
        false
    } else {
        match (draft_year(a), draft_year(b)) {
            (Some(x), Some(y)) if x != y => x < y,
            _ => a.created <= b.created,
        }
    };
    if a_first {
        (a, b)
    } else {
        (b, a)
    }
}

/// Compares `before` (over its templates) with `after` (over its own).
pub fn compare(
    before_templates: &[&Template],
    before: &Draft,
    after_templates: &[&Template],
    after: &Draft,
) -> Comparison {
    let mut out = Comparison::default();
    let mut ids: Vec<&TemplateId> = after_templates.iter().map(|t| &t.id).collect();
    for t in before_templates {
        if !ids.contains(&&t.id) {
            ids.push(&t.id);
        }
    }
    for id in ids {
        let old = before_templates.iter().find(|t| &t.id == id).copied();
        let new = after_templates.iter().find(|t| &t.id == id).copied();
        let old_r = old.map(|t| score_template(t, before));
        let new_r = new.map(|t| score_template(t, after));
        let Some(any) = new.or(old) else { continue };
        let mut sections = Vec::new();
        for r in new_r.iter().chain(old_r.iter()) {
            for s in &r.sections {
                if sections.iter().any(|c: &ScoreChange| c.id == s.id) {
                    continue;
                }
                let [before, after] = [&old_r, &new_r].map(|r| {
                    r.as_ref()
                        .and_then(|r| r.sections.iter().find(|x| x.id == s.id))
                        .map(|x| &x.tally)
                });
                sections.push(ScoreChange::of(&s.id, &s.title, before, after));
            }
        }
        let (added, removed) = match (old, new) {
            (Some(o), Some(n)) => {
                let diff = template_diff(o, n);
                (diff.added, diff.removed)
            }
            (None, Some(n)) => (
                n.items()
                    .map(|(_, i)| (i.id.clone(), i.text.clone()))
                    .collect(),
                Vec::new(),
            ),
            (Some(o), None) => (
                Vec::new(),
                o.items()
                    .map(|(_, i)| (i.id.clone(), i.text.clone()))
                    .collect(),
            ),
            (None, None) => (Vec::new(), Vec::new()),
        };
        if let (Some(o), Some(n)) = (old, new) {
            // A shared statement is listed once, where it is answered.
            for (_, item) in n.items().filter(|(_, i)| i.shares.is_none()) {
                let Some(old_item) = o.item(&item.id) else {
                    continue;
                };
                let was = item_state(o, old_item, before.answer_for(o, old_item));
                let now = item_state(n, item, after.answer_for(n, item));
                let direction = match (was, now) {
                    // Not rated in one of them: nothing to compare.
                    (ItemState::Unanswered, _) | (_, ItemState::Unanswered) => continue,
                    (ItemState::Rated(a), ItemState::Rated(b)) if a.id == b.id => continue,
                    (ItemState::Rated(a), ItemState::Rated(b)) if b.share > a.share => {
                        Direction::Up
                    }
                    (ItemState::Rated(a), ItemState::Rated(b)) if b.share < a.share => {
                        Direction::Down
                    }
                    (a, b) if state_label(o, a) == state_label(n, b) => continue,
                    _ => Direction::Other,
                };
                out.ratings.push(RatingChange {
                    template: n.title.clone(),
                    item: item.id.clone(),
                    text: item.text.clone(),
                    before: state_label(o, was),
                    after: state_label(n, now),
                    direction,
                });
            }
        }
        out.templates.push(TemplateComparison {
            id: id.clone(),
            title: any.title.clone(),
            before_version: old.map(|t| t.version),
            after_version: new.map(|t| t.version),
            total: ScoreChange::of(
                id,
                &any.title,
                old_r.as_ref().map(|r| &r.tally),
                new_r.as_ref().map(|r| &r.tally),
            ),
            sections,
            added,
            removed,
        });
    }
    let old_profile = model_profile(before_templates, before);
    let new_profile = model_profile(after_templates, after);
    for m in new_profile.iter().chain(old_profile.iter()) {
        if out.models.iter().any(|c| c.id == m.id) {
            continue;
        }
        let [before, after] =
            [&old_profile, &new_profile].map(|p| p.iter().find(|x| x.id == m.id).map(|x| &x.tally));
        out.models
            .push(ScoreChange::of(&m.id, &m.label, before, after));
    }
    let old_ps: Vec<&Problem> = before.problems.iter().filter(|p| !p.is_blank()).collect();
    let new_ps: Vec<&Problem> = after.problems.iter().filter(|p| !p.is_blank()).collect();
    for p in &new_ps {
        // Said not to be one: not one here either, as on every other screen.
        let again = is_recurring(after, p)
            || (!p.said_not_recurring() && old_ps.iter().any(|o| same_problem(o, p)));
        let list = if again {
            &mut out.recurring
        } else {
            &mut out.new_problems
        };
        list.push(p.text.trim().to_string());
    }
    for o in &old_ps {
        if new_ps.iter().any(|p| same_problem(o, p)) {
            continue;
        }
        let carried = after
            .previous
            .iter()
            .find(|q| q.text.trim() == o.text.trim())
            .map(|q| q.status == Progress::Done);
        let closed = carried.unwrap_or_else(|| o.is_closed());
        let list = if closed {
            &mut out.resolved
        } else {
            &mut out.open
        };
        list.push(o.text.trim().to_string());
    }
    out
}
