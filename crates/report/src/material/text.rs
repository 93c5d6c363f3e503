//! Punctuation as official documents have it, applied to everything that goes
//! into a 材料: no ASCII spaces or ASCII punctuation inside Chinese text,
//! outer quotes “” and inner quotes ‘’, one full stop at a sentence's end.

use super::tag::{end_with, is_mark, last_visible, unmarked};
use ziping_core::unnumbered;

/// A Chinese character or full-width punctuation mark.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F     // CJK symbols and punctuation
        | 0x3400..=0x4DBF   // extension A
        | 0x4E00..=0x9FFF   // unified ideographs
        | 0xFF00..=0xFFEF   // full-width forms
        | 0x2018..=0x201D   // ‘ ’ “ ”
        | 0x2026            // …
        | 0x2014            // —
    )
}

/// A Chinese character (not a punctuation mark).
pub(super) fn is_hanzi(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// Removes ASCII spaces next to Chinese text and turns ASCII , ; : ( ) ? ! .
/// written after Chinese into their full-width forms. A space typed as a
/// pause between two phrases (应付 笔记是后来补的) is a comma: dropped, it
/// would join them into other words; between single characters (王 五, a
/// name spaced out) it is only dropped.
pub fn tidy_spacing(s: &str) -> String {
    if !s.contains([' ', '\t', '\u{a0}', ',', ';', ':', '?', '!', '(', ')', '.']) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    // The last character written (a space dropped is not written).
    let mut prev: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        let rest = chars.clone();
        let c = match c {
            ' ' | '\t' | '\u{a0}' => {
                let next = rest.clone().find(|c| !matches!(c, ' ' | '\t'));
                let before = out
                    .chars()
                    .rev()
                    .take_while(|c| is_hanzi(*c))
                    .take(2)
                    .count();
                let after = rest
                    .clone()
                    .skip_while(|c| matches!(c, ' ' | '\t' | '\u{a0}'))
                    .take_while(|c| is_hanzi(*c))
                    .take(2)
                    .count();
                if before == 2 && after == 2 {
                    out.push('，');
                    prev = Some('，');
                    continue;
                }
                let near_cjk = prev.is_some_and(is_cjk) || next.is_some_and(is_cjk);
                if near_cjk || prev.is_none() || prev == Some(' ') || next.is_none() {
                    continue;
                }
                ' '
            }
            // A full stop after Chinese at a sentence's end (提醒. or
            // 提醒.，), not a decimal point, a date's dot or a name's
            // (阿依古丽.买买提).
            '.' if prev.is_some_and(is_hanzi)
                && rest
                    .clone()
                    .next()
                    .is_none_or(|n| n.is_whitespace() || (is_cjk(n) && !is_hanzi(n))) =>
            {
                '。'
            }
            ',' | ';' | ':' | '?' | '!' | '(' | ')' => {
                let next = rest.clone().next();
                let cjk = prev.is_some_and(is_cjk) || next.is_some_and(is_cjk);
                let digits = prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                if cjk && !digits {
                    match c {
                        ',' => '，',
                        ';' => '；',
                        ':' => '：',
                        '?' => '？',
                        '!' => '！',
                        '(' => '（',
                        _ => '）',
                    }
                } else {
                    c
                }
            }
            _ => c,
        };
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Nests quotes as official documents do: “outer ‘inner’ outer”. ASCII double
/// quotes are read as pairs; an unmatched closing quote stays a closing one.
pub fn fix_quotes(s: &str) -> String {
    nest_quotes(&mut Vec::new(), s)
}

/// [`fix_quotes`] going on from the quotes still `open` (each one, and
/// whether it was opened by an ASCII '"'), e.g. from a run-in heading into
/// its paragraph.
pub(super) fn nest_quotes(open: &mut Vec<bool>, s: &str) -> String {
    if !s.contains(['“', '”', '‘', '’', '"']) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let opening = match c {
            '“' | '‘' => true,
            '”' | '’' => false,
            '"' => open.last() != Some(&true),
            _ => {
                out.push(c);
                continue;
            }
        };
        if opening {
            out.push(if open.len() % 2 == 0 { '“' } else { '‘' });
            open.push(c == '"');
        } else {
            open.pop();
            out.push(if open.len() % 2 == 0 { '”' } else { '’' });
        }
    }
    out
}

/// The person's text ready to stand in a sentence: trimmed, spacing and
/// quotes fixed, lines joined, and without end punctuation (the caller ends
/// the sentence).
pub fn clause(s: &str) -> String {
    let s = unnumbered(s);
    let mut joined = String::new();
    for l in s.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // A line that ended its sentence goes on after a "；", not "。，".
        let open = joined.trim_end_matches(['。', '；', ';', '.', '，', ',']);
        if open.len() < joined.len() {
            let ended = !joined[open.len()..].contains(['，', ',']);
            joined.truncate(open.len());
            joined.push(if ended { '；' } else { '，' });
        } else if !joined.is_empty() {
            joined.push('，');
        }
        joined.push_str(l);
    }
    let text = fix_quotes(&tidy_spacing(&joined));
    // The end's marks (see `tag`) stay after the punctuation taken off.
    let body = text.trim().trim_end_matches(is_mark);
    let marks = &text.trim()[body.len()..];
    body.trim_end_matches(['。', '；', '，', '、', '.', ';', ',', '：', ':'])
        .trim()
        .to_string()
        + marks
}

/// The person's text as a whole sentence ending in one 。 (kept as it is if it
/// ends in ？ or ！ or a placeholder's 】). Empty stays empty. A request
/// glued to the last words follows the sentence it asks about (……一致好评。
/// 【待补充：……】); one after a "，" or "；" stays where it was put (本人参加10次，
/// 【待补充：未参加的2次的原因……】), as does a request that is the whole text.
pub fn sentence(s: &str) -> String {
    let c = clause(s);
    if let Some(at) = c.rfind("【待补充：") {
        let (text, ask) = c.split_at(at);
        if at > 0 && c.ends_with('】') && !ask.contains('；') && !text.ends_with(['，', '；']) {
            return sentence(text) + ask;
        }
    }
    let mut c = c;
    // A 【待补充：……】 ends where it stands; an example slot 【……】 the
    // person fills (比如【……】) is inside their sentence, which gets its 。.
    let last = last_visible(&c);
    let slot = last == Some('】') && unmarked(&c).ends_with("【……】");
    if last.is_some_and(|l| !matches!(l, '？' | '！' | '…' | '】') || slot) {
        end_with(&mut c, '。');
    }
    c
}

/// Clauses joined by "；" into one [`sentence`].
pub fn join_clauses(mut parts: Vec<String>) -> String {
    parts.retain(|p| !p.is_empty());
    sentence(&parts.join("；"))
}
