//! The drafted self-assessment text: 一、主要成绩 / 二、存在问题 /
//! 三、原因分析 / 四、整改措施, with the person's details, the scores, grades and
//! four-model profile. It states only what the person rated and wrote; what is
//! missing becomes a visible 【待补充：……】 placeholder, never invented text.

use super::draft::Draft;
use super::score::{model_profile, rated_items, score_template, to_rectify, RatedItem};
use super::template::Template;

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// A visible gap for the person to fill.
pub fn placeholder(what: &str) -> String {
    format!("【待补充：{what}】")
}

/// "（一）", "（二）" … for sub-headings.
pub fn sub_numeral(n: usize) -> String {
    let s = match n {
        1..=10 => NUMERALS[n - 1].to_string(),
        11..=19 => format!("十{}", NUMERALS[n - 11]),
        _ => n.to_string(),
    };
    format!("（{s}）")
}

/// A block of a report part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Para(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// "一、主要成绩" …
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// The drafted report, before it is rendered as text or Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    pub subtitle: String,
    /// 姓名 / 单位 / 职务 / 场合 / 日期 lines.
    pub meta: Vec<String>,
    /// Scores, grades and profile.
    pub summary: Vec<String>,
    pub parts: Vec<Part>,
}

/// The person's text trimmed, or a 【待补充：what】 placeholder when there is none.
pub fn or_placeholder(text: &str, what: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        placeholder(what)
    } else {
        t.to_string()
    }
}

fn quote_titles(templates: &[&Template]) -> String {
    templates
        .iter()
        .map(|t| format!("“{}”", t.title))
        .collect::<Vec<_>>()
        .join("")
}

/// Builds the report for `draft` over the templates it covers. `date` is the
/// date line as the person should read it (see [`chinese_date`]).
pub fn build_report(templates: &[&Template], draft: &Draft, date: &str) -> Report {
    let p = &draft.person;
    let title = if p.year.trim().is_empty() {
        "个人自评材料".to_string()
    } else {
        format!("{}年度个人自评材料", p.year.trim())
    };
    let subtitle = format!("——对照{}从严治部要求", quote_titles(templates));
    let meta = vec![
        format!(
            "姓名：{}　单位：{}　职务：{}",
            or_placeholder(&p.name, "姓名"),
            or_placeholder(&p.unit, "单位"),
            or_placeholder(&p.position, "职务")
        ),
        format!(
            "场合：{}　日期：{}",
            or_placeholder(&p.occasion, "场合"),
            date
        ),
    ];

    let rated = rated_items(templates, draft);
    let weak = to_rectify(&rated);
    let parts = vec![
        Part {
            heading: "一、主要成绩".into(),
            blocks: achievements(templates, &rated),
        },
        Part {
            heading: "二、存在问题".into(),
            blocks: problems(&weak),
        },
        Part {
            heading: "三、原因分析".into(),
            blocks: causes(draft, &weak),
        },
        Part {
            heading: "四、整改措施".into(),
            blocks: measures(&weak),
        },
    ];
    Report {
        title,
        subtitle,
        meta,
        summary: summary(templates, draft),
        parts,
    }
}

fn summary(templates: &[&Template], draft: &Draft) -> Vec<String> {
    let mut out = Vec::new();
    for t in templates {
        let r = score_template(t, draft);
        let mut line = match (r.score(), &r.grade) {
            (Some(s), Some(g)) => format!("对照“{}”自评得分 {s} 分，等次为“{g}”", t.title),
            _ => format!("对照“{}”尚未自评", t.title),
        };
        let unanswered = r.unanswered.len();
        if unanswered > 0 && r.score().is_some() {
            line.push_str(&format!(
                "（共 {} 项，尚有 {unanswered} 项未评）",
                r.tally.total
            ));
        }
        if r.tally.not_applicable > 0 {
            line.push_str(&format!("，其中 {} 项不适用", r.tally.not_applicable));
        }
        line.push('。');
        for v in &r.vetoes {
            line.push_str(&format!("一票否决：{}。", v.reason));
        }
        out.push(line);
    }
    let profile = model_profile(templates, draft);
    let parts: Vec<String> = profile
        .iter()
        .filter_map(|m| m.score().map(|s| format!("{} {s} 分", m.label)))
        .collect();
    if !parts.is_empty() {
        out.push(format!("“四个模范”画像：{}。", parts.join("、")));
    }
    out
}

