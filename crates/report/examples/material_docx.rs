//! Writes a draft's 材料 as .docx and .txt, to be converted by LibreOffice
//! and looked at (a golden read on the page, not only as text):
//!
//!     cargo run -p ziping-report --example material_docx -- DRAFT.json OUT_DIR [YYYY-MM-DD]
//!     soffice --headless --convert-to pdf --outdir OUT_DIR OUT_DIR/*.docx
//!
//! The date is "today" for the 材料's default date (today's date if left out).

use ziping_core::{builtin_occasions, builtin_templates, CivilDate, Draft, Template};
use ziping_report::{build_report, report_docx};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: material_docx DRAFT.json OUT_DIR [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let today = args
        .get(3)
        .and_then(|d| {
            let mut p = d.split('-').map(|n| n.parse::<u32>().ok());
            let (y, m, day) = (p.next()??, p.next()??, p.next()??);
            CivilDate::new(i32::try_from(y).ok()?, m, day)
        })
        .unwrap_or_else(|| {
            let ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as i64);
            CivilDate::from_epoch_ms(ms)
        });
    let draft = match std::fs::read_to_string(input).map(|j| Draft::from_json(&j)) {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => {
            eprintln!("{input}: {e}");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("{input}: {e}");
            std::process::exit(1);
        }
    };
    // The templates the draft records, in their versions.
    let all = builtin_templates();
    let refs: Vec<&Template> = all
        .iter()
        .filter(|t| {
            draft
                .templates
                .iter()
                .any(|r| r.id == t.id && r.version == t.version)
        })
        .collect();
    let report = build_report(&refs, &draft, &builtin_occasions(), today);
    let stem = std::path::Path::new(input)
        .file_stem()
        .map_or("material".into(), |s| s.to_string_lossy().into_owned());
    let dir = std::path::Path::new(out);
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| {
            std::fs::write(
                dir.join(format!("{stem}.docx")),
                report_docx(&draft, &report),
            )
        })
        .and_then(|()| std::fs::write(dir.join(format!("{stem}.txt")), report.to_text()));
    if let Err(e) = written {
        eprintln!("{out}: {e}");
        std::process::exit(1);
    }
    println!(
        "{stem}: tool {} / person {} characters",
        report.share.tool, report.share.person
    );
}
