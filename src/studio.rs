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
    crate::publish::mount_page::<page::Studio>(
        "studio",
        "<h1 class=\"eg-heading-l\">Sorry, the policy studio has stopped working</h1>\
         <p class=\"eg-body\">Reload the page to carry on. If you ticked \u{201c}Keep my draft in this browser\u{201d}, your draft is still there; if not, open the policy file you last downloaded.</p>",
    );
}
