//! LibreOffice reads the ledger exports: the .xlsx converted to CSV and
//! checked row by row, and both the .xlsx and the landscape .docx converted
//! to PDF: landscape A4 (842 x 595 pt), header row again on page 2, page
//! numbers. Skipped, with a message, only when `soffice` is not installed
//! (scripts/setup.sh installs it).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use ziping_core::{CivilDate, LedgerHead, LedgerRow, RowStatus};
use ziping_report::{ledger_table, table_docx, table_xlsx, Table};

fn have(tool: &str, arg: &str) -> bool {
    Command::new(tool).arg(arg).output().is_ok()
}

/// A fresh folder for one test, with its own LibreOffice profile so tests
/// (and other people's conversions) never share a running instance.
fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("office")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Converts `input` with `soffice --headless --convert-to filter`; returns
/// the output file, which must exist.
fn convert(dir: &Path, input: &Path, filter: &str, ext: &str) -> PathBuf {
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let status = Command::new("timeout")
        .arg("300")
        .arg("soffice")
        .arg(profile)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter,
            "--outdir",
        ])
        .arg(dir)
        .arg(input)
        .output()
        .expect("soffice runs");
    let out = input.with_extension(ext);
    assert!(
        out.exists(),
        "LibreOffice did not convert {} to {ext} (is libreoffice-calc-nogui installed? run scripts/setup.sh): {}",
        input.display(),
        String::from_utf8_lossy(&status.stderr)
    );
    out
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn d(y: i32, m: u32, day: u32) -> CivilDate {
    CivilDate::new(y, m, day).unwrap()
}

/// A ledger of `n` rows with awkward text in its measures: commas, quotes,
/// markup, a line break, a control character; an overdue row.
fn ledger(n: usize) -> Table {
    let head = LedgerHead {
        unit: "组织部干部一科".into(),
        name: "张三".into(),
        year: "2026".into(),
    };
    let rows: Vec<LedgerRow> = (0..n)
        .map(|i| {
            let mut r = LedgerRow::new(
                &format!("问题{}：理论学习不够系统，“学用结合”不紧", i + 1),
                d(2026, 12, 10),
            );
            r.measure = "制定学习计划".into();
            r.deadline = ["2027年3月底前", "长期坚持", "立行立改"][i % 3].into();
            r.status = [
                RowStatus::InProgress,
                RowStatus::NotStarted,
                RowStatus::Done,
            ][i % 3];
            r.standard = "完成12本".into();
            r
        })
        .collect();
    let mut table = ledger_table(&head, &rows, d(2027, 4, 1));
    // The ledger tidies the person's text as the 材料 does; the formats
    // must carry whatever a cell holds.
    for r in &mut table.rows {
        r[2] = "制定学习计划\n每月读一本书, \"写\"心得 <b>&</b>\u{1}".into();
    }
    table
}

#[test]
fn calc_reads_the_xlsx_row_by_row() {
    if !have("soffice", "--version") {
        eprintln!("SKIPPED: soffice (LibreOffice) is not installed; run scripts/setup.sh to check the .xlsx in Calc");
        return;
    }
    let dir = workdir("xlsx-csv");
    let table = ledger(3);
    let input = dir.join("ledger.xlsx");
    fs::write(&input, table_xlsx(&table)).unwrap();
    let csv = convert(
        &dir,
        &input,
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "csv",
    );
    let rows = parse_csv(&fs::read_to_string(csv).unwrap());
    let blank = |first: &str| {
        let mut r = vec![first.to_string()];
        r.resize(10, String::new());
        r
    };
    let mut want = vec![
        blank(&table.title),
        blank(&table.subtitle),
        table.headers.clone(),
    ];
    for r in &table.rows {
        let mut r = r.clone();
        r[2] = "制定学习计划\n每月读一本书, \"写\"心得 <b>&</b>".into();
        want.push(r);
    }
    assert_eq!(rows.len(), want.len());
    for (i, (got, want)) in rows.iter().zip(&want).enumerate() {
        assert_eq!(got, want, "row {}", i + 1);
    }
    assert_eq!(rows[3][7], "推进中（已逾期）");
    assert_eq!(rows[4][7], "长期坚持");
}

/// `pdfinfo`'s "Page size" and "Pages" lines.
fn pdfinfo(pdf: &Path) -> (String, usize) {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let line = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .unwrap_or_else(|| panic!("no {key} in {text}"))
            .trim()
            .to_string()
    };
    (line("Page size:"), line("Pages:").parse().unwrap())
}

fn page_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-layout", "-f", &p, "-l", &p])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    // pdftotext puts spaces between scripts (2026 年度): compare without them.
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn check_landscape_pdf(name: &str, bytes: Vec<u8>, ext: &str, page_two: &str) {
    if !have("soffice", "--version") || !have("pdfinfo", "-v") {
        eprintln!("SKIPPED: soffice or pdfinfo is not installed; run scripts/setup.sh to check the {ext} as a PDF");
        return;
    }
    let dir = workdir(name);
    let input = dir.join(format!("ledger.{ext}"));
    fs::write(&input, bytes).unwrap();
    let pdf = convert(&dir, &input, "pdf", "pdf");
    let (size, pages) = pdfinfo(&pdf);
    let dims: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert_eq!(dims.len(), 2, "{size}");
    assert_eq!(
        (dims[0].round(), dims[1].round()),
        (842.0, 595.0),
        "landscape A4: {size}"
    );
    assert!(pages >= 2, "40 rows fill more than a page: {pages}");
    let first = page_text(&pdf, 1);
    assert!(first.contains("2026年度个人整改台账"), "{first}");
    assert!(first.contains("姓名：张三"));
    let second = page_text(&pdf, 2);
    for h in ["问题表现", "整改措施", "整改时限", "销号日期"] {
        assert!(
            second.contains(h),
            "the header row is printed again on page 2: {second}"
        );
    }
    assert!(
        !second.contains("2026年度个人整改台账"),
        "the title line is not repeated"
    );
    assert!(
        second.contains(page_two),
        "page number {page_two}: {second}"
    );
}

#[test]
fn writer_prints_the_docx_landscape_with_the_header_on_every_page() {
    check_landscape_pdf("docx-pdf", table_docx(&ledger(40)), "docx", "—2—");
}

#[test]
fn calc_prints_the_xlsx_landscape_with_the_header_on_every_page() {
    check_landscape_pdf("xlsx-pdf", table_xlsx(&ledger(40)), "xlsx", "第2页，共");
}

/// The .txt a Windows 7 PC opens in Notepad: a byte-order mark and CRLF
/// line ends, CRLF already there not doubled.
#[test]
fn plain_text_as_windows_notepad_reads_it() {
    use ziping_report::windows_text;
    assert_eq!(
        windows_text("标题\n\n　　正文\r\n"),
        "\u{feff}标题\r\n\r\n　　正文\r\n"
    );
    assert_eq!(windows_text(""), "\u{feff}");
}
