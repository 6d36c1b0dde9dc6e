//! Exit this page, in one place: leaving (the same-address rule and the
//! fallback timer), hiding the page at once and restoring it when the
//! browser brings it back, and the signals that make every tab and the page
//! around a frame leave too. The button and the Shift shortcut are the
//! component (`components::exit_this_page`); the loader
//! (`scripts/write-loader.sh`) does the same while the widget is not running
//! (hiding, clearing, telling other tabs and the page around a frame, the
//! same-address rule and the fallback timer), in JavaScript.

use wasm_bindgen::JsCast;

use crate::browser;
use crate::frame;
pub use escalation_core::outline::DEFAULT_EXIT_URL;

/// Told to the page around a frame, so the whole tab leaves.
pub const EXIT_MESSAGE: &str = "escalation-guide:exit";
/// Every tab of the widget on this site listens here: Exit this page in one
/// tab hides, clears and leaves them all.
pub const EXIT_CHANNEL: &str = "escalation-guide-exit";
const HIDE_CLASS: &str = "eg-exit-this-page-hide-content";
const OVERLAY_CLASS: &str = "eg-exit-this-page-overlay";

/// Marks the page's elements that exit hid, so a return can show them.
const HIDDEN_ATTRIBUTE: &str = "data-eg-hidden";

/// Hide everything on the page at once, show a plain "Loading." overlay,
/// and go to `url`. The overlay hangs off `body` so that hiding the page's
/// content cannot hide it too. Styles are set on the elements themselves
/// (through the CSSOM, which a strict Content Security Policy allows):
/// embedded in a host page, the widget's stylesheet does not reach `body`.
pub fn exit_to(url: &str) {
    if let Some(document) = browser::document()
        && let Some(body) = document.body()
    {
        let _ = body.class_list().add_1(HIDE_CLASS);
        let children = body.children();
        for index in 0..children.length() {
            if let Some(child) = children
                .item(index)
                .and_then(|child| child.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = child
                    .style()
                    .set_property_with_priority("display", "none", "important");
                let _ = child.set_attribute(HIDDEN_ATTRIBUTE, "");
            }
        }
        if let Ok(overlay) = document
            .create_element("div")
            .map(|element| element.unchecked_into::<web_sys::HtmlElement>())
        {
            overlay.set_class_name(OVERLAY_CLASS);
            let style = overlay.style();
            for (property, value) in [
                ("display", "block"),
                ("position", "fixed"),
                ("z-index", "2147483647"),
                ("inset", "0"),
                ("padding", "30px"),
                ("background", "#ffffff"),
                ("color", "#0b0c0c"),
                (
                    "font",
                    "19px system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif",
                ),
            ] {
                let _ = style.set_property(property, value);
            }
            let _ = overlay.set_attribute("role", "alert");
            // The text goes in after the alert is in the document, so screen
            // readers announce it (as govuk-frontend does).
            let _ = body.append_child(&overlay);
            overlay.set_text_content(Some("Loading."));
        }
    }
    leave_for(url);
}

/// Undo `exit_to` when the browser brings the page back from its
/// back/forward cache, so the user does not return to a blank screen.
pub fn restore_page() {
    stayed();
    let Some(document) = browser::document() else {
        return;
    };
    if let Some(body) = document.body() {
        let _ = body.class_list().remove_1(HIDE_CLASS);
    }
    let remove = |selector: &str, action: &dyn Fn(&web_sys::HtmlElement)| {
        if let Ok(found) = document.query_selector_all(selector) {
            for index in 0..found.length() {
                if let Some(element) = found
                    .item(index)
                    .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    action(&element);
                }
            }
        }
    };
    remove(&format!(".{OVERLAY_CLASS}"), &|overlay| overlay.remove());
    remove(&format!("[{HIDDEN_ATTRIBUTE}]"), &|element| {
        let _ = element.style().remove_property("display");
        let _ = element.remove_attribute(HIDDEN_ATTRIBUTE);
    });
}

