//! Helpers for browser tests that act like a user: mount the widget, click
//! what a user would click, read what the page shows. Rendering is settled
//! with `yew::scheduler::flush()`, never a sleep.

use escalation_guide::App;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub struct Mounted {
    pub root: Element,
    handle: Option<yew::AppHandle<App>>,
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

/// Mount the widget into a fresh element appended to `body` and let it render.
pub async fn mount() -> Mounted {
    let root = document().create_element("div").unwrap();
    root.set_class_name("eg");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = escalation_guide::mount(root.clone());
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
