//! The snapshot of the open draft (`ziping.v1.snapshot`): what the
//! prerendered first screen shows of it (name, score, grade, completion,
//! the first tab's ratings and section tallies), as data, so that the page's
//! boot script can put a returning user's own draft on that screen before
//! the app runs (see index.html). The boot script uses it only when its id
//! and `modified` match the stored draft's and its templates are those of
//! the prerendered screen; otherwise the app starts as it would without it.
//!
//! It is never sealed: the lock's layer drops it while a passphrase is set,
//! and setting one removes it (`lock.rs`).

use std::collections::BTreeMap;
use std::rc::Rc;

use ziping_core::json::{parse, to_json, At, FromJson};
use ziping_core::{json_struct, score_template, Draft, Template, TemplateRef};

/// The snapshot's format; the boot script reads only this one.
pub const SNAPSHOT_FORMAT: u32 = 1;

/// One section of the first tab, as its subtotal and table-of-contents
/// entry show it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionSnapshot {
    /// "—" until an item is rated.
    pub score: String,
    pub answered: u32,
    pub total: u32,
}

json_struct! {
    SectionSnapshot [fill] {
        score: "score",
        answered: "answered",
        total: "total",
    }
}

/// The open draft as the prerendered first screen shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub format: u32,
    pub id: String,
    /// The draft's `modified`, as stored: the snapshot is used only while
    /// the stored draft still has it.
    pub modified: i64,
    /// The draft's templates by id and version ([`templates_signature`]).
    pub templates: String,
    pub name: String,
    /// The first tab's score ("—" until an item is rated), grade text and
    /// completion, as the header shows them.
    pub score: String,
    pub grade: String,
    pub answered: u32,
    pub total: u32,
    /// The first tab's ratings: item id → the rating's radio value.
    pub ratings: BTreeMap<String, String>,
    /// The first tab's levels that open an item's problems (weak levels).
    pub weak: Vec<String>,
    /// The first tab's sections, in order.
    pub sections: Vec<SectionSnapshot>,
}

json_struct! {
    Snapshot [fill] {
        format: "format",
        id: "id",
        modified: "modified",
        templates: "templates",
        name: "name",
        score: "score",
        grade: "grade",
        answered: "answered",
        total: "total",
        ratings: "ratings",
        weak: "weak",
        sections: "sections",
    }
}

/// The templates of a draft or screen by id and version, in order
/// ("wuxiang-gongzuo.v3 sige-mofan.v3"): the checklist carries it as
/// `data-templates`, so the boot script can tell whether a snapshot fits
/// the prerendered screen.
pub fn templates_signature(refs: &[TemplateRef]) -> String {
    let each: Vec<String> = refs
        .iter()
        .map(|r| format!("{}.v{}", r.id, r.version))
        .collect();
    each.join(" ")
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What a save needs to write the snapshot: the open draft and its first
/// template. Made on every change (cheap: two `Rc`s); the Saver builds the
/// snapshot from it when it writes, and only when one of them changed.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotSource {
    pub draft: Rc<Draft>,
    pub first: Rc<Template>,
}

impl SnapshotSource {
    /// The source for `draft`, whose templates are `templates` (each in the
    /// version the draft records), when the prerendered first screen can
    /// show it: its templates are `prerendered` (ids and versions, in
    /// order) and the font scale is 100 %. `None` otherwise.
    pub fn of(
        draft: &Rc<Draft>,
        templates: &[Rc<Template>],
        prerendered: &[Rc<Template>],
        font_scale: u16,
    ) -> Option<SnapshotSource> {
        let refs = prerendered.iter().map(|t| t.reference());
        if font_scale != 100
            || !draft.templates.iter().cloned().eq(refs)
            || templates.len() != draft.templates.len()
        {
            return None;
        }
        Some(SnapshotSource {
            draft: Rc::clone(draft),
            first: Rc::clone(templates.first()?),
        })
    }

    /// Whether `other` is made of the same values (the same `Rc`s).
    pub fn same(&self, other: &SnapshotSource) -> bool {
        Rc::ptr_eq(&self.draft, &other.draft) && Rc::ptr_eq(&self.first, &other.first)
    }

    /// The snapshot itself.
    pub fn snapshot(&self) -> Snapshot {
        let (draft, first) = (&*self.draft, &*self.first);
        let result = score_template(first, draft);
        let ratings = first
            .items()
            .filter_map(|(_, item)| {
                let rating = draft.answer_for(first, item)?.rating.as_ref()?;
                Some((item.id.to_string(), rating.id().to_string()))
            })
            .collect();
        let sections = result
            .sections
            .iter()
            .map(|s| SectionSnapshot {
                score: s.tally.score().map_or("—".to_string(), |s| s.to_string()),
                answered: count(s.tally.answered),
                total: count(s.tally.total),
            })
            .collect();
        Snapshot {
            format: SNAPSHOT_FORMAT,
            id: draft.id.to_string(),
            modified: draft.modified,
            templates: templates_signature(&draft.templates),
            name: draft.name.clone(),
            score: result.score().map_or("—".to_string(), |s| s.to_string()),
            grade: result.grade_label(),
            answered: count(result.tally.answered),
            total: count(result.tally.total),
            ratings,
            weak: first
                .scale
                .levels
                .iter()
                .filter(|l| l.weak)
                .map(|l| l.id.clone())
                .collect(),
            sections,
        }
    }
}

impl Snapshot {
    /// Its stored form.
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// A stored snapshot, if it reads.
    pub fn from_json(json: &str) -> Option<Snapshot> {
        Snapshot::read(&parse(json).ok()?, At::ROOT).ok()
    }
}
