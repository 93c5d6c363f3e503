//! 整改台账: the ledger of the open draft's problems and its exports.

#[allow(clippy::module_inception)]
mod ledger;
mod ledger_line;

pub(crate) use ledger::print_view;
pub use ledger::Ledger;
pub use ledger_line::LedgerLine;
