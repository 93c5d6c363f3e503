//! The 材料体检 of the open draft (`ziping_core::checkup`), worked out a
//! moment after the person stops typing, not on every key, and shared by
//! context with the fields it speaks of and with the 体检 panel.

use std::collections::BTreeMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

use super::AppContext;
use crate::browser::now_ms;
use ziping_core::{checkup, CivilDate, Finding, Severity, Template};
use ziping_report::{body_chars, build_report, gaps};

/// How long after the last change the checks run.
const CHECK_DELAY_MS: u32 = 300;

/// How long after the app starts the first check waits: a long checklist
/// renders in chunks after the first paint, and the first check (which
/// drafts the 材料 to measure it) must not stand in its way on a slow PC.
const FIRST_CHECK_DELAY_MS: u32 = 2_000;

/// The findings, by the place they concern (`Place::key`), in order. (`Eq`
/// lets the context's `Rc` compare by pointer first: a redraw of the app
/// does not compare every finding.)
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Checkup {
    pub findings: Vec<Finding>,
    pub by_place: BTreeMap<String, Vec<Finding>>,
    /// How many the person marked 忽略.
    pub ignored: usize,
    /// How many gaps (【待补充：…】, 比如【……】) the 材料 still holds.
    pub unfilled: usize,
    /// Whether the checks have run: until then nothing is known, and the
    /// panel says so instead of 没有发现… (the first run waits 2 s).
    pub checked: bool,
}

impl Checkup {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// The open draft's 体检, renewed [`CHECK_DELAY_MS`] after it last changed.
#[hook]
pub fn use_checkup(state: &AppContext) -> Rc<Checkup> {
    let result = use_state(|| Rc::new(Checkup::default()));
    let timer = use_mut_ref(|| None::<Timeout>);
    let started = use_mut_ref(|| false);
    // By pointer: an unchanged draft is the same `Rc`.
    let draft = Rc::as_ptr(state.draft()) as usize;
    let occasions = Rc::as_ptr(&state.occasions) as usize;
    {
        let (state, result) = (state.clone(), result.clone());
        use_effect_with((draft, occasions), move |_| {
            // The first run waits for the start to finish; later ones only
            // for the typing to pause.
            let delay = match started.replace(true) {
                false => FIRST_CHECK_DELAY_MS,
                true => CHECK_DELAY_MS,
            };
            // Replacing the timer drops (cancels) the one before.
            *timer.borrow_mut() = Some(Timeout::new(delay, move || {
                let start = clock();
                let checked = run(&state);
                let ran = clock() - start;
                result.set(Rc::new(checked));
                time_to_paint(start, ran);
            }));
        });
    }
    (*result).clone()
}

/// `performance.now()`, or 0 without it.
fn clock() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// User timing for the benchmark (`e2e/bench.mjs`): the check's own run
/// time in `data-checkup-ms` on `<html>`, and in `data-checkup-paint-ms` the
/// time from the timer firing to the next animation frame, which comes after
/// the panel has rendered the new findings.
fn time_to_paint(start: f64, ran: f64) {
    let root = gloo::utils::document().document_element();
    if let Some(el) = &root {
        let _ = el.set_attribute("data-checkup-ms", &tenths(ran));
    }
    let frame = Closure::once_into_js(move || {
        if let Some(el) = root {
            let ms = clock() - start;
            let _ = el.set_attribute("data-checkup-paint-ms", &tenths(ms));
        }
    });
    let _ = gloo::utils::window().request_animation_frame(frame.unchecked_ref());
}

/// `ms` to a tenth ("12.3"), from whole tenths: the wasm has no float
/// formatting otherwise.
fn tenths(ms: f64) -> String {
    // `as` saturates: a negative time reads 0.0.
    let t = (ms * 10.0 + 0.5) as u64;
    format!("{}.{}", t / 10, t % 10)
}

fn run(state: &AppContext) -> Checkup {
    let draft = state.draft();
    let Some(occasion) = state.occasions.get(&draft.occasion) else {
        return Checkup {
            checked: true,
            ..Checkup::default()
        };
    };
    let templates = state.draft_templates();
    let refs: Vec<&Template> = templates.iter().map(|t| t.as_ref()).collect();
    let today = CivilDate::from_epoch_ms(now_ms());
    // The length of what will be handed in: the person's edit, else the
    // generated text.
    let text = match &draft.report_edit {
        Some(text) => text.clone(),
        None => build_report(&refs, draft, state.occasions.set(), today).to_text(),
    };
    let chars = body_chars(&text);
    // Counted as the notice before a copy counts them (【待补充：…】 and an
    // aid's 比如【……】 alike), so the two never disagree.
    let unfilled = gaps(&text).len();
    let (findings, ignored) = checkup(draft, occasion, &refs, today, chars);
    let mut by_place: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    for f in &findings {
        by_place.entry(f.place.key()).or_default().push(f.clone());
    }
    Checkup {
        findings,
        by_place,
        ignored,
        unfilled,
        checked: true,
    }
}
