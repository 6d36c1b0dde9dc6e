//! The publisher page (`publish.html`): a website editor chooses a built-in
//! policy, gives contact details for its roles, colours and an exit
//! address, sees the guide as it will look, and copies the code to paste.
//! Everything happens in the editor's browser; nothing is uploaded. Its
//! own bundle (`src/bin/publish.rs`), so the widget's download does not
//! grow. The snippet is the core's (`escalation_core::snippet`), the one
//! `policy-tool snippet` prints.

mod draft;
mod page;
mod tools;

/// Mount the publisher in `#publisher`, replacing the message shown
/// without JavaScript.
pub fn start() {
    crate::install_panic_hook();
    let Some(root) =
        crate::browser::document().and_then(|document| document.get_element_by_id("publisher"))
    else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<page::Publisher>::with_root(root).render();
}
