//! What `dist/` publishes about the element, generated at build time from [`crate::contract`]
//! (feature `ssr`, native only, run by the build program's publish stage, `xtask/`): the constants module the loader
//! imports, the TypeScript declarations, the Custom Elements Manifest and the npm package's
//! `package.json`. None of them is written by hand.

use serde::Serialize;
use serde_json::{json, Value};

use crate::{
    content::Content,
    contract::{
        change_detail, custom_state, file, mark, startup, Attribute, TabState, ARTICLE, ATTRIBUTES,
        CHANGE_EVENT, CLASS, CUSTOM_PROPERTIES, ERROR_EVENT, EVENTS, GLOBAL_ATTRIBUTES,
        HIDDEN_PANEL, LABEL, LOADING, NO_URL_UPDATE, PACKAGE_FILES, PARTS, READY_EVENT,
        READ_ONLY_PROPERTIES, STATE_ATTRIBUTE, TAB_KEYS, TAG,
    },
};

/// The npm package's version, description and licence: the crate's.
pub const PACKAGE_INFO: (&str, &str, &str) = (
    env!("CARGO_PKG_VERSION"),
    env!("CARGO_PKG_DESCRIPTION"),
    env!("CARGO_PKG_LICENSE"),
);

/// A 64-bit FNV-1a hash of `bytes`, in hexadecimal: the part of a content-hashed file name
/// (not a security measure: it only has to change when the file does).
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// What the loader knows of the content, as one string: the tab list's default name and the
/// line a card that cannot start shows (separated by U+001F), then each article's slug and
/// headline (U+001E before each, U+001F between). One string literal, so that the size gate
/// takes the content off the loader exactly (`tests/dist/size_budget.rs`).
pub fn loader_content(content: &Content) -> String {
    let mut text = format!("{}\u{1f}{}", content.words.tab_list, content.words.failure);
    for article in content.articles {
        text.push_str(&format!("\u{1e}{}\u{1f}{}", article.slug, article.headline));
    }
    text
}

/// The JavaScript module of contract constants `loader/news-card.js` imports (and the build
/// bundles into `news-card.js`): names, the served file names with their Subresource Integrity
/// hashes (wasm, stylesheet, no-script layout) and what the loader knows of the content
/// ([`loader_content`]). `served` gives the name a file of `dist/` is served under,
/// `integrity` its hash.
pub fn loader_contract(
    content: &Content,
    served: impl Fn(&str) -> String,
    integrity: impl Fn(&str) -> String,
) -> String {
    let tab_state = |state: TabState| {
        Value::Object(
            state
                .attributes()
                .into_iter()
                .map(|(name, value)| (name.to_owned(), json!(value)))
                .collect(),
        )
    };
    let mut constants: Vec<(String, Value)> = [
        ("TAG", json!(TAG)),
        ("ARTICLE", json!(ARTICLE.name)),
        ("LABEL", json!(LABEL.name)),
        ("NO_URL_UPDATE", json!(NO_URL_UPDATE.name)),
        ("LOADING", json!(LOADING.name)),
        (
            "OBSERVED_ATTRIBUTES",
            json!(ATTRIBUTES.iter().map(|a| a.name).collect::<Vec<_>>()),
        ),
        (
            "ATTRIBUTE_PROPERTIES",
            json!(ATTRIBUTES.iter().map(|a| a.property).collect::<Vec<_>>()),
        ),
        ("READY_EVENT", json!(READY_EVENT.name)),
        ("ERROR_EVENT", json!(ERROR_EVENT.name)),
        ("STYLESHEET", json!(served(file::STYLESHEET))),
        (
            "NOSCRIPT_STYLESHEET",
            json!(served(file::NOSCRIPT_STYLESHEET)),
        ),
        ("WASM", json!(served(file::WASM))),
        ("SNIPPET", json!(served(file::SNIPPET))),
        ("WASM_INTEGRITY", json!(integrity(file::WASM))),
        ("STYLESHEET_INTEGRITY", json!(integrity(file::STYLESHEET))),
        (
            "NOSCRIPT_INTEGRITY",
            json!(integrity(file::NOSCRIPT_STYLESHEET)),
        ),
        ("CONTENT", json!(loader_content(content))),
        ("TAB_SELECTED", tab_state(TabState::SELECTED)),
        ("TAB_UNSELECTED", tab_state(TabState::UNSELECTED)),
        ("HIDDEN_ATTRIBUTE", json!(HIDDEN_PANEL.0)),
        ("HIDDEN_VALUE", json!(HIDDEN_PANEL.1)),
        (
            "TAB_KEYS",
            Value::Object(
                TAB_KEYS
                    .iter()
                    .map(|k| {
                        let rule = json!({ "origin": k.origin.name(), "step": k.step });
                        (k.key.to_owned(), rule)
                    })
                    .collect(),
            ),
        ),
        ("STARTUP", startup_table()),
        ("STARTUP_EVENTS", json!(startup::EVENTS)),
        ("STATE_ATTRIBUTE", json!(STATE_ATTRIBUTE)),
        ("CUSTOM_STATE_READY", json!(custom_state::READY)),
        ("CUSTOM_STATE_FAILED", json!(custom_state::FAILED)),
        ("MARK_COMPILED", json!(mark::COMPILED)),
        ("MARK_INSTANTIATED", json!(mark::INSTANTIATED)),
        ("MARK_MOUNTED", json!(mark::MOUNTED)),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value))
    .collect();
    // Each state and event by name, so that a name the loader misspells fails its bundling.
    for (kind, names) in [("STATE", startup::STATES), ("EVENT", startup::EVENTS)] {
        for name in names {
            let constant = format!("{kind}_{}", name.to_uppercase().replace('-', "_"));
            constants.push((constant, json!(name)));
        }
    }
    let mut out = String::from(
        "// Generated from src/contract/mod.rs by the build (src/publish.rs): do not edit.\n",
    );
    for (name, value) in constants {
        out.push_str(&format!("export const {name} = {value};\n"));
    }
    out
}

