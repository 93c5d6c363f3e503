//! The bundler on trunk-shaped input: what it produces, and that every change
//! of shape it does not know fails loudly.

use std::io::Read;

use base64::Engine;

use bundle::{
    ascii_only, bundle, content_security_policy, csp_hash, csp_selector, find_loader, lzma,
    minify_css, old_engine_policy, pack, unpack, BundleError, Script,
};

const HTML: &str = r#"<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>t</title>
  <link rel="icon" href="data:,">
<style>/* base */
body {
  color: red;
  font-family: "A  B", sans-serif;
}
</style>
<script type="module">
import init, * as bindings from '/app-1234.js';
const wasm = await init({ module_or_path: '/app-1234_bg.wasm' });
window.wasmBindings = bindings;
</script>
<link rel="modulepreload" href="/app-1234.js" crossorigin="anonymous" integrity="sha384-x"><link rel="preload" href="/app-1234_bg.wasm" crossorigin="anonymous" integrity="sha384-y" as="fetch" type="application/wasm"></head>
<body>
  <div id="boot"><p id="boot-loading">…</p><p id="boot-failed" hidden>…</p><p id="boot-nowasm" hidden>…</p></div>
  <script type="application/json" id="first-screen"></script>
  <!-- a note for developers -->
  <script>
    // ES3 on purpose
    (function () {
      var a = "<b>"; // kept
    })();
  </script>
</body>
</html>
"#;

const GLUE: &str = "let wasm;\nasync function __wbg_init(module_or_path) { return 1; }\nfunction initSync() {}\nexport { initSync, __wbg_init as default };\n";
const WASM: &[u8] = b"\0asm\x01\0\0\0 pretend module bytes";
const DECODER: &[u8] = b"\0asm\x01\0\0\0 pretend decoder <bytes> = \r\0";
const FIRST: &str = "<header><h1>t</h1></header><input type=\"radio\" name=\"a:b\" value=\"hao\">";

/// The identity "minifier": the tests look at the structure, not the size.
fn same(s: &str, _: Script) -> Result<String, BundleError> {
    Ok(s.to_string())
}

/// The page's bytes as windows-1252 reads its ASCII (each byte one
/// character): the tests look at the ASCII around the wasm.
fn latin1(page: &[u8]) -> String {
    page.iter().map(|&b| char::from(b)).collect()
}

/// The bundle with a "minifier" that edits the classic scripts (the page's
/// own and the glue's) with `classic` and the boot's module with `module`.
fn minified_by(
    classic: impl Fn(&str) -> String,
    module: impl Fn(&str) -> String,
) -> Result<Vec<u8>, BundleError> {
    bundle(HTML, GLUE, WASM, DECODER, FIRST, |s, kind| {
        Ok(match kind {
            Script::Classic => classic(s),
            Script::Module => module(s),
        })
    })
}

/// The bundle of `html` with `first` as the first screen, as text.
fn built(html: &str, first: &str) -> String {
    latin1(&bundle(html, GLUE, WASM, DECODER, first, same).unwrap())
}

