//! The wording of a problem, field by field: an instance (`no-instance`),
//! praise dressed as a problem, circumstances blamed, colleagues
//! implicated, spoken words, an empty measure, a phrasing aid left as it
//! was inserted, and a confession the 干部监督 side must act on.

use std::collections::HashSet;

use super::context::Ctx;
use super::finding::{is_ignored, CheckId, Finding, Place, ProblemField, Severity};
use super::words::{
    find_in_sentences, holds_any, letters, occurs_uncovered, sentences, without, CharSet,
    CheckWords,
};
use crate::deadline::only_a_deadline;
use crate::draft::Draft;
use crate::occasion::PartKind;
use crate::problem::Problem;

/// The texts of every phrasing aid of the templates, gathered once when a
/// problem of the draft as a whole needs them.
#[derive(Default)]
pub(crate) struct AidSet<'a> {
    all: Option<HashSet<&'a str>>,
}

fn place(p: &Problem, field: ProblemField) -> Place {
    Place::Problem {
        id: p.id.clone(),
        field,
    }
}

/// Whether `field` states the problem or its causes (判断, 表现, 原因):
/// where what the person says of it is read (others named, a sensitive
/// fact, an excuse).
fn states(field: ProblemField) -> bool {
    matches!(
        field,
        ProblemField::Text | ProblemField::Judgement | ProblemField::Cause(_)
    )
}

/// The problem's fields with text, for the checks that read them all.
fn fields<'p>(cx: &Ctx, p: &'p Problem) -> Vec<(ProblemField, &'p str)> {
    let mut out = vec![
        (ProblemField::Judgement, p.judgement.as_str()),
        (ProblemField::Text, p.text.as_str()),
    ];
    out.extend(
        cx.causes(p)
            .iter()
            .enumerate()
            .map(|(n, c)| (ProblemField::Cause(n), c.text.as_str())),
    );
    out.extend([
        (ProblemField::Lead, p.lead.as_str()),
        (ProblemField::Measure, p.measure.as_str()),
        (ProblemField::Standard, p.standard.as_str()),
    ]);
    out.retain(|(_, t)| !t.trim().is_empty());
    out
}

