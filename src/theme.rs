//! A host's theme: values from `data-theme-…` settings become the custom
//! properties the widget's stylesheet reads (`--escalation-guide-link` and
//! the rest; a host may also set those in its own CSS), and any colour that
//! fails WCAG 2.2 AA contrast is reported in the console with its ratio.

use escalation_core::contrast::{parse_rgb, ratio, ratio_in_words};
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

const WHITE: [u8; 3] = [255, 255, 255];
const FOCUS_TEXT: [u8; 3] = [0x0b, 0x0c, 0x0c];

/// The colours a host can set, what each is shown against, and the least
/// contrast WCAG 2.2 AA allows.
const CHECKS: [(&str, &str, [u8; 3], &str, f64); 4] = [
    (
        "--escalation-guide-text",
        "text",
        WHITE,
        "the white background",
        4.5,
    ),
    (
        "--escalation-guide-link",
        "link",
        WHITE,
        "the white background",
        4.5,
    ),
    (
        "--escalation-guide-brand",
        "brand",
        WHITE,
        "the white background",
        3.0,
    ),
    (
        "--escalation-guide-focus",
        "focus",
        FOCUS_TEXT,
        "the focused text, #0b0c0c",
        4.5,
    ),
];

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
    for (property, name, against, against_name, least) in CHECKS {
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
                &format!(
                    "Escalation Guide: the {name} colour {value} is see-through, so the guide uses its own instead."
                )
                .into(),
            );
            continue;
        }
        let Some(colour) = parse_rgb(&computed) else {
            continue;
        };
        let contrast = ratio(colour, against);
        if contrast < least {
            web_sys::console::warn_1(
                &format!(
                    "Escalation Guide: the {name} colour {value} has a contrast of {} against {against_name}; WCAG 2.2 AA needs at least {}. Choose a darker colour.",
                    ratio_in_words(contrast),
                    ratio_in_words(least)
                )
                .into(),
            );
        }
    }
}
