//! The publisher's one page: the choices, in order, each checked as the
//! widget will check it, the preview and the code to copy.

use escalation_core::built_in_policies;
use escalation_core::contrast::{ColourCheck, is_opaque, parse_rgb};
use escalation_core::host_settings::THEME;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::draft::{COLOURS, Draft, Part};
use crate::browser;
use crate::components::button::{Button, ButtonKind};
use crate::components::error_summary::FieldError;
use crate::components::fields::TextInput;
use crate::components::markup::{body, page_heading, section_heading};
use crate::components::radios::{RadioOption, Radios};

/// How long typing pauses before the preview follows it.
const PREVIEW_AFTER_MS: u32 = 600;

/// The contrast problem with a colour value, as the browser reads it and
/// the core judges it (the check the widget makes on a host page).
fn contrast_problem(setting: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let property = THEME.iter().find(|(name, _)| *name == setting)?.1;
    let check = ColourCheck::of(property)?;
    let document = browser::document()?;
    let body = document.body()?;
    let probe = document
        .create_element("span")
        .ok()?
        .unchecked_into::<web_sys::HtmlElement>();
    let _ = probe.style().set_property("color", value);
    let _ = body.append_child(&probe);
    let computed = browser::window()?
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("color").ok())
        .unwrap_or_default();
    probe.remove();
    if !is_opaque(&computed) {
        return Some(check.see_through(value));
    }
    check.problem(value, parse_rgb(&computed)?)
}

/// The page the preview shows: a plain host page with the snippet, the
/// widget's loader from the same folder as this page.
fn preview_page(snippet: &str) -> String {
    let here = browser::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let loader = web_sys::Url::new_with_base("./escalation-guide.js", &here)
        .map(|url| url.href())
        .unwrap_or_default();
    let snippet = snippet.replace(
        &snippet[snippet.rfind("<script").unwrap_or(snippet.len())..],
        &format!("<script type=\"module\" src=\"{loader}\"></script>\n"),
    );
    format!(
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Preview</title></head><body style=\"margin:0\">{snippet}</body></html>"
    )
}

/// Copy `text` to the clipboard, if the browser allows it (it may ask the
/// editor first, or refuse).
async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = browser::window() else {
        return false;
    };
    let navigator: wasm_bindgen::JsValue = window.navigator().into();
    let Some(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|clipboard| !clipboard.is_undefined())
    else {
        return false;
    };
    let Some(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|write| write.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let Some(promise) = write
        .call1(&clipboard, &text.into())
        .ok()
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

#[component]
pub fn Publisher() -> Html {
    let draft = use_state(Draft::default);
    let preview = use_state(|| preview_page(&draft.make().html));
    let copied = use_state(|| None::<&'static str>);
    let on_phone = use_state(|| true);
    let timer = use_mut_ref(|| None::<Timeout>);
    let made = draft.make();

    // The preview follows the choices once typing pauses.
    {
        let preview = preview.clone();
        let html = made.html.clone();
        use_effect_with(html, move |html| {
            let html = html.clone();
            *timer.borrow_mut() = Some(Timeout::new(PREVIEW_AFTER_MS, move || {
                preview.set(preview_page(&html));
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
    let options: Vec<RadioOption> = policies
        .iter()
        .map(|policy| {
            let (date_label, date) = policy.date_in_words();
            RadioOption {
                label: policy.title.clone().into(),
                hint: Some(html! { format!("{}. {date_label}: {date}. {}.", policy.area, policy.status_in_words()) }),
            }
        })
        .collect();
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
    for (setting, _, _) in COLOURS {
        if let Some(message) = colour_error(setting.name()) {
            errors.push(FieldError {
                field_id: setting.name().into(),
                message,
            });
        }
    }

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
                                    next.contacts.entry(role_id.clone()).or_default().insert(part.id(), text);
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

            { section_heading("3. Colours") }
            { body("Leave a colour blank to keep the guide's own. Each is checked for contrast, as the guide checks it on your page.") }
            { for COLOURS.into_iter().map(|(setting, label, hint)| {
                let name = setting.name();
                let value = AttrValue::from(draft.colours.get(name).cloned().unwrap_or_default());
                let error = colour_error(name);
                let draft = draft.clone();
                let copied = copied.clone();
                let oninput = Callback::from(move |text: String| {
                    let mut next = (*draft).clone();
                    next.colours.insert(name, text);
                    draft.set(next);
                    copied.set(None);
                });
                html! {
                    <TextInput id={name} {label} {hint} width="eg-input--width-10"
                        {value} {oninput} {error} />
                }
            }) }

            { section_heading("4. Exit this page") }
            <TextInput id="exit-url" label="Where Exit this page goes"
                hint="A full web address, for example https://www.bbc.co.uk/weather (the guide's own choice if you leave it blank)"
                value={AttrValue::from(draft.exit_url.clone())}
                oninput={change(|draft, text| draft.exit_url = text)}
                error={made.problems.iter().find(|(field, _)| field == "exit-url").map(|(_, message)| AttrValue::from(message.clone()))} />

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
