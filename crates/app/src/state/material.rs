//! Edits of what the 材料 is drafted from: the occasion, problems with their
//! causes and measures, 工作实绩, last year's problems, aspects, veto facts,
//! and moving the draft to the newest template versions. Every rule comes
//! from `ziping-core`; this only applies the person's edits.

use ziping_core::{
    says_no_method, upgrade_draft, Cause, CauseHead, Criticism, Draft, ItemLink, Opinion,
    PreviousProblem, Problem, Progress, Template,
};

use super::action::{Edit, ProblemField};
use super::AppState;

fn problem<'a>(d: &'a mut Draft, id: &str) -> Option<&'a mut Problem> {
    d.problem_mut(id)
}

/// Applies `edit` to the open draft; false when nothing changed.
pub fn apply_edit(state: &mut AppState, edit: Edit, now: i64) -> bool {
    let lib = &mut state.library;
    if let Edit::UpgradeTemplates = edit {
        let latest: Vec<Template> = lib
            .draft()
            .templates
            .iter()
            .filter_map(|r| lib.templates.latest(&r.id).map(|t| (**t).clone()))
            .collect();
        let refs: Vec<&Template> = latest.iter().collect();
        let (moved, _) = upgrade_draft(lib.draft(), &refs);
        if moved == **lib.draft() {
            return false;
        }
        return lib.edit_current(now, |d| *d = moved);
    }
    // The item a new problem is found under, where its answer is kept.
    let link = match &edit {
        Edit::AddProblem {
            item: Some((t, i)), ..
        } => {
            let (t, i) = lib.answer_key(t, i);
            Some(ItemLink {
                template: t.into(),
                item: i.into(),
            })
        }
        _ => None,
    };
    // Every variant is named, none by `_`: a new one does not compile until
    // it is handled here. Whether anything changed is edit_current's to say.
    lib.edit_current(now, |d| match edit {
        Edit::SetOccasion(id) => d.switch_occasion(id),
        Edit::SetNotice(text) => d.notice = text,
        Edit::SetShowGrade(on) => d.show_grade = on,
        Edit::SetSelfGrade(grade) => d.self_grade = grade,
        Edit::SetAltLayout(on) => d.alt_layout = on,
        Edit::Ignore(key) => {
            if !d.ignored.contains(&key) {
                d.ignored.push(key);
            }
        }
        Edit::RestoreIgnored => d.ignored.clear(),
        Edit::ApplyFix { place, fix } => {
            ziping_core::apply_fix(d, &place, &fix);
        }
        Edit::SetFirstTime(on) => d.first_time = on,
        Edit::SetStudied(text) => d.studied = text,
        Edit::SetPledge(text) => d.pledge = text,
        Edit::SetMaterialDate(day) => d.material_date = day,
        Edit::SetPreparation {
            talks,
            opinions_collected,
        } => {
            d.talks = talks;
            d.opinions_collected = opinions_collected;
        }
        Edit::AddOpinion => d.opinions.push(Opinion {
            id: d.next_opinion_id(),
            ..Opinion::default()
        }),
        Edit::SetOpinion {
            index,
            text,
            problem,
            explanation,
        } => {
            if let Some(o) = d.opinions.get_mut(index) {
                o.text = text;
                o.problem = problem;
                o.explanation = explanation;
            }
        }
        Edit::RemoveOpinion(index) => {
            if index < d.opinions.len() {
                d.opinions.remove(index);
            }
        }
        Edit::AddCriticism => d.criticisms.push(Criticism::default()),
        Edit::SetCriticism { index, to, text } => {
            if let Some(c) = d.criticisms.get_mut(index) {
                c.to = to;
                c.text = text;
            }
        }
        Edit::RemoveCriticism(index) => {
            if index < d.criticisms.len() {
                d.criticisms.remove(index);
            }
        }
        Edit::SetCauseHead { angle, text } => {
            match d.cause_heads.iter_mut().find(|h| h.angle == Some(angle)) {
                Some(h) => h.text = text,
                None => d.cause_heads.push(CauseHead {
                    angle: Some(angle),
                    text,
                }),
            }
            d.cause_heads.retain(|h| !h.text.trim().is_empty());
        }
        Edit::LinkRecurrence {
            problem: id,
            previous,
        } => {
            let known = previous.filter(|q| d.previous.iter().any(|r| r.id == *q));
            // None chosen: said not to be one (`recurs_of` empty), whether
            // its item would make it one or its wording is like a row's (the
            // 体检 and the 材料 then stop asking; a build before this reads
            // the empty id as none found).
            let chosen = known.clone().or(Some(String::new()));
            if let Some(p) = problem(d, &id) {
                let before = std::mem::replace(&mut p.recurs_of, chosen);
                // The row left goes back as it was; the row linked to
                // becomes 持续推进.
                if let Some(old) = before.filter(|q| Some(q) != known.as_ref()) {
                    release(d, &old);
                }
                let row = known.and_then(|q| d.previous.iter_mut().find(|r| r.id == q));
                if let Some(row) = row.filter(|r| r.status == Progress::Done) {
                    row.status = Progress::Ongoing;
                    row.reopened = true;
                }
            }
        }
        Edit::AddProblem { text, .. } => {
            let id = d.add_problem(link, "");
            if let Some(p) = problem(d, &id) {
                p.text = text;
                p.created = now;
            }
        }
        Edit::SetProblem { id, field, value } => {
            if let Some(p) = problem(d, &id) {
                *match field {
                    ProblemField::Judgement => &mut p.judgement,
                    ProblemField::Text => &mut p.text,
                    ProblemField::Lead => &mut p.lead,
                    ProblemField::Aspect => &mut p.aspect,
                    ProblemField::Measure => &mut p.measure,
                    ProblemField::Deadline => &mut p.deadline,
                    ProblemField::Standard => &mut p.standard,
                } = value;
                // A 时限 of 长期坚持 makes the ledger row 长期坚持.
                p.status = p.row_status();
            }
        }
        Edit::RemoveProblem(id) => {
            let linked = problem(d, &id).and_then(|p| p.recurs_of.take());
            d.problems.retain(|p| p.id != id);
            // A problem deleted no longer raises last year's row again.
            if let Some(old) = linked {
                release(d, &old);
            }
        }
        Edit::AddCause {
            problem: id,
            angle,
            text,
        } => {
            if let Some(p) = problem(d, &id) {
                p.causes.push(Cause {
                    angle: Some(angle),
                    text,
                });
            }
        }
        Edit::SetCause {
            problem: id,
            index,
            angle,
            text,
        } => {
            if let Some(c) = problem(d, &id).and_then(|p| p.causes.get_mut(index)) {
                c.angle = Some(angle);
                c.text = text;
            }
        }
        Edit::RemoveCause { problem: id, index } => match problem(d, &id) {
            Some(p) if index < p.causes.len() => {
                p.causes.remove(index);
            }
            Some(_) | None => {}
        },
        Edit::InsertMeasure { problem: id, text } => {
            // A measure the 体检 calls no method (多学习, 加强学习; not once
            // marked 忽略) gives way to the one chosen, rather than lead it.
            let lazy = d.problem(&id).is_some_and(|p| says_no_method(d, p));
            match problem(d, &id) {
                Some(p) if lazy || p.measure.trim().is_empty() => p.measure = text,
                Some(p) => {
                    let kept = p.measure.trim_end_matches(['。', '；', '，']).to_string();
                    p.measure = format!("{kept}；{text}");
                }
                None => {}
            }
        }
        Edit::AddWork => d.work.push(String::new()),
        Edit::SetWork(i, text) => {
            if let Some(w) = d.work.get_mut(i) {
                *w = text;
            }
        }
        Edit::RemoveWork(i) => {
            if i < d.work.len() {
                d.work.remove(i);
            }
        }
        Edit::AddPrevious => d.previous.push(PreviousProblem {
            id: d.next_previous_id(),
            ..PreviousProblem::default()
        }),
        Edit::SetPrevious {
            index,
            text,
            note,
            status,
        } => {
            if let Some(p) = d.previous.get_mut(index) {
                p.text = text;
                p.note = note;
                // A status the person chose is theirs: a problem deleted
                // later no longer gives the row back (`release`).
                let closing = status == Progress::Done && p.status != status;
                if p.status != status {
                    p.reopened = false;
                }
                p.status = status;
                // 销号 on a carried row when it is marked 已整改到位, as in
                // the ledger.
                if let Some(row) = p.row.as_mut().filter(|_| closing) {
                    row.close_on(now);
                }
            }
        }
        Edit::SetPreviousClosed { index, closed } => {
            // A row written here, not carried, has none yet (an empty day
            // on such a row makes none).
            if let Some(p) = d.previous.get_mut(index) {
                if p.row.is_some() || !closed.trim().is_empty() {
                    p.row.get_or_insert_with(Default::default).closed = closed;
                }
            }
        }
        Edit::RemovePrevious(i) => {
            if i < d.previous.len() {
                d.previous.remove(i);
            }
        }
        Edit::SetAspects(aspects) => d.aspects = aspects,
        Edit::SetMeetings(a) => d.member.meetings = a,
        Edit::SetPartyDays(a) => d.member.party_days = a,
        Edit::SetDues(paid) => d.member.dues = paid,
        Edit::SetTasks(text) => d.member.tasks = text,
        Edit::SetService(text) => d.member.service = text,
        Edit::SetFact(id, answer) => match answer {
            Some(a) => {
                d.facts.insert(id, a);
            }
            None => {
                d.facts.remove(&id);
            }
        },
        // Applied above: it needs the template library, not only the draft.
        Edit::UpgradeTemplates => {}
    })
}

/// Last year's row `id` goes back to 已整改到位 if linking a problem made it
/// 持续推进 and no problem raises it any more.
fn release(d: &mut Draft, id: &str) {
    if d.problems
        .iter()
        .any(|p| p.recurs_of.as_deref() == Some(id))
    {
        return;
    }
    if let Some(row) = d.previous.iter_mut().find(|r| r.id == id && r.reopened) {
        row.status = Progress::Done;
        row.reopened = false;
    }
}
