//! Reading and writing the app's JSON files (drafts, templates, occasions,
//! backups, preferences) by hand: readers over a parsed [`serde_json::Value`]
//! and writers into a string, one small pair per type, next to the type.
//! serde's derived readers and writers cost the single file about 12 KB
//! more: each is compiled again for every place it is used. Tests check that
//! what is written reads back the same (`tests/json.rs`,
//! `every_field_reads_back_as_written` in `tests/draft.rs`, the templates'
//! export) and the messages word for word.
//!
//! Each reader and writer takes its value apart field by field (`let
//! Problem { id, item, .. } = self` without `..`), so a field added to a type
//! and forgotten in its reader or writer does not compile.
//!
//! A reader says where a fault is and what was expected, in words a person
//! fixing the file can act on: `“problems”第 3 项的“text”应是文字。`
//!
//! One difference from serde's readers, accepted: a key written twice in one
//! object is not refused; the last one counts (as in JavaScript's
//! `JSON.parse`). The app never writes one.

mod read;
mod write;

pub use read::{one_of, parse, At, FromJson, Obj, Read};
pub use write::{to_json, to_json_pretty, write_name, Fields, Out, ToJson};
