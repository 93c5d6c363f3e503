//! Turns trunk's output (index.html + wasm-bindgen JS glue + .wasm) into one
//! self-contained HTML file that opens from file:// with no network at all.
//!
//! The wasm is embedded LZMA-compressed in a data block, nearly byte for byte
//! (the page is windows-1252 and otherwise ASCII: [`pack`], [`ascii_only`]),
//! and decompressed in the page by a small LZMA decoder compiled to wasm
//! (crates/lzma), embedded uncompressed in a block of its own (no `fetch`,
//! which would be a connection under the CSP); the wasm-bindgen glue and the
//! later screens' stylesheets travel compressed after the wasm ([`GLUE_READY`],
//! [`AFTER_BOOT`]), a module script decodes and starts it all, the CSS is
//! minified, and the app's prerendered first screen fills the data block
//! `<script type="application/json" id="first-screen">` as a JSON string. A Content-Security-Policy with a hash
//! for every inline script and style is written by the page's first script,
//! strict where the engine knows `'wasm-unsafe-eval'` (see [`csp_selector`]). Anything in
//! trunk's output that this tool does not recognise is an error, so a change
//! in trunk's output shape fails the build instead of shipping a broken file.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::fmt;

/// Why the bundle could not be made. Each message names what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// trunk's HTML does not have the shape this tool knows.
    HtmlShape(String),
    /// The wasm-bindgen glue does not have the shape this tool knows.
    GlueShape(String),
    /// The minifier failed or changed what it must keep.
    Minify(String),
    Io(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::HtmlShape(m) => write!(f, "trunk's index.html changed shape: {m}"),
            BundleError::GlueShape(m) => write!(f, "wasm-bindgen's JS glue changed shape: {m}"),
            BundleError::Minify(m) => write!(f, "minifying the boot script failed: {m}"),
            BundleError::Io(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for BundleError {}

/// The files trunk's loader refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loader {
    /// The glue's file name, without the leading `/`.
    pub js: String,
    /// The wasm's file name, without the leading `/`.
    pub wasm: String,
}

const LOADER_IMPORT: &str = "import init, * as bindings from '";
const LOADER_WASM: &str = "module_or_path: '";
const GLUE_EXPORT: &str = "export { initSync, __wbg_init as default };";

/// Finds trunk's loader script and the two files it loads.
pub fn find_loader(html: &str) -> Result<Loader, BundleError> {
    let count = html.matches(LOADER_IMPORT).count();
    if count != 1 {
        return Err(BundleError::HtmlShape(format!(
            "expected one loader script with `{LOADER_IMPORT}`, found {count}"
        )));
    }
    let quoted = |marker: &str| -> Result<String, BundleError> {
        let start = html
            .find(marker)
            .ok_or_else(|| BundleError::HtmlShape(format!("no `{marker}` in the loader")))?
            + marker.len();
        let end = html[start..]
            .find('\'')
            .ok_or_else(|| BundleError::HtmlShape(format!("unterminated `{marker}`")))?;
        Ok(html[start..start + end].trim_start_matches('/').to_string())
    };
    let loader = Loader {
        js: quoted(LOADER_IMPORT)?,
        wasm: quoted(LOADER_WASM)?,
    };
    if !loader.js.ends_with(".js") || !loader.wasm.ends_with(".wasm") {
        return Err(BundleError::HtmlShape(format!(
            "loader names unexpected files {loader:?}"
        )));
    }
    Ok(loader)
}

/// The byte range of the element that starts at `open` and ends with `close`.
fn element_range(html: &str, open_at: usize, close: &str) -> Result<(usize, usize), BundleError> {
    let end = html[open_at..]
        .find(close)
        .ok_or_else(|| BundleError::HtmlShape(format!("no `{close}` after byte {open_at}")))?;
    Ok((open_at, open_at + end + close.len()))
}

/// Removes trunk's loader `<script type="module">` and its two preload links.
fn strip_loader(html: &str, loader: &Loader) -> Result<String, BundleError> {
    let mut out = html.to_string();
    let import_at = out.find(LOADER_IMPORT).expect("checked by find_loader");
    let open_at = out[..import_at]
        .rfind("<script type=\"module\">")
        .ok_or_else(|| BundleError::HtmlShape("the loader is not in a module script".into()))?;
    let (a, b) = element_range(&out, open_at, "</script>")?;
    out.replace_range(a..b, "");
    for (rel, file) in [("modulepreload", &loader.js), ("preload", &loader.wasm)] {
        let marker = format!("<link rel=\"{rel}\" href=\"/{file}\"");
        let at = out
            .find(&marker)
            .ok_or_else(|| BundleError::HtmlShape(format!("no `{marker}` link")))?;
        let (a, b) = element_range(&out, at, ">")?;
        out.replace_range(a..b, "");
    }
    Ok(out)
}

/// Fails if anything in the page would still load a file or reach a server.
fn check_self_contained(html: &str) -> Result<(), BundleError> {
    for (i, _) in html.match_indices("<link") {
        let (a, b) = element_range(html, i, ">")?;
        let tag = &html[a..b];
        if !tag.contains("href=\"data:") {
            return Err(BundleError::HtmlShape(format!("external link left: {tag}")));
        }
    }
    for (i, _) in html.match_indices("<script") {
        let (a, b) = element_range(html, i, ">")?;
        let tag = &html[a..b];
        if tag.contains("src=") {
            return Err(BundleError::HtmlShape(format!(
                "external script left: {tag}"
            )));
        }
    }
    for needle in ["data-trunk", "@import", "url(http", "url(/"] {
        if html.contains(needle) {
            return Err(BundleError::HtmlShape(format!(
                "`{needle}` left in the page"
            )));
        }
    }
    Ok(())
}

/// What a minifier is given: the boot's module script, or a classic script
/// (the glue's, which must keep its `"use strict"` and its own scope, and
/// the page's own, which must stay ES5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Module,
    Classic,
}

