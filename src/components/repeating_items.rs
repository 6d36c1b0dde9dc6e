//! A list of items the user adds and removes (the discussions held, the
//! actions agreed), each in its own fieldset. Items are keyed by their
//! stable id, so removing one leaves the others, and what is typed in
//! them, where they are.

use yew::prelude::*;

use super::button::{Button, ButtonKind};
use super::fields::{TextInput, Textarea};

/// One field of an item.
#[derive(Clone, PartialEq)]
pub struct ItemField {
    /// Part of the element id: `{list id}-{item id}-{key}`.
    pub key: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub value: AttrValue,
    /// `Some(rows)` for a textarea, `None` for a one-line input.
    pub rows: Option<u32>,
    /// A width class for a one-line input, such as `eg-input--width-10`.
    pub width: Option<&'static str>,
    pub oninput: Callback<String>,
    /// What is wrong with the value, if anything.
    pub error: Option<AttrValue>,
}

#[derive(Clone, PartialEq)]
pub struct Item {
    pub id: u32,
    pub fields: Vec<ItemField>,
    /// Anything else the item holds, after its fields (a date input).
    pub extra: Html,
}

#[derive(Properties, PartialEq)]
pub struct RepeatingItemsProps {
    /// Prefix of every element id, for example "discussion".
    pub id: &'static str,
    /// "Discussion": each fieldset is "Discussion 1", "Discussion 2"…
    pub noun: &'static str,
    pub items: Vec<Item>,
    /// "Add a discussion"
    pub add_label: &'static str,
    pub on_add: Callback<()>,
    pub on_remove: Callback<u32>,
    /// Whether another item fits; if not, `full` says so instead of the button.
    pub can_add: bool,
    pub full: String,
}

#[component]
pub fn RepeatingItems(props: &RepeatingItemsProps) -> Html {
    let noun = props.noun;
    html! {
        <>
            { for props.items.iter().enumerate().map(|(index, item)| {
                let item_id = item.id;
                let position = index + 1;
                html! {
                    <fieldset class="eg-fieldset eg-record-item" key={item_id}>
                        <legend class="eg-fieldset__legend eg-fieldset__legend--s">{ format!("{noun} {position}") }</legend>
                        { for item.fields.iter().map(|field| {
                            let id = format!("{}-{item_id}-{}", props.id, field.key);
                            match field.rows {
                                Some(rows) => html! {
                                    <Textarea {id} label={field.label} hint={field.hint.map(AttrValue::from)}
                                        value={field.value.clone()} oninput={field.oninput.clone()} {rows}
                                        error={field.error.clone()} />
                                },
                                None => html! {
                                    <TextInput {id} label={field.label} hint={field.hint.map(AttrValue::from)}
                                        value={field.value.clone()} oninput={field.oninput.clone()}
                                        width={field.width} error={field.error.clone()} />
                                },
                            }
                        }) }
                        { item.extra.clone() }
                        <Button kind={ButtonKind::Secondary} onclick={props.on_remove.reform(move |()| item_id)}>
                            { "Remove" }<span class="eg-visually-hidden">{ format!(" {} {position}", noun.to_ascii_lowercase()) }</span>
                        </Button>
                    </fieldset>
                }
            }) }
            if props.can_add {
                <Button kind={ButtonKind::Secondary} onclick={props.on_add.clone()}>{ props.add_label }</Button>
            } else {
                <p class="eg-body eg-hint">{ props.full.clone() }</p>
            }
        </>
    }
}
