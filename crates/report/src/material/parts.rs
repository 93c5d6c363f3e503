//! The parts of a 材料 built from the person's own inputs: 主要成绩 (具体事例
//! and 工作实绩, by aspect), last year's problems, the problems (by aspect or
//! one by one) and the measures with 时限 and 完成标准.

use std::collections::HashSet;

use super::causes::{named, named_problem};
use super::inputs::{problems_by_aspect, Inputs};
use super::opening::without;
use super::tag::{end_with, frame, mine};
use super::text::{clause, join_clauses, sentence};
use crate::report::{chinese_numeral, placeholder, sub_numeral, Block};
use ziping_core::Rating;
use ziping_core::{
    aspect_core, bare_year_end, names_no_time, one_part, only_a_deadline, unnumbered,
    without_run_up,
};
use ziping_core::{carried_row, draft_year, official_deadline_on, previous_counts};
use ziping_core::{
    contradicted, excused, excusing, lacks_instance, praised, says_no_method, says_nothing,
    unproven_praise, what_it_says, Place, EXAMPLE_MARKERS,
};
use ziping_core::{previous_status, recurring_row};
use ziping_core::{Angle, Deadline, Problem, ProblemField, Progress};
use ziping_core::{CivilDate, Draft, PreviousProblem};
use ziping_core::{Item, PartSpec, Section};

/// What a measure asked for must say to be checkable (a reviewer: naming
/// the problem alone invites 进一步加强学习 again).
const CHECKABLE: &str = "写明做什么、做多少";

/// Whether a 表现 already opens as an instance (比如……).
fn is_instance(text: &str) -> bool {
    ["比如", "例如", "譬如", "如在", "如："]
        .iter()
        .any(|w| text.starts_with(w))
}

/// Whether a 表现 opens on a time, a place or an occasion (今年……, 在一次……,
/// 3月份……), so that 比如 may lead into it; a general clause (对科室同志的
/// 日常管理偏软) follows the 判断 without one.
fn opens_on_an_instance(text: &str) -> bool {
    const OPENINGS: [&str; 17] = [
        "今年",
        "去年",
        "全年",
        "本年",
        "上半年",
        "下半年",
        "年初",
        "年中",
        "年底",
        "在",
        "一次",
        "有一次",
        "有次",
        "有时",
        "个别",
        "前不久",
        "近期",
    ];
    text.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        || OPENINGS.iter().any(|w| text.starts_with(w))
}

/// The sentence after a 老问题 in 存在的问题: the fact, naming last year's
/// problem; why it came back is the person's, in the 原因剖析.
fn recurring_sentence(last_year: &str) -> String {
    format!("上年度查摆的“{last_year}”问题本年度又有反复。")
}

/// A problem's 表现 as the 材料 states it, in 存在的问题 and the 自评表
/// alike: without the person's numbering, a spoken run-up (就是我觉得…… after
/// 一是 read 一是就是我觉得……) or a 比如 with nothing after it (学习不够，比如:
/// left for the request for an instance to fill).
pub(super) fn problem_words(text: &str) -> String {
    // 无 states no problem: asked for, never printed as one.
    if says_nothing(text) {
        return String::new();
    }
    let edges = ['，', '、', '：', ',', ':', '。', ' '];
    let text = unnumbered(text.trim());
    let typed = text.trim().trim_end_matches(edges);
    let typed = EXAMPLE_MARKERS
        .iter()
        .find_map(|m| typed.strip_suffix(m))
        .map_or(typed, |t| t.trim_end_matches(edges));
    without_run_up(typed, &[]).to_string()
}

