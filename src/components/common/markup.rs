//! Fixed markup (no listener, nothing that changes) given as HTML text: the
//! 材料's many static labels, legends and notes.

use yew::prelude::*;

/// The nodes of an HTML string literal: `markup!("<legend>…</legend>")`.
/// Only a literal compiles, since the text is not escaped: the person's
/// text can never get in.
macro_rules! markup {
    ($html:literal) => {
        $crate::components::common::markup_raw($html)
    };
}
pub(crate) use markup;

/// What [`markup!`] expands to; call the macro instead.
#[doc(hidden)]
pub fn raw(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}