/// The global the glue's script sets to wasm-bindgen's `__wbg_init`. The
/// glue travels compressed after the wasm (where the wasm's import names
/// are already known: docs/size.md has what it saved); the boot script adds
/// it as a `<script>` once decoded, where it runs at once, and the policy
/// holds its hash.
pub const GLUE_READY: &str = "zipingGlue";

/// The glue's classic script: the glue without its `export` line, in a
/// strict function of its own, handing `__wbg_init` to the boot script.
/// Its `import.meta.url` (the wasm's URL when none is given: the boot
/// always gives the bytes) reads the page's address instead, which a
/// classic script can; any other `import.meta` would not parse there, and
/// fails the build.
fn glue_script(glue: &str) -> Result<String, BundleError> {
    let glue = prepare_glue(glue)?.replace("import.meta.url", "location.href");
    if glue.contains("import.meta") {
        return Err(BundleError::GlueShape(
            "`import.meta` used otherwise than as `import.meta.url`".into(),
        ));
    }
    Ok(format!(
        "(function () {{\n\"use strict\";\n{glue}\nwindow.{GLUE_READY} = __wbg_init;\n}})();\n"
    ))
}

/// Where `js` uses syntax Chromium 72–79 cannot parse (`?.`, `??`), which
/// a minifier may write for a longer form: the text from there.
fn newer_syntax(js: &str) -> Option<&str> {
    js.match_indices('?').find_map(|(at, _)| {
        let rest = &js[at..];
        let next = rest[1..].chars().next();
        // `a?.5:b` is a conditional, not `?.`.
        let chained = next == Some('.') && !rest[2..].starts_with(|c: char| c.is_ascii_digit());
        (chained || next == Some('?')).then(|| &rest[..rest.len().min(20)])
    })
}

/// The glue without its `export` line, after checking it imports nothing.
fn prepare_glue(glue: &str) -> Result<String, BundleError> {
    if !glue.contains("async function __wbg_init(") {
        return Err(BundleError::GlueShape(
            "no `async function __wbg_init(`".into(),
        ));
    }
    if glue.matches(GLUE_EXPORT).count() != 1 {
        return Err(BundleError::GlueShape(format!(
            "expected one `{GLUE_EXPORT}`"
        )));
    }
    if let Some(line) = glue
        .lines()
        .find(|l| l.starts_with("import ") || l.starts_with("export "))
        .filter(|l| *l != GLUE_EXPORT)
    {
        return Err(BundleError::GlueShape(format!(
            "the glue imports or exports more than expected: {line}"
        )));
    }
    Ok(glue.replace(GLUE_EXPORT, ""))
}

/// LZMA ("alone" format, liblzma's preset 9e with lc=4, pb=0, chosen over
/// zopfli's gzip because it compresses this wasm further), with the
/// uncompressed size in the header so the page's decoder (crates/lzma) sizes
/// its output; deterministic.
pub fn lzma(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut options = xz2::stream::LzmaOptions::new_preset(9 | LZMA_PRESET_EXTREME)
        .expect("liblzma has preset 9e");
    // Four literal context bits and no position bits fit wasm code best
    // (measured on the app against the preset's 3 and 2).
    options.literal_context_bits(4).position_bits(0);
    let stream = xz2::stream::Stream::new_lzma_encoder(&options).expect("the encoder starts");
    let mut out = Vec::new();
    let mut encoder = xz2::write::XzEncoder::new_stream(&mut out, stream);
    encoder
        .write_all(bytes)
        .expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail");
    // liblzma writes "size unknown" (all ones) and ends with a marker; the
    // page's decoder wants the size and stops there.
    out[5..13].copy_from_slice(&(bytes.len() as u64).to_le_bytes());
    out
}

/// liblzma's `LZMA_PRESET_EXTREME`.
const LZMA_PRESET_EXTREME: u32 = 0x8000_0000;

