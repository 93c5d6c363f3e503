//! The built-in templates (every shipped version) and occasions, embedded
//! from `data/` (minified by build.rs) and read like any imported file.

use crate::occasion::{OccasionSet, OCCASIONS_FORMAT, OCCASIONS_FORMAT_VERSION};
use crate::template::Template;

const WUXIANG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/wuxiang.json"));
const SIGE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/sige.json"));
const WUXIANG_V3_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/v3/wuxiang.json"));
const WUXIANG_V2_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/v2/wuxiang.json"));
const SIGE_V2_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/v2/sige.json"));
const WUXIANG_V1_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/v1/wuxiang.json"));
const SIGE_V1_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/v1/sige.json"));
const OCCASIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/occasions.json"));

/// Every shipped version of every built-in template, 五项工作 first. A
/// release that changes a built-in adds its new version here and keeps the
/// old one, so drafts made with it keep their items and score.
const BUILTIN_SOURCES: &[&str] = &[
    WUXIANG_JSON,
    SIGE_JSON,
    WUXIANG_V2_JSON,
    SIGE_V2_JSON,
    WUXIANG_V1_JSON,
    SIGE_V1_JSON,
    // Version 3 of 五项工作 (个人有关事项 asked of everyone), after version 4.
    WUXIANG_V3_JSON,
];

/// The built-in templates, every shipped version, 五项工作 first. They are
/// validated by a test, so a bad edit to the JSON fails the build's tests,
/// never a user's page. [`TemplateLibrary::current_builtin`] picks the newest.
///
/// [`TemplateLibrary::current_builtin`]: crate::TemplateLibrary::current_builtin
pub fn builtin_templates() -> Vec<Template> {
    BUILTIN_SOURCES
        .iter()
        .filter_map(|json| Template::from_json(json).ok())
        .collect()
}

/// The raw JSON of every shipped built-in version, for tests and the export.
pub fn builtin_template_sources() -> &'static [&'static str] {
    BUILTIN_SOURCES
}

/// The raw JSON of the built-in occasions, for tests and the export.
pub fn builtin_occasions_source() -> &'static str {
    OCCASIONS_JSON
}

/// The built-in occasions (validated by a test).
pub fn builtin_occasions() -> OccasionSet {
    OccasionSet::from_json(OCCASIONS_JSON).unwrap_or(OccasionSet {
        format: OCCASIONS_FORMAT.into(),
        format_version: OCCASIONS_FORMAT_VERSION,
        occasions: Vec::new(),
    })
}
