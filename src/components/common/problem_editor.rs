//! One problem: its 表现, the aspect it is reported under, its causes by
//! angle, the measure with 时限 and 完成标准, and the item's phrasing aids for
//! causes and measures (a click inserts one; the person then edits it). A
//! function of its parents (`ItemCard`, `MaterialPanel`), which redraw it.

use crate::reducer::Dispatcher;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::browser::now_ms;
use crate::components::{send, FieldFindings, TextField};
use ziping_app::state::{Action, Edit, ProblemField};
use ziping_core::{rectify_year, AidCause, Aids, Angle, Problem, RECURRING_MARK};

/// The editor of problem `p`, `number` among the problems shown together
/// (1, 2 …), with the draft's `aspects` to choose from, the item's phrasing
/// `aids` (none for a problem of the draft as a whole), flagged 老问题 when
/// `linked` names the row of last year it raises again (`recurring_row`:
/// the one chosen, or the one raised on the same item). Keyed by the problem's
/// id; its siblings are not, so after a removal the editors that follow are
/// drawn anew from their problems (their values stay right).
pub fn problem_editor(
    p: &Problem,
    number: usize,
    aspects: &[String],
    last_year: &[(String, String)],
    (aids, more): (Option<&Aids>, Option<&Aids>),
    linked: Option<&str>,
    d: &Dispatcher,
) -> Html {
    let recurring = linked.is_some();
    // Dated by the problem, not a year fixed in the code.
    let next = rectify_year(p.created, now_ms());
    let deadline_hint = format!("立行立改 / {next}年3月底前 / 长期坚持");
    let edit = |e: Edit| send::<MouseEvent>(d, e);
    let field = |f: ProblemField, label: &'static str, value: &str, multiline: bool, hint: &str| {
        let (dispatch, id) = (d.clone(), p.id.clone());
        let on_change = Callback::from(move |value: String| {
            dispatch.dispatch(Action::Material(Edit::SetProblem {
                id: id.clone(),
                field: f,
                value,
            }))
        });
        let list = (f == ProblemField::Deadline).then_some(AttrValue::from("deadline-suggestions"));
        // The 材料体检's place of this field (`Place::key`).
        let key = match f {
            ProblemField::Judgement => "judgement",
            ProblemField::Text => "text",
            ProblemField::Aspect => "aspect",
            ProblemField::Lead => "lead",
            ProblemField::Measure => "measure",
            ProblemField::Deadline => "deadline",
            ProblemField::Standard => "standard",
        };
        let place = AttrValue::from(format!("problem:{}:{key}", p.id));
        html! {
            <div class="field-with-findings" data-field={key}>
                <TextField {label} value={AttrValue::from(value.to_string())} {on_change} {multiline}
                    rows={3} placeholder={AttrValue::from(hint.to_string())} {list} />
                <FieldFindings {place} dispatcher={d.clone()} />
            </div>
        }
    };
    let aspect = {
        let (d, id) = (d.clone(), p.id.clone());
        let onchange = Callback::from(move |e: Event| {
            d.dispatch(Action::Material(Edit::SetProblem {
                id: id.clone(),
                field: ProblemField::Aspect,
                value: e.target_unchecked_into::<HtmlSelectElement>().value(),
            }))
        });
        let mut options: Vec<String> = aspects.to_vec();
        if !p.aspect.is_empty() && !options.contains(&p.aspect) {
            options.push(p.aspect.clone());
        }
        // A problem on an item follows the item's aspect unless told
        // otherwise; one of the draft as a whole must be given one.
        let own = p.item.is_some();
        html! {
            <label class="field inline">
                <span>{ "归入方面" }</span>
                <select {onchange} data-testid="problem-aspect">
                    <option value="" selected={p.aspect.is_empty()}>{ if own { "按条目所属方面" } else { "（请选择）" } }</option>
                    { for options.iter().map(|a| html! {
                        <option value={a.clone()} selected={*a == p.aspect}>{ a }</option>
                    }) }
                </select>
            </label>
        }
    };
    // A 老问题: linked to the row of last year it raises again.
    let recurs = (!last_year.is_empty()).then(|| {
        let (d, id) = (d.clone(), p.id.clone());
        let onchange = Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            d.dispatch(Action::Material(Edit::LinkRecurrence {
                problem: id.clone(),
                previous: (!value.is_empty()).then_some(value),
            }))
        });
        html! {
            <label class="field inline">
                <span>{ "上年度查摆过？" }</span>
                <select {onchange} data-testid="recurs-of">
                    // Not answered yet: the 体检 and the 材料 ask about a
                    // row it is worded like until it is.
                    if linked.is_none() && !p.said_not_recurring() {
                        <option value="-" selected=true disabled=true>{ "（请选择）" }</option>
                    }
                    <option value="" selected={linked.is_none() && p.said_not_recurring()}>{ "不是老问题" }</option>
                    { for last_year.iter().map(|(id, text)| html! {
                        <option value={id.clone()} selected={linked == Some(id.as_str())}>{ format!("是：{text}") }</option>
                    }) }
                </select>
            </label>
        }
    });
    let causes = p.causes.iter().enumerate().map(|(i, c)| {
        let angle = c.angle.unwrap_or(Angle::Lixiang);
        let on_angle = {
            let (d, id, text) = (d.clone(), p.id.clone(), c.text.clone());
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                let angle = Angle::from_id(&value).unwrap_or(angle);
                d.dispatch(Action::Material(Edit::SetCause {
                    problem: id.clone(),
                    index: i,
                    angle,
                    text: text.clone(),
                }))
            })
        };
        let on_text = {
            let (d, id) = (d.clone(), p.id.clone());
            Callback::from(move |text: String| {
                d.dispatch(Action::Material(Edit::SetCause {
                    problem: id.clone(),
                    index: i,
                    angle,
                    text,
                }))
            })
        };
        let remove = edit(Edit::RemoveCause {
            problem: p.id.clone(),
            index: i,
        });
        html! {
            <div class="cause">
                <select aria-label="原因角度" onchange={on_angle}>
                    if c.angle.is_none() {
                        <option value="" selected=true>{ "（请选择角度）" }</option>
                    }
                    { for Angle::ALL.iter().map(|a| html! {
                        <option value={a.id()} selected={c.angle == Some(*a)}>{ a.label() }</option>
                    }) }
                </select>
                <TextField label="原因" value={AttrValue::from(c.text.clone())} on_change={on_text}
                    multiline=true rows={2} placeholder={a_hint(angle)} />
                <button type="button" class="button small" onclick={remove}>{ "删除" }</button>
                <FieldFindings place={AttrValue::from(format!("problem:{}:cause-{i}", p.id))} dispatcher={d.clone()} />
            </div>
        }
    });
    let add_cause = edit(Edit::AddCause {
        problem: p.id.clone(),
        angle: Angle::Lixiang,
        text: String::new(),
    });
    let none = Aids::default();
    let aids = aids.unwrap_or(&none);
    // One button per aid, the same for those that fit and for 更多参考.
    let cause_button = |c: &AidCause| {
        let insert = edit(Edit::AddCause {
            problem: p.id.clone(),
            angle: c.angle,
            text: c.text.clone(),
        });
        html! {
            <button type="button" class="aid" onclick={insert}>
                <b>{ format!("【{}】", c.angle.label()) }</b>{ &c.text }
            </button>
        }
    };
    let measure_button = |m: &String| {
        let insert = edit(Edit::InsertMeasure {
            problem: p.id.clone(),
            text: m.clone(),
        });
        html! { <button type="button" class="aid" onclick={insert}>{ m }</button> }
    };
    let more = more.unwrap_or(&none);
    let cause_aids = aids.causes.iter().map(cause_button);
    let more_causes = more.causes.iter().map(cause_button);
    let measure_aids = aids.measures.iter().map(measure_button);
    let more_measures = more.measures.iter().map(measure_button);
    // What a removal would lose (anything written, the ledger's too) is
    // asked about first: nothing brings it back. An empty one goes at once.
    let filled = p.holds_writing();
    let remove = {
        let (d, id) = (d.clone(), p.id.clone());
        let ask = format!(
            "确定删除问题 {number} 吗？它的表现、原因、措施和台账进展会一并删除，无法恢复。"
        );
        Callback::from(move |_: MouseEvent| {
            let window = web_sys::window();
            if !filled || window.and_then(|w| w.confirm_with_message(&ask).ok()) == Some(true) {
                d.dispatch(Action::Material(Edit::RemoveProblem(id.clone())));
            }
        })
    };
    let slot = p.text.contains("【……】");
    html! {
        <div key={p.id.clone()} class="problem" data-problem-id={p.id.clone()}>
            if recurring {
                <p class="recurring-note"><span class="tag weak recurring">{ RECURRING_MARK }</span>{ "上年度查摆过这一问题：材料中会注明，上年度的这一项不会写成“已整改到位”。请在原因中写清这次为什么又出现、上次的整改为什么没有管住。" }</p>
            }
            <div class="problem-head">
                <strong>{ format!("问题 {number}") }</strong>
                { aspect }
                { recurs }
            </div>
            if p.item.is_none() && p.aspect.is_empty() {
                <p class="slot-hint" role="note">{ "请选择这个问题归入的方面：材料按方面排列问题，没有选择的会留出待补充的位置。" }</p>
            }
            { field(ProblemField::Judgement, "判断（选填，一句话概括问题，材料中放在问题开头）", &p.judgement, false, "如：理论武装的深度不够") }
            { field(ProblemField::Text, "问题表现（用自己的话，写出具体事例）", &p.text, true, "如：比如今年……时，……") }
            if slot {
                <p class="slot-hint" role="note">{ "请把【……】换成本人的具体事例，否则材料中会原样保留这个空位。" }</p>
            }
            <fieldset class="causes">
                <legend>{ "原因剖析（按角度，至少有理想信念或党性修养方面的思想根源）" }</legend>
                { for causes }
                <button type="button" class="button small" onclick={add_cause}>{ "＋ 添加原因" }</button>
                if !aids.causes.is_empty() {
                    <div class="aids"><span class="aids-label">{ "参考原因：" }</span>{ for cause_aids }</div>
                }
                if !more.causes.is_empty() {
                    <details class="aids more-aids"><summary>{ "更多参考原因" }</summary>{ for more_causes }</details>
                }
            </fieldset>
            { field(ProblemField::Lead, "措施要点（选填，一个短语，材料中放在措施开头）", &p.lead, false, "如：强化理论武装，坚持学用结合") }
            { field(ProblemField::Measure, "整改措施", &p.measure, true, "以动词开头：坚持……、建立……") }
            if !aids.measures.is_empty() {
                <div class="aids"><span class="aids-label">{ "参考措施：" }</span>{ for measure_aids }</div>
            }
            if !more.measures.is_empty() {
                <details class="aids more-aids"><summary>{ "更多参考措施" }</summary>{ for more_measures }</details>
            }
            <div class="form-grid">
                { field(ProblemField::Deadline, "整改时限", &p.deadline, false, &deadline_hint) }
                { field(ProblemField::Standard, "完成标准（选填，只进整改台账，不写入材料）", &p.standard, false, "如：全年学时全部达标") }
            </div>
            <button type="button" class="button small" onclick={remove}>{ "删除此问题" }</button>
        </div>
    }
}

fn a_hint(angle: Angle) -> AttrValue {
    AttrValue::from(format!("从{}上剖析", angle.hint()))
}
