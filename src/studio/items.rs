//! What the policy holds so far: each statement where it sits in its
//! document, in the policy's words or the author's summary, with its
//! problems, and the words the author types for it (a timescale's label, a
//! role's name, what a gap leaves out).

use std::collections::BTreeMap;
use std::rc::Rc;

use escalation_core::Problem;
use escalation_core::policy::TimeNoteKind;
use escalation_core::studio::{Document, Draft, Edit, Outcome, item_id, part_in_words, place};
use yew::prelude::*;

use super::selected::Selected;
use crate::components::fields::TextInput;
use escalation_core::sentence;

#[derive(Properties, PartialEq)]
pub struct ItemsProps {
    pub draft: Rc<Draft>,
    pub problems: Rc<Vec<Problem>>,
    pub onedit: Callback<Edit>,
    pub onselect: Callback<Option<Selected>>,
}

/// One statement as the list shows it.
struct Shown {
    object: String,
    /// The words shown: the policy's, or the author's summary.
    text: String,
    /// For a summary, the words it summarises.
    quote: Option<String>,
    document: String,
    section: String,
    outcome: Outcome,
}

#[component]
pub fn Items(props: &ItemsProps) -> Html {
    let placed = use_memo(props.draft.clone(), |draft| {
        let documents: BTreeMap<String, Document> = draft
            .documents
            .iter()
            .map(|d| (d.id.clone(), Document::parse(&d.text)))
            .collect();
        place(&draft.policy, |id| documents.get(id))
            .into_iter()
            .map(|placed| Shown {
                object: placed.statement.object.clone(),
                text: placed.statement.text.to_string(),
                quote: placed.statement.quote.map(str::to_string),
                document: placed.statement.source.document.clone(),
                section: placed.statement.source.section.clone(),
                outcome: placed.outcome,
            })
            .collect::<Vec<_>>()
    });
    let located = placed
        .iter()
        .filter(|shown| matches!(shown.outcome, Outcome::Located { .. }))
        .count();
    let mut html = Vec::new();
    let mut group = String::new();
    let mut last_object = String::new();
    for shown in placed.iter() {
        if shown.object == last_object {
            // A glossary entry's meaning, shown with its term.
            continue;
        }
        last_object.clone_from(&shown.object);
        let this_group = group_of(&shown.object);
        if this_group != group {
            html.push(html! { <h4 class="eg-heading-s eg-studio-group">{ part_in_words(&this_group) }</h4> });
            group = this_group;
        }
        html.push(item(
            &props.draft,
            shown,
            &props.problems,
            &props.onedit,
            &props.onselect,
        ));
    }
    html! {
        <>
            <p class="eg-body" id="statement-count">
                if placed.is_empty() {
                    { "No statements yet." }
                } else if located == placed.len() {
                    { format!("{}, each found where it sits in its document.", escalation_core::count(placed.len(), "statement")) }
                } else {
                    { format!("{}: {located} found in their documents, {} not.", escalation_core::count(placed.len(), "statement"), placed.len() - located) }
                }
            </p>
            { for html }
        </>
    }
}

/// The heading an item sits under: a stage for its title, else its list.
fn group_of(object: &str) -> String {
    let is_stage = object
        .strip_prefix("stages[")
        .and_then(|rest| rest.strip_suffix(']'))
        .is_some_and(|index| index.parse::<usize>().is_ok());
    if is_stage {
        return object.to_string();
    }
    match object.rfind('[') {
        Some(at) => object[..at].to_string(),
        None => object.to_string(),
    }
}

