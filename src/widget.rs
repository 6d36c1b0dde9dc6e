//! The widget's root: the policy it follows, built in or a host's own file
//! (fetched once, checked with exactly the rules of `policy-tool check`),
//! and the contact details a host gives. While a host's policy is on its
//! way, and if it cannot be used, the page still has Exit this page and the
//! emergency advice; the site's editors are told what is wrong, as
//! `policy-tool check` would tell them.

use std::rc::Rc;

use escalation_core::Policy;
use escalation_core::contacts::{Contacts, read_contacts};
use escalation_core::validate::load_policy;
use yew::prelude::*;

use crate::app::App;
use crate::browser;
use crate::components::exit_this_page::ExitThisPage;
use crate::components::warning_text::emergency_warning;
use crate::settings::{ContactsSource, PolicySource, Problem, Settings};
use crate::shared_policy::SharedPolicy;

/// How long a host's policy or contacts file may take to arrive.
const FETCH_TIMEOUT_MS: u32 = 10_000;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub settings: Settings,
    pub problems: Vec<Problem>,
}

#[derive(Clone, PartialEq)]
enum Loading {
    Waiting,
    Ready(SharedPolicy),
    /// The problems, one a line, as `policy-tool check` prints them.
    Failed(Vec<String>),
}

/// A host's policy file, checked: the policy, or every problem named.
async fn load_host_policy(url: &str) -> Result<&'static Policy, Vec<String>> {
    // Bytes, not text: a file that is not UTF-8 is refused as
    // `policy-tool check` refuses it, never shown with its letters replaced.
    let bytes = browser::fetch_bytes(url, FETCH_TIMEOUT_MS)
        .await
        .map_err(|problem| {
            vec![format!(
                "{url}: the policy file could not be loaded: {problem}"
            )]
        })?;
    match load_policy(&bytes) {
        // Loaded once, and kept for the page's life, like the built-in ones.
        Ok(policy) => {
            #[cfg(not(feature = "training"))]
            crate::hand_over::remember_file(url, &bytes);
            Ok(Box::leak(Box::new(policy)))
        }
        Err(problems) => {
            let mut lines: Vec<String> = problems
                .iter()
                .map(|problem| format!("{url}: {problem}"))
                .collect();
            lines.push(format!(
                "{url}: invalid policy file ({})",
                escalation_core::count(problems.len(), "problem")
            ));
            Err(lines)
        }
    }
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    // A host's policy handed over by the guide's first bundle, which fetched
    // and checked it (src/hand_over.rs), is not fetched again.
    let handed = use_memo((), |_| {
        let text = props
            .settings
            .handed_over
            .as_ref()?
            .policy_file
            .as_deref()?;
        load_policy(text.as_bytes())
            .ok()
            .map(|policy| SharedPolicy(Box::leak(Box::new(policy))))
    });
    let fetch = handed.is_none();
    let loading = use_state(|| match (&props.settings.policy, *handed) {
        (PolicySource::Url(_), Some(policy)) => Loading::Ready(policy),
        (PolicySource::BuiltIn(policy), _) => Loading::Ready(SharedPolicy(policy)),
        (PolicySource::Url(_), None) => Loading::Waiting,
    });
    let contacts = use_state(|| Rc::new(Contacts::new()));
    {
        let loading = loading.clone();
        let source = props.settings.policy.clone();
        use_effect_with((), move |_| {
            if let (PolicySource::Url(url), true) = (source, fetch) {
                wasm_bindgen_futures::spawn_local(async move {
                    loading.set(match load_host_policy(&url).await {
                        Ok(policy) => Loading::Ready(SharedPolicy(policy)),
                        Err(lines) => {
                            for line in &lines {
                                web_sys::console::error_1(
                                    &format!("Escalation Guide: {line}").into(),
                                );
                            }
                            Loading::Failed(lines)
                        }
                    });
                });
            }
        });
    }
    // Contacts, once the policy (whose roles they are for) is known: a
    // host's file handed over by the first bundle is not fetched again.
    {
        let contacts = contacts.clone();
        let source = props.settings.contacts.clone();
        let handed = props
            .settings
            .handed_over
            .as_ref()
            .and_then(|handed| handed.contacts_file.clone());
        let ready = match &*loading {
            Loading::Ready(policy) => Some(*policy),
            _ => None,
        };
        use_effect_with(ready, move |ready| {
            if let Some(policy) = *ready {
                wasm_bindgen_futures::spawn_local(async move {
                    let json = match (source, handed) {
                        (ContactsSource::None, _) => return,
                        (ContactsSource::Inline(json), _)
                        | (ContactsSource::Url(_), Some(json)) => json,
                        (ContactsSource::Url(url), None) => {
                            match browser::fetch_text(&url, FETCH_TIMEOUT_MS).await {
                                Ok(json) => {
                                    #[cfg(not(feature = "training"))]
                                    crate::hand_over::remember_file(&url, json.as_bytes());
                                    json
                                }
                                Err(problem) => {
                                    web_sys::console::warn_1(
                                        &format!("Escalation Guide: data-contacts: {url}: the contacts could not be loaded: {problem}").into(),
                                    );
                                    return;
                                }
                            }
                        }
                    };
                    let (read, problems) = read_contacts(&json, &policy);
                    for problem in problems {
                        web_sys::console::warn_1(
                            &format!("Escalation Guide: data-contacts: {problem}").into(),
                        );
                    }
                    contacts.set(Rc::new(read));
                });
            }
        });
    }

    let settings = &props.settings;
    match &*loading {
        Loading::Ready(policy) => html! {
            <App settings={settings.clone()} problems={props.problems.clone()}
                policy={*policy} contacts={(*contacts).clone()} />
        },
        Loading::Waiting => shell(
            settings,
            html! { <p class="eg-body" role="status">{ "Loading the local escalation policy…" }</p> },
        ),
        Loading::Failed(lines) => shell(
            settings,
            html! {
                <>
                    <h1 class="eg-heading-l">{ "The local escalation policy could not be loaded" }</h1>
                    <p class="eg-body">
                        { "This guide cannot show this website’s escalation policy at the moment. Speak to \
                           your Designated Safeguarding Lead, and follow your local safeguarding \
                           partnership’s escalation procedures." }
                    </p>
                    <details class="eg-details">
                        <summary class="eg-details__summary">
                            <span class="eg-details__summary-text">{ "For this website’s editors: what is wrong" }</span>
                        </summary>
                        <div class="eg-details__text">
                            <ul class="eg-list eg-policy-problems">
                                { for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                            </ul>
                        </div>
                    </details>
                </>
            },
        ),
    }
}

/// Exit this page and the emergency advice, around `content`.
fn shell(settings: &Settings, content: Html) -> Html {
    html! {
        <div class="eg-width-container">
            <ExitThisPage url={settings.exit_url.clone()} on_exit={Callback::from(|()| browser::forget_all_progress())} />
            { emergency_warning() }
            <div class="eg-page">{ content }</div>
        </div>
    }
}
