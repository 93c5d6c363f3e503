//! The parts of a 材料 built from the person's own inputs: 主要成绩 (具体事例
//! and 工作实绩, by aspect), last year's problems, the problems (by aspect or
//! one by one) and the measures with 时限 and 完成标准.

use super::inputs::{problems_by_aspect, Inputs};
use super::text::{clause, join_clauses, sentence};
use crate::report::{item_numeral, placeholder, sub_numeral, Block};
use ziping_core::PartSpec;
use ziping_core::Rating;
use ziping_core::{aspect_core, Problem, Progress};
use ziping_core::{is_recurring, previous_counts, RECURRING_SENTENCE};

/// The problem as a sentence; a 老问题 says so.
fn problem_text(inp: &Inputs, p: &Problem) -> String {
    let s = sentence(&p.text);
    let mut s = if s.is_empty() {
        placeholder("问题的具体表现")
    } else {
        s
    };
    if is_recurring(inp.draft, p) {
        s.push_str(RECURRING_SENTENCE);
    }
    s
}

/// 存在的问题. `by_aspect`: （一）在……方面。 with 1．2． inside where an aspect
/// has several; else （一）（二） one problem each.
pub fn problems(inp: &Inputs, by_aspect: bool, out: &mut Vec<Block>) {
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
            out.push(Block::Para(sub_numeral(n + 1) + &problem_text(inp, p)));
        }
        return;
    }
    for (n, (aspect, ps)) in groups.iter().enumerate() {
        // One problem runs on after the lead; several follow it as 1．2．
        let text = match ps[..] {
            [one] => problem_text(inp, one),
            _ => String::new(),
        };
        out.push(Block::Lead {
            lead: aspect_lead(n + 1, aspect),
            text,
        });
        if ps.len() > 1 {
            for (k, p) in ps.iter().enumerate() {
                out.push(Block::Para(item_numeral(k + 1) + &problem_text(inp, p)));
            }
        }
    }
}

/// "2027年3月底前完成", "立行立改", "长期坚持" … from the 时限 as a clause.
fn deadline_clause(d: String) -> String {
    if d.is_empty() {
        placeholder("整改时限")
    } else if d.contains("立行立改") || d.contains("长期坚持") || d.ends_with("完成") {
        d
    } else if d.contains("长期") {
        "长期坚持".to_string()
    } else if d.ends_with('前') || d.ends_with("以前") {
        d + "完成"
    } else {
        "时限为".to_string() + &d
    }
}

/// 整改措施 / 努力方向, one per problem in the order of the problems.
/// `deadlines`: each with its 时限 and, where given, its 完成标准.
pub fn measures(inp: &Inputs, deadlines: bool, out: &mut Vec<Block>) {
    let groups = problems_by_aspect(inp);
    if groups.is_empty() {
        out.push(Block::Para(placeholder(
            "针对查摆问题的整改措施，每条写明整改时限和完成标准",
        )));
        return;
    }
    if deadlines {
        out.push(Block::Para(
            "针对查摆出的问题，本人将从以下方面抓好整改：".to_string(),
        ));
    }
    for (n, p) in groups.iter().flat_map(|(_, v)| v).enumerate() {
        let m = clause(&p.measure);
        let m = if m.is_empty() {
            placeholder(&format!("针对第{}个问题的整改措施", n + 1))
        } else {
            m
        };
        let mut s = sub_numeral(n + 1) + &m;
        // 努力方向 keep a 时限 the person gave, without asking for one.
        let d = clause(&p.deadline);
        if deadlines || !d.is_empty() {
            s.push('，');
            s.push_str(&deadline_clause(d));
        }
        let std = clause(&p.standard);
        if deadlines && !std.is_empty() {
            s.push_str("（完成标准：");
            s.push_str(&std);
            s.push('）');
        }
        s.push('。');
        out.push(Block::Para(s));
    }
}

/// 上年度查摆问题整改落实情况: counts in 项, then each problem and its status.
pub fn previous(inp: &Inputs, out: &mut Vec<Block>) {
    let prev: Vec<_> = inp
        .draft
        .previous
        .iter()
        .filter(|p| !p.text.trim().is_empty())
        .collect();
    out.push(Block::Para(if prev.is_empty() {
        placeholder("上年度（上次）查摆问题及整改落实情况尚未填写，请逐项列出问题和整改进展")
    } else {
        previous_counts(&prev)
    }));
    for (n, p) in prev.iter().enumerate() {
        let note = sentence(&p.note);
        let note = if note.is_empty() {
            placeholder("整改措施落实情况和成效")
        } else {
            note
        };
        let status = match p.status {
            Progress::Done => "已整改到位。",
            Progress::Ongoing => "正在持续推进。",
            Progress::LongTerm => "持续推进，需长期坚持。",
        };
        out.push(Block::Lead {
            lead: format!("{}关于“{}”的问题。", sub_numeral(n + 1), clause(&p.text)),
            text: status.to_string() + &note,
        });
    }
}

/// "（n）在{aspect}方面。": the lead of an aspect's paragraph.
fn aspect_lead(n: usize, aspect: &str) -> String {
    format!("{}在{aspect}方面。", sub_numeral(n))
}

/// 主要成绩 / 主要表现: the 工作实绩 first (with `work`), then each aspect with
/// the 具体事例 the person gave (with `examples`), or one plain sentence and
/// a placeholder asking for an example; the 工作实绩 last with `work_last`.
pub fn achievements(inp: &Inputs, part: &PartSpec, out: &mut Vec<Block>) {
    // Every paragraph is an aspect's, numbered in turn.
    let before = out.len();
    let mut push = |aspect: &str, text: String| {
        out.push(Block::Lead {
            lead: aspect_lead(out.len() - before + 1, aspect),
            text,
        })
    };
    let work = part.work.then(|| {
        let text = join_clauses(inp.draft.work.iter().map(|w| clause(w)).collect());
        if text.is_empty() {
            placeholder("全年主要工作和数据，如完成干部考察××人次、审核干部档案××卷、组织培训××期")
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
    for aspect in aspects {
        let mut seen: Vec<(&str, &str)> = Vec::new();
        let mut summary = String::new();
        let mut found = Vec::new();
        let mut led = false;
        for t in inp.templates {
            for s in t
                .sections
                .iter()
                .filter(|s| aspect_core(s.aspect()) == aspect)
            {
                if summary.is_empty() {
                    summary = clause(&s.summary);
                }
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
                    let e = clause(&a.evidence);
                    if !e.is_empty() && !seen.contains(&key) {
                        seen.push(key);
                        // The first example not starting with 在 leads: the
                        // lead already says 在……方面.
                        if !led && !e.starts_with('在') {
                            led = true;
                            found.insert(0, e);
                        } else {
                            found.push(e);
                        }
                    }
                }
            }
        }
        // The person's own examples speak for the aspect. An aspect
        // without one gets a plain sentence, its summary unless a problem
        // found under it would contradict it, and a placeholder.
        let text = if found.is_empty() {
            let contradicted = problems_by_aspect(inp).iter().any(|(a, _)| *a == aspect);
            let lead_in = if summary.is_empty() || contradicted {
                "本人能够对照要求抓好落实。".to_string()
            } else {
                format!("本人{summary}。")
            };
            lead_in + &placeholder("本方面的具体事例")
        } else {
            join_clauses(found)
        };
        push(&aspect, text);
    }
    if let Some(text) = last {
        push(WORK, text);
    }
}
