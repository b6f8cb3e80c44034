//! Page-level test of the content as readers get it: every article of the content, whatever
//! it is and in whatever language, is on the built demo page with its tab, and shows its
//! headline, caption, credit and paragraphs once each with the exact characters, its date and
//! full-story link when it has them, and the card's own words in the content's language.
//!
//! The test command also runs these tests on copies of the project with other content
//! (`NEWS_CARD_DIST` and `NEWS_CARD_CONTENT`, `common::page::content`): one more article
//! appended to the content (`NEWS_CARD_EXPECT_HEADLINE` names it), to show that an editor's new
//! article reaches the reader without any test needing a change, and that the wasm's
//! content-hashed name changes with it (`NEWS_CARD_OTHER_DIST` is this project's `dist/`); and
//! articles in another language.

use crate::common::page::once;
use crate::common::page::{
    click_tab, content, dist, selected_tab, served, Browser, Launch, Server, Site,
    FIRST_CARD_READY, FIRST_SHADOW,
};
use news_card::contract::{file, HASHED_FILES};
use serde_json::{json, Value};

#[tokio::test]
async fn every_article_reaches_the_reader_once_with_its_exact_text() {
    let (articles, words) = (content().articles, &content().words);
    if let Ok(headline) = std::env::var("NEWS_CARD_EXPECT_HEADLINE") {
        assert!(
            articles.iter().any(|a| a.headline == headline),
            "the added article {headline:?} is not among the embedded ones"
        );
    }
    let server = Server::start(dist(), Site::default());
    let browser = Browser::start(Launch::default()).await;
    browser.open(&server.url("/"), FIRST_CARD_READY).await;
    let tabs = browser
        .eval(&format!(
            "[...{FIRST_SHADOW}.querySelectorAll('[role=tab]')].map(t => t.textContent)"
        ))
        .await;
    let labels: Vec<&str> = articles.iter().map(|a| a.tab_text()).collect();
    assert_eq!(tabs, json!(labels), "one tab per article, in order");
    let list = browser
        .eval(&format!(
            "{FIRST_SHADOW}.querySelector('[role=tablist]').getAttribute('aria-label')"
        ))
        .await;
    assert_eq!(
        list,
        json!(words.tab_list),
        "the tab list's name, in the content's words"
    );

    for (index, article) in articles.iter().enumerate() {
        browser.eval(&click_tab(FIRST_SHADOW, index)).await;
        browser
            .wait_for(&format!("{} === {index}", selected_tab(FIRST_SHADOW)))
            .await;
        let panel: Value = browser
            .eval(&format!(
                "(() => {{
                   const panels = [...{FIRST_SHADOW}.querySelectorAll('[role=tabpanel]')];
                   const shown = panels.filter(p => getComputedStyle(p).display !== 'none');
                   const p = panels[{index}];
                   return {{
                     shown: shown.map(s => panels.indexOf(s)),
                     headline: p.querySelector('h2').textContent,
                     caption: p.querySelector('.news-card__caption-text').textContent,
                     credit: p.querySelector('[part=credit]')?.textContent ?? null,
                     paragraphs: [...p.querySelectorAll('[part=body] p')].map(e => e.textContent),
                     headings: p.querySelectorAll('h1, h2, h3, h4, h5, h6').length,
                     date: [...p.querySelectorAll('time[part=date]')]
                       .map(t => [t.getAttribute('datetime'), t.textContent]),
                     links: [...p.querySelectorAll('a[part=link]')]
                       .map(a => [a.getAttribute('href'), a.textContent]),
                   }};
                 }})()"
            ))
            .await;
        let at = article.headline;
        assert_eq!(panel["shown"], json!([index]), "{at}: only its panel shows");
        assert_eq!(panel["headline"], json!(article.headline), "{at}");
        assert_eq!(panel["paragraphs"], json!(article.paragraphs), "{at}");
        let caption = panel["caption"].as_str().unwrap();
        for piece in article.caption {
            assert_eq!(caption.matches(piece).count(), 1, "{at}: caption {piece}");
        }
        let credit = article
            .credit
            .map(|c| format!("{}{c}{}", words.credit_before, words.credit_after));
        assert_eq!(panel["credit"], json!(credit), "{at}: credit");
        assert_eq!(
            panel["headings"],
            json!(1),
            "{at}: one heading, the headline"
        );
        let date: Vec<[&str; 2]> = article
            .published
            .iter()
            .map(|p| [p.datetime, p.text])
            .collect();
        assert_eq!(panel["date"], json!(date), "{at}: its date, as written");
        let links: Vec<[&str; 2]> = article
            .link
            .iter()
            .map(|href| [*href, words.full_story])
            .collect();
        assert_eq!(panel["links"], json!(links), "{at}: its full story");
    }
}

