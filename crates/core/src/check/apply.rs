//! A finding's fix applied in one click: the words it names replaced in
//! the field it is on.

use super::finding::{Fix, Place, ProblemField};
use crate::draft::Draft;

/// Replaces `fix.from` with `fix.to` in the field at `place` (the whole
/// field when `from` is all of it, else its first occurrence). Whether the
/// draft changed: a field gone or no longer holding the words (the person
/// typed on) is left as it is.
pub fn apply_fix(d: &mut Draft, place: &Place, fix: &Fix) -> bool {
    let Some(field) = field_mut(d, place) else {
        return false;
    };
    let from = fix.from.trim();
    if field.trim() == from {
        *field = fix.to.clone();
        return true;
    }
    match field.find(from).filter(|_| !from.is_empty()) {
        Some(at) => {
            field.replace_range(at..at + from.len(), &fix.to);
            true
        }
        None => false,
    }
}

/// The text of the field a finding is on.
fn field_mut<'a>(d: &'a mut Draft, place: &Place) -> Option<&'a mut String> {
    match place {
        Place::Problem { id, field } => {
            let p = d.problem_mut(id)?;
            Some(match field {
                ProblemField::Text => &mut p.text,
                ProblemField::Judgement => &mut p.judgement,
                ProblemField::Cause(n) => &mut p.causes.get_mut(*n)?.text,
                ProblemField::Measure => &mut p.measure,
                ProblemField::Lead => &mut p.lead,
                ProblemField::Deadline => &mut p.deadline,
                ProblemField::Standard => &mut p.standard,
            })
        }
        Place::Evidence { template, item } => Some(
            &mut d
                .answers
                .get_mut(template.as_str())?
                .get_mut(item.as_str())?
                .evidence,
        ),
        Place::Work(n) => d.work.get_mut(*n),
        Place::Opinion(id) => Some(&mut d.opinions.iter_mut().find(|o| o.id == *id)?.explanation),
        // The person's own words the 材料 prints (a 体检 fix may replace in them).
        Place::Person("studied") => Some(&mut d.studied),
        Place::Person("pledge") => Some(&mut d.pledge),
        Place::Person("tasks") => Some(&mut d.member.tasks),
        Place::Person("service") => Some(&mut d.member.service),
        Place::Previous(_) | Place::Person(_) | Place::Material => None,
    }
}
