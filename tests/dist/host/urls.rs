//! Where the card lives on a publisher's site: the snippet's attributes and deep links, `dist/` at another path, the publisher's own fragment, ids, and the precompressed files.

use super::{card, last, open, page, shown_panels, site, snippet, style, DIST};
use crate::common::page::{click_tab, dist, selected_tab, served, Browser, Engine, Launch, Server};
use crate::STRICT_CSP;
use news_card::{articles, contract::file};
use serde_json::json;

#[tokio::test]
async fn the_snippet_shows_the_article_its_attribute_or_a_deep_link_names() {
    let body = format!(
        "{}<p>Between.</p>{}",
        snippet(&format!("article=\"{}\"", articles().len())),
        snippet("id=\"world\""),
    );
    let pages = [("world.html", page("lang=\"en\"", "", &body))];
    let fragment = format!("#world-{}", articles()[last()].slug);
    let server = Server::start(dist(), site(Some(STRICT_CSP), &pages));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url(&format!("/news/world.html{fragment}")),
            "readied.length === 2",
        )
        .await;
    for i in 0..2 {
        browser
            .wait_for(&format!("{} === {}", selected_tab(&card(i)), last()))
            .await;
        assert_eq!(
            browser.eval(&shown_panels(i)).await,
            json!([last()]),
            "card {i} shows the selected article's panel, and only it"
        );
    }
    let ids = browser
        .eval(&format!(
            "[...{}.querySelectorAll('[id]')].map(e => e.id)",
            card(1)
        ))
        .await;
    let ids: Vec<String> = serde_json::from_value(ids).unwrap();
    assert!(
        ids.iter().all(|id| id.starts_with("world-")),
        "the hydrated card's ids take the element's id: {ids:?}"
    );
    assert_eq!(browser.eval("violations").await, json!([]));
}

#[tokio::test]
async fn the_snippet_on_a_page_at_another_path_ends_up_styled() {
    // The snippet's stylesheet links are relative, so on /news/world.html they miss dist/.
    let pages = [("world.html", page("lang=\"en\"", "", &snippet("")))];
    let (browser, _server) = open(
        Launch::default(),
        site(Some(STRICT_CSP), &pages),
        "world.html",
        1,
    )
    .await;
    browser
        .wait_for(&format!(
            "{} === 'flex'",
            style(0, "[role=tablist]", "display")
        ))
        .await;
    let sheet = browser
        .eval(&format!(
            "{}.querySelector('link[rel=stylesheet]').href",
            card(0)
        ))
        .await;
    assert!(
        sheet.as_str().unwrap().contains(DIST),
        "the link points into dist/: {sheet}"
    );
}

#[tokio::test]
async fn the_publisher_s_own_fragment_is_never_replaced() {
    let body = "<news-card id=\"a\"></news-card><news-card id=\"b\" no-url-update></news-card>
        <h2 id=\"comments\">Comments</h2>";
    let pages = [("world.html", page("lang=\"en\"", "", body))];
    let click = |i: usize, tab: usize| click_tab(&card(i), tab);
    let server = Server::start(dist(), site(None, &pages));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/news/world.html#comments"),
            "readied.length === 2",
        )
        .await;
    browser.eval(&click(0, last())).await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(&card(0)), last()))
        .await;
    browser.after_next_paint().await;
    assert_eq!(browser.eval("location.hash").await, json!("#comments"));

    browser
        .eval("history.replaceState(null, '', location.pathname) ?? true")
        .await;
    browser.eval(&click(0, last())).await;
    browser.eval(&click(0, 0)).await;
    let own = format!("#a-{}", articles()[0].slug);
    browser
        .wait_for(&format!("location.hash === '{own}'"))
        .await;

    browser.eval(&click(1, last())).await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(&card(1)), last()))
        .await;
    browser.after_next_paint().await;
    assert_eq!(
        browser.eval("location.hash").await,
        json!(own),
        "no-url-update leaves the URL alone"
    );
}

