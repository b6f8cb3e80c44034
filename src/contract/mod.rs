//! The `<news-card>` element's public contract, in one place: its tag, attributes,
//! properties, events, CSS parts and custom properties, the files `dist/` ships, the id scheme
//! and the shadow root's structure.
//!
//! Every side reads it: the components (parts, ids), the client mount (`embed`), the
//! build-time prerender, the loader (through the JavaScript module the prerender generates
//! from it) and the published types and Custom Elements Manifest (`src/publish.rs`, run by `xtask/`).
//! Plain data and pure functions, no view code.

/// The custom element's tag name.
pub const TAG: &str = "news-card";

/// The element class's name, in JavaScript and in the published types.
pub const CLASS: &str = "NewsCardElement";

/// One attribute of the element. Every attribute is live: a change applies at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribute {
    /// The attribute's name.
    pub name: &'static str,
    /// The property that reflects it.
    pub property: &'static str,
    /// The TypeScript type of the property.
    pub type_text: &'static str,
    /// What it does, for the manifest and the README.
    pub description: &'static str,
}

/// The `article` attribute: the selected article, by slug or 1-based position.
pub const ARTICLE: Attribute = Attribute {
    name: "article",
    property: "article",
    type_text: "string",
    description: "The selected article: its slug, or its position from 1. Setting it \
                  selects that article; an unknown value logs a console warning listing the \
                  valid slugs and leaves the selection as it is. Reading the property gives the \
                  selected article's slug.",
};

/// The `label` attribute: the tab list's accessible name.
pub const LABEL: Attribute = Attribute {
    name: "label",
    property: "label",
    type_text: "string",
    description: "The tab list's accessible name, in the page's language (default: the \
                  card's words for it in the content's language, `News articles` in English).",
};

/// The `no-url-update` attribute: selections leave the page's URL alone.
pub const NO_URL_UPDATE: Attribute = Attribute {
    name: "no-url-update",
    property: "noUrlUpdate",
    type_text: "boolean",
    description: "When present, selecting a tab never changes the page's URL. Without it, the \
                  URL fragment follows the selected article when it is empty or already names \
                  one of this card's panels.",
};

/// The `loading` attribute: when the card's WebAssembly is fetched.
pub const LOADING: Attribute = Attribute {
    name: "loading",
    property: "loading",
    type_text: "'eager' | 'lazy'",
    description: "`lazy`: the card's WebAssembly is fetched only when the card comes within \
                  about one viewport of the screen, or the reader points at, touches or \
                  focuses it. Meanwhile a prerendered card is readable and its tabs work; a \
                  bare one fetches `news-card.html` from beside `news-card.js` and shows its \
                  prerendered card the same way, as tall as the running card, so nothing moves \
                  when it starts (without that file it takes no room until it starts, and \
                  warns). `eager` (the default): at once; a bare eager card takes no room until \
                  the wasm has rendered it. Another value logs a console warning and means \
                  `eager`.",
};

/// Every attribute of the element, in the order the documentation lists them.
pub const ATTRIBUTES: &[Attribute] = &[ARTICLE, LABEL, NO_URL_UPDATE, LOADING];

/// The global attributes that carry a meaning of their own on the element. They are read when
/// the card starts (not observed), and their properties are the platform's own.
pub const GLOBAL_ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "id",
        property: "id",
        type_text: "string",
        description: "The prefix of the card's panel ids (`<id>-<slug>`), the targets of deep \
                      links; give each card its own. Without one, cards get `news-card`, \
                      `news-card-2`, … by their position on the page; a second card with an id \
                      another card holds gets `<id>-2` and a console warning. Read when the \
                      card starts.",
    },
    Attribute {
        name: "dir",
        property: "dir",
        type_text: "string",
        description: "The card's layout direction, `ltr` or `rtl` (`rtl` swaps ← and →); \
                      without it the card \
                      runs in its content's direction, whatever the page's. Read when the card \
                      starts.",
    },
];

/// A read-only property of the element (the attributes' properties are in [`ATTRIBUTES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Property {
    /// The property's name.
    pub name: &'static str,
    /// Its TypeScript type.
    pub type_text: &'static str,
    /// What it gives.
    pub description: &'static str,
}

