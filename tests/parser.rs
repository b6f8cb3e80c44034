//! Native tests of the content crate (`parse/`), which reads the content at build time: the
//! article format on the real content file and on fixtures, every malformed fixture, the build
//! script's messages; `parser/languages.rs` the language file, the card's words and dates in
//! each language; `parser/embedded.rs` the content as the wasm embeds it and reads it back; a
//! property test that no input makes the parser panic.

#![cfg(not(target_arch = "wasm32"))]

#[path = "parser/embedded.rs"]
mod embedded;
#[path = "parser/languages.rs"]
mod languages;
#[path = "parser/properties.rs"]
mod properties;

use news_card_parse::{parse, parse_bytes, slug, ParseError, ParsedArticle};

/// The real content, which editors change: only structural checks use it.
pub(crate) const CONTENT: &str = include_str!("../content/articles.txt");

/// A copy of the first two articles the project published, for the exact-output tests.
const SEED: &str = include_str!("fixtures/valid/seed.txt");

pub(crate) fn fixture(path: &str) -> String {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|err| panic!("{full}: {err}"))
}

fn error_of(path: &str) -> ParseError {
    parse(&fixture(path)).expect_err(path)
}

#[test]
fn the_content_file_parses_into_complete_articles() {
    let articles = parse(CONTENT).unwrap_or_else(|err| panic!("content/articles.txt: {err}"));
    assert!(!articles.is_empty(), "no articles");
    for article in &articles {
        let at = format!("content/articles.txt:{}", article.line);
        assert!(!article.headline.trim().is_empty(), "{at}: no headline");
        assert!(!article.slug.is_empty(), "{at}: no link id");
        assert!(!article.caption.is_empty(), "{at}: no caption");
        assert!(!article.paragraphs.is_empty(), "{at}: no body");
    }
}

#[test]
fn the_seed_fixture_has_its_two_articles() {
    let articles = parse(SEED).unwrap();
    let headlines: Vec<&str> = articles.iter().map(|a| a.headline.as_str()).collect();
    assert_eq!(
        headlines,
        [
            "Biden Orders US to Share Russian War Crimes Evidence with ICC",
            "Iran to Hold Run-off Presidential Election",
        ]
    );
    assert_eq!(articles[0].line, 1);
    assert_eq!(articles[1].line, 42);
}

#[test]
fn a_repeated_caption_line_is_kept_once_and_its_credit_split_off() {
    let biden = &parse(SEED).unwrap()[0];
    assert_eq!(
        biden.caption,
        ["US President Joe Biden speaks at a proclamation signing ceremony in the Indian Treaty \
          Room of the Eisenhower Executive Office Building, next to the White House in \
          Washington, DC on July 25, 2023."]
    );
    assert_eq!(biden.credit.as_deref(), Some("Mandel NGAN / AFP"));
}

#[test]
fn a_caption_line_that_joins_the_others_is_dropped() {
    let iran = &parse(SEED).unwrap()[1];
    assert_eq!(
        iran.caption,
        [
            "(COMBO) This combination of pictures created on June 29, 2024 shows (FILES) Iranian \
             presidential candidate and ultraconservative former nuclear negotiator Saeed Jalili (L).",
            "(FILES) Massoud Pezeshkian, reformist candidate.",
        ]
    );
    assert_eq!(iran.credit.as_deref(), Some("ATTA KENARE / AFP"));
}

#[test]
fn the_body_is_every_paragraph_once_with_exact_characters() {
    let articles = parse(SEED).unwrap();
    let (biden, iran) = (&articles[0], &articles[1]);
    assert_eq!(biden.paragraphs.len(), 14);
    assert_eq!(iran.paragraphs.len(), 11);
    assert!(biden.paragraphs[0].starts_with("US President Joe Biden has ordered"));
    assert_eq!(
        biden.paragraphs[13],
        "A successful war crimes prosecution requires a high standard of proof, in a situation \
         where access to suspects and crime scenes is often restricted and there is overlapping \
         jurisdiction between national and international courts."
    );
    assert!(biden.paragraphs[5].starts_with("\"Since the beginning of Russia\u{2019}s assault"));
    assert_eq!(
        iran.paragraphs[10],
        "Raisi, 63, died in a May 19 helicopter crash that also killed the country\u{2019}s \
         foreign minister and others."
    );
    assert!(
        iran.paragraphs[6].contains("the country's Guardian Council"),
        "straight quote kept"
    );
    for article in &articles {
        for paragraph in &article.paragraphs {
            assert_ne!(paragraph, &article.headline);
            assert_ne!(paragraph, "TT");
            assert!(!article
                .caption
                .iter()
                .any(|c| paragraph.contains(c.as_str())));
        }
        let mut distinct = article.paragraphs.clone();
        distinct.dedup();
        assert_eq!(
            distinct.len(),
            article.paragraphs.len(),
            "no paragraph twice"
        );
    }
}