#[track_caller]
fn shape_error(html: &str, glue: &str) -> String {
    match bundle(html, glue, WASM, DECODER, FIRST, same) {
        Ok(_) => panic!("expected a shape error"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn finds_the_files_trunk_loads() {
    let l = find_loader(HTML).unwrap();
    assert_eq!(l.js, "app-1234.js");
    assert_eq!(l.wasm, "app-1234_bg.wasm");
}

#[test]
fn the_bundle_is_self_contained() {
    let page = built(HTML, FIRST);
    assert!(!page.contains("app-1234"), "no reference to trunk's files");
    assert!(!page.contains("modulepreload"));
    assert!(!page.contains("export {"));
    assert!(!page.contains("fetch("));
    assert!(
        !page.contains("__wbg_init"),
        "the glue is not in the page as text"
    );
    assert!(stream(&page).1.contains("async function __wbg_init("));
    assert!(page.contains("const block = document.getElementById(\"wasm-lzma\");"));
    assert!(page.contains("const bytes = await lzma(decoder, unpack(block.textContent));"));
    let csp_at = page.find("Content-Security-Policy").unwrap();
    assert!(
        csp_at < page.find("<style").unwrap(),
        "CSP comes before any style"
    );
    // The boot code awaits inside a function: top-level await needs Chromium 89.
    assert!(page.contains("(async () => {\ntry {"));
}

/// The bytes the data block decodes to (liblzma, not the page's decoder).
fn embedded(page: &str, open: &str) -> Vec<u8> {
    let start = page.find(open).unwrap() + open.len();
    let end = start + page[start..].find("</script>").unwrap();
    let bytes: Vec<u8> = page[start..end].chars().map(|c| c as u8).collect();
    let mut lz = unpack(&bytes).unwrap();
    // The header holds the size for the page's decoder; liblzma reads the
    // stream as it wrote it (size unknown, end marker).
    let size = u64::from_le_bytes(lz[5..13].try_into().unwrap());
    lz[5..13].fill(0xff);
    let mut out = Vec::new();
    xz2::read::XzDecoder::new_stream(
        &lz[..],
        xz2::stream::Stream::new_lzma_decoder(u64::MAX).unwrap(),
    )
    .read_to_end(&mut out)
    .unwrap();
    assert_eq!(out.len() as u64, size);
    out
}

/// The data block's stream, cut where its `data-wasm` and `data-glue` say:
/// the wasm, the glue's script and the after-boot styles.
fn stream(page: &str) -> (Vec<u8>, String, String) {
    let at = page.find("id=\"wasm-lzma\"").unwrap();
    let end = at + page[at..].find('>').unwrap() + 1;
    let open = &page[page[..at].rfind("<script").unwrap()..end];
    let attr = |name: &str| -> usize {
        let key = format!("{name}=\"");
        let from = open.find(&key).unwrap() + key.len();
        open[from..from + open[from..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    let (n, g) = (attr("data-wasm"), attr("data-wasm") + attr("data-glue"));
    let out = embedded(page, open);
    let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    (out[..n].to_vec(), text(&out[n..g]), text(&out[g..]))
}

#[test]
fn the_decoder_is_embedded_packed_before_the_wasm() {
    let page = built(HTML, FIRST);
    let open = "<script type=\"application/x-ziping-wasm-1252\" id=\"lzma-wasm\">";
    let start = page.find(open).unwrap() + open.len();
    let end = start + page[start..].find("</script>").unwrap();
    let text: Vec<u8> = page[start..end].chars().map(|c| c as u8).collect();
    assert_eq!(unpack(&text).unwrap(), DECODER);
    assert!(end < page.find("id=\"wasm-lzma\"").unwrap());
    assert!(page.contains(
        "WebAssembly.instantiate(unpack(document.getElementById(\"lzma-wasm\").textContent))"
    ));
    let e = bundle(HTML, GLUE, WASM, b"not wasm", FIRST, same).unwrap_err();
    assert_eq!(e.to_string(), "the LZMA decoder is not a wasm module");
}

#[test]
fn the_embedded_wasm_decodes_to_the_original_bytes() {
    let page = built(HTML, FIRST);
    assert_eq!(stream(&page).0, WASM);
}

#[test]
fn the_glue_travels_compressed_after_the_wasm_as_a_strict_classic_script() {
    let page = built(HTML, FIRST);
    let (_, glue, css) = stream(&page);
    assert_eq!(
        glue,
        "(function () {\n\"use strict\";\nlet wasm;\nasync function __wbg_init(module_or_path) { return 1; }\nfunction initSync() {}\n\n\nwindow.zipingGlue = __wbg_init;\n})();\n"
    );
    assert_eq!(css, "", "no after-boot styles here");
    // The boot script adds it as a <script>: the policy holds its hash.
    let (csp, _) = written_policies(&page);
    assert!(csp.contains(&csp_hash(&glue)));
    assert!(page.contains("glue.textContent = text.decode(bytes.subarray(n, g));"));
    assert!(page.contains("const init = window.zipingGlue;"));
    assert!(page.contains("await init({ module_or_path: bytes.subarray(0, n) });"));
}

#[test]
fn the_glue_reads_the_pages_address_where_it_read_import_meta() {
    let glue = GLUE.replace("return 1;", "return new URL('a.wasm', import.meta.url);");
    let page = latin1(&bundle(HTML, &glue, WASM, DECODER, FIRST, same).unwrap());
    assert!(stream(&page)
        .1
        .contains("return new URL('a.wasm', location.href);"));
    let twice = glue.replace(
        "function initSync() {}",
        "function initSync() { import.meta; }",
    );
    assert_eq!(
        bundle(HTML, &twice, WASM, DECODER, FIRST, same)
            .unwrap_err()
            .to_string(),
        "wasm-bindgen's JS glue changed shape: `import.meta` used otherwise than as `import.meta.url`"
    );
}

#[test]
fn a_minified_script_that_old_engines_cannot_parse_fails_the_build() {
    for (kind, from, to) in [
        (Script::Classic, "return 1;", "return a?.b;"),
        (Script::Module, "const init", "const x = a ?? b; const init"),
    ] {
        let edit = |s: &str| s.replace(from, to);
        let e = match kind {
            Script::Classic => minified_by(edit, str::to_string),
            Script::Module => minified_by(str::to_string, edit),
        }
        .unwrap_err();
        assert!(
            e.to_string().contains("syntax Chromium 72–79 cannot parse"),
            "{e}"
        );
    }
    // A conditional with a decimal is not `?.`.
    let page = minified_by(|s| s.replace("return 1;", "return a?.5:1;"), str::to_string);
    assert!(page.is_ok());
}

#[test]
fn the_pages_classic_script_goes_through_the_minifier_as_a_classic_script() {
    let page = latin1(&minified_by(|s| s.replace("var a = ", "var b = "), str::to_string).unwrap());
    assert!(page.contains("var b = \"<b>\";"));
    assert!(!page.contains("var a = "));
    // The policy hashes what the page holds after the minifier.
    let (csp, _) = written_policies(&page);
    assert!(csp.contains(&csp_hash("(function () {\nvar b = \"<b>\"; // kept\n})();")));
}

#[test]
fn a_minifier_that_loses_the_glues_strict_mode_fails() {
    let e = minified_by(|s| s.replace("\"use strict\";", ""), str::to_string).unwrap_err();
    assert_eq!(
        e.to_string(),
        "minifying the boot script failed: the minified glue no longer sets zipingGlue in strict mode"
    );
}

/// The page with an after-boot stylesheet holding `rule`, after the base
/// one.
fn with_after_boot(rule: &str) -> String {
    HTML.replace(
        "<script type=\"module\">",
        &format!(
            "<style>/* after boot: later screens */\n{rule}\n</style>\n<script type=\"module\">"
        ),
    )
}

#[test]
fn after_boot_styles_travel_compressed_after_the_wasm() {
    let page = built(
        &with_after_boot(".later > b ,\n.x.y { color: blue; }"),
        FIRST,
    );
    let css = ".later>b,.x.y{color:blue}";
    assert!(!page.contains("later"), "not in the page as text");
    assert_eq!(
        page.matches("<style>").count(),
        1,
        "the base stylesheet only"
    );
    let (wasm, _, styles) = stream(&page);
    assert_eq!((&wasm[..], &styles[..]), (WASM, css));
    // The boot script adds it as a <style>: the policy holds its hash.
    let (csp, _) = written_policies(&page);
    assert!(csp.contains(&csp_hash(css)));
    assert_eq!(csp.matches("'sha256-").count(), 5);
    assert!(page.contains("style.textContent = text.decode(bytes.subarray(g));"));
}

#[test]
fn an_after_boot_rule_that_could_style_the_first_screen_fails_the_build() {
    let first = "<main class=\"main wide\"><p class=\"note\">t</p></main>";
    // The page's own boot message has a class too.
    let page = |rule| {
        with_after_boot(rule).replace("<div id=\"boot\">", "<div id=\"boot\" class=\"boot\">")
    };
    let html = page(".later { color: blue; }");
    assert!(bundle(&html, GLUE, WASM, DECODER, first, same).is_ok());
    for rule in [
        ".main .note { color: red; }",
        ".later, p { color: red; }",
        "@media print { .wide { color: red; } }",
        ".main:not(.later) { color: red; }",
        "[class=\"later\"] .note { color: red; }",
        // The page's own markup shows before the wasm is decoded too.
        ".later, .boot { color: red; }",
        // And a class its script sets (the boot script's marks).
        ".mark.done { color: red; }",
    ] {
        let html = page(rule).replace(
            "var a = \"<b>\";",
            "var a = \"<b>\"; el.className = on ? \"mark done\" : \"mark\";",
        );
        let err = bundle(&html, GLUE, WASM, DECODER, first, same).unwrap_err();
        assert!(
            err.to_string().contains("could style the first screen"),
            "{rule}: {err}"
        );
    }
}

/// The page's first script (which writes the policy).
fn selector_script(page: &str) -> &str {
    let open = "<script id=\"csp\">";
    let start = page.find(open).expect("the policy's script") + open.len();
    &page[start..start + page[start..].find("</script>").unwrap()]
}

/// The two policies the first script can write: (strict, old engines).
fn written_policies(page: &str) -> (String, String) {
    let script = selector_script(page);
    let head = "content=\\\"";
    let start = script.find(head).unwrap() + head.len();
    let (before, rest) = script[start..]
        .split_once("\"+(o?\"'unsafe-eval'\":\"'wasm-unsafe-eval'\")+\"")
        .unwrap();
    let after = &rest[..rest.find("\\\">\")").unwrap()];
    (
        format!("{before}'wasm-unsafe-eval'{after}"),
        format!("{before}'unsafe-eval'{after}"),
    )
}

#[test]
fn the_csp_allows_exactly_the_inline_code_and_no_connection() {
    let page = built(HTML, FIRST);
    let (csp, old) = written_policies(&page);
    assert!(csp.starts_with("default-src 'none'; script-src 'sha256-"));
    assert!(csp.contains("'wasm-unsafe-eval'"));
    assert!(
        !csp.contains("'unsafe-eval'"),
        "the strict policy never allows eval"
    );
    assert!(!csp.contains("connect-src"));
    assert!(!csp.contains("unsafe-inline"));
    assert!(csp.contains(&csp_hash("body{color:red;font-family:\"A  B\",sans-serif}")));
    assert!(csp.contains(&csp_hash("(function () {\nvar a = \"<b>\"; // kept\n})();")));
    // Both scripts of the page (the classic check and the boot module) are
    // hashed, and the script and the style the boot script adds (the glue;
    // no after-boot styles here: empty); the policy's own script is not (it
    // ran before the policy).
    assert_eq!(csp.matches("'sha256-").count(), 5);
    assert!(csp.contains(&csp_hash("")));
    assert!(!csp.contains(&csp_hash(selector_script(&page))));
    // Recomputing over the final page gives the same policy.
    let glue = stream(&page).1;
    assert_eq!(content_security_policy(&page, &glue, "").unwrap(), csp);
    // The old engines' policy differs only where wasm is allowed.
    assert_eq!(old, old_engine_policy(&csp));
    assert_eq!(old.replace("'unsafe-eval'", "'wasm-unsafe-eval'"), csp);
    assert!(!old.contains("connect-src") && !old.contains("unsafe-inline"));
    assert!(old.starts_with("default-src 'none'; script-src 'sha256-"));
}

#[test]
fn the_policy_is_written_first_after_the_leading_meta_elements() {
    let html = HTML.replace(
        "<meta charset=\"utf-8\">",
        "<meta charset=\"utf-8\">\n  <meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">",
    );
    let page = built(&html, FIRST);
    let at = page.find("<script id=\"csp\">").unwrap();
    assert!(
        at > page.find("X-UA-Compatible").unwrap(),
        "IE reads it only first"
    );
    assert!(at < page.find("<title>").unwrap());
    assert_eq!(page.find("<script"), Some(at), "before every other script");
    assert!(at < page.find("<style").unwrap() && at < page.find("<link").unwrap());
    assert!(
        !page.contains("<meta http-equiv=\"Content-Security-Policy\""),
        "only written by the script"
    );
    // A style before the title could not be governed: the build refuses it.
    let early = HTML.replace("<title>", "<style>a{}</style><title>");
    assert!(shape_error(&early, GLUE).contains("`<style` before <title>"));
}

#[test]
fn the_policy_script_is_es3_and_constants_only() {
    let page = built(HTML, FIRST);
    let script = selector_script(&page);
    for modern in ["let ", "const ", "=>", "`", "?.", "??"] {
        assert!(!script.contains(modern), "{modern}");
    }
    // Its only inputs are the engine's own Array.prototype and document.write.
    let mut code = String::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in script.chars() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (_, false, '"') => in_string = !in_string,
            (false, _, c) => code.push(c),
            _ => {}
        }
    }
    assert_eq!(
        code,
        "(function(){var o=false;try{o=typeof Array.prototype.findLast!=}catch(e){o=false}finally{document.write(+(o?:)+)}})()"
    );
}

/// Runs the policy's script in node with a stand-in `document` and returns
/// what it wrote; `setup` prepares the engine (runs first).
fn run_selector(page: &str, setup: &str) -> String {
    let program = format!(
        "let out='';globalThis.document={{write:s=>{{out+=s}}}};{setup};try{{{}}}catch(e){{}};process.stdout.write(out)",
        selector_script(page)
    );
    String::from_utf8(run_node(&["-e", &program])).unwrap()
}

/// Runs node with `args`; its standard output, after a successful exit.
fn run_node(args: &[&str]) -> Vec<u8> {
    let out = std::process::Command::new("node")
        .args(args)
        .output()
        .expect("node (the project's build needs it: scripts/setup.sh)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn the_policy_script_chooses_by_findlast_and_falls_back_to_strict() {
    let page = built(HTML, FIRST);
    let (strict, old) = written_policies(&page);
    let meta = |p: &str| format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{p}\">");
    // Node has findLast, like Chromium 97 and later.
    assert_eq!(run_selector(&page, ""), meta(&strict));
    // Without it, like Chromium 83-96: wasm under 'unsafe-eval'.
    assert_eq!(
        run_selector(&page, "delete Array.prototype.findLast"),
        meta(&old)
    );
    // If the test throws, the strict policy is written all the same.
    let throwing =
        "Object.defineProperty(Array.prototype,'findLast',{get(){throw new Error('x')}})";
    assert_eq!(run_selector(&page, throwing), meta(&strict));
}

#[test]
fn a_policy_without_the_wasm_keyword_or_with_a_quote_is_refused() {
    assert!(csp_selector("default-src 'none'").is_err());
    assert!(csp_selector("default-src 'none'; script-src \"x\" 'wasm-unsafe-eval'").is_err());
}

#[test]
fn lzma_is_deterministic() {
    assert_eq!(lzma(WASM), lzma(WASM));
}

#[test]
fn a_missing_or_doubled_loader_fails() {
    let e = shape_error(
        &HTML.replace("import init, * as bindings from", "import x from"),
        GLUE,
    );
    assert_eq!(
        e,
        "trunk's index.html changed shape: expected one loader script with `import init, * as bindings from '`, found 0"
    );
    let doubled = HTML.replace(
        "</body>",
        "<script type=\"module\">import init, * as bindings from '/b.js';</script></body>",
    );
    assert!(shape_error(&doubled, GLUE).contains("found 2"));
}

#[test]
fn a_missing_preload_link_fails() {
    let html = HTML.replace("<link rel=\"modulepreload\"", "<link rel=\"xpreload\"");
    assert_eq!(
        shape_error(&html, GLUE),
        "trunk's index.html changed shape: no `<link rel=\"modulepreload\" href=\"/app-1234.js\"` link"
    );
}

#[test]
fn leftover_external_resources_fail() {
    let html = HTML.replace(
        "</head>",
        "<link rel=\"stylesheet\" href=\"/style-1.css\"></head>",
    );
    assert!(shape_error(&html, GLUE).contains("external link left"));
    let html = HTML.replace("</body>", "<script src=\"/x.js\"></script></body>");
    assert!(shape_error(&html, GLUE).contains("external script left"));
}

#[test]
fn glue_of_another_shape_fails() {
    let e = shape_error(
        HTML,
        &format!("import {{ x }} from './snippets/a.js';\n{GLUE}"),
    );
    assert_eq!(
        e,
        "wasm-bindgen's JS glue changed shape: the glue imports or exports more than expected: import { x } from './snippets/a.js';"
    );
    let e = shape_error(
        HTML,
        &GLUE.replace("export { initSync, __wbg_init as default };", ""),
    );
    assert!(e.contains("expected one `export { initSync, __wbg_init as default };`"));
    assert!(matches!(
        bundle(HTML, "nothing", WASM, DECODER, FIRST, same),
        Err(BundleError::GlueShape(_))
    ));
}

#[test]
fn a_minifier_that_drops_the_wasm_fails() {
    let e = minified_by(str::to_string, |_| "console.log(1)".into()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "minifying the boot script failed: the minified script no longer reads the wasm's data blocks"
    );
}

#[test]
fn the_minified_script_is_what_lands_in_the_page() {
    let page = latin1(
        &minified_by(
            |s| s.replace("__wbg_init", "a"),
            |s| s.replace("const init", "const start"),
        )
        .unwrap(),
    );
    assert!(page.contains("const start = window.zipingGlue;"));
    assert!(stream(&page).1.contains("async function a("));
}

#[test]
fn pack_round_trips_and_never_writes_what_a_script_element_would_change() {
    let mut bytes: Vec<u8> = (0..=255).collect();
    bytes.extend((0..5000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    for len in [0, 1, 2, 3, 7, 13, 14, 255, bytes.len()] {
        let text = pack(&bytes[..len]);
        assert!(
            !text.iter().any(|c| matches!(c, 0 | b'\r' | b'<')),
            "never NUL, CR or <"
        );
        assert_eq!(unpack(&text).unwrap(), &bytes[..len]);
    }
    let text = pack(&bytes);
    assert!(
        text.len() * 100 <= bytes.len() * 102,
        "about 1.6 % overhead"
    );
    assert_eq!(unpack(b"ab<c"), None, "a raw <");
    assert_eq!(unpack(b"ab="), None, "a dangling escape");
    assert_eq!(unpack(b"=A"), None, "an escape of a byte that needs none");
}

#[test]
fn the_js_unpack_reads_packed_bytes_as_the_browser_decodes_them() {
    let page = built(HTML, FIRST);
    let start = page.find("function unpack(").expect("the unpack function");
    let end = start + page[start..].find("\n}\n").unwrap() + 3;
    // Every byte value, and runs of the escaped ones.
    let mut bytes: Vec<u8> = (0..=255).collect();
    bytes.extend(b"<<==\r\r\0\0<\r=\0");
    bytes.extend((0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let b64 = base64::engine::general_purpose::STANDARD;
    let program = format!(
        "{}\nconst text=new TextDecoder('windows-1252').decode(Buffer.from(process.argv[1],'base64'));process.stdout.write(Buffer.from(unpack(text)).toString('base64'))",
        &page[start..end]
    );
    let out = b64
        .decode(run_node(&["-e", &program, &b64.encode(pack(&bytes))]))
        .unwrap();
    assert_eq!(out, bytes);
}

#[test]
fn the_page_is_ascii_declared_windows_1252_and_escapes_each_context_its_own_way() {
    let html = HTML
        .replace("<title>t</title>", "<title>自评</title>")
        .replace("color: red;", "color: red; content: \"—\";")
        .replace("var a = \"<b>\";", "var a = \"<b>中😀\";");
    let page = bundle(&html, GLUE, WASM, DECODER, "<p title=\"标\">题</p>", same).unwrap();
    // ASCII but in its two data blocks: the first screen's (UTF-8) and the
    // wasm's (packed bytes).
    let block = |open: &[u8]| {
        let start = page.windows(open.len()).position(|w| w == open).unwrap() + open.len();
        let end = start
            + page[start..]
                .windows(9)
                .position(|w| w == b"</script>")
                .unwrap();
        (start, end)
    };
    let (first_start, first_end) = block(b"id=\"first-screen\">");
    let open = format!("id=\"wasm-lzma\" data-wasm=\"{}\" data-glue=\"", WASM.len());
    let (start, end) = block(open.as_bytes());
    assert!(first_end < start);
    assert!(
        page[..first_start].is_ascii()
            && page[first_end..start].is_ascii()
            && page[end..].is_ascii()
    );
    assert_eq!(
        std::str::from_utf8(&page[first_start..first_end]).unwrap(),
        r#""<p title=\"标\">题</p>""#
    );
    let text = latin1(&page);
    assert!(text.contains("<meta charset=\"windows-1252\">"));
    assert!(text.find("charset").unwrap() < 1024);
    assert!(!text.contains("utf-8\">"));
    assert!(text.contains("<title>&#x81ea;&#x8bc4;</title>"));
    assert!(text.contains("content:\"\\2014 \""));
    assert!(text.contains("var a = \"<b>\\u4e2d\\ud83d\\ude00\";"));
    // The policy hashes the escaped text: what the browser reads.
    assert!(text.contains(&csp_hash(
        "(function () {\nvar a = \"<b>\\u4e2d\\ud83d\\ude00\"; // kept\n})();"
    )));
    assert_eq!(
        ascii_only("a<script>é</script>é").unwrap(),
        "a<script>\\u00e9</script>&#xe9;"
    );
    let e = bundle(
        &HTML.replace("utf-8", "gbk"),
        GLUE,
        WASM,
        DECODER,
        FIRST,
        same,
    )
    .unwrap_err();
    assert!(e
        .to_string()
        .contains("expected one `<meta charset=\"utf-8\">`"));
}

#[test]
fn css_is_minified_without_changing_its_meaning() {
    let css = "/* c */\n.a > .b ,\n.c :hover { margin: 0 auto ;\n  width: calc(100% - 2rem); margin: 0.5em 10.5px 0 -0.25em; }\n@page { @bottom-center { content: \"— \" counter(page) \" —\"; } }\n";
    assert_eq!(
        minify_css(css),
        ".a>.b,.c :hover{margin:0 auto;width:calc(100% - 2rem);margin:.5em 10.5px 0 -0.25em}@page{@bottom-center{content:\"— \" counter(page) \" —\"}}"
    );
}

#[test]
fn comments_for_developers_do_not_ship() {
    let page = built(HTML, FIRST);
    assert!(!page.contains("a note for developers"));
    assert!(!page.contains("ES3 on purpose"));
    assert!(page.contains("<script>(function () {\nvar a = \"<b>\"; // kept\n})();</script>"));
}

#[test]
fn the_first_screen_fills_its_slot_once_as_a_json_string() {
    let page = built(HTML, FIRST);
    assert!(page.contains(
        r#"<script type="application/json" id="first-screen">"<header><h1>t</h1></header><input type=\"radio\" name=\"a:b\" value=\"hao\">"</script>"#
    ));
    // Its characters beyond ASCII as their UTF-8 bytes (read back by the
    // page's script); nothing in it ends the element.
    let first = "<p title=\"从\\\">a</Script>b<!--c-->\n</p>";
    let page = built(HTML, first);
    let cong = latin1("从".as_bytes());
    assert!(page.contains(&format!(
        r#"id="first-screen">"<p title=\"{cong}\\\">a<\/Script>b<\u0021--c-->\u000a</p>"</script>"#
    )));
    let e = shape_error(
        &HTML.replace(
            "<script type=\"application/json\" id=\"first-screen\"></script>",
            "",
        ),
        GLUE,
    );
    assert_eq!(
        e,
        "trunk's index.html changed shape: expected one `<script type=\"application/json\" id=\"first-screen\"></script>`, found 0"
    );
    let e = bundle(HTML, GLUE, WASM, DECODER, "<script>x</script>", same).unwrap_err();
    assert!(e.to_string().contains("holds a script"));
    let e = bundle(HTML, GLUE, WASM, DECODER, "<style>p{}</style>", same).unwrap_err();
    assert!(e.to_string().contains("holds a script or a style"));
}

#[test]
fn the_boot_module_marks_that_it_ran_and_parses_on_old_engines() {
    let page = built(HTML, FIRST);
    assert!(page.contains("window.zipingModule = 1;"));
    assert!(
        !page.contains("?."),
        "no optional chaining: Chromium 72-79 cannot parse it"
    );
    let e = bundle(HTML, GLUE, WASM, DECODER, FIRST, |s, _| {
        Ok(s.replace("zipingModule", "x"))
    })
    .unwrap_err();
    assert!(e.to_string().contains("no longer sets zipingModule"));
}