/// The element's read-only properties.
pub const READ_ONLY_PROPERTIES: &[Property] = &[
    Property {
        name: "articles",
        type_text: "readonly NewsCardArticle[]",
        description: "The articles, in tab order: `{ slug, headline }` each.",
    },
    Property {
        name: "ready",
        type_text: "Promise<void>",
        description: "Resolves when the card runs (interactive and styled); rejects, with the \
                      reason, when it cannot start. The element then matches `:state(ready)` or \
                      `:state(failed)` (on a browser without custom states, \
                      `[data-news-card-state=ready]` or `[data-news-card-state=failed]`).",
    },
];

/// One event the element dispatches (all bubble and are composed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// The event's type.
    pub name: &'static str,
    /// Its TypeScript type.
    pub type_text: &'static str,
    /// When it fires and what it carries.
    pub description: &'static str,
}

/// The event of a selection by the reader.
pub const CHANGE_EVENT: Event = Event {
    name: "news-card-change",
    type_text: "CustomEvent<NewsCardChangeDetail>",
    description: "The reader selected another article, with a tab, a key or a followed link; \
                  `detail` says which (`NewsCardChangeDetail`). A selection made by script (the \
                  `article` attribute or property) does not fire it.",
};

/// One field of an event's `detail`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailField {
    /// Its name.
    pub name: &'static str,
    /// Its TypeScript type.
    pub type_text: &'static str,
    /// What it holds.
    pub description: &'static str,
}

/// The `detail` of [`CHANGE_EVENT`], field by field: the card fills it by these names, and the
/// published types and documents list them.
pub mod change_detail {
    use super::DetailField;

    /// The selected article's position.
    pub const INDEX: DetailField = DetailField {
        name: "index",
        type_text: "number",
        description: "The selected article's position, from 0.",
    };
    /// Its headline.
    pub const HEADLINE: DetailField = DetailField {
        name: "headline",
        type_text: "string",
        description: "Its headline.",
    };
    /// Its slug.
    pub const SLUG: DetailField = DetailField {
        name: "slug",
        type_text: "string",
        description: "Its slug, as the `article` attribute takes it.",
    };
    /// Its panel's id.
    pub const ID: DetailField = DetailField {
        name: "id",
        type_text: "string",
        description: "Its panel's id (`<prefix>-<slug>`), the target of deep links.",
    };
    /// What selected it.
    pub const CAUSE: DetailField = DetailField {
        name: "cause",
        type_text: "'reader' | 'link'",
        description: "`reader`: a tab or a key; `link`: a followed link.",
    };

    /// Every field, in the order the documents list them.
    pub const ALL: [DetailField; 5] = [INDEX, HEADLINE, SLUG, ID, CAUSE];
}

/// The event of a card that became interactive.
pub const READY_EVENT: Event = Event {
    name: "news-card-ready",
    type_text: "Event",
    description: "The card runs: it is interactive and shows styled.",
};

/// The event of a card that cannot start.
pub const ERROR_EVENT: Event = Event {
    name: "news-card-error",
    type_text: "CustomEvent<NewsCardErrorDetail>",
    description: "The card cannot start (a policy without 'wasm-unsafe-eval', a missing file, \
                  …); `detail.message` says why. A prerendered card then shows every article, \
                  a bare card one line saying the news could not load.",
};

/// Every event the element dispatches.
pub const EVENTS: &[Event] = &[CHANGE_EVENT, READY_EVENT, ERROR_EVENT];

mod files;
mod platform;
pub mod startup;
mod styling;
mod tabs;

pub use files::{file, hashed_name, is_hashed_name, HASHED_FILES, PACKAGE_FILES};
pub use platform::{PlatformFeature, Version, BROWSER_POLICY, PLATFORM_FEATURES};
pub use styling::{part, Styling, CUSTOM_PROPERTIES, PARTS};
pub use tabs::{Origin, TabKey, TabState, HIDDEN_PANEL, TAB_KEYS};

/// The `performance.mark` names the loader sets as the card starts, so that a page (and the
/// benchmark) can see where the time to a running card goes: the wasm compiled (it compiles
/// while it downloads), instantiated, and the first card mounted; `news-card-ready` follows once
/// it has hydrated.
pub mod mark {
    /// The wasm module is compiled.
    pub const COMPILED: &str = "news-card:compiled";
    /// The wasm module is instantiated and its glue ready.
    pub const INSTANTIATED: &str = "news-card:instantiated";
    /// The page's first card is mounted: it hydrates (or renders) from here.
    pub const MOUNTED: &str = "news-card:mounted";
}

/// The attribute that shows a card's `ready` or `failed` state on a browser without custom
/// states (`ElementInternals.states`), where `:state(…)` cannot match.
pub const STATE_ATTRIBUTE: &str = "data-news-card-state";

