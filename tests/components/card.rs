//! Browser tests of the card component: content, ARIA tabs pattern, mouse and keyboard.

use crate::common::dom::{
    click, focused, mount, mount_with, press, press_with, query, query_all, text,
};
use crate::common::fixtures::{NEWS, WORDS};
use news_card::{selection::Change, Article, NewsCardProps};
use wasm_bindgen_test::*;
use yew::{AttrValue, Callback};

#[wasm_bindgen_test]
async fn every_article_is_shown_exactly_as_parsed() {
    let card = mount().await;
    assert_eq!(card.tabs().len(), NEWS.len());
    for (index, article) in NEWS.iter().enumerate() {
        click(&card.tabs()[index]).await;
        let panel = &card.panels()[index];
        assert_eq!(text(&card.tabs()[index]), article.headline);

        let headline = query(panel, "h2").expect("a headline heading");
        assert_eq!(headline.text_content().unwrap(), article.headline);

        let figcaption = query(panel, "figure > figcaption").expect("a figure with a figcaption");
        let caption = text(&figcaption);
        for piece in article.caption {
            assert_eq!(
                caption.matches(piece).count(),
                1,
                "caption piece once: {piece}"
            );
        }
        let credit = query(&figcaption, ".news-card__credit").expect("a credit");
        assert_eq!(
            credit.text_content().unwrap(),
            format!(
                "{}{}{}",
                WORDS.credit_before,
                article.credit.unwrap(),
                WORDS.credit_after
            )
        );

        let paragraphs: Vec<String> = query_all(panel, "[part=body] p")
            .iter()
            .map(|p| p.text_content().unwrap())
            .collect();
        assert_eq!(paragraphs, article.paragraphs);

        let whole = text(panel);
        assert_eq!(whole.matches(article.headline).count(), 1, "headline once");
        assert!(!whole.split(' ').any(|word| word == "TT"), "no TT marker");
    }
}

#[wasm_bindgen_test]
async fn curly_quotes_reach_the_reader() {
    let card = mount().await;
    let all = text(&card.container);
    assert!(all.contains("\u{201c}It\u{2019}s good to have it back,\u{201d}"));
    assert!(
        !all.contains('"') && !all.contains('\''),
        "no straightened quotes"
    );
}

#[wasm_bindgen_test]
async fn tabs_follow_the_aria_pattern() {
    let card = mount().await;
    let tablist = card.tablist();
    assert!(!tablist
        .get_attribute("aria-label")
        .unwrap_or_default()
        .is_empty());

    let tabs = card.tabs();
    let panels = card.panels();
    assert_eq!(tabs.len(), panels.len());
    for (tab, panel) in tabs.iter().zip(&panels) {
        assert_eq!(tab.parent_element().as_ref(), Some(tablist.as_ref()));
        assert_eq!(tab.get_attribute("aria-controls").unwrap(), panel.id());
        assert_eq!(panel.get_attribute("aria-labelledby").unwrap(), tab.id());
        assert_eq!(panel.get_attribute("tabindex").as_deref(), Some("0"));
    }
    assert_eq!(card.selected(), 0);
    assert_eq!(card.visible_panels(), vec![0]);
    assert_eq!(tabs[0].get_attribute("tabindex").as_deref(), Some("0"));
    for tab in &tabs[1..] {
        assert_eq!(tab.get_attribute("tabindex").as_deref(), Some("-1"));
        assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("false"));
    }
}

#[wasm_bindgen_test]
async fn the_visible_panel_follows_the_tab_list_in_tab_order() {
    let card = mount().await;
    let in_tab_order: Vec<String> = query_all(&card.container, "[tabindex]")
        .iter()
        .filter(|e| e.tab_index() >= 0 && !e.hidden())
        .map(|e| e.id())
        .collect();
    let tabs = card.tabs();
    let panels = card.panels();
    assert_eq!(in_tab_order, vec![tabs[0].id(), panels[0].id()]);
}

#[wasm_bindgen_test]
async fn clicking_a_tab_selects_its_article() {
    let card = mount().await;
    for index in (0..NEWS.len()).rev() {
        click(&card.tabs()[index]).await;
        assert_eq!(card.selected(), index);
        assert_eq!(card.visible_panels(), vec![index]);
        let tabs = card.tabs();
        for (i, tab) in tabs.iter().enumerate() {
            let expected = if i == index { "0" } else { "-1" };
            assert_eq!(tab.get_attribute("tabindex").as_deref(), Some(expected));
        }
    }
}

