//! trunk post_build hook: writes the single-file bundle into trunk's staging
//! directory, so every build ends with `dist/ziping.html` and a copy named for
//! people, `dist/从严治部自评.html`. Any surprise is a failed build.
//!
//! Usage: `bundle [STAGING_DIR]` (default: `$TRUNK_STAGING_DIR`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use bundle::{bundle, find_loader, BundleError};

/// The file names the bundle is written under.
const OUTPUTS: [&str; 2] = ["ziping.html", "从严治部自评.html"];

fn read(path: &Path) -> Result<Vec<u8>, BundleError> {
    std::fs::read(path).map_err(|e| BundleError::Io(format!("cannot read {}: {e}", path.display())))
}

fn text(path: &Path) -> Result<String, BundleError> {
    String::from_utf8(read(path)?)
        .map_err(|_| BundleError::Io(format!("{} is not UTF-8", path.display())))
}

/// Minifies a module script with terser (from the project's npm packages, or
/// `$TERSER`). A missing terser is an error, not a silently larger file.
fn terser(script: &str) -> Result<String, BundleError> {
    let program = std::env::var_os("TERSER")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin/terser")
        });
    let mut child = Command::new(&program)
        .args(["--module", "--compress", "--mangle", "--ecma", "2020"])
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

/// Fails unless the wasm validates with WebAssembly 1.0's features alone
/// (binaryen's wasm-opt, from the npm packages or `$WASM_OPT`): the page
/// runs on Chromium 72, which has none of the later ones; index.html's
/// `data-wasm-opt-params` lowers bulk memory, sign-extension and
/// non-trapping float-to-int for every engine (there is room for one wasm).
fn check_wasm_features(path: &Path) -> Result<(), BundleError> {
    let program = std::env::var_os("WASM_OPT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin/wasm-opt")
        });
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

fn run(dir: &Path) -> Result<(), BundleError> {
    let html = text(&dir.join("index.html"))?;
    let loader = find_loader(&html)?;
    let glue = text(&dir.join(&loader.js))?;
    check_wasm_features(&dir.join(&loader.wasm))?;
    let wasm = read(&dir.join(&loader.wasm))?;
    let page = bundle(
        &html,
        &glue,
        &wasm,
        &ziping::prerender::first_screen(),
        terser,
    )?;
    for name in OUTPUTS {
        let path = dir.join(name);
        std::fs::write(&path, &page)
            .map_err(|e| BundleError::Io(format!("cannot write {}: {e}", path.display())))?;
    }
    eprintln!(
        "bundle: {} bytes (wasm {} bytes raw, glue {} bytes) -> {}",
        page.len(),
        wasm.len(),
        glue.len(),
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
