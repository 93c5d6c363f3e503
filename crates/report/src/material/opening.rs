//! The placeholders of an occasion's opening and closing, filled from the
//! person's inputs, so no two cadres' openings read alike: `{aspects}` (the
//! aspects actually used: the notice's, or the 五项工作 and 四个模范),
//! `{preparation}` (谈心谈话 and 征求意见 in numbers), `{previous}` (last
//! year's problems in one clause), `{post}` (the person's 单位 and 职务),
//! `{study}` (what they studied for the meeting) and `{pledge}` (their own
//! 表态), the last two in their words.
//! A clause (up to a ，；。or ：) whose placeholder comes out empty is left
//! out, so an opening never says "会前谈心谈话【待补充】人次".

use super::inputs::Inputs;
use super::tag::mine;
use super::text::clause;
use crate::report::{chinese_numeral, placeholder};
use ziping_core::{
    aspect_core, names_another_meeting, names_no_time, previous_status, says_nothing, thanks_for,
    Deadline, Progress,
};
use ziping_core::{draft_year, DEFAULT_ASPECTS};

/// The values of the placeholders a draft fills (all but `{year}` and `{notice}`).
pub fn values(inp: &Inputs) -> Vec<(&'static str, String)> {
    vec![
        ("{aspects}", aspects(inp)),
        ("{preparation}", preparation(inp)),
        ("{previous}", previous(inp)),
        ("{post}", post(inp)),
        (
            "{study}",
            match says_nothing(&inp.draft.studied) {
                // 无 is no study to cite: the clause is left out, as for none.
                true => String::new(),
                false => {
                    mine(one_verb(without(&inp.draft.studied, &["本人", "我"])))
                        + &elsewhere(inp, "studied")
                }
            },
        ),
        ("{pledge}", pledge(inp) + &elsewhere(inp, "pledge")),
        ("{thanks}", thanks_for(&inp.draft.person).to_string()),
        ("{since}", since(inp).into()),
        ("{ledger}", ledger(inp)),
    ]
}

/// A request after the 会前学习 or 表态 (`name`) where it calls another
/// meeting "this one" (以这次组织生活会为契机 in a 民主评议: `other-occasion`).
fn elsewhere(inp: &Inputs, name: &'static str) -> String {
    match names_another_meeting(inp.draft, &inp.occasion.title, name) {
        Some(m) => placeholder(&format!(
            "“{m}”与这份材料的场合不符，改为不提会议名称的说法"
        )),
        None => String::new(),
    }
}

/// Items that each begin with one verb in 了 (a list typed 1.学习了A；2.学习了B)
/// as one list after it, 学习了A和B; other text as it is.
fn one_verb(t: String) -> String {
    // The verb: the words up to the last 了 of the first six characters
    // (学习了, 深入了解了), not one that opens the text or 了解.
    let head = t.char_indices().nth(6).map_or(t.len(), |(i, _)| i);
    let Some(end) = t[..head]
        .rmatch_indices('了')
        .map(|(i, _)| i + '了'.len_utf8())
        .find(|&e| e > '了'.len_utf8() && !t[e..].starts_with('解'))
    else {
        return t;
    };
    let verb = &t[..end];
    let count = t.split('；').count();
    let mut list = String::new();
    for (k, item) in t.split('；').enumerate() {
        match item.strip_prefix(verb) {
            // An item that is a list itself (党章和党规) stays an item.
            Some(o) if !o.is_empty() && !o.contains(['，', '和', '、']) => {
                list.push_str(match k {
                    0 => verb,
                    _ if k + 1 == count => "和",
                    _ => "、",
                });
                list.push_str(o);
            }
            _ => return t,
        }
    }
    if count > 1 {
        list
    } else {
        t
    }
}

/// The person's text as a clause without the leading words `said`, for a
/// place after "本人" (`{study}`) or "今后我将" (`{pledge}`) that says them
/// already (我会继续努力 reads 今后我将继续努力, never 今后我将我会); a word
/// is taken off only where it stands alone (我部, 我们, 我要求, 我会同 stay).
pub(super) fn without(text: &str, said: &[&str]) -> String {
    let mut t = clause(text);
    let alone = |rest: &str| {
        !rest.starts_with(['们', '部', '科', '单', '局', '处', '委', '求', '国', '同'])
    };
    while let Some(rest) = said
        .iter()
        .find_map(|w| t.strip_prefix(w).filter(|r| alone(r)))
    {
        t = rest.trim_start().to_string();
    }
    t
}