#[test]
fn slugs_are_stable_link_ids() {
    let articles = parse(SEED).unwrap();
    assert_eq!(
        articles[0].slug,
        "biden-orders-us-to-share-russian-war-crimes-evidence-with-icc"
    );
    assert_eq!(
        articles[1].slug,
        "iran-to-hold-run-off-presidential-election"
    );
    assert_eq!(slug("  Ünïcode — «quotes» 2024!  "), "n-code-quotes-2024");
    assert_eq!(slug("Ирана"), "");
}

#[test]
fn windows_line_endings_and_a_byte_order_mark_parse_the_same() {
    let crlf = format!("\u{feff}{}", SEED.replace('\n', "\r\n"));
    assert_eq!(parse(&crlf).unwrap(), parse(SEED).unwrap());
}

#[test]
fn wrapped_paragraphs_are_joined_and_a_caption_may_lack_a_credit() {
    let articles = parse(&fixture("valid/wrapped.txt")).unwrap();
    assert_eq!(
        articles[0].paragraphs,
        [
            "A paragraph written over three lines by an editor.",
            "Second paragraph."
        ]
    );
    assert_eq!(articles[0].caption, ["Caption without a credit."]);
    assert_eq!(articles[0].credit, None);
}

#[test]
fn markup_in_the_source_is_kept_as_text() {
    let article: &ParsedArticle = &parse(&fixture("valid/markup.txt")).unwrap()[0];
    assert_eq!(article.headline, "<script>alert(\"x\")</script> & friends");
    assert_eq!(article.caption, ["A caption with &amp; and <b>tags</b>."]);
    assert_eq!(
        article.credit.as_deref(),
        Some("Ann &amp; Bo / <i>Agency</i>")
    );
    assert_eq!(
        article.paragraphs,
        ["Body with <em>markup</em> &amp; entities."]
    );
}

/// Each malformed fixture, the line its error names, and words its message must contain.
const MALFORMED: &[(&str, usize, &str)] = &[
    ("empty.txt", 1, "empty"),
    ("blank-only.txt", 1, "empty"),
    (
        "no-marker.txt",
        5,
        "the headline comes again after the caption",
    ),
    ("no-caption.txt", 2, "no caption block"),
    ("headline-not-repeated.txt", 6, "headline not repeated"),
    (
        "caption-differs.txt",
        10,
        "caption block after the `TT` marker differs",
    ),
    ("no-body.txt", 1, "no body"),
    (
        "nothing-after-marker.txt",
        4,
        "nothing after the `TT` marker",
    ),
    ("second-marker.txt", 11, "second `TT` marker"),
    ("two-line-headline.txt", 2, "single line"),
    ("duplicate-headline.txt", 14, "duplicate headline"),
    ("empty-credit.txt", 3, "empty photo credit"),
    ("bad-date.txt", 2, "not an ISO 8601 date"),
    ("date-without-zone.txt", 2, "time zone"),
    ("impossible-date.txt", 3, "has no day 30"),
    ("http-link.txt", 2, "not an absolute https: address"),
    ("relative-link.txt", 2, "not an absolute https: address"),
    (
        "unknown-metadata.txt",
        2,
        "only `Published: …`, `Link: …` and `Tab: …`",
    ),
    ("second-published.txt", 3, "a second `Published:` line"),
    (
        "plain-no-caption.txt",
        1,
        "no caption block after the headline",
    ),
    ("plain-no-body.txt", 1, "no body"),
    ("metadata-in-seed.txt", 2, "go in the plain form"),
    ("empty-tab.txt", 2, "`Tab:` is empty"),
    ("control-character.txt", 5, "control character (U+001E)"),
];