pub(crate) fn problem<'a>(
    cx: &Ctx<'a>,
    p: &Problem,
    aids: &mut AidSet<'a>,
    out: &mut Vec<Finding>,
) {
    no_instance(cx, p, out);
    let w = cx.words;
    // 问题表扬化, in the 判断 or the 表现.
    for (field, t) in [
        (ProblemField::Judgement, &p.judgement),
        (ProblemField::Text, &p.text),
    ] {
        if let Some(m) = w.praise.find(t) {
            out.push(Finding::new(CheckId::PraiseAsProblem, Severity::Must, place(p, field), &m).says(format!(
                "“{m}”读起来是表扬，不是问题（问题表扬化），审核时会被退回。写自己思想和工作上真实的短板，如：“统筹兼顾的方法不多，今年干部调整集中期间，有2项交办事项没有按时反馈”。"
            )));
            break;
        }
    }
    // A virtue given as a cause (事业心太强) is praise too.
    for (n, c) in cx.causes(p).iter().enumerate() {
        if let Some(m) = w.praise.find(&c.text) {
            out.push(Finding::new(CheckId::PraiseAsProblem, Severity::Must, place(p, ProblemField::Cause(n)), &m).says(format!(
                "“{m}”是优点，不是原因。原因剖析要找自身的不足，如：“工作方法上满足于埋头干，统筹安排不够”。"
            )));
        }
    }
    for (n, c) in cx.causes(p).iter().enumerate() {
        if let Some((m, severity)) = circumstance(w, &c.text) {
            out.push(Finding::new(CheckId::ObjectiveCause, severity, place(p, ProblemField::Cause(n)), &m).says(format!(
                "“{m}”是客观原因。原因剖析要从自身思想上找根源，如：“对理论学习的重要性认识不足，把学习当成可以往后放的软任务”。"
            )));
        }
    }
    if let Some((m, severity)) = blamed_in_text(w, &p.text) {
        let causes = match cx.occasion.has_part(PartKind::Causes) {
            true => "；原因写到原因剖析里，从自身找根源",
            false => "",
        };
        let returned = match severity {
            Severity::Must => "审核时会被退回",
            _ => "审核时会被追问",
        };
        out.push(Finding::new(CheckId::ObjectiveCause, severity, place(p, ProblemField::Text), &m).says(format!(
            "问题里把客观情况“{m}”当作原因，读起来像在开脱，{returned}。问题只写自己做得不够的地方，如：“今年有3次基层同志来电咨询政策时，我语气生硬、解释不耐心”{causes}。"
        )));
    }
    for (field, t) in fields(cx, p) {
        if !states(field) {
            continue;
        }
        if let Some((m, severity)) = names_others(cx, t) {
            out.push(Finding::new(CheckId::NamesOthers, severity, place(p, field), &m).says(format!(
                "“{m}”牵涉到其他同志。对照检查只写本人的问题，不写别人怎么说、怎么做，如：“坚持原则不够，发现问题后没有按规定提出”；确需向组织反映的情况，另行如实反映。"
            )));
        }
    }
    for (field, t) in fields(cx, p) {
        colloquial(cx, p, field, t, out);
    }
    empty_measure(cx, p, out);
    aid_verbatim(cx, p, aids, out);
    for (field, t) in fields(cx, p) {
        if !states(field) {
            continue;
        }
        if let Some(m) = w.sensitive.find(t) {
            // Where the veto facts are asked, the fact is answered there too:
            // a 否 beside it reads as concealment (跑风漏气…｜否).
            let facts = match cx.occasion.grades() {
                true => "属于“否决事项”所列情形的，在“否决事项”中如实答“是”；",
                false => "",
            };
            out.push(Finding::new(CheckId::SensitiveAdmission, Severity::Should, place(p, field), &m).says(format!(
                "“{m}”是须按规定处理的事实（个人有关事项、保密、廉洁纪律）。这类事实按规定另行向组织如实报告、说明（已补报、已整改的写明），不在材料里写具体情节；{facts}材料写本人思想认识上的差距，如：“纪律规矩意识还不够牢，对相关规定学得不细”。"
            )));
            break;
        }
    }
    for (field, t) in fields(cx, p) {
        if !states(field) {
            continue;
        }
        if let Some(m) = w.excuse.find(t) {
            // In the problem itself a reviewer returns it; in a cause the
            // 原因剖析's own checks weigh it.
            let severity = match field {
                ProblemField::Cause(_) => Severity::Should,
                _ => Severity::Must,
            };
            out.push(Finding::new(CheckId::Excuse, severity, place(p, field), &m).says(format!(
                "“{m}”是在替自己解释，读起来像辩解，审核时会被认为查摆不深刻。问题只写做了什么、差在哪里，不说本意，如：“今年有3次基层同志来电时我语气生硬，没有把政策讲清楚”。"
            )));
        }
    }
}

/// The circumstance a 表现 gives as its reason (`objective` words with a
/// `because` word) and reads as an excuse, and how much: 须修改 where the
/// reason comes before it in its sentence (因为事情太多了, 主要是人少事多),
/// a 建议 where a `because` word only follows (任务时间紧的时候容易急躁，
/// 导致对方不满: what came of it). One that says what the person let slip
/// (任务一多就放松了学习), or names a circumstance without blaming it, is
/// their own.
fn blamed_in_text(w: &CheckWords, text: &str) -> Option<(String, Severity)> {
    let o = &w.objective;
    let m = find_in_sentences(text, &o.words, &o.unless)?;
    if !holds_any(text, &o.because) || holds_any(text, &o.own) {
        return None;
    }
    let given = sentences(text).any(|s| {
        s.find(m.as_str())
            .is_some_and(|at| o.because.iter().any(|b| s[..at].contains(b.as_str())))
    });
    let severity = match given {
        true => Severity::Must,
        false => Severity::Should,
    };
    Some((m, severity))
}

