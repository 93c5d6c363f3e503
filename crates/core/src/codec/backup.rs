//! The backup file. Its drafts are read as they are written here; an import
//! checks and migrates them (`read_import`).

use crate::backup::Backup;
use crate::json::{parse, to_json, At, FromJson, Read};
use crate::json_struct;

json_struct! {
    Backup {
        format: "format" [required],
        version: "version" [required],
        exported: "exported" [required],
        app_version: "app_version" [required],
        drafts: "drafts" [required],
        templates: "templates" [skip_empty],
        occasions: "occasions" [skip_empty],
        branches: "branches" [skip_empty],
    }
}

impl Backup {
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// Reads a backup's fields as written, its drafts as they are (an
    /// import checks and migrates them: see `read_import`).
    pub fn from_json(json: &str) -> Read<Backup> {
        let v = parse(json)?;
        Backup::read(&v, At::ROOT)
    }
}
