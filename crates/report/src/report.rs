//! The shape of a drafted 材料 ([`Report`]: title, blocks, signature, an
//! optional 自评表) and its renderings as plain text and Markdown, with the
//! small helpers every rendering shares (numbering, dates, placeholders).
//! What goes into it is decided in `material`.

use crate::table::Table;

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// A visible gap for the person to fill.
pub fn placeholder(what: &str) -> String {
    format!("【待补充：{what}】")
}

/// A place in the 材料 still to fill: a 【待补充：……】 placeholder, or an
/// example slot 【……】 left in a wording (比如【……】).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// Where it is, in UTF-16 code units (a text field's selection).
    pub start: u32,
    pub end: u32,
    /// What it asks for, in a few words (姓名; 比如【……】 with the words
    /// before it).
    pub what: String,
}

impl Gap {
    /// An example slot (比如【……】), which the person fills inside their
    /// own sentence, rather than a 【待补充：……】: [`gap_what`] names a
    /// slot by the words before it and its 【……】.
    pub fn is_slot(&self) -> bool {
        self.what.ends_with("【……】")
    }
}

/// The gaps left in `text`, in order. Other 【】 (a quoted title) are not
/// gaps. Each 】 closes the nearest open 【, so a stray 【 or 】 never
/// swallows the text after it; a gap inside another gap counts once.
pub fn gaps(text: &str) -> Vec<Gap> {
    // Every 【 in order, with the end of the 】 that closes it (bytes).
    let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
    let mut open: Vec<usize> = Vec::new(); // indices into `pairs`
    for (i, c) in text.char_indices() {
        match c {
            '【' => {
                open.push(pairs.len());
                pairs.push((i, None));
            }
            '】' => {
                if let Some(k) = open.pop() {
                    pairs[k].1 = Some(i + '】'.len_utf8());
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut covered = 0usize; // the end of the last gap taken
    for (start, end) in pairs {
        let Some(end) = end.filter(|_| start >= covered) else {
            continue;
        };
        let inner = &text[start + '【'.len_utf8()..end - '】'.len_utf8()];
        let Some(what) = gap_what(&text[..start], inner) else {
            continue;
        };
        let utf16 = |b: usize| text[..b].encode_utf16().count() as u32;
        out.push(Gap {
            start: utf16(start),
            end: utf16(end),
            what,
        });
        covered = end;
    }
    out
}

/// What a 【inner】 asks for, or `None` when it is not a gap; `before` is
/// the text in front of it.
fn gap_what(before: &str, inner: &str) -> Option<String> {
    if let Some(asked) = inner.strip_prefix("待补充") {
        let asked = asked.trim_start_matches(['：', ':']).trim();
        // A few words: up to the first pause, at most 12 characters.
        let asked = asked.split(['，', '；', ',']).next().unwrap_or("");
        let mut short: String = asked.chars().take(12).collect();
        if short.chars().count() < asked.chars().count() {
            short.push('…');
        }
        Some(if short.is_empty() {
            "待补充".to_string()
        } else {
            short
        })
    } else if !inner.is_empty() && inner.chars().all(|c| matches!(c, '…' | '.' | '。' | '·')) {
        // The words before the slot say what example it wants.
        let lead: Vec<char> = before
            .chars()
            .rev()
            .take_while(|c| !"。；\n，".contains(*c))
            .collect();
        let lead: String = lead.into_iter().rev().collect();
        let lead: Vec<char> = lead.trim().chars().collect();
        let lead: String = lead[lead.len().saturating_sub(8)..].iter().collect();
        Some(format!("{lead}【……】"))
    } else {
        None
    }
}

/// The notice before a copy or download: 还有3处待补充.
pub fn gaps_label(n: usize) -> String {
    format!("还有{n}处待补充")
}

/// "（一）", "（二）" … for sub-headings.
pub fn sub_numeral(n: usize) -> String {
    format!("（{}）", chinese_numeral(n))
}

/// "一", "二" … "九十九" for counts and numbering.
pub fn chinese_numeral(n: usize) -> String {
    match n {
        1..=10 => NUMERALS[n - 1].to_string(),
        11..=19 => format!("十{}", NUMERALS[n - 11]),
        20..=99 => {
            let tens = NUMERALS[n / 10 - 1];
            match n % 10 {
                0 => format!("{tens}十"),
                u => format!("{tens}十{}", NUMERALS[u - 1]),
            }
        }
        _ => n.to_string(),
    }
}

/// "一、" for a part heading.
pub fn part_numeral(n: usize) -> String {
    format!("{}、", chinese_numeral(n))
}

/// "1．" (full-width full stop) for the third level.
pub fn item_numeral(n: usize) -> String {
    format!("{n}．")
}

/// A block of the 材料, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A numbered part heading: "一、存在的问题".
    Heading(String),
    /// A paragraph.
    Para(String),
    /// A paragraph led by a run-in heading: "（一）在旗帜鲜明讲政治方面。" + text.
    Lead { lead: String, text: String },
}

/// The 自评表 appended where the occasion allows scores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appendix {
    pub title: String,
    /// Scores and 参考等次, one line each.
    pub summary: Vec<String>,
    /// One table per checklist (分值, 得分, a 合计 row), then the veto facts;
    /// each titled （一）、（二）….
    pub tables: Vec<Table>,
}

/// Whose words the 材料 is made of, from the opening to the closing, in
/// characters other than whitespace: the tool's own (its sentences, stock
/// phrases, placeholders, an aid inserted and not edited) and the person's.
/// Title, headings, numbering and signature are not counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Share {
    pub tool: usize,
    pub person: usize,
}

impl Share {
    /// The tool's share in per cent, rounded down; 0 for an empty text.
    pub fn tool_percent(self) -> usize {
        match self.tool + self.person {
            0 => 0,
            all => self.tool * 100 / all,
        }
    }
}

/// The drafted 材料, before it is rendered as text, Markdown, print or .docx.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    pub blocks: Vec<Block>,
    /// The name and the date, each on its own line at the right.
    pub signature: Vec<String>,
    pub appendix: Option<Appendix>,
    /// Whose words the body is made of.
    pub share: Share,
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

/// The width of a line of the plain text, in characters, for the signature.
const LINE_CHARS: usize = 28;

impl Report {
    /// The whole text of the body (headings and paragraphs), for checks.
    pub fn body_text(&self) -> String {
        let mut s = String::new();
        for b in &self.blocks {
            match b {
                Block::Heading(h) | Block::Para(h) => s.push_str(h),
                Block::Lead { lead, text } => {
                    s.push_str(lead);
                    s.push_str(text);
                }
            }
            s.push('\n');
        }
        s
    }

    /// Plain text: paragraphs indented by two full-width spaces, as in an
    /// official document; the name and date at the right.
    pub fn to_text(&self) -> String {
        self.render(&TEXT, &self.signature)
    }

    /// The plain text without the date under the name: what a hand edit is
    /// made from and compared with, so that a new day alone does not count
    /// as a change of the generated text.
    pub fn undated_text(&self) -> String {
        self.render(&TEXT, &self.signature[..self.signature.len().min(1)])
    }

    /// What a hand edit is made from and compared with: the text without
    /// its date, so that a new day alone is no change to tell the person
    /// of; with a date the person set (`date_set`), the text with it, so
    /// that changing that date is.
    pub fn edit_base(&self, date_set: bool) -> String {
        if date_set {
            self.to_text()
        } else {
            self.undated_text()
        }
    }

    /// Markdown with every piece of text escaped, so that nothing the person
    /// typed becomes markup or HTML.
    pub fn to_markdown(&self) -> String {
        self.render(&MARKDOWN, &self.signature)
    }

    /// The one walk over the report both renderings share; `m` says what
    /// goes around each piece, `signature` is the lines signed with.
    fn render(&self, m: &Marks, signature: &[String]) -> String {
        let mut s = String::new();
        let put = |s: &mut String, text: &str| {
            if m.markdown {
                escape_into(s, text)
            } else {
                s.push_str(text)
            }
        };
        s.push_str(m.title);
        put(&mut s, &self.title);
        s.push_str(m.end_title);
        for b in &self.blocks {
            match b {
                Block::Heading(h) => {
                    s.push_str(m.heading);
                    put(&mut s, h);
                }
                Block::Para(p) => {
                    s.push_str(m.para);
                    put(&mut s, p);
                }
                Block::Lead { lead, text } => {
                    s.push_str(m.lead);
                    put(&mut s, lead);
                    s.push_str(m.end_lead);
                    put(&mut s, text);
                }
            }
            s.push_str(m.end);
        }
        s.push_str(m.before_signature);
        let block = signature.iter().map(|l| halves(l)).max().unwrap_or(0);
        for line in signature {
            if m.markdown {
                s.push_str("<p align=\"right\">");
            } else {
                s.push_str(&signature_pad(line, block));
            }
            put(&mut s, line);
            s.push_str(m.end_signature);
        }
        if let Some(a) = &self.appendix {
            // 公文 habit: 附件 alone, then the attachment's title.
            s.push_str(m.appendix);
            put(&mut s, &a.title);
            s.push_str(m.end_appendix);
            for line in &a.summary {
                s.push_str(m.para);
                put(&mut s, line);
                s.push_str(m.end);
            }
            for t in &a.tables {
                s.push_str(m.table);
                put(&mut s, &t.title);
                s.push_str(m.end_table);
                let row = |s: &mut String, cells: &[&str]| {
                    s.push_str(m.row);
                    for (i, c) in cells.iter().enumerate() {
                        if i > 0 {
                            s.push_str(m.cell);
                        }
                        put(s, c);
                    }
                    s.push_str(m.end_row);
                };
                row(&mut s, &t.cells(&t.headers));
                if m.markdown {
                    s.push('|');
                    for _ in &t.headers {
                        s.push_str("---|");
                    }
                    s.push('\n');
                }
                for r in &t.rows {
                    row(&mut s, &t.cells(r));
                }
                s.push_str(m.after_table);
            }
        }
        s
    }
}

/// What a rendering puts around each piece of the report.
struct Marks {
    /// Markdown: escape the text and mark the signature and the tables' rule.
    markdown: bool,
    title: &'static str,
    end_title: &'static str,
    heading: &'static str,
    /// Before a paragraph and a line of the appendix's summary.
    para: &'static str,
    lead: &'static str,
    end_lead: &'static str,
    /// After a block and a line of the summary.
    end: &'static str,
    before_signature: &'static str,
    end_signature: &'static str,
    /// Before and after the appendix's title.
    appendix: &'static str,
    end_appendix: &'static str,
    table: &'static str,
    end_table: &'static str,
    row: &'static str,
    cell: &'static str,
    end_row: &'static str,
    after_table: &'static str,
}

const TEXT: Marks = Marks {
    markdown: false,
    title: "",
    end_title: "\n\n",
    heading: "　　",
    para: "　　",
    lead: "　　",
    end_lead: "",
    end: "\n",
    before_signature: "\n",
    end_signature: "\n",
    appendix: "\n附件\n",
    end_appendix: "\n",
    table: "",
    end_table: "\n",
    row: "",
    cell: "｜",
    end_row: "\n",
    after_table: "",
};

const MARKDOWN: Marks = Marks {
    markdown: true,
    title: "# ",
    end_title: "\n\n",
    heading: "## ",
    para: "",
    lead: "**",
    end_lead: "**",
    end: "\n\n",
    before_signature: "",
    end_signature: "</p>\n\n",
    appendix: "附件\n\n## ",
    end_appendix: "\n\n",
    table: "### ",
    end_table: "\n\n",
    row: "| ",
    cell: " | ",
    end_row: " |\n",
    after_table: "\n",
};

/// A line's width in half characters: an ASCII digit is half as wide as a
/// Chinese character.
fn halves(l: &str) -> usize {
    l.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The spaces before a signature line of the plain text: the signature
/// block, `block` half characters wide, sits two characters from the right
/// margin, and each line is centred in it (the name over the date).
fn signature_pad(line: &str, block: usize) -> String {
    let start = (LINE_CHARS * 2).saturating_sub(block + 4);
    "　".repeat((start + (block - halves(line)) / 2) / 2)
}

/// A hand-edited text as [`Report::undated_text`] lays it out: without the
/// date line under the name (pushed right like it: ……2027年1月15日), the day
/// printed when the edit began, so that comparing it with the base it was
/// made from shows the person's own changes only. A text with no such line
/// is as it was.
pub fn undated_edit(text: &str) -> String {
    let right = |l: &str| l.chars().take_while(|c| c.is_whitespace()).count() >= 4;
    let date = |l: &str| {
        let t = l.trim();
        t.contains('年')
            && t.contains('月')
            && t.chars()
                .all(|c| c.is_ascii_digit() || "年月日".contains(c))
    };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    match (1..lines.len()).find(|&k| right(lines[k - 1]) && right(lines[k]) && date(lines[k])) {
        // The name alone is centred in a block of its own width.
        Some(k) => {
            let name = lines[k - 1].trim();
            lines[..k - 1].concat()
                + &signature_pad(name, halves(name))
                + name
                + "\n"
                + &lines[k + 1..].concat()
        }
        None => text.to_string(),
    }
}

/// The length of a 材料's body as a box of the 登记表 counts it: the
/// characters that are not white space, from the line after the title to
/// the blank line before the name and date (the signature and the 自评表
/// are not the body), nor what a 【待补充：……】 asks for (it is no text of
/// the 材料 yet). Works on a hand-edited text laid out the same way.
pub fn body_chars(text: &str) -> usize {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    // The title.
    lines.next();
    // The body's paragraphs open with two ideographic spaces; the name and
    // the date are pushed right with many. The 自评表 starts at 附件.
    let signature = |l: &str| l.chars().take_while(|c| c.is_whitespace()).count() >= 4;
    lines
        .take_while(|l| l.trim() != "附件")
        .filter(|l| !l.trim().is_empty() && !signature(l))
        .map(written_chars)
        .sum()
}

/// The characters of `line` that are not white space, less those of the
/// 【待补充：……】 in it ([`gaps`]; an example slot 【……】 is the person's
/// sentence, counted).
fn written_chars(line: &str) -> usize {
    let all = line.chars().filter(|c| !c.is_whitespace()).count();
    let asked: u32 = gaps(line)
        .iter()
        .filter(|g| !g.is_slot())
        .map(|g| g.end - g.start)
        .sum();
    all.saturating_sub(asked as usize)
}

/// Escapes Markdown and HTML syntax so text shows as typed.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// [`md_escape`] into `out`.
fn escape_into(out: &mut String, text: &str) {
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
}
