//! The policy studio (`studio.html`): a partnership turns its own policy
//! document into a policy file by selecting passages of it. The draft and
//! its rules are the core's (`escalation_core::studio`); these components
//! show them and dispatch the author's edits. Its own bundle
//! (`src/bin/studio.rs`), so the widget's download does not grow; nothing
//! leaves the author's browser.

mod bring;
mod builder;
mod document_pane;
mod files;
mod items;
mod page;
mod selected;
mod state;

/// Mount the studio in `#studio`, replacing the message shown without
/// JavaScript.
pub fn start() {
    // A fault replaces the page with what to do, never a blank page.
    yew::set_custom_panic_hook(Box::new(|info| {
        if let Some(root) =
            crate::browser::document().and_then(|document| document.get_element_by_id("studio"))
        {
            root.set_inner_html(
                "<h1 class=\"eg-heading-l\">Sorry, the policy studio has stopped working</h1>\
                 <p class=\"eg-body\">Reload the page to carry on. If you ticked \u{201c}Keep my draft in this browser\u{201d}, your draft is still there; if not, open the policy file you last downloaded.</p>",
            );
        }
        web_sys::console::error_1(&info.to_string().into());
    }));
    let Some(root) =
        crate::browser::document().and_then(|document| document.get_element_by_id("studio"))
    else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<page::Studio>::with_root(root).render();
}
