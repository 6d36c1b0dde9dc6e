//! The iframe page (`frame.html`) for sites that cannot add scripts: the
//! widget tells the page around it its height, so the frame can follow its
//! content, and when Exit this page is used, so the whole tab can leave.
//! The parent page's listener (docs/EMBEDDING.md) checks where each message
//! comes from.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::browser;

/// The messages the widget sends its parent page.
pub const HEIGHT_MESSAGE: &str = "escalation-guide:height";
pub const EXIT_MESSAGE: &str = "escalation-guide:exit";

/// Post `{type, …}` to the page this one is framed in, if any.
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
    // Heights and the exit address are not secret; the parent checks the
    // origin of what it receives.
    let _ = parent.post_message(&message, "*");
}

/// Keep the parent told of the widget's height.
pub fn follow(root: &web_sys::Element) {
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
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
}
