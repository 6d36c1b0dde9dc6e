//! Training mode (the 7-minute briefing) is a bundle of its own, so a
//! practitioner's phone downloads only what the journey needs. The guide's
//! first bundle is built without it (no `training` feature); when the user
//! opens the briefing, it asks the loader (`scripts/write-loader.sh`) for
//! training mode's bundle, which holds the whole guide:
//!
//! 1. the first bundle shows "Opening the 7-minute briefing" (Exit this
//!    page and the 999 advice stay, and still work) and fires
//!    `escalation-guide:training` from its element;
//! 2. the loader fetches training mode's bundle once, then calls
//!    [`hand_over`] here, which stops the widget in that element and gives
//!    back where the user was ([`HandOver`]: the journey, keeping, history);
//! 3. the loader calls `take_over` in the other bundle, which puts the
//!    guide back in the same place, exactly where the user was.
//!
//! If the bundle cannot be fetched, the loader calls [`hand_over_failed`]
//! and the page says so, with "Try again"; nothing typed is lost. Nothing
//! is stored on the way: the text passes in memory.

use escalation_core::hand_over::HandOver;

#[cfg(not(feature = "training"))]
pub use give::{TrainingHandOver, hand_over, hand_over_failed, handed, remember_file};

#[cfg(not(feature = "training"))]
mod give {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use yew::prelude::*;

    use escalation_core::Journey;
    use escalation_core::briefing_record::BriefingRecord;

    use super::HandOver;
    use crate::components::button::{ActionLink, Button, ButtonGroup};
    use crate::components::markup::page_heading;
    use crate::hooks::saved_progress::SavedProgress;
    use crate::settings::{ContactsSource, HostSettings, PolicySource};

    /// The event the first bundle fires from its element to ask for
    /// training mode; the loader listens for it on the document.
    const TRAINING_EVENT: &str = "escalation-guide:training";

    /// A widget waiting for training mode: its page element, where the
    /// user is, and how to say the bundle did not arrive.
    struct Waiting {
        host: web_sys::Element,
        handed: HandOver,
        failed: Callback<()>,
    }

    thread_local! {
        static WAITING: RefCell<Vec<Waiting>> = const { RefCell::new(Vec::new()) };
        /// Each host file (a policy, contacts) this page fetched and could
        /// use, as its text, so training mode's bundle needs no second fetch.
        static FILES: RefCell<Vec<(String, Rc<str>)>> = const { RefCell::new(Vec::new()) };
    }

