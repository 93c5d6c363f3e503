//! The lexical rules of the 材料体检 as data (`data/checks.json`): the word
//! lists each wording check looks for, the words that excuse a match, and
//! the written forms of spoken words. Read once, checked by a test; a
//! department's own file is read by the same reader (`CheckWords::from_json`).

use std::sync::OnceLock;

/// The `format` marker of a check words file.
pub const CHECKS_FORMAT: &str = "ziping-checks";
/// The newest check words format version this build reads.
pub const CHECKS_FORMAT_VERSION: u32 = 1;

const CHECKS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/checks.json"));

/// Words a check looks for, and words that excuse a match in the same
/// sentence. A word "甲+乙" matches a sentence holding both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordList {
    pub words: Vec<String>,
    pub unless: Vec<String>,
}

/// `objective-cause`: circumstances blamed; `own` words of the person's own
/// thinking that make such a cause half right (a 建议, not a 须修改);
/// `because`: the words that make a circumstance in a 表现 its reason
/// (因为、主要是), without which a 表现 is not read for one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObjectiveWords {
    pub words: Vec<String>,
    pub unless: Vec<String>,
    pub own: Vec<String>,
    pub because: Vec<String>,
}

/// `names-others`: reported speech that shifts the blame, and a named person
/// (a surname before a title: 王科长, or 老/小 before it: 老李).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OthersWords {
    pub words: Vec<String>,
    pub unless: Vec<String>,
    /// One character per surname.
    pub surnames: String,
    /// Words that look like a name and are not (小康, 老黄牛).
    pub not_names: Vec<String>,
    pub titles: Vec<String>,
}

/// A spoken word's written form (这块 → 方面).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub from: String,
    pub to: String,
}

/// `colloquial`: spoken words; `unless` excuses an occurrence it covers
/// (挺身 is not 挺).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColloquialWords {
    pub words: Vec<String>,
    pub unless: Vec<String>,
    pub written: Vec<Written>,
}

/// Every list the wording checks use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckWords {
    pub format: String,
    pub format_version: u32,
    /// `praise-as-problem`
    pub praise: WordList,
    pub objective: ObjectiveWords,
    pub others: OthersWords,
    pub colloquial: ColloquialWords,
    /// `typo`: 错别字 and 的/得/地 slips (以身做则, 抓的不紧), each with its
    /// right form, found in every field `colloquial` reads.
    pub typos: Vec<Written>,
    /// `empty-measure`: words that say no checkable action (加强、提高、学习).
    pub vague: Vec<String>,
    /// `empty-measure`: words of a quantity, a method or a product (每、台账).
    pub concrete: Vec<String>,
    /// `empty-measure`: words that open a slogan (多、进一步、注意): a measure
    /// whose every clause opens with one says no more than a slogan (one of
    /// a single clause only up to 9 characters). Not words that often lead
    /// a real action (主动退回…, 严格执行…). Optional in a department's file.
    pub slogans: Vec<String>,
    /// `no-instance`: words of a time or an event (今年、会上、《).
    pub instance: Vec<String>,
    /// `no-instance`: the counters after a numeral (次、名、份).
    pub counters: String,
    /// `no-instance`: numerals (一、两、十).
    pub numerals: String,
    /// `sensitive-admission`
    pub sensitive: WordList,
    /// `praise-as-record`: others' praise in place of what was done
    /// (一致好评、成绩突出), in a 具体事例 or a 工作实绩 line. Optional in a
    /// department's file (without it, the check finds nothing).
    pub record: WordList,
    /// `vague-study`: what was studied before the meeting named by no title
    /// (相关文件、有关精神); `unless` names one (《、党章、全会). Optional in a
    /// department's file.
    pub study: WordList,
    /// `excuse`: a problem explained away by the person's intent
    /// (不是故意的、出发点是好的); `unless` where it is the thinking owned up to
    /// (认为出发点是好的就……). Optional in a department's file.
    pub excuse: WordList,
    /// `recurring`: words left out when two problems' wordings are compared
    /// (不够、问题、的).
    pub stop: Vec<String>,
    /// `no-instance`: the stock phrases of a 共性问题 anyone could write
    /// (以干代学、好人主义、老办法老套路): a 表现 that says little else, however
    /// long, has no instance. Optional in a department's file.
    pub stock: Vec<String>,
}

