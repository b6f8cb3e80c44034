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
    description: "The tab list's accessible name, in the page's language (default \
                  \"News articles\").",
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

/// The tab list's accessible name when the element has no `label`.
pub const DEFAULT_LABEL: &str = "News articles";

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
    description: "The reader selected another article, with a tab, a key or a followed link. \
                  `detail` is `{ index, headline, slug, id, cause }`: `index` from 0, `id` the \
                  panel's id, `cause` `\"reader\"` or `\"link\"`. A selection made by script \
                  (the `article` attribute or property) does not fire it.",
};

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

/// One CSS part (`news-card::part(name)`) or custom property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styling {
    /// The part's name, or the custom property's (with its `--`).
    pub name: &'static str,
    /// What it styles.
    pub description: &'static str,
}

/// The part names, as the components write them.
pub mod part {
    /// The card's root block.
    pub const CARD: &str = "card";
    /// The row of tabs.
    pub const TABLIST: &str = "tablist";
    /// Every tab.
    pub const TAB: &str = "tab";
    /// The selected tab (also a `tab`).
    pub const TAB_SELECTED: &str = "tab-selected";
    /// The `part` attribute of the selected tab: [`TAB`] and [`TAB_SELECTED`].
    pub const SELECTED_TAB: &str = "tab tab-selected";
    /// Every article's panel.
    pub const PANEL: &str = "panel";
    /// A panel's headline.
    pub const HEADLINE: &str = "headline";
    /// A panel's photo caption (a `figure`).
    pub const CAPTION: &str = "caption";
    /// The photo credit in a caption.
    pub const CREDIT: &str = "credit";
    /// A panel's paragraphs.
    pub const BODY: &str = "body";
    /// A panel's publication date (a `time`), when the article has one.
    pub const DATE: &str = "date";
    /// A panel's link to the full story, when the article has one.
    pub const LINK: &str = "link";
}

/// Every CSS part.
pub const PARTS: &[Styling] = &[
    Styling {
        name: part::CARD,
        description: "The card's root block.",
    },
    Styling {
        name: part::TABLIST,
        description: "The row of tabs.",
    },
    Styling {
        name: part::TAB,
        description: "Every tab.",
    },
    Styling {
        name: part::TAB_SELECTED,
        description: "The selected tab (also a `tab`).",
    },
    Styling {
        name: part::PANEL,
        description: "Every article's panel.",
    },
    Styling {
        name: part::HEADLINE,
        description: "A panel's headline (an `h2`).",
    },
    Styling {
        name: part::CAPTION,
        description: "A panel's photo caption (a `figure`).",
    },
    Styling {
        name: part::CREDIT,
        description: "The photo credit in a caption.",
    },
    Styling {
        name: part::BODY,
        description: "A panel's paragraphs.",
    },
    Styling {
        name: part::DATE,
        description: "A panel's publication date (a `time`), for articles that have one.",
    },
    Styling {
        name: part::LINK,
        description: "A panel's \"Full story\" link, for articles that have one.",
    },
];

/// The text of a panel's link to the full story.
pub const FULL_STORY_TEXT: &str = "Full story";

/// Every custom property the card reads, set on the element or an ancestor.
pub const CUSTOM_PROPERTIES: &[Styling] = &[
    Styling {
        name: "--news-card-accent",
        description: "Selected-tab indicator and focus ring.",
    },
    Styling {
        name: "--news-card-background",
        description: "The card's background.",
    },
    Styling {
        name: "--news-card-tab-background",
        description: "The tab row's background.",
    },
    Styling {
        name: "--news-card-text",
        description: "Body text and headlines.",
    },
    Styling {
        name: "--news-card-muted",
        description: "Tabs, caption and credit.",
    },
    Styling {
        name: "--news-card-border",
        description: "Borders.",
    },
    Styling {
        name: "--news-card-focus",
        description: "The focus ring (default: the accent).",
    },
    Styling {
        name: "--news-card-font",
        description: "The body font.",
    },
    Styling {
        name: "--news-card-headline-font",
        description: "The headline font.",
    },
    Styling {
        name: "--news-card-font-size",
        description: "The base size every size in the card follows (default: the reader's \
                      browser font size).",
    },
    Styling {
        name: "--news-card-space",
        description: "The spacing unit.",
    },
    Styling {
        name: "--news-card-radius",
        description: "The corner radius.",
    },
    Styling {
        name: "--news-card-max-width",
        description: "The card's widest width.",
    },
    Styling {
        name: "--news-card-link",
        description: "The \"Full story\" link (default: the accent).",
    },
];

