//! Putting the widget on a page: its own page, a host's snippet and the
//! iframe page all mark an element with `data-escalation-guide`. The loader
//! script (written by `scripts/write-loader.sh` after each build) starts
//! the WebAssembly and calls [`start`] with the address of the widget's
//! stylesheet. Each marked element gets a shadow root holding that
//! stylesheet and the widget, so a host's CSS cannot reach in and the
//! widget's cannot leak out.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::browser;
use crate::settings::{Settings, Today};

/// The attribute that marks where a widget goes.
pub const HOST_ATTRIBUTE: &str = "data-escalation-guide";

thread_local! {
    /// Every element a widget is mounted in, for the failure view.
    static MOUNTED: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    /// Each running widget by the page's element it is in, to stop it when
    /// training mode's bundle takes over (`src/hand_over.rs`).
    static RUNNING: RefCell<Vec<(web_sys::Element, yew::AppHandle<crate::Widget>)>> =
        const { RefCell::new(Vec::new()) };
}

/// The class of the element inside a widget's shadow root that the widget
/// renders in.
pub const ROOT_CLASS: &str = "eg";

/// Keep the widget running in `host` for the page's life, or until
/// training mode's bundle takes over.
pub fn keep_running(host: web_sys::Element, app: yew::AppHandle<crate::Widget>) {
    RUNNING.with(|running| running.borrow_mut().push((host, app)));
}

/// Stop the widget in `host` and forget it: its listeners go, and Yew
/// empties its root soon after, for the bundle taking over to put a root of
/// its own in its place. False if none ran there.
#[cfg(not(feature = "training"))]
pub fn release(host: &web_sys::Element) -> bool {
    let app = RUNNING.with(|running| {
        let mut running = running.borrow_mut();
        let at = running.iter().position(|(element, _)| element == host)?;
        Some(running.remove(at).1)
    });
    let Some(app) = app else {
        return false;
    };
    crate::frame::stop_following();
    app.destroy();
    let root = host.shadow_root().and_then(|shadow| {
        shadow
            .query_selector(&format!("div.{ROOT_CLASS}"))
            .ok()
            .flatten()
    });
    MOUNTED.with(|mounted| {
        mounted
            .borrow_mut()
            .retain(|element| Some(element) != root.as_ref())
    });
    true
}

/// Remember `root` as holding a widget.
pub fn remember(root: &web_sys::Element) {
    MOUNTED.with(|mounted| mounted.borrow_mut().push(root.clone()));
}

/// Every element a widget is mounted in.
pub fn mounted() -> Vec<web_sys::Element> {
    MOUNTED.with(|mounted| mounted.borrow().clone())
}

/// Mount a widget in every element marked [`HOST_ATTRIBUTE`] that has none
/// yet. `stylesheet` is the address of the widget's stylesheet.
#[cfg_attr(feature = "widget", wasm_bindgen)]
pub fn start(stylesheet: &str) {
    let Some(document) = browser::document() else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(&format!("[{HOST_ATTRIBUTE}]")) else {
        return;
    };
    // Widgets that share a name each keep their own progress: the second
    // and later are told which they are, and the site's editors are told.
    let mut names: Vec<String> = Vec::new();
    for index in 0..hosts.length() {
        let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let name = host
            .get_attribute(HOST_ATTRIBUTE)
            .unwrap_or_default()
            .trim()
            .to_string();
        names.push(name.clone());
        let instance = names.iter().filter(|seen| **seen == name).count();
        // The page's order decides, whatever the host wrote in the attribute.
        if instance == 1 {
            let _ = host.remove_attribute(crate::settings::INSTANCE_ATTRIBUTE);
        } else {
            let _ = host.set_attribute(crate::settings::INSTANCE_ATTRIBUTE, &instance.to_string());
            web_sys::console::warn_1(
                &format!(
                    "Escalation Guide: {instance} widgets on this page have data-escalation-guide=\"{name}\"; each keeps its progress apart, but give each its own name (data-escalation-guide=\"one\", \"two\") so a visitor's progress stays with the right one if the page changes."
                )
                .into(),
            );
        }
        if host.shadow_root().is_none() {
            mount_in_shadow(&document, &host, stylesheet);
        } else if !host.has_attribute(MOUNTED_ATTRIBUTE) {
            web_sys::console::warn_1(
                &"Escalation Guide: an element marked data-escalation-guide already has a shadow root of its own, so the widget cannot go in it. Put data-escalation-guide on an empty <div>.".into(),
            );
        }
    }
    // Where no widget could start, Exit this page is the loader's to run
    // (button and Shift pressed three times), as after a failure.
    if mounted().is_empty()
        && hosts.length() > 0
        && let Some(page) = document.document_element()
    {
        let _ = page.set_attribute(
            crate::FAILED_ATTRIBUTE,
            escalation_core::outline::DEFAULT_EXIT_URL,
        );
    }
}