/// The id of the data block that holds the wasm and, after it, the glue's
/// script ([`GLUE_READY`]) and the [`AFTER_BOOT`] styles (one LZMA stream:
/// [`lzma`], [`pack`]; its `data-wasm` and `data-glue` attributes say how
/// long the wasm and the glue are): a
/// `<script>` of a non-JS type, which the browser neither runs nor lets the
/// CSP govern, and which the JS parser never has to scan.
const WASM_DATA_ID: &str = "wasm-lzma";
const WASM_DATA_TYPE: &str = "application/x-ziping-wasm-lzma-1252";
/// Where the packed wasm goes; replaced by its bytes last of all.
const WASM_SLOT: &str = "@@ziping-wasm@@";
/// The id of the data block that holds the LZMA decoder's wasm
/// (crates/lzma), [`pack`]ed but not compressed: the boot script
/// instantiates it to decode the [`WASM_DATA_ID`] block.
const DECODER_ID: &str = "lzma-wasm";
const DECODER_TYPE: &str = "application/x-ziping-wasm-1252";
/// Where the packed decoder goes, like [`WASM_SLOT`].
const DECODER_SLOT: &str = "@@ziping-lzma@@";

/// The page's declared encoding: windows-1252, in which every byte is one
/// character, so the compressed wasm is stored nearly as it is (see
/// [`pack`]). Everything else in the page is ASCII ([`ascii_only`]).
const CHARSET_UTF8: &str = "<meta charset=\"utf-8\">";
const CHARSET_1252: &str = "<meta charset=\"windows-1252\">";

/// The byte that starts an escape in [`pack`]: `=`, followed by the byte
/// plus 64.
const ESCAPE: u8 = b'=';

/// Bytes that cannot stand as themselves in a script element's text: NUL
/// (the parser makes it U+FFFD), CR (it becomes LF), `<` (it could end the
/// script) and the escape byte itself.
fn must_escape(byte: u8) -> bool {
    matches!(byte, 0 | b'\r' | b'<' | ESCAPE)
}

/// The bytes as the text of a script element in a windows-1252 page: each
/// byte as itself, except [`must_escape`]'s four, written `=` and the byte
/// plus 64 (`@`, `M`, `|`, `}`). Only those four take two characters, so
/// the text is hardly larger than the bytes, where base64 and basE91 spend
/// more than one character on every byte.
pub fn pack(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 50);
    for &b in bytes {
        if must_escape(b) {
            out.extend([ESCAPE, b + 64]);
        } else {
            out.push(b);
        }
    }
    out
}

/// The inverse of [`pack`] (the page does the same in JS, from characters);
/// `None` for a dangling or unknown escape, or a byte [`pack`] never writes.
pub fn unpack(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.iter();
    while let Some(&b) = bytes.next() {
        if b == ESCAPE {
            let e = bytes.next()?.checked_sub(64).filter(|e| must_escape(*e))?;
            out.push(e);
        } else if must_escape(b) {
            return None;
        } else {
            out.push(b);
        }
    }
    Some(out)
}

/// The page with every non-ASCII character written as an escape its context
/// understands: `\uXXXX` in scripts, `\XXXX ` in styles, `&#xXXXX;`
/// elsewhere, so the page means the same in any ASCII-compatible encoding.
pub fn ascii_only(html: &str) -> Result<String, BundleError> {
    let escape = |text: &str, out: &mut String, how: fn(char, &mut String)| {
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                how(c, out);
            }
        }
    };
    fn js(c: char, out: &mut String) {
        for unit in c.encode_utf16(&mut [0; 2]) {
            out.push_str(&format!("\\u{unit:04x}"));
        }
    }
    fn css(c: char, out: &mut String) {
        out.push_str(&format!("\\{:x} ", u32::from(c)));
    }
    fn html_ref(c: char, out: &mut String) {
        out.push_str(&format!("&#x{:x};", u32::from(c)));
    }
    type Escape = fn(char, &mut String);
    let mut spans: Vec<(usize, usize, Escape)> = Vec::new();
    for (_, body, end) in element_spans(html, "script")? {
        spans.push((body, end, js));
    }
    for (_, body, end) in element_spans(html, "style")? {
        spans.push((body, end, css));
    }
    spans.sort_by_key(|s| s.0);
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut copied = 0;
    for (body, end, how) in spans {
        escape(&html[copied..body], &mut out, html_ref);
        escape(&html[body..end], &mut out, how);
        copied = end;
    }
    escape(&html[copied..], &mut out, html_ref);
    Ok(out)
}

/// What the module script sets first; index.html's classic script shows the
/// too-old message at DOMContentLoaded if it is missing (the engine could not
/// parse the module).
pub const MODULE_RAN: &str = "zipingModule";

