//! The publisher's one page: the choices, in order, each checked as the
//! widget will check it, the preview and the code to copy.

use std::rc::Rc;

use escalation_core::{Division, Policy};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::code::CodeToCopy;
use super::draft::{Draft, LOOK, OwnFile, Part};
use super::form::{checkbox, choice};
use super::policy_step::{PolicyStep, check_own, chosen};
use super::tools::{contrast_problem, preview_page};
use crate::browser;
use crate::components::error_summary::FieldError;
use crate::components::fields::TextInput;
use crate::components::markup::{body, page_heading, section_heading};

/// How long typing pauses before the preview follows it.
pub(crate) const PREVIEW_AFTER_MS: u32 = 600;

/// Where the editor's choices are kept, when they ask.
const KEPT_KEY: &str = "escalation-guide:publisher";

/// Where their policy file is kept, apart, written only when it changes.
const KEPT_FILE_KEY: &str = "escalation-guide:publisher-file";

/// Said when the browser would not keep what the editor asked it to.
const NOT_KEPT: &str = "This browser would not keep your choices (it may be full, or in a private mode): they last until you close this page.";

/// The pages the guide can open on, as `data-start` names them.
pub(crate) const START_PAGES: [(&str, &str); 5] = [
    ("", "The start of the guide"),
    ("overview", "The whole process"),
    ("timeline", "Your timeline"),
    ("about", "About this policy"),
    ("training", "The 7-minute briefing, for a team meeting"),
];

