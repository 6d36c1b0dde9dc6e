//! What the publisher asks of the browser: a colour as the browser reads
//! it (for the core's contrast check), the preview's page, and the
//! clipboard.

use escalation_core::Policy;
use escalation_core::contrast::ColourCheck;
use escalation_core::host_settings::THEME;
use wasm_bindgen::JsCast;

use super::draft::Draft;
use crate::browser;

/// The contrast problem with a colour value, as the browser reads it and
/// the core judges it: the widget's own check (`theme::colour_problem`).
pub fn contrast_problem(setting: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let property = THEME.iter().find(|(name, _)| *name == setting)?.1;
    let check = ColourCheck::of(property)?;
    let body = browser::document()?.body()?;
    crate::theme::colour_problem(&body, &check, value).map(|(_, message)| message)
}

/// The page the preview shows: a plain host page with the draft's snippet,
/// the widget's loader taken from the same folder as this page, and the
/// host's own policy file (not yet uploaded) given in the address itself.
/// Without a policy (an own file with problems) it says so.
pub fn preview_page(draft: &Draft, policy: Option<&Policy>) -> String {
    let Some(policy) = policy else {
        return "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Preview</title></head><body><p style=\"font-family: sans-serif\">The preview shows once your policy file has no problems.</p></body></html>".to_string();
    };
    let inline = draft
        .own_file
        .as_ref()
        .filter(|_| draft.is_own())
        .map(|file| data_address(&file.text));
    preview_document(
        &draft
            .snippet(policy, &loader_here(), inline.as_deref())
            .html(),
    )
}

/// What a preview frame may do: run the widget from this folder, but not
/// take the page around it away (Exit this page in a preview leaves the
/// frame only, so nothing typed on the page is lost).
pub const PREVIEW_SANDBOX: &str = "allow-scripts allow-same-origin";

/// The widget's loader, from the same folder as this page.
pub fn loader_here() -> String {
    let here = browser::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base("./escalation-guide.js", &here)
        .map(|url| url.href())
        .unwrap_or_default()
}

/// A policy file's text as an address the widget fetches it from, for a
/// preview of a file not yet uploaded.
pub fn data_address(text: &str) -> String {
    format!(
        "data:application/json;charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    )
}

/// The page a preview frame shows: a plain host page around `body`.
pub fn preview_document(body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Preview</title></head><body style=\"margin:0\">{body}</body></html>"
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
