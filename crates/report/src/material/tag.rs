//! Whose words are whose. While a 材料 is drafted, the person's own text is
//! marked where it enters a sentence ([`mine`]) and the numbering is marked
//! as such ([`frame`]); everything else is the tool's. When the blocks are
//! done the marks are counted into a [`Share`] and taken out, so no mark
//! ever reaches the text, the print or the .docx.
//!
//! The marks are characters of Unicode's private use area, which no
//! keyboard or input method types; one the person pasted is dropped.

use crate::report::{Block, Share};

const MINE_OPEN: char = '\u{E000}';
const MINE_CLOSE: char = '\u{E001}';
const FRAME_OPEN: char = '\u{E002}';
const FRAME_CLOSE: char = '\u{E003}';

/// A mark, not text.
pub fn is_mark(c: char) -> bool {
    matches!(c, MINE_OPEN..=FRAME_CLOSE)
}

/// The person's own text, marked as theirs; empty stays empty.
pub fn mine(s: String) -> String {
    if s.is_empty() {
        return s;
    }
    let clean: String = s.chars().filter(|c| !is_mark(*c)).collect();
    format!("{MINE_OPEN}{clean}{MINE_CLOSE}")
}

/// Numbering (（一）, 一是, 1．), counted as neither's text.
pub fn frame(s: String) -> String {
    format!("{FRAME_OPEN}{s}{FRAME_CLOSE}")
}

/// The text without its marks (to compare two texts whoever wrote them).
pub fn unmarked(s: &str) -> String {
    s.chars().filter(|c| !is_mark(*c)).collect()
}

/// The last character that is text, not a mark.
pub fn last_visible(s: &str) -> Option<char> {
    s.chars().rev().find(|c| !is_mark(*c))
}

/// Adds `end` to a sentence: inside the person's mark when their text ends
/// it (their sentence's full stop is theirs).
pub fn end_with(s: &mut String, end: char) {
    if s.ends_with(MINE_CLOSE) {
        s.pop();
        s.push(end);
        s.push(MINE_CLOSE);
    } else {
        s.push(end);
    }
}

/// Counts `text` into `share` (when `counted`) and takes its marks out. A
/// request (【待补充：……】) is neither's text: it is not handed in.
fn settle(text: &mut String, share: &mut Share, counted: bool) {
    // `asked`: how deep inside a request (a 】 of the person's words in
    // it does not end it).
    let (mut mine, mut frame, mut asked) = (0u32, 0u32, 0u32);
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            MINE_OPEN => mine += 1,
            MINE_CLOSE => mine = mine.saturating_sub(1),
            FRAME_OPEN => frame += 1,
            FRAME_CLOSE => frame = frame.saturating_sub(1),
            _ => {
                if c == '【' && (asked > 0 || text[i..].starts_with("【待补充")) {
                    asked += 1;
                }
                if counted && !c.is_whitespace() && frame == 0 && asked == 0 {
                    if mine > 0 {
                        share.person += 1;
                    } else {
                        share.tool += 1;
                    }
                }
                if c == '】' {
                    asked = asked.saturating_sub(1);
                }
                out.push(c);
            }
        }
    }
    *text = out;
}

/// Counts the blocks from the opening to the closing and takes every mark
/// out. Headings are not counted, nor a run-in lead with nothing of the
/// person's in it (a sub-heading: （一）在……方面。), nor numbering.
pub fn settle_blocks(blocks: &mut [Block]) -> Share {
    let mut share = Share::default();
    for b in blocks {
        match b {
            Block::Heading(h) => settle(h, &mut share, false),
            Block::Para(t) => settle(t, &mut share, true),
            Block::Lead { lead, text } => {
                let own = lead.contains(MINE_OPEN);
                settle(lead, &mut share, own);
                settle(text, &mut share, true);
            }
        }
    }
    share
}