#[component]
pub fn Publisher() -> Html {
    // Kept in this browser only if the editor asked, last time.
    let kept = use_memo((), |_| {
        browser::stored_progress(KEPT_KEY)
            .and_then(|text| serde_json::from_str::<Draft>(&text).ok())
            .map(|mut draft| {
                draft.own_file = browser::stored_progress(KEPT_FILE_KEY)
                    .and_then(|text| serde_json::from_str::<OwnFile>(&text).ok())
                    .map(Rc::new);
                draft
            })
    });
    let keep = use_state(|| kept.is_some());
    let not_kept = use_state(|| false);
    let draft = use_state(|| {
        let mut draft = (*kept).clone().unwrap_or_default();
        if let Some(file) = from_studio() {
            draft.policy = super::draft::OWN_POLICY.to_string();
            draft.own_file = Some(Rc::new(file));
        }
        draft
    });
    // The host's own policy file, checked once each time it is opened.
    let own = use_memo(draft.own_file.clone(), check_own);
    let policy = chosen(&draft, &own);
    let preview = use_state(|| preview_page(&draft, policy.as_deref()));
    let on_phone = use_state(|| true);
    let timer = use_mut_ref(|| None::<Timeout>);
    let made = policy.as_deref().map(|policy| draft.make(policy));
    {
        // While keeping, every change is written (the policy file only when
        // it changes); turning it off deletes both. A refusal is said.
        let not_kept = not_kept.clone();
        let draft = (*draft).clone();
        use_effect_with((draft, *keep), move |(draft, keep)| {
            if *keep {
                let stored = serde_json::to_string(draft)
                    .is_ok_and(|text| browser::store_progress(KEPT_KEY, &text));
                not_kept.set(!stored);
            } else {
                browser::forget_progress(KEPT_KEY);
                not_kept.set(false);
            }
        });
    }
    {
        let not_kept = not_kept.clone();
        let file = draft.own_file.clone();
        use_effect_with((file, *keep), move |(file, keep)| match (file, keep) {
            (Some(file), true) => {
                let stored = serde_json::to_string(&**file)
                    .is_ok_and(|text| browser::store_progress(KEPT_FILE_KEY, &text));
                if !stored {
                    not_kept.set(true);
                }
            }
            _ => browser::forget_progress(KEPT_FILE_KEY),
        });
    }

    // The preview follows the choices once typing pauses.
    {
        let preview = preview.clone();
        let policy = policy.clone();
        use_effect_with((*draft).clone(), move |draft| {
            let draft = draft.clone();
            *timer.borrow_mut() = Some(Timeout::new(PREVIEW_AFTER_MS, move || {
                preview.set(preview_page(&draft, policy.as_deref()));
            }));
        });
    }

    let change = |edit: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |text: String| {
            let mut next = (*draft).clone();
            edit(&mut next, text);
            draft.set(next);
        })
    };
    let on_file = {
        let draft = draft.clone();
        Callback::from(move |file| {
            let mut next = (*draft).clone();
            next.own_file = Some(Rc::new(file));
            draft.set(next);
        })
    };

    let problems: &[(String, String)] = made.as_ref().map_or(&[], |made| &made.problems);
    // Each colour's problem: the widget's refusal first, then contrast.
    let colour_error = |setting: &str| -> Option<AttrValue> {
        problems
            .iter()
            .find(|(field, _)| field == setting)
            .map(|(_, message)| message.clone())
            .or_else(|| {
                contrast_problem(
                    setting,
                    draft.colours.get(setting).map_or("", String::as_str),
                )
            })
            .map(AttrValue::from)
    };
    let mut errors: Vec<FieldError> = problems
        .iter()
        .filter(|(field, _)| !field.starts_with("theme-"))
        .map(|(field, message)| FieldError {
            field_id: field.clone().into(),
            message: message.clone().into(),
        })
        .collect();
    // Each of the policy file's problems, at the top, linked to the file.
    if let Some(Err(file_problems)) = &*own
        && draft.is_own()
    {
        errors.splice(
            0..0,
            file_problems.iter().map(|problem| FieldError {
                field_id: "policy-file".into(),
                message: format!("In your policy file: {problem}").into(),
            }),
        );
    }
    for (setting, _, _) in LOOK {
        if let Some(message) = colour_error(setting.name()) {
            errors.push(FieldError {
                field_id: setting.name().into(),
                message,
            });
        }
    }

    let field_error = |field: &str| -> Option<AttrValue> {
        problems
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| AttrValue::from(message.clone()))
    };

    html! {
        <>
            { page_heading("Put the guide on your website") }
            { body("Choose your policy and settings, check the preview, then copy the code into your page. Nothing you enter leaves your computer.") }
            // Not the error summary that takes focus: these are checked as the
            // editor types, and the focus stays where they type.
            if !errors.is_empty() {
                <div class="eg-error-summary" aria-labelledby="publisher-problems">
                    <h2 class="eg-error-summary__title" id="publisher-problems">{ "Check these before you copy the code" }</h2>
                    <div class="eg-error-summary__body">
                        <ul class="eg-list eg-error-summary__list">
                            { for errors.iter().map(|error| html! {
                                <li><a href={format!("#{}", error.field_id)}>{ error.message.clone() }</a></li>
                            }) }
                        </ul>
                    </div>
                </div>
            }

            { checkbox("keep-choices", "Keep my choices in this browser",
                "Off unless you turn it on. Then your choices (and your policy file, if you open one) are still here if you reload or come back, on this computer only; turning it off deletes them.",
                *keep, { let keep = keep.clone(); Callback::from(move |()| keep.set(!*keep)) }) }
            if *not_kept {
                { crate::components::warning_text::warning_text(html! { NOT_KEPT }, false) }
            }

            <PolicyStep chosen={AttrValue::from(draft.policy.clone())} own={own.clone()}
                file_name={draft.own_file.as_ref().map(|file| AttrValue::from(file.name.clone()))}
                policy_url={AttrValue::from(draft.policy_url.clone())} url_error={field_error("policy-url")}
                onchoose={change(|draft, id| draft.policy = id)} onfile={on_file}
                onaddress={change(|draft, text| draft.policy_url = text)} />

            { section_heading("2. Contact details") }
            <div id="contacts" tabindex="-1">
                { contacts_step(&draft, policy.as_deref()) }
            </div>

            { section_heading("3. Look") }
            { body("Leave any of these blank to keep the guide's own. Each colour is checked for contrast, as the guide checks it on your page.") }
            { for LOOK.into_iter().map(|(setting, label, hint)| {
                let name = setting.name();
                let value = AttrValue::from(draft.colours.get(name).cloned().unwrap_or_default());
                let error = colour_error(name);
                let draft = draft.clone();
                let oninput = Callback::from(move |text: String| {
                    let mut next = (*draft).clone();
                    next.colours.insert(name.to_string(), text);
                    draft.set(next);
                });
                html! {
                    <TextInput id={name} {label} {hint} width="eg-input--width-10"
                        {value} {oninput} {error} />
                }
            }) }

            { section_heading("4. How the guide behaves") }
            <TextInput id="exit-url" label="Where Exit this page goes"
                hint="A full web address, for example https://www.bbc.co.uk/weather (the guide's own choice if you leave it blank)"
                value={AttrValue::from(draft.exit_url.clone())}
                oninput={change(|draft, text| draft.exit_url = text)}
                error={field_error("exit-url")} />
            { choice("division", "Whose bank holidays count for working days",
                std::iter::once((String::new(), match policy.as_deref() {
                    Some(policy) => format!("The policy's own ({})", policy.division.name()),
                    None => "The policy's own".to_string(),
                }))
                    .chain(Division::ALL.into_iter().map(|division| (division.id().to_string(), division.name().to_string())))
                    .collect(),
                &draft.division, change(|draft, value| draft.division = value), field_error("division")) }
            <TextInput id="closures" label="Days your organisation is closed (optional)"
                hint="Not counted as working days. Dates as YYYY-MM-DD, separated by commas, for example 2026-12-24, 2026-12-29"
                value={AttrValue::from(draft.closures.clone())}
                oninput={change(|draft, text| draft.closures = text)}
                error={field_error("closures")} />
            { choice("start", "The page the guide opens on",
                START_PAGES.iter().map(|(value, label)| ((*value).to_string(), (*label).to_string())).collect(),
                &draft.start, change(|draft, value| draft.start = value), field_error("start")) }
            { checkbox("history", "Give each page of the guide a browser history entry",
                "The browser's Back button then moves within the guide. Leave it off if the guide shares its page with other content. (In the iframe, each page always has one.)",
                draft.history, {
                    let draft = draft.clone();
                    Callback::from(move |()| {
                        let mut next = (*draft).clone();
                        next.history = !next.history;
                        draft.set(next);
                    })
                }) }

            { section_heading("5. Where you put the files") }
            <TextInput id="script-url" label="The address of escalation-guide.js on your site"
                hint="After you upload the widget folder. For example, /escalation-guide/escalation-guide.js, or a full address if it is on another site"
                value={AttrValue::from(draft.script_url.clone())}
                oninput={change(|draft, text| draft.script_url = text)} />
            <TextInput id="parent-origin" label="Your website's address, for the iframe (optional)"
                hint="Only if you use the iframe below: the start of your page's address, such as https://www.example.org. The guide in the frame tells only that page its height and when Exit this page is used."
                value={AttrValue::from(draft.parent_origin.clone())}
                oninput={change(|draft, text| draft.parent_origin = text)}
                error={field_error("parent-origin")} />

            { section_heading("6. Preview") }
            { preview_step(&on_phone, &preview) }

            if let Some(made) = made {
                <CodeToCopy snippet={AttrValue::from(made.html)} frame_page={AttrValue::from(made.frame_page)}
                    iframe={AttrValue::from(made.iframe)} csp={AttrValue::from(made.csp)} />
            } else {
                { section_heading("7. Copy the code") }
                { body("The code is made when your policy file has no problems (step 1).") }
            }
        </>
    }
}

