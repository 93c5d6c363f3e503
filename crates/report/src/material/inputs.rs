//! What a 材料 is drafted from, gathered once: the templates, the draft,
//! the occasion and the date, and the problems grouped by aspect, which
//! every part reads.

use super::tag::mine;
use super::text::clause;
use ziping_core::{aspect_core, default_aspects, row_deadline};
use ziping_core::{CivilDate, Draft, Occasion, Problem, Template};

/// What a 材料 is drafted from.
pub struct Inputs<'a> {
    pub templates: &'a [&'a Template],
    pub draft: &'a Draft,
    pub occasion: &'a Occasion,
    /// The date line, e.g. "2026年11月26日".
    pub date: &'a str,
    /// The day the 材料 speaks for: its date, or its month's first day.
    pub day: CivilDate,
    /// The problems by aspect, worked out once (see [`problems_by_aspect`]).
    pub(crate) groups: Vec<(String, Vec<&'a Problem>)>,
}

impl<'a> Inputs<'a> {
    pub fn new(
        templates: &'a [&'a Template],
        draft: &'a Draft,
        occasion: &'a Occasion,
        date: &'a str,
        day: CivilDate,
    ) -> Inputs<'a> {
        let mut inp = Inputs {
            templates,
            draft,
            occasion,
            date,
            day,
            groups: Vec::new(),
        };
        inp.groups = group_problems(&inp);
        inp
    }
}

impl Inputs<'_> {
    /// The person's text on problem `p`, marked as theirs unless it is an
    /// aid as inserted (see [`Inputs::is_aid`]).
    pub fn own(&self, p: &Problem, raw: &str, text: String) -> String {
        if self.is_aid(p, raw) {
            text
        } else {
            mine(text)
        }
    }

    /// A 时限 `written` for `p` as the 材料 and the ledger write it
    /// ([`row_deadline`]: 3个月内 → 2027年4月底前, 2027.3.31 → 2027年3月底前,
    /// 马上改 → 立行立改).
    pub fn deadline(&self, p: &Problem, written: &str) -> String {
        row_deadline(self.draft, p, self.occasion.date_window, &clause(written))
    }

    /// The problem's short name, for naming it in a sentence, marked.
    pub fn headline(&self, p: &Problem) -> String {
        let h = clause(&p.headline());
        if p.judgement.trim().is_empty() {
            self.own(p, &p.text, h)
        } else {
            mine(h)
        }
    }

    /// Whether `text` is one of the aids of the item `p` was found under,
    /// as inserted and not edited: the tool's words, not the person's.
    pub fn is_aid(&self, p: &Problem, text: &str) -> bool {
        let t = text.trim();
        let Some(link) = p.item.as_ref().filter(|_| !t.is_empty()) else {
            return false;
        };
        let item = self
            .templates
            .iter()
            .filter(|tpl| tpl.id == link.template)
            .find_map(|tpl| tpl.item(&link.item));
        item.is_some_and(|i| i.aids.texts().any(|s| s.trim() == t))
    }

    /// The draft's aspects in their core form (旗帜鲜明讲政治), blanks left
    /// out. They are a meeting notice's (`aspects_editable`); any other
    /// occasion (the 自查) is written against the 五项工作 whatever the
    /// notice named.
    pub fn aspects(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let defaults: Vec<String>;
        // None listed (a draft made without them, or all removed): the
        // five tasks, as the 体检 goes by them.
        let aspects = if self.occasion.aspects_editable && !self.draft.aspects.is_empty() {
            &self.draft.aspects
        } else {
            defaults = default_aspects();
            &defaults
        };
        for a in aspects {
            let a = aspect_core(a).to_string();
            if !a.is_empty() && !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }
}

/// The aspect a problem is reported under ([`Occasion::aspect_of`]).
pub fn problem_aspect(inp: &Inputs, p: &Problem) -> String {
    inp.occasion.aspect_of(inp.templates, p)
}

/// The problems to write about (blank ones left out), grouped by aspect in
/// the draft's order of aspects, then any other aspect in first-seen order.
pub fn problems_by_aspect<'a, 'b>(inp: &'b Inputs<'a>) -> &'b [(String, Vec<&'a Problem>)] {
    &inp.groups
}

fn group_problems<'a>(inp: &Inputs<'a>) -> Vec<(String, Vec<&'a Problem>)> {
    let mut groups: Vec<(String, Vec<&Problem>)> = Vec::new();
    for a in inp.aspects() {
        groups.push((a, Vec::new()));
    }
    // A linear look-up per problem: about 0.5 ms at 100 problems on 1,000
    // items.
    for p in inp.draft.problems.iter().filter(|p| !p.is_blank()) {
        let a = problem_aspect(inp, p);
        match groups.iter_mut().find(|(g, _)| *g == a) {
            Some((_, v)) => v.push(p),
            None => groups.push((a, vec![p])),
        }
    }
    groups.retain(|(_, v)| !v.is_empty());
    groups
}
