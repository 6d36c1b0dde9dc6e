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
pub(crate) mod tools;

/// Mount the publisher in `#publisher`, replacing the message shown
/// without JavaScript.
pub fn start() {
    mount_page::<page::Publisher>(
        "publisher",
        "<h1 class=\"eg-heading-l\">Sorry, the publisher page has stopped working</h1>\
         <p class=\"eg-body\">Reload the page to start again. If you ticked \u{201c}Keep my choices in this browser\u{201d}, they are still there. The snippets in the package\u{2019}s snippets folder and docs/EMBEDDING.md do the same by hand.</p>",
    );
}

/// Mount page `C` of a page of its own (the publisher, the studio) in the
/// element `root_id`, replacing the message shown without JavaScript. A
/// fault replaces the page with `fault` (what to do), never a blank page.
pub(crate) fn mount_page<C>(root_id: &'static str, fault: &'static str)
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    let root =
        move || crate::browser::document().and_then(|document| document.get_element_by_id(root_id));
    yew::set_custom_panic_hook(Box::new(move |info| {
        if let Some(root) = root() {
            root.set_inner_html(fault);
        }
        web_sys::console::error_1(&info.to_string().into());
    }));
    let Some(element) = root() else {
        return;
    };
    element.set_inner_html("");
    yew::Renderer::<C>::with_root(element).render();
}
