//! The 材料: prose a reviewer recognises (GENRE.md), shaped by the occasion.
//! Title, opening, the occasion's parts in order (numbered 一、→（一）→1．),
//! the closing 表态, then the name and the date on their own lines, and a
//! 自评表 only where the occasion allows scores. It states only what the
//! person rated and wrote; what is missing is a visible 【待补充：……】.

mod causes;
mod grade;
mod parts;
mod text;

pub use grade::{grade_sentence, occasion_grade, OccasionGrade};
pub use parts::problem_aspect;
pub use text::{clause, fix_quotes, sentence, tidy_spacing};

use super::draft::Draft;
use super::occasion::{GradeShown, Occasion, PartKind};
use super::problem::aspect_core;
use super::report::{or_placeholder, part_numeral, placeholder, Appendix, Block, Report};
use super::score::{item_state, ItemState};
use super::template::Template;

/// What a 材料 is drafted from.
pub struct Inputs<'a> {
    pub templates: &'a [&'a Template],
    pub draft: &'a Draft,
    pub occasion: &'a Occasion,
    /// The date line, e.g. "2026年11月26日".
    pub date: &'a str,
    /// The problems by aspect, worked out once (see [`parts::problems_by_aspect`]).
    pub(crate) groups: std::cell::OnceCell<Vec<(String, Vec<&'a super::problem::Problem>)>>,
}

impl<'a> Inputs<'a> {
    pub fn new(
        templates: &'a [&'a Template],
        draft: &'a Draft,
        occasion: &'a Occasion,
        date: &'a str,
    ) -> Inputs<'a> {
        Inputs {
            templates,
            draft,
            occasion,
            date,
            groups: std::cell::OnceCell::new(),
        }
    }
}

impl Inputs<'_> {
    /// The draft's aspects in their core form (旗帜鲜明讲政治), blanks left out.
    pub fn aspects(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for a in &self.draft.aspects {
            let a = aspect_core(a).to_string();
            if !a.is_empty() && !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }
}

fn notice(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        placeholder("通知名称")
    } else if t.starts_with('《') {
        t.to_string()
    } else {
        format!("《{t}》")
    }
}

fn fill(template: &str, inp: &Inputs) -> String {
    let year = inp.draft.person.year.trim();
    let s = if year.is_empty() {
        template
            .replace("{year}年", "本年度")
            .replace("{year}", "本")
    } else {
        template.replace("{year}", year)
    };
    s.replace("{notice}", &notice(&inp.draft.notice))
}

/// 基本情况 in a sentence.
fn basic(inp: &Inputs) -> String {
    let p = &inp.draft.person;
    format!(
        "本人{}，中共党员，{}入党，现任{}{}。",
        or_placeholder(&p.name, "姓名"),
        or_placeholder(p.joined.trim().trim_end_matches("入党"), "入党时间"),
        or_placeholder(&p.unit, "单位"),
        or_placeholder(&p.position, "职务")
    )
}

/// Builds the 材料 for the draft over its templates, as the occasion shapes it.
pub fn build_material(inp: &Inputs) -> Report {
    let o = inp.occasion;
    let mut blocks = Vec::new();
    let opening = fill(&o.opening, inp);
    if !opening.trim().is_empty() {
        blocks.push(Block::Para(fix_quotes(&opening)));
    }
    let grade = occasion_grade(o, inp.templates, inp.draft);
    let shows_grade = match o.grade {
        GradeShown::Never => false,
        GradeShown::Optional => inp.draft.show_grade,
        GradeShown::Always => true,
    };
    let mut n = 0;
    for part in &o.parts {
        let body = match part.kind {
            PartKind::Basic => vec![Block::Para(basic(inp))],
            PartKind::Achievements => parts::achievements(inp, part),
            PartKind::Previous => parts::previous(inp),
            PartKind::Problems => parts::problems(inp, part.by_aspect),
            PartKind::Causes => causes::causes(inp),
            PartKind::Measures => parts::measures(inp, part.deadlines),
            PartKind::Grade => {
                if !shows_grade {
                    continue;
                }
                let heading = part.heading.trim();
                let mut s = grade_sentence(&grade, o.score, !heading.is_empty());
                if o.appendix && grade.remaining == 0 && !grade.no_grade {
                    s.push_str("自评表详见附件。");
                }
                if o.grade == GradeShown::Optional && grade.remaining == 0 && !grade.no_grade {
                    s.push_str("最终等次以考核委员会确定的为准。");
                }
                if heading.is_empty() {
                    blocks.push(Block::Para(s));
                } else {
                    blocks.push(Block::Lead {
                        lead: format!("{heading}："),
                        text: s,
                    });
                }
                continue;
            }
        };
        if part.heading.trim().is_empty() {
            blocks.extend(body);
        } else {
            n += 1;
            blocks.push(Block::Heading(format!(
                "{}{}",
                part_numeral(n),
                part.heading.trim()
            )));
            blocks.extend(body);
        }
    }
    let closing = fill(&o.closing, inp);
    if !closing.trim().is_empty() {
        blocks.push(Block::Para(fix_quotes(&closing)));
    }
    if o.appendix {
        // Official habit: the attachment is named after the body.
        blocks.push(Block::Para("附件：个人自评表".to_string()));
    }
    let blocks = blocks.into_iter().map(quote_block).collect();
    Report {
        title: inp.occasion.title_for(&inp.draft.person.year),
        blocks,
        signature: vec![
            or_placeholder(&inp.draft.person.name, "姓名"),
            inp.date.to_string(),
        ],
        appendix: o.appendix.then(|| appendix(inp, &grade)),
    }
}