/// What excuses the problem `p` where `excuse` or `objective-cause` makes it
/// 须修改 — an excuse in its 判断 or 表现 (不是故意), a circumstance its 表现
/// gives as the reason before it (因为事情太多了) — unless the person marked it 忽略:
/// the 材料 asks for the problem without it.
pub fn excusing(d: &Draft, p: &Problem) -> Option<String> {
    let w = CheckWords::builtin();
    let excuse = [
        (ProblemField::Judgement, &p.judgement),
        (ProblemField::Text, &p.text),
    ]
    .into_iter()
    .find_map(|(field, t)| {
        let m = w.excuse.find(t)?;
        (!is_ignored(&d.ignored, CheckId::Excuse, &place(p, field), &m)).then_some(m)
    });
    excuse.or_else(|| {
        blamed_in_text(w, &p.text)
            .filter(|(m, severity)| {
                *severity == Severity::Must
                    && !is_ignored(
                        &d.ignored,
                        CheckId::ObjectiveCause,
                        &place(p, ProblemField::Text),
                        m,
                    )
            })
            .map(|(m, _)| m)
    })
}

/// `no-instance`: a 表现 with no time, event, figure or named task, or a
/// 比如 with nothing after it. A long 表现 is taken to tell a story, unless
/// it is stock phrases (以干代学、好人主义) with little else.
fn no_instance(cx: &Ctx, p: &Problem, out: &mut Vec<Finding>) {
    if let Some(Missing {
        severity,
        matched,
        stock,
    }) = missing_instance(cx.words, p)
    {
        let stock = match stock {
            Some(w) => format!("“{w}”是人人都能写的套话，读不出是谁的问题，审核时会被退回。"),
            None => String::new(),
        };
        out.push(Finding::new(CheckId::NoInstance, severity, place(p, ProblemField::Text), matched).says(format!(
            "{stock}问题要有具体表现：时间、事情、数字或具体任务，让人看得出是谁写的。如：“理论武装的深度不够。比如今年干部调整集中的几个月，第一议题学习后没有及时结合科室工作写出体会”。",
        )));
    }
}

/// What `no-instance` finds in a 表现: how heavy, the words it points to
/// (what 忽略 is keyed by) and the stock phrase that fills it, if that is
/// why.
struct Missing<'p, 'w> {
    severity: Severity,
    matched: &'p str,
    stock: Option<&'w str>,
}

/// How `no-instance` judges a problem's 表现.
fn missing_instance<'p, 'w>(words: &'w CheckWords, p: &'p Problem) -> Option<Missing<'p, 'w>> {
    let text = p.text.trim();
    if text.contains('【') {
        return None; // an aid's empty slot: aid-verbatim says it
    }
    let must = |matched| Missing {
        severity: Severity::Must,
        matched,
        stock: None,
    };
    let mut empty_example = None;
    for m in EXAMPLE_MARKERS {
        for (at, _) in text.match_indices(m) {
            let after = &text[at + m.len()..];
            if letters(after) >= 4 {
                return None;
            }
            empty_example = Some(&text[at..at + m.len()]);
        }
    }
    if let Some(m) = empty_example {
        return Some(must(m));
    }
    if text.is_empty() {
        let j = p.judgement.trim();
        return (!j.is_empty()).then(|| must(j));
    }
    if figure_in(words, text) || words.instance.iter().any(|w| text.contains(w.as_str())) {
        return None;
    }
    if let Some(w) = stock_only(words, text) {
        return Some(Missing {
            stock: Some(w),
            ..must(text)
        });
    }
    let severity = match letters(text) {
        0..=SHORT_TEXT => Severity::Must,
        n if n <= LONG_TEXT => Severity::Should,
        _ => return None,
    };
    Some(Missing {
        severity,
        matched: text,
        stock: None,
    })
}

