//! Helpers for the browser tests: a fresh container per test, queries by role, waits.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, Renderer};

use news_card::{NewsCard, NewsCardProps};

use super::fixtures::{NEWS, WORDS};

/// A card mounted into its own container; the container is removed when the fixture drops.
pub struct Mounted {
    /// The element the card was mounted into.
    pub container: Element,
    app: Option<AppHandle<NewsCard>>,
}

impl Mounted {
    /// The tab list.
    pub fn tablist(&self) -> HtmlElement {
        query(&self.container, "[role=tablist]").expect("a tablist")
    }

    /// Every tab, in order.
    pub fn tabs(&self) -> Vec<HtmlElement> {
        query_all(&self.container, "[role=tab]")
    }

    /// Every tab panel, in order.
    pub fn panels(&self) -> Vec<HtmlElement> {
        query_all(&self.container, "[role=tabpanel]")
    }

    /// The index of the tab whose `aria-selected` is `true`; panics unless exactly one is.
    pub fn selected(&self) -> usize {
        selected_index(&self.tabs())
    }

    /// Renders the card again with `props`, and waits for the render.
    pub async fn update(&mut self, props: NewsCardProps) {
        self.app.as_mut().expect("mounted").update(props);
        yew::scheduler::flush().await;
    }

    /// The indices of the panels that are not `hidden`.
    pub fn visible_panels(&self) -> Vec<usize> {
        self.panels()
            .iter()
            .enumerate()
            .filter(|(_, panel)| !panel.hidden())
            .map(|(i, _)| i)
            .collect()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.container.remove();
    }
}

/// Mounts a card with `props` into a fresh container appended to `<body>`, with optional
/// attributes on the container (e.g. `dir`), and waits for the first render.
pub async fn mount_with(props: NewsCardProps, attributes: &[(&str, &str)]) -> Mounted {
    let document = gloo_document();
    let container = document.create_element("div").unwrap();
    for (name, value) in attributes {
        container.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&container).unwrap();
    let app = Renderer::<NewsCard>::with_root_and_props(container.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted {
        container,
        app: Some(app),
    }
}

/// Mounts a card with the fixture articles ([`super::fixtures::NEWS`]) and default props.
pub async fn mount() -> Mounted {
    mount_with(
        yew::props!(NewsCardProps {
            articles: NEWS,
            words: &WORDS,
        }),
        &[],
    )
    .await
}

/// The page's document.
pub fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The first element under `root` matching `selector`.
pub fn query(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.dyn_into().ok())
}

/// Every element under `root` matching `selector`, in document order.
pub fn query_all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    html_elements(&root.query_selector_all(selector).unwrap())
}

/// The HTML elements of a node list (from an element's or a shadow root's query), in order.
pub fn html_elements(list: &web_sys::NodeList) -> Vec<HtmlElement> {
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into().ok())
        .collect()
}

/// The index of the tab whose `aria-selected` is `true`; panics unless exactly one is.
pub fn selected_index(tabs: &[HtmlElement]) -> usize {
    let selected: Vec<usize> = tabs
        .iter()
        .enumerate()
        .filter(|(_, tab)| tab.get_attribute("aria-selected").as_deref() == Some("true"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        selected.len(),
        1,
        "exactly one tab is selected: {selected:?}"
    );
    selected[0]
}

/// The text a reader sees in `element`, with runs of white space folded.
pub fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Waits `ms` milliseconds (for events the browser delivers in a later task).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits up to two seconds for `condition`, checking every 10 ms.
pub async fn eventually(what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..200 {
        if condition() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}
