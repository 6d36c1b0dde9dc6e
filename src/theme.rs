//! A host's theme: values from `data-theme-…` settings become the custom
//! properties the widget's stylesheet reads (`--escalation-guide-link` and
//! the rest; a host may also set those in its own CSS), and any colour that
//! fails WCAG 2.2 AA contrast is reported in the console with its ratio.

use escalation_core::contrast::{COLOUR_CHECKS, ColourCheck, is_opaque, parse_rgb};
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

/// The colour `value` as the browser reads it inside `parent` (any CSS
/// colour works), through a probe element.
fn computed_colour(parent: &web_sys::Element, value: &str) -> Option<String> {
    let window = browser::window()?;
    let probe = browser::document()?
        .create_element("span")
        .ok()?
        .unchecked_into::<web_sys::HtmlElement>();
    let _ = probe.style().set_property("color", value);
    let _ = parent.append_child(&probe);
    let computed = window
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("color").ok());
    probe.remove();
    computed
}

/// What is wrong with `value` as `check`'s colour, read inside `parent`:
/// see-through (`true`: it would hide what it colours, so the widget uses
/// its own) or too little contrast (`false`), in the core's words. The
/// widget's console and the publisher page both say it.
pub fn colour_problem(
    parent: &web_sys::Element,
    check: &ColourCheck,
    value: &str,
) -> Option<(bool, String)> {
    let computed = computed_colour(parent, value)?;
    if !is_opaque(&computed) {
        return Some((true, check.see_through(value)));
    }
    check
        .problem(value, parse_rgb(&computed)?)
        .map(|problem| (false, problem))
}

/// Report any host colour that fails contrast. A colour is read as the
/// browser reads it: any CSS colour works.
pub fn check(root: &web_sys::Element) {
    let Some(window) = browser::window() else {
        return;
    };
    let Ok(Some(style)) = window.get_computed_style(root) else {
        return;
    };
    for check in COLOUR_CHECKS {
        let value = style.get_property_value(check.property).unwrap_or_default();
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match colour_problem(root, &check, value) {
            Some((true, message)) => {
                // `initial` on the widget itself, whatever the host set (an
                // attribute or its own stylesheet): the widget's default is used.
                if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = root.style().set_property_with_priority(
                        check.property,
                        "initial",
                        "important",
                    );
                }
                web_sys::console::warn_1(&format!("Escalation Guide: {message}").into());
            }
            Some((false, message)) => {
                web_sys::console::warn_1(&format!("Escalation Guide: {message}").into());
            }
            None => {}
        }
    }
}
