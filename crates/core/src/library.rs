//! The template library: every template this computer knows, keyed by
//! (id, version). A draft is always scored and reported with the version it
//! records, so importing a newer version of a department template, or a
//! release that changes a built-in, never changes an old draft's items or
//! score. [`template_diff`] says what changed between two versions.

use std::rc::Rc;

use crate::draft::Draft;
use crate::ids::{beside_id, ItemId, TemplateId};
use crate::naming::imported_name;
use crate::occasion_library::Placed;
use crate::template::{Template, TemplateRef};

/// Built-in templates (every version this release ships) and imported
/// department templates (every version some draft still uses, and the newest).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TemplateLibrary {
    builtin: Vec<Rc<Template>>,
    custom: Vec<Rc<Template>>,
}

/// The newest version of each id, in the order ids first appear.
fn newest(all: &[Rc<Template>]) -> Vec<Rc<Template>> {
    let mut out: Vec<Rc<Template>> = Vec::new();
    for t in all {
        match out.iter_mut().find(|o| o.id == t.id) {
            Some(o) if o.version < t.version => *o = t.clone(),
            Some(_) => {}
            None => out.push(t.clone()),
        }
    }
    out
}

impl TemplateLibrary {
    /// A library of the built-ins and the stored department templates; a
    /// stored template may not take a built-in id (it is left out).
    pub fn new(builtin: Vec<Template>, custom: Vec<Template>) -> TemplateLibrary {
        let builtin: Vec<Rc<Template>> = builtin.into_iter().map(Rc::new).collect();
        let custom = custom
            .into_iter()
            .filter(|t| !builtin.iter().any(|b| b.id == t.id))
            .map(Rc::new)
            .collect();
        TemplateLibrary { builtin, custom }
    }

    /// Exactly this id and version.
    pub fn get(&self, r: &TemplateRef) -> Option<&Rc<Template>> {
        self.all().find(|t| t.id == r.id && t.version == r.version)
    }

    /// The version a draft records, or, where this computer does not have
    /// it, the newest version of the same id (so the draft still opens).
    pub fn resolve(&self, r: &TemplateRef) -> Option<&Rc<Template>> {
        self.get(r).or_else(|| {
            self.all()
                .filter(|t| t.id == r.id)
                .max_by_key(|t| t.version)
        })
    }

    /// The templates a draft covers, each in the version it records.
    pub fn templates_of(&self, draft: &Draft) -> Vec<Rc<Template>> {
        draft
            .templates
            .iter()
            .filter_map(|r| self.resolve(r).cloned())
            .collect()
    }

    /// Every template, built-ins first.
    pub fn all(&self) -> impl Iterator<Item = &Rc<Template>> {
        self.builtin.iter().chain(self.custom.iter())
    }

    /// Each template once, built-ins first, as the drafts screen lists
    /// them: its newest version, and its older versions newest first.
    pub fn by_template(&self) -> Vec<(Rc<Template>, Vec<Rc<Template>>)> {
        let mut groups: Vec<Vec<Rc<Template>>> = Vec::new();
        for t in self.all() {
            match groups.iter_mut().find(|g| g[0].id == t.id) {
                Some(g) => {
                    // Newest first: in before the first older version.
                    let at = g.iter().position(|o| o.version < t.version);
                    g.insert(at.unwrap_or(g.len()), t.clone());
                }
                None => groups.push(vec![t.clone()]),
            }
        }
        groups.into_iter().map(|mut g| (g.remove(0), g)).collect()
    }

    pub fn is_builtin(&self, id: &str) -> bool {
        self.builtin.iter().any(|t| t.id == id)
    }

    /// The built-ins a new draft uses: the newest version of each.
    pub fn current_builtin(&self) -> Vec<Rc<Template>> {
        newest(&self.builtin)
    }

    /// The newest version of each department template, for "新建时使用".
    pub fn current_custom(&self) -> Vec<Rc<Template>> {
        newest(&self.custom)
    }

    /// The newest version of a template id.
    pub fn latest(&self, id: &str) -> Option<&Rc<Template>> {
        self.all().filter(|t| t.id == id).max_by_key(|t| t.version)
    }

    /// Each of `templates` (a draft's versions) that has a newer version
    /// here, with that newest version: what "改用新版" would move to.
    pub fn newer_versions(&self, templates: &[Rc<Template>]) -> Vec<(Rc<Template>, Rc<Template>)> {
        templates
            .iter()
            .filter_map(|t| {
                let newest = self.latest(&t.id)?;
                (newest.version > t.version).then(|| (t.clone(), newest.clone()))
            })
            .collect()
    }

    /// Every built-in version this release ships.
    pub fn builtin(&self) -> &[Rc<Template>] {
        &self.builtin
    }

    /// Every stored department template (all kept versions).
    pub fn custom(&self) -> &[Rc<Template>] {
        &self.custom
    }

