//! The content as the wasm embeds it: what the content crate writes (`parse/src/embedded.rs`)
//! is what the card reads back (`src/content.rs`), field for field, and what the build embedded
//! is the content file's.

use news_card::content::{self, Article};
use news_card_parse::{embedded::content_text, language, parse, readable_date, ParsedArticle};

use super::{fixture, CONTENT};

/// Checks that `read` is `parsed`, the dates written in `tag`.
fn assert_same(parsed: &[ParsedArticle], read: &[Article], tag: &str) {
    assert_eq!(parsed.len(), read.len());
    for (p, r) in parsed.iter().zip(read) {
        assert_eq!(p.slug, r.slug);
        assert_eq!(p.headline, r.headline);
        assert_eq!(p.tab.as_deref(), r.tab);
        assert_eq!(p.caption, r.caption);
        assert_eq!(p.credit.as_deref(), r.credit);
        assert_eq!(p.paragraphs, r.paragraphs);
        assert_eq!(p.link.as_deref(), r.link);
        assert_eq!(
            p.published.as_deref(),
            r.published.map(|published| published.datetime)
        );
        if let (Some(value), Some(published)) = (&p.published, r.published) {
            assert_eq!(readable_date(value, tag).unwrap(), published.text);
        }
    }
}

#[test]
fn what_the_build_writes_the_card_reads_back() {
    for (name, tag) in [
        ("valid/plain.txt", "en"),
        ("valid/seed.txt", "fr"),
        ("valid/markup.txt", "ar"),
        ("valid/arabic.txt", "ar"),
    ] {
        let parsed = parse(&fixture(name)).unwrap();
        let language = language(tag).unwrap();
        let text: &'static str = content_text(&parsed, &language).unwrap().leak();
        let read = content::read(text);
        assert_same(&parsed, read.articles, tag);
        assert_eq!(read.language, tag);
        assert_eq!(read.direction, language.direction);
        let words = &language.words;
        assert_eq!(read.words.full_story, words.full_story);
        assert_eq!(read.words.tab_list, words.tab_list);
        assert_eq!(read.words.failure, words.failure);
        assert_eq!(
            format!(
                "{}{{credit}}{}",
                read.words.credit_before, read.words.credit_after
            ),
            words.credit
        );
    }
}

#[test]
fn the_embedded_content_is_the_content_file() {
    let parsed = parse(CONTENT).unwrap();
    let source = include_str!("../../content/language.txt");
    let language = language(source).unwrap();
    assert_same(&parsed, content::articles(), &language.tag);
    assert_eq!(content::language(), language.tag);
    assert_eq!(content::direction(), language.direction);
    assert_eq!(content::words().full_story, language.words.full_story);
}

#[test]
fn an_empty_field_and_a_missing_one_read_the_same() {
    // The build always writes every field; a shorter record still reads, empty.
    let read = content::read("en\u{1f}ltr\u{1e}only-a-slug");
    assert_eq!(read.articles.len(), 1);
    assert_eq!(read.articles[0].slug, "only-a-slug");
    assert_eq!(read.articles[0].headline, "");
    assert!(read.articles[0].caption.is_empty());
    assert_eq!(read.articles[0].published, None);
    assert_eq!(read.words.full_story, "");
}
