//! trunk post_build hook: writes the single-file bundle into trunk's staging
//! directory, so every build ends with `dist/ziping.html` and a copy named for
//! people, `dist/从严治部自评.html`. Any surprise is a failed build.
//!
//! Usage: `bundle [STAGING_DIR]` (default: `$TRUNK_STAGING_DIR`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use bundle::{bundle, find_loader, BundleError, Script};

/// The file names the bundle is written under.
const OUTPUTS: [&str; 2] = ["ziping.html", "从严治部自评.html"];

fn read(path: &Path) -> Result<Vec<u8>, BundleError> {
    std::fs::read(path).map_err(|e| BundleError::Io(format!("cannot read {}: {e}", path.display())))
}

fn text(path: &Path) -> Result<String, BundleError> {
    String::from_utf8(read(path)?)
        .map_err(|_| BundleError::Io(format!("{} is not UTF-8", path.display())))
}

/// Minifies a script with terser (from the project's npm packages, or
/// `$TERSER`). A missing terser is an error, not a silently larger file.
fn terser(script: &str, kind: Script) -> Result<String, BundleError> {
    let program = std::env::var_os("TERSER")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin/terser")
        });
    let mut child = Command::new(&program)
        .args(match kind {
            Script::Module => &["--module", "--ecma", "2020"][..],
            // A classic script keeps its "use strict" and its own scope, and
            // is written as ES5 (the page's own runs in IE mode too).
            Script::Classic => &["--ecma", "5"],
        })
        .args(["--compress", "--mangle"])
        // The page is windows-1252: the script must be ASCII (escapes).
        .args(["--format", "ascii_only=true"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| {
            BundleError::Minify(format!(
                "cannot run {} ({e}); run scripts/setup.sh to install it",
                program.display()
            ))
        })?;
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(script.as_bytes())
        .map_err(|e| BundleError::Minify(e.to_string()))?;
    let out = child
        .wait_with_output()
        .map_err(|e| BundleError::Minify(e.to_string()))?;
    if !out.status.success() {
        return Err(BundleError::Minify(format!(
            "terser exited with {}",
            out.status
        )));
    }
    String::from_utf8(out.stdout).map_err(|e| BundleError::Minify(e.to_string()))
}

/// A tool from the project's npm packages, or the path in `$var`.
fn tool(var: &str, name: &str) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../node_modules/.bin")
            .join(name)
    })
}

/// Fails unless the wasm validates with WebAssembly 1.0's features alone
/// (binaryen's wasm-opt, from the npm packages or `$WASM_OPT`): the page
/// runs on Chromium 72, which has none of the later ones; index.html's
/// `data-wasm-opt-params` lowers bulk memory, sign-extension and
/// non-trapping float-to-int for every engine (there is room for one wasm).
fn check_wasm_features(path: &Path) -> Result<(), BundleError> {
    let program = tool("WASM_OPT", "wasm-opt");
    let out = Command::new(&program)
        .arg(path)
        .args(["--mvp-features", "-o", "/dev/null"])
        .output()
        .map_err(|e| {
            BundleError::Io(format!(
                "cannot run {} ({e}); run scripts/setup.sh to install it",
                program.display()
            ))
        })?;
    if !out.status.success() {
        return Err(BundleError::Io(format!(
            "the wasm uses features beyond WebAssembly 1.0, so Chromium 72-74 could not run it (lower them in index.html's data-wasm-opt-params): {}",
            String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("")
        )));
    }
    Ok(())
}

/// The wasm options that lower what today's Rust emits to WebAssembly 1.0,
/// as index.html's `data-wasm-opt-params` do for the app.
const LOWER_TO_MVP: [&str; 9] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
    "--enable-reference-types",
    "--llvm-memory-copy-fill-lowering",
    "--signext-lowering",
    "--llvm-nontrapping-fptoint-lowering",
];

/// What the second wasm-opt run does to the lowered decoder: shrink it
/// (`-Oz`, with WebAssembly 1.0's features only, so that nothing lowered
/// comes back), but inline no function into its one caller
/// (`--one-caller-inline-max-function-size=0`): the stretch function must
/// stay a call of its own per stretch (see crates/lzma's `decode`), and
/// the bit-tree helpers stay once each; and drop the custom sections
/// (producers, target features) the page has no use for.
const SHRINK: [&str; 6] = [
    "--mvp-features",
    "-Oz",
    "--one-caller-inline-max-function-size=0",
    "--strip-debug",
    "--strip-producers",
    "--strip-target-features",
];

/// Builds the LZMA decoder (crates/lzma) for wasm32 with cargo, lowers it
/// to WebAssembly 1.0 with wasm-opt, then shrinks it with a second run
/// ([`SHRINK`]), checks the result like the app's wasm, and returns its
/// bytes.
fn build_decoder() -> Result<Vec<u8>, BundleError> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(&cargo)
        .args(["build", "--release", "--quiet", "--package", "ziping-lzma"])
        .args([
            "--target",
            "wasm32-unknown-unknown",
            "--message-format=json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| BundleError::Io(format!("cannot run cargo for the LZMA decoder: {e}")))?;
    if !out.status.success() {
        return Err(BundleError::Io(format!(
            "building the LZMA decoder failed: {}",
            out.status
        )));
    }
    // cargo's messages name the artifact's files: `"filenames":["…"]`.
    let messages = String::from_utf8_lossy(&out.stdout);
    let built = messages
        .split('"')
        .find(|s| s.ends_with("/ziping_lzma.wasm"))
        .map(PathBuf::from)
        .ok_or_else(|| BundleError::Io("cargo named no ziping_lzma.wasm".into()))?;
    let lowered = built.with_file_name("ziping_lzma.mvp.wasm");
    let program = tool("WASM_OPT", "wasm-opt");
    for (input, args) in [(&built, &LOWER_TO_MVP[..]), (&lowered, &SHRINK[..])] {
        let status = Command::new(&program)
            .arg(input)
            .args(args)
            .arg("-o")
            .arg(&lowered)
            .status()
            .map_err(|e| {
                BundleError::Io(format!(
                    "cannot run {} ({e}); run scripts/setup.sh to install it",
                    program.display()
                ))
            })?;
        if !status.success() {
            return Err(BundleError::Io(format!(
                "wasm-opt failed on the LZMA decoder: {status}"
            )));
        }
    }
    check_wasm_features(&lowered)?;
    read(&lowered)
}

fn run(dir: &Path) -> Result<(), BundleError> {
    let html = text(&dir.join("index.html"))?;
    let loader = find_loader(&html)?;
    let glue = text(&dir.join(&loader.js))?;
    check_wasm_features(&dir.join(&loader.wasm))?;
    let wasm = read(&dir.join(&loader.wasm))?;
    let decoder = build_decoder()?;
    let page = bundle(
        &html,
        &glue,
        &wasm,
        &decoder,
        &ziping::prerender::first_screen(),
        terser,
    )?;
    for name in OUTPUTS {
        let path = dir.join(name);
        std::fs::write(&path, &page)
            .map_err(|e| BundleError::Io(format!("cannot write {}: {e}", path.display())))?;
    }
    eprintln!(
        "bundle: {} bytes (wasm {} bytes raw, glue {} bytes, LZMA decoder {} bytes) -> {}",
        page.len(),
        wasm.len(),
        glue.len(),
        decoder.len(),
        OUTPUTS.join(", ")
    );
    Ok(())
}

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from));
    let Some(dir) = dir else {
        eprintln!("bundle: give the staging directory, or run as a trunk hook");
        return ExitCode::from(2);
    };
    match run(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bundle: FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}
