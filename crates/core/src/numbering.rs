//! A person's own list numbering in a field (1、 2. （1） （一） 一、 ① 一是),
//! as typed or pasted from last year's document. The 材料 numbers its parts
//! itself: "（四）在纪律作风方面。（四）有时……" or "二是……。一是……" reads as a
//! mistake, and "1.学习不够2.作风不实" as one problem is last year's
//! `previous-merged`.

use std::borrow::Cow;

/// How a marker is written: a list goes on only in the same way.
const CIRCLED: u8 = 0;
const FIGURE: u8 = 1;
const NUMERAL: u8 = 2;
const SHI: u8 = 3;
/// Added to FIGURE or NUMERAL: （1） （一）.
const IN_PARENS: u8 = 4;

/// One marker found: where it starts and ends (in chars), how it is
/// written and its number.
#[derive(Clone, Copy)]
struct Marker {
    start: usize,
    end: usize,
    kind: u8,
    n: u32,
}

fn numeral(c: char) -> Option<u32> {
    "一二三四五六七八九十"
        .chars()
        .position(|n| n == c)
        .map(|p| p as u32 + 1)
}

fn is_number(c: char) -> bool {
    c.is_ascii_digit() || numeral(c).is_some()
}

/// The marker at `i`, if one starts there. A marker never runs into a
/// number (3、4月份, 1.5倍, 一、二季度, 一是一 are not lists).
fn marker_at(cs: &[char], i: usize) -> Option<Marker> {
    let at = |k: usize| cs.get(k).copied().unwrap_or('\0');
    let c = at(i);
    if ('①'..='⑳').contains(&c) {
        return Some(Marker {
            start: i,
            end: i + 1,
            kind: CIRCLED,
            n: c as u32 - '①' as u32 + 1,
        });
    }
    let paren = matches!(c, '（' | '(');
    let j = i + usize::from(paren);
    let (mut kind, n, k) = match (at(j).to_digit(10), at(j + 1).to_digit(10)) {
        (Some(_), Some(_)) if at(j + 2).is_ascii_digit() => return None,
        (Some(a), Some(b)) => (FIGURE, a * 10 + b, j + 2),
        (Some(a), None) => (FIGURE, a, j + 1),
        _ => (NUMERAL, numeral(at(j))?, j + 1),
    };
    let close = at(k);
    let fits = if paren {
        kind += IN_PARENS;
        matches!(close, '）' | ')')
    } else if close == '是' && kind == NUMERAL {
        kind = SHI;
        true
    } else {
        close == '、' || kind == FIGURE && matches!(close, '.' | '．' | ')' | '）')
    };
    (fits && !is_number(at(k + 1))).then_some(Marker {
        start: i,
        end: k + 1,
        kind,
        n,
    })
}

/// How far back from `i` the spaces before it go.
fn before_spaces(cs: &[char], i: usize) -> usize {
    let mut k = i;
    while k > 0 && matches!(cs[k - 1], ' ' | '\t' | '\u{3000}') {
        k -= 1;
    }
    k
}

/// Whether `i` opens the text or a line.
fn opens_line(cs: &[char], i: usize) -> bool {
    let k = before_spaces(cs, i);
    k == 0 || matches!(cs[k - 1], '\n' | '\r')
}

/// Whether an item may start at `i`: a line's start, or after a sentence's
/// end, a colon, a space after Chinese (not Windows 10、), and for 一是 a
/// comma (……，二是……); never after a bracket or a quote.
fn opens_item(cs: &[char], i: usize, comma: bool) -> bool {
    let k = before_spaces(cs, i);
    if opens_line(cs, i) || (k < i && !cs[k - 1].is_ascii_alphanumeric()) {
        return true;
    }
    match cs[k - 1] {
        '。' | '；' | ';' | '！' | '!' | '？' | '?' | '：' | ':' => true,
        '，' | ',' => comma,
        // A full stop, not a decimal point or a date's dot.
        '.' | '．' => k < 2 || !cs[k - 2].is_ascii_digit(),
        _ => false,
    }
}

/// The markers of the text's lists: each where an item may start, or the
/// next number of the list before it, written the same way (学习不够2.作风
/// 不实). A marker alone (见附件 (1) 所示, 已完成。3、下一步) counts only
/// where it opens the text or a line (（四）有时……, 一是理想信念……).
fn markers(cs: &[char]) -> Vec<Marker> {
    let mut found: Vec<Marker> = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        // Not inside a number or a word (十一 is not 一, 第一是 not 一是).
        let inside = i > 0 && is_number(cs[i - 1]);
        match marker_at(cs, i).filter(|_| !inside) {
            Some(m)
                if opens_item(cs, i, m.kind == SHI)
                    || (m.kind != SHI
                        && found
                            .last()
                            .is_some_and(|l| l.kind == m.kind && l.n + 1 == m.n)) =>
            {
                found.push(m);
                i = m.end;
            }
            _ => i += 1,
        }
    }
    let listed = |a: Option<&Marker>, b: Option<&Marker>| {
        a.zip(b)
            .is_some_and(|(a, b)| a.kind == b.kind && a.n + 1 == b.n)
    };
    (0..found.len())
        .filter(|&k| {
            let prev = k.checked_sub(1).and_then(|p| found.get(p));
            listed(prev, found.get(k))
                || listed(found.get(k), found.get(k + 1))
                || opens_line(cs, found[k].start)
        })
        .map(|k| found[k])
        .collect()
}

/// Whether the text holds a list of two or more items of its own
/// ("1.……2.……", "一是……二是……", "（1）……（2）……", "①……②……"): the
/// markers of its first two, as written.
pub fn numbered_list(text: &str) -> Option<(String, String)> {
    let cs: Vec<char> = text.chars().collect();
    match markers(&cs)[..] {
        [a, b, ..] if a.kind == b.kind && b.n == a.n + 1 => Some((
            cs[a.start..a.end].iter().collect(),
            cs[b.start..b.end].iter().collect(),
        )),
        _ => None,
    }
}

/// The text without the person's own numbering: each item's marker taken
/// out and the items joined by "；", a lead-in before the first one ending
/// in "：" (存在问题：1、……2、…… → 存在问题：……；……). A line break between
/// items is one of them. Text with no marker comes back as it is.
pub fn unnumbered(text: &str) -> Cow<'_, str> {
    let cs: Vec<char> = text.chars().collect();
    let found = markers(&cs);
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let piece = |a: usize, b: usize| -> Vec<String> {
        let s: String = cs[a..b].iter().collect();
        s.lines()
            .map(|l| l.trim_matches(|c: char| c.is_whitespace() || "。；;，,.．、：:".contains(c)))
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    };
    let mut items = Vec::new();
    for (k, m) in found.iter().enumerate() {
        items.extend(piece(m.end, found.get(k + 1).map_or(cs.len(), |x| x.start)));
    }
    let lead = piece(0, found[0].start).join("，");
    let body = items.join("；");
    Cow::Owned(match (lead.is_empty(), body.is_empty()) {
        (true, _) => body,
        (false, true) => lead,
        (false, false) => lead + "：" + &body,
    })
}
