//! Reading and writing the app's JSON files (drafts, templates, occasions,
//! backups, preferences): readers over a parsed [`serde_json::Value`] and
//! writers into a string, generated for each type from one declaration of
//! its fields ([`json_struct!`]) or names ([`json_enum!`]). The declarations
//! live apart from the types, in `codec/` (and the app's `Prefs`); this
//! module knows no model type.
//!
//! Not serde's derive: serde's derived readers and writers are compiled
//! again for every place they are used (docs/size.md has the figures), and
//! these readers say where a fault is and what was expected, in words a
//! person fixing the file can act on: `“problems”第 3 项的“text”应是文字。`
//! Tests check that what is written reads back the same (`tests/json.rs`,
//! `every_field_reads_back_as_written` in `tests/draft.rs`, the templates'
//! export) and the messages word for word.
//!
//! A declaration names every field of its type, so a field added to a type
//! and not declared does not compile; an enum value without a name does not
//! compile either.
//!
//! One difference from serde's readers, accepted: a key written twice in one
//! object is not refused; the last one counts (as in JavaScript's
//! `JSON.parse`). The app never writes one.
//!
//! [`json_struct!`]: crate::json_struct
//! [`json_enum!`]: crate::json_enum

mod declare;
mod read;
mod write;

pub use read::{one_of, parse, At, FromJson, Obj, Read};
pub use serde_json::Value;
pub use write::{to_json, to_json_pretty, Fields, Out, ToJson};
