//! Escalation Guide: the Yew widget. Components render values from
//! `escalation-core` and dispatch its actions; the domain lives there.

mod app;
mod browser;
mod browser_history;
mod components;
mod hooks;
mod load_record;
mod pages;
mod privacy_controls;
mod shared_policy;

pub use app::{App, AppProps, Config};

/// The id of the element the widget mounts into on its own page.
pub const ROOT_ID: &str = "escalation-guide";

/// Read the widget's settings: the policy from `?policy=` in the address or
/// the root's `data-policy`, the exit destination from `data-exit-url`, and
/// extra closure days from `data-closures`.
pub fn config_for(root: &web_sys::Element) -> Config {
    Config {
        policy: browser::query_parameter("policy").or_else(|| root.get_attribute("data-policy")),
        exit_url: root.get_attribute("data-exit-url").and_then(|text| {
            let url = browser::exit_url(&text);
            if url.is_none() {
                web_sys::console::warn_1(
                    &format!(
                        "Escalation Guide: data-exit-url=\"{text}\" is not an absolute https: or http: address with a host; Exit this page goes to the default instead."
                    )
                    .into(),
                );
            }
            url
        }),
        closures: root.get_attribute("data-closures"),
    }
}

/// Marks the elements the widget is mounted in, for the panic hook to find.
const MOUNTED_ATTRIBUTE: &str = "data-eg-mounted";

/// What the widget shows if it fails: the emergency advice, and what to do.
const FAILURE_HTML: &str = r#"<div class="eg-width-container">
<div class="eg-warning-text eg-warning-text--emergency"><span class="eg-warning-text__icon" aria-hidden="true">!</span><strong class="eg-warning-text__text"><span class="eg-visually-hidden">Warning</span> If a child is in immediate danger, call 999.</strong></div>
<h1 class="eg-heading-l">Sorry, the guide has stopped working</h1>
<p class="eg-body">Reload the page to start again. Anything you had not downloaded may be lost.</p>
<p class="eg-body">Meanwhile, speak to your Designated Safeguarding Lead and follow your local safeguarding partnership’s escalation policy.</p>
</div>"#;

/// Replace every mounted widget with the failure message. Called by the
/// panic hook, so a fault never leaves a blank or frozen widget.
pub fn show_failure() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Ok(roots) = document.query_selector_all(&format!("[{MOUNTED_ATTRIBUTE}]")) {
        for index in 0..roots.length() {
            if let Some(root) = roots
                .item(index)
                .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            {
                root.set_inner_html(FAILURE_HTML);
            }
        }
    }
}

/// Mount the widget into `root`, replacing the fallback content inside it.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    let config = config_for(&root);
    let _ = root.set_attribute(MOUNTED_ATTRIBUTE, "");
    yew::set_custom_panic_hook(Box::new(|info| {
        show_failure();
        web_sys::console::error_1(&info.to_string().into());
    }));
    yew::Renderer::<App>::with_root_and_props(root, AppProps { config }).render()
}

/// Mount into the element with id [`ROOT_ID`], or the page body if none.
pub fn mount_on_page() {
    let document = web_sys::window().and_then(|window| window.document());
    let root = document.as_ref().and_then(|document| {
        document
            .get_element_by_id(ROOT_ID)
            .or_else(|| document.body().map(Into::into))
    });
    if let Some(root) = root {
        // The widget lives as long as the page.
        std::mem::forget(mount(root));
    }
}
