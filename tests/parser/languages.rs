//! The language file, the card's own words in each language, and dates in each language: read
//! as ISO 8601 and written from CLDR's data. Expectations are written out here, as a reader of
//! each language would read them.

use news_card_parse::{
    check_date, direction, language, readable_date, shipped_languages, Language, CREDIT_SLOT,
};

use super::{build_in, CONTENT};

/// The languages the card must ship its words for.
const REQUIRED: [&str; 8] = ["en", "ar", "fr", "es", "de", "fa", "ru", "zh"];

fn tag(source: &str) -> String {
    language(source)
        .map(|l| l.tag)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_content_language_is_a_language_tag() {
    assert_eq!(tag("en\n"), "en");
    assert_eq!(tag("\u{feff}\n  pt-BR  \n"), "pt-BR");
    assert_eq!(tag("# the content's language\nzh-Hant-TW"), "zh-Hant-TW");
    let empty = language("\n\n").unwrap_err();
    assert_eq!(empty.line, 1);
    assert!(empty.message.contains("no language"), "{empty}");
    for bad in ["english", "e", "en_GB", "en-", "fr CA", "<b>"] {
        let error = language(&format!("\n{bad}\n")).unwrap_err();
        assert_eq!(error.line, 2, "{bad}");
        assert!(error.message.contains(bad), "{error}");
    }
}

#[test]
fn right_to_left_languages_are_told_apart() {
    for rtl in [
        "ar", "ar-EG", "he", "fa", "ur", "yi", "AR", "ku-Arab", "pa-Arab", "ckb", "dv",
    ] {
        assert_eq!(direction(rtl), "rtl", "{rtl}");
    }
    for ltr in ["en", "fr-CA", "zh-Hant", "ru", "arn", "hy", "ku", "pa"] {
        assert_eq!(direction(ltr), "ltr", "{ltr}");
    }
    assert_eq!(language("fa").unwrap().direction, "rtl");
}

#[test]
fn every_required_language_ships_its_words() {
    let shipped: Vec<&str> = shipped_languages().collect();
    for required in REQUIRED {
        assert!(shipped.contains(&required), "{required} is shipped");
    }
    let english = language("en").unwrap().words;
    for tag in shipped {
        let Language { words, .. } = language(tag).unwrap();
        for word in [
            &words.full_story,
            &words.tab_list,
            &words.failure,
            &words.credit,
        ] {
            assert!(!word.trim().is_empty(), "{tag}");
        }
        assert_eq!(words.credit.matches(CREDIT_SLOT).count(), 1, "{tag}");
        if tag != "en" {
            for (own, english) in [
                (&words.full_story, &english.full_story),
                (&words.tab_list, &english.tab_list),
                (&words.failure, &english.failure),
                (&words.credit, &english.credit),
            ] {
                assert_ne!(own, english, "{tag} has its own words");
            }
        }
    }
}

#[test]
fn each_language_has_its_own_words() {
    let words = |tag: &str| language(tag).unwrap().words;
    assert_eq!(words("en").full_story, "Full story");
    assert_eq!(words("en").tab_list, "News articles");
    assert_eq!(words("en").failure, "The news could not load.");
    assert_eq!(words("en").credit, "Photo by {credit}");
    assert_eq!(words("fr").full_story, "Lire l’article complet");
    assert_eq!(words("fr").credit, "Photo\u{a0}: {credit}");
    assert_eq!(words("ar").full_story, "القصة كاملة");
    assert_eq!(words("ar").failure, "تعذّر تحميل الأخبار.");
    assert_eq!(words("es").tab_list, "Noticias");
    assert_eq!(
        words("de").failure,
        "Die Nachrichten konnten nicht geladen werden."
    );
    assert_eq!(words("fa").tab_list, "اخبار");
    assert_eq!(words("ru").full_story, "Читать полностью");
    assert_eq!(words("zh").full_story, "阅读全文");
    // A region takes its language's words; Chinese in traditional characters its own.
    assert_eq!(words("fr-CA"), words("fr"));
    assert_eq!(words("es-MX"), words("es"));
    assert_eq!(words("zh-TW").full_story, "閱讀全文");
    assert_eq!(words("zh-Hant").full_story, "閱讀全文");
    assert_eq!(words("zh-Hans-HK"), words("zh"));
}

#[test]
fn an_editor_words_another_language_in_the_language_file() {
    let swahili = language(
        "sw\nfull-story: Habari kamili\ntab-list: Habari\n\
         failure: Habari hazikuweza kupakiwa.\ncredit: Picha: {credit}\n",
    )
    .unwrap();
    assert_eq!(swahili.tag, "sw");
    assert_eq!(swahili.words.full_story, "Habari kamili");
    assert_eq!(swahili.words.credit, "Picha: {credit}");
    // One word of a shipped language, worded otherwise; the others stay.
    let french = language("fr\ntab-list: À la une\n").unwrap();
    assert_eq!(french.words.tab_list, "À la une");
    assert_eq!(french.words.full_story, "Lire l’article complet");
}

#[test]
fn a_language_without_words_names_what_to_add() {
    let missing = language("sw\n").unwrap_err();
    assert_eq!(missing.line, 1);
    for line in [
        "full-story:",
        "tab-list:",
        "failure:",
        "credit:",
        "docs/editing.md",
    ] {
        assert!(missing.message.contains(line), "{missing}");
    }
    let partly = language("\nsw\nfull-story: Habari kamili\n").unwrap_err();
    assert_eq!(partly.line, 2);
    assert!(partly.message.contains("tab-list:"), "{partly}");
    assert!(!partly.message.contains("full-story:"), "{partly}");
}

#[test]
fn a_malformed_word_line_names_its_line() {
    let cases = [
        ("fr\nfull story: x\n", 2, "found \"full story: x\""),
        ("fr\ntab-list:\n", 2, "`tab-list:` is empty"),
        ("fr\ncredit: Photo\n", 2, "{credit} once"),
        (
            "fr\nfailure: a\nfailure: b\n",
            3,
            "a second `failure:` line",
        ),
    ];
    for (source, line, words) in cases {
        let error = language(source).unwrap_err();
        assert_eq!(error.line, line, "{source:?}: {error}");
        assert!(error.message.contains(words), "{source:?}: {error}");
    }
}

#[test]
fn a_language_without_words_fails_the_build_naming_its_file_and_line() {
    let error = build_in(CONTENT.as_bytes(), "\nsw\n").unwrap_err();
    assert!(
        error.starts_with("content/language.txt:2: the card has no words of its own in `sw`"),
        "{error}"
    );
    let error = build_in(CONTENT.as_bytes(), "\nEnglish\n").unwrap_err();
    assert!(
        error.starts_with("content/language.txt:2: `English` is not a language tag"),
        "{error}"
    );
}

/// A day and a moment with its offset, each language's reading of them, written out.
const DATES: &[(&str, &str, &str)] = &[
    (
        "en",
        "November 20, 2026",
        "March 1, 2026 at 6:05\u{202f}PM GMT+1",
    ),
    ("en-GB", "20 November 2026", "1 March 2026 at 18:05 GMT+1"),
    ("fr", "20 novembre 2026", "1 mars 2026 à 18:05 UTC+1"),
    (
        "ar",
        "20 نوفمبر 2026",
        "1 مارس 2026 في 6:05 م غرينتش\u{200e}+1",
    ),
    (
        "es",
        "20 de noviembre de 2026",
        "1 de marzo de 2026 a las 18:05 GMT+1",
    ),
    ("de", "20. November 2026", "1. März 2026 um 18:05 GMT+1"),
    // Persian is read in its own calendar (the Solar Hijri) and digits.
    (
        "fa",
        "۲۹ آبان ۱۴۰۵",
        "۱۰ اسفند ۱۴۰۴ ساعت ۱۸:۰۵ (\u{200e}+۱ گرینویچ)",
    ),
    (
        "ru",
        "20 ноября 2026\u{202f}г.",
        "1 марта 2026\u{202f}г. в 18:05 GMT+1",
    ),
    ("zh", "2026年11月20日", "2026年3月1日 GMT+1 18:05"),
];

#[test]
fn dates_read_in_each_language_from_cldr() {
    for &(tag, day, moment) in DATES {
        assert_eq!(readable_date("2026-11-20", tag).unwrap(), day, "{tag}");
        assert_eq!(
            readable_date("2026-03-01T18:05+01:00", tag).unwrap(),
            moment,
            "{tag}"
        );
    }
    // Seconds are read to the minute; an offset west of UTC, and UTC itself, are named.
    assert_eq!(
        readable_date("2026-11-20T09:30:15-05:00", "en-GB").unwrap(),
        "20 November 2026 at 09:30 GMT-5"
    );
    assert_eq!(
        readable_date("2026-11-20T09:30Z", "fr").unwrap(),
        "20 novembre 2026 à 09:30 UTC+0"
    );
}

#[test]
fn no_language_reads_a_date_as_iso() {
    for tag in shipped_languages() {
        for value in ["2026-11-20", "2026-11-20T09:30Z"] {
            let text = readable_date(value, tag).unwrap();
            for iso in ["2026-11-20", "2026-11", "11-20"] {
                assert!(!text.contains(iso), "{tag}: {text}");
            }
        }
    }
}

#[test]
fn dates_are_checked_on_the_calendar() {
    assert!(check_date("2024-02-29").is_ok(), "a leap day");
    assert!(check_date("2000-02-29").is_ok(), "a leap century");
    for (value, words) in [
        ("2026-02-29", "month 2 of 2026 has no day 29"),
        ("1900-02-29", "month 2 of 1900 has no day 29"),
        ("2026-04-31", "has no day 31"),
        ("2026-13-01", "there is no month 13"),
        ("2026-11-20T09:30", "add the time zone"),
        ("2026-11-20T25:30Z", "not an ISO 8601 date"),
        ("20 November 2026", "not an ISO 8601 date"),
        ("20261120", "not an ISO 8601 date"),
    ] {
        let error = check_date(value).unwrap_err();
        assert!(error.contains(words), "{value}: {error}");
    }
}
