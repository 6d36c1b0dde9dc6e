//! A host's theme: values from `data-theme-…` settings become the custom
//! properties the widget's stylesheet reads (`--escalation-guide-link` and
//! the rest; a host may also set those in its own CSS), and any colour that
//! fails WCAG 2.2 AA contrast is reported in the console with its ratio.

use escalation_core::contrast::{COLOUR_CHECKS, parse_rgb};
use wasm_bindgen::JsCast;

use crate::browser;

/// Set each theme custom property on the widget's root, through the CSSOM
/// (which a strict Content Security Policy allows).
pub fn apply(root: &web_sys::Element, theme: &[(&'static str, String)]) {
    if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
        for (property, value) in theme {
            let _ = root.style().set_property(property, value);
        }
    }
}

/// Report any host colour that fails contrast. A colour is read as the
/// browser reads it: any CSS colour works.
pub fn check(root: &web_sys::Element) {
    let Some(window) = browser::window() else {
        return;
    };
    let Some(document) = browser::document() else {
        return;
    };
    let Ok(Some(style)) = window.get_computed_style(root) else {
        return;
    };
    for check in COLOUR_CHECKS {
        let property = check.property;
        let value = style.get_property_value(property).unwrap_or_default();
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        // The browser's reading of the colour, through a probe element.
        let Ok(probe) = document
            .create_element("span")
            .map(|probe| probe.unchecked_into::<web_sys::HtmlElement>())
        else {
            return;
        };
        let _ = probe.style().set_property("color", value);
        let _ = root.append_child(&probe);
        let computed = window
            .get_computed_style(&probe)
            .ok()
            .flatten()
            .and_then(|style| style.get_property_value("color").ok())
            .unwrap_or_default();
        probe.remove();
        // A see-through colour would hide what it colours (the 999 line,
        // on text): refused, whatever its contrast.
        if !escalation_core::contrast::is_opaque(&computed) {
            // `initial` on the widget itself, whatever the host set (an
            // attribute or its own stylesheet): the widget's default is used.
            if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
                let _ = root
                    .style()
                    .set_property_with_priority(property, "initial", "important");
            }
            web_sys::console::warn_1(
                &format!("Escalation Guide: {}", check.see_through(value)).into(),
            );
            continue;
        }
        let Some(colour) = parse_rgb(&computed) else {
            continue;
        };
        if let Some(problem) = check.problem(value, colour) {
            web_sys::console::warn_1(&format!("Escalation Guide: {problem}").into());
        }
    }
}