/// The problem as the 材料 states it: its 判断 as a sentence, then its 表现
/// as the instance (比如，……), or the 表现 alone; a 老问题 says so.
fn problem_text(inp: &Inputs, p: &Problem) -> String {
    let judgement = clause(&p.judgement);
    let text = sentence(&problem_words(&p.text));
    let instance = is_instance(&text) || !opens_on_an_instance(&text);
    let judged = match judgement.is_empty() {
        true => judgement,
        false => mine(judgement + "。"),
    };
    let text = inp.own(p, &p.text, text);
    let typed = !text.is_empty();
    let mut s = match (judged.is_empty(), text.is_empty()) {
        (true, true) => placeholder("问题的具体表现"),
        (true, false) => text,
        (false, true) => judged + &placeholder("问题的具体表现"),
        (false, false) if instance => judged + &text,
        (false, false) => judged + "比如" + &text,
    };
    // Praise dressed as a problem is asked to be a real one, and a bare
    // label (学习抓的不紧) for its instance, as the 体检 reads them.
    let praise = praised(inp.draft, p);
    if let Some((_, m)) = &praise {
        s.push_str(&placeholder(&format!(
            "“{m}”属问题表扬化，改写为自身真实的不足并写明具体表现"
        )));
    }
    // (Not beside a 表现 to be rewritten anyway, nor after a request for it.)
    let rewritten = matches!(praise, Some((ProblemField::Text, _)));
    if !rewritten && typed && lacks_instance(inp.draft, p) {
        s.push_str(&placeholder(
            "举一件具体的事：什么时间、哪项工作、问题出在哪里",
        ));
    }
    // An excuse (不是故意的, 因为事情太多了) is asked to go, as the 体检
    // reads it.
    if let Some(m) = excusing(inp.draft, p) {
        s.push_str(&placeholder(&format!(
            "“{m}”读起来像在开脱，问题只写自己做得不够的地方，删去解释的话"
        )));
    }
    if let Some(row) = recurring_row(inp.draft, p) {
        s.push_str(&recurring_sentence(&mine(clause(&row.text))));
    }
    s
}

/// The opinions raised about the person, each answered: 认领 as one of the
/// problems, or explained; one not yet answered asks for its answer.
fn opinions(inp: &Inputs) -> Option<String> {
    let d = inp.draft;
    let answers: Vec<String> = d
        .opinions
        .iter()
        .filter(|o| !o.text.trim().is_empty())
        .map(|o| {
            let about = format!("“{}”", mine(clause(&o.text)));
            let claimed = d.claimed(o);
            let explained = mine(sentence(&o.explanation));
            match claimed {
                Some(p) if p.has_name() => {
                    about + &format!("：本人认领，已列入“{}”问题整改。", inp.headline(p))
                }
                Some(_) => about + "：本人认领，已作为查摆的问题列入整改。",
                // An excuse (不急不行，这也是没办法的事) is no answer.
                None if !explained.is_empty() => match excused(d, o) {
                    true => {
                        about
                            + "："
                            + &explained
                            + &placeholder(
                                "这段说明读起来像辩解：意见属实的写“本人认领”并列入问题整改，不属实的只说明情况",
                            )
                    }
                    false => about + "：" + &explained,
                },
                None => about + "：" + &placeholder("本人对这条意见的认领或说明"),
            }
        })
        .collect();
    // How many are about the person (the opening says how many were
    // collected in all).
    let k = answers.len();
    let intro = format!("会前征求到涉及本人的意见{k}条，回应如下：");
    match k {
        0 => None,
        1 => Some(intro + &answers[0]),
        _ => Some(answers.iter().enumerate().fold(intro, |s, (k, a)| {
            s + &frame(chinese_numeral(k + 1) + "是") + a
        })),
    }
}

/// 存在的问题. `by_aspect`: （一）在……方面。 then the aspect's problem, or
/// its problems as 一是……二是……; else （一）（二） one problem each. The
/// opinions raised about the person follow, each answered.
pub fn problems(inp: &Inputs, part: &PartSpec, out: &mut Vec<Block>) {
    problems_by_aspect_or_one_by_one(inp, part.by_aspect, out);
    // 民主评议: the member's 不足 in thought and 党性, not only in work.
    let live: Vec<&Problem> = problems_by_aspect(inp)
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .collect();
    if part.conduct && !live.is_empty() && !live.iter().any(|p| touches_conduct(p)) {
        out.push(Block::Para(
            frame(sub_numeral(live.len() + 1))
                + &placeholder("思想和党性方面的不足，如参加组织生活、开展批评和自我批评、发挥党员作用等方面的具体表现"),
        ));
    }
    // The opinions belong to a meeting's preparation (the occasions that
    // state it, where the person enters them).
    let meeting = inp.occasion.has_preparation();
    // After the aspects, not numbered as one of them.
    if let Some(text) = opinions(inp).filter(|_| meeting) {
        out.push(Block::Para(text));
    }
}

