//! The 材料体检 panel, heading the 材料: how many findings of each weight,
//! and each one with where it is, 定位 (to the field, on whichever screen it
//! is), its fix in one click, and 忽略; the ignored counted, with 恢复.
//! Never printed or exported (`no-print`).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::locate;
use crate::components::finding_item;
use crate::hooks::Checkup;
use crate::reducer::Dispatcher;
use ziping_app::state::{Action, Edit, Page};
use ziping_core::{Draft, Finding, Place, ProblemField, Severity, Template};

#[derive(Properties, PartialEq)]
pub struct CheckupPanelProps {
    pub draft: Rc<Draft>,
    pub templates: Vec<Rc<Template>>,
    pub dispatcher: Dispatcher,
}

#[function_component]
pub fn CheckupPanel(props: &CheckupPanelProps) -> Html {
    let checkup = use_context::<Rc<Checkup>>().unwrap_or_default();
    let d = &props.dispatcher;
    let counts = [Severity::Must, Severity::Should, Severity::Note]
        .map(|s| format!("{} {}", s.label(), checkup.count(s)))
        .join(" · ");
    let restore = (checkup.ignored > 0).then(|| {
        let d = d.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| d.dispatch(Action::Material(Edit::RestoreIgnored)));
        html! {
            <>
                { format!(" · 已忽略 {}", checkup.ignored) }
                <button type="button" class="button small quiet" {onclick} data-testid="checkup-restore">{ "恢复" }</button>
            </>
        }
    });
    let items = checkup.findings.iter().map(|f| {
        let (page, tab) = screen_of(&props.draft, &props.templates, &f.place);
        let selectors = selectors_of(&f.place);
        let d = d.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Show(page));
            if let Some(tab) = tab {
                d.dispatch(Action::ShowTab(tab));
            }
            // Once the screen is drawn.
            let selectors = selectors.clone();
            Timeout::new(80, move || locate(&selectors)).forget();
        });
        let extra = html! {
            <>
                <span class="finding-where">{ where_of(&props.draft, &props.templates, f) }</span>
                <button type="button" class="button small" {onclick}>{ "定位" }</button>
            </>
        };
        finding_item(f, &props.dispatcher, extra)
    });
    html! {
        <section class="panel checkup no-print" aria-labelledby="checkup-h" data-testid="checkup">
            <h2 id="checkup-h">{ "材料体检" }</h2>
            if !checkup.checked {
                <p class="muted" data-testid="checkup-pending">{ "正在体检……" }</p>
            } else {
                <p class="checkup-counts" data-testid="checkup-counts">{ counts }{ restore }</p>
            }
            if checkup.unfilled > 0 {
                <p class="finding should" data-testid="checkup-unfilled">
                    { format!("材料中还有 {} 处待补充（【……】），审核时会被退回：按提示补写，或在下面的文本中直接改写。", checkup.unfilled) }
                </p>
            }
            if checkup.checked && checkup.findings.is_empty() && checkup.unfilled == 0 {
                <p class="muted">{ "没有发现审核时常被退回的问题。体检只看得出写法，事实是否准确请自己把关。" }</p>
            } else if !checkup.findings.is_empty() {
                <p class="muted">{ "“须修改”的，审核时通常会被退回；“建议”“提示”供参考。体检不影响复制、打印和下载。" }
                    if props.draft.report_edit.is_some() {
                        { "体检看的是填写的内容，看不到在下面文本中直接改写的地方：按提示改在填写处，体检和文本会一起更新。" }
                    }
                </p>
                <ol class="findings">{ for items }</ol>
            }
        </section>
    }
}

/// The screen (and checklist tab) a place is on: a problem found under an
/// item and an item's 具体事例 on the checklist, the rest with the 材料.
fn screen_of(draft: &Draft, templates: &[Rc<Template>], place: &Place) -> (Page, Option<usize>) {
    let tab_of = |id: &str| templates.iter().position(|t| t.id.as_str() == id);
    let template = match place {
        Place::Problem { id, .. } => draft
            .problem(id)
            .and_then(|p| p.item.as_ref())
            .map(|l| l.template.as_str()),
        Place::Evidence { template, .. } => Some(template.as_str()),
        _ => None,
    };
    match template.and_then(tab_of) {
        Some(tab) => (Page::Checklist, Some(tab)),
        None => (Page::Results, None),
    }
}

/// Where to look for a place, best first: its findings under the field,
/// then the problem or item that holds it.
fn selectors_of(place: &Place) -> Vec<String> {
    let mut out = vec![format!("[data-place=\"{}\"]", place.key())];
    match place {
        Place::Problem { id, .. } => out.push(format!("[data-problem-id=\"{id}\"]")),
        Place::Evidence { item, .. } => {
            out.insert(0, format!("[data-item-id=\"{item}\"] details.evidence"));
            out.push(format!("[data-item-id=\"{item}\"]"));
        }
        Place::Material => out.push("#report-h".into()),
        _ => {}
    }
    out
}

/// Where a finding is, in words: 问题“调研少”·整改时限, 工作实绩第1项 ….
fn where_of(draft: &Draft, templates: &[Rc<Template>], f: &Finding) -> String {
    let cut = |t: &str| -> String {
        let short: String = t.trim().chars().take(14).collect();
        if short.chars().count() < t.trim().chars().count() {
            short + "…"
        } else {
            short
        }
    };
    match &f.place {
        Place::Problem { id, field } => {
            // By its name, as the cards are numbered by item, not in all.
            let n = draft
                .problem(id)
                .map(|p| cut(&p.headline()))
                .filter(|h| !h.is_empty())
                .map_or(String::new(), |h| format!("“{h}”"));
            let field = match field {
                ProblemField::Text => "问题表现".to_string(),
                ProblemField::Judgement => "判断".to_string(),
                ProblemField::Cause(k) => format!("原因{}", k + 1),
                ProblemField::Measure => "整改措施".to_string(),
                ProblemField::Lead => "措施要点".to_string(),
                ProblemField::Deadline => "整改时限".to_string(),
                ProblemField::Standard => "完成标准".to_string(),
            };
            format!("问题{n}·{field}")
        }
        Place::Evidence { template, item } => {
            let text = templates
                .iter()
                .filter(|t| t.id == *template)
                .find_map(|t| t.item(item))
                .map_or(item.to_string(), |i| cut(i.text.trim_start_matches("本人")));
            format!("“{text}”的具体事例")
        }
        Place::Work(n) => format!("工作实绩第{}项", n + 1),
        Place::Opinion(id) => {
            let text = (draft.opinions.iter())
                .find(|o| o.id == *id)
                .map_or(String::new(), |o| cut(&o.text));
            format!("对意见“{text}”的说明")
        }
        Place::Previous(id) => {
            let text = draft
                .previous
                .iter()
                .find(|q| q.id == *id)
                .map_or(String::new(), |q| cut(&q.text));
            format!("上年度问题“{text}”")
        }
        Place::Person("material_date") => "材料落款日期".into(),
        Place::Person("studied") => "会前学习".into(),
        Place::Person("talks") => "会前准备".into(),
        Place::Person("self_grade") => "自评等次".into(),
        Place::Person("pledge") => "结尾表态".into(),
        Place::Person("tasks") => "支部交办的任务".into(),
        Place::Person("service") => "“双报到”和志愿服务".into(),
        Place::Person("standing") => "政治面貌".into(),
        Place::Person("probation") => "试用期".into(),
        Place::Person(other) => (*other).to_string(),
        Place::Material => "材料整体".into(),
    }
}
