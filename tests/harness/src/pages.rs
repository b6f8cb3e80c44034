//! The pages the tests serve: one probe that records what a page hears from its cards, and one
//! builder for the pages around them. A [`Site`] built with [`site`] serves the probe at
//! [`PROBE_PATH`]; a [`Page`] loads it first.

use std::collections::HashMap;

use crate::server::Site;

/// Where a site built with [`site`] serves [`PROBE`].
pub const PROBE_PATH: &str = "/probe.js";
/// Where a site built with [`site`] serves the pages' icon.
const ICON_PATH: &str = "/test-icon.svg";

/// A classic script a test page runs first. It records, in arrays on `window`:
///
/// - `changes`: each `news-card-change` event's detail, and `changeEvents` the event as a page
///   sees it: `{ card, bubbles, composed, detail }` (`card`: the element's id);
/// - `readied`: the id of each card that fired `news-card-ready`;
/// - `failures`: each `news-card-error` as `{ card, message, bubbles }`;
/// - `violations`: each Content-Security-Policy violation, as `DIRECTIVE URI`;
/// - `warnings` and `logged`: what the console was given as a warning or an error;
/// - `uncaught`: each error and rejection nobody caught.
pub const PROBE: &str = r#"
window.changes = [];
window.changeEvents = [];
document.addEventListener('news-card-change', (e) => {
  changes.push(e.detail);
  changeEvents.push({ card: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: e.detail });
});
window.readied = [];
document.addEventListener('news-card-ready', (e) => readied.push(e.target.id));
window.failures = [];
document.addEventListener('news-card-error', (e) => failures.push({
  card: e.target.id, message: String(e.detail?.message ?? ''), bubbles: e.bubbles }));
window.violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.warnings = [];
window.logged = [];
for (const [name, list] of [['warn', warnings], ['error', logged]]) {
  const original = console[name];
  console[name] = (...args) => { list.push(args.map(String).join(' ')); original.apply(console, args); };
}
window.uncaught = [];
addEventListener('error', (e) => uncaught.push(String(e.message)));
addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason?.message ?? e.reason)));
"#;

/// The icon every test page links, so that no browser asks for a missing `/favicon.ico`.
const ICON: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"#;

/// A site that serves [`PROBE`], an icon and `pages` (by path) beside the files of its root.
pub fn site<'a>(pages: impl IntoIterator<Item = (&'a str, String)>) -> Site {
    let mut served: HashMap<String, String> = pages
        .into_iter()
        .map(|(path, text)| (path.to_owned(), text))
        .collect();
    served.insert(PROBE_PATH.to_owned(), PROBE.to_owned());
    served.insert(ICON_PATH.to_owned(), ICON.to_owned());
    Site {
        pages: served,
        ..Site::default()
    }
}

/// A test page: the probe first, then `head` (the loader's script tag, styles), and `body` in
/// its `<main>` under a heading of the page's title.
#[derive(Clone, Copy)]
pub struct Page<'a> {
    /// The `<html>` element's attributes.
    pub html: &'a str,
    /// The page's title, and its heading.
    pub title: &'a str,
    /// What the head holds after the probe.
    pub head: &'a str,
    /// What `<main>` holds after the heading.
    pub body: &'a str,
    /// What the body holds after `<main>` (a script that runs before the loader's module).
    pub after: &'a str,
}

impl Default for Page<'_> {
    fn default() -> Self {
        Page {
            html: "lang=\"en\"",
            title: "Test page",
            head: "",
            body: "",
            after: "",
        }
    }
}

impl Page<'_> {
    /// The page as HTML.
    pub fn html(&self) -> String {
        let Page {
            html,
            title,
            head,
            body,
            after,
        } = self;
        format!(
            "<!doctype html><html {html}><head><meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title}</title>\n<link rel=\"icon\" href=\"{ICON_PATH}\">\
             <script src=\"{PROBE_PATH}\"></script>\n{head}</head>\n\
             <body><main><h1>{title}</h1>{body}</main>{after}</body></html>"
        )
    }
}

/// The script tag that loads the loader from `src` as a module, with `attributes`.
pub fn loader(src: &str, attributes: &str) -> String {
    format!("<script type=\"module\" src=\"{src}\" {attributes}></script>")
}