fn item(
    draft: &Rc<Draft>,
    shown: &Shown,
    problems: &[Problem],
    onedit: &Callback<Edit>,
    onselect: &Callback<Option<Selected>>,
) -> Html {
    let object = shown.object.clone();
    let own: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.path == object || p.path.starts_with(&format!("{object}.")))
        .collect();
    let place = match &shown.outcome {
        Outcome::Located {
            label, location, ..
        } => {
            let select = Selected {
                document: shown.document.clone(),
                range: location.range(),
            };
            let onselect = onselect.clone();
            html! {
                <p class="eg-body-s eg-studio-item__where">
                    { format!("Found in {label}. ") }
                    <button type="button" class="eg-link-button" onclick={move |_| onselect.emit(Some(select.clone()))}>
                        { "Show in the document" }
                    </button>
                </p>
            }
        }
        Outcome::NotInDocument => html! {
            <p class="eg-body-s">{ format!("Not found word for word in the document ({}).", shown.section) }</p>
        },
        Outcome::NoDocument => html! {
            <p class="eg-body-s">{ format!("Its document, \u{201c}{}\u{201d}, is not open.", shown.document) }</p>
        },
    };
    let is_note = object.starts_with("gaps[") || object.starts_with("time_notes[");
    let is_stage = group_of(&object) == object && object.starts_with("stages[");
    let remove = {
        let onedit = onedit.clone();
        let object = object.clone();
        Callback::from(move |_: MouseEvent| onedit.emit(Edit::Remove(object.clone())))
    };
    let summary = Draft::can_summarise(&object).then(|| {
        let onedit = onedit.clone();
        let object = object.clone();
        let value = if shown.quote.is_some() { shown.text.clone() } else { String::new() };
        html! {
            <TextInput id={format!("{}-summary", item_id(&object))} label="Your summary (optional)"
                hint="Plain words for this passage. The guide shows them labelled as this guide's summary, with the policy's words beside them."
                value={AttrValue::from(value)}
                oninput={Callback::from(move |summary: String| onedit.emit(Edit::Summarise { object: object.clone(), summary }))} />
        }
    });
    html! {
        <div class={classes!("eg-studio-item", matches!(shown.outcome, Outcome::Located { .. }).then_some("eg-studio-item--located"), (!own.is_empty()).then_some("eg-studio-item--error"))}
            id={item_id(&object)} tabindex="-1">
            <p class="eg-body-s eg-studio-item__name"><strong>{ if is_stage { format!("{}: its title", part_in_words(&object)) } else { part_in_words(&object) } }</strong></p>
            if let (Some(quote), true) = (&shown.quote, is_note) {
                <blockquote class="eg-studio-quote">{ quote.clone() }</blockquote>
                if object.starts_with("time_notes[") {
                    <p class="eg-body-s">{ "This guide's note: " }{ shown.text.clone() }</p>
                }
            } else if let Some(quote) = &shown.quote {
                <p class="eg-body-s">{ "Your summary: " }{ shown.text.clone() }</p>
                <p class="eg-body-s">{ "Of the policy's words:" }</p>
                <blockquote class="eg-studio-quote">{ quote.clone() }</blockquote>
            } else {
                <blockquote class="eg-studio-quote">{ shown.text.clone() }</blockquote>
            }
            { place }
            { for own.iter().map(|problem| html! {
                <p class="eg-error-message"><span class="eg-visually-hidden">{ "Error: " }</span>{ said(&object, problem) }</p>
            }) }
            { extra(draft, &object, onedit) }
            { for summary }
            <button type="button" class="eg-button eg-button--secondary eg-studio-item__remove" onclick={remove}>
                { if is_stage { format!("Remove {} and all it holds", part_in_words(&object).to_lowercase()) } else { "Remove".to_string() } }
                if !is_stage { <span class="eg-visually-hidden">{ format!(" {}", part_in_words(&object).to_lowercase()) }</span> }
            </button>
        </div>
    }
}

/// A problem shown on its item: named by its place when it is in a part
/// the item holds ("Stage 1, what to do: must have at least one item").
fn said(object: &str, problem: &Problem) -> String {
    let rest = &problem.path[object.len().min(problem.path.len())..];
    const FIELDS: [&str; 13] = [
        ".text",
        ".quote",
        ".title",
        ".number",
        ".when",
        ".term",
        ".meaning",
        ".name",
        ".id",
        ".what",
        ".working_days",
        ".wording",
        ".covers_from",
    ];
    let own_field = FIELDS.contains(&rest) || rest.starts_with(".source");
    if rest.is_empty() || own_field {
        sentence(&problem.message)
    } else {
        sentence(&format!(
            "{}: {}",
            part_in_words(&problem.path),
            problem.message
        ))
    }
}