thread_local! {
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Set on the page's root element while Exit this page leaves, so every
/// widget knows, whichever bundle runs it (training mode's is another
/// WebAssembly instance, with its own `LEAVING`: `src/hand_over.rs`).
const LEAVING_ATTRIBUTE: &str = "data-escalation-guide-leaving";

fn page_root() -> Option<web_sys::Element> {
    browser::document()?.document_element()
}

/// Whether the page is on its way to another site ("Exit this page"). While
/// it is, nothing may touch history (that would cancel the navigation) and
/// leaving must not be questioned.
pub fn is_leaving() -> bool {
    LEAVING.with(std::cell::Cell::get)
        || page_root().is_some_and(|page| page.has_attribute(LEAVING_ATTRIBUTE))
}

/// The page is leaving for good, or has failed: no more writes, no
/// question before it goes.
pub fn mark_leaving() {
    LEAVING.with(|leaving| leaving.set(true));
}

/// The page is back (from the back/forward cache): it is not leaving now.
pub fn stayed() {
    LEAVING.with(|leaving| leaving.set(false));
    if let Some(page) = page_root() {
        let _ = page.remove_attribute(LEAVING_ATTRIBUTE);
    }
}

/// Leave for `url`: the top window when the widget is in a frame, so the
/// whole screen changes.
pub fn leave_for(url: &str) {
    mark_leaving();
    if let Some(page) = page_root() {
        let _ = page.set_attribute(LEAVING_ATTRIBUTE, "");
    }
    // The briefing's presenter view closes: the window presenting leaves.
    if crate::presenter::close_if_presenter() {
        return;
    }
    // In a frame, the page around it leaves too (its listener does that).
    frame::tell_parent(EXIT_MESSAGE, "url", url.into());
    let Some(window) = browser::window() else {
        return;
    };
    // An address that is this page (only its #part differs, or it is
    // spelt another way: no final "/", capitals in the host) would not
    // leave it: the neutral site instead.
    let here = window.location().href().unwrap_or_default();
    let this_page = page_address(&here, &here);
    let url = if this_page.is_some() && page_address(url, &here) == this_page {
        DEFAULT_EXIT_URL
    } else {
        url
    };
    navigate_top(&window, url);
    // An address that does not load a page (a download, "204 No Content")
    // leaves the page where it was: after a few seconds still here, go to
    // the neutral site.
    if url != DEFAULT_EXIT_URL {
        gloo_timers::callback::Timeout::new(STILL_HERE_MS, move || {
            if is_leaving() {
                navigate_top(&window, DEFAULT_EXIT_URL);
            }
        })
        .forget();
    }
}

/// How long Exit this page waits for its address to load before going to
/// the neutral site instead.
const STILL_HERE_MS: u32 = 3_000;

/// Said in a frame whose page does not let it take the whole tab away (a
/// sandbox without top navigation): the guide is hidden and cleared, but
/// the page around it stays, so the visitor is told to close the tab.
pub const CANNOT_LEAVE: &str = "This website does not let the guide take you away from its page. \
     The guide is hidden and cleared. Close this tab or window now.";

/// Go to `url` in the top window when the widget is in a frame, so the whole
/// screen changes. A frame whose page refuses that says so, in place of
/// the guide, rather than leave only itself.
fn navigate_top(window: &web_sys::Window, url: &str) {
    let top = window.top().ok().flatten();
    let framed = top.as_ref().is_some_and(|top| top != window);
    let left = top
        .as_ref()
        .is_some_and(|top| top.location().set_href(url).is_ok());
    if left {
        return;
    }
    if framed && let Some(body) = browser::document().and_then(|document| document.body()) {
        // Still leaving: nothing is written back when the tab is closed.
        body.set_text_content(Some(CANNOT_LEAVE));
        let _ = body.set_attribute("role", "alert");
        let _ = body.style().set_property("visibility", "visible");
        if let Some(page) = browser::document().and_then(|document| document.document_element())
            && let Some(page) = page.dyn_ref::<web_sys::HtmlElement>()
        {
            let _ = page.style().set_property("visibility", "visible");
        }
        return;
    }
    let _ = window.location().set_href(url);
}

/// `address` as the browser reads it (relative to `base`), without its
/// `#` part, so two spellings of one page compare equal.
fn page_address(address: &str, base: &str) -> Option<String> {
    let parsed = web_sys::Url::new_with_base(address, base).ok()?;
    parsed.set_hash("");
    Some(parsed.href())
}