/// The first stock phrase of the list that `text` holds, where little else
/// is said (the list puts the most telling first): with the
/// stock phrases, the vague words and the stop words taken out, at most
/// [`STOCK_LEFT`] characters are left, or at most [`SHORT_TEXT`] and no
/// more than two fifths of the text. A 共性问题 (有时存在以干代学、以会代学的现象，
/// 学习的深度和广度还有待进一步加强: 6 of 31) is a stack of stock phrases;
/// a stock heading before one short instance of the person's own (担当精神
/// 不足，信访积案化解推给了街道: 10 of 17) is not.
fn stock_only<'w>(words: &'w CheckWords, text: &str) -> Option<&'w str> {
    let first = words.stock.iter().find(|w| text.contains(w.as_str()))?;
    let rest = without(text, &[&words.stock, &words.vague, &words.stop], "");
    let left = letters(&rest);
    let little = left <= STOCK_LEFT || (left <= SHORT_TEXT && 5 * left <= 2 * letters(text));
    little.then_some(first.as_str())
}

/// The praise a problem is dressed in (工作太投入) and where, as
/// `praise-as-problem` finds it (the 判断 first, then the 表现), unless the
/// person marked it 忽略: the 材料 asks for a real shortcoming after it.
pub fn praised(d: &Draft, p: &Problem) -> Option<(ProblemField, String)> {
    let (field, m) = [
        (ProblemField::Judgement, &p.judgement),
        (ProblemField::Text, &p.text),
    ]
    .into_iter()
    .find_map(|(field, t)| Some((field, CheckWords::builtin().praise.find(t)?)))?;
    (!is_ignored(&d.ignored, CheckId::PraiseAsProblem, &place(p, field), &m)).then_some((field, m))
}

/// The virtue the `n`th cause of `p` gives as a cause (事业心太强) where
/// `praise-as-problem` finds it, unless the person marked it 忽略.
pub fn praised_cause(d: &Draft, p: &Problem, n: usize) -> Option<String> {
    let m = CheckWords::builtin().praise.find(&p.causes.get(n)?.text)?;
    let at = place(p, ProblemField::Cause(n));
    (!is_ignored(&d.ignored, CheckId::PraiseAsProblem, &at, &m)).then_some(m)
}

/// The circumstance a cause blames (人手少, 工作忙), 须修改 unless the cause
/// also says what the person let slip.
fn circumstance(w: &CheckWords, cause: &str) -> Option<(String, Severity)> {
    let m = find_in_sentences(cause, &w.objective.words, &w.objective.unless)?;
    let severity = match holds_any(cause, &w.objective.own) {
        true => Severity::Should,
        false => Severity::Must,
    };
    Some((m, severity))
}

/// The circumstance the `n`th cause of `p` blames where `objective-cause`
/// calls that 须修改, unless the person marked it 忽略: the 材料 asks for
/// the person's own cause there, never calling it a 思想根源.
pub fn blamed_circumstance(d: &Draft, p: &Problem, n: usize) -> Option<String> {
    let c = p.causes.get(n)?;
    let at = place(p, ProblemField::Cause(n));
    circumstance(CheckWords::builtin(), &c.text).and_then(|(m, severity)| {
        (severity == Severity::Must && !is_ignored(&d.ignored, CheckId::ObjectiveCause, &at, &m))
            .then_some(m)
    })
}

/// Whether a problem's 表现, as typed, holds no instance where `no-instance`
/// calls that 须修改 (学习抓的不紧), unless the person marked it 忽略: the
/// 材料 asks for one after it. (A 表现 not yet typed is asked for anyway.)
pub fn lacks_instance(d: &Draft, p: &Problem) -> bool {
    let at = place(p, ProblemField::Text);
    !p.text.trim().is_empty()
        && missing_instance(CheckWords::builtin(), p).is_some_and(|m| {
            m.severity == Severity::Must
                && !is_ignored(&d.ignored, CheckId::NoInstance, &at, m.matched)
        })
}

