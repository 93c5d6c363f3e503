//! The JSON declarations of the model's types: which key each field is
//! written under, whether it must be there, when it is left out. One file
//! per group of types; the machinery is `json`'s, and the model's files know
//! nothing of these. Reading a stored draft of an older schema is
//! `migrate`'s; checking a template once read is `validate`'s.

mod backup;
mod branch;
mod check;
mod draft;
mod ids;
mod occasion;
mod template;

pub use branch::{branch_file_kind, unparsed_branch_file};