/// Marks an element that holds one of this page's widgets.
const MOUNTED_ATTRIBUTE: &str = "data-eg-mounted";

/// Marks the `<style>` on the widget's own page that holds its stylesheet.
const INLINE_STYLES_ATTRIBUTE: &str = "data-escalation-guide-styles";

/// How long the widget waits for its stylesheet before showing without it:
/// a request that never ends must not leave an empty space where Exit this
/// page and the 999 advice should be.
const STYLESHEET_WAIT_MS: u32 = 3_000;

/// `link` made a link to the stylesheet; `root` hidden until it is in (or
/// has failed, or [`STYLESHEET_WAIT_MS`] have passed), so the widget does
/// not flash unstyled, and never stays hidden.
fn link_stylesheet(
    link: &web_sys::Element,
    root: &web_sys::Element,
    stylesheet: &str,
) -> web_sys::Element {
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", stylesheet);
    if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
        let _ = root.style().set_property("visibility", "hidden");
        let shown = root.clone();
        let show = Closure::<dyn Fn()>::new(move || {
            let _ = shown.style().remove_property("visibility");
        });
        let _ = link.add_event_listener_with_callback("load", show.as_ref().unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", show.as_ref().unchecked_ref());
        let shown = root.clone();
        gloo_timers::callback::Timeout::new(STYLESHEET_WAIT_MS, move || {
            let _ = shown.style().remove_property("visibility");
        })
        .forget();
        show.forget();
    }
    link.clone()
}

fn mount_in_shadow(document: &web_sys::Document, host: &web_sys::Element, stylesheet: &str) {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let Ok(shadow) = host.attach_shadow(&init) else {
        // A <li>, <td>, <form> or <a>, or an element with a root of its
        // own: the fallback (the 999 advice, Exit this page, the outline)
        // stays where it is, and the site's editors are told.
        web_sys::console::warn_1(
            &format!(
                "Escalation Guide: a <{}> cannot hold the widget, so it shows its fallback (the 999 advice, Exit this page and the outline) instead. Put data-escalation-guide on a <div>.",
                host.tag_name().to_ascii_lowercase()
            )
            .into(),
        );
        return;
    };
    let _ = host.set_attribute(MOUNTED_ATTRIBUTE, "");
    // The settings are read while the fallback is still there, then the
    // fallback has done its job: the widget, in the shadow root, replaces it.
    let (settings, problems) = Settings::read(host, Today::Clock);
    host.set_text_content(None);
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_class_name(ROOT_CLASS);
    // The widget's own page carries the stylesheet inline, so its first
    // paint waits for no other file (scripts/write-loader.sh): the shadow
    // root takes a copy. Elsewhere, or where a Content Security Policy
    // without its hash refused it (no sheet), it links the file.
    let inline = document
        .query_selector(&format!("style[{INLINE_STYLES_ATTRIBUTE}]"))
        .ok()
        .flatten()
        .filter(|style| {
            js_sys::Reflect::get(style, &"sheet".into()).is_ok_and(|sheet| !sheet.is_null())
        });
    let styles = match inline {
        // The copy carries the original's nonce, for a policy that allowed
        // the original by nonce rather than by hash.
        Some(original) => document.create_element("style").inspect(|copy| {
            copy.set_text_content(original.text_content().as_deref());
            if let Ok(nonce) = js_sys::Reflect::get(&original, &"nonce".into()) {
                let _ = js_sys::Reflect::set(copy, &"nonce".into(), &nonce);
            }
        }),
        None => document
            .create_element("link")
            .map(|link| link_stylesheet(&link, &root, stylesheet)),
    };
    let Ok(styles) = styles else {
        return;
    };
    let _ = shadow.append_child(&styles);
    let _ = shadow.append_child(&root);
    // The page has no focus hidden under the sticky Exit this page button.
    if let Some(page) = document
        .document_element()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        && page
            .style()
            .get_property_value("scroll-padding-top")
            .is_ok_and(|value| value.is_empty())
    {
        let _ = page.style().set_property("scroll-padding-top", "80px");
    }
    // The widget lives as long as the page, or until training mode's
    // bundle takes over.
    keep_running(
        host.clone(),
        crate::mount_with_settings(root, settings, problems),
    );
}