/// Words by which a problem speaks of the member's thought and 党性.
const CONDUCT: [&str; 14] = [
    "党性",
    "党员",
    "组织生活",
    "批评",
    "宗旨",
    "理想信念",
    "信念",
    "党课",
    "党费",
    "纪律",
    "规矩",
    "初心",
    "群众",
    "政治",
];

/// Whether a problem speaks of thought and 党性, not only of work: by its
/// words, or by a cause from 理想信念, 党性修养 or 宗旨意识.
fn touches_conduct(p: &Problem) -> bool {
    let said = |t: &str| CONDUCT.iter().any(|w| t.contains(w));
    said(&p.text)
        || said(&p.judgement)
        || p.causes.iter().any(|c| {
            matches!(
                c.angle,
                Some(Angle::Lixiang | Angle::Dangxing | Angle::Zongzhi)
            )
        })
}

/// The problems themselves, by aspect or one by one.
fn problems_by_aspect_or_one_by_one(inp: &Inputs, by_aspect: bool, out: &mut Vec<Block>) {
    let groups = problems_by_aspect(inp);
    if groups.is_empty() {
        let c = &inp.occasion.problems;
        out.push(Block::Para(placeholder(&format!(
            "对照要求查摆的具体问题，一般{}至{}个，每个问题写明具体表现",
            c.min, c.max
        ))));
        return;
    }
    if !by_aspect {
        let all = groups.iter().flat_map(|(_, v)| v);
        for (n, p) in all.enumerate() {
            out.push(Block::Para(
                frame(sub_numeral(n + 1)) + &problem_text(inp, p),
            ));
        }
        return;
    }
    // Every aspect named gets a problem or a sentence (GENRE §6): one with
    // none asks for it in its place, once every problem has its aspect (a
    // problem asked for its aspect may be the one); then aspects the
    // problems brought.
    let unplaced = groups.iter().any(|(g, _)| g.is_empty());
    let named = match unplaced {
        true => Vec::new(),
        false => inp.aspects(),
    };
    let mut order: Vec<(&str, &[&Problem])> = named
        .iter()
        .map(|a| {
            let ps = groups.iter().find(|(g, _)| g == a);
            (a.as_str(), ps.map_or(&[][..], |(_, v)| &v[..]))
        })
        .collect();
    order.extend(
        (groups.iter())
            .filter(|(g, _)| !named.contains(g))
            .map(|(g, v)| (g.as_str(), &v[..])),
    );
    let mut n = 0;
    for (aspect, ps) in order {
        if ps.is_empty() {
            n += 1;
            out.push(Block::Lead {
                lead: aspect_lead(n, aspect),
                text: placeholder("本方面查摆的问题，或一句对照检查情况"),
            });
            continue;
        }
        // Problems whose aspect is not chosen are not one aspect's: each
        // asks for its own, under a number of its own.
        if aspect.is_empty() {
            for p in ps {
                n += 1;
                out.push(Block::Lead {
                    lead: aspect_lead(n, aspect),
                    text: problem_text(inp, p),
                });
            }
            continue;
        }
        // One problem runs on after the lead; several as 一是……二是……
        let text = match ps[..] {
            [one] => problem_text(inp, one),
            _ => ps
                .iter()
                .enumerate()
                .map(|(k, p)| frame(chinese_numeral(k + 1) + "是") + &problem_text(inp, p))
                .collect(),
        };
        n += 1;
        out.push(Block::Lead {
            lead: aspect_lead(n, aspect),
            text,
        });
    }
}

