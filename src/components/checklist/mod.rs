//! 逐项自评: the checklist screen, its sections and item cards, and the
//! problems written under an item (their editor is the 材料 panel's too).

// Files are named after the component they hold.
#[allow(clippy::module_inception)]
mod checklist;
mod item_card;
mod item_problems;
mod problem_editor;
mod section_view;

pub use checklist::Checklist;
pub use item_card::ItemCard;
pub use problem_editor::problem_editor;
pub use section_view::SectionView;
