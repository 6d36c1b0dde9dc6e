//! Step 1 of the publisher: a built-in policy, or the host's own policy
//! file, checked by exactly the rules of `policy-tool check` (the core's,
//! with every problem at its line and column), and the address it will
//! have on the host's site.

use std::rc::Rc;

use escalation_core::validate::{MAX_POLICY_FILE_BYTES, Problem};
use escalation_core::{Policy, built_in_policies};
use yew::prelude::*;

use super::draft::{Draft, OWN_POLICY, OwnFile, check_policy_file};
use crate::components::fields::TextInput;
use crate::components::radios::{RadioOption, Radios};
use crate::pages::choose_policy::policy_option;

/// The host's own policy file as checked: the policy, or its problems;
/// `None` until a file is opened.
pub type OwnChecked = Option<Result<Rc<Policy>, Vec<String>>>;

/// Check an opened file (kept or new).
pub fn check_own(file: &Option<Rc<OwnFile>>) -> OwnChecked {
    file.as_ref()
        .map(|file| check_policy_file(&file.text).map(Rc::new))
}

/// The policy the snippet is for: built in, or the host's own file.
#[derive(Clone)]
pub enum Chosen {
    BuiltIn(&'static Policy),
    Own(Rc<Policy>),
}

impl std::ops::Deref for Chosen {
    type Target = Policy;
    fn deref(&self) -> &Policy {
        match self {
            Chosen::BuiltIn(policy) => policy,
            Chosen::Own(policy) => policy,
        }
    }
}

/// The policy chosen, if there is one to use: an own file with problems
/// (or none opened yet) is not.
pub fn chosen(draft: &Draft, own: &OwnChecked) -> Option<Chosen> {
    if !draft.is_own() {
        return Some(Chosen::BuiltIn(draft.built_in()));
    }
    match own {
        Some(Ok(policy)) => Some(Chosen::Own(policy.clone())),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct PolicyStepProps {
    /// A built-in policy's id, or `OWN_POLICY`.
    pub chosen: AttrValue,
    pub own: Rc<OwnChecked>,
    pub file_name: Option<AttrValue>,
    pub policy_url: AttrValue,
    pub url_error: Option<AttrValue>,
    pub onchoose: Callback<String>,
    pub onfile: Callback<OwnFile>,
    pub onaddress: Callback<String>,
}

#[component]
pub fn PolicyStep(props: &PolicyStepProps) -> Html {
    // A file that could not be read at all (too big, not text): the one
    // opened before stays.
    let refused = use_state(|| None::<String>);
    let policies = built_in_policies();
    let mut options: Vec<RadioOption> = policies.iter().map(policy_option).collect();
    options.push(RadioOption {
        label: "Our own policy file".into(),
        hint: Some(html! { "A policy file made for your area, as a .json file." }),
    });
    let own_index = policies.len();
    let selected = if props.chosen == OWN_POLICY {
        Some(own_index)
    } else {
        policies
            .iter()
            .position(|policy| policy.id == props.chosen.as_str())
    };
    let onchange = {
        let onchoose = props.onchoose.clone();
        Callback::from(move |index: usize| {
            onchoose.emit(match built_in_policies().get(index) {
                Some(policy) => policy.id.to_string(),
                None => OWN_POLICY.to_string(),
            })
        })
    };
    let onopen = {
        let refused = refused.clone();
        let onfile = props.onfile.clone();
        Callback::from(move |event: Event| {
            let Some(file) = crate::browser::chosen_file(&event) else {
                return;
            };
            let name = file.name();
            if file.size() > MAX_POLICY_FILE_BYTES as f64 {
                refused.set(Some(refusal(
                    &name,
                    &Problem::file_too_large(file.size() as u64),
                )));
                return;
            }
            let refused = refused.clone();
            let onfile = onfile.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(bytes) = crate::browser::file_bytes(&file).await else {
                    refused.set(Some(format!("{name} could not be read. Choose it again.")));
                    return;
                };
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        refused.set(None);
                        onfile.emit(OwnFile { name, text });
                    }
                    // Refused as `policy-tool check` refuses it, in its words.
                    Err(error) => {
                        let problem = escalation_core::load_policy(error.as_bytes())
                            .err()
                            .and_then(|problems| problems.into_iter().next());
                        refused.set(Some(match problem {
                            Some(problem) => refusal(&name, &problem),
                            None => format!("{name} could not be read. Choose it again."),
                        }));
                    }
                }
            });
        })
    };

    let problems: &[String] = match &*props.own {
        Some(Err(problems)) => problems,
        _ => &[],
    };
    let error = refused.as_ref().is_some() || !problems.is_empty();
    let described_by = if error {
        "policy-file-hint policy-file-error"
    } else {
        "policy-file-hint"
    };
    let status = match (&*refused, &props.file_name, &*props.own) {
        // A file refused before it could be checked: the one opened before
        // (if any) stays, and the status says both.
        (Some(refused), Some(name), _) => format!("{refused} {name} is still the one in use."),
        (Some(refused), None, _) => refused.clone(),
        (None, Some(name), Some(Ok(policy))) => format!(
            "{name} has no problems: \u{201c}{}\u{201d}, {}.",
            policy.title, policy.area
        ),
        (None, Some(name), Some(Err(problems))) => format!(
            "{name} has {} to fix, listed here. Change the file, then choose it again.",
            escalation_core::count(problems.len(), "problem")
        ),
        _ => String::new(),
    };

    html! {
        <>
            <Radios id="policy" legend="1. Which policy does your area follow?" {options}
                {selected} {onchange} page_heading={false}
                hint={html! { "Ask your Designated Safeguarding Lead if you are not sure." }} />
            if props.chosen == OWN_POLICY {
                <div class={classes!("eg-form-group", error.then_some("eg-form-group--error"))}>
                    <label class="eg-label" for="policy-file">{ "Your policy file" }</label>
                    <div class="eg-hint" id="policy-file-hint">
                        { "It is checked here by the rules the guide and policy-tool check use, and stays on this computer. docs/POLICY-FILES.md in the package says how to write one." }
                    </div>
                    <p class="eg-body" role="status">{ status }</p>
                    if error {
                        <div class="eg-error-message" id="policy-file-error">
                            <span class="eg-visually-hidden">{ "Error: " }</span>
                            <ul class="eg-list eg-publisher-problems">
                                if let Some(refused) = &*refused {
                                    <li>{ refused.clone() }</li>
                                }
                                { for problems.iter().map(|problem| html! { <li>{ problem.clone() }</li> }) }
                            </ul>
                        </div>
                    }
                    <input class="eg-file-upload" id="policy-file" name="policy-file" type="file"
                        accept=".json,application/json" onchange={onopen}
                        aria-describedby={described_by} />
                </div>
                <TextInput id="policy-url" label="The address your policy file will have on your website"
                    hint="Upload the file to your website, then give its address. Start it with / or https:// so that it works from any page and from the iframe, for example /safeguarding/our-policy.json."
                    value={props.policy_url.clone()} oninput={props.onaddress.clone()}
                    error={props.url_error.clone()} />
            }
        </>
    }
}

/// Why a file was refused before its contents could be checked.
fn refusal(name: &str, problem: &Problem) -> String {
    format!("{name}: {problem}.")
}