impl CheckWords {
    /// The built-in lists, read once.
    pub fn builtin() -> &'static CheckWords {
        static WORDS: OnceLock<CheckWords> = OnceLock::new();
        WORDS.get_or_init(|| CheckWords::from_json(CHECKS_JSON).unwrap_or_default())
    }

    /// The built-in file's text, for tests and the export.
    pub fn builtin_source() -> &'static str {
        CHECKS_JSON
    }

    /// Checks what the reader cannot: no empty word, no word twice in one
    /// list, every written form for a word of the list.
    pub fn validate(&self) -> Result<(), String> {
        if self.format != CHECKS_FORMAT {
            return Err(format!(
                "这不是体检词表：缺少 \"format\": \"{CHECKS_FORMAT}\"。"
            ));
        }
        if self.format_version > CHECKS_FORMAT_VERSION {
            return Err(format!(
                "该体检词表使用第 {} 版格式，比本程序能读的第 {CHECKS_FORMAT_VERSION} 版新。",
                self.format_version
            ));
        }
        let lists: [(&str, &[String]); 25] = [
            ("praise.words", &self.praise.words),
            ("praise.unless", &self.praise.unless),
            ("objective.words", &self.objective.words),
            ("objective.unless", &self.objective.unless),
            ("objective.own", &self.objective.own),
            ("objective.because", &self.objective.because),
            ("others.words", &self.others.words),
            ("others.unless", &self.others.unless),
            ("others.not_names", &self.others.not_names),
            ("others.titles", &self.others.titles),
            ("colloquial.words", &self.colloquial.words),
            ("colloquial.unless", &self.colloquial.unless),
            ("vague", &self.vague),
            ("concrete", &self.concrete),
            ("slogans", &self.slogans),
            ("instance", &self.instance),
            ("sensitive.words", &self.sensitive.words),
            ("record.words", &self.record.words),
            ("record.unless", &self.record.unless),
            ("study.words", &self.study.words),
            ("study.unless", &self.study.unless),
            ("excuse.words", &self.excuse.words),
            ("excuse.unless", &self.excuse.unless),
            ("stop", &self.stop),
            ("stock", &self.stock),
        ];
        for (name, list) in lists {
            for (n, w) in list.iter().enumerate() {
                if w.trim().is_empty() || w.split('+').any(|p| p.trim().is_empty()) {
                    return Err(format!("“{name}”第 {} 项是空的。", n + 1));
                }
                if list[..n].contains(w) {
                    return Err(format!("“{name}”中的“{w}”重复。"));
                }
            }
        }
        for w in &self.colloquial.written {
            if !self.colloquial.words.contains(&w.from) || w.to.trim().is_empty() {
                return Err(format!(
                    "“colloquial.written”中的“{}”须是 colloquial.words 中的词，并写明书面说法。",
                    w.from
                ));
            }
        }
        for (n, w) in self.typos.iter().enumerate() {
            if w.from.trim().is_empty() || w.to.trim().is_empty() || w.from == w.to {
                return Err(format!("“typos”第 {} 项须写明错的和对的写法。", n + 1));
            }
        }
        for (name, chars) in [
            ("others.surnames", &self.others.surnames),
            ("counters", &self.counters),
            ("numerals", &self.numerals),
        ] {
            if chars.trim().is_empty() {
                return Err(format!("“{name}”是空的。"));
            }
        }
        Ok(())
    }
}