    /// Keep the text of the host file fetched from `url`, which could be
    /// used, to hand over.
    pub fn remember_file(url: &str, bytes: &[u8]) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            FILES.with(|files| files.borrow_mut().push((url.to_string(), text.into())));
        }
    }

    /// The text kept from `url`.
    fn file(url: &str) -> Option<String> {
        FILES.with(|files| {
            let files = files.borrow();
            let (_, text) = files.iter().rev().find(|(address, _)| address == url)?;
            Some(text.to_string())
        })
    }

    /// Where the user is, to hand over: the journey, keeping, the history
    /// mark, a host's policy and contacts files, what was downloaded, the
    /// notices.
    pub fn handed(
        journey: &Journey,
        progress: &SavedProgress,
        history: u32,
        host: &HostSettings,
        downloaded: (Option<&Journey>, Option<&BriefingRecord>),
        notices: &[String],
    ) -> HandOver {
        let policy_file = match &host.policy {
            PolicySource::Url(url) => file(url),
            PolicySource::BuiltIn(_) => None,
        };
        let contacts_file = match &host.contacts {
            ContactsSource::Url(url) => file(url),
            ContactsSource::Inline(_) | ContactsSource::None => None,
        };
        HandOver {
            journey: journey.clone(),
            keeping: progress.carried(),
            history,
            focused: false,
            policy_file,
            contacts_file,
            downloaded: downloaded.0.cloned(),
            downloaded_briefing: downloaded.1.cloned(),
            notices: notices.to_vec(),
        }
    }

    fn forget(host: &web_sys::Element) -> Option<Waiting> {
        WAITING.with(|waiting| {
            let mut waiting = waiting.borrow_mut();
            let at = waiting.iter().position(|entry| entry.host == *host)?;
            Some(waiting.remove(at))
        })
    }

    /// Called by the loader once training mode's bundle is ready: stop the
    /// widget in `host` and give where its user was, as text for the other
    /// bundle's `take_over`. Nothing if that widget no longer waits (the
    /// user went elsewhere, or is leaving the page).
    #[cfg_attr(feature = "widget", wasm_bindgen)]
    pub fn hand_over(host: web_sys::Element) -> Option<String> {
        if crate::exit::is_leaving() {
            return None;
        }
        let Waiting { mut handed, .. } = forget(&host)?;
        // Focus in the guide (which the page sees as focus on `host`) goes
        // on to the new page's heading; a guide that opened in training
        // mode as the page loaded takes none. Asked before the guide stops.
        handed.focused = crate::browser::document()
            .and_then(|document| document.active_element())
            .is_some_and(|active| active == host);
        let text = handed.to_text()?;
        crate::embed::release(&host).then_some(text)
    }

    /// Called by the loader when training mode's bundle could not be
    /// fetched: the page says so.
    #[cfg_attr(feature = "widget", wasm_bindgen)]
    pub fn hand_over_failed(host: web_sys::Element) {
        let failed = WAITING.with(|waiting| {
            waiting
                .borrow()
                .iter()
                .find(|entry| entry.host == host)
                .map(|entry| entry.failed.clone())
        });
        if let Some(failed) = failed {
            failed.emit(());
        }
    }

    /// Ask the loader for training mode, from `element`.
    fn ask(element: &web_sys::Element) {
        let init = web_sys::EventInit::new();
        // Out of the shadow root, to the loader's listener on the document.
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(event) = web_sys::Event::new_with_event_init_dict(TRAINING_EVENT, &init) {
            let _ = element.dispatch_event(&event);
        }
    }

    /// The page element the widget is in: the shadow root's host.
    fn host_of(element: &web_sys::Element) -> web_sys::Element {
        element
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .map(|shadow| shadow.host())
            .unwrap_or_else(|_| element.clone())
    }

    #[derive(Properties, PartialEq)]
    pub struct TrainingHandOverProps {
        /// Where the user is, to hand over.
        pub handed: HandOver,
        /// Back to the page before, as the back link goes (training mode's
        /// pages show none), where there is one.
        pub on_back: Option<Callback<()>>,
    }

    /// What a training page shows in the first bundle while training mode's
    /// bundle arrives, or if it cannot.
    #[component]
    pub fn TrainingHandOver(props: &TrainingHandOverProps) -> Html {
        let node = use_node_ref();
        let failed = use_state(|| false);
        let handed = props.handed.clone();
        // Where the user is, kept up to date for the loader (keeping can
        // change while the bundle arrives).
        {
            let node = node.clone();
            let failed = failed.clone();
            use_effect_with(handed, move |handed| {
                let host = node
                    .cast::<web_sys::Element>()
                    .map(|element| host_of(&element));
                if let Some(host) = &host {
                    forget(host);
                    WAITING.with(|waiting| {
                        waiting.borrow_mut().push(Waiting {
                            host: host.clone(),
                            handed: handed.clone(),
                            failed: Callback::from(move |()| failed.set(true)),
                        });
                    });
                }
                move || {
                    if let Some(host) = host {
                        forget(&host);
                    }
                }
            });
        }
        // Ask once the page is there, and again on "Try again".
        let asked = use_state(|| 0_u32);
        {
            let node = node.clone();
            use_effect_with(*asked, move |_| {
                if let Some(element) = node.cast::<web_sys::Element>() {
                    ask(&element);
                }
            });
        }
        let try_again = {
            let failed = failed.clone();
            Callback::from(move |()| {
                failed.set(false);
                asked.set(*asked + 1);
            })
        };
        let go_back = props.on_back.clone().map(|on_back| {
            html! { <ActionLink onclick={on_back}>{ "Go back" }</ActionLink> }
        });
        if *failed {
            html! {
                <div ref={node}>
                    { page_heading("The 7-minute briefing could not be opened") }
                    <p class="eg-body" role="alert">
                        { "Training mode is downloaded when it is first opened, and the download did not finish. Check your connection, then try again. Nothing you typed has been lost." }
                    </p>
                    <ButtonGroup>
                        <Button onclick={try_again}>{ "Try again" }</Button>
                        { go_back }
                    </ButtonGroup>
                </div>
            }
        } else {
            html! {
                <div ref={node}>
                    { page_heading("Opening the 7-minute briefing") }
                    <p class="eg-body" role="status">{ "Loading training mode…" }</p>
                    if let Some(go_back) = go_back {
                        <p class="eg-body">{ go_back }</p>
                    }
                </div>
            }
        }
    }
}

/// Called by the loader in training mode's bundle: put the guide back in
/// `host`, where the first bundle's widget was, exactly where its user was
/// (`text`, from [`hand_over`] in the other bundle).
#[cfg(feature = "training")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn take_over(host: web_sys::Element, text: &str) {
    use crate::settings::{Settings, Today};
    let Some(shadow) = host.shadow_root() else {
        return;
    };
    let Some(document) = crate::browser::document() else {
        return;
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_class_name(crate::embed::ROOT_CLASS);
    // The first bundle empties its own root as it stops: this one takes its
    // place, beside the stylesheet.
    match shadow.query_selector(&format!("div.{}", crate::embed::ROOT_CLASS)) {
        Ok(Some(old)) => {
            let _ = old.replace_with_with_node_1(&root);
        }
        _ => {
            let _ = shadow.append_child(&root);
        }
    }
    let (mut settings, problems) = Settings::read(&host, Today::Clock);
    match HandOver::from_text(text) {
        Ok(handed) => settings.handed_over = Some(std::rc::Rc::new(handed)),
        // Not expected (both bundles are one build): the guide starts as on
        // a new visit rather than not at all.
        Err(problem) => web_sys::console::error_1(
            &format!(
                "Escalation Guide: the hand-over to training mode could not be read: {problem}"
            )
            .into(),
        ),
    }
    crate::embed::keep_running(host, crate::mount_with_settings(root, settings, problems));
}