fn achievements(templates: &[&Template], rated: &[RatedItem]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut heading_no = 0;
    for t in templates {
        let strong: Vec<&RatedItem> = rated
            .iter()
            .filter(|r| r.template.id == t.id && !r.level.weak)
            .collect();
        if strong.is_empty() {
            continue;
        }
        heading_no += 1;
        blocks.push(Block::Heading(format!(
            "{}对照“{}”",
            sub_numeral(heading_no),
            t.title
        )));
        for (n, r) in strong.iter().enumerate() {
            blocks.push(Block::Para(format!(
                "{}. 【{}】{}（自评：{}）具体事例：{}",
                n + 1,
                r.section.title,
                r.item.text,
                r.level.label,
                or_placeholder(&r.answer.evidence, "具体事例或佐证材料")
            )));
        }
    }
    if blocks.is_empty() {
        blocks.push(Block::Para(placeholder(
            "尚无自评为较好以上的条目，完成自评后在此列出主要成绩和具体事例",
        )));
    }
    blocks
}

fn problems(weak: &[RatedItem]) -> Vec<Block> {
    if weak.is_empty() {
        return vec![Block::Para(format!(
            "本次自评没有评为“一般”及以下的条目。{}",
            placeholder("对照更高标准查找的差距和不足")
        ))];
    }
    weak.iter()
        .enumerate()
        .map(|(n, r)| {
            let veto = if r.template.veto_for(&r.item.id).is_some()
                && r.template.lowest_level().map(|l| &l.id) == Some(&r.level.id)
            {
                "（一票否决项）"
            } else {
                ""
            };
            Block::Para(format!(
                "{}. 【{}】对照“{}”，自评“{}”{veto}。{}",
                n + 1,
                r.section.title,
                r.item.text.trim_end_matches('。'),
                r.level.label,
                or_placeholder(&r.answer.problem, "具体问题表现")
            ))
        })
        .collect()
}

fn causes(draft: &Draft, weak: &[RatedItem]) -> Vec<Block> {
    let mut blocks = vec![Block::Para(or_placeholder(
        &draft.cause,
        "从理想信念、党性修养、能力素质、工作作风等方面深入剖析产生问题的根源",
    ))];
    for r in weak.iter().filter(|r| !r.answer.cause.trim().is_empty()) {
        blocks.push(Block::Para(format!(
            "关于“{}”方面的问题：{}",
            r.section.title,
            r.answer.cause.trim()
        )));
    }
    blocks
}

fn measures(weak: &[RatedItem]) -> Vec<Block> {
    if weak.is_empty() {
        return vec![Block::Para(placeholder("下一步努力方向和具体措施"))];
    }
    weak.iter()
        .enumerate()
        .map(|(n, r)| {
            Block::Para(format!(
                "{}. 针对【{}】方面的问题：{}（整改时限：{}）",
                n + 1,
                r.section.title,
                or_placeholder(&r.answer.measure, "整改措施"),
                or_placeholder(&r.answer.deadline, "整改时限")
            ))
        })
        .collect()
}

impl Report {
    /// Plain text: paragraphs indented by two full-width spaces, as in an
    /// official document.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        s.push_str(&self.title);
        s.push('\n');
        s.push_str(&self.subtitle);
        s.push_str("\n\n");
        for m in &self.meta {
            s.push_str(m);
            s.push('\n');
        }
        s.push('\n');
        for line in &self.summary {
            s.push_str("　　");
            s.push_str(line);
            s.push('\n');
        }
        for part in &self.parts {
            s.push('\n');
            s.push_str(&part.heading);
            s.push('\n');
            for b in &part.blocks {
                match b {
                    Block::Heading(h) => s.push_str(&format!("　　{h}\n")),
                    Block::Para(p) => s.push_str(&format!("　　{p}\n")),
                }
            }
        }
        s
    }

    /// Markdown with every piece of the person's text escaped, so that
    /// nothing they typed becomes markup or HTML.
    pub fn to_markdown(&self) -> String {
        let mut s = format!(
            "# {}\n\n{}\n\n",
            md_escape(&self.title),
            md_escape(&self.subtitle)
        );
        for m in &self.meta {
            s.push_str(&format!("{}  \n", md_escape(m)));
        }
        s.push('\n');
        for line in &self.summary {
            s.push_str(&format!("{}\n\n", md_escape(line)));
        }
        for part in &self.parts {
            s.push_str(&format!("## {}\n\n", md_escape(&part.heading)));
            for b in &part.blocks {
                match b {
                    Block::Heading(h) => s.push_str(&format!("### {}\n\n", md_escape(h))),
                    Block::Para(p) => s.push_str(&format!("{}\n\n", md_escape(p))),
                }
            }
        }
        s
    }
}

/// Escapes Markdown and HTML syntax so text shows as typed.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("  \n"),
            _ => out.push(c),
        }
    }
    out
}

/// "2026年11月24日" for a time in ms since the epoch, in China Standard Time
/// (UTC+8, no daylight saving).
pub fn chinese_date(epoch_ms: i64) -> String {
    let (y, m, d) = civil_date(epoch_ms);
    format!("{y}年{m}月{d}日")
}

/// (year, month, day) in UTC+8 for ms since the epoch.
pub fn civil_date(epoch_ms: i64) -> (i64, u32, u32) {
    let days = (epoch_ms + 8 * 3_600_000).div_euclid(86_400_000);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
