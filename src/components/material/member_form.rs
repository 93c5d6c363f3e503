//! A Party member's own facts (民主评议), which the branch reports of each
//! member: “三会一课” and 主题党日 held and attended, 党费, 支部交办任务 and
//! 双报到; only those the occasion's 材料 tells are asked for, 党费 here only
//! where no 反向情形 follows it (then `facts_form` asks it). Numbers are
//! read leniently (１２次 → 12, blank → none). A function of
//! `MaterialPanel`, not a component of its own.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::components::{send, FieldFindings, TextField};
use ziping_app::state::{Action, Edit};
use ziping_core::{read_attended, read_count as count, Attendance, Draft, Occasion};

/// The form of the member facts `occasion` uses.
pub fn member_form(draft: &Draft, occasion: &Occasion, d: &Dispatcher) -> Html {
    let m = &draft.member;
    let uses = |name| occasion.uses_member_fact(name);
    let on_text = |edit: fn(String) -> Edit| {
        let d = d.clone();
        Callback::from(move |v: String| d.dispatch(Action::Material(edit(v))))
    };
    // A fact in the member's own words, with the 体检's findings under it
    // (`person:<name>`; the field's testid member-<name>).
    let own = |name: &'static str,
               label: &'static str,
               value: &str,
               edit: fn(String) -> Edit,
               hint: &'static str| {
        html! {
            <div class="field-with-findings">
                <TextField {label} value={AttrValue::from(value.to_string())} on_change={on_text(edit)}
                    multiline=true rows={2} testid={format!("member-{name}")} placeholder={hint} />
                <FieldFindings place={format!("person:{name}")} dispatcher={d.clone()} />
            </div>
        }
    };
    let dues = |value: bool, label: &'static str| {
        let onchange = send(d, Edit::SetDues(Some(value)));
        html! {
            <label class="choice-line">
                <input type="radio" name="member-dues" checked={m.dues == Some(value)} {onchange}
                    data-testid={format!("member-dues-{}", if value { "yes" } else { "no" })} />
                { label }
            </label>
        }
    };
    html! {
        <fieldset class="member-facts" data-testid="member-facts">
            <legend>{ "党员情况（写入“主要表现”；按支部掌握的情况如实填写）" }</legend>
            if uses("attendance") {
                <div class="form-grid">
                    { attendance(m.meetings, "全年支部召开“三会一课”（次）", "member-meetings", Edit::SetMeetings, d) }
                    { attendance(m.party_days, "全年支部开展主题党日（次）", "member-days", Edit::SetPartyDays, d) }
                </div>
                if m.meetings.attended < m.meetings.held || m.party_days.attended < m.party_days.held {
                    <p class="muted">{ "有未参加的：材料会留出位置，请写明原因（如因公出差已请假、会后补学）。" }</p>
                }
            }
            // Asked among the veto facts where a 反向情形 follows it.
            if uses("dues") && !occasion.dues_with_facts(draft) {
                <div class={classes!("fact", m.dues.is_none().then_some("unanswered"))}>
                    <span>{ "是否按时足额交纳党费？" }</span>
                    { dues(true, "是") }
                    { dues(false, "否") }
                </div>
            }
            if uses("tasks") {
                { own("tasks", "支部交办的任务及完成情况", &m.tasks, Edit::SetTasks,
                    "如：担任党小组长，承办主题党日活动2次，编发支部简报6期") }
            }
            if uses("service") {
                { own("service", "“双报到”和志愿服务", &m.service, Edit::SetService,
                    "如：到居住地社区报到，参加垃圾分类宣传等志愿服务8次") }
            }
        </fieldset>
    }
}

/// Held and attended, side by side; a blank number is none.
fn attendance(
    a: Attendance,
    label: &'static str,
    testid: &'static str,
    edit: fn(Attendance) -> Edit,
    d: &Dispatcher,
) -> Html {
    let shown = |n: Option<u32>| AttrValue::from(n.map_or(String::new(), |n| n.to_string()));
    let on_held = {
        let d = d.clone();
        Callback::from(move |v: String| {
            d.dispatch(Action::Material(edit(Attendance {
                held: count(&v),
                ..a
            })))
        })
    };
    let on_attended = {
        let d = d.clone();
        Callback::from(move |v: String| {
            d.dispatch(Action::Material(edit(Attendance {
                attended: read_attended(&v, a.held),
                ..a
            })))
        })
    };
    html! {
        <div class="attendance">
            <TextField {label} value={shown(a.held)} on_change={on_held}
                placeholder="如：20" testid={format!("{testid}-held")} />
            <TextField label="本人参加（次）" value={shown(a.attended)} on_change={on_attended}
                placeholder="如：20" testid={format!("{testid}-attended")} />
        </div>
    }
}