/// "2027年3月底前完成", "立行立改", "并长期坚持" … from the 时限 as a clause
/// after the measure (马上改 is 立行立改, 长期 长期坚持); one the calendar
/// cannot read is printed as written where it names a time (2027年上半年),
/// and asked for where it names none (尽快, 下次开会: the closing counts it
/// as none).
fn deadline_clause(d: String) -> String {
    // 立行立改、长期坚持 or 2027年6月底前完成，并长期坚持 is printed whole.
    let single = one_part(&d);
    match Deadline::parse(&d) {
        Deadline::Immediate if single && !d.contains("立行立改") => {
            return "立行立改".to_string()
        }
        Deadline::Ongoing if single => return "并长期坚持".to_string(),
        _ => {}
    }
    if names_no_time(&d) {
        placeholder("整改时限")
    } else if d.ends_with('前') || d.ends_with("以前") {
        mine(d) + "完成"
    } else {
        mine(d)
    }
}

/// The request for a measure of a problem the 材料 asks to be rewritten
/// (问题表扬化): a measure against 工作太投入 would answer the praise, so it
/// is asked for once the problem is a real one.
fn after_rewrite(inp: &Inputs, p: &Problem, deadlines: bool) -> String {
    let what = match deadlines {
        true => "整改措施",
        false => "具体做法",
    };
    format!(
        "把{}改写为真实的不足后，再写针对它的{what}，{CHECKABLE}",
        named(inp, p)
    )
}

/// 整改措施 / 努力方向, one per problem in the order of the problems: its
/// lead phrase where the person wrote one (（一）强化理论武装，坚持学用结合。),
/// then the measure; `deadlines`: with its 时限 (整改措施), else 努力方向. The 完成标准 stays in the
/// ledger, never in the prose.
pub fn measures(inp: &Inputs, deadlines: bool, out: &mut Vec<Block>) {
    let groups = problems_by_aspect(inp);
    if groups.is_empty() {
        out.push(Block::Para(placeholder(
            "针对查摆问题的整改措施，每条写明整改时限",
        )));
        return;
    }
    for (n, p) in groups.iter().flat_map(|(_, v)| v).enumerate() {
        // A measure that is only a 时限 (马上改, 长期坚持) is no measure: the
        // gap shows, and its words stand as the 时限 where none is given.
        let timed = only_a_deadline(&p.measure);
        let bare = measure_text(&p.measure);
        // 注意, 加强学习 are no measure either (the 体检's 须修改). Asked for
        // by the problem's name (the problems are numbered within their
        // aspects), with its 时限 in the same request where none is set.
        let asked = bare.is_empty() || timed || says_no_method(inp.draft, p);
        // 努力方向 are a plan for next year, not a ledger: only a day the
        // person gave, none before a habit (每月……), and none before a
        // request for the step itself (the day comes back with the step).
        let no_day = !deadlines && (asked || is_habit(&bare));
        let both = asked && deadlines && !timed && names_no_time(&p.deadline);
        let m = if asked {
            placeholder(&match deadlines {
                _ if praised(inp.draft, p).is_some() => after_rewrite(inp, p, deadlines),
                true if both => format!(
                    "针对{}的整改措施和整改时限，{CHECKABLE}",
                    named_problem(inp, p)
                ),
                true => format!("针对{}的整改措施，{CHECKABLE}", named_problem(inp, p)),
                false => format!("针对{}的具体做法，{CHECKABLE}", named(inp, p)),
            })
        } else {
            inp.own(p, &p.measure, bare)
        };
        // A day to finish by leads (2027年3月底前，制定……): a weekly habit
        // is not "完成"; 立行立改, 长期坚持 and the rest follow the measure
        // in 整改措施, and a day said otherwise (2027年3月31日) in 努力方向.
        let d = match p.deadline.trim().is_empty() && timed {
            true => inp.deadline(p, &p.measure),
            false => inp.deadline(p, &p.deadline),
        };
        let by_day = (d.ends_with('前') || d.ends_with("以前"))
            && !p.measure.trim().is_empty()
            && !timed
            && !no_day;
        // In 努力方向, a day said otherwise (2027年3月31日) still follows;
        // 立行立改, 长期坚持 and a 时限 as spoken do not.
        let a_day = !no_day
            && !matches!(
                Deadline::parse(&d),
                Deadline::Immediate | Deadline::Ongoing | Deadline::Unread(_)
            );
        let mut s = if by_day {
            mine(d) + "，" + &m
        } else if (deadlines && !both) || a_day {
            m + "，" + &deadline_clause(d)
        } else {
            m
        };
        end_with(&mut s, '。');
        let lead = clause(&p.lead);
        let number = frame(sub_numeral(n + 1));
        out.push(if lead.is_empty() {
            Block::Para(number + &s)
        } else {
            Block::Lead {
                lead: number + &mine(lead + "。"),
                text: s,
            }
        });
    }
}