#[wasm_bindgen_test]
async fn arrow_keys_move_selection_and_focus_and_wrap() {
    let card = mount().await;
    let count = NEWS.len();
    card.tabs()[0].focus().unwrap();

    assert!(press(&card.tabs()[0], "ArrowRight").await);
    assert_eq!(card.selected(), 1);
    assert_eq!(card.visible_panels(), vec![1]);
    assert_eq!(focused().map(|e| e.id()), Some(card.tabs()[1].id()));

    let mut at = 1;
    for _ in 0..count {
        press(&card.tabs()[at], "ArrowRight").await;
        at = (at + 1) % count;
    }
    assert_eq!(
        card.selected(),
        1,
        "ArrowRight wraps from the last tab to the first"
    );

    press(&card.tabs()[1], "ArrowLeft").await;
    press(&card.tabs()[0], "ArrowLeft").await;
    assert_eq!(
        card.selected(),
        count - 1,
        "ArrowLeft wraps from the first tab to the last"
    );
    assert_eq!(focused().map(|e| e.id()), Some(card.tabs()[count - 1].id()));
}

#[wasm_bindgen_test]
async fn home_and_end_jump_to_the_ends() {
    let card = mount().await;
    let last = NEWS.len() - 1;
    assert!(press(&card.tabs()[0], "End").await);
    assert_eq!(card.selected(), last);
    assert_eq!(focused().map(|e| e.id()), Some(card.tabs()[last].id()));
    assert!(press(&card.tabs()[last], "Home").await);
    assert_eq!(card.selected(), 0);
    assert_eq!(focused().map(|e| e.id()), Some(card.tabs()[0].id()));
}

#[wasm_bindgen_test]
async fn vertical_arrows_and_other_keys_are_left_to_the_page() {
    let card = mount().await;
    for key in ["ArrowUp", "ArrowDown", "Tab", "a", "Enter"] {
        assert!(!press(&card.tabs()[0], key).await, "{key} is not cancelled");
        assert_eq!(card.selected(), 0, "{key} does not change the selection");
    }
}

/// Three articles, so that "next" and "previous" land on different tabs.
static THREE: &[Article] = &[
    Article {
        slug: "one",
        headline: "One",
        tab: None,
        caption: &["First."],
        credit: None,
        paragraphs: &["1"],
        published: None,
        link: None,
    },
    Article {
        slug: "two",
        headline: "Two",
        tab: None,
        caption: &["Second."],
        credit: None,
        paragraphs: &["2"],
        published: None,
        link: None,
    },
    Article {
        slug: "three",
        headline: "Three",
        tab: None,
        caption: &["Third."],
        credit: None,
        paragraphs: &["3"],
        published: None,
        link: None,
    },
];

#[wasm_bindgen_test]
async fn arrows_step_one_tab_each_way_among_three() {
    let card = mount_with(yew::props!(NewsCardProps { articles: THREE }), &[]).await;
    press(&card.tabs()[0], "ArrowRight").await;
    assert_eq!(card.selected(), 1);
    press(&card.tabs()[1], "ArrowRight").await;
    assert_eq!(card.selected(), 2);
    press(&card.tabs()[2], "ArrowRight").await;
    assert_eq!(card.selected(), 0, "→ wraps to the first");
    press(&card.tabs()[0], "ArrowLeft").await;
    assert_eq!(card.selected(), 2, "← wraps to the last");
    press(&card.tabs()[2], "ArrowLeft").await;
    assert_eq!(card.selected(), 1);
    assert_eq!(focused().map(|e| e.id()), Some(card.tabs()[1].id()));
}

#[wasm_bindgen_test]
async fn keys_with_alt_ctrl_or_meta_stay_the_browser_s() {
    let card = mount().await;
    for set in [
        web_sys::KeyboardEventInit::set_alt_key,
        web_sys::KeyboardEventInit::set_ctrl_key,
        web_sys::KeyboardEventInit::set_meta_key,
    ] {
        for key in ["ArrowRight", "ArrowLeft", "End"] {
            let init = web_sys::KeyboardEventInit::new();
            set(&init, true);
            assert!(
                !press_with(&card.tabs()[0], key, init).await,
                "{key} not cancelled"
            );
            assert_eq!(card.selected(), 0, "{key} with a modifier changes nothing");
        }
    }
}

#[wasm_bindgen_test]
async fn right_to_left_swaps_the_arrows() {
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: THREE,
            dir: "rtl"
        }),
        &[],
    )
    .await;
    press(&card.tabs()[0], "ArrowLeft").await;
    assert_eq!(card.selected(), 1, "← moves on in right-to-left text");
    press(&card.tabs()[1], "ArrowLeft").await;
    assert_eq!(card.selected(), 2);
    press(&card.tabs()[2], "ArrowRight").await;
    assert_eq!(card.selected(), 1, "→ moves back in right-to-left text");
    press(&card.tabs()[1], "Home").await;
    assert_eq!(card.selected(), 0);
}

