//! The document beside the policy: its sections, its text with what no
//! statement quotes yet shaded, and the passage the author selects, by
//! pointer or by finding its words.

use std::ops::Range;
use std::rc::Rc;

use escalation_core::studio::{Document, Draft, SourceText, byte_offset, pieces};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::files;
use super::selected::Selected;

#[derive(Properties, PartialEq)]
pub struct DocumentPaneProps {
    pub draft: Rc<Draft>,
    pub selected: Option<Selected>,
    pub onselect: Callback<Option<Selected>>,
    /// The text of a document the policy quotes, opened.
    pub onsource: Callback<(SourceText, String)>,
    pub onrefused: Callback<String>,
}

#[component]
pub fn DocumentPane(props: &DocumentPaneProps) -> Html {
    let shown = use_state(|| {
        props
            .draft
            .documents
            .first()
            .map(|d| d.id.clone())
            .unwrap_or_default()
    });
    let find = use_state(String::new);
    let text_ref = use_node_ref();
    let draft = props.draft.clone();
    // The document shown: the one chosen, or the first open.
    let shown_id = if draft.documents.iter().any(|d| d.id == *shown) {
        (*shown).clone()
    } else {
        draft
            .documents
            .first()
            .map(|d| d.id.clone())
            .unwrap_or_default()
    };
    let view = use_memo((draft.clone(), shown_id.clone()), |(draft, id)| {
        let document = draft.document(id)?;
        let unused = document.unused(&draft.policy, id);
        let pieces = pieces(&document, &unused);
        Some((document, pieces, unused.len()))
    });

    {
        // The selection (from Find, or an item's "Show in the document")
        // shown in the text and scrolled to.
        let text_ref = text_ref.clone();
        let selected = props.selected.clone();
        let shown = shown.clone();
        let open: Vec<String> = draft.documents.iter().map(|d| d.id.clone()).collect();
        use_effect_with((selected, shown_id.clone()), move |(selected, shown_id)| {
            let Some(selected) = selected else {
                return;
            };
            if selected.document != *shown_id {
                // A statement from another of the policy's documents: show that one.
                if open.contains(&selected.document) {
                    shown.set(selected.document.clone());
                }
            } else if let Some(pane) = text_ref.cast::<web_sys::Element>() {
                show_selection(&pane, &selected.range);
            }
        });
    }

    let capture = {
        let text_ref = text_ref.clone();
        let onselect = props.onselect.clone();
        let shown_id = shown_id.clone();
        // A selection that is not in the text (or nothing selected) leaves
        // nothing selected: never an earlier passage.
        move || {
            let range = text_ref
                .cast::<web_sys::Element>()
                .and_then(|pane| selection_in(&pane));
            onselect.emit(range.map(|range| Selected {
                document: shown_id.clone(),
                range,
            }));
        }
    };
    let on_find = {
        let find = find.clone();
        let view = view.clone();
        let onselect = props.onselect.clone();
        let onrefused = props.onrefused.clone();
        let shown_id = shown_id.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some((document, _, _)) = view.as_ref() else {
                return;
            };
            match document.find(&find) {
                Ok(location) => onselect.emit(Some(Selected {
                    document: shown_id.clone(),
                    range: location.range(),
                })),
                Err(why) => onrefused.emit(why),
            }
        })
    };

    let missing = draft.missing_document().cloned();
    html! {
        <section class="eg-studio-document" aria-labelledby="document-heading">
            <h2 class="eg-heading-m" id="document-heading">{ "Your document" }</h2>
            if let Some(source) = missing {
                { open_document(&source, &props.onsource, &props.onrefused) }
            }
            if draft.documents.len() > 1 {
                <div class="eg-form-group">
                    <label class="eg-label" for="document-shown">{ "Document shown" }</label>
                    <select class="eg-select" id="document-shown" onchange={{ let shown = shown.clone(); move |event: Event| {
                        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                        shown.set(select.value());
                    } }}>
                        { for draft.documents.iter().map(|d| html! {
                            <option value={d.id.clone()} selected={d.id == shown_id}>
                                { draft.policy.source_document(&d.id).map_or(d.id.clone(), |s| s.title.clone()) }
                            </option>
                        }) }
                    </select>
                </div>
            }
            if let Some((document, pieces, shaded)) = view.as_ref() {
                <form class="eg-studio-find" onsubmit={on_find} novalidate=true>
                    <div class="eg-form-group">
                        <label class="eg-label" for="find-words">{ "Find a passage" }</label>
                        <div class="eg-hint" id="find-words-hint">{ "Type or paste its words, then Find: it is selected in the text, to use below. Or select the words in the text with the pointer." }</div>
                        <input class="eg-input" type="text" id="find-words" aria-describedby="find-words-hint"
                            value={(*find).clone()}
                            oninput={{ let find = find.clone(); move |event: InputEvent| {
                                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                                find.set(input.value());
                            } }} />
                    </div>
                    <button type="submit" class="eg-button eg-button--secondary">{ "Find" }</button>
                </form>
                <p class="eg-body-s">
                    if *shaded > 0 {
                        <span class="eg-studio-doc__key">{ "Shaded" }</span>{ " text is not used by any statement yet." }
                    } else {
                        { "Every passage of this document is used by a statement." }
                    }
                </p>
                <details class="eg-details">
                    <summary class="eg-details__summary"><span class="eg-details__summary-text">
                        { format!("Sections ({})", document.sections.len()) }
                    </span></summary>
                    <div class="eg-details__text">
                        <ul class="eg-list">
                            { for document.sections.iter().filter(|s| s.id != 0).map(|s| html! {
                                <li><a href={format!("#section-{}", document.anchor(s.id))}>{ s.heading.clone().unwrap_or_else(|| s.label()) }</a></li>
                            }) }
                        </ul>
                    </div>
                </details>
                <div class="eg-studio-doc" id="studio-document" ref={text_ref} tabindex="0"
                    aria-label="The document's text: select a passage to use it"
                    onmouseup={{ let capture = capture.clone(); move |_| capture() }}
                    onkeyup={move |_| capture()}>
                    { for pieces.iter().map(|piece| piece_html(document, piece)) }
                </div>
            }
        </section>
    }
}