/// The module script that decodes the embedded wasm and starts the app
/// (`src/js/boot.js`): the data blocks' characters back to bytes, then the LZMA decoder (crates/lzma's wasm, on every engine: none
/// has LZMA of its own). On failure it removes the prerendered first screen and shows
/// the static message with the browser the page detected (index.html's
/// classic script has already shown its own message where WebAssembly is
/// missing).
fn boot_script() -> String {
    // The file's final newline is the script's own: the minifier gets the
    // text as it is.
    fill(
        js_text(BOOT_JS),
        &[
            ("GLUE_READY", GLUE_READY),
            ("MODULE_RAN", MODULE_RAN),
            ("WASM_DATA_ID", WASM_DATA_ID),
            ("DECODER_ID", DECODER_ID),
        ],
    )
}

/// The boot module script, with its placeholders: [`boot_script`].
const BOOT_JS: &str = include_str!("js/boot.js");
/// The policy's script, with its placeholders: [`csp_selector`].
const CSP_JS: &str = include_str!("js/csp.js");

/// The part of a file under `src/js/` that goes into the page: what follows
/// its header (the leading `//` lines, which say what the file is and which
/// placeholders it takes) and the blank line after the header.
fn js_text(file: &str) -> &str {
    let (header, text) = file
        .split_once("\n\n")
        .expect("a file under src/js/ starts with a header and a blank line");
    assert!(
        header.lines().all(|l| l.starts_with("//")),
        "a file's header under src/js/ is `//` lines"
    );
    text
}

/// Where the `__NAME__` placeholders are in `js`: (start, end, `NAME`), in
/// order. A name is upper case, digits and single underscores, so
/// wasm-bindgen's `__wbg_init` is not one.
fn placeholders(js: &str) -> Vec<(usize, usize, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = js[from..].find("__").map(|i| from + i) {
        let rest = &js[at + 2..];
        let run = &rest[..rest
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(rest.len())];
        match run.split_once("__") {
            Some((name, _)) if name.starts_with(|c: char| c.is_ascii_uppercase()) => {
                let end = at + 2 + name.len() + 2;
                found.push((at, end, name));
                from = end;
            }
            _ => from = at + 1,
        }
    }
    found
}

/// `js` with each `__NAME__` placeholder replaced by the value given for
/// `NAME`. One pass over `js`, the way `format!` fills its arguments: a
/// value (the glue, a piece of the policy) is never searched for
/// placeholders itself, so what it holds lands in the page as it is.
/// Panics on a placeholder without a value or a value without a
/// placeholder: the files are the bundler's own, and its tests fill each.
fn fill(js: &str, values: &[(&str, &str)]) -> String {
    let mut out =
        String::with_capacity(js.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut used = vec![false; values.len()];
    let mut copied = 0;
    for (start, end, name) in placeholders(js) {
        let Some(i) = values.iter().position(|(n, _)| *n == name) else {
            panic!("no value for the placeholder __{name}__");
        };
        used[i] = true;
        out.push_str(&js[copied..start]);
        out.push_str(values[i].1);
        copied = end;
    }
    out.push_str(&js[copied..]);
    if let Some(i) = used.iter().position(|u| !u) {
        panic!("no placeholder __{}__ for the value given", values[i].0);
    }
    out
}

/// How a stylesheet the first screen does not need begins (index.html
/// inlines it like the others): the bundler moves it, minified, into the
/// compressed block after the wasm, where style text compresses well, and
/// the boot script adds it as a `<style>` once decoded, before the app
/// starts ([`check_after_boot`] keeps the first screen's rules out of it).
pub const AFTER_BOOT: &str = "/* after boot:";

/// The page without its [`AFTER_BOOT`] stylesheets, and their rules,
/// minified, in the page's order.
fn take_after_boot(html: &str) -> Result<(String, String), BundleError> {
    let mut page = String::with_capacity(html.len());
    let mut css = String::new();
    let mut copied = 0;
    for (open, body, end) in element_spans(html, "style")? {
        let text = &html[body..end];
        if text.trim_start().starts_with(AFTER_BOOT) {
            page.push_str(&html[copied..open]);
            css.push_str(&minify_css(text));
            copied = end + "</style>".len();
        }
    }
    page.push_str(&html[copied..]);
    Ok((page, css))
}

/// Refuses an [`AFTER_BOOT`] rule that could style the prerendered first
/// screen (or the page's own markup, or what its scripts set as a
/// `className`), which shows before the wasm is decoded: every selector
/// must name a class that markup does not use,
/// outside brackets and parentheses (`.item:not(.x)` and `[href$=".x"]`
/// name no class of their own).
pub fn check_after_boot(css: &str, first_screen: &str) -> Result<(), BundleError> {
    let mut used = Vec::new();
    for (i, _) in first_screen.match_indices("class=\"") {
        let rest = &first_screen[i + 7..];
        used.extend(rest[..rest.find('"').unwrap_or(0)].split_whitespace());
    }
    // And the classes the page's scripts set on it (the boot script marks
    // the snapshot's ratings: `className = on ? "choice checked" : "choice"`):
    // each quoted string of a statement that assigns a `className`.
    for (i, _) in first_screen.match_indices("className") {
        let rest = &first_screen[i..];
        let statement = &rest[..rest.find([';', '\n']).unwrap_or(rest.len())];
        for quoted in statement.split('"').skip(1).step_by(2) {
            used.extend(quoted.split_whitespace());
        }
    }
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    for piece in css.split('{') {
        // What a `{` opens: the text after the last rule or declaration
        // (`@page { size: …; @bottom-center {` nests an at-rule).
        let selectors = piece.rsplit(['}', ';']).next().unwrap_or("");
        if selectors.is_empty() || selectors.starts_with('@') {
            continue;
        }
        for selector in selectors.split(',') {
            let mut bare = String::new();
            let mut depth = 0;
            for c in selector.chars() {
                match c {
                    '[' | '(' => depth += 1,
                    ']' | ')' => depth -= 1,
                    c if depth == 0 => bare.push(c),
                    _ => {}
                }
            }
            let own = bare.split('.').skip(1).any(|rest| {
                let class = &rest[..rest.find(|c| !is_name(c)).unwrap_or(rest.len())];
                !used.contains(&class)
            });
            if !own {
                return Err(BundleError::HtmlShape(format!(
                    "the after-boot rule `{selector}` could style the first screen: move it to a stylesheet the page loads at once"
                )));
            }
        }
    }
    Ok(())
}

/// A conservative CSS minifier: drops comments, the whitespace around
/// `{ } ; , :` and `>`, the last `;` of a block and a number's leading zero.
/// Quoted strings are kept as they are.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '{' | '}' | ';' | ',' | ':' | '>' => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                // A space before `:` can matter in a selector (`a :hover`).
                if c == ':' && space && !out.is_empty() && !out.ends_with(['{', ';']) {
                    out.push(' ');
                }
                out.push(c);
                space = false;
                while chars.peek().is_some_and(|d| d.is_whitespace()) {
                    chars.next();
                }
            }
            c => {
                if space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', ':', '>']) {
                    out.push(' ');
                }
                space = false;
                // `0.5rem` is `.5rem`: a number's leading zero goes.
                let starts_number = out.is_empty() || out.ends_with([' ', ':', ',', '(']);
                let mut ahead = chars.clone();
                if c == '0'
                    && starts_number
                    && ahead.next() == Some('.')
                    && ahead.next().is_some_and(|d| d.is_ascii_digit())
                {
                    continue;
                }
                out.push(c);
            }
        }
    }
    out
}

