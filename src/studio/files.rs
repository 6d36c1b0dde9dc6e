//! What the studio reads and writes: a document from a file (text,
//! Markdown or Word), the built-in policies with their documents, the
//! preview's page, the downloads and the hand-over to the publisher.

use escalation_core::host_settings::SettingName;
use escalation_core::snippet::Snippet;
use escalation_core::studio::{Draft, SourceText};
use yew::{Callback, Event};

use crate::browser;
use crate::publish::tools;

/// The documents the built-in policies quote, by source id.
const BUILT_IN_TEXTS: [(&str, &str); 5] = [
    (
        "pan-berkshire-2026",
        include_str!("../../policies/sources/pan-berkshire-2026.txt"),
    ),
    (
        "bedfordshire-luton-2018",
        include_str!("../../policies/sources/bedfordshire-luton-2018.txt"),
    ),
    (
        "berkshire-lscb-2017",
        include_str!("../../policies/sources/berkshire-lscb-2017.txt"),
    ),
    (
        "white-rock-preschool",
        include_str!("../../policies/sources/white-rock-preschool.txt"),
    ),
    (
        "wokingham-summary-page",
        include_str!("../../policies/sources/wokingham-summary-page.txt"),
    ),
];

/// The largest document file the studio reads: the Word reader's limit,
/// far above any policy document's text.
const MAX_DOCUMENT_BYTES: f64 = escalation_core::studio::docx::MAX_FILE_BYTES as f64;

/// A built-in policy with the documents it quotes, to read or change.
pub fn built_in_draft(id: &str) -> Option<Draft> {
    let policy = escalation_core::built_in_policy(id)?;
    // In the policy's order: its own document first.
    let documents = policy
        .sources
        .iter()
        .filter_map(|source| {
            let (id, text) = BUILT_IN_TEXTS.iter().find(|(id, _)| *id == source.id)?;
            Some(SourceText {
                id: (*id).to_string(),
                text: (*text).to_string(),
            })
        })
        .collect();
    Some(Draft {
        policy: policy.clone(),
        documents,
    })
}

/// The bytes of a chosen file, or why it could not be read.
pub async fn bytes_of(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let name = file.name();
    if file.size() > MAX_DOCUMENT_BYTES {
        return Err(format!(
            "{name} is {} MB; the studio reads files up to 10 MB. Save the document as plain text (.txt) and open that.",
            (file.size() / 1024.0 / 1024.0).ceil()
        ));
    }
    browser::file_bytes(file)
        .await
        .ok_or_else(|| format!("{name} could not be read. Choose it again."))
}

/// A policy document's text from a chosen file: plain text, Markdown or a
/// Word document. Anything else is refused, saying what to do instead.
pub async fn document_text(file: &web_sys::File) -> Result<String, String> {
    let name = file.name();
    let lower = name.to_ascii_lowercase();
    let extension = lower.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "pdf" => {
            return Err(format!(
                "{name} is a PDF, which the studio cannot read. Open it in a PDF reader, select all its text, copy it and paste it into the box above."
            ));
        }
        "doc" | "rtf" | "odt" | "pages" => {
            return Err(format!(
                "{name} is not a kind of file the studio reads. Save it from your word processor as a Word document (.docx) or as plain text (.txt), and open that."
            ));
        }
        _ => {}
    }
    let bytes = bytes_of(file).await?;
    if extension == "docx" {
        return escalation_core::studio::docx::text_of(&bytes)
            .map_err(|error| format!("{name} could not be opened: {error}."));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        format!("{name} is not plain text the studio can read (it is not UTF-8). Open a .txt, .md or .docx file, or paste the text.")
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string();
    if text.trim().is_empty() {
        return Err(format!("{name} is empty."));
    }
    Ok(text)
}

/// A file input's `change` that reads the chosen policy document (as
/// [`document_text`]) and tells `onread` its text and the file's name, or
/// `onrefused` why it cannot.
pub fn read_document_on_change(
    onread: Callback<(String, String)>,
    onrefused: Callback<String>,
) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let Some(file) = browser::chosen_file(&event) else {
            return;
        };
        let (onread, onrefused) = (onread.clone(), onrefused.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match document_text(&file).await {
                Ok(text) => onread.emit((text, file.name())),
                Err(why) => onrefused.emit(why),
            }
        });
    })
}

/// The preview: a plain page with the widget, loaded from the same folder
/// as the studio, walking the draft (given in the address itself).
pub fn preview_page(draft: &Draft, start: &str) -> String {
    let loader = tools::loader_here();
    let inline = tools::data_address(&draft.file());
    let settings = if start.is_empty() {
        Vec::new()
    } else {
        vec![(SettingName::Start, start.to_string())]
    };
    let snippet = Snippet {
        policy: &draft.policy,
        script_url: &loader,
        policy_url: Some(&inline),
        settings,
    };
    tools::preview_document(&snippet.html())
}

/// The publisher page, given the policy file in its address (after `#`,
/// which no server sees).
pub fn publish_address(draft: &Draft) -> String {
    format!(
        "./publish.html#studio-file={}",
        js_sys::encode_uri_component(&draft.file())
    )
}

/// Save the policy file.
pub fn download_policy(draft: &Draft) -> bool {
    browser::download(
        &format!("{}.json", draft.policy.id),
        "application/json",
        &draft.file(),
    )
}

/// Save the text of each document the policy quotes, named as
/// `policy-tool check` looks for it in its `sources` folder.
pub fn download_documents(draft: &Draft) -> bool {
    draft.documents.iter().all(|document| {
        browser::download(
            &format!("{}.txt", document.id),
            "text/plain",
            &document.text,
        )
    })
}