/// The words that lead into an instance (比如……): one with nothing after it
/// holds none (`no-instance`), and the 材料 leaves such a trailing one out.
pub const EXAMPLE_MARKERS: [&str; 4] = ["比如", "例如", "譬如", "比方说"];

/// A 表现 longer than this is taken to hold an instance.
const LONG_TEXT: usize = 30;
/// A 表现 of at most this many characters without an instance is a bare
/// judgement: 须修改.
const SHORT_TEXT: usize = 15;
/// A one-clause measure opening with a slogan word (多下基层, 提高政治站位)
/// of at most this many characters is a slogan; a longer one may say what
/// is done.
const SLOGAN_TEXT: usize = 9;
/// A 表现 with a stock phrase and at most this many characters of anything
/// else is a 共性问题, however long.
const STOCK_LEFT: usize = 9;

/// A figure: a digit, or a numeral before a counter (两次, 三名).
pub(crate) fn figure_in(words: &CheckWords, text: &str) -> bool {
    figure(words, text, false)
}

/// A figure, and with `work` one of something done (186件, 两次, 100多天),
/// not a time (2026年, 3月, 一年来): what others' praise beside it may rest on.
/// A numeral and counter that open a quote name something (“两个维护”,
/// “四个意识”, “五项工作”): no figure.
pub(crate) fn figure(words: &CheckWords, text: &str, work: bool) -> bool {
    let time = |c: Option<&char>| work && c.is_some_and(|c| "年月日号时".contains(*c));
    let cs: Vec<char> = text.chars().collect();
    let digit = |c: &char| c.is_ascii_digit() || ('０'..='９').contains(c);
    for (i, &c) in cs.iter().enumerate() {
        // After a digit, the character after the number it is part of.
        if digit(&c) && !time(cs[i..].iter().find(|c| !digit(c) && **c != '.')) {
            return true;
        }
        // An ASCII " opens a quote only after an even number of them.
        let named = i > 1
            && match cs[i - 2] {
                '“' | '‘' => true,
                '"' => cs[..i - 2].iter().filter(|c| **c == '"').count() % 2 == 0,
                _ => false,
            };
        let counted =
            i > 0 && words.numerals.contains(cs[i - 1]) && words.counters.contains(c) && !named;
        if counted && !time(Some(&c)) {
            return true;
        }
    }
    false
}

/// `names-others`: reported speech that shifts the blame (须修改), or a
/// named person (建议).
fn names_others(cx: &Ctx, text: &str) -> Option<(String, Severity)> {
    let o = &cx.words.others;
    if let Some(m) = find_in_sentences(text, &o.words, &o.unless) {
        return Some((m, Severity::Must));
    }
    // A name needs a title after it or 老/小 before it.
    if !(text.contains(['老', '小']) || holds_any(text, &o.titles)) {
        return None;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !o.surnames.contains(c) {
            continue;
        }
        let rest = &text[at + c.len_utf8()..];
        let title = o.titles.iter().find(|t| rest.starts_with(t.as_str()));
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let name = match (title, before) {
            (Some(t), _) => format!("{c}{t}"),
            (None, Some(b @ ('老' | '小'))) => format!("{b}{c}"),
            _ => continue,
        };
        // 老/小 before it (小 is a surname too: a list may hold it).
        let start = if title.is_none() { chars[k - 1].0 } else { at };
        if o.not_names.iter().any(|n| {
            text[start..].starts_with(n.as_str()) || text[..at + c.len_utf8()].ends_with(n.as_str())
        }) {
            continue;
        }
        if sentences(text)
            .any(|s| s.contains(name.as_str()) && !o.unless.iter().any(|u| s.contains(u.as_str())))
        {
            return Some((name, Severity::Should));
        }
    }
    None
}