#[tokio::test]
async fn a_deep_link_on_load_scrolls_the_card_into_view() {
    let body = "<div style=\"height: 3000px\">Lead story</div><news-card id=\"below\"></news-card>
        <div style=\"height: 3000px\"></div>";
    let pages = [("world.html", page("lang=\"en\"", "", body))];
    let server = Server::start(dist(), site(None, &pages));
    let browser = Browser::start(Launch::default()).await;
    let url = server.url(&format!(
        "/news/world.html#below-{}",
        articles()[last()].slug
    ));
    browser.open(&url, "readied.length === 1").await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(&card(0)), last()))
        .await;
    browser
        .wait_for(
            "(() => { const r = document.querySelector('news-card').getBoundingClientRect();
                      return r.top >= 0 && r.top < innerHeight; })()",
        )
        .await;
}

#[tokio::test]
async fn cards_with_the_same_id_get_unique_ids_and_a_warning() {
    let body = "<news-card id=\"world\"></news-card><news-card id=\"world\"></news-card>";
    let pages = [("world.html", page("lang=\"en\"", "", body))];
    let (browser, _server) = open(Launch::default(), site(None, &pages), "world.html", 2).await;
    browser.assert_unique_ids("[id]").await;
    let console = browser.console_problems(true).await;
    assert!(
        console
            .iter()
            .any(|line| line.starts_with("WARNING") && line.contains("world")),
        "a warning names the id: {console:#?}"
    );
}

/// A raw `GET path` to `server` with `accept` as its `Accept-Encoding`: the response's headers
/// (lowercase) and body.
fn get(server: &Server, path: &str, accept: &str) -> (String, Vec<u8>) {
    use std::io::{Read, Write};
    let address = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: {accept}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&response[..split]).to_ascii_lowercase();
    (head, response[split + 4..].to_vec())
}

#[tokio::test]
async fn dist_is_served_precompressed_by_accept_encoding() {
    let server = Server::start(dist(), site(None, &[]));
    for file in [file::WASM, file::LOADER, file::STYLESHEET, file::SNIPPET].map(served) {
        let file = file.as_str();
        let raw = std::fs::read(dist().join(file)).unwrap();
        let path = format!("{DIST}{file}");
        for (accept, encoding, suffix) in [
            ("gzip, deflate, br", Some("br"), ".br"),
            ("gzip", Some("gzip"), ".gz"),
            ("identity", None, ""),
        ] {
            let (head, body) = get(&server, &path, accept);
            let expected = std::fs::read(dist().join(format!("{file}{suffix}"))).unwrap();
            assert_eq!(body, expected, "{file} for {accept}");
            match encoding {
                Some(name) => assert!(
                    head.contains(&format!("content-encoding: {name}")),
                    "{file} for {accept}: {head}"
                ),
                None => assert!(!head.contains("content-encoding"), "{head}"),
            }
            assert!(head.contains("vary: accept-encoding"), "{head}");
        }
        let mut gunzipped = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(
                &std::fs::read(dist().join(format!("{file}.gz"))).unwrap()[..],
            ),
            &mut gunzipped,
        )
        .unwrap();
        assert_eq!(gunzipped, raw, "{file}.gz is the file");
    }

    // The browser asks for brotli (WebKitGTK, over plain http, for gzip only), gets it, and
    // decodes it to the file.
    let pages = [(
        "world.html",
        page("lang=\"en\"", "", "<news-card></news-card>"),
    )];
    let (browser, _server) = open(Launch::default(), site(None, &pages), "world.html", 1).await;
    let wasm = browser
        .eval(
            "(() => { const e = performance.getEntriesByType('resource')
                .find((e) => e.name.endsWith('.wasm'));
              return [e.encodedBodySize, e.decodedBodySize]; })()",
        )
        .await;
    let wasm_file = served(file::WASM);
    let suffix = if Engine::current() == Engine::WebKit {
        "gz"
    } else {
        "br"
    };
    let compressed = std::fs::metadata(dist().join(format!("{wasm_file}.{suffix}")))
        .unwrap()
        .len();
    let raw = std::fs::metadata(dist().join(&wasm_file)).unwrap().len();
    assert_eq!(wasm, json!([compressed, raw]), "{suffix}");
}