/// The 表态 after "今后我将": the person's words, a spoken "我会……的"
/// without its 的; none written is asked for (a 材料 ends with one).
fn pledge(inp: &Inputs) -> String {
    let text = match says_nothing(&inp.draft.pledge) {
        true => "",
        false => inp.draft.pledge.trim(),
    };
    // 在今后的学习和工作中，……: the closing's 今后 says it.
    let text = match text.split_once('，') {
        Some((when, rest))
            if (when.contains("今后") || when.contains("以后"))
                && (when.ends_with('中') || when.ends_with('里')) =>
        {
            rest.trim()
        }
        _ => text,
    };
    let spoken = ["我会", "我要"].iter().any(|w| text.starts_with(w));
    let mut t = without(
        text,
        &["今后", "以后", "，", "我将", "我会", "我要", "本人将"],
    );
    // The closing's own 。 ends it: 今后我将……。, never ……！。
    t = t.trim_end_matches(['！', '？', '!', '?']).to_string();
    // Short items typed as a list (1、做好本职；2、接受监督) run on after
    // 今后我将 as one sentence's clauses: 做好本职，接受监督.
    if !t.contains('，') && t.split('；').all(|i| i.chars().count() <= 16) {
        t = t.replace('；', "，");
    }
    // 继续努力的，争取…… → 继续努力，争取……
    let first = t.find('，').unwrap_or(t.len());
    if spoken && t[..first].ends_with('的') {
        t.replace_range(first - '的'.len_utf8()..first, "");
    }
    if t.is_empty() && inp.draft.person.is_probationary() && inp.occasion.grade_chosen() {
        // A 预备党员's 民主评议 looks to 转正.
        placeholder("一两句打算，用自己的话写（填在“结尾表态”中），如：自觉接受党组织的教育和考察，争取按期转为正式党员")
    } else if t.is_empty() {
        placeholder("一两句打算，用自己的话写（填在“结尾表态”中）")
    } else {
        mine(t)
    }
}

/// "“五项工作”“四个模范”" where the aspects are the five tasks, else the
/// aspects the notice names: "政治信仰、党员意识、理论学习六个方面".
fn aspects(inp: &Inputs) -> String {
    let aspects = inp.aspects();
    let five = aspects.len() == DEFAULT_ASPECTS.len()
        && aspects.iter().zip(DEFAULT_ASPECTS).all(|(a, d)| a == d);
    if five || aspects.is_empty() {
        return "“五项工作”“四个模范”".to_string();
    }
    let names: Vec<&str> = aspects.iter().map(|a| aspect_core(a)).collect();
    // The notice's aspects, as the person entered them.
    let names = mine(names.join("、"));
    // A count before 个 says 两, not 二.
    let count = match aspects.len() {
        2 => "两".to_string(),
        n => chinese_numeral(n),
    };
    format!("{names}{count}个方面")
}

/// "会前开展谈心谈话12人次、征求意见建议8条", from what the person entered.
fn preparation(inp: &Inputs) -> String {
    let d = inp.draft;
    // None held is no figure to print: the talks are asked for (they come
    // before the meeting), opinions none collected left out; neither
    // given, both are asked for.
    let parts: Vec<String> = [
        d.talks.map(|n| match n {
            0 => placeholder("谈心谈话的人次：组织生活会前应当开展谈心谈话，还没有谈的先谈"),
            n => format!("开展谈心谈话{}人次", mine(n.to_string())),
        }),
        d.opinions_collected
            .filter(|n| *n > 0)
            .map(|n| format!("征求意见建议{}条", mine(n.to_string()))),
    ]
    .into_iter()
    .flatten()
    .collect();
    if d.talks.is_none() && d.opinions_collected.is_none() {
        // Neither given: the opening states them in numbers (GENRE §6).
        placeholder("会前谈心谈话的人次和征求意见建议的条数")
    } else if parts.is_empty() {
        String::new()
    } else {
        format!("会前{}", parts.join("、"))
    }
}

