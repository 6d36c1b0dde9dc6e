//! The few things the widget asks of the browser, in one place. Every call
//! copes with a missing API (an old browser, a sandboxed frame) by doing
//! nothing rather than failing.

use chrono::{NaiveDate, NaiveDateTime};
use wasm_bindgen::JsCast;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Today's date where the user is.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The time now in UTC, for calendar files.
pub fn now_utc() -> NaiveDateTime {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_utc_full_year() as i32,
        now.get_utc_month() + 1,
        now.get_utc_date(),
    )
    .and_then(|date| {
        date.and_hms_opt(
            now.get_utc_hours(),
            now.get_utc_minutes(),
            now.get_utc_seconds(),
        )
    })
    .unwrap_or_default()
}

/// Offer `text` to the user as a file download. Nothing leaves the device:
/// the file is made in the page and saved by the browser.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let Some(document) = document() else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = &link {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    link.is_some()
}

/// The file chosen in a file input's `change` event; the input is emptied,
/// so the same file can be chosen again after it is changed.
pub fn chosen_file(event: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// The key under which "keep my progress on this device" stores the journey.
/// Two widgets on one page, with different names, keep theirs apart:
/// `escalation-guide:progress:{name}`.
pub use escalation_core::host_settings::PROGRESS_KEY;

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn stored_progress(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Keep progress on this device. The caller checks the page is not
/// leaving (`exit::is_leaving`).
pub fn store_progress(key: &str, text: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, text).is_ok())
}

pub fn forget_progress(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Every widget's kept progress, for Exit this page.
pub fn forget_all_progress() {
    let Some(storage) = local_storage() else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(PROGRESS_KEY))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// The names of every query parameter in the page's address.
pub fn query_names() -> Vec<String> {
    let Some(search) = window().and_then(|window| window.location().search().ok()) else {
        return Vec::new();
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split('=').next())
        .filter(|name| !name.is_empty())
        .filter_map(|name| js_sys::decode_uri_component(name).ok()?.as_string())
        .collect()
}

/// A text file fetched from the host's site: no cookies are sent, and it
/// gives up after `timeout_ms`, whole body included (a server that sends
/// its headers and then stalls is given up on too), or when the file says
/// it is larger than a policy file may be.
pub async fn fetch_text(url: &str, timeout_ms: u32) -> Result<String, String> {
    let bytes = fetch_bytes(url, timeout_ms).await?;
    String::from_utf8(bytes).map_err(|error| {
        format!(
            "the file is not UTF-8 text (the first bad byte is at offset {})",
            error.utf8_error().valid_up_to()
        )
    })
}

/// A file fetched from the host's site, as bytes, so that its encoding is
/// checked by the same rules as `policy-tool check` rather than guessed.
pub async fn fetch_bytes(url: &str, timeout_ms: u32) -> Result<Vec<u8>, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = window().ok_or("there is no window to fetch it from")?;
    let abort = web_sys::AbortController::new().map_err(|_| "it could not be fetched")?;
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_signal(Some(&abort.signal()));
    let timer = {
        let abort = abort.clone();
        gloo_timers::callback::Timeout::new(timeout_ms, move || abort.abort())
    };
    let late = || format!("it did not arrive within {} seconds", timeout_ms / 1000);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| {
            if abort.signal().aborted() {
                late()
            } else {
                "it could not be fetched (the network, or the address)".to_string()
            }
        })?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "the answer was not a response")?;
    if !response.ok() {
        return Err(format!(
            "the site answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let max = escalation_core::validate::MAX_POLICY_FILE_BYTES as u64;
    if let Some(bytes) = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<u64>().ok())
        && bytes > max
    {
        abort.abort();
        return Err(format!(
            "the file is {bytes} bytes; the limit is {max} bytes (1 MiB)"
        ));
    }
    let buffer: js_sys::ArrayBuffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(|_| "its text could not be read")?,
    )
    .await
    .map_err(|_| {
        if abort.signal().aborted() {
            late()
        } else {
            "its text could not be read".to_string()
        }
    })?
    .dyn_into()
    .map_err(|_| "its text could not be read")?;
    drop(timer);
    // A body larger than its Content-Length said (or with none) is refused
    // before it is copied into the widget's memory.
    let length = u64::from(buffer.byte_length());
    if length > max {
        return Err(format!(
            "the file is {length} bytes; the limit is {max} bytes (1 MiB)"
        ));
    }
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The value of `name` in the page address's query, if any.
pub fn query_parameter(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The element with `id` in the same tree as `near`: the widget's shadow
/// root when it is embedded, else the document.
pub fn find_by_id(near: &web_sys::Node, id: &str) -> Option<web_sys::HtmlElement> {
    let root = near.get_root_node();
    let selector = format!("[id=\"{}\"]", id.replace('\\', "\\\\").replace('"', "\\\""));
    let found = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.query_selector(&selector)
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.query_selector(&selector)
    } else {
        return None;
    };
    found
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// The bytes of a chosen file; `None` if the browser could not read it.
/// (For the publisher and the studio: the widget reads a record as text.
/// Last in the file, so the widget's own code and its messages are as they
/// were: the size ratchet measured 0.4 KB brotli when it sat higher up.)
#[cfg(feature = "publisher")]
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
