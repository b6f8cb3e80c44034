//! The Custom Elements Manifest `dist/` ships, the README's browser policy and `docs/api.md`,
//! against the element as built and the contract.

use std::collections::BTreeSet;

use super::{last, open};
use crate::common::page::{click_tab, dist, once, root, served, FIRST_SHADOW};
use news_card::articles;
use news_card::contract::{file, BROWSER_POLICY, GLOBAL_ATTRIBUTES};
use serde_json::{json, Value};

/// The lists of the element's declaration in the manifest that the documentation covers.
const MANIFEST_LISTS: [&str; 5] = [
    "attributes",
    "members",
    "events",
    "cssParts",
    "cssProperties",
];

/// The Custom Elements Manifest `dist/` ships, parsed.
fn manifest() -> Value {
    let text = std::fs::read_to_string(dist().join("custom-elements.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The element's declaration in the manifest.
fn declaration(manifest: &Value) -> &Value {
    let declarations = manifest["modules"][0]["declarations"].as_array().unwrap();
    assert_eq!(declarations.len(), 1);
    &declarations[0]
}

/// The `name`s of a manifest list, as a set.
fn names(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap().to_owned())
        .collect()
}

fn strings(value: Value) -> BTreeSet<String> {
    serde_json::from_value(value).unwrap()
}

#[tokio::test]
async fn the_manifest_describes_the_element_as_built() {
    let manifest = manifest();
    assert_eq!(manifest["schemaVersion"], json!("2.1.0"));
    let element = declaration(&manifest);
    assert_eq!(element["tagName"], json!("news-card"));
    assert_eq!(element["customElement"], json!(true));
    for list in MANIFEST_LISTS {
        for item in element[list].as_array().unwrap() {
            let description = item["description"].as_str().unwrap_or_default();
            assert!(!description.is_empty(), "{list}: {item} has no description");
        }
    }

    let (browser, _server) = open("<news-card></news-card>", "").await;
    let class = "customElements.get('news-card')";
    // Every attribute is observed but the global ones the card reads when it starts.
    let observed = browser.eval(&format!("{class}.observedAttributes")).await;
    let mut listed = names(&element["attributes"]);
    for global in GLOBAL_ATTRIBUTES {
        assert!(
            listed.remove(global.name),
            "the manifest names `{}`",
            global.name
        );
    }
    assert_eq!(listed, strings(observed), "attributes");

    let accessors = browser
        .eval(&format!(
            "Object.entries(Object.getOwnPropertyDescriptors({class}.prototype))
               .filter(([, d]) => d.get).map(([name]) => name)"
        ))
        .await;
    assert_eq!(names(&element["members"]), strings(accessors), "properties");

    // Every part the manifest lists is on the card, and the card has no other.
    let parts = browser
        .eval(&format!(
            "[...{FIRST_SHADOW}.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part').split(' '))"
        ))
        .await;
    // Parts of what only some articles have are on the card only when one of them has it.
    let mut expected = names(&element["cssParts"]);
    if articles().iter().all(|a| a.credit.is_none()) {
        expected.remove("credit");
    }
    if articles().iter().all(|a| a.published.is_none()) {
        expected.remove("date");
    }
    if articles().iter().all(|a| a.link.is_none()) {
        expected.remove("link");
    }
    assert_eq!(expected, strings(parts), "parts");

    // Every custom property it lists is read by the card's stylesheet, and no other.
    let css = std::fs::read_to_string(dist().join(served(file::STYLESHEET))).unwrap();
    let read: BTreeSet<String> = css
        .match_indices("var(--news-card-")
        .map(|(at, _)| {
            let name = &css[at + 4..];
            name[..name.find([',', ')']).unwrap()].to_owned()
        })
        .collect();
    assert_eq!(names(&element["cssProperties"]), read, "custom properties");

    // Events: the ready event fired to get here; a click fires the change event; the error
    // event is what a card that cannot start dispatches (`host.rs`).
    browser.eval(&click_tab(FIRST_SHADOW, last())).await;
    browser.wait_for("changes.length === 1").await;
    let events = names(&element["events"]);
    let fired = ["news-card-ready", "news-card-change", "news-card-error"];
    assert_eq!(events, fired.iter().map(|e| e.to_string()).collect());
    let detail: BTreeSet<String> = browser
        .eval("Object.keys(changes[0])")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect();
    let types = std::fs::read_to_string(dist().join("news-card.d.ts")).unwrap();
    for key in &detail {
        assert!(
            types.contains(&format!("  {key}: ")),
            "NewsCardChangeDetail lacks {key}"
        );
    }
}

/// The README's browser support names the versions of the contract's policy, which a unit
/// test checks against the features the card needs.
#[test]
fn the_readme_states_the_browser_policy() {
    if once() {
        return;
    }
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let version = |(major, minor): (u32, u32)| match minor {
        0 => major.to_string(),
        minor => format!("{major}.{minor}"),
    };
    let policy = BROWSER_POLICY;
    let line = format!(
        "Chrome and Edge {}+, Firefox {}+ and Safari {}+",
        version(policy.chrome),
        version(policy.firefox),
        version(policy.safari)
    );
    let folded = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(folded.contains(&line), "README.md does not say \"{line}\"");
}

/// `docs/api.md` is what the contract generates, byte for byte. With
/// `NEWS_CARD_WRITE_DOCS=1` the test writes it first (after a change to the contract).
#[cfg(feature = "ssr")]
#[test]
fn docs_api_md_is_what_the_contract_generates() {
    if once() {
        return;
    }
    let path = root().join("docs/api.md");
    let generated = news_card::publish::api_reference();
    if std::env::var_os("NEWS_CARD_WRITE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/api.md is not what src/contract/mod.rs generates: run \
         `NEWS_CARD_WRITE_DOCS=1 cargo test --features ssr --test dist docs_api` and commit it"
    );
    // Everything the manifest lists is in it.
    let manifest = manifest();
    for list in MANIFEST_LISTS {
        for name in names(&declaration(&manifest)[list]) {
            assert!(
                committed.contains(&format!("`{name}`")),
                "docs/api.md lacks `{name}`"
            );
        }
    }
}
