//! The publisher's one page: the choices, in order, each checked as the
//! widget will check it, the preview and the code to copy.

use escalation_core::{Division, built_in_policies};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::draft::{Draft, LOOK, Part};
use super::tools::{contrast_problem, copy_to_clipboard, preview_page};
use crate::browser;
use crate::components::button::{Button, ButtonKind};
use crate::components::error_summary::FieldError;
use crate::components::fields::TextInput;
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::radios::{RadioOption, Radios};
use crate::pages::choose_policy::policy_option;

/// How long typing pauses before the preview follows it.
const PREVIEW_AFTER_MS: u32 = 600;

/// Where the editor's choices are kept, when they ask.
const KEPT_KEY: &str = "escalation-guide:publisher";

/// The pages the guide can open on, as `data-start` names them.
const START_PAGES: [(&str, &str); 5] = [
    ("", "The start of the guide"),
    ("overview", "The whole process"),
    ("timeline", "Your timeline"),
    ("about", "About this policy"),
    ("training", "The 7-minute briefing, for a team meeting"),
];

/// A checkbox with its hint, told when it is ticked or unticked.
fn checkbox(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    checked: bool,
    toggle: Callback<()>,
) -> Html {
    let hint_id = format!("{id}-hint");
    html! {
        <div class="eg-form-group">
            <div class="eg-checkboxes__item">
                <input class="eg-checkboxes__input" type="checkbox" {id} {checked}
                    aria-describedby={hint_id.clone()} onchange={toggle.reform(|_: Event| ())} />
                <label class="eg-checkboxes__label" for={id}>{ label }</label>
                <div class="eg-hint eg-checkboxes__hint" id={hint_id}>{ hint }</div>
            </div>
        </div>
    }
}

