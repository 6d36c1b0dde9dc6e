//! Escalation Guide: the Yew widget. Components render values from
//! `escalation-core` and dispatch its actions; the domain lives there.
// The guide's first bundle is built without training mode (no `training`
// feature: src/hand_over.rs), so what only training mode uses is unused
// there; the default build, with it, is where unused code is caught.
#![cfg_attr(not(feature = "training"), allow(dead_code, unused_imports))]

mod app;
mod browser;
mod components;
mod embed;
mod exit;
mod frame;
mod guide;
mod hand_over;
mod hooks;
mod pages;
mod presenter;
#[cfg(feature = "publisher")]
pub mod publish;
mod settings;
mod shared_policy;
#[cfg(feature = "studio")]
pub mod studio;
mod theme;
mod widget;

pub use embed::start;
pub use settings::{DEFAULT_EXIT_URL, Settings, Today};
pub use widget::{Widget, WidgetProps};

/// Where Exit this page goes, on each element a widget is mounted in, for
/// the failure view.
const EXIT_ATTRIBUTE: &str = "data-eg-exit-url";

/// What the widget shows if it fails: Exit this page (a plain link, which
/// works without the widget), the emergency advice, and what to do.
fn failure_html() -> String {
    use escalation_core::outline::{emergency_html, exit_link_html};
    format!(
        "<div class=\"eg-width-container\">\n{}{}{}</div>",
        exit_link_html(DEFAULT_EXIT_URL),
        emergency_html(),
        r#"<h1 class="eg-heading-l">Sorry, the guide has stopped working</h1>
<p class="eg-body">Anything you had not downloaded may be lost.</p>
<p class="eg-body"><a class="eg-link eg-reload" href="">Reload the page to start again</a></p>
<p class="eg-body">Meanwhile, speak to your Designated Safeguarding Lead and follow your local safeguarding partnership’s escalation policy.</p>
"#
    )
}

/// Set on the page's root element when the widget has failed, to the exit
/// address: the loader (scripts/write-loader.sh) then runs Exit this page
/// itself, button and Shift pressed three times, hiding the page, clearing
/// every widget's kept progress and leaving, with no WebAssembly needed.
pub(crate) const FAILED_ATTRIBUTE: &str = "data-escalation-guide-failed";

/// Replace every mounted widget with the failure message. Called by the
/// panic hook, so a fault never leaves a blank or frozen widget.
pub fn show_failure() {
    // Nothing more is written, and leaving is not questioned: the widget's
    // own listeners may still run after the WebAssembly has stopped.
    exit::mark_leaving();
    let mounted = embed::mounted();
    let first_exit = mounted
        .iter()
        .find_map(|root| root.get_attribute(EXIT_ATTRIBUTE))
        .filter(|url| !url.is_empty())
        .unwrap_or_else(|| DEFAULT_EXIT_URL.to_string());
    if let Some(page) = browser::document().and_then(|document| document.document_element()) {
        let _ = page.set_attribute(FAILED_ATTRIBUTE, &first_exit);
    }
    let failure = failure_html();
    for root in mounted {
        root.set_inner_html(&failure);
        // The site's own exit address, set through the DOM so it is never
        // read as markup.
        let exit_url = root.get_attribute(EXIT_ATTRIBUTE).unwrap_or_default();
        if let Ok(Some(link)) =
            root.query_selector(&format!(".{}", escalation_core::outline::EXIT_BUTTON_CLASS))
            && !exit_url.is_empty()
        {
            let _ = link.set_attribute("href", &exit_url);
        }
    }
}

/// Mount the widget into `root`, replacing the fallback content inside it,
/// with today from the device's clock.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<Widget> {
    mount_with_today(root, Today::Clock)
}

/// Mount the widget into `root` with "today" given: tests fix it, so no
/// result depends on the machine's date.
pub fn mount_with_today(root: web_sys::Element, today: Today) -> yew::AppHandle<Widget> {
    let (settings, problems) = Settings::read(&root, today);
    mount_with_settings(root, settings, problems)
}

/// Show the failure view instead of a blank widget if anything panics. Set
/// as the WebAssembly starts, and again by every mount.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        show_failure();
        web_sys::console::error_1(&info.to_string().into());
    }));
}

/// Mount the widget into `root` with settings already read: the failure
/// view is ready before the first render.
pub fn mount_with_settings(
    root: web_sys::Element,
    settings: Settings,
    problems: Vec<settings::Problem>,
) -> yew::AppHandle<Widget> {
    let _ = root.set_attribute(EXIT_ATTRIBUTE, &settings.exit_url);
    embed::remember(&root);
    install_panic_hook();
    theme::apply(&root, &settings.theme);
    if settings.frame {
        frame::follow(&root, settings.parent_origin.clone());
    }
    let handle = yew::Renderer::<Widget>::with_root_and_props(
        root.clone(),
        WidgetProps { settings, problems },
    )
    .render();
    theme::check(&root);
    handle
}
