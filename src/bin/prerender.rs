//! trunk's post_build hook: prerenders the card and writes what `dist/` publishes about it, in
//! trunk's staging directory.
//!
//! - the wasm and the stylesheets are renamed to content-hashed names, which everything below
//!   refers to;
//! - `index.html`: the card prerendered into `<news-card>` and one JSON-LD block per article;
//! - `news-card.html`: the prerendered element alone, for publishers to paste;
//! - `news-card-contract.js`: the contract's constants for the loader (bundled into it);
//! - `news-card.d.ts`, `custom-elements.json`, `package.json`: types, manifest, npm package.
//!
//! (`scripts/post-build.sh` then bundles the stylesheets and the loader.)

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

use news_card::{
    components::prerender_props,
    contract::{file, hashed_name, HASHED_FILES},
    prerender::{inject, json_ld_scripts, news_card_element, render_card},
    publish::{
        content_hash, custom_elements_manifest, loader_contract, package_manifest,
        type_declarations,
    },
    ARTICLES,
};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn var(name: &str) -> Result<String, String> {
    env::var(name).map_err(|_| format!("{name} is not set (run from trunk's post_build hook)"))
}

fn read(path: &PathBuf) -> Result<String, String> {
    fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

fn write(path: PathBuf, text: &str) -> Result<(), String> {
    fs::write(&path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

fn pretty(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|text| text + "\n")
        .map_err(|err| format!("cannot write JSON: {err}"))
}

/// Renames each of [`HASHED_FILES`] in `staging` to its content-hashed name; returns the
/// stable names with the served ones.
fn hash_names(staging: &Path) -> Result<Vec<(&'static str, String)>, String> {
    HASHED_FILES
        .iter()
        .map(|&name| {
            let path = staging.join(name);
            let bytes =
                fs::read(&path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
            let served = hashed_name(name, &content_hash(&bytes));
            fs::rename(&path, staging.join(&served))
                .map_err(|err| format!("cannot rename {}: {err}", path.display()))?;
            Ok((name, served))
        })
        .collect()
}

fn run() -> Result<(), String> {
    let staging = PathBuf::from(var("TRUNK_STAGING_DIR")?);
    let base = var("TRUNK_PUBLIC_URL").unwrap_or_default();
    let base = if base == "./" { String::new() } else { base };

    let hashed = hash_names(&staging)?;
    let served = |name: &str| {
        hashed
            .iter()
            .find(|(stable, _)| *stable == name)
            .map_or_else(|| name.to_owned(), |(_, served)| served.clone())
    };

    // wasm-bindgen's glue names the wasm for a start without a URL; it names the served file.
    let glue = staging.join(file::GLUE);
    let text = read(&glue)?;
    write(glue, &text.replace(file::WASM, &served(file::WASM)))?;

    let card = render_card(prerender_props());
    let element = news_card_element(&card, &base, served);
    write(staging.join(file::SNIPPET), &format!("{element}\n"))?;

    write(
        staging.join(file::LOADER_CONTRACT),
        &loader_contract(ARTICLES, served),
    )?;
    write(staging.join(file::TYPES), &type_declarations())?;
    let manifest = custom_elements_manifest();
    write(staging.join(file::MANIFEST), &pretty(&manifest)?)?;
    let package = package_manifest(
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_DESCRIPTION"),
        env!("CARGO_PKG_LICENSE"),
        served,
    );
    write(staging.join(file::PACKAGE), &pretty(&package)?)?;

    let index = staging.join("index.html");
    let page = read(&index)?;
    // With inject_scripts = false trunk leaves its rust link behind; it means nothing to a browser.
    let page: String = page
        .lines()
        .filter(|line| {
            !line
                .trim_start()
                .starts_with("<link data-trunk rel=\"rust\"")
        })
        .map(|line| format!("{line}\n"))
        .collect();
    // The page's own links to the card's files name them as served.
    let page = hashed.iter().fold(page, |page, (stable, served)| {
        page.replace(&format!("=\"{stable}\""), &format!("=\"{served}\""))
    });
    let page = inject(&page, &element, &json_ld_scripts(ARTICLES))
        .map_err(|err| format!("{}: {err}", index.display()))?;
    write(index, &page)
}
