//! Turns trunk's output (index.html + wasm-bindgen JS glue + .wasm) into one
//! self-contained HTML file that opens from file:// with no network at all.
//!
//! The wasm is embedded gzip-compressed as base64 and decoded in the page with
//! `DecompressionStream` (no `fetch`, which would be a connection under the
//! CSP); the glue is inlined into a module script. A Content-Security-Policy
//! with a hash for every inline script and style is added. Anything in
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

/// gzip with zopfli (about 5 % smaller than zlib's best); deterministic: no
/// timestamp, no name.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Gzip,
        bytes,
        &mut out,
    )
    .expect("writing to a Vec cannot fail");
    out
}

/// Stands for the embedded wasm while the script is minified.
const WASM_PLACEHOLDER: &str = "@@ZIPING_WASM_GZIP_BASE64@@";

/// The module script that decodes the embedded wasm and starts the app. On
/// failure it shows the static message for the cause (no WebAssembly, or a
/// browser too old for the rest). The wasm is a placeholder until
/// [`bundle`] has minified the script.
fn boot_script(glue: &str) -> String {
    format!(
        r#"{glue}
const WASM_GZ = "{WASM_PLACEHOLDER}";
try {{
  performance.mark("ziping-boot");
  let gz;
  if (typeof Uint8Array.fromBase64 === "function") {{
    gz = Uint8Array.fromBase64(WASM_GZ);
  }} else {{
    const bin = atob(WASM_GZ);
    gz = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) gz[i] = bin.charCodeAt(i);
  }}
  // An in-memory stream: a Blob's stream would go through the browser process.
  const source = new ReadableStream({{ start(c) {{ c.enqueue(gz); c.close(); }} }});
  const wasmBytes = await new Response(source.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  performance.mark("ziping-wasm-decoded");
  await __wbg_init({{ module_or_path: wasmBytes }});
  performance.mark("ziping-started");
}} catch (e) {{
  console.error("ziping failed to start", e);
  document.getElementById("boot-loading").hidden = true;
  document.getElementById(typeof WebAssembly === "object" ? "boot-failed" : "boot-nowasm").hidden = false;
}}
"#
    )
}

/// `'sha256-…'` of an inline element's text, as CSP wants it.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The text of every `<tag …>…</tag>` element.
fn inline_texts<'a>(html: &'a str, tag: &str) -> Result<Vec<&'a str>, BundleError> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    for (i, _) in html.match_indices(&open) {
        let body_start = i
            + html[i..]
                .find('>')
                .ok_or_else(|| BundleError::HtmlShape(format!("unterminated <{tag}")))?
            + 1;
        let body_end = body_start
            + html[body_start..]
                .find(&close)
                .ok_or_else(|| BundleError::HtmlShape(format!("no {close}")))?;
        out.push(&html[body_start..body_end]);
    }
    Ok(out)
}

/// The Content-Security-Policy for a page: no connection of any kind, only
/// the page's own inline scripts and styles (by hash), and wasm compilation.
pub fn content_security_policy(html: &str) -> Result<String, BundleError> {
    let scripts: Vec<String> = inline_texts(html, "script")?
        .into_iter()
        .map(csp_hash)
        .collect();
    let styles: Vec<String> = inline_texts(html, "style")?
        .into_iter()
        .map(csp_hash)
        .collect();
    Ok(format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        scripts.join(" "),
        styles.join(" ")
    ))
}

/// Builds the single file from trunk's HTML, the glue and the wasm. `minify`
/// shrinks the module script (glue + boot code); it must keep string
/// literals intact.
pub fn bundle(
    html: &str,
    glue: &str,
    wasm: &[u8],
    minify: impl Fn(&str) -> Result<String, BundleError>,
) -> Result<String, BundleError> {
    let loader = find_loader(html)?;
    let mut page = strip_loader(html, &loader)?;
    check_self_contained(&page)?;
    if page.contains("Content-Security-Policy") {
        return Err(BundleError::HtmlShape("the page already has a CSP".into()));
    }
    let minified = minify(&boot_script(&prepare_glue(glue)?))?;
    if minified.matches(WASM_PLACEHOLDER).count() != 1 {
        return Err(BundleError::Minify(
            "the minified script lost the wasm placeholder".into(),
        ));
    }
    let b64 = base64::engine::general_purpose::STANDARD.encode(gzip(wasm));
    let script = format!(
        "<script type=\"module\">{}</script>\n",
        minified.trim_end().replace(WASM_PLACEHOLDER, &b64)
    );
    let body_end = page
        .rfind("</body>")
        .ok_or_else(|| BundleError::HtmlShape("no </body>".into()))?;
    page.insert_str(body_end, &script);

    let charset = "<meta charset=\"utf-8\">";
    let at = page
        .find(charset)
        .ok_or_else(|| BundleError::HtmlShape(format!("no `{charset}`")))?
        + charset.len();
    let csp = content_security_policy(&page)?;
    page.insert_str(
        at,
        &format!("\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">"),
    );
    Ok(page)
}
