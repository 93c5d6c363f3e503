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

/// One shipped version of a built-in template: its id and version, so the
/// library knows it without reading it, and its JSON.
pub struct Shipped {
    pub id: &'static str,
    pub version: u32,
    pub json: &'static str,
}

/// Every shipped version of every built-in template, 五项工作 first. A
/// release that changes a built-in adds its new version here and keeps the
/// old one, so drafts made with it keep their items and score. A test reads
/// each and checks its id and version.
pub const SHIPPED: &[Shipped] = &[
    Shipped {
        id: "wuxiang-gongzuo",
        version: 4,
        json: WUXIANG_JSON,
    },
    Shipped {
        id: "sige-mofan",
        version: 3,
        json: SIGE_JSON,
    },
    Shipped {
        id: "wuxiang-gongzuo",
        version: 2,
        json: WUXIANG_V2_JSON,
    },
    Shipped {
        id: "sige-mofan",
        version: 2,
        json: SIGE_V2_JSON,
    },
    Shipped {
        id: "wuxiang-gongzuo",
        version: 1,
        json: WUXIANG_V1_JSON,
    },
    Shipped {
        id: "sige-mofan",
        version: 1,
        json: SIGE_V1_JSON,
    },
    // Version 3 of 五项工作 (个人有关事项 asked of everyone), after version 4.
    Shipped {
        id: "wuxiang-gongzuo",
        version: 3,
        json: WUXIANG_V3_JSON,
    },
];

/// The built-in templates, every shipped version, 五项工作 first, read now.
/// They are validated by a test, so a bad edit to the JSON fails the
/// build's tests, never a user's page. The app's library reads them only
/// when needed ([`Builtin::shipped`]); [`TemplateLibrary::current_builtin`]
/// picks the newest.
///
/// [`Builtin::shipped`]: crate::Builtin::shipped
/// [`TemplateLibrary::current_builtin`]: crate::TemplateLibrary::current_builtin
pub fn builtin_templates() -> Vec<Template> {
    SHIPPED
        .iter()
        .filter_map(|s| Template::from_json(s.json).ok())
        .collect()
}

/// The raw JSON of every shipped built-in version, for tests and the export.
pub fn builtin_template_sources() -> Vec<&'static str> {
    SHIPPED.iter().map(|s| s.json).collect()
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
