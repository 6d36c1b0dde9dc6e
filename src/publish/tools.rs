//! What the publisher asks of the browser: a colour as the browser reads
//! it (for the core's contrast check), the preview's page, and the
//! clipboard.

use escalation_core::contrast::{ColourCheck, is_opaque, parse_rgb};
use escalation_core::host_settings::THEME;
use wasm_bindgen::JsCast;

use crate::browser;

/// The contrast problem with a colour value, as the browser reads it and
/// the core judges it (the check the widget makes on a host page).
pub fn contrast_problem(setting: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let property = THEME.iter().find(|(name, _)| *name == setting)?.1;
    let check = ColourCheck::of(property)?;
    let document = browser::document()?;
    let body = document.body()?;
    let probe = document
        .create_element("span")
        .ok()?
        .unchecked_into::<web_sys::HtmlElement>();
    let _ = probe.style().set_property("color", value);
    let _ = body.append_child(&probe);
    let computed = browser::window()?
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("color").ok())
        .unwrap_or_default();
    probe.remove();
    if !is_opaque(&computed) {
        return Some(check.see_through(value));
    }
    check.problem(value, parse_rgb(&computed)?)
}

/// The page the preview shows: a plain host page with the snippet, the
/// widget's loader from the same folder as this page.
pub fn preview_page(snippet: &str) -> String {
    let here = browser::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let loader = web_sys::Url::new_with_base("./escalation-guide.js", &here)
        .map(|url| url.href())
        .unwrap_or_default();
    let snippet = snippet.replace(
        &snippet[snippet.rfind("<script").unwrap_or(snippet.len())..],
        &format!("<script type=\"module\" src=\"{loader}\"></script>\n"),
    );
    format!(
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Preview</title></head><body style=\"margin:0\">{snippet}</body></html>"
    )
}

/// Copy `text` to the clipboard, if the browser allows it (it may ask the
/// editor first, or refuse).
pub async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = browser::window() else {
        return false;
    };
    let navigator: wasm_bindgen::JsValue = window.navigator().into();
    let Some(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|clipboard| !clipboard.is_undefined())
    else {
        return false;
    };
    let Some(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|write| write.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let Some(promise) = write
        .call1(&clipboard, &text.into())
        .ok()
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