/// `'sha256-…'` of an inline element's text, as CSP wants it.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Where every `<tag …>…</tag>` element is: (start of the opening tag,
/// start of the text, end of the text).
fn element_spans(html: &str, tag: &str) -> Result<Vec<(usize, usize, usize)>, BundleError> {
    let close = format!("</{tag}>");
    let mut spans = Vec::new();
    for (i, _) in html.match_indices(&format!("<{tag}")) {
        let body_start = i
            + html[i..]
                .find('>')
                .ok_or_else(|| BundleError::HtmlShape(format!("unterminated <{tag}")))?
            + 1;
        let body_end = body_start
            + html[body_start..]
                .find(&close)
                .ok_or_else(|| BundleError::HtmlShape(format!("no {close}")))?;
        spans.push((i, body_start, body_end));
    }
    Ok(spans)
}

/// The opening tag and the text of every `<tag …>…</tag>` element.
fn inline_elements<'a>(html: &'a str, tag: &str) -> Result<Vec<(&'a str, &'a str)>, BundleError> {
    Ok(element_spans(html, tag)?
        .into_iter()
        .map(|(i, body, end)| (&html[i..body], &html[body..end]))
        .collect())
}

/// The Content-Security-Policy for a page: no connection of any kind, only
/// the page's own inline scripts and styles (by hash), and wasm compilation
/// (`'wasm-unsafe-eval'`, never `eval`), and the script and the style the
/// boot script adds: the glue's ([`GLUE_READY`]) and the [`AFTER_BOOT`]
/// styles' text (empty where there are none, and added all the same). The [`CSP_SELECTOR_ID`] script is
/// not hashed: it runs before any policy exists and nothing may run it again.
pub fn content_security_policy(
    html: &str,
    glue: &str,
    after_boot: &str,
) -> Result<String, BundleError> {
    // Data blocks (the wasm's, the decoder's, the first screen's) never run.
    let data = |open: &str| {
        [WASM_DATA_TYPE, DECODER_TYPE, FIRST_SCREEN_TYPE]
            .iter()
            .any(|t| open.contains(&format!(" type=\"{t}\"")))
    };
    let selector = format!("<script id=\"{CSP_SELECTOR_ID}\">");
    let scripts: Vec<String> = inline_elements(html, "script")?
        .into_iter()
        .filter(|(open, _)| !data(open) && *open != selector)
        .map(|(_, text)| csp_hash(text))
        .chain(std::iter::once(csp_hash(glue)))
        .collect();
    let styles: Vec<String> = inline_elements(html, "style")?
        .into_iter()
        .map(|(_, text)| csp_hash(text))
        .chain(std::iter::once(csp_hash(after_boot)))
        .collect();
    Ok(format!(
        "default-src 'none'; script-src {} {WASM_EVAL}; style-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        scripts.join(" "),
        styles.join(" ")
    ))
}