/// 存在的不足 in running sentences (a 个人总结 is brief and not a ledger):
/// 本人还存在以下不足：一是……二是……, each problem as the 材料 states it
/// (its 判断 and its instance: a 判断 alone reads as a problem anyone could
/// write).
pub fn problems_prose(inp: &Inputs, out: &mut Vec<Block>) {
    let all: Vec<&Problem> = problems_by_aspect(inp)
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .collect();
    let text = match all[..] {
        [] => placeholder("对照岗位要求存在的不足，写明具体表现"),
        [one] => "本人还存在以下不足：".to_string() + &problem_text(inp, one),
        _ => all
            .iter()
            .enumerate()
            .fold("本人还存在以下不足：".to_string(), |s, (k, p)| {
                s + &frame(chinese_numeral(k + 1) + "是") + &problem_text(inp, p)
            }),
    };
    out.push(Block::Para(text));
}

/// A measure as a clause without a spoken "I intend" (after 我将 or a
/// number, never 我将我打算…, nor 我将我要改) and without a spoken "from now
/// on" (以后多学习 after a 时限 reads 多学习: the 材料 says when), unless too
/// little is left (今后注意 stays whole).
fn measure_text(measure: &str) -> String {
    let own = without(
        measure,
        &["我打算", "我将", "我会", "我要", "本人将", "打算"],
    );
    let m = without(&own, &["以后", "今后"]);
    match m.chars().count() {
        0..=2 => own,
        _ => m,
    }
}

/// A measure done again and again (每月……, 每名同志每季度……; not 每名干部
/// 档案复核一遍): a day to finish by does not go with it.
fn is_habit(measure: &str) -> bool {
    let cs: Vec<char> = measure.chars().collect();
    cs.windows(2)
        .any(|w| w[0] == '每' && "天日周月季年半".contains(w[1]))
}

/// 今后努力方向 about next year, one step per 不足 in the same order
/// ("针对上述不足，2027年我将着力做到：一是……；二是……。", one
/// alone as "2027年，我将……。"): the person's lead phrase, then the measure;
/// a day to finish by leads a measure done once (without the year the
/// sentence already names), never a habit (每月……); a step's own "；" is
/// "，"; 立行立改, 长期坚持 and the rest of the ledger's forms stay in the
/// ledger. A 不足 without a measure asks for one.
pub fn measures_prose(inp: &Inputs, out: &mut Vec<Block>) {
    let next = inp
        .draft
        .person
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .map(|y| y + 1);
    let year = next.map(|y| format!("{y}年")).unwrap_or_default();
    let all: Vec<&Problem> = problems_by_aspect(inp)
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .collect();
    let planned = |p: &Problem| {
        !p.measure.trim().is_empty()
            && !only_a_deadline(&p.measure)
            && !says_no_method(inp.draft, p)
    };
    let step = |p: &Problem| {
        if !planned(p) {
            return placeholder(&match praised(inp.draft, p) {
                Some(_) => after_rewrite(inp, p, false),
                None => format!("针对{}的具体做法，{CHECKABLE}", named(inp, p)),
            });
        }
        let bare = measure_text(&p.measure);
        let habit = is_habit(&bare);
        let m = inp.own(p, &p.measure, bare);
        let lead = match clause(&p.lead) {
            l if l.is_empty() => l,
            l => mine(l) + "，",
        };
        // 年底前 is next year's: the sentence names it (a 个人总结 dated
        // in December would read this year's).
        let d = match bare_year_end(&p.deadline) {
            true => "年底前".to_string(),
            false => inp.deadline(p, &p.deadline),
        };
        if !(d.ends_with('前') || d.ends_with("以前")) || habit {
            return lead + &m;
        }
        // 2027年3月底前 → 3月底前; 2027年底前 → 年底前 (never 底前).
        let d = match d.strip_prefix(year.as_str()) {
            Some(rest) if !year.is_empty() && rest.starts_with(|c: char| c.is_ascii_digit()) => {
                rest.to_string()
            }
            Some("底前") if !year.is_empty() => "年底前".to_string(),
            _ => d,
        };
        lead + "于" + &mine(d) + &m
    };
    let next = next.map_or("新的一年".to_string(), |y| format!("{y}年"));
    // Each 不足 gets its step, or a request for it by its name.
    let text = match all[..] {
        [] => placeholder("下一年度的努力方向，针对上述不足写明具体做法"),
        [one] => format!("{next}，我将{}。", step(one)),
        _ => {
            // A step's own "；" would read as the next step's.
            let steps = all
                .iter()
                .enumerate()
                .map(|(k, p)| frame(chinese_numeral(k + 1) + "是") + &step(p).replace('；', "，"));
            format!(
                "针对上述不足，{next}我将着力做到：{}。",
                steps.collect::<Vec<_>>().join("；")
            )
        }
    };
    out.push(Block::Para(text));
}