/// How a tab shows whether it is selected: the attributes a selection swaps between two tabs.
/// The tab list renders them, and before the wasm runs the loader writes the same ones (from
/// the constants module the build generates from this), so that the card, once it runs, finds
/// exactly the DOM it would have rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TabState {
    /// `aria-selected`.
    pub aria_selected: &'static str,
    /// `tabindex`: only the selected tab is in the Tab order.
    pub tabindex: &'static str,
    /// `part`.
    pub part: &'static str,
    /// `class`.
    pub class: &'static str,
}

impl TabState {
    /// The state of a tab that is selected (`true`) or not.
    pub const fn of(selected: bool) -> TabState {
        if selected {
            TabState::SELECTED
        } else {
            TabState::UNSELECTED
        }
    }

    /// The attributes, by name.
    pub const fn attributes(&self) -> [(&'static str, &'static str); 4] {
        [
            ("aria-selected", self.aria_selected),
            ("tabindex", self.tabindex),
            ("part", self.part),
            ("class", self.class),
        ]
    }
}

impl TabState {
    /// The selected tab's attributes.
    pub const SELECTED: TabState = TabState {
        aria_selected: "true",
        tabindex: "0",
        part: part::SELECTED_TAB,
        class: "news-card__tab news-card__tab--selected",
    };

    /// Every other tab's attributes.
    pub const UNSELECTED: TabState = TabState {
        aria_selected: "false",
        tabindex: "-1",
        part: part::TAB,
        class: "news-card__tab",
    };
}

/// The attribute every panel but the selected one carries, with the value the card writes.
pub const HIDDEN_PANEL: (&str, &str) = ("hidden", "hidden");

/// Where a move through the tab list counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The selected tab.
    Current,
    /// The first tab.
    First,
    /// The last tab.
    Last,
}

impl Origin {
    /// The name the loader's constants module gives it.
    pub const fn name(self) -> &'static str {
        match self {
            Origin::Current => "current",
            Origin::First => "first",
            Origin::Last => "last",
        }
    }
}

/// A key of the WAI-ARIA tabs pattern on a horizontal tab list, and where it moves the
/// selection: `step` tabs on from `origin`, wrapping around, in left-to-right text; right to
/// left, the step runs the other way (← and → swap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TabKey {
    /// `KeyboardEvent.key`.
    pub key: &'static str,
    /// Where the move counts from.
    pub origin: Origin,
    /// How many tabs on, in left-to-right text.
    pub step: i8,
}

/// The keys the tab list answers (with no Alt, Ctrl or Meta held); any other key, ↑ and ↓
/// among them, is left to the page.
pub const TAB_KEYS: &[TabKey] = &[
    TabKey {
        key: "ArrowLeft",
        origin: Origin::Current,
        step: -1,
    },
    TabKey {
        key: "ArrowRight",
        origin: Origin::Current,
        step: 1,
    },
    TabKey {
        key: "Home",
        origin: Origin::First,
        step: 0,
    },
    TabKey {
        key: "End",
        origin: Origin::Last,
        step: 0,
    },
];

/// The card's start-up, as one state machine on each side of the language boundary: the
/// loader holds the element's state in one field and makes each move through [`TRANSITIONS`]
/// (generated into its constants module); `ARCHITECTURE.md` gives the same table, and a test
/// checks that the two agree.
pub mod startup {
    /// Defined but never connected.
    pub const IDLE: &str = "idle";
    /// A lazy card that waits to come near the screen.
    pub const WAITING: &str = "waiting";
    /// The wasm is being fetched and compiled.
    pub const LOADING: &str = "loading";
    /// The wasm has mounted the card: it hydrates (or renders) and waits for its stylesheet.
    pub const STARTING: &str = "starting";
    /// Interactive and styled: `ready` has resolved.
    pub const RUNNING: &str = "running";
    /// It cannot start: the prerendered card shows every article, `ready` has rejected.
    pub const FAILED: &str = "failed";
    /// Taken out of the page: everything it held is freed.
    pub const REMOVED: &str = "removed";

    /// Every state, in the order a card goes through them.
    pub const STATES: &[&str] = &[IDLE, WAITING, LOADING, STARTING, RUNNING, FAILED, REMOVED];