/// The start-up's moves as the loader looks them up: `{ state: { event: next state } }`.
fn startup_table() -> Value {
    let mut table = serde_json::Map::new();
    for state in startup::STATES {
        let moves: serde_json::Map<String, Value> = startup::TRANSITIONS
            .iter()
            .filter(|t| t.from.contains(state))
            .map(|t| (t.event.to_owned(), json!(t.to)))
            .collect();
        table.insert((*state).to_owned(), Value::Object(moves));
    }
    Value::Object(table)
}

/// The property `attribute` reflects, as a TypeScript member.
fn attribute_member(attribute: &Attribute) -> String {
    format!(
        "  /** {} Reflects the `{}` attribute. */\n  {}: {};\n",
        attribute.description, attribute.name, attribute.property, attribute.type_text
    )
}

/// `news-card.d.ts`: the element class, its properties, the detail types and the event and
/// tag maps, so that `document.querySelector('news-card')!.article` and
/// `addEventListener('news-card-change', (e) => e.detail.slug)` type-check.
pub fn type_declarations() -> String {
    let mut members = String::new();
    for attribute in ATTRIBUTES {
        members.push_str(&attribute_member(attribute));
    }
    for attribute in GLOBAL_ATTRIBUTES {
        members.push_str(&format!(
            "  /** {} The global `{}` attribute. */\n  {}: {};\n",
            attribute.description, attribute.name, attribute.property, attribute.type_text
        ));
    }
    for property in READ_ONLY_PROPERTIES {
        members.push_str(&format!(
            "  /** {} */\n  readonly {}: {};\n",
            property.description, property.name, property.type_text
        ));
    }
    let mut events = String::new();
    for event in EVENTS {
        events.push_str(&format!(
            "  /** {} */\n  '{}': {};\n",
            event.description, event.name, event.type_text
        ));
    }
    format!(
        r#"// Generated from src/contract/mod.rs by the build (src/publish.rs): do not edit.

/** One article of the card, as `articles` lists it. */
export interface NewsCardArticle {{
  readonly slug: string;
  readonly headline: string;
}}

/** The `detail` of a `{change}` event. */
export interface NewsCardChangeDetail {{
{change_fields}}}

/** The `detail` of a `{error}` event. */
export interface NewsCardErrorDetail {{
  /** Why the card cannot start. */
  message: string;
}}

/** The events a `<{tag}>` dispatches (all bubble and are composed). */
export interface NewsCardEventMap {{
{events}}}

/** Every event a `<{tag}>` element hears. */
export interface {class}EventMap extends HTMLElementEventMap, NewsCardEventMap {{}}

/** The `<{tag}>` element: a tabbed news card. */
export declare class {class} extends HTMLElement {{
{members}  addEventListener<K extends keyof {class}EventMap>(
    type: K,
    listener: (this: {class}, event: {class}EventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof {class}EventMap>(
    type: K,
    listener: (this: {class}, event: {class}EventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}}

declare global {{
  interface HTMLElementTagNameMap {{
    '{tag}': {class};
  }}
  // The events bubble and are composed: the document and every ancestor hear them too.
  interface GlobalEventHandlersEventMap extends NewsCardEventMap {{}}
}}
"#,
        change = CHANGE_EVENT.name,
        change_fields = change_detail::ALL
            .iter()
            .map(|field| format!(
                "  /** {} */\n  {}: {};\n",
                field.description, field.name, field.type_text
            ))
            .collect::<String>(),
        error = ERROR_EVENT.name,
        tag = TAG,
        class = CLASS,
    )
}

mod api;
pub mod manifest;

pub use api::api_reference;

/// `custom-elements.json`, following the Custom Elements Manifest schema (version 2.1.0).
pub fn custom_elements_manifest() -> manifest::Package {
    use manifest::{
        Attribute, CustomElement, Described, Export, Field, Module, Package, Reference, Type, Typed,
    };
    let declaration = || Reference {
        name: CLASS,
        module: Some(file::LOADER),
    };
    let attributes = ATTRIBUTES
        .iter()
        .chain(GLOBAL_ATTRIBUTES)
        .map(|a| Attribute {
            name: a.name,
            kind: Type { text: a.type_text },
            description: a.description,
            field_name: a.property,
        })
        .collect();
    let members = ATTRIBUTES
        .iter()
        .map(|a| Field {
            kind: "field",
            name: a.property,
            type_text: Type { text: a.type_text },
            description: a.description,
            attribute: Some(a.name),
            reflects: Some(true),
            readonly: None,
        })
        .chain(READ_ONLY_PROPERTIES.iter().map(|p| Field {
            kind: "field",
            name: p.name,
            type_text: Type { text: p.type_text },
            description: p.description,
            attribute: None,
            reflects: None,
            readonly: Some(true),
        }))
        .collect();
    let described = |list: &[crate::contract::Styling]| {
        list.iter()
            .map(|item| Described {
                name: item.name,
                description: item.description,
            })
            .collect()
    };
    Package {
        schema_version: "2.1.0",
        readme: "README.md",
        modules: vec![Module {
            kind: "javascript-module",
            path: file::LOADER,
            declarations: vec![CustomElement {
                kind: "class",
                name: CLASS,
                description: "A tabbed news card: one tab per article, each with its headline, \
                              photo caption and credit, and body.",
                tag_name: TAG,
                custom_element: true,
                superclass: Reference {
                    name: "HTMLElement",
                    module: None,
                },
                attributes,
                members,
                events: EVENTS
                    .iter()
                    .map(|e| Typed {
                        name: e.name,
                        kind: Type { text: e.type_text },
                        description: e.description,
                    })
                    .collect(),
                css_parts: described(PARTS),
                css_properties: described(CUSTOM_PROPERTIES),
            }],
            exports: vec![
                Export {
                    kind: "js",
                    name: CLASS,
                    declaration: declaration(),
                },
                Export {
                    kind: "custom-element-definition",
                    name: TAG,
                    declaration: declaration(),
                },
            ],
        }],
    }
}

/// `package.json` for `dist/`, as a type.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PackageManifest {
    /// The package's name: the tag.
    pub name: &'static str,
    /// Its version, the crate's.
    pub version: String,
    /// What it is.
    pub description: String,
    /// Its licence.
    pub license: String,
    /// `module`: the loader is an ES module.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Its entry points.
    pub exports: Exports,
    /// The TypeScript declarations.
    pub types: &'static str,
    /// The Custom Elements Manifest.
    pub custom_elements: &'static str,
    /// The files the package holds, by their served names.
    pub files: Vec<String>,
    /// The files with side effects: the loader defines the element.
    pub side_effects: Vec<String>,
}

/// The `exports` of the package: the loader with its types, and every file by its path.
#[derive(Debug, Serialize)]
pub struct Exports {
    /// `.`: the loader (`types` first: resolvers read conditions in order).
    #[serde(rename = ".")]
    pub main: Conditions,
    /// `./*`: any file of the package.
    #[serde(rename = "./*")]
    pub files: &'static str,
}

/// The conditions of the package's main export.
#[derive(Debug, Serialize)]
pub struct Conditions {
    /// For TypeScript.
    pub types: String,
    /// For everyone else.
    pub default: String,
}

/// `package.json` for `dist/`, so that `npm pack dist/` is an installable package. `served`
/// gives the name a file of `dist/` is served under.
pub fn package_manifest(
    version: &str,
    description: &str,
    license: &str,
    served: impl Fn(&str) -> String,
) -> PackageManifest {
    PackageManifest {
        name: TAG,
        version: version.to_owned(),
        description: description.to_owned(),
        license: license.to_owned(),
        kind: "module",
        exports: Exports {
            main: Conditions {
                types: format!("./{}", file::TYPES),
                default: format!("./{}", file::LOADER),
            },
            files: "./*",
        },
        types: file::TYPES,
        custom_elements: file::MANIFEST,
        files: PACKAGE_FILES.iter().map(|file| served(file)).collect(),
        side_effects: vec![format!("./{}", file::LOADER)],
    }
}