/// The words an author types for an item: a timescale's label and its
/// days, a glossary entry's meaning, a role's name, what a gap leaves out.
fn extra(draft: &Draft, object: &str, onedit: &Callback<Edit>) -> Html {
    let policy = &draft.policy;
    let index = |prefix: &str| -> Option<usize> {
        object.strip_prefix(prefix)?.strip_suffix(']')?.parse().ok()
    };
    let id = item_id(object);
    if let Some((stage, timescale)) = object
        .strip_prefix("stages[")
        .and_then(|rest| rest.split_once("].timescales["))
        .and_then(|(s, t)| {
            Some((
                s.parse::<usize>().ok()?,
                t.strip_suffix(']')?.parse::<usize>().ok()?,
            ))
        })
        && let Some(item) = policy
            .stages
            .get(stage)
            .and_then(|s| s.timescales.get(timescale))
    {
        let onedit = onedit.clone();
        return html! {
            <>
                <p class="eg-body-s">{ format!("{} working days, from these words.", item.working_days) }</p>
                <TextInput id={format!("{id}-what")} label="What is due by then (your words)"
                    hint="A short label for the deadline, for example: discussion between the professionals involved."
                    value={AttrValue::from(item.what.clone())}
                    oninput={Callback::from(move |what: String| onedit.emit(Edit::SetWhat { stage, timescale, what }))} />
            </>
        };
    }
    if let Some(i) = index("glossary[")
        && let Some(entry) = policy.glossary.get(i)
    {
        return if entry.meaning.is_empty() {
            html! { <p class="eg-body-s">{ format!("Now select its meaning and use it as \u{201c}The meaning of \u{201c}{}\u{201d}\u{201d}.", entry.term) }</p> }
        } else {
            html! { <p class="eg-body-s">{ "Meaning: " }{ entry.meaning.clone() }</p> }
        };
    }
    if let Some(i) = index("contact_roles[")
        && let Some(role) = policy.contact_roles.get(i)
    {
        let onedit = onedit.clone();
        return html! {
            <TextInput id={format!("{id}-name")} label="The role to contact"
                hint="As the document names it, for example: the Safeguarding Children Partnership Business Manager. A website adds the contact details."
                value={AttrValue::from(role.name.clone())}
                oninput={Callback::from(move |name: String| onedit.emit(Edit::SetRoleName(i, name)))} />
        };
    }
    if let Some(i) = index("time_notes[")
        && let Some(note) = policy.time_notes.get(i)
    {
        let kinds = [
            TimeNoteKind::Wording,
            TimeNoteKind::MissingTable,
            TimeNoteKind::Unspecified,
        ];
        let on_kind = {
            let onedit = onedit.clone();
            Callback::from(move |event: Event| {
                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                let chosen = select.selected_index().max(0) as usize;
                onedit.emit(Edit::SetNoteKind(i, kinds[chosen.min(kinds.len() - 1)]));
            })
        };
        let onedit = onedit.clone();
        return html! {
            <>
                <div class="eg-form-group">
                    <label class="eg-label" for={format!("{id}-kind")}>{ "What it says about time" }</label>
                    <select class="eg-select" id={format!("{id}-kind")} onchange={on_kind}>
                        { for kinds.iter().map(|kind| html! {
                            <option selected={*kind == note.kind}>{ kind.label() }</option>
                        }) }
                    </select>
                </div>
                <TextInput id={format!("{id}-text")} label="The guide's note on it (your words)"
                    hint="Shown on every stage's page, labelled as this guide's note, with the policy's words. For example: The policy says timescales are specified, but does not give them."
                    value={AttrValue::from(note.text.clone())}
                    oninput={Callback::from(move |text: String| onedit.emit(Edit::SetNoteText(i, text)))} />
            </>
        };
    }
    if let Some(i) = index("gaps[")
        && let Some(gap) = policy.gaps.get(i)
    {
        let onedit = onedit.clone();
        return html! {
            <TextInput id={format!("{id}-text")} label="What the policy does not say (your words)"
                hint="Said plainly, so people know what the guide cannot tell them, for example: The policy refers to timescales but does not give them."
                value={AttrValue::from(gap.text.clone())}
                oninput={Callback::from(move |text: String| onedit.emit(Edit::SetGapText(i, text)))} />
        };
    }
    html! {}
}
