//! The 材料: prose a reviewer recognises (GENRE.md), shaped by the occasion.
//! Title, opening, the occasion's parts in order (numbered 一、→（一）→1．),
//! the closing 表态, then the name and the date on their own lines, and a
//! 自评表 only where the occasion allows scores. It states only what the
//! person rated and wrote; what is missing is a visible 【待补充：……】.

use std::fmt::Write as _;

mod causes;
mod grade;
mod groups;
mod inputs;
mod opening;
mod parts;
mod tag;
mod text;

use grade::chosen_grade_sentence;
pub use grade::grade_sentence;
pub use inputs::{problem_aspect, Inputs};
use tag::{frame, mine, settle_blocks};
use text::nest_quotes;
pub use text::{clause, fix_quotes, sentence, tidy_spacing};
use ziping_core::{grade_barred, month_text, occasion_grade, what_it_says, OccasionGrade};

use crate::report::{
    or_placeholder, part_numeral, placeholder, sub_numeral, Appendix, Block, Report,
};
use crate::table::Table;
use ziping_core::{item_state, score_template, ItemState, TemplateResult};
use ziping_core::{says_nothing, GradeShown, PartKind};
use ziping_core::{Effect, Template};

/// The notice as the opening cites it: a document's name in 《》; what names
/// no document (2026年度组织生活会) as written: 根据2026年度组织生活会要求;
/// none, or 无, asked for.
fn notice(text: &str) -> String {
    let t = text.trim();
    let document = ["通知", "方案", "意见", "安排", "办法", "要点"]
        .iter()
        .any(|w| t.trim_end_matches(['》', '。']).ends_with(w));
    if says_nothing(t) {
        placeholder("通知名称")
    } else if t.starts_with('《') || !document {
        mine(t.to_string())
    } else {
        format!("《{}》", mine(t.to_string()))
    }
}

/// An occasion's opening or closing with its placeholders filled from the
/// person's inputs (see [`opening::values`]); a clause whose placeholder
/// comes out empty is left out.
fn fill(template: &str, inp: &Inputs) -> String {
    let year = inp.draft.person.year.trim();
    let s = if year.is_empty() {
        template
            .replace("{year}年", "本年度")
            .replace("{year}", "本")
    } else {
        template.replace("{year}", year)
    };
    let mut values = opening::values(inp);
    values.push(("{notice}", notice(&inp.draft.notice)));
    opening::fill_clauses(&s, &values)
}

/// The person's entry, marked as theirs, or a placeholder asking for it.
fn entry_or_ask(text: &str, what: &str) -> String {
    match text.trim() {
        "" => placeholder(what),
        t => mine(t.to_string()),
    }
}

/// 基本情况 in one sentence (GENRE §1): 姓名，性别，民族，出生年月，学历，
/// 入党时间 (a 预备党员 said so), and 现任 单位 and 职务; each not given asked for.
fn basic(inp: &Inputs) -> String {
    let p = &inp.draft.person;
    let mut s = format!("本人{}", entry_or_ask(&p.name, "姓名"));
    let with_suffix = |text: &str, suffix: &str| match text.trim() {
        "" => None,
        t if t.ends_with(suffix) => Some(t.to_string()),
        t => Some(format!("{t}{suffix}")),
    };
    let details = [
        (with_suffix(&p.gender, ""), "性别"),
        (with_suffix(&p.ethnicity, "族"), "民族"),
        (with_suffix(&month_text(&p.born), "出生"), "出生年月"),
        // As the 干部任免审批表 writes it: 大学本科学历, never 本科学历.
        (
            with_suffix(
                match p.education.trim().trim_end_matches("学历") {
                    "本科" => "大学本科",
                    "专科" | "大专" => "大学专科",
                    t => t,
                },
                "学历",
            ),
            "学历",
        ),
    ];
    // Those not given next to each other asked for once (【待补充：民族、出生年月】).
    let mut parts: Vec<(bool, String)> = Vec::new();
    for (detail, what) in details {
        match (detail, parts.last_mut()) {
            (Some(detail), _) => parts.push((false, mine(detail))),
            (None, Some((true, asked))) => *asked += &format!("、{what}"),
            (None, _) => parts.push((true, what.to_string())),
        }
    }
    for (asked, text) in parts {
        s.push('，');
        s.push_str(&if asked { placeholder(&text) } else { text });
    }
    let joined = month_text(
        p.joined
            .trim()
            .trim_end_matches("入党")
            .trim_end_matches("加入中国共产党"),
    );
    let joined = entry_or_ask(&joined, "入党时间");
    // A 预备党员 is said so; "现任" then loses its 现 to the line before.
    let (joined, post) = if p.is_probationary() {
        (format!("{joined}入党，现为中共预备党员"), "任")
    } else {
        (format!("{joined}加入中国共产党"), "现任")
    };
    let held = match (p.unit.trim(), p.position.trim()) {
        ("", "") => placeholder("单位及职务"),
        _ => entry_or_ask(&p.unit, "单位") + &entry_or_ask(&p.position, "职务"),
    };
    let _ = write!(s, "，{joined}，{post}{held}。");
    s
}

