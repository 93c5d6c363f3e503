//! Text escaped for XML, in one place for every office format.

/// Escapes text for XML and drops characters XML cannot hold, so nothing a
/// person typed can break the document or become markup.
pub fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    xml_into(&mut out, s);
    out
}

/// [`xml_text`] into `out`.
pub fn xml_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}