/// 上年度查摆问题整改落实情况: counts in 项, then each problem and its status.
pub fn previous(inp: &Inputs, out: &mut Vec<Block>) {
    let prev: Vec<_> = inp
        .draft
        .previous
        .iter()
        .filter(|p| !p.text.trim().is_empty())
        .collect();
    out.push(Block::Para(if inp.draft.first_time {
        "本人是首次参加本支部组织生活会，没有上年度查摆的问题。".to_string()
    } else if prev.is_empty() {
        placeholder("上年度（上次）查摆问题及整改落实情况尚未填写，请逐项列出问题和整改进展；首次参加的，请勾选“首次参加本支部组织生活会”")
    } else {
        let statuses: Vec<Progress> = prev.iter().map(|q| previous_status(inp.draft, q)).collect();
        let earlier = prev.iter().filter(|q| q.earlier).count();
        previous_counts(&statuses, earlier)
    }));
    if inp.draft.first_time {
        return;
    }
    // The rows a problem of this year raises again.
    let d = inp.draft;
    let raised_again: Vec<&str> = d
        .problems
        .iter()
        .filter(|p| !p.is_blank())
        .filter_map(|p| recurring_row(d, p).map(|r| r.id.as_str()))
        .collect();
    let contradictions = contradicted(d);
    for (n, p) in prev.iter().enumerate() {
        // A note that only repeats a status (已改) says nothing of the work.
        let note = clause(what_it_says(&p.note));
        let asked = note.is_empty();
        // The note as a clause and as a sentence (a placeholder takes no stop).
        let (note, full) = match asked {
            true => (placeholder("整改措施落实情况和成效"), None),
            false => (mine(note.clone()), Some(mine(note + "。"))),
        };
        let full = full.unwrap_or_else(|| note.clone());
        // 需长期坚持。坚持…… says it twice: 需长期坚持，已坚持…….
        let said = clause(&p.note);
        let long = match !asked && said.starts_with("坚持") && !said.starts_with("坚持不") {
            true => "需长期坚持，已",
            false => "需长期坚持。",
        };
        // A row closed with a 销号 date says when; one closed but raised
        // again this year tells what was done, then that it is taken up again.
        let closed = p.row.as_ref().map_or("", |r| r.closed.trim());
        let was_done = p.status == Progress::Done || p.reopened;
        let again = raised_again.contains(&p.id.as_str());
        // Still 已整改到位 while a problem of this year resembles it (the
        // 体检's status-contradiction): asked about after it.
        let like = match contradictions.iter().find(|(id, _)| *id == p.id) {
            Some((_, q)) => placeholder(&format!(
                "本年度查摆的{}与此相似，请在该问题的“上年度查摆过？”中说明是否同一问题；如是同一问题，材料将如实写明它再次出现",
                named_problem(inp, q)
            )),
            None => String::new(),
        };
        // Open past its 时限 on the 材料's day (raised again or not): said,
        // 正在整改，原定2027年6月底前完成，已逾期 (原定立行立改), with the reason
        // and the new day asked for until the account gives them.
        let status = previous_status(d, p);
        let due = overdue(d, p, inp.day).filter(|_| status == Progress::Ongoing && !was_done);
        let (late, ask) = match due {
            Some(by) => {
                let done = if by.ends_with('前') { "完成" } else { "" };
                let told = ["逾期", "延期", "推迟", "未按期", "原因"]
                    .iter()
                    .any(|w| p.note.contains(w));
                let ask = match told {
                    true => String::new(),
                    false => placeholder("在“整改进展、成效”中写明未按期完成的原因和新的完成时限"),
                };
                // The 时限 is the person's own, as the ledger prints it.
                (format!("，原定{}{done}，已逾期", mine(by)), ask)
            }
            None => (String::new(), String::new()),
        };
        let text = match status {
            Progress::Done if !closed.is_empty() => {
                format!("已整改到位，于{closed}销号。{full}{like}")
            }
            Progress::Done => format!("已整改到位。{full}{like}"),
            _ if was_done && !closed.is_empty() => format!(
                "正在整改。{note}，曾于{closed}销号；本年度同类问题再次出现，已重新列入整改。"
            ),
            _ if was_done => {
                format!("正在整改。{note}；本年度同类问题再次出现，已重新列入整改。")
            }
            Progress::LongTerm if again => {
                format!("{long}{note}；本年度同类问题再次出现，继续列入整改。")
            }
            _ if again => {
                format!("正在整改{late}。{note}；本年度同类问题再次出现，继续列入整改。{ask}")
            }
            Progress::Ongoing => format!("正在整改{late}。{full}{ask}"),
            Progress::LongTerm => format!("{long}{full}"),
        };
        out.push(Block::Lead {
            lead: format!(
                "{}关于“{}”的问题。",
                frame(sub_numeral(n + 1)),
                mine(clause(&p.text))
            ),
            text,
        });
    }
}