    /// Adds an imported department template. The same id and version is
    /// replaced; other versions of the id stay while `in_use` refers to them.
    pub fn add_custom<'a>(&mut self, t: Template, in_use: impl IntoIterator<Item = &'a Draft>) {
        let t = Rc::new(t);
        match self
            .custom
            .iter()
            .position(|c| c.id == t.id && c.version == t.version)
        {
            Some(i) => self.custom[i] = t,
            None => self.custom.push(t),
        }
        self.prune(in_use);
    }

    /// Where an incoming department template would go: nowhere (this id
    /// and version with this content is here), as it is, or beside the one
    /// here under a new id (clear of `reserved`, the ids other templates of
    /// the same file take), its title marked （导入）.
    pub fn place(&self, t: &Template, reserved: &[String]) -> Placed {
        match self.get(&t.reference()) {
            None => Placed::New,
            Some(here) if **here == *t => Placed::Same,
            Some(_) => match self.custom.iter().find(|c| ***c == beside(t, &c.id)) {
                Some(c) => Placed::Beside {
                    from: t.id.to_string(),
                    to: c.id.to_string(),
                    added: false,
                },
                None => Placed::Beside {
                    from: t.id.to_string(),
                    to: beside_id(&t.id, |id| {
                        self.all().any(|t| t.id == id) || reserved.iter().any(|r| r == id)
                    }),
                    added: true,
                },
            },
        }
    }

    /// Drops department template versions that are neither the newest of
    /// their id nor used by a draft in `in_use`.
    pub fn prune<'a>(&mut self, in_use: impl IntoIterator<Item = &'a Draft>) {
        let used: Vec<&TemplateRef> = in_use.into_iter().flat_map(|d| &d.templates).collect();
        let newest = newest(&self.custom);
        self.custom.retain(|t| {
            newest.iter().any(|n| Rc::ptr_eq(n, t))
                || used.iter().any(|r| r.id == t.id && r.version == t.version)
        });
    }
}

/// `t` as kept beside another with its id: under `id`, titled （导入）.
pub fn beside(t: &Template, id: &str) -> Template {
    Template {
        id: TemplateId::from(id),
        title: imported_name(&t.title),
        ..t.clone()
    }
}

/// One item whose wording, weight or place changed between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemChange {
    pub id: ItemId,
    pub old_text: String,
    pub new_text: String,
}

/// What changed from one version of a template to another, items aligned by
/// id: added, removed, and changed (statement, weight, models or section);
/// veto facts aligned by id, added and removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TemplateDiff {
    pub template: TemplateId,
    pub from_version: u32,
    pub to_version: u32,
    /// (id, statement) of items only the new version has.
    pub added: Vec<(ItemId, String)>,
    /// (id, statement) of items only the old version has.
    pub removed: Vec<(ItemId, String)>,
    pub changed: Vec<ItemChange>,
    /// (id, question) of veto facts only the new version has.
    pub facts_added: Vec<(String, String)>,
    /// (id, question) of veto facts only the old version has.
    pub facts_removed: Vec<(String, String)>,
}

/// Compares two versions of a template item by item.
pub fn template_diff(old: &Template, new: &Template) -> TemplateDiff {
    let mut diff = TemplateDiff {
        template: new.id.clone(),
        from_version: old.version,
        to_version: new.version,
        ..TemplateDiff::default()
    };
    for (section, item) in new.items() {
        match old.items().find(|(_, o)| o.id == item.id) {
            None => diff.added.push((item.id.clone(), item.text.clone())),
            Some((old_section, o))
                if o.text != item.text
                    || o.weight != item.weight
                    || o.models != item.models
                    || old_section.id != section.id =>
            {
                diff.changed.push(ItemChange {
                    id: item.id.clone(),
                    old_text: o.text.clone(),
                    new_text: item.text.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for (_, o) in old.items() {
        if new.item(&o.id).is_none() {
            diff.removed.push((o.id.clone(), o.text.clone()));
        }
    }
    let only = |a: &Template, b: &Template| -> Vec<(String, String)> {
        a.facts
            .iter()
            .filter(|f| b.fact(&f.id).is_none())
            .map(|f| (f.id.clone(), f.question.clone()))
            .collect()
    };
    diff.facts_added = only(new, old);
    diff.facts_removed = only(old, new);
    diff
}

impl TemplateDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.facts_added.is_empty()
            && self.facts_removed.is_empty()
    }

    /// One sentence for the person: how many items were added, removed and
    /// reworded, and veto facts added or removed, e.g. "第 1 版→第 2 版：
    /// 新增 2 条，删除 1 条，修改 3 条，新增否决事项 1 项。".
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return format!(
                "第 {} 版→第 {} 版：条目没有变化。",
                self.from_version, self.to_version
            );
        }
        let parts: Vec<String> = [
            ("新增", self.added.len(), "条"),
            ("删除", self.removed.len(), "条"),
            ("修改", self.changed.len(), "条"),
            ("新增否决事项", self.facts_added.len(), "项"),
            ("删除否决事项", self.facts_removed.len(), "项"),
        ]
        .iter()
        .filter(|(_, n, _)| *n > 0)
        .map(|(what, n, unit)| format!("{what} {n} {unit}"))
        .collect();
        format!(
            "第 {} 版→第 {} 版：{}。",
            self.from_version,
            self.to_version,
            parts.join("，")
        )
    }
}
