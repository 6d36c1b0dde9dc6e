//! The publisher page (`publish.html`): a website editor chooses a built-in
//! policy, gives contact details for its roles, colours and an exit
//! address, sees the guide as it will look, and copies the code to paste.
//! Everything happens in the editor's browser; nothing is uploaded. Its
//! own bundle (`src/bin/publish.rs`), so the widget's download does not
//! grow. The snippet is the core's (`escalation_core::snippet`), the one
//! `policy-tool snippet` prints.

mod code;
mod draft;
pub(crate) mod form;
pub(crate) mod page;
mod policy_step;
mod tools;

/// Mount the publisher in `#publisher`, replacing the message shown
/// without JavaScript.
pub fn start() {
    // A fault replaces the page's form with what to do, never a blank page.
    yew::set_custom_panic_hook(Box::new(|info| {
        if let Some(root) =
            crate::browser::document().and_then(|document| document.get_element_by_id("publisher"))
        {
            root.set_inner_html(
                "<h1 class=\"eg-heading-l\">Sorry, the publisher page has stopped working</h1>\
                 <p class=\"eg-body\">Reload the page to start again. If you ticked \u{201c}Keep my choices in this browser\u{201d}, they are still there. The snippets in the package\u{2019}s snippets folder and docs/EMBEDDING.md do the same by hand.</p>",
            );
        }
        web_sys::console::error_1(&info.to_string().into());
    }));
    let Some(root) =
        crate::browser::document().and_then(|document| document.get_element_by_id("publisher"))
    else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<page::Publisher>::with_root(root).render();
}