/// The grade part's text: the 自评等次 the member chose (`chosen`; none for
/// a 预备党员, and a choice the veto facts rule out asked for again), else
/// the computed 参考等次 — or, with a 自评表, only a pointer to it.
fn grade_part(
    inp: &Inputs,
    grade: &OccasionGrade,
    chosen: bool,
    under_heading: bool,
) -> Option<String> {
    let o = inp.occasion;
    if chosen {
        if inp.draft.person.is_probationary() {
            return None;
        }
        let choice = match inp.draft.self_grade.trim() {
            "" => placeholder("自评等次"),
            c if grade_barred(o, grade, c) => {
                placeholder(&format!("自评等次（“{c}”与下述情形不符，请重新选择）"))
            }
            c => mine(c.to_string()),
        };
        return Some(chosen_grade_sentence(grade, &choice, under_heading));
    }
    // With a 自评表 the score and grade stand in it only: the body praises
    // nobody and points to the table.
    let mut s = if o.appendix {
        "逐项自评情况详见附件。".to_string()
    } else {
        grade_sentence(grade, o.score, under_heading)
    };
    if o.grade == GradeShown::Optional && grade.remaining == 0 && !grade.no_grade {
        s.push_str("最终等次以考核委员会确定的为准。");
    }
    Some(s)
}

/// Builds the 材料 for the draft over its templates, as the occasion shapes it.
pub fn build_material(inp: &Inputs) -> Report {
    let o = inp.occasion;
    let mut blocks = Vec::new();
    let opening = fill(&o.opening, inp);
    if !opening.trim().is_empty() {
        blocks.push(Block::Para(opening));
    }
    let grade = occasion_grade(o, inp.templates, inp.draft);
    let shows_grade = o.shows_grade(inp.draft);
    let mut n = 0;
    for part in o.parts_for(inp.draft.alt_layout) {
        let heading = part.heading.trim();
        if part.kind == PartKind::Grade {
            let under_heading = !heading.is_empty();
            if let Some(s) =
                grade_part(inp, &grade, part.chosen, under_heading).filter(|_| shows_grade)
            {
                blocks.push(if under_heading {
                    Block::Lead {
                        lead: heading.to_string() + "：",
                        text: s,
                    }
                } else {
                    Block::Para(s)
                });
            }
            continue;
        }
        if !heading.is_empty() {
            n += 1;
            blocks.push(Block::Heading(part_numeral(n) + heading));
        }
        let out = &mut blocks;
        match part.kind {
            PartKind::Basic => out.push(Block::Para(basic(inp))),
            PartKind::Achievements if !part.groups.is_empty() => {
                groups::groups(inp, part, &mut n, out)
            }
            PartKind::Problems if part.prose => parts::problems_prose(inp, out),
            PartKind::Measures if part.prose => parts::measures_prose(inp, out),
            PartKind::Achievements => parts::achievements(inp, part, out),
            PartKind::Previous => parts::previous(inp, out),
            PartKind::Problems => parts::problems(inp, part, out),
            PartKind::Causes => causes::causes(inp, out),
            PartKind::Measures => parts::measures(inp, part.deadlines, out),
            PartKind::Grade => {}
        }
    }
    let closing = fill(&o.closing, inp);
    if !closing.trim().is_empty() {
        blocks.push(Block::Para(closing));
    }
    if o.appendix {
        // Official habit: the attachment is named after the body.
        blocks.push(Block::Para(frame("附件：个人自评表".to_string())));
    }
    blocks.iter_mut().for_each(quote_block);
    let share = settle_blocks(&mut blocks);
    Report {
        title: inp.occasion.title_for(&inp.draft.person.year),
        blocks,
        signature: vec![
            or_placeholder(&inp.draft.person.name, "姓名"),
            inp.date.to_string(),
        ],
        appendix: o
            .appendix
            .then(|| appendix(inp, shows_grade.then_some(&grade))),
        share,
    }
}