    /// One move of the start-up: in any of the states `from`, `event` leads to `to`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Transition {
        /// The states it leaves.
        pub from: &'static [&'static str],
        /// What happens: the event's name.
        pub event: &'static str,
        /// The state it leads to.
        pub to: &'static str,
    }

    /// Connected to a document, eagerly (or inserted again after removal).
    pub const CONNECT: &str = "connect";
    /// Connected with `loading="lazy"`.
    pub const CONNECT_LAZILY: &str = "connect-lazily";
    /// A lazy card comes near the screen, the reader reaches for it, or it is made eager.
    pub const NEAR: &str = "near";
    /// The wasm has loaded: the card is mounted.
    pub const WASM_LOADED: &str = "wasm-loaded";
    /// The card has rendered and its stylesheet has loaded.
    pub const INTERACTIVE: &str = "interactive";
    /// The wasm or a file it needs failed, or the browser lacks what the card needs.
    pub const FAIL: &str = "fail";
    /// Disconnected, and not connected again in the same task (a move keeps the card).
    pub const REMOVE: &str = "remove";

    /// Every move. An event a state has no move for changes nothing.
    pub const TRANSITIONS: &[Transition] = &[
        Transition {
            from: &[IDLE, REMOVED],
            event: CONNECT,
            to: LOADING,
        },
        Transition {
            from: &[IDLE, REMOVED],
            event: CONNECT_LAZILY,
            to: WAITING,
        },
        Transition {
            from: &[WAITING],
            event: NEAR,
            to: LOADING,
        },
        Transition {
            from: &[LOADING],
            event: WASM_LOADED,
            to: STARTING,
        },
        Transition {
            from: &[STARTING],
            event: INTERACTIVE,
            to: RUNNING,
        },
        Transition {
            from: &[IDLE, WAITING, LOADING, STARTING],
            event: FAIL,
            to: FAILED,
        },
        Transition {
            from: &[WAITING, LOADING, STARTING, RUNNING, FAILED],
            event: REMOVE,
            to: REMOVED,
        },
    ];

    /// The states in which the loader answers the reader's clicks and keys on the prerendered
    /// card itself; from [`STARTING`] on, the card does (its listeners are in place before the
    /// mount returns to the loader's task ends), and a failed card shows every article.
    pub const LOADER_INPUT: &[&str] = &[WAITING, LOADING];

    /// The state `event` leads to from `from`, if it leads anywhere.
    ///
    /// ```
    /// # use news_card::contract::startup::*;
    /// assert_eq!(next(LOADING, WASM_LOADED), Some(STARTING));
    /// assert_eq!(next(RUNNING, FAIL), None);
    /// ```
    pub fn next(from: &str, event: &str) -> Option<&'static str> {
        TRANSITIONS
            .iter()
            .find(|t| t.event == event && t.from.contains(&from))
            .map(|t| t.to)
    }
}

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

/// The files of `dist/` that make up the card, by what they are.
pub mod file {
    /// The loader: the one file publishers load (a module script).
    pub const LOADER: &str = "news-card.js";
    /// The card's WebAssembly.
    pub const WASM: &str = "news-card-core_bg.wasm";
    /// The card's stylesheet, linked from inside each shadow root.
    pub const STYLESHEET: &str = "news-card.css";
    /// The layout for readers without JavaScript (and for a card that cannot start).
    pub const NOSCRIPT_STYLESHEET: &str = "news-card-noscript.css";
    /// The prerendered element, for publishers to paste.
    pub const SNIPPET: &str = "news-card.html";
    /// The TypeScript declarations.
    pub const TYPES: &str = "news-card.d.ts";
    /// The Custom Elements Manifest.
    pub const MANIFEST: &str = "custom-elements.json";
    /// The npm package's manifest.
    pub const PACKAGE: &str = "package.json";
    /// The generated module of contract constants the loader imports (bundled into it).
    pub const LOADER_CONTRACT: &str = "news-card-contract.js";
    /// wasm-bindgen's glue for the wasm, which the loader imports (bundled into it).
    pub const GLUE: &str = "news-card-core.js";
}

/// The files the npm package holds (by their stable names; see [`HASHED_FILES`]).
pub const PACKAGE_FILES: &[&str] = &[
    file::LOADER,
    file::WASM,
    file::STYLESHEET,
    file::NOSCRIPT_STYLESHEET,
    file::SNIPPET,
    file::TYPES,
    file::MANIFEST,
];

/// The files `dist/` serves under a content-hashed name (see [`hashed_name`]), so that a host
/// may cache them for a year: a changed file is a new name. The loader keeps its stable name,
/// the one publishers write, and knows the others'.
pub const HASHED_FILES: &[&str] = &[file::WASM, file::STYLESHEET, file::NOSCRIPT_STYLESHEET];

/// The served name of `file` whose content hashes to `hash` (hexadecimal): the hash goes
/// before the extension.
///
/// ```
/// # use news_card::contract::{hashed_name, is_hashed_name};
/// let name = hashed_name("news-card.css", "0123456789abcdef");
/// assert_eq!(name, "news-card.0123456789abcdef.css");
/// assert!(is_hashed_name("news-card.css", &name));
/// assert!(!is_hashed_name("news-card.css", "news-card-noscript.0123456789abcdef.css"));
/// ```
pub fn hashed_name(file: &str, hash: &str) -> String {
    match file.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{hash}.{extension}"),
        None => format!("{file}.{hash}"),
    }
}

