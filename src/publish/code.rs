//! The publisher's last step: the code to paste, each piece with a Copy
//! button: the snippet, the iframe page and its code for sites that cannot
//! add a script, and the Content Security Policy line for the server.

use yew::prelude::*;

use super::tools::copy_to_clipboard;
use crate::browser;
use crate::components::button::{Button, ButtonKind};
use crate::components::markup::{body, section_heading};

#[derive(Properties, PartialEq)]
pub struct CodeProps {
    pub snippet: AttrValue,
    pub frame_page: AttrValue,
    pub iframe: AttrValue,
    pub csp: AttrValue,
}

/// One piece of code: its label, a read-only box, a Copy button and what
/// became of the copy.
#[derive(Properties, PartialEq)]
struct PieceProps {
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    code: AttrValue,
    rows: u32,
    /// What the Copy button says.
    copy: &'static str,
}

#[component]
fn Piece(props: &PieceProps) -> Html {
    let copied = use_state(|| None::<&'static str>);
    {
        // A change to the code makes an earlier "copied" untrue.
        let copied = copied.clone();
        use_effect_with(props.code.clone(), move |_| copied.set(None));
    }
    let onclick = {
        let copied = copied.clone();
        let code = props.code.to_string();
        Callback::from(move |()| {
            let copied = copied.clone();
            let code = code.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(if copy_to_clipboard(code).await {
                    "Copied. Paste it where it goes."
                } else {
                    "This browser would not copy it: select the code above and copy it yourself."
                }));
            });
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="eg-form-group">
            <label class="eg-label" for={props.id}>{ props.label }</label>
            if let Some(hint) = props.hint {
                <div class="eg-hint" id={hint_id.clone()}>{ hint }</div>
            }
            <textarea class="eg-textarea eg-publisher-code" id={props.id} rows={props.rows.to_string()}
                readonly=true spellcheck="false" value={props.code.clone()}
                aria-describedby={props.hint.map(|_| hint_id)} />
            <Button kind={ButtonKind::Secondary} {onclick}>{ props.copy }</Button>
            <p class="eg-body" role="status">{ copied.unwrap_or_default() }</p>
        </div>
    }
}

#[component]
pub fn CodeToCopy(props: &CodeProps) -> Html {
    let download_frame = {
        let page = props.frame_page.clone();
        Callback::from(move |()| {
            browser::download("frame.html", "text/html;charset=utf-8", &page);
        })
    };
    html! {
        <>
            { section_heading("7. Copy the code") }
            <Piece id="snippet" label="The code to paste into your page" rows={12}
                hint={None::<&'static str>} code={props.snippet.clone()} copy="Copy the code" />
            <Piece id="csp" label="If your server sends a Content Security Policy (for the code above)"
                hint={Some("Use this line, or add what it names to yours: it lets the guide's files load and nothing else. For the iframe below, your page needs frame-src naming the guide's site instead, and the script after the frame as a file of your own.")}
                code={props.csp.clone()} rows={3} copy="Copy the CSP line" />

            { section_heading("If your website cannot take a script: the iframe") }
            { body("Some website builders let you paste a frame but not a script. Then the guide runs in its own page, frame.html, in the folder you upload, and your page shows it in a frame.") }
            <ol class="eg-list">
                <li>{ "Download frame.html, made with your settings, and put it in the guide's folder on your website in place of the one there." }</li>
                <li>{ "Paste the iframe code below into your page. The script after the frame lets its height follow the guide and Exit this page leave the whole tab; leave it out if your site cannot take it, and the guide still works in the frame." }</li>
            </ol>
            <div class="eg-form-group">
                <Button kind={ButtonKind::Secondary} onclick={download_frame}>{ "Download frame.html" }</Button>
            </div>
            <Piece id="iframe" label="The iframe code to paste into your page" rows={12}
                hint={Some("The frame's address is frame.html in the same folder as escalation-guide.js (step 5).")}
                code={props.iframe.clone()} copy="Copy the iframe code" />
        </>
    }
}