/// What lets a strict policy compile wasm, and nothing else (Chromium 97,
/// Firefox 102).
const WASM_EVAL: &str = "'wasm-unsafe-eval'";
/// What lets an engine before `'wasm-unsafe-eval'` compile wasm: there the
/// wasm compilation falls under `'unsafe-eval'`.
const OLD_WASM_EVAL: &str = "'unsafe-eval'";

/// The policy for engines that do not know `'wasm-unsafe-eval'` (Chromium
/// before 97): the strict one with `'unsafe-eval'` in its place, so every
/// other directive (no connection, only the hashed scripts and styles) is
/// the same.
pub fn old_engine_policy(strict: &str) -> String {
    strict.replace(WASM_EVAL, OLD_WASM_EVAL)
}

/// The id of the first script in `<head>`, which writes the policy.
pub const CSP_SELECTOR_ID: &str = "csp";

/// The first script of the page: classic, ES3, constants only. It writes
/// the page's CSP meta with `document.write` (Chromium and Firefox enforce a
/// policy written that way): the strict policy where the engine has
/// `Array.prototype.findLast` (Chromium 97, Firefox 104, the releases that
/// know `'wasm-unsafe-eval'` or later ones), the [`old_engine_policy`]
/// elsewhere, and the strict one if anything throws (`src/js/csp.js`). The
/// two policies differ only in the wasm keyword, so the script holds the
/// common text once.
pub fn csp_selector(strict: &str) -> Result<String, BundleError> {
    let Some((before, after)) = strict.split_once(WASM_EVAL) else {
        return Err(BundleError::HtmlShape(format!(
            "the policy has no {WASM_EVAL}"
        )));
    };
    if strict.contains(['"', '\\', '<']) {
        return Err(BundleError::HtmlShape(
            "the policy holds a character that cannot go into the selector script".into(),
        ));
    }
    // The script ends at its `()`: the file's final newline is not part of it.
    let script = fill(
        js_text(CSP_JS).trim_end(),
        &[
            ("CSP_BEFORE", before),
            ("OLD_WASM_EVAL", OLD_WASM_EVAL),
            ("WASM_EVAL", WASM_EVAL),
            ("CSP_AFTER", after),
        ],
    );
    Ok(format!(
        "<script id=\"{CSP_SELECTOR_ID}\">{script}</script>"
    ))
}

/// Rewrites the text of every `<tag …>…</tag>` element with `f(opening tag, text)`.
fn map_elements(
    html: &str,
    tag: &str,
    f: impl Fn(&str, &str) -> Result<String, BundleError>,
) -> Result<String, BundleError> {
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for (i, body, end) in element_spans(html, tag)? {
        out.push_str(&html[copied..body]);
        out.push_str(&f(&html[i..body], &html[body..end])?);
        copied = end;
    }
    out.push_str(&html[copied..]);
    Ok(out)
}

