//! The snapshot of the open draft (`ziping.v1.snapshot`): what the
//! prerendered first screen shows of it (name, each checklist's figures in
//! the header, the veto facts still to answer, the path's steps done, the
//! occasion on the first line, the first tab's ratings and section
//! tallies), as data, so that the page's
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
use ziping_core::{
    asked_facts, json_struct, missing_facts_note, score_template, steps_done, Draft, Figures,
    OccasionLibrary, Template, TemplateRef,
};

/// The snapshot's format; the boot script reads only this one.
pub const SNAPSHOT_FORMAT: u32 = 2;

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

/// One checklist's figures in the header ([`Figures`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FiguresSnapshot {
    pub score: String,
    pub grade: String,
    pub answered: u32,
    pub total: u32,
    pub provisional: bool,
}

json_struct! {
    FiguresSnapshot [fill] {
        score: "score",
        grade: "grade",
        answered: "answered",
        total: "total",
        provisional: "provisional",
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
    /// Each checklist's figures, in the header's order (the first tab's
    /// first).
    pub checklists: Vec<FiguresSnapshot>,
    /// 还差N个否决事项, or empty ([`missing_facts_note`]).
    pub missing: String,
    /// The path's steps done, in `Step::ALL`'s order.
    pub steps: Vec<bool>,
    /// The occasion the first line's select shows.
    pub occasion: String,
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
        checklists: "checklists",
        missing: "missing",
        steps: "steps",
        occasion: "occasion",
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

/// What a save needs to write the snapshot: the open draft, its templates
/// and the occasions. Made on every change (cheap: a few `Rc`s); the Saver
/// builds the snapshot from it when it writes, and only when one of them
/// changed.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotSource {
    pub draft: Rc<Draft>,
    pub templates: Vec<Rc<Template>>,
    pub occasions: Rc<OccasionLibrary>,
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
        occasions: &Rc<OccasionLibrary>,
        font_scale: u16,
    ) -> Option<SnapshotSource> {
        let refs = prerendered.iter().map(|t| t.reference());
        if font_scale != 100
            || !draft.templates.iter().cloned().eq(refs)
            || templates.len() != draft.templates.len()
            || templates.is_empty()
        {
            return None;
        }
        Some(SnapshotSource {
            draft: Rc::clone(draft),
            templates: templates.to_vec(),
            occasions: Rc::clone(occasions),
        })
    }

    /// Whether `other` is made of the same values (the same `Rc`s).
    pub fn same(&self, other: &SnapshotSource) -> bool {
        Rc::ptr_eq(&self.draft, &other.draft)
            && Rc::ptr_eq(&self.occasions, &other.occasions)
            && self.templates.len() == other.templates.len()
            && self
                .templates
                .iter()
                .zip(&other.templates)
                .all(|(a, b)| Rc::ptr_eq(a, b))
    }

    /// The snapshot itself.
    pub fn snapshot(&self) -> Snapshot {
        let draft = &*self.draft;
        let results: Vec<_> = self
            .templates
            .iter()
            .map(|t| score_template(t, draft))
            .collect();
        let (first, result) = (&*self.templates[0], &results[0]);
        // Inserted, not collected (ziping_core::order).
        let mut ratings = BTreeMap::new();
        for (_, item) in first.items() {
            if let Some(rating) = draft
                .answer_for(first, item)
                .and_then(|a| a.rating.as_ref())
            {
                ratings.insert(item.id.to_string(), rating.id().to_string());
            }
        }
        let sections = result
            .sections
            .iter()
            .map(|s| SectionSnapshot {
                score: s.tally.score().map_or("—".to_string(), |s| s.to_string()),
                answered: count(s.tally.answered),
                total: count(s.tally.total),
            })
            .collect();
        let occasion = self.occasions.get(&draft.occasion);
        let checklists = results
            .iter()
            .map(|r| {
                let f = Figures::of(r, occasion);
                FiguresSnapshot {
                    score: f.score,
                    grade: f.grade,
                    answered: count(f.answered),
                    total: count(f.total),
                    provisional: f.provisional,
                }
            })
            .collect();
        let facts = asked_facts(occasion, &self.templates, draft);
        Snapshot {
            format: SNAPSHOT_FORMAT,
            id: draft.id.to_string(),
            modified: draft.modified,
            templates: templates_signature(&draft.templates),
            name: draft.name.clone(),
            checklists,
            missing: missing_facts_note(draft, &facts).unwrap_or_default(),
            steps: steps_done(draft, &results, occasion).to_vec(),
            occasion: draft.occasion.clone(),
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
