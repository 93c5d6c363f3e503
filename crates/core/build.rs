//! Minifies the built-in data (templates, occasions, check words) into OUT_DIR, so the
//! single file carries the JSON without its indentation; the files in
//! `data/` stay readable. A file that is not valid JSON is copied as it is
//! (the tests then report it with the template's own message).

use std::path::Path;

const FILES: [&str; 9] = [
    "templates/wuxiang.json",
    "templates/sige.json",
    "templates/v3/wuxiang.json",
    "templates/v2/wuxiang.json",
    "templates/v2/sige.json",
    "templates/v1/wuxiang.json",
    "templates/v1/sige.json",
    "occasions.json",
    "checks.json",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for f in FILES {
        let src = Path::new("../../data").join(f);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src).expect("the data file is there");
        let min = serde_json::from_str::<serde_json::Value>(&text)
            .map(|v| v.to_string())
            .unwrap_or(text);
        let dst = Path::new(&out).join(f);
        std::fs::create_dir_all(dst.parent().expect("a parent")).expect("OUT_DIR is writable");
        std::fs::write(dst, min).expect("OUT_DIR is writable");
    }
}
