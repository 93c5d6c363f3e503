//! Fixed markup (no listener, nothing that changes) given as HTML text: the
//! 材料's many static labels, legends and notes. Each element an `html!`
//! builds costs code of its own in the single file (its node, attributes
//! and children); a literal costs its text.

use yew::prelude::*;

/// The nodes of `html`, a literal of this crate's (never the person's text:
/// it is not escaped).
pub fn markup(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}
