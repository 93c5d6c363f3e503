//! What the 材料 is written from beyond the ratings: its date, the occasion's facts,
//! a Party member's own facts (三会一课, 党费 …),
//! the aspects, the year's work, last year's problems, the problems of the
//! draft as a whole, and a template's newer version.

mod aspects_editor;
mod cause_heads;
mod criticisms_form;
mod facts_form;
mod layout_field;
mod material_date_field;
mod material_panel;
mod member_form;
mod preparation_form;
mod previous_list;
mod self_grade_field;
mod upgrade_notice;
mod work_list;

pub use facts_form::facts_form;
pub use material_panel::MaterialPanel;
