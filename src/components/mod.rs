//! The UI: one public component per file.

mod app;
mod checklist;
mod draft_row;
mod drafts;
mod header;
mod import_button;
mod import_panel;
mod item_card;
mod notices;
mod person_form;
mod radar_chart;
mod report_view;
mod results;
mod section_bars;
mod section_view;
mod text_field;

pub use crate::hooks::{use_app_state, AppContext};
pub use app::{App, AppProps};
pub use checklist::Checklist;
pub use draft_row::DraftRow;
pub use drafts::Drafts;
pub use header::Header;
pub use import_button::{import_file, ImportButton};
pub use import_panel::ImportPanel;
pub use item_card::{parse_radio_group, radio_group, ItemCard};
pub use notices::Notices;
pub use person_form::PersonForm;
pub use radar_chart::RadarChart;
pub use report_view::ReportView;
pub use results::Results;
pub use section_bars::SectionBars;
pub use section_view::SectionView;
pub use text_field::TextField;
