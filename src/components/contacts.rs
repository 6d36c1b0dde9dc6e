//! Who to contact: the policy's roles, with the contact details the host
//! gives for each (built-in policies name roles only).

use escalation_core::contacts::{Contact, Contacts};
use escalation_core::policy::ContactRole;
use yew::prelude::*;

/// A role's contact details: the service, then phone, email and web links.
pub fn details(contact: &Contact) -> Html {
    html! {
        <span class="eg-contact">
            if let Some(service) = &contact.service {
                <span class="eg-contact__part">{ service.clone() }</span>
            }
            if let Some(phone) = &contact.phone {
                <span class="eg-contact__part">
                    { "Phone: " }
                    <a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a>
                </span>
            }
            if let Some(email) = &contact.email {
                <span class="eg-contact__part">
                    { "Email: " }<a href={format!("mailto:{email}")}>{ email.clone() }</a>
                </span>
            }
            if let Some(web) = &contact.web {
                <span class="eg-contact__part">
                    { "Web: " }<a href={web.clone()} rel="noopener noreferrer">{ web.clone() }</a>
                </span>
            }
        </span>
    }
}

/// The roles among `roles` the host gives details for, as a list; nothing
/// when it gives none.
pub fn contact_list<'a>(
    roles: impl IntoIterator<Item = &'a ContactRole>,
    contacts: &Contacts,
) -> Html {
    let given: Vec<(&ContactRole, &Contact)> = roles
        .into_iter()
        .filter_map(|role| contacts.get(&role.id).map(|contact| (role, contact)))
        .collect();
    if given.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="eg-list eg-list--bullet">
            { for given.into_iter().map(|(role, contact)| html! {
                <li><span class="eg-bold">{ format!("{}: ", role.name) }</span>{ details(contact) }</li>
            }) }
        </ul>
    }
}
