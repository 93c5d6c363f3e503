//! 对比: two drafts side by side.

mod compare_view;

pub use compare_view::compare_view;
