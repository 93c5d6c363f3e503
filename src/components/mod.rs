//! The UI: one public component per file.

mod app;
mod checklist;
mod header;
mod item_card;

pub use app::App;
pub use checklist::Checklist;
pub use header::Header;
pub use item_card::ItemCard;
