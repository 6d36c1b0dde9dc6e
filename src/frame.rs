//! The iframe page (`frame.html`) for sites that cannot add scripts: the
//! widget tells the page around it its height, so the frame can follow its
//! content, and when Exit this page is used, so the whole tab can leave.
//! The parent page's listener (docs/EMBEDDING.md) checks where each message
//! comes from.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::browser;

/// The messages the widget sends its parent page.
pub const HEIGHT_MESSAGE: &str = "escalation-guide:height";

thread_local! {
    /// The only origin the page around the frame may have to be told
    /// anything: the site's `data-parent-origin`, else the frame's own.
    static PARENT_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
    /// What tells the parent the widget's height.
    static OBSERVER: RefCell<Option<web_sys::ResizeObserver>> = const { RefCell::new(None) };
}

/// Post `{type, …}` to the page this one is framed in, if any, and only if
/// that page has the origin the site configured (or, without one, the
/// frame's own origin). A page on any other origin that frames this one is
/// told nothing, not even the height, which would tell it the answers.
pub fn tell_parent(kind: &str, field: &str, value: JsValue) {
    let Some(window) = browser::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &field.into(), &value);
    let target = PARENT_ORIGIN
        .with(|origin| origin.borrow().clone())
        .or_else(|| window.location().origin().ok())
        .unwrap_or_default();
    if !target.is_empty() {
        let _ = parent.post_message(&message, &target);
    }
}

/// Keep the parent told of the widget's height. `parent_origin` is the
/// site's page around the frame, where it has said which it is.
pub fn follow(root: &web_sys::Element, parent_origin: Option<String>) {
    PARENT_ORIGIN.with(|origin| *origin.borrow_mut() = parent_origin);
    if let Some(body) = browser::document().and_then(|document| document.body()) {
        let _ = body.style().set_property("margin", "0");
    }
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        tell_parent(HEIGHT_MESSAGE, "height", height.into());
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        // It lives as long as the page, or until training mode's bundle
        // takes over (`stop_following`).
        OBSERVER.with(|kept| *kept.borrow_mut() = Some(observer));
    }
    on_resize.forget();
}

/// Stop telling the parent this widget's height: training mode's bundle is
/// taking its place, and tells it from then on. Without this, the emptied
/// root would tell a height of 0 and the frame would collapse for a moment.
#[cfg(not(feature = "training"))]
pub fn stop_following() {
    if let Some(observer) = OBSERVER.with(|kept| kept.borrow_mut().take()) {
        observer.disconnect();
    }
}
