//! The pages the card is measured against, each with the same articles and the same card CSS:
//! a hand-written static card (plain HTML, one small stylesheet, a few lines of JavaScript for
//! the tabs: the floor), GitHub's `<tab-container>` and Shoelace's `<sl-tab-group>` (from npm,
//! bundled by `scripts/bench.sh` with esbuild into `github.js`, `shoelace.js`, `shoelace.css`).

use std::{fmt::Write as _, fs, io, path::Path};

use news_card::Article;

/// Minimal HTML escaping for text and attribute values.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const CSS: &str = "body{margin:0;font-family:system-ui,sans-serif;background:#f6f7fb;color:#1b1b1f}\
main{max-width:52rem;margin:auto;padding:1.5rem 1rem 3rem}\
.card{max-width:48rem;border:1px solid #c4c6d0;border-radius:.5rem;background:#fff;line-height:1.5}\
[role=tablist]{display:flex;overflow-x:auto;background:#f1f3f8;border-bottom:1px solid #c4c6d0}\
[role=tab]{flex:1 0 9rem;min-height:2.75rem;padding:.6rem 1rem;border:0;border-bottom:3px solid transparent;\
background:none;color:#4a4a52;font:inherit;font-weight:600;text-align:start;cursor:pointer}\
[aria-selected=true]{border-bottom-color:#0b57d0;background:#fff;color:#1b1b1f}\
[role=tabpanel]{padding:1rem}h2{margin:0 0 .75rem;font-family:Georgia,serif;font-size:1.5rem}\
figure{margin:0 0 1rem;padding-left:.75rem;border-left:3px solid #c4c6d0;color:#4a4a52;font-size:.875rem}\
small{display:block}p{margin:0 0 .75rem}";

const JS: &str = "const tabs=[...document.querySelectorAll('[role=tab]')];\
const select=(i)=>tabs.forEach((t,j)=>{t.setAttribute('aria-selected',i===j);t.tabIndex=i===j?0:-1;\
document.getElementById(t.getAttribute('aria-controls')).hidden=i!==j;if(i===j)t.focus()});\
tabs.forEach((t,i)=>{t.onclick=()=>select(i);t.onkeydown=(e)=>{const n=tabs.length;\
const k={ArrowLeft:(i+n-1)%n,ArrowRight:(i+1)%n,Home:0,End:n-1}[e.key];\
if(k!==undefined){e.preventDefault();select(k)}}});";

/// The page's opening, with `head` (its own stylesheets and scripts).
fn open(title: &str, head: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"icon\" href=\"data:,\">\
         <link rel=\"stylesheet\" href=\"baseline.css\">{head}\
         </head><body><main><h1>Today’s news</h1><div class=\"card\">"
    )
}

/// An article's content: headline, caption with credit, paragraphs.
fn content(a: &Article) -> String {
    let mut html = format!(
        "<h2>{}</h2><figure><figcaption>{}",
        escape(a.headline),
        escape(&a.caption.join(" "))
    );
    if let Some(credit) = a.credit {
        let _ = write!(html, "<small>Photo by {}</small>", escape(credit));
    }
    html.push_str("</figcaption></figure>");
    for p in a.paragraphs {
        let _ = write!(html, "<p>{}</p>", escape(p));
    }
    html
}

/// The tabs and panels in the WAI-ARIA markup the static card and `<tab-container>` share.
fn aria_tabs(articles: &[Article]) -> String {
    let mut html = String::from("<div role=\"tablist\" aria-label=\"News articles\">");
    for (i, a) in articles.iter().enumerate() {
        let _ = write!(
            html,
            "<button type=\"button\" role=\"tab\" id=\"t{i}\" aria-controls=\"p{i}\" aria-selected=\"{}\" tabindex=\"{}\">{}</button>",
            i == 0,
            if i == 0 { 0 } else { -1 },
            escape(a.headline)
        );
    }
    html.push_str("</div>");
    for (i, a) in articles.iter().enumerate() {
        let _ = write!(
            html,
            "<section role=\"tabpanel\" id=\"p{i}\" aria-labelledby=\"t{i}\" tabindex=\"0\"{}>{}</section>",
            if i == 0 { "" } else { " hidden" },
            content(a)
        );
    }
    html
}

/// The static card's page.
pub fn static_page(articles: &[Article]) -> String {
    let head = "<script src=\"baseline.js\" defer></script>";
    format!(
        "{}{}</div></main></body></html>\n",
        open("Static card", head),
        aria_tabs(articles)
    )
}

/// GitHub's `<tab-container>` around the same markup.
pub fn github_page(articles: &[Article]) -> String {
    let head = "<script type=\"module\" src=\"github.js\"></script>";
    format!(
        "{}<tab-container>{}</tab-container></div></main></body></html>\n",
        open("GitHub tab-container", head),
        aria_tabs(articles)
    )
}

/// Shoelace's `<sl-tab-group>` with the same articles.
pub fn shoelace_page(articles: &[Article]) -> String {
    let head = "<link rel=\"stylesheet\" href=\"shoelace.css\">\
                <script type=\"module\" src=\"shoelace.js\"></script>";
    let mut html = open("Shoelace tab group", head);
    html.push_str("<sl-tab-group>");
    for (i, a) in articles.iter().enumerate() {
        let _ = write!(
            html,
            "<sl-tab slot=\"nav\" panel=\"p{i}\"{}>{}</sl-tab>",
            if i == 0 { " active" } else { "" },
            escape(a.headline)
        );
    }
    for (i, a) in articles.iter().enumerate() {
        let _ = write!(
            html,
            "<sl-tab-panel name=\"p{i}\">{}</sl-tab-panel>",
            content(a)
        );
    }
    html.push_str("</sl-tab-group></div></main></body></html>\n");
    html
}

/// Writes the three pages (`static.html`, `github.html`, `shoelace.html`) and the static
/// card's stylesheet and script into `dir`, where the bundled peers already are.
pub fn write(dir: &Path, articles: &[Article]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    fs::write(dir.join("static.html"), static_page(articles))?;
    fs::write(dir.join("github.html"), github_page(articles))?;
    fs::write(dir.join("shoelace.html"), shoelace_page(articles))?;
    fs::write(dir.join("baseline.css"), CSS)?;
    fs::write(dir.join("baseline.js"), JS)
}