/// A question with radios under a plain legend (the page's sections carry
/// the headings), its value told by the callback.
fn choice(
    id: &'static str,
    legend: &'static str,
    options: Vec<(String, String)>,
    selected: &str,
    onchange: Callback<String>,
    error: Option<AttrValue>,
) -> Html {
    html! {
        <div class={classes!("eg-form-group", error.is_some().then_some("eg-form-group--error"))}>
            <fieldset class="eg-fieldset" aria-describedby={error.as_ref().map(|_| format!("{id}-error"))}>
                <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ legend }</legend>
                if let Some(error) = &error {
                    <p class="eg-error-message" id={format!("{id}-error")}>
                        <span class="eg-visually-hidden">{ "Error: " }</span>{ error.clone() }
                    </p>
                }
                <div class="eg-radios">
                    { for options.into_iter().enumerate().map(|(index, (value, label))| {
                        let item = if index == 0 { id.to_string() } else { format!("{id}-{}", index + 1) };
                        let checked = value == selected;
                        let onchange = onchange.reform(move |_: Event| value.clone());
                        html! {
                            <div class="eg-radios__item">
                                <input class="eg-radios__input" type="radio" id={item.clone()} name={id} {checked} {onchange} />
                                <label class="eg-radios__label" for={item}>{ label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

#[component]
pub fn Publisher() -> Html {
    // Kept in this browser only if the editor asked, last time.
    let kept = use_memo((), |_| {
        browser::stored_progress(KEPT_KEY)
            .and_then(|text| serde_json::from_str::<Draft>(&text).ok())
    });
    let keep = use_state(|| kept.is_some());
    let draft = use_state(|| (*kept).clone().unwrap_or_default());
    let preview = use_state(|| preview_page(&draft));
    let copied = use_state(|| None::<&'static str>);
    let on_phone = use_state(|| true);
    let timer = use_mut_ref(|| None::<Timeout>);
    let made = draft.make();
    {
        // While keeping, every change is written; turning it off deletes.
        let draft = (*draft).clone();
        use_effect_with((draft, *keep), |(draft, keep)| {
            if *keep {
                if let Ok(text) = serde_json::to_string(draft) {
                    browser::store_progress(KEPT_KEY, &text);
                }
            } else {
                browser::forget_progress(KEPT_KEY);
            }
        });
    }

    // The preview follows the choices once typing pauses.
    {
        let preview = preview.clone();
        use_effect_with((*draft).clone(), move |draft| {
            let draft = draft.clone();
            *timer.borrow_mut() = Some(Timeout::new(PREVIEW_AFTER_MS, move || {
                preview.set(preview_page(&draft));
            }));
        });
    }

    let change = |edit: fn(&mut Draft, String)| {
        let draft = draft.clone();
        let copied = copied.clone();
        Callback::from(move |text: String| {
            let mut next = (*draft).clone();
            edit(&mut next, text);
            draft.set(next);
            copied.set(None);
        })
    };

    let policies = built_in_policies();
    let options: Vec<RadioOption> = policies.iter().map(policy_option).collect();
    let chosen = policies.iter().position(|policy| policy.id == draft.policy);
    let on_policy = {
        let draft = draft.clone();
        Callback::from(move |index: usize| {
            let mut next = (*draft).clone();
            next.policy = built_in_policies()[index].id.to_string();
            draft.set(next);
        })
    };

    // Each colour's problem: the widget's refusal first, then contrast.
    let colour_error = |setting: &str| -> Option<AttrValue> {
        made.problems
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
    let mut errors: Vec<FieldError> = made
        .problems
        .iter()
        .filter(|(field, _)| !field.starts_with("theme-"))
        .map(|(field, message)| FieldError {
            field_id: if field == "contacts" {
                "contacts".into()
            } else {
                field.clone().into()
            },
            message: message.clone().into(),
        })
        .collect();
    for (setting, _, _) in LOOK {
        if let Some(message) = colour_error(setting.name()) {
            errors.push(FieldError {
                field_id: setting.name().into(),
                message,
            });
        }
    }

    let field_error = |field: &str| -> Option<AttrValue> {
        made.problems
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| AttrValue::from(message.clone()))
    };
    let policy = draft.policy();
    let snippet = made.html.clone();
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |()| {
            let copied = copied.clone();
            let snippet = snippet.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(if copy_to_clipboard(snippet).await {
                    "The code is copied. Paste it into your page where the guide should appear."
                } else {
                    "This browser would not copy it: select the code above and copy it yourself."
                }));
            });
        })
    };

    html! {
        <>
            { page_heading("Put the guide on your website") }
            { body("Choose your policy and settings, check the preview, then copy the code into your page. Nothing you enter leaves your computer.") }
            { checkbox("keep-choices", "Keep my choices in this browser",
                "Off unless you turn it on. Then your choices are still here if you reload or come back, on this computer only; turning it off deletes them.",
                *keep, { let keep = keep.clone(); Callback::from(move |()| keep.set(!*keep)) }) }

            <Radios id="policy" legend="1. Which policy does your area follow?" options={options}
                selected={chosen} onchange={on_policy} page_heading={false}
                hint={html! { "Ask your Designated Safeguarding Lead if you are not sure." }} />

            { section_heading("2. Contact details") }
            <div id="contacts" tabindex="-1">
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
                                let copied = copied.clone();
                                let oninput = Callback::from(move |text: String| {
                                    let mut next = (*draft).clone();
                                    next.contacts.entry(role_id.clone()).or_default().insert(part.id().to_string(), text);
                                    draft.set(next);
                                    copied.set(None);
                                });
                                html! {
                                    <TextInput id={format!("contact-{}-{}", role.id, part.id())} label={part.label()}
                                        {value} {oninput} />
                                }
                            }) }
                        </fieldset>
                    }
                }) }
            </div>

            { section_heading("3. Look") }
            { body("Leave any of these blank to keep the guide's own. Each colour is checked for contrast, as the guide checks it on your page.") }
            { for LOOK.into_iter().map(|(setting, label, hint)| {
                let name = setting.name();
                let value = AttrValue::from(draft.colours.get(name).cloned().unwrap_or_default());
                let error = colour_error(name);
                let draft = draft.clone();
                let copied = copied.clone();
                let oninput = Callback::from(move |text: String| {
                    let mut next = (*draft).clone();
                    next.colours.insert(name.to_string(), text);
                    draft.set(next);
                    copied.set(None);
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
                std::iter::once((String::new(), format!("The policy's own ({})", draft.policy().division.name())))
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
                "The browser's Back button then moves within the guide. Leave it off if the guide shares its page with other content.",
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
                hint="After you upload the widget folder. For example, /escalation-guide/escalation-guide.js"
                value={AttrValue::from(draft.script_url.clone())}
                oninput={change(|draft, text| draft.script_url = text)} />

            { section_heading("6. Preview") }
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
            // reader), as wide as a phone or the page.
            <div class={classes!("eg-publisher-preview", on_phone.then_some("eg-publisher-preview--phone"))}>
                <iframe title="Preview of the guide with these settings" srcdoc={(*preview).clone()}
                    sandbox="allow-scripts allow-same-origin" />
            </div>

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
            { section_heading("7. Copy the code") }
            <div class="eg-form-group">
                <label class="eg-label" for="snippet">{ "The code to paste into your page" }</label>
                <textarea class="eg-textarea eg-publisher-code" id="snippet" rows="12" readonly=true
                    spellcheck="false" value={made.html.clone()} />
            </div>
            <Button kind={ButtonKind::Secondary} onclick={on_copy}>{ "Copy the code" }</Button>
            <p class="eg-body" role="status">{ copied.unwrap_or_default() }</p>
        </>
    }
}
