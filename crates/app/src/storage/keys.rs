//! The keys this app stores under, namespaced and versioned: every
//! file:// page of a browser profile shares one storage area.

use ziping_core::Template;

/// Prefix of every key this app owns.
pub const PREFIX: &str = "ziping.v1.";
/// `ziping.v1.draft.<id>` holds one draft as JSON.
pub const DRAFT_PREFIX: &str = "ziping.v1.draft.";
/// The id of the draft that was open last.
pub const CURRENT_KEY: &str = "ziping.v1.current";
/// The person's display preferences.
pub const PREFS_KEY: &str = "ziping.v1.prefs";
/// `ziping.v1.template.<id>.v<version>` holds one version of an imported
/// department template (earlier releases wrote `ziping.v1.template.<id>`;
/// such a key is read, and rewritten under the new name at the next save).
pub const TEMPLATE_PREFIX: &str = "ziping.v1.template.";

/// The imported occasions, as one occasions file (`ziping-occasions`).
pub const OCCASIONS_KEY: &str = "ziping.v1.occasions";

/// `ziping.v1.branch.<id>` holds one 支部汇总 as JSON.
pub const BRANCH_PREFIX: &str = "ziping.v1.branch.";

/// The key a 支部汇总 is stored under.
pub fn branch_key(id: &str) -> String {
    format!("{BRANCH_PREFIX}{id}")
}

/// The open draft as the prerendered first screen shows it (`Snapshot`),
/// for the page's boot script; never while a passphrase is set.
pub const SNAPSHOT_KEY: &str = "ziping.v1.snapshot";

/// The key a draft is stored under.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// The key one version of an imported template is stored under.
pub fn template_key(t: &Template) -> String {
    format!("{TEMPLATE_PREFIX}{}.v{}", t.id, t.version)
}
