//! The take-over of the prerendered first screen: what the person did there
//! before the app ran is applied now, as if done here; then the static boot
//! message goes.

use crate::reducer::Dispatcher;
use yew::prelude::*;

use crate::browser::take_over_first_screen;
use ziping_app::state::Action;
use ziping_core::Rating;

/// The static boot message stays until the app is really running.
fn hide_boot_message() {
    if let Some(el) = gloo::utils::document().get_element_by_id("boot") {
        let _ = el.set_attribute("hidden", "");
    }
}

#[hook]
pub fn use_first_screen_takeover(dispatcher: Dispatcher) {
    use_effect_with((), move |_| {
        let early = take_over_first_screen();
        for (name, value) in early.chosen {
            if let Some((template, item)) = parse_radio_group(&name) {
                dispatcher.dispatch(Action::Rate {
                    template: template.into(),
                    item: item.into(),
                    rating: Rating::parse(&value),
                });
            }
        }
        if let Some(button) = early.clicked {
            button.click();
        }
        hide_boot_message();
        if let Some(p) = gloo::utils::window().performance() {
            let _ = p.mark("ziping-rendered");
        }
    });
}

/// The `name` of an item's radio group: `template:item`. The app reads it
/// back from the prerendered first screen (see [`parse_radio_group`]).
pub fn radio_group(template: &str, item: &str) -> String {
    format!("{template}:{item}")
}

/// The (template, item) of a [`radio_group`] name.
pub fn parse_radio_group(name: &str) -> Option<(&str, &str)> {
    name.split_once(':')
}