/// "上年度查摆的5项问题已整改到位3项": last year in one clause, for an
/// occasion that names it in its opening; empty for a first meeting.
fn previous(inp: &Inputs) -> String {
    let d = inp.draft;
    let rows: Vec<Progress> = d
        .previous
        .iter()
        .filter(|q| !q.text.trim().is_empty())
        .map(|q| previous_status(d, q))
        .collect();
    if d.first_time || rows.is_empty() {
        return String::new();
    }
    let done = rows.iter().filter(|s| **s == Progress::Done).count();
    format!("上年度查摆的{}项问题已整改到位{done}项", rows.len())
}

/// "查摆的5项问题已全部列入个人整改清单，其中立行立改2项、限期完成2项、
/// 长期坚持1项": the problems by their 时限, for a closing that says what
/// happens next instead of a vow; empty with no problem.
fn ledger(inp: &Inputs) -> String {
    let mut counts = [0; 4];
    for p in inp.draft.problems.iter().filter(|p| !p.is_blank()) {
        // A 时限 the calendar cannot read but which names a time
        // (2027年上半年完成，年底前巩固) is still a 时限.
        let k = match Deadline::parse(&p.deadline) {
            Deadline::Immediate => 0,
            Deadline::Ongoing => 2,
            _ if names_no_time(&p.deadline) => 3,
            _ => 1,
        };
        counts[k] += 1;
    }
    let n: usize = counts.iter().sum();
    if n == 0 {
        return String::new();
    }
    let kinds: Vec<String> = ["立行立改", "限期完成", "长期坚持"]
        .iter()
        .zip(counts)
        .filter(|(_, c)| *c > 0)
        .map(|(k, c)| format!("{k}{c}项"))
        .collect();
    // Problems with no 时限 yet are no kind a reviewer should read (时限待定),
    // and each is asked for under its measure: not again here (two
    // reviewers read the request here as the same one twice).
    let s = match (n, kinds.first()) {
        // One problem: no 全部, no 其中.
        (1, Some(k)) => format!(
            "查摆的问题已列入个人整改清单（{}）",
            k.trim_end_matches("1项")
        ),
        (1, None) => "查摆的问题已列入个人整改清单".to_string(),
        // Problems are counted in 项 (GENRE §4).
        (_, None) => format!("查摆的{n}项问题已全部列入个人整改清单"),
        _ => format!(
            "查摆的{n}项问题已全部列入个人整改清单，其中{}",
            kinds.join("、")
        ),
    };

    s
}

/// The time a 个人总结 looks back on: 到岗以来 for a new recruit in 试用期
/// who took the post in the year assessed (not a year served), else 一年来
/// (one promoted that year looks back on the whole year's work).
fn since(inp: &Inputs) -> &'static str {
    let p = &inp.draft.person;
    // 2026.7, 2026年7月15日, 202607: the year leads.
    let took = p.in_post.trim().get(..4).and_then(|y| y.parse().ok());
    match p.probation && took.is_some() && took == draft_year(inp.draft) {
        true => "到岗以来",
        false => "一年来",
    }
}

/// "干部一科四级主任科员": the person's 单位 and 职务 as written.
fn post(inp: &Inputs) -> String {
    let p = &inp.draft.person;
    mine(format!("{}{}", p.unit.trim(), p.position.trim()))
}

/// `template` with each placeholder replaced by its value; a clause whose
/// placeholder's value is empty is left out (its closing mark moves to the
/// clause before when it ends a sentence).
pub fn fill_clauses(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::new();
    let mut clause = String::new();
    for c in template.chars() {
        clause.push(c);
        if matches!(c, '，' | '；' | '。' | '：') {
            keep(&mut out, std::mem::take(&mut clause), values);
        }
    }
    keep(&mut out, clause, values);
    out
}

/// Adds `clause` (filled) to `out`, or leaves it out when one of its
/// placeholders is empty.
fn keep(out: &mut String, clause: String, values: &[(&str, String)]) {
    let empty = values
        .iter()
        .any(|(key, value)| value.is_empty() && clause.contains(key));
    if !empty {
        let mut filled = clause;
        for (key, value) in values {
            if filled.contains(key) {
                filled = filled.replace(key, value);
            }
        }
        out.push_str(&filled);
        return;
    }
    // Dropped: a sentence's end stays, on the clause before.
    if let Some(end @ ('。' | '：')) = clause.chars().last().filter(|_| !out.is_empty()) {
        if out.ends_with(['，', '；']) {
            out.pop();
        }
        if !out.ends_with(['。', '：']) {
            out.push(end);
        }
    }
}
