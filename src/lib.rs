//! Escalation Guide: the Yew widget. Components render values from
//! `escalation-core` and dispatch its actions; the domain lives there.

mod app;
mod browser;
mod browser_history;
mod components;
mod load_record;
mod pages;
mod privacy_controls;
mod shared_policy;

pub use app::{App, AppProps, Config};
pub use components::exit_this_page::{ShiftCounter, ShiftEvent, status_message};

/// The id of the element the widget mounts into on its own page.
pub const ROOT_ID: &str = "escalation-guide";

/// Read the widget's settings: the policy from `?policy=` in the address or
/// the root's `data-policy`, the exit destination from `data-exit-url`, and
/// extra closure days from `data-closures`.
pub fn config_for(root: &web_sys::Element) -> Config {
    Config {
        policy: browser::query_parameter("policy").or_else(|| root.get_attribute("data-policy")),
        exit_url: root
            .get_attribute("data-exit-url")
            .filter(|url| url.starts_with("https://") || url.starts_with("http://")),
        closures: root.get_attribute("data-closures"),
    }
}

/// Mount the widget into `root`, replacing the fallback content inside it.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    let config = config_for(&root);
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