/// `colloquial`: the spoken words of a field, each once, with its written
/// form where there is one.
fn colloquial(cx: &Ctx, p: &Problem, field: ProblemField, text: &str, out: &mut Vec<Finding>) {
    colloquial_at(cx, place(p, field), text, out);
}

/// Words that claim a perfect attendance (`attendance-claim`).
const NEVER_ABSENT: [&str; 7] = [
    "无一缺席",
    "从不缺席",
    "从未缺席",
    "从没缺席",
    "没有缺席",
    "一次不落",
    "全勤",
];

/// `colloquial` on any field the 材料 prints in the person's words (a
/// problem's, a 具体事例, a line of 工作实绩, 会前学习, 表态, the member's
/// 交办任务 and 双报到), under that field.
pub(crate) fn colloquial_at(cx: &Ctx, at: Place, text: &str, out: &mut Vec<Finding>) {
    // `attendance-claim`: 无一缺席 and the like where the member's own
    // record (党员情况) shows absences: the branch knows the record.
    let m = &cx.d.member;
    if let Some(w) = NEVER_ABSENT.iter().find(|w| text.contains(*w)) {
        let missed = [("“三会一课”", m.meetings), ("主题党日", m.party_days)]
            .into_iter()
            .find_map(|(name, a)| match (a.held, a.attended) {
                (Some(held), Some(went)) if went < held => Some((name, held, went)),
                _ => None,
            });
        if let Some((name, held, went)) = missed {
            out.push(Finding::new(CheckId::AttendanceClaim, Severity::Must, at.clone(), *w).says(format!(
                "写了“{w}”，而“党员情况”中记录全年支部{name}{held}次、本人参加{went}次，两者对不上，支部一看便知。按记录如实写，如“全年参加{name}{went}次”。"
            )));
        }
    }
    // `typo`, in the same fields: a reviewer returns a 材料 with 错别字.
    for t in cx.words.typos.iter().filter(|t| text.contains(&t.from)) {
        out.push(
            Finding::new(CheckId::Typo, Severity::Must, at.clone(), &t.from)
                .says(format!("“{}”有错别字，应写作“{}”。", t.from, t.to))
                .fix(t.from.clone(), t.to.clone()),
        );
    }
    let c = &cx.words.colloquial;
    let set = CharSet::of(text);
    let mut found: Vec<&str> = Vec::new();
    for w in c.words.iter().filter(|w| set.may_hold(w)) {
        // A longer spoken word already found covers this one (觉得 in 我觉得).
        if found.iter().any(|f| f.contains(w.as_str())) || !occurs_uncovered(text, w, &c.unless) {
            continue;
        }
        found.push(w);
    }
    // The example of written Chinese is given once a field, not once a word.
    let mut explained = false;
    for w in found {
        let written = c.written.iter().find(|x| x.from == *w);
        let shown = w.trim_end_matches(['，', '。']);
        let mut f = Finding::new(CheckId::Colloquial, Severity::Should, at.clone(), shown);
        // 这块 at the head of a sentence has no one-word written form
        // (这块工作 is not 方面工作): no mechanical fix there.
        let heads = sentences(text).any(|s| s.trim_start().starts_with(w));
        // The fix replaces the first occurrence: none where an exception
        // word holds one (没有点评 before 有点).
        let covered = c
            .unless
            .iter()
            .any(|u| u.contains(w) && text.contains(u.as_str()));
        let written = written.filter(|_| !heads && !covered);
        f = match written {
            Some(x) => f
                .says(format!("“{shown}”是口语，书面材料写作“{}”。", x.to))
                .fix(x.from.clone(), x.to.clone()),
            None if explained => f.says(format!("“{shown}”也是口语。")),
            None => {
                explained = true;
                f.says(format!(
                    "“{shown}”是口语。材料用书面语，如“自己感觉理论学习这块做得不太好”写作“理论学习还不够深入”。"
                ))
            }
        };
        out.push(f);
    }
    if let Some((m, exact)) = approximate(cx, text) {
        out.push(
            Finding::new(CheckId::Colloquial, Severity::Should, at.clone(), &m).says(format!(
                "“{m}”是约数。材料写确切的数字，如“{exact}”；拿不准的，核实后再写。"
            )),
        );
    }
    // 40多人次 is said; a paper writes 40余人次.
    let cs: Vec<char> = text.chars().collect();
    if let Some(i) = cs
        .windows(3)
        .position(|w| w[0].is_ascii_digit() && w[1] == '多' && cx.words.counters.contains(w[2]))
    {
        let from = cs[..=i]
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |k| k + 1);
        let number: String = cs[from..=i].iter().collect();
        // With its counter, so that 240多万 is not taken for 40多.
        let unit = cs[i + 2];
        let (said, written) = (format!("{number}多{unit}"), format!("{number}余{unit}"));
        out.push(
            Finding::new(CheckId::Colloquial, Severity::Should, at, &said)
                .says("约数“多”是口语，书面材料写作“余”，如“考察干部40余人次”；能核实的，写确切数字。")
                .fix(said, written),
        );
    }
}