/// Nests the quotes of a block: across the lead and the text of a run-in
/// paragraph as of one paragraph. Two requests side by side are one
/// (【待补充：……。……】: a "；" would run an example into the next request).
fn quote_block(b: &mut Block) {
    let one = |t: String| t.replace("】【待补充：", "。");
    match b {
        Block::Heading(t) | Block::Para(t) => *t = one(fix_quotes(t)),
        Block::Lead { lead, text } => {
            let mut open = Vec::new();
            *lead = nest_quotes(&mut open, lead);
            *text = one(nest_quotes(&mut open, text));
        }
    }
}

/// A row of the 自评表, quotes nested in every cell. One function for every
/// row keeps the cells' copying in one place in the code.
fn row(cells: &[&str]) -> Vec<String> {
    // (A loop, not `collect`: the iterator's code would be one more copy.)
    let mut row = Vec::new();
    for c in cells {
        row.push(fix_quotes(c));
    }
    row
}

/// Adds a table of the 自评表 named `name`, titled （一）name, （二）name …,
/// its headers a space-separated list; the rows come from [`row`].
fn push_table(
    tables: &mut Vec<Table>,
    name: &str,
    headers: &str,
    widths: &[u32],
    rows: Vec<Vec<String>>,
) {
    tables.push(Table {
        name: name.to_string(),
        title: fix_quotes(&(sub_numeral(tables.len() + 1) + name)),
        headers: headers.split(' ').map(String::from).collect(),
        widths: widths.to_vec(),
        rows,
        ..Table::default()
    });
}

/// An item's statement for the 自评表: without its closing full stop and
/// without an instruction to the person in brackets (（……评为“不适用”）).
fn statement(text: &str) -> &str {
    let mut t = text.trim().trim_end_matches('。');
    if let Some((before, bracket)) = t.rsplit_once("（") {
        if bracket.ends_with('）') && bracket.contains("评为") && bracket.contains("不适用") {
            t = before.trim_end().trim_end_matches('。');
        }
    }
    t
}

/// 评价内容 as a standard, not a vow: the statement without its leading
/// 本人 (本人的工作成效…… → 工作成效……). The templates keep their wording
/// for the screens that ask the person.
fn standard(text: &str) -> &str {
    let t = statement(text);
    t.strip_prefix("本人的")
        .or_else(|| t.strip_prefix("本人"))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(t)
}

/// Points given in hundredths, as the 自评表 shows them: "4.0", "3.2", "2.25".
fn points(h: u64) -> String {
    if h % 10 == 0 {
        format!("{}.{}", h / 100, h / 10 % 10)
    } else {
        format!("{}.{:02}", h / 100, h % 100)
    }
}