impl WordList {
    /// The first word found in a sentence of `text` that none of `unless`
    /// excuses, as written ("甲+乙" as "甲……乙").
    pub fn find(&self, text: &str) -> Option<String> {
        find_in_sentences(text, &self.words, &self.unless)
    }
}

/// The sentences of `text` (split at 。；！？ and line ends).
pub(crate) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['。', '；', '！', '？', '!', '?', ';', '\n'])
        .filter(|s| !s.trim().is_empty())
}

/// The characters of a text, sorted, to rule out at once the words it
/// cannot hold (a word is looked for only when each of its characters is
/// there: searching for every word of every list costs more).
pub(crate) struct CharSet(Vec<char>);

impl CharSet {
    pub(crate) fn of(text: &str) -> CharSet {
        // Each new character put in its place: no copy of std's sort in the
        // wasm for one list of characters.
        let mut v: Vec<char> = Vec::with_capacity(64);
        for c in text.chars() {
            if let Err(at) = v.binary_search(&c) {
                v.insert(at, c);
            }
        }
        CharSet(v)
    }

    /// Whether every character of `word` (but '+') is in the text.
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        word.chars()
            .all(|c| c == '+' || self.0.binary_search(&c).is_ok())
    }
}

/// `text` with each word of `lists` in it replaced by `with`, in the
/// lists' order (a longer word first where it holds a shorter one).
pub(crate) fn without(text: &str, lists: &[&[String]], with: &str) -> String {
    let set = CharSet::of(text);
    let mut t = text.to_string();
    for w in lists.iter().copied().flatten().filter(|w| set.may_hold(w)) {
        t = t.replace(w.as_str(), with);
    }
    t
}

/// How many letters and digits `text` holds (punctuation and spaces not
/// counted): the length the checks judge by.
pub(crate) fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// Whether `text` holds one of `words`.
pub(crate) fn holds_any(text: &str, words: &[String]) -> bool {
    let set = CharSet::of(text);
    words
        .iter()
        .any(|w| set.may_hold(w) && text.contains(w.as_str()))
}

/// The first of `words` found in a sentence of `text` holding none of
/// `unless`.
pub(crate) fn find_in_sentences(text: &str, words: &[String], unless: &[String]) -> Option<String> {
    let set = CharSet::of(text);
    let words: Vec<&String> = words.iter().filter(|w| set.may_hold(w)).collect();
    if words.is_empty() {
        return None;
    }
    let unless: Vec<&String> = unless.iter().filter(|w| set.may_hold(w)).collect();
    for s in sentences(text) {
        if unless.iter().any(|u| s.contains(u.as_str())) {
            continue;
        }
        for w in &words {
            if w.split('+').all(|part| s.contains(part)) {
                return Some(w.replace('+', "……"));
            }
        }
    }
    None
}

/// A word [`WordList::find`] gives in parts (深受……好评) as `text` writes
/// it, from its first part to its last, where they stand close in one
/// sentence (深受好评, 受到了领导表扬); else as the list writes it. What a
/// message quotes; the word itself stays the finding's key.
pub(crate) fn as_written(text: &str, word: &str) -> String {
    if let Some((first, last)) = word.split_once("……") {
        for s in sentences(text) {
            // Each last part, back to the nearest first part before it,
            // within one clause.
            for (e, _) in s.match_indices(last) {
                let Some(at) = s[..e].rfind(first) else {
                    continue;
                };
                let span = &s[at..e + last.len()];
                if span.chars().count() <= 10 && !span.contains(['，', ',']) {
                    return span.to_string();
                }
            }
        }
    }
    word.to_string()
}

/// Whether `word` occurs in `text` at a place no word of `unless` covers.
pub(crate) fn occurs_uncovered(text: &str, word: &str, unless: &[String]) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !unless.iter().any(|u| {
            text.match_indices(u.as_str())
                .any(|(s, _)| s <= at && at + word.len() <= s + u.len())
        })
    })
}