/// The 时限 of last year's row `q`, as the ledger prints it, where the row
/// is open and past it on `day` (the ledger's （已逾期）).
fn overdue(d: &Draft, q: &PreviousProblem, day: CivilDate) -> Option<String> {
    let row = carried_row(d, q);
    let year = draft_year(d).unwrap_or(row.base.year);
    row.is_overdue(year, day)
        .then(|| official_deadline_on(&row.deadline, year, row.base))
}

/// "（n）在{aspect}方面。": the lead of an aspect's paragraph; a problem
/// whose aspect is not chosen asks for it.
fn aspect_lead(n: usize, aspect: &str) -> String {
    if aspect.is_empty() {
        sub_numeral(n) + &placeholder("问题所属方面") + "。"
    } else {
        format!("{}在{aspect}方面。", sub_numeral(n))
    }
}

/// The request after a 具体事例 or a 工作实绩 line at `at` that gives
/// others' praise for what was done (`praise-as-record`'s 须修改: 受到领导一致
/// 好评 with no figure), else nothing.
fn unproven(inp: &Inputs, at: &Place, text: &str) -> String {
    match unproven_praise(inp.draft, at, text) {
        Some(m) => placeholder(&format!(
            "“{m}”是评价，写明本人做了什么、做了多少、结果如何"
        )),
        None => String::new(),
    }
}

/// The 工作实绩 lines that say something (not 同上, 无: `what_it_says`), each
/// as typed (a clause, to compare and to look for a role in) and as printed
/// (in the person's words, with what [`unproven`] asks after it).
pub fn work_lines(inp: &Inputs) -> Vec<(String, String)> {
    inp.draft
        .work
        .iter()
        .enumerate()
        .filter_map(|(n, w)| {
            // 同上 and the like are no work to tell (the 体检's junk-evidence).
            let c = clause(what_it_says(w));
            let printed = mine(c.clone()) + &unproven(inp, &Place::Work(n), w);
            (!c.is_empty()).then_some((c, printed))
        })
        .collect()
}

/// What a 材料 asks for where no 工作实绩 is written (one wording for every
/// part that tells them, fit for any 科室).
pub const WORK_ASKED: &str =
    "全年主要工作和数据，写明本人牵头或参与、结果如何，如牵头完成××工作、参与××项目，形成××成果";

