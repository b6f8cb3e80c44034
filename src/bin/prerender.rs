//! trunk's post_build hook: prerenders the card and writes what `dist/` publishes about it, in
//! trunk's staging directory.
//!
//! - `index.html`: the card prerendered into `<news-card>` and one JSON-LD block per article;
//! - `news-card.html`: the prerendered element alone, for publishers to paste;
//! - `news-card-contract.js`: the contract's constants for the loader (bundled into it);
//! - `news-card.d.ts`, `custom-elements.json`, `package.json`: types, manifest, npm package.
//!
//! (`scripts/post-build.sh` then bundles the stylesheets and the loader.)

use std::{env, fs, path::PathBuf, process::ExitCode};

use news_card::{
    components::prerender_props,
    contract::file,
    prerender::{inject, json_ld_scripts, news_card_element, render_card},
    publish::{custom_elements_manifest, loader_contract, package_manifest, type_declarations},
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

fn pretty(value: &serde_json::Value) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|text| text + "\n")
        .map_err(|err| format!("cannot write JSON: {err}"))
}

fn run() -> Result<(), String> {
    let staging = PathBuf::from(var("TRUNK_STAGING_DIR")?);
    let base = var("TRUNK_PUBLIC_URL").unwrap_or_default();
    let base = if base == "./" { String::new() } else { base };

    let card = render_card(prerender_props());
    let element = news_card_element(&card, &base);
    write(staging.join(file::SNIPPET), &format!("{element}\n"))?;

    write(
        staging.join(file::LOADER_CONTRACT),
        &loader_contract(ARTICLES),
    )?;
    write(staging.join(file::TYPES), &type_declarations())?;
    let manifest = custom_elements_manifest();
    write(staging.join(file::MANIFEST), &pretty(&manifest)?)?;
    let package = package_manifest(
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_DESCRIPTION"),
        env!("CARGO_PKG_LICENSE"),
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
    let page = inject(&page, &element, &json_ld_scripts(ARTICLES))
        .map_err(|err| format!("{}: {err}", index.display()))?;
    write(index, &page)
}
