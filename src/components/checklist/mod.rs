//! 逐项自评: the checklist screen, its sections and item cards, and the
//! problems written under an item (in `common`'s problem editor).

// Files are named after the component they hold.
#[allow(clippy::module_inception)]
mod checklist;
mod item_card;
mod item_problems;
mod section_view;
mod start_line;
mod toc;

pub use checklist::Checklist;
pub use item_card::ItemCard;
pub use section_view::SectionView;
pub use start_line::start_line;
