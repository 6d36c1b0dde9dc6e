//! Focus on the heading of each new page.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use escalation_core::Page;

/// On every step after the first page, move focus to the new page's heading,
/// so keyboard and screen reader users start at the top of what changed.
/// `handed_over`: the guide has just taken over from its first bundle
/// (`src/hand_over.rs`), whose page had focus, so the first page is a step
/// too.
#[hook]
pub fn use_focus_heading_on_new_page(
    depth: usize,
    page: Page,
    content: NodeRef,
    handed_over: bool,
) {
    let first_render = use_mut_ref(|| !handed_over);
    use_effect_with((depth, page), move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        let heading = content
            .cast::<web_sys::Element>()
            .and_then(|element| element.query_selector("h1").ok().flatten())
            .and_then(|heading| heading.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}