/// The 合计 row of a checklist's table: the score the body states. Where
/// 不适用 items (or weights not adding up to 100) make it a converted figure,
/// the row says so and shows the sum it comes from.
fn total_row(r: &TemplateResult) -> Vec<String> {
    let t = &r.tally;
    let full: u64 = r.sections.iter().map(|s| s.weight).sum();
    let mut how = String::new();
    let (max, score) = match t.score() {
        _ if !t.is_complete() => {
            let _ = write!(how, "尚有{}项未评，评完后合计", t.total - t.answered);
            (full, None)
        }
        Some(sc) if t.not_applicable == 0 && t.possible == 10_000 => (100, Some(sc)),
        sc => {
            if t.not_applicable > 0 {
                let _ = write!(
                    how,
                    "不适用{}项（计{}分）不计入，",
                    t.not_applicable,
                    full.saturating_sub(t.possible / 100)
                );
            }
            let _ = write!(
                how,
                "按实得分÷应得分折算为百分制：{}÷{}×100",
                points(t.earned),
                t.possible / 100
            );
            if let Some(s) = sc {
                let _ = write!(how, "≈{s}");
            }
            (100, sc)
        }
    };
    let score = score.map(|s| s.to_string());
    row(&[
        "合计",
        "",
        &how,
        &max.to_string(),
        "",
        score.as_deref().unwrap_or("—"),
        "",
    ])
}

/// 计分办法 of a checklist, from its scale: "好、较好、一般、较差分别按该条
/// 分值的100%、80%、60%、30%计分".
fn scoring_rule(t: &Template) -> String {
    let mut labels = String::new();
    let mut shares = String::new();
    for (n, l) in t.scale.levels.iter().enumerate() {
        if n > 0 {
            labels.push('、');
            shares.push('、');
        }
        labels.push_str(&l.label);
        let _ = write!(shares, "{}%", l.share);
    }
    labels + "分别按该条分值的" + &shares + "计分"
}

