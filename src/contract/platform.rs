//! What the card uses of the browser, and the browsers that get the full card.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