/// The custom states the element shows (`:state(ready)`, or [`STATE_ATTRIBUTE`]).
pub mod custom_state {
    /// The card runs: `ready` has resolved.
    pub const READY: &str = "ready";
    /// The card cannot start: `ready` has rejected.
    pub const FAILED: &str = "failed";
}

/// The attribute that marks the element a card is mounted in inside its shadow root; the
/// prerender writes it and the client looks for it to hydrate instead of rendering anew.
pub const ROOT_ATTRIBUTE: &str = "data-news-card-root";

/// The shadow root's children, in order, as the prerender writes them and the client builds
/// them: the card's stylesheet, the no-script layout (inside `<noscript>`, prerendered only)
/// and the mount point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShadowChild {
    /// `<link rel="stylesheet">` to this file of `dist/`.
    Stylesheet(&'static str),
    /// `<noscript><link rel="stylesheet"></noscript>` to this file of `dist/`.
    NoscriptStylesheet(&'static str),
    /// The `div` with [`ROOT_ATTRIBUTE`] the card renders into.
    Root,
}

/// The shadow root's structure.
pub const SHADOW_ROOT: &[ShadowChild] = &[
    ShadowChild::Stylesheet(file::STYLESHEET),
    ShadowChild::NoscriptStylesheet(file::NOSCRIPT_STYLESHEET),
    ShadowChild::Root,
];

/// The id prefix of the `ordinal`-th card on a page (0-based) when its element has no `id`:
/// `news-card`, `news-card-2`, `news-card-3`, …
///
/// ```
/// # use news_card::contract::default_prefix;
/// assert_eq!(default_prefix(0), "news-card");
/// assert_eq!(default_prefix(2), "news-card-3");
/// ```
pub fn default_prefix(ordinal: usize) -> String {
    match ordinal {
        0 => TAG.to_owned(),
        n => format!("{TAG}-{}", n + 1),
    }
}

/// The `id` of the panel that shows article `slug` in the card whose ids start with `prefix`:
/// `<prefix>-<slug>`, the target of deep links.
pub fn panel_id(prefix: &str, slug: &str) -> String {
    format!("{prefix}-{slug}")
}

/// The `id` of the tab that selects article `slug` in the card whose ids start with `prefix`.
pub fn tab_id(prefix: &str, slug: &str) -> String {
    format!("{prefix}-{slug}-tab")
}

/// The inverse of [`panel_id`]: the slug a panel id (or URL fragment, with or without `#`)
/// names in the card whose ids start with `prefix`, if it names one of that card's.
///
/// ```
/// # use news_card::contract::slug_of_panel_id;
/// assert_eq!(slug_of_panel_id("#top-floods", "top"), Some("floods"));
/// assert_eq!(slug_of_panel_id("top-floods", "top-2"), None);
/// ```
pub fn slug_of_panel_id<'a>(id: &'a str, prefix: &str) -> Option<&'a str> {
    id.trim_start_matches('#')
        .strip_prefix(prefix)?
        .strip_prefix('-')
        .filter(|slug| !slug.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selected_tab_has_both_tab_parts() {
        assert_eq!(
            part::SELECTED_TAB,
            format!("{} {}", part::TAB, part::TAB_SELECTED)
        );
    }

    #[test]
    fn ids_and_their_inverse_agree() {
        let id = panel_id("top", "floods-in-the-north");
        assert_eq!(slug_of_panel_id(&id, "top"), Some("floods-in-the-north"));
        assert_eq!(
            slug_of_panel_id(&format!("#{id}"), "top"),
            Some("floods-in-the-north")
        );
        assert_eq!(slug_of_panel_id(&id, "to"), None);
        assert_eq!(slug_of_panel_id("top-", "top"), None);
        assert_ne!(tab_id("top", "a"), panel_id("top", "a"));
    }

    #[test]
    fn every_name_is_unique() {
        let mut names: Vec<&str> = ATTRIBUTES.iter().map(|a| a.property).collect();
        names.extend(READ_ONLY_PROPERTIES.iter().map(|p| p.name));
        names.extend(
            ATTRIBUTES
                .iter()
                .map(|a| a.name)
                .filter(|n| !names.contains(n))
                .collect::<Vec<_>>(),
        );
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "{names:?}");
        for list in [PARTS, CUSTOM_PROPERTIES] {
            let mut names: Vec<&str> = list.iter().map(|s| s.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), list.len());
        }
    }
}