fn piece_html(document: &Document, piece: &escalation_core::studio::Piece) -> Html {
    let class = classes!(
        piece.heading.then_some("eg-studio-doc__heading"),
        piece.shaded.then_some("eg-studio-doc__unused")
    );
    let id = piece
        .starts_section
        .map(|section| format!("section-{}", document.anchor(section)));
    html! {
        <span {class} {id} data-at={piece.range.start.to_string()} data-end={piece.range.end.to_string()}>
            { document.text[piece.range.clone()].to_string() }
        </span>
    }
}

/// Opening the text of a document the policy quotes that is not open yet.
fn open_document(
    source: &escalation_core::policy::SourceDocument,
    onsource: &Callback<(SourceText, String)>,
    onrefused: &Callback<String>,
) -> Html {
    let id = source.id.clone();
    let onchange = files::read_document_on_change(
        onsource.reform(move |(text, name): (String, String)| {
            (
                SourceText {
                    id: id.clone(),
                    text,
                },
                format!("{name} is open."),
            )
        }),
        onrefused.clone(),
    );
    html! {
        <div class="eg-form-group">
            <label class="eg-label" for="source-file">{ format!("Open the text of \u{201c}{}\u{201d}", source.title) }</label>
            <div class="eg-hint" id="source-file-hint">{ format!("The policy quotes it as \u{201c}{}\u{201d}: its statements are checked against it. A .txt, .md or .docx file.", source.id) }</div>
            <input class="eg-file-upload" type="file" id="source-file" aria-describedby="source-file-hint"
                accept=".docx,.txt,.md,text/plain" {onchange} />
        </div>
    }
}

/// The selection in `pane`, as byte offsets of the document's text.
fn selection_in(pane: &web_sys::Element) -> Option<Range<usize>> {
    let selection = crate::browser::window()?.get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start = point(
        pane,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
    )?;
    let end = point(pane, &range.end_container().ok()?, range.end_offset().ok()?)?;
    Some(start.min(end)..start.max(end))
}

/// A place the browser gives (a node and an offset in it) as a byte offset.
fn point(pane: &web_sys::Element, node: &web_sys::Node, offset: u32) -> Option<usize> {
    if !pane.contains(Some(node)) {
        return None;
    }
    let number = |element: &web_sys::Element, name: &str| -> Option<usize> {
        element.get_attribute(name)?.parse().ok()
    };
    if node.node_type() == web_sys::Node::TEXT_NODE {
        let span = node.parent_element()?;
        let at = number(&span, "data-at")?;
        let text = node.text_content().unwrap_or_default();
        return Some(at + byte_offset(&text, offset as usize));
    }
    let element: web_sys::Element = node.clone().dyn_into().ok()?;
    if element.has_attribute("data-at") {
        return number(&element, if offset == 0 { "data-at" } else { "data-end" });
    }
    // The pane itself: the offset counts its pieces.
    let children = element.children();
    match children.item(offset) {
        Some(child) => number(&child, "data-at"),
        None => children
            .item(children.length().checked_sub(1)?)
            .and_then(|last| number(&last, "data-end")),
    }
}

/// Select `range` in the pane's text and bring it into view.
fn show_selection(pane: &web_sys::Element, range: &Range<usize>) {
    let Some(document) = crate::browser::document() else {
        return;
    };
    let find = |byte: usize, is_end: bool| -> Option<(web_sys::Node, u32, web_sys::Element)> {
        let spans = pane.children();
        (0..spans.length())
            .filter_map(|i| spans.item(i))
            .find_map(|span| {
                let at: usize = span.get_attribute("data-at")?.parse().ok()?;
                let end: usize = span.get_attribute("data-end")?.parse().ok()?;
                let inside = if is_end {
                    at < byte && byte <= end
                } else {
                    at <= byte && byte < end
                };
                if !inside {
                    return None;
                }
                let node = span.first_child()?;
                let text = node.text_content().unwrap_or_default();
                let units = text.get(..byte - at)?.encode_utf16().count() as u32;
                Some((node, units, span))
            })
    };
    let (Some((start_node, start, span)), Some((end_node, end, _))) =
        (find(range.start, false), find(range.end, true))
    else {
        return;
    };
    let Ok(dom_range) = document.create_range() else {
        return;
    };
    if dom_range.set_start(&start_node, start).is_err()
        || dom_range.set_end(&end_node, end).is_err()
    {
        return;
    }
    if let Some(selection) = crate::browser::window().and_then(|w| w.get_selection().ok().flatten())
    {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&dom_range);
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    span.scroll_into_view_with_scroll_into_view_options(&options);
}
