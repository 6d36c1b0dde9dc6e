//! Full screen for the briefing: the whole widget, with Exit this page, fills
//! the screen; the browser's own Escape key leaves it.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::browser;

#[wasm_bindgen]
extern "C" {
    /// An element or document, seen only for its full-screen methods.
    type FullScreenApi;

    /// `Element.requestFullscreen()`, with the promise it returns, to hear
    /// when the browser or the page's host refuses; caught where a browser
    /// lacks it.
    #[wasm_bindgen(method, catch, js_name = requestFullscreen)]
    fn request_fullscreen(this: &FullScreenApi) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method, catch, js_name = exitFullscreen)]
    fn exit_fullscreen(this: &FullScreenApi) -> Result<js_sys::Promise, JsValue>;
}

/// Whether this page may go full screen at all (an iframe needs
/// `allow="fullscreen"`).
fn available() -> bool {
    browser::document()
        .and_then(|document| js_sys::Reflect::get(&document, &"fullscreenEnabled".into()).ok())
        .is_some_and(|enabled| enabled.is_truthy())
}

/// The element that goes full screen: the widget's container around `inside`.
fn container(inside: &NodeRef) -> Option<web_sys::Element> {
    inside
        .cast::<web_sys::Element>()?
        .closest(".eg-width-container")
        .ok()
        .flatten()
}

/// Whether `element` is the one full screen now, in its document or shadow root.
fn is_full_screen(element: &web_sys::Element) -> bool {
    let root = element.get_root_node();
    let current = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.fullscreen_element(),
        None => browser::document().and_then(|document| document.fullscreen_element()),
    };
    current.is_some_and(|current| &current == element)
}

#[derive(Clone, PartialEq)]
pub struct FullScreen {
    /// The page may go full screen: without it, no button is offered.
    pub available: bool,
    pub on: bool,
    /// The browser, or the site around the widget, did not allow it.
    pub refused: bool,
    pub toggle: Callback<()>,
}

/// Full screen for the widget around `inside`.
#[hook]
pub fn use_full_screen(inside: NodeRef) -> FullScreen {
    let on = use_state_eq(|| false);
    let refused = use_state_eq(|| false);
    {
        let on = on.clone();
        let inside = inside.clone();
        use_effect_with((), move |_| {
            let listener = browser::document().map(|document| {
                EventListener::new(&document, "fullscreenchange", move |_| {
                    on.set(container(&inside).is_some_and(|element| is_full_screen(&element)));
                })
            });
            move || drop(listener)
        });
    }
    let toggle = {
        let on = on.clone();
        let refused = refused.clone();
        Callback::from(move |()| {
            let Some(element) = container(&inside) else {
                return;
            };
            if is_full_screen(&element) {
                if let Some(document) = browser::document() {
                    let _ = document.unchecked_ref::<FullScreenApi>().exit_fullscreen();
                }
                return;
            }
            let promise = element
                .unchecked_ref::<FullScreenApi>()
                .request_fullscreen();
            let (on, refused) = (on.clone(), refused.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let allowed = match promise {
                    Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                    Err(_) => false,
                };
                refused.set(!allowed);
                if allowed {
                    on.set(true);
                }
            });
        })
    };
    FullScreen {
        available: use_memo((), |_| available()).as_ref().to_owned(),
        on: *on,
        refused: *refused,
        toggle,
    }
}
