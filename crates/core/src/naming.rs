//! Naming rules for drafts: what a new, duplicated or imported draft is
//! called, what a rename may be, and where an undone delete goes back.

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