/// A policy file the studio's Publish handed over in this page's address
/// (after `#`, which no server sees), taken out of the address once read.
fn from_studio() -> Option<OwnFile> {
    let window = browser::window()?;
    let hash = window.location().hash().ok()?;
    let encoded = hash.strip_prefix("#studio-file=")?;
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    // Only the studio beside this page hands a file over: a link from
    // anywhere else (no opener, or one on another site) is not a way to
    // put a file in front of the editor, or over the one they keep.
    let own_origin = window.location().origin().ok()?;
    let opener = window.opener().ok().filter(|opener| opener.is_object())?;
    let opener_origin = js_sys::Reflect::get(&opener, &"location".into())
        .and_then(|location| js_sys::Reflect::get(&location, &"origin".into()))
        .ok()?
        .as_string()?;
    if opener_origin != own_origin {
        return None;
    }
    let text = js_sys::decode_uri_component(encoded).ok()?.as_string()?;
    let name = escalation_core::validate::read_policy(text.as_bytes())
        .map(|policy| format!("{}.json", policy.id))
        .unwrap_or_else(|_| "policy.json".to_string());
    Some(OwnFile { name, text })
}

/// Step 2: a group of fields for each role the policy names.
fn contacts_step(draft: &UseStateHandle<Draft>, policy: Option<&Policy>) -> Html {
    let Some(policy) = policy else {
        return body("The roles to contact come from your policy file: open it in step 1.");
    };
    html! {
        <>
            if policy.contact_roles.is_empty() {
                { body("This policy names no roles to contact, so there is nothing to fill in.") }
            } else {
                { body("The policy names these roles. Give whoever fills each one for your area; leave blank what you do not want shown.") }
            }
            { for policy.contact_roles.iter().map(|role| {
                let role_id = role.id.clone();
                html! {
                    <fieldset class="eg-fieldset">
                        <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ role.name.clone() }</legend>
                        { for Part::ALL.into_iter().map(|part| {
                            let role_id = role_id.clone();
                            let value = AttrValue::from(draft.contact_part(&role.id, part).to_string());
                            let draft = draft.clone();
                            let oninput = Callback::from(move |text: String| {
                                let mut next = (*draft).clone();
                                next.contacts.entry(role_id.clone()).or_default().insert(part.id().to_string(), text);
                                draft.set(next);
                            });
                            html! {
                                <TextInput id={format!("contact-{}-{}", role.id, part.id())} label={part.label()}
                                    {value} {oninput} />
                            }
                        }) }
                    </fieldset>
                }
            }) }
        </>
    }
}

