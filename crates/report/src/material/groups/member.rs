//! A Party member's own facts (民主评议), told in the dimensions that name
//! them ([`Group::member`]): 组织生活 attendance and 党费 as the branch
//! reports them, in numbers; 支部交办任务 and 双报到 in the member's words.
//! A fact not given is asked for, a missed meeting's reason too: none is
//! invented, and 党费 answered 否 says nothing in the member's favour.
//!
//! [`Group::member`]: ziping_core::Group

use super::super::tag::mine;
use super::super::text::{clause, join_clauses};
use crate::report::placeholder;
use ziping_core::{what_it_says, Attendance, MemberFacts};

/// The sentences of the member facts `names` (in the group's order):
/// "attendance" and "dues" in one sentence, what is missing of them asked
/// for in one placeholder after it. 党费 not paid in full and on time asks
/// why and what was made up, unless `unpaid_stated` (its 反向情形, 无正当
/// 理由, answered 是: the 等次 part states the consequence).
pub fn member_sentences(facts: &MemberFacts, names: &[String], unpaid_stated: bool) -> String {
    let named = |n: &str| names.iter().any(|m| m == n);
    let (mut conduct, mut asks) = (Vec::new(), Vec::new());
    for name in names {
        match name.as_str() {
            "attendance" => attendance(facts, &mut conduct, &mut asks),
            "dues" => match facts.dues {
                Some(true) => conduct.push("按时足额交纳党费".to_string()),
                // 否 says nothing in the member's favour; the reason and
                // what was made up are the member's to say.
                Some(false) if unpaid_stated => {}
                Some(false) => {
                    asks.push("党费未能按时足额交纳的原因，以及何时补交、是否已足额".to_string())
                }
                None => asks.push("是否按时足额交纳党费".to_string()),
            },
            _ => {}
        }
    }
    let mut out = join_clauses(conduct);
    if !asks.is_empty() {
        out.push_str(&placeholder(&asks.join("；")));
    }
    if named("tasks") {
        out.push_str(&told(
            &facts.tasks,
            ("完成支部交办的任务，", &["交办", "支部"]),
            "支部交办的任务及完成情况，如承办主题党日、担任党小组长、编发支部简报",
        ));
    }
    if named("service") {
        // A lead that claims neither (the field is one or the other), and
        // none where the words say what they are about (去社区两次).
        out.push_str(&told(
            &facts.service,
            (
                "到社区“双报到”或参加志愿服务，",
                &["报到", "志愿", "社区", "服务"],
            ),
            "到社区“双报到”或参加志愿服务的情况，如去了几次、做了什么",
        ));
    }
    out
}

/// “三会一课” and 主题党日, each as held and attended; what is not given
/// (or cannot be right) goes to `asks`.
fn attendance(facts: &MemberFacts, conduct: &mut Vec<String>, asks: &mut Vec<String>) {
    let (m, d) = (facts.meetings, facts.party_days);
    if m.is_empty() && d.is_empty() {
        asks.push("全年支部召开“三会一课”、开展主题党日的次数和本人参加的次数".to_string());
        return;
    }
    let meetings = held_attended(m, "全年支部召开“三会一课”", "“三会一课”");
    let days_lead = if meetings.is_ok() {
        "开展主题党日活动"
    } else {
        "全年支部开展主题党日活动"
    };
    for told in [meetings, held_attended(d, days_lead, "主题党日")] {
        match told {
            Ok(clause) => conduct.push(clause),
            Err(ask) => asks.push(ask),
        }
    }
}

/// "{lead}N次，本人参加M次", with the reason for the times missed asked
/// for in place; else what to ask: numbers not given, or that cannot be
/// right (none held, more attended than held).
fn held_attended(a: Attendance, lead: &str, what: &str) -> Result<String, String> {
    let n = |v: u32| mine(v.to_string());
    match (a.held, a.attended) {
        (Some(h), Some(m)) if h > 0 && m <= h => {
            let mut s = format!("{lead}{}次，本人参加{}次", n(h), n(m));
            if m < h {
                s.push('，');
                s.push_str(&placeholder(&format!(
                    "{}次未参加的原因，如因公出差已向支部请假、会后补学",
                    h - m
                )));
            }
            Ok(s)
        }
        (Some(h), Some(m)) => Err(format!(
            "{what}召开和本人参加的次数（召开{h}次、参加{m}次，请核对）"
        )),
        (None, Some(_)) => Err(format!("全年{what}召开的次数")),
        (Some(_), None) => Err(format!("全年本人参加{what}的次数")),
        (None, None) => Err(format!("全年{what}召开的次数和本人参加的次数")),
    }
}

/// The member's text as a sentence, or `ask` when blank or when it says
/// nothing (无, 同上: never glued after the lead). The lead says what the
/// text is about, unless the text names it itself (one of the lead's words).
fn told(text: &str, (lead, words): (&str, &[&str]), ask: &str) -> String {
    let c = clause(what_it_says(text));
    if c.is_empty() {
        return placeholder(ask);
    }
    let lead = if words.iter().any(|w| c.contains(w)) {
        ""
    } else {
        lead
    };
    join_clauses(vec![format!("{lead}{}", mine(c))])
}