fn quote_block(b: Block) -> Block {
    match b {
        Block::Heading(h) => Block::Heading(fix_quotes(&h)),
        Block::Para(p) => Block::Para(fix_quotes(&p)),
        Block::Lead { lead, text } => {
            // Quotes are nested across the lead and the text as one paragraph.
            let whole = fix_quotes(&format!("{lead}\u{1}{text}"));
            let (lead, text) = whole.split_once('\u{1}').unwrap_or((&whole, ""));
            Block::Lead {
                lead: lead.to_string(),
                text: text.to_string(),
            }
        }
    }
}

/// An item's statement for the 自评表: without its closing full stop and
/// without an instruction to the person in brackets (（……评为“不适用”）).
fn statement(text: &str) -> String {
    let mut t = text.trim().trim_end_matches('。');
    if let Some(at) = t.rfind('（') {
        let bracket = &t[at..];
        if bracket.ends_with('）') && bracket.contains("评为") && bracket.contains("不适用") {
            t = t[..at].trim_end().trim_end_matches('。');
        }
    }
    t.to_string()
}

/// 附件：个人自评表: the score sentence and every statement once, with its
/// rating and note (a statement two checklists share names both), then the
/// veto facts.
fn appendix(inp: &Inputs, grade: &OccasionGrade) -> Appendix {
    let mut rows: Vec<[String; 4]> = Vec::new();
    type Key<'a> = (&'a str, &'a str);
    let mut keys_seen: Vec<(Key, usize)> = Vec::new();
    let mut facts_seen = Vec::new();
    // Problems by the item they were found under, looked up once.
    let on_item: Vec<((&str, &str), &str)> = inp
        .draft
        .problems
        .iter()
        .filter_map(|p| {
            let l = p.item.as_ref()?;
            Some(((l.item.as_str(), l.template.as_str()), p.text.as_str()))
        })
        .collect();
    // The problems found under an item (by the answer's key or the item's
    // own), as notes.
    let problems_under = |keys: &[(&str, &str)]| -> Vec<String> {
        on_item
            .iter()
            .filter(|(k, _)| keys.contains(k))
            .map(|(_, text)| clause(text))
            .filter(|c| !c.is_empty())
            .map(|c| format!("问题：{c}"))
            .collect()
    };
    let mut facts = Vec::new();
    for t in inp.templates {
        for (section, item) in t.items() {
            let where_ = format!("{}·{}", t.title, section.title);
            let (key_t, key_i) = t.answer_key(item);
            // Item id first: it tells items apart sooner than the template id.
            let own = (item.id.as_str(), t.id.as_str());
            if let Some((_, row)) = keys_seen.iter().find(|(k, _)| *k == (key_i, key_t)) {
                // A statement two checklists share: one row naming both.
                let row = &mut rows[*row];
                row[0].push('；');
                row[0].push_str(&where_);
                for note in problems_under(&[own]) {
                    if !row[3].split('；').any(|n| n == note) {
                        if !row[3].is_empty() {
                            row[3].push('；');
                        }
                        row[3].push_str(&note);
                    }
                }
                continue;
            }
            keys_seen.push(((key_i, key_t), rows.len()));
            let answer = inp.draft.answer_for(t, item);
            let rating = match item_state(t, item, answer) {
                ItemState::Unanswered => "未评".to_string(),
                ItemState::NotApplicable => t.scale.not_applicable_label.clone(),
                ItemState::Rated(l) => l.label.clone(),
            };
            let mut notes: Vec<String> = answer
                .map(|a| clause(&a.evidence))
                .filter(|e| !e.is_empty())
                .into_iter()
                .collect();
            let keys = if own == (key_i, key_t) {
                vec![own]
            } else {
                vec![(key_i, key_t), own]
            };
            notes.extend(problems_under(&keys));
            rows.push([where_, statement(&item.text), rating, notes.join("；")]);
        }
        for f in &t.facts {
            // A fact shared by two templates is one fact, listed once.
            if facts_seen.contains(&&f.id) {
                continue;
            }
            facts_seen.push(&f.id);
            let answer = match inp.draft.fact(&f.id) {
                None => "未答",
                Some(true) => "是",
                Some(false) => "否",
            };
            facts.push([
                "否决情形".to_string(),
                f.question.clone(),
                answer.to_string(),
                String::new(),
            ]);
        }
    }
    // The veto facts after every statement.
    rows.extend(facts);
    Appendix {
        title: "附件：个人自评表".to_string(),
        // The body states the score in one sentence where the occasion shows it.
        summary: if inp.occasion.score && inp.occasion.grade != GradeShown::Never {
            Vec::new()
        } else {
            vec![grade_sentence(grade, true, false)]
        },
        rows: rows
            .into_iter()
            .map(|r| r.map(|c| fix_quotes(&c)))
            .collect(),
    }
}
