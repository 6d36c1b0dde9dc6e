//! The headings and paragraphs every page repeats, written once. Plain
//! functions, not components: they hold nothing, and each call is one
//! function rather than the same markup built again in every page.

use yew::prelude::*;

/// The page's heading: focused when the page changes (`tabindex` lets the
/// focus hook move to it), so a screen reader starts there.
pub fn page_heading(text: impl Into<Html>) -> Html {
    html! { <h1 class="eg-heading-l" tabindex="-1">{ text.into() }</h1> }
}

/// A section's heading.
pub fn section_heading(text: impl Into<Html>) -> Html {
    html! { <h2 class="eg-heading-m">{ text.into() }</h2> }
}

/// A paragraph of body text.
pub fn body(text: impl Into<Html>) -> Html {
    html! { <p class="eg-body">{ text.into() }</p> }
}