#[tokio::test]
async fn the_card_s_own_words_and_dates_are_in_the_content_s_language() {
    let content = content();
    let server = Server::start(dist(), Site::default());
    let browser = Browser::start(Launch::default()).await;
    browser.open(&server.url("/"), FIRST_CARD_READY).await;
    // What the card writes itself, around the articles' own text: the tab list's name, each
    // full-story link, each credit line (less the name), each date.
    let written = browser
        .eval(&format!(
            "(() => {{
               const all = (s) => [...{FIRST_SHADOW}.querySelectorAll(s)];
               return {{
                 list: all('[role=tablist]').map(e => e.getAttribute('aria-label')),
                 links: all('a[part=link]').map(e => e.textContent),
                 credits: all('[part=credit]').map(e => e.textContent),
                 dates: all('time[part=date]').map(e => e.textContent),
               }};
             }})()"
        ))
        .await;
    let strings =
        |key: &str| -> Vec<String> { serde_json::from_value(written[key].clone()).unwrap() };
    let credits: Vec<&str> = content.articles.iter().filter_map(|a| a.credit).collect();
    let mut own: Vec<String> = strings("list");
    own.extend(strings("links"));
    for (line, name) in strings("credits").iter().zip(&credits) {
        own.push(line.replacen(name, "", 1));
    }
    let dates = strings("dates");
    let published: Vec<_> = content
        .articles
        .iter()
        .filter_map(|a| a.published)
        .collect();
    assert_eq!(dates.len(), published.len());
    for (text, published) in dates.iter().zip(&published) {
        assert_eq!(text, published.text);
        let day = &published.datetime[..10];
        assert!(
            !text.contains(day),
            "{text}: a date as readers read it, not {day}"
        );
    }
    if content.language == "en" || content.language.starts_with("en-") {
        return;
    }
    let english = news_card_parse::language("en").unwrap().words;
    let photo = english.credit.replace("{credit}", "");
    for english in [
        english.full_story.as_str(),
        english.tab_list.as_str(),
        photo.trim(),
    ] {
        for own in &own {
            assert!(
                !own.contains(english),
                "{english:?} in a {} card: {own}",
                content.language
            );
        }
    }
}

/// The relative URLs in `html`'s `href` and `src` attributes (fragments and queries dropped).
fn relative_urls(html: &str) -> Vec<String> {
    let mut urls = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        for rest in html.split(attribute).skip(1) {
            let url = &rest[..rest.find('"').unwrap()];
            let url = url
                .split(['#', '?'])
                .next()
                .unwrap()
                .trim_start_matches("./");
            if !url.is_empty() && !url.contains(':') && !url.starts_with('/') {
                urls.push(url.to_owned());
            }
        }
    }
    urls
}

#[test]
fn every_file_the_page_the_snippet_and_the_loader_name_is_in_dist() {
    if once() {
        return;
    }
    let dist = dist();
    let mut named = Vec::new();
    for page in ["index.html", file::SNIPPET] {
        named.extend(relative_urls(
            &std::fs::read_to_string(dist.join(page)).unwrap(),
        ));
    }
    let loader = std::fs::read_to_string(dist.join(file::LOADER)).unwrap();
    for stable in HASHED_FILES {
        let name = served(stable);
        assert_ne!(&name, stable, "{stable} has a content-hashed name");
        assert!(
            loader.contains(&format!("\"{name}\"")),
            "the loader names {name}"
        );
        assert!(
            !loader.contains(&format!("\"{stable}\"")),
            "the loader names {stable}"
        );
        named.push(name);
    }
    for name in &named {
        assert!(
            dist.join(name).is_file(),
            "{name} is named but not in dist/"
        );
    }
    // A returning reader's cache can hold the hashed files for good: a change is a new name.
    if let Ok(other) = std::env::var("NEWS_CARD_OTHER_DIST") {
        let other: Vec<String> = std::fs::read_dir(other)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let name = served(file::WASM);
        assert!(
            !other.contains(&name),
            "other content, same name {name}: a cached wasm would be stale"
        );
    }
}