/// 主要成绩 / 主要表现: the 工作实绩 first (with `work`), then each aspect with
/// the 具体事例 the person gave (with `examples`), or one plain sentence and
/// a placeholder asking for an example; the 工作实绩 last with `work_last`.
pub fn achievements(inp: &Inputs, part: &PartSpec, out: &mut Vec<Block>) {
    // Every paragraph is an aspect's, numbered in turn.
    let before = out.len();
    // ("" : a paragraph that asks for examples, numbered in turn too.)
    let mut push = |aspect: &str, text: String| {
        let n = out.len() - before + 1;
        out.push(if aspect.is_empty() {
            Block::Para(frame(sub_numeral(n)) + &text)
        } else {
            Block::Lead {
                lead: aspect_lead(n, aspect),
                text,
            }
        })
    };
    let work = part.work.then(|| {
        let text = join_clauses(work_lines(inp).into_iter().map(|(_, p)| p).collect());
        if text.is_empty() {
            placeholder(WORK_ASKED)
        } else {
            text
        }
    });
    const WORK: &str = "履行岗位职责";
    let (first, last) = if part.work_last {
        (None, work)
    } else {
        (work, None)
    };
    if let Some(text) = first {
        push(WORK, text);
    }
    let aspects = if part.examples {
        inp.aspects()
    } else {
        Vec::new()
    };
    // A statement two checklists share is answered once: its example is
    // told under the first aspect it is met in.
    let mut seen = HashSet::new();
    let mut told = 0;
    for aspect in aspects {
        let found = examples(inp, &mut seen, |s, _, _| aspect_core(s.aspect()) == aspect);
        // The person's own examples speak for the aspect; an aspect
        // without one is left out, never filled with a stock sentence.
        if !found.is_empty() {
            told += 1;
            push(&aspect, join_clauses(found));
        }
    }
    if told == 0 && part.examples {
        // Nothing yet in any aspect: one request for the examples.
        push(
            "",
            placeholder("各方面的具体事例：在“逐条自评”各条目的“具体事例”中填写"),
        );
    }
    if let Some(text) = last {
        push(WORK, text);
    }
}

/// The 具体事例 of the items `pick` takes (by section, item and example), in the
/// templates' order, each answered statement once (`seen` goes on across
/// calls: a statement two checklists share is told where it is met first).
/// 不适用 items and evidence that proves nothing (无, 同上, 严格遵守 …) are
/// left out; the first example not opening with 在 leads, as the lead
/// before it already says 在……方面.
pub fn examples<'t>(
    inp: &Inputs<'t>,
    seen: &mut HashSet<(&'t str, &'t str)>,
    pick: impl Fn(&Section, &Item, &str) -> bool,
) -> Vec<String> {
    let mut found = Vec::new();
    let mut led = false;
    for t in inp.templates {
        for s in &t.sections {
            for item in &s.items {
                let key = t.answer_key(item);
                // A 不适用 item's note is why it does not apply (自评表).
                let Some(a) = inp
                    .draft
                    .answer_for(t, item)
                    .filter(|a| !matches!(a.rating, Some(Rating::NotApplicable)))
                else {
                    continue;
                };
                // The cheap tests first: at 1,000 items every group walks
                // every item.
                let raw = a.evidence.trim();
                if raw.is_empty() || seen.contains(&key) || !pick(s, item, raw) {
                    continue;
                }
                // A statement two checklists share is told where the one
                // that keeps it puts it (八项规定 under 严格自律树形象, not
                // under the other's 作风).
                if item.kept_elsewhere(inp.templates) {
                    continue;
                }
                let e = clause(what_it_says(raw));
                if e.is_empty() {
                    continue;
                }
                seen.insert(key);
                let at = Place::Evidence {
                    template: key.0.into(),
                    item: key.1.into(),
                };
                let leads = !e.starts_with('在');
                let e = mine(e) + &unproven(inp, &at, raw);
                if !led && leads {
                    led = true;
                    found.insert(0, e);
                } else {
                    found.push(e);
                }
            }
        }
    }
    found
}
