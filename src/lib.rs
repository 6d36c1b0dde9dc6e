//! Escalation Guide: the Yew widget. Components render values from
//! `escalation-core` and dispatch its actions; the domain lives there.

mod app;
mod browser_history;
mod components;
mod pages;
mod shared_policy;

pub use app::App;

/// The id of the element the widget mounts into on its own page.
pub const ROOT_ID: &str = "escalation-guide";

/// Mount the widget into `root`, replacing the fallback content inside it.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(root).render()
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