/// 附件：个人自评表: one table per checklist, each statement numbered
/// (序号) with its 分值, rating, 得分 and note, and a 合计 row, then the veto
/// facts, each once. A statement two checklists share is rated once: each
/// checklist is scored on its own (its 合计 is the score the app shows), so
/// the later table counts it at its own weight, but its note only points to
/// the row where its examples and problems stand (见（一）第N项).
fn appendix(inp: &Inputs, grade: Option<&OccasionGrade>) -> Appendix {
    // Problems found under an item, by the answer it belongs to: those of a
    // shared statement are noted where it first stands.
    let mut on_item: Vec<((&str, &str), String)> = Vec::new();
    for p in &inp.draft.problems {
        let Some(l) = &p.item else { continue };
        let key = inp
            .templates
            .iter()
            .find(|t| t.id == l.template)
            .and_then(|t| Some(t.answer_key(t.item(&l.item)?)))
            .unwrap_or((&l.template, &l.item));
        // As the 材料's own 存在的问题 states it.
        let c = clause(&parts::problem_words(&p.text));
        if !c.is_empty() {
            on_item.push((key, "问题：".to_string() + &c));
        }
    }
    let mut tables = Vec::new();
    let mut facts = Vec::new();
    let mut facts_seen = Vec::new();
    let mut rules: Vec<(&str, String)> = Vec::new();
    // Where each answer was first shown: its key and "（一）第N项".
    let mut first: Vec<((&str, &str), String)> = Vec::new();
    let mut shared = false;
    for t in inp.templates {
        let rule = scoring_rule(t);
        if !rules.iter().any(|(_, r)| *r == rule) {
            rules.push((&t.title, rule));
        }
        let top = t.scale.levels.iter().map(|l| l.share).max().unwrap_or(0);
        let mut rows = Vec::new();
        for (n, (section, item)) in t.items().enumerate() {
            let answer = inp.draft.answer_for(t, item);
            let w = u64::from(item.weight);
            let key = t.answer_key(item);
            // A point taken off, or a statement left out, is explained.
            let (rating, share, ask) = match item_state(t, item, answer) {
                ItemState::Unanswered => ("未评", None, ""),
                ItemState::NotApplicable => {
                    (&t.scale.not_applicable_label[..], None, "不适用的原因")
                }
                ItemState::Rated(l) => (
                    &l.label[..],
                    Some(l.share),
                    if l.share < top {
                        "扣分的具体问题或事例"
                    } else {
                        ""
                    },
                ),
            };
            let note = match first.iter().find(|(k, _)| *k == key) {
                // Rated once: its examples stand where it was first shown.
                Some((_, at)) => {
                    shared = true;
                    format!("见{at}")
                }
                None => {
                    first.push((
                        key,
                        format!("{}第{}项", sub_numeral(tables.len() + 1), n + 1),
                    ));
                    // 无, 同上 … are no note: a row below full marks still asks.
                    let mut note = answer
                        .map(|a| clause(what_it_says(&a.evidence)))
                        .filter(|e| !e.is_empty())
                        .unwrap_or_default();
                    for (_, p) in on_item.iter().filter(|(k, _)| *k == key) {
                        if !note.is_empty() {
                            note.push('；');
                        }
                        note.push_str(p);
                    }
                    if note.is_empty() && !ask.is_empty() {
                        note = placeholder(ask);
                    }
                    note
                }
            };
            rows.push(row(&[
                &section.title,
                &(n + 1).to_string(),
                standard(&item.text),
                &w.to_string(),
                rating,
                share
                    .map(|s| points(u64::from(s) * w))
                    .as_deref()
                    .unwrap_or("—"),
                &note,
            ]));
        }
        rows.push(total_row(&score_template(t, inp.draft)));
        push_table(
            &mut tables,
            &t.title,
            "评价项目 序号 评价内容 分值 自评等次 得分 具体事例或问题",
            &[11, 6, 31, 6, 11, 7, 18],
            rows,
        );
        // The facts the draft is asked; a gate is not a 情形 of its own.
        let listed = t.facts.iter().filter(|f| f.effect != Effect::Gate);
        for f in listed.filter(|f| inp.draft.asks(f)) {
            // A fact shared by two templates is one fact, listed once.
            if facts_seen.contains(&&f.id) {
                continue;
            }
            facts_seen.push(&f.id);
            let answer = match inp.draft.answer_to(f) {
                None => "未答",
                Some(true) => "是",
                Some(false) => "否",
            };
            facts.push(row(&[&f.question, answer]));
        }
    }
    // The veto facts after every checklist.
    if !facts.is_empty() {
        push_table(
            &mut tables,
            "否决情形",
            "否决事项 是否存在",
            &[74, 16],
            facts,
        );
    }
    Appendix {
        title: "个人自评表".to_string(),
        summary: {
            // Whose table it is, for a page printed on its own.
            let p = &inp.draft.person;
            let mut lines = vec![format!(
                "姓名：{}　　单位及职务：{}{}",
                or_placeholder(&p.name, "姓名"),
                or_placeholder(&p.unit, "单位"),
                or_placeholder(&p.position, "职务")
            )];
            // The score and grade stand here, not in the body.
            if let Some(g) = grade {
                lines.push(grade_sentence(g, inp.occasion.score, false));
            }
            // 计分办法, once where the checklists score alike.
            let mut rule = "计分办法：".to_string();
            match &rules[..] {
                [(_, one)] => rule.push_str(one),
                all => {
                    for (n, (title, r)) in all.iter().enumerate() {
                        if n > 0 {
                            rule.push('；');
                        }
                        let _ = write!(rule, "“{title}”{r}");
                    }
                }
            }
            rule.push_str("；不适用的条目不计分，合计按实得分÷应得分×100折算");
            if shared {
                rule.push_str(
                    "；各表共有的条目只评一次，按各表分值分别计入合计，事例和问题列在首次出现处",
                );
            }
            rule.push('。');
            lines.push(fix_quotes(&rule));
            lines
        },
        tables,
    }
}