#[wasm_bindgen_test]
async fn the_reader_s_changes_are_reported_once_each() {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let on_change = {
        let seen = seen.clone();
        Callback::from(move |change: Change| {
            assert_eq!(
                change.article, &NEWS[change.index],
                "the selected article itself"
            );
            seen.borrow_mut().push(change.index);
        })
    };
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: NEWS,
            on_change
        }),
        &[],
    )
    .await;
    assert!(seen.borrow().is_empty(), "no event for the first render");
    click(&card.tabs()[1]).await;
    click(&card.tabs()[1]).await;
    press(&card.tabs()[1], "Home").await;
    assert_eq!(*seen.borrow(), vec![1, 0]);
}

#[wasm_bindgen_test]
async fn initial_selects_an_article_and_is_clamped() {
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: NEWS,
            initial: 1
        }),
        &[],
    )
    .await;
    assert_eq!(card.selected(), 1);
    drop(card);
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: NEWS,
            initial: 99
        }),
        &[],
    )
    .await;
    assert_eq!(card.selected(), NEWS.len() - 1);
}

#[wasm_bindgen_test]
async fn ids_carry_the_prefix() {
    let id_prefix = AttrValue::from("second");
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: NEWS,
            id_prefix
        }),
        &[],
    )
    .await;
    assert_eq!(card.panels()[0].id(), format!("second-{}", NEWS[0].slug));
    assert_eq!(card.tabs()[0].id(), format!("second-{}-tab", NEWS[0].slug));
}

static MARKUP: &[Article] = &[
    Article {
        slug: "markup",
        headline: "<b>Bold</b> & bright",
        tab: None,
        caption: &["<img src=x onerror=alert(1)>"],
        credit: Some("A &amp; B"),
        paragraphs: &["<script>alert(1)</script> &amp; more"],
        published: None,
        link: None,
    },
    Article {
        slug: "plain",
        headline: "Plain",
        tab: None,
        caption: &["Plain caption."],
        credit: None,
        paragraphs: &["Plain text."],
        published: None,
        link: None,
    },
];

#[wasm_bindgen_test]
async fn text_that_looks_like_html_is_shown_as_text() {
    let card = mount_with(yew::props!(NewsCardProps { articles: MARKUP }), &[]).await;
    let panel = &card.panels()[0];
    assert!(
        query(panel, "script, img, b").is_none(),
        "nothing interpreted as markup"
    );
    assert_eq!(
        query(panel, "h2").unwrap().text_content().unwrap(),
        "<b>Bold</b> & bright"
    );
    assert_eq!(
        query(panel, "p").unwrap().text_content().unwrap(),
        "<script>alert(1)</script> &amp; more"
    );
    assert_eq!(
        query(panel, ".news-card__credit")
            .unwrap()
            .text_content()
            .unwrap(),
        "Photo by A &amp; B"
    );
    assert!(text(panel).contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn a_caption_without_credit_shows_no_credit() {
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: MARKUP,
            initial: 1
        }),
        &[],
    )
    .await;
    let panel = &card.panels()[1];
    assert!(query(panel, ".news-card__credit").is_none());
    assert_eq!(text(&query(panel, "figcaption").unwrap()), "Plain caption.");
}

#[wasm_bindgen_test]
async fn an_article_with_a_date_and_a_link_shows_both_and_one_without_neither() {
    let card = mount().await;
    for (index, article) in NEWS.iter().enumerate() {
        let panel = &card.panels()[index];
        let time = query(panel, "time[part=date]");
        let link = query(panel, "a[part=link]");
        match article.published {
            Some(published) => {
                let time = time.expect("a time element");
                assert_eq!(
                    time.get_attribute("datetime").as_deref(),
                    Some(published.datetime)
                );
                assert_eq!(time.text_content().unwrap(), published.text);
            }
            None => assert!(time.is_none(), "{}: no date", article.headline),
        }
        match article.link {
            Some(href) => {
                let link = link.expect("a link to the full story");
                assert_eq!(link.get_attribute("href").as_deref(), Some(href));
                assert_eq!(link.text_content().unwrap(), WORDS.full_story);
            }
            None => assert!(link.is_none(), "{}: no link", article.headline),
        }
    }
    assert!(
        NEWS.iter()
            .any(|a| a.published.is_some() && a.link.is_some()),
        "the fixture has a dated, linked article"
    );
}