/// A classic inline script without its comment lines and indentation (line
/// breaks stay, so the meaning cannot change).
pub fn strip_script_comments(js: &str) -> String {
    js.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The page without HTML comments (outside scripts and styles, where `<!--`
/// means something else).
fn strip_html_comments(html: &str) -> Result<String, BundleError> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = ["<!--", "<script", "<style"]
            .iter()
            .filter_map(|m| rest.find(m).map(|i| (i, *m)))
            .min();
        let Some((i, marker)) = next else { break };
        out.push_str(&rest[..i]);
        let end_marker = match marker {
            "<!--" => "-->",
            "<script" => "</script>",
            _ => "</style>",
        };
        let end = i
            + rest[i..]
                .find(end_marker)
                .ok_or_else(|| BundleError::HtmlShape(format!("no {end_marker}")))?
            + end_marker.len();
        if marker != "<!--" {
            out.push_str(&rest[i..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Minifies what trunk leaves as written: styles through [`minify_css`],
/// classic scripts through [`strip_script_comments`] and then `minify`
/// (as ES5: the page's classic script also runs in IE mode, to say it
/// cannot start there), and HTML comments.
fn minify_page(
    html: &str,
    minify: &impl Fn(&str, Script) -> Result<String, BundleError>,
) -> Result<String, BundleError> {
    let html = map_elements(html, "style", |_, css| Ok(minify_css(css)))?;
    let html = map_elements(&html, "script", |open, js| {
        if open == "<script>" {
            Ok(minify(&strip_script_comments(js), Script::Classic)?
                .trim_end()
                .to_string())
        } else {
            Ok(js.to_string())
        }
    })?;
    strip_html_comments(&html)
}

/// Where the prerendered first screen goes: the page shows it at once to a
/// new user, and the app takes it over when it starts. It holds the
/// screen's markup as one JSON string, which the page's script parses only
/// where it shows it. Its non-ASCII characters stay UTF-8, each byte one
/// character of the windows-1252 page (3 bytes a character of Chinese,
/// where a `\uXXXX` escape takes 6): the page's script reads them back to
/// bytes and decodes those as UTF-8 (index.html, `utf8`). UTF-8 never
/// holds an ASCII byte inside a character, so nothing in it ends the
/// element, and none of its bytes is NUL or a carriage return.
pub const FIRST_SCREEN_SLOT: &str =
    "<script type=\"application/json\" id=\"first-screen\"></script>";
const FIRST_SCREEN_TYPE: &str = "application/json";
/// Stands for the first screen's JSON in the page until its bytes go in,
/// after the page is made ASCII.
const FIRST_SCREEN_DATA: &str = "@@ziping-first-screen@@";

fn insert_first_screen(html: &str, first_screen: &str) -> Result<String, BundleError> {
    let count = html.matches(FIRST_SCREEN_SLOT).count();
    if count != 1 {
        return Err(BundleError::HtmlShape(format!(
            "expected one `{FIRST_SCREEN_SLOT}`, found {count}"
        )));
    }
    // A script would run; a style's text would be escaped as CSS inside
    // the JSON string.
    if first_screen.contains("<script") || first_screen.contains("<style") {
        return Err(BundleError::HtmlShape(
            "the prerendered first screen holds a script or a style".into(),
        ));
    }
    Ok(html.replace(
        FIRST_SCREEN_SLOT,
        &FIRST_SCREEN_SLOT.replace("></", &format!(">{FIRST_SCREEN_DATA}</")),
    ))
}

/// `text` as a JSON string literal that can stand inside a `<script>`
/// element: no `</script` (any case) or `<!--` in it ends or changes the
/// element (`<\/script`, `<\u0021--`).
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut after_lt = false;
    for (i, c) in text.char_indices() {
        let rest = &text.as_bytes()[i + c.len_utf8()..];
        let starts = |s: &[u8]| rest.len() >= s.len() && rest[..s.len()].eq_ignore_ascii_case(s);
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' if after_lt && starts(b"script") => out.push_str("\\/"),
            '!' if after_lt && starts(b"--") => out.push_str("\\u0021"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
        after_lt = c == '<';
    }
    out.push('"');
    out
}

/// Builds the single file from trunk's HTML, the glue, the wasm, the LZMA
/// decoder's wasm (crates/lzma, lowered to WebAssembly 1.0) and the
/// prerendered first screen (`ziping::prerender::first_screen`). `minify`
/// shrinks the boot's module script and the glue's classic script; it must
/// keep string literals intact.
pub fn bundle(
    html: &str,
    glue: &str,
    wasm: &[u8],
    decoder: &[u8],
    first_screen: &str,
    minify: impl Fn(&str, Script) -> Result<String, BundleError>,
) -> Result<Vec<u8>, BundleError> {
    if !decoder.starts_with(b"\0asm") {
        return Err(BundleError::Io(
            "the LZMA decoder is not a wasm module".into(),
        ));
    }
    let loader = find_loader(html)?;
    let mut page = strip_loader(html, &loader)?;
    check_self_contained(&page)?;
    let (rest, after_boot) = take_after_boot(&page)?;
    check_after_boot(&after_boot, &format!("{rest}{first_screen}"))?;
    page = minify_page(&rest, &minify)?;
    page = insert_first_screen(&page, first_screen)?;
    let first_screen = json_string(first_screen);
    if page.contains("Content-Security-Policy")
        || page.contains(&format!("id=\"{CSP_SELECTOR_ID}\""))
    {
        return Err(BundleError::HtmlShape("the page already has a CSP".into()));
    }
    let glue = minify(&glue_script(glue)?, Script::Classic)?;
    if !glue.contains(GLUE_READY) || !glue.contains("\"use strict\"") {
        return Err(BundleError::Minify(format!(
            "the minified glue no longer sets {GLUE_READY} in strict mode"
        )));
    }
    let minified = minify(&boot_script(), Script::Module)?;
    for script in [&glue, &minified] {
        if let Some(at) = newer_syntax(script) {
            return Err(BundleError::Minify(format!(
                "the minified script uses syntax Chromium 72–79 cannot parse: `{at}`"
            )));
        }
    }
    if [WASM_DATA_ID, DECODER_ID]
        .iter()
        .any(|id| !minified.contains(&format!("\"{id}\"")))
    {
        return Err(BundleError::Minify(
            "the minified script no longer reads the wasm's data blocks".into(),
        ));
    }
    if !minified.contains(MODULE_RAN) {
        return Err(BundleError::Minify(format!(
            "the minified script no longer sets {MODULE_RAN}, which index.html checks"
        )));
    }
    let script = format!(
        "<script type=\"{DECODER_TYPE}\" id=\"{DECODER_ID}\">{DECODER_SLOT}</script>\n<script type=\"{WASM_DATA_TYPE}\" id=\"{WASM_DATA_ID}\" data-wasm=\"{}\" data-glue=\"{}\">{WASM_SLOT}</script>\n<script type=\"module\">{}</script>\n",
        wasm.len(),
        glue.len(),
        minified.trim_end()
    );
    let body_end = page
        .rfind("</body>")
        .ok_or_else(|| BundleError::HtmlShape("no </body>".into()))?;
    page.insert_str(body_end, &script);
    page = declare_1252(&ascii_only(&page)?)?;

    // The policy goes in before anything it governs, but after the leading
    // <meta> elements: IE (a dual-engine browser's compatibility mode) reads
    // X-UA-Compatible only before any other element.
    let at = page
        .find("<title>")
        .ok_or_else(|| BundleError::HtmlShape("no <title>".into()))?;
    for governed in ["<script", "<style", "<link"] {
        if page[..at].contains(governed) {
            return Err(BundleError::HtmlShape(format!(
                "`{governed}` before <title>: the policy must come first"
            )));
        }
    }
    let selector = csp_selector(&content_security_policy(&page, &glue, &after_boot)?)?;
    page.insert_str(at, &format!("{selector}\n  "));
    // The data blocks' bytes, in the page's order.
    let packed = pack(&lzma(
        &[wasm, glue.as_bytes(), after_boot.as_bytes()].concat(),
    ));
    let blocks = [
        (FIRST_SCREEN_DATA, first_screen.into_bytes()),
        (DECODER_SLOT, pack(decoder)),
        (WASM_SLOT, packed),
    ];
    let mut out = Vec::with_capacity(page.len() + blocks.iter().map(|b| b.1.len()).sum::<usize>());
    let mut rest = page.as_str();
    for (slot, bytes) in blocks {
        let (before, after) = match (page.matches(slot).count(), rest.split_once(slot)) {
            (1, Some(split)) => split,
            _ => {
                return Err(BundleError::HtmlShape(format!(
                    "`{slot}` must appear once, in its data block, in order"
                )))
            }
        };
        out.extend_from_slice(before.as_bytes());
        out.extend(bytes);
        rest = after;
    }
    out.extend_from_slice(rest.as_bytes());
    Ok(out)
}

/// The ASCII page declared windows-1252 instead of UTF-8. The declaration
/// must be the page's only one and within its first 1,024 bytes, where the
/// browser looks for it.
fn declare_1252(page: &str) -> Result<String, BundleError> {
    if !page.is_ascii() {
        return Err(BundleError::HtmlShape(
            "the page is not ASCII after escaping".into(),
        ));
    }
    if page.matches("<meta charset").count() != 1
        || page
            .find(CHARSET_UTF8)
            .is_none_or(|at| at + CHARSET_1252.len() >= 1024)
    {
        return Err(BundleError::HtmlShape(format!(
            "expected one `{CHARSET_UTF8}` within the first 1,024 bytes, and no other charset"
        )));
    }
    Ok(page.replace(CHARSET_UTF8, CHARSET_1252))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_of_the_js_files_is_filled_and_named_in_the_header() {
        // `fill` panics on a placeholder the bundler gives no value for, and
        // on a value the file has no placeholder for.
        let filled = [
            (BOOT_JS, boot_script()),
            (
                CSP_JS,
                csp_selector("default-src 'none'; script-src 'wasm-unsafe-eval'").unwrap(),
            ),
        ];
        for (file, text) in filled {
            assert_eq!(placeholders(&text), [], "left in the page");
            let (header, _) = file.split_once("\n\n").unwrap();
            let names: Vec<&str> = placeholders(js_text(file))
                .into_iter()
                .map(|(_, _, name)| name)
                .collect();
            assert!(!names.is_empty());
            for name in names {
                assert!(
                    header.contains(&format!("//   __{name}__ ")),
                    "the header lists __{name}__"
                );
            }
        }
    }

    #[test]
    #[should_panic(expected = "no value for the placeholder __B__")]
    fn a_placeholder_without_a_value_is_a_bug() {
        fill("__A__ __B__", &[("A", "a")]);
    }

    #[test]
    #[should_panic(expected = "no placeholder __B__")]
    fn a_value_without_a_placeholder_is_a_bug() {
        fill("__A__", &[("A", "a"), ("B", "b")]);
    }

    #[test]
    fn placeholders_are_upper_case_and_values_are_not_searched() {
        assert_eq!(
            placeholders("__wbg_init(); ___X__ __Y1_Z__a __ __a__"),
            [(15, 20, "X"), (21, 29, "Y1_Z")]
        );
        assert_eq!(
            fill("f(__A__, __B__);", &[("A", "__B__ {}"), ("B", "$1")]),
            "f(__B__ {}, $1);"
        );
    }
}