/// An approximate figure before a counter — two numbers side by side
/// (五六篇, 两三次) or 几 beside 十 (十几个, 几十次) — and an exact one to
/// show in its place (6篇, 3次, 12个).
fn approximate(cx: &Ctx, text: &str) -> Option<(String, String)> {
    const DIGITS: &str = "一二三四五六七八九";
    let value = |c: char| match c {
        '两' => Some(2),
        _ => DIGITS.chars().position(|d| d == c).map(|i| i + 1),
    };
    let cs: Vec<char> = text.chars().collect();
    cs.windows(3).find_map(|w| {
        let exact = match (value(w[0]), value(w[1])) {
            (Some(x), Some(y)) if y == x + 1 => y,
            _ if matches!((w[0], w[1]), ('十', '几') | ('几', '十')) => 12,
            _ => return None,
        };
        cx.words
            .counters
            .contains(w[2])
            .then(|| (w.iter().collect(), format!("{exact}{}", w[2])))
    })
}

/// `empty-measure`: a measure of vague words only (加强学习、进一步提高认识)
/// or of slogans (多下基层; 进一步改进工作方法，注意方式方法), or a short one
/// with no quantity, method or product.
fn empty_measure(cx: &Ctx, p: &Problem, out: &mut Vec<Finding>) {
    let m = p.measure.trim();
    if only_a_deadline(m) {
        out.push(Finding::new(CheckId::EmptyMeasure, Severity::Must, place(p, ProblemField::Measure), m).says(format!(
            "“{m}”是整改时限，不是整改措施，材料会请你补写措施。措施写清做什么、做多少，如：“制定个人学习计划，每周固定半天自学”。"
        )));
        return;
    }
    let Some(left) = method_left(cx.words, m) else {
        return;
    };
    let chars = letters(m);
    let severity = if left <= 2 {
        Severity::Must
    } else if chars <= 8 {
        Severity::Should
    } else {
        return;
    };
    out.push(Finding::new(CheckId::EmptyMeasure, severity, place(p, ProblemField::Measure), m).says(
        "整改措施要能检查：写清做什么、做多少、怎么做、形成什么。如：“制定个人学习计划，每周固定半天自学，第一议题学习后一周内写出落实措施”。",
    ));
}