/// Step 6: the guide with these settings, as wide as a phone or the page.
fn preview_step(on_phone: &UseStateHandle<bool>, preview: &UseStateHandle<String>) -> Html {
    html! {
        <>
            { body("The guide as it will be on your page, with these settings. It follows your changes a moment after you stop typing.") }
            <div class="eg-form-group">
                <fieldset class="eg-fieldset">
                    <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ "Show it as on" }</legend>
                    <div class="eg-radios eg-radios--inline">
                        { for [(true, "A phone", "preview-phone"), (false, "A computer", "preview-computer")].into_iter().map(|(phone, label, id)| {
                            let on_phone = on_phone.clone();
                            html! {
                                <div class="eg-radios__item">
                                    <input class="eg-radios__input" type="radio" {id} name="preview-width"
                                        checked={*on_phone == phone} onchange={Callback::from(move |_: Event| on_phone.set(phone))} />
                                    <label class="eg-radios__label" for={id}>{ label }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            </div>
            // One preview (two would be two guides on one page for a screen
            // reader).
            <div class={classes!("eg-publisher-preview", on_phone.then_some("eg-publisher-preview--phone"))}>
                <iframe title="Preview of the guide with these settings" srcdoc={(**preview).clone()}
                    sandbox={super::tools::PREVIEW_SANDBOX} />
            </div>
        </>
    }
}
