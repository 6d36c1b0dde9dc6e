//! Helpers for browser tests that act like a user: mount the widget, click
//! what a user would click, read what the page shows. Rendering is settled
//! with `yew::scheduler::flush()`, never a sleep.

use chrono::NaiveDate;
use escalation_guide::{Today, Widget};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub struct Mounted {
    pub root: Element,
    handle: Option<yew::AppHandle<Widget>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The "today" every test runs on unless it says otherwise: no result
/// depends on the machine's date.
pub fn test_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Mount the widget into a fresh element appended to `body` and let it render.
pub async fn mount() -> Mounted {
    mount_with(&[]).await
}

/// Mount with `data-` settings on the root, as a host page gives them.
pub async fn mount_with(settings: &[(&str, &str)]) -> Mounted {
    mount_on(settings, test_today()).await
}

/// Mount with settings, on a given day.
pub async fn mount_on(settings: &[(&str, &str)], today: NaiveDate) -> Mounted {
    let root = document().create_element("div").unwrap();
    root.set_class_name("eg");
    // As on the widget's own page: each page gets a history entry.
    root.set_attribute("data-history", "on").unwrap();
    for (name, value) in settings {
        root.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&root).unwrap();
    let handle = escalation_guide::mount_with_today(root.clone(), Today::Fixed(today));
    yew::scheduler::flush().await;
    Mounted {
        root,
        handle: Some(handle),
    }
}

impl Mounted {
    pub fn heading(&self) -> String {
        self.text_of("h1")
    }

    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    pub fn text_of(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// The (key, value) text of each row of the first summary list.
    pub fn summary_rows(&self) -> Vec<(String, String)> {
        let rows = self
            .root
            .query_selector_all(".eg-summary-list__row")
            .unwrap();
        (0..rows.length())
            .filter_map(|index| rows.item(index))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .map(|row| {
                let text = |selector| {
                    row.query_selector(selector)
                        .unwrap()
                        .and_then(|cell| cell.text_content())
                        .unwrap_or_default()
                        .trim()
                        .to_string()
                };
                (text("dt"), text(".eg-summary-list__value"))
            })
            .collect()
    }

    pub fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }

    /// The button or link whose visible text is `text`.
    pub fn control(&self, text: &str) -> HtmlElement {
        let candidates = self.root.query_selector_all("button, a").unwrap();
        (0..candidates.length())
            .filter_map(|index| candidates.item(index))
            .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
            .find(|element| element.text_content().unwrap_or_default().trim() == text)
            .unwrap_or_else(|| panic!("no button or link says {text:?} in: {}", self.text()))
    }

    /// The radio or checkbox labelled `label`.
    pub fn choice(&self, label: &str) -> web_sys::HtmlInputElement {
        let labels = self.root.query_selector_all("label").unwrap();
        let label = (0..labels.length())
            .filter_map(|index| labels.item(index))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlLabelElement>().ok())
            .find(|element| element.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no label says {label:?}"));
        document()
            .get_element_by_id(&label.html_for())
            .unwrap()
            .dyn_into()
            .unwrap()
    }

    pub async fn click(&self, text: &str) {
        self.control(text).click();
        yew::scheduler::flush().await;
    }

    pub async fn choose(&self, label: &str) {
        self.choice(label).click();
        yew::scheduler::flush().await;
    }

    /// Choose a radio, then Continue.
    pub async fn answer(&self, label: &str) {
        self.choose(label).await;
        self.click("Continue").await;
    }

    /// The text field labelled `label`.
    fn field(&self, label: &str) -> web_sys::HtmlInputElement {
        self.choice(label)
    }

    /// Replace a text field's value, as typing does, firing `input`.
    pub async fn type_into(&self, label: &str, text: &str) {
        let field = self.field(label);
        field.set_value(text);
        let event = web_sys::InputEvent::new("input").unwrap();
        field.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    pub fn input_value(&self, label: &str) -> String {
        self.field(label).value()
    }

    /// Release a key on the page, as the keyboard does.
    pub async fn key_up(&self, key: &str, shift_held: bool) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_shift_key(shift_held);
        init.set_bubbles(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keyup", &init).unwrap();
        document().dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    /// Press a key on the first element matching `selector`, as the
    /// keyboard does when that element has focus.
    pub async fn key_down_on(&self, selector: &str, key: &str) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .dispatch_event(&event)
            .unwrap();
        yew::scheduler::flush().await;
    }

    /// The trimmed text of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let nodes = self.root.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .filter_map(|index| nodes.item(index))
            .map(|node| node.text_content().unwrap_or_default().trim().to_string())
            .collect()
    }

    pub fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    /// The element that has focus, if it is inside the widget.
    pub fn focused_text(&self) -> Option<String> {
        let active = document().active_element()?;
        self.root
            .contains(Some(&active))
            .then(|| active.text_content().unwrap_or_default().trim().to_string())
    }
}

/// Wait for the browser's next `popstate` event, then for the render it causes.
pub async fn after_popstate() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        web_sys::window()
            .unwrap()
            .add_event_listener_with_callback_and_add_event_listener_options(
                "popstate", &resolve, &options,
            )
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}