/// How many characters of a measure say what is done once the vague words
/// (进一步, 注意, 加强……) are out, 0 where every clause opens with a slogan
/// word (see below); `None` where there is none or a figure or a concrete
/// word (每, 台账, 不少于……) shows a method.
fn method_left(words: &CheckWords, m: &str) -> Option<usize> {
    if m.is_empty() || figure_in(words, m) {
        return None;
    }
    // The vague words out first: a concrete word inside one (后 in 今后)
    // is no method.
    let rest = without(m, &[&words.vague], "");
    if words.concrete.iter().any(|w| rest.contains(w.as_str())) {
        return None;
    }
    // Every clause a slogan (多深入基层，多听取意见; 进一步改进方法，注意方式
    // 方法): nothing to check, however long. One clause only when short:
    // 坚持把考察对象的反面意见写入考察材料 opens as a slogan does.
    let clauses: Vec<&str> = m
        .split(['，', '；', '。', ',', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let slogan = |c: &&str| words.slogans.iter().any(|w| c.starts_with(w.as_str()));
    if (clauses.len() > 1 || letters(m) <= SLOGAN_TEXT) && clauses.iter().all(slogan) {
        return Some(0);
    }
    Some(letters(&rest))
}

/// A measure that says no more than 注意, 加强学习, 进一步提高认识 (what
/// `empty-measure` calls 须修改, on the same text, unless the person marked
/// it 忽略): the 材料 asks for one instead.
pub fn says_no_method(d: &Draft, p: &Problem) -> bool {
    let m = p.measure.trim();
    let at = place(p, ProblemField::Measure);
    method_left(CheckWords::builtin(), m).is_some_and(|left| left <= 2)
        && !is_ignored(&d.ignored, CheckId::EmptyMeasure, &at, m)
}

/// `aid-verbatim`: a phrasing aid left with its 【……】 slot empty
/// (须修改), or left word for word as inserted (建议).
fn aid_verbatim<'a>(cx: &Ctx<'a>, p: &Problem, aids: &mut AidSet<'a>, out: &mut Vec<Finding>) {
    for (field, t) in fields(cx, p) {
        if let Some(slot) = empty_slot(t) {
            out.push(Finding::new(CheckId::AidVerbatim, Severity::Must, place(p, field), slot).says(
                "插入的参考表述还留着【……】，要换成自己的具体事例，如：“比如今年参与的一次换届考察中，有3份考察材料对干部不足的描述大同小异”。",
            ));
        }
    }
    let own: Option<Vec<&str>> = p.item.as_ref().map(|link| {
        let item = cx
            .templates
            .iter()
            .filter(|t| t.id == link.template)
            .find_map(|t| t.item(&link.item));
        item.map(|i| i.aids.texts().collect()).unwrap_or_default()
    });
    for (field, t) in fields(cx, p) {
        let t = bare(t);
        let is_aid = match &own {
            Some(list) => list.iter().any(|a| bare(a) == t),
            None => aids.all(cx.templates).contains(t),
        };
        if is_aid {
            out.push(Finding::new(CheckId::AidVerbatim, Severity::Should, place(p, field), t).says(
                "这句是插入的参考表述，原样照搬容易千人一面。改成自己的话，写进本人的事例和数字。",
            ));
        }
    }
}

impl<'a> AidSet<'a> {
    fn all(&mut self, templates: &'a [&'a crate::template::Template]) -> &HashSet<&'a str> {
        self.all.get_or_insert_with(|| {
            let items = templates
                .iter()
                .flat_map(|t| t.items().map(|(_, i)| &i.aids));
            items.flat_map(|a| a.texts()).map(bare).collect()
        })
    }
}

/// A text without the spaces and the stop at its ends.
fn bare(t: &str) -> &str {
    t.trim().trim_end_matches(['。', '；', '，']).trim()
}

/// The first 【】 slot left empty (【】, 【……】, 【…】), as written.
fn empty_slot(t: &str) -> Option<&str> {
    let start = t.find('【')?;
    let end = t[start..].find('】')? + start + '】'.len_utf8();
    let inside = &t[start + '【'.len_utf8()..end - '】'.len_utf8()];
    inside
        .chars()
        .all(|c| matches!(c, '…' | '.' | '。' | ' ' | '　' | '_' | '＿'))
        .then_some(&t[start..end])
}
