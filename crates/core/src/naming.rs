//! Naming rules for drafts: what a new, duplicated or imported draft is
//! called, what a rename may be, and where an undone delete goes back; and
//! the part of a file name a person's words become (`safe_file_part`).

/// The draft made on first use (and after the last one is deleted).
pub const FIRST_DRAFT_NAME: &str = "我的个人自评";

/// A new draft over the built-in templates, when `count` drafts exist.
pub fn new_draft_name(count: usize) -> String {
    format!("新的自评 {}", count + 1)
}

/// A new draft over one department template.
pub fn template_draft_name(template_title: &str) -> String {
    format!("{template_title}自评")
}

pub fn duplicate_name(name: &str) -> String {
    format!("{name}（副本）")
}

/// An imported draft kept beside an existing one with the same id.
pub fn imported_name(name: &str) -> String {
    format!("{name}（导入）")
}

/// The name a rename sets: trimmed; `None` (no change) when blank.
pub fn renamed(name: &str) -> Option<String> {
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// Where an undone delete goes back: its old place, or the end when the
/// list has become shorter.
pub fn undo_index(index: usize, len: usize) -> usize {
    index.min(len)
}

/// A name made safe for a file name on Windows, macOS and Linux.
pub fn safe_file_part(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .take(40)
        .collect();
    let trimmed = cleaned.trim().trim_matches('.').trim();
    // Names Windows keeps for devices (CON, NUL, COM1 …), with or without
    // an extension, cannot be a file's.
    let stem = trimmed.split('.').next().unwrap_or("").to_ascii_uppercase();
    let device = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.ends_with(|c: char| c.is_ascii_digit()));
    if trimmed.is_empty() {
        "草稿".into()
    } else if device {
        format!("_{trimmed}")
    } else {
        trimmed.to_string()
    }
}