/// Whether `name` is [`hashed_name`] of `file` for some hash.
pub fn is_hashed_name(file: &str, name: &str) -> bool {
    let Some((stem, extension)) = file.rsplit_once('.') else {
        return false;
    };
    name.strip_prefix(stem)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.strip_suffix(extension))
        .and_then(|hash| hash.strip_suffix('.'))
        .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A browser version: major and minor (Safari counts in both; Chrome and Firefox in majors).
pub type Version = (u32, u32);

/// A platform feature the card relies on, with the first version of each engine's browser that
/// has it, and the card's stand-in where it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlatformFeature {
    /// What it is.
    pub name: &'static str,
    /// The first Chrome (and Edge) version with it.
    pub chrome: Version,
    /// The first Firefox version with it.
    pub firefox: Version,
    /// The first Safari (and iOS) version with it.
    pub safari: Version,
    /// What the card does without it, when it does without it; `None`: the full card needs it.
    pub stand_in: Option<&'static str>,
}

/// What the card uses of the browser. The full card needs every feature without a stand-in:
/// [`BROWSER_POLICY`] is the newest of their versions, and the README states it.
pub const PLATFORM_FEATURES: &[PlatformFeature] = &[
    PlatformFeature {
        name: "WebAssembly with reference types and multi-value",
        chrome: (96, 0),
        firefox: (79, 0),
        safari: (15, 0),
        stand_in: None,
    },
    PlatformFeature {
        name: "custom elements and shadow DOM",
        chrome: (67, 0),
        firefox: (63, 0),
        safari: (10, 1),
        stand_in: None,
    },
    PlatformFeature {
        name: "ES2022 classes, `Object.hasOwn`, `Array.prototype.at`",
        chrome: (93, 0),
        firefox: (92, 0),
        safari: (15, 4),
        stand_in: None,
    },
    PlatformFeature {
        name: "CSS `light-dark()`",
        chrome: (123, 0),
        firefox: (120, 0),
        safari: (17, 5),
        stand_in: None,
    },
    PlatformFeature {
        name: "IntersectionObserver",
        chrome: (58, 0),
        firefox: (55, 0),
        safari: (12, 1),
        stand_in: None,
    },
    PlatformFeature {
        name: "declarative shadow DOM (`shadowrootmode`)",
        chrome: (111, 0),
        firefox: (123, 0),
        safari: (16, 4),
        stand_in: Some("a pasted card is rendered by the wasm instead of painted from the HTML"),
    },
    PlatformFeature {
        name: "`Promise.withResolvers`",
        chrome: (119, 0),
        firefox: (121, 0),
        safari: (17, 4),
        stand_in: Some("a three-line promise"),
    },
    PlatformFeature {
        name: "custom states (`ElementInternals.states`, `:state()`)",
        chrome: (125, 0),
        firefox: (126, 0),
        safari: (17, 4),
        stand_in: Some("the `data-news-card-state` attribute"),
    },
    PlatformFeature {
        name: "CSS `:dir()`",
        chrome: (120, 0),
        firefox: (49, 0),
        safari: (16, 4),
        stand_in: Some("the computed direction"),
    },
    PlatformFeature {
        name: "`WebAssembly.compileStreaming`",
        chrome: (61, 0),
        firefox: (58, 0),
        safari: (15, 0),
        stand_in: Some("compiling once the wasm has downloaded"),
    },
];

/// The browsers that get the full card: Chrome and Edge, Firefox, Safari (and iOS), from these
/// versions on. They are the web platform's Baseline widely available set of late 2026; older
/// ones get the readable no-script layout and `news-card-error`.
pub const BROWSER_POLICY: PlatformFeature = PlatformFeature {
    name: "the full card",
    chrome: (123, 0),
    firefox: (120, 0),
    safari: (17, 5),
    stand_in: None,
};

/// The attribute that marks the element a card is mounted in inside its shadow root; the
/// prerender writes it and the client looks for it to hydrate instead of rendering anew.
pub const ROOT_ATTRIBUTE: &str = "data-news-card-root";

/// What a card that cannot start says in place of the articles.
pub const FAILURE_TEXT: &str = "The news could not load.";

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
    fn the_browser_policy_is_what_the_card_needs() {
        let needed = PLATFORM_FEATURES.iter().filter(|f| f.stand_in.is_none());
        let newest = |version: fn(&PlatformFeature) -> Version| {
            needed.clone().map(version).max().unwrap_or_default()
        };
        assert_eq!(newest(|f| f.chrome), BROWSER_POLICY.chrome, "Chrome");
        assert_eq!(newest(|f| f.firefox), BROWSER_POLICY.firefox, "Firefox");
        assert_eq!(newest(|f| f.safari), BROWSER_POLICY.safari, "Safari");
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