#[test]
fn every_malformed_fixture_names_its_line_and_problem() {
    for (name, line, words) in MALFORMED {
        let err = error_of(&format!("malformed/{name}"));
        assert_eq!(err.line, *line, "{name}: {err}");
        assert!(err.message.contains(words), "{name}: {err}");
    }
}

#[test]
fn every_malformed_fixture_is_covered() {
    let dir = format!("{}/tests/fixtures/malformed", env!("CARGO_MANIFEST_DIR"));
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = MALFORMED.iter().map(|(n, _, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn the_build_message_names_the_file_and_line() {
    let err = error_of("malformed/no-body.txt");
    assert_eq!(
        err.display_for("content/articles.txt"),
        format!("content/articles.txt:1: {}", err.message)
    );
}

#[test]
fn invalid_utf8_is_reported_with_its_line() {
    let mut bytes = b"Headline\n\nCaption\n".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
    let err = parse_bytes(&bytes).unwrap_err();
    assert_eq!(err.line, 4);
    assert!(err.message.contains("UTF-8"));
}

/// The build step on `content` in `language`, as `build.rs` runs it: the Rust source it embeds,
/// or the message that stops the build (which `build.rs` prints once, as cargo's error).
pub(crate) fn build_in(content: &[u8], language: &str) -> Result<String, String> {
    news_card_parse::build(
        ("content/articles.txt", content),
        ("content/language.txt", language),
    )
}

#[test]
fn malformed_content_fails_the_build_naming_the_file_and_line() {
    let error = build_in(
        fixture("malformed/headline-not-repeated.txt").as_bytes(),
        "en\n",
    )
    .unwrap_err();
    assert!(
        error.starts_with("content/articles.txt:6: headline not repeated after the `TT` marker"),
        "{error}"
    );
    assert!(build_in(CONTENT.as_bytes(), "en\n").is_ok());
}

#[test]
fn the_plain_form_writes_each_thing_once_with_optional_metadata() {
    let articles = parse(&fixture("valid/plain.txt")).unwrap();
    let (bridge, library) = (&articles[0], &articles[1]);
    assert_eq!(bridge.headline, "Harbour Bridge Reopens After Repairs");
    assert_eq!(
        bridge.caption,
        [
            "Cyclists cross the Harbour Bridge on its first morning back in service.",
            "The bridge was closed for eleven weeks.",
        ]
    );
    assert_eq!(bridge.credit.as_deref(), Some("Ana Ruiz / City Desk"));
    assert_eq!(
        bridge.paragraphs,
        [
            "The Harbour Bridge reopened on Monday after eleven weeks of repairs.",
            "\u{201c}It\u{2019}s good to have it back,\u{201d} said one commuter who crosses it every day.",
        ]
    );
    assert_eq!(bridge.published.as_deref(), Some("2026-11-20T09:30Z"));
    assert_eq!(
        bridge.link.as_deref(),
        Some("https://news.example/city/harbour-bridge")
    );
    assert_eq!(bridge.tab.as_deref(), Some("Bridge reopens"));
    assert_eq!(library.tab, None);
    assert_eq!((bridge.line, library.line), (1, 16));
    assert_eq!(
        library.caption,
        ["Readers in the main hall of the central library."]
    );
    assert_eq!(library.credit, None);
    assert_eq!(
        (library.published.as_deref(), library.link.as_deref()),
        (None, None)
    );
}

#[test]
fn both_forms_live_in_one_file_and_the_seed_articles_stay_as_they_were() {
    let seed = parse(SEED).unwrap();
    let mixed = parse(&format!("{SEED}\n\n\n{}", fixture("valid/plain.txt"))).unwrap();
    assert_eq!(
        mixed[..seed.len()],
        seed[..],
        "the seed articles parse as before"
    );
    assert!(seed
        .iter()
        .all(|a| a.published.is_none() && a.link.is_none()));
    let headlines: Vec<&str> = mixed[seed.len()..]
        .iter()
        .map(|a| a.headline.as_str())
        .collect();
    assert_eq!(
        headlines,
        [
            "Harbour Bridge Reopens After Repairs",
            "Library Extends Opening Hours"
        ]
    );
}

#[test]
fn a_seed_article_missing_its_marker_is_told_apart_from_a_plain_one() {
    let err = error_of("malformed/no-marker.txt");
    assert!(err.message.contains("`TT`"), "{err}");
}
