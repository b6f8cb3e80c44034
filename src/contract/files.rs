//! The files `dist/` ships, by what they are, and their content-hashed names.

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
    /// The loader's module of the tabs pattern on the card's DOM (`loader/`, bundled into it).
    pub const LOADER_TABS: &str = "news-card-tabs.js";
    /// The loader's module of the card's files (`loader/`, bundled into it).
    pub const LOADER_FILES: &str = "news-card-files.js";
    /// wasm-bindgen's glue for the wasm, which the loader imports (bundled into it).
    pub const GLUE: &str = "news-card-core.js";
    /// The loader's Subresource Integrity hash (`sha384-…`), for the publisher's script tag.
    pub const LOADER_INTEGRITY: &str = "news-card.js.sri";
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
    file::LOADER_INTEGRITY,
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
