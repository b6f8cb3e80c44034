//! The build program of news-card, run as `cargo xtask NAME` (rust-analyzer's convention).
//!
//! `cargo xtask post-build` is trunk's post_build hook: after trunk has built the wasm and its
//! glue into its staging directory, it turns them into `dist/`, one named stage after another,
//! each a function below that says what it reads and writes, in the order they run:
//!
//! 1. [`stylesheets`]: the card's stylesheet, bundled from its entry, and the no-script layout;
//! 2. [`short_names`]: one- or two-letter names between the wasm and its glue, in the wasm;
//! 3. [`hash_names`]: the wasm and the stylesheets under content-hashed names, with their
//!    Subresource Integrity hashes;
//! 4. [`glue`]: wasm-bindgen's glue rewritten, once, to the short names and the served wasm;
//! 5. [`prerender`]: the card prerendered into the demo page, and the publisher snippet;
//! 6. [`publish`]: the loader's contract module, the types, the manifest, `package.json`;
//! 7. [`bundle`]: the loader, its contract module and the glue as one minified `news-card.js`,
//!    and its own integrity hash beside it;
//! 8. [`precompress`]: `.br` and `.gz` beside every file a browser fetches.
//!
//! A release build (`scripts/build.sh`) runs every stage in full. The debug build that
//! `scripts/serve.sh` serves, rebuilt on every save, skips what only the wire needs: binaryen's
//! size optimisation (its short names stay) and the precompressed copies.
//!
//! Every file name comes from the contract (`news_card::contract::file`). esbuild, binaryen's
//! `wasm-opt` and Node's compressors come from `node_modules` (`scripts/setup.sh`).

use std::{
    collections::HashMap,
    env, fs,
    path::{Path, PathBuf},
    process::{Command, ExitCode},
    time::Instant,
};

use news_card::{
    components::prerender_props,
    content::content,
    contract::{file, hashed_name, HASHED_FILES},
    prerender::{inject, json_ld_scripts, news_card_element, render_card},
    publish::{
        content_hash, custom_elements_manifest, loader_contract, package_manifest,
        type_declarations, PACKAGE_INFO,
    },
};

/// What a stage that fails says.
type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let task = env::args().nth(1).unwrap_or_default();
    let outcome = match task.as_str() {
        "post-build" => post_build(),
        _ => Err(format!("usage: cargo xtask post-build (not `{task}`)")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Where the stages work: trunk's source and staging directories, the public URL, and whether
/// it is the release build.
struct Build {
    source: PathBuf,
    staging: PathBuf,
    /// The URL `dist/` is served from, ending in `/`, or empty for "relative to the page".
    base: String,
    /// trunk's `--release`: the shipped `dist/`, optimised for the wire.
    release: bool,
}

impl Build {
    fn staged(&self, name: &str) -> PathBuf {
        self.staging.join(name)
    }

    fn tool(&self, name: &str) -> PathBuf {
        self.source.join("node_modules/.bin").join(name)
    }
}

/// Runs `stage` and prints how long it took, as `scripts/setup.sh` does for its steps.
fn timed<T>(name: &str, stage: impl FnOnce() -> Result<T>) -> Result<T> {
    let started = Instant::now();
    let value = stage().map_err(|err| format!("{name}: {err}"))?;
    println!(
        "\x1b[1mpost-build:\x1b[0m {name}: {} ms",
        started.elapsed().as_millis()
    );
    Ok(value)
}

/// trunk's post_build hook: every stage, in order.
fn post_build() -> Result {
    let var = |name: &str| {
        env::var(name).map_err(|_| format!("{name} is not set (run from trunk's post_build hook)"))
    };
    let base = var("TRUNK_PUBLIC_URL").unwrap_or_default();
    let build = Build {
        source: PathBuf::from(var("TRUNK_SOURCE_DIR")?),
        staging: PathBuf::from(var("TRUNK_STAGING_DIR")?),
        base: if base == "./" { String::new() } else { base },
        release: var("TRUNK_PROFILE")? == "release",
    };
    timed("stylesheets", || stylesheets(&build))?;
    let names = timed("short names", || short_names(&build))?;
    let served = timed("hashed names", || hash_names(&build))?;
    timed("glue", || glue(&build, &names, &served))?;
    timed("prerender", || prerender(&build, &served))?;
    timed("publish", || publish(&build, &served))?;
    timed("bundle", || bundle(&build))?;
    if build.release {
        timed("precompress", || precompress(&build))?;
    }
    Ok(())
}

/// Reads `styles/news-card.css` (and what it imports) and `styles/noscript.css`; writes
/// [`file::STYLESHEET`], bundled and minified, and [`file::NOSCRIPT_STYLESHEET`], minified. The
/// sources keep their comments.
fn stylesheets(build: &Build) -> Result {
    let esbuild = build.tool("esbuild");
    let out = |name: &str| format!("--outfile={}", build.staged(name).display());
    run(
        &esbuild,
        &[
            "styles/news-card.css",
            "--bundle",
            "--minify",
            "--log-level=warning",
            &out(file::STYLESHEET),
        ],
        &build.source,
    )?;
    run(
        &esbuild,
        &[
            "styles/noscript.css",
            "--minify",
            "--log-level=warning",
            &out(file::NOSCRIPT_STYLESHEET),
        ],
        &build.source,
    )
    .map(drop)
}

/// The short names binaryen gave: the imports (`name` → `short`, all of one module) and the
/// exports (`name` → `short`).
struct ShortNames {
    module: String,
    imports: Vec<(String, String)>,
    exports: HashMap<String, String>,
}

/// Reads and rewrites [`file::WASM`]: binaryen's `--minify-imports-and-exports-and-modules`
/// gives every import and export between the wasm and its glue (names such as
/// `__wbg_addEventListener_f2d27251d333a631`, whose hashes do not compress) one or two letters,
/// and in a release build `-Oz` optimises it for size, in the same pass (trunk's own wasm-opt
/// is off, `index.html`: two passes took 2 s more and made the brotli wasm no smaller). Returns
/// the map it prints, for [`glue`].
fn short_names(build: &Build) -> Result<ShortNames> {
    let wasm = build.staged(file::WASM);
    let wasm = wasm.display().to_string();
    let map = run(
        &build.tool("wasm-opt"),
        &[
            &wasm,
            if build.release { "-Oz" } else { "-O0" },
            "--minify-imports-and-exports-and-modules",
            "-o",
            &wasm,
        ],
        &build.source,
    )?;
    let map: serde_json::Value =
        serde_json::from_str(&map).map_err(|err| format!("wasm-opt's map: {err}"))?;
    let pairs = |key: &str, from: usize| -> Result<Vec<(String, String)>> {
        map.get(key)
            .and_then(|list| list.as_array())
            .ok_or_else(|| format!("wasm-opt's map has no {key}"))?
            .iter()
            .map(|entry| {
                let text = |i: usize| entry.get(i).and_then(|v| v.as_str()).map(str::to_owned);
                text(from)
                    .zip(text(from + 1))
                    .ok_or_else(|| format!("wasm-opt's map: a strange {key} entry {entry}"))
            })
            .collect()
    };
    let imports = pairs("imports", 0)?;
    let modules: std::collections::BTreeSet<&str> =
        imports.iter().map(|(module, _)| module.as_str()).collect();
    let modules: Vec<&str> = modules.into_iter().collect();
    let [module] = modules.as_slice() else {
        return Err(format!("imports from {} modules, not one", modules.len()));
    };
    Ok(ShortNames {
        module: (*module).to_owned(),
        imports: pairs("imports", 1)?,
        exports: pairs("exports", 0)?.into_iter().collect(),
    })
}

/// A file of [`HASHED_FILES`] as `dist/` serves it: its stable name, its content-hashed name
/// and its Subresource Integrity hash (`sha384-…`).
struct Served {
    stable: &'static str,
    name: String,
    integrity: String,
}

/// Reads and renames each of [`HASHED_FILES`] to its content-hashed name, so that a host may
/// cache it for a year, and hashes it for Subresource Integrity, so that a page loads it only
/// as built.
fn hash_names(build: &Build) -> Result<Vec<Served>> {
    HASHED_FILES
        .iter()
        .map(|&stable| {
            let path = build.staged(stable);
            let bytes = fs::read(&path).map_err(|err| format!("{}: {err}", path.display()))?;
            let name = hashed_name(stable, &content_hash(&bytes));
            fs::rename(&path, build.staged(&name))
                .map_err(|err| format!("{}: {err}", path.display()))?;
            Ok(Served {
                stable,
                name,
                integrity: integrity(&bytes),
            })
        })
        .collect()
}

/// The Subresource Integrity hash of `bytes`: `sha384-` and the base64 of their SHA-384.
fn integrity(bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The name a file of `dist/` is served under, from [`hash_names`]'s list.
fn served_name(served: &[Served], name: &str) -> String {
    served
        .iter()
        .find(|file| file.stable == name)
        .map_or_else(|| name.to_owned(), |file| file.name.clone())
}

/// The integrity hash of a file of [`hash_names`]'s list (empty for another file).
fn served_integrity(served: &[Served], name: &str) -> String {
    served
        .iter()
        .find(|file| file.stable == name)
        .map(|file| file.integrity.clone())
        .unwrap_or_default()
}

/// Reads and rewrites [`file::GLUE`], the one stage that changes wasm-bindgen's glue: its
/// import keys and `wasm.` exports take the short names of [`short_names`], and the wasm it
/// names for a start without a URL is the served one. A glue of a shape this does not know
/// fails the build here, rather than a card at run time.
fn glue(build: &Build, names: &ShortNames, served: &[Served]) -> Result {
    let path = build.staged(file::GLUE);
    let mut js = read(&path)?;
    let shape =
        |what: String| format!("{what}: wasm-bindgen's glue has a shape this does not know");

    // The module of every import: binaryen names it "a".
    let key = format!("\"{}\":", names.module);
    if js.matches(&key).count() != 1 {
        return Err(shape(format!(
            "the import module {} is not named once",
            names.module
        )));
    }
    js = js.replacen(&key, "\"a\":", 1);

    // Imports: keys of the object wasm-bindgen builds, `name: function(…)`.
    for (name, short) in &names.imports {
        let at = key_positions(&js, name);
        let [at] = at.as_slice() else {
            return Err(shape(format!(
                "the import {name} is defined {} times",
                at.len()
            )));
        };
        js.replace_range(*at..at + name.len(), short);
    }

    // Exports: read as `wasm.name`.
    let mut out = String::with_capacity(js.len());
    let mut rest = js.as_str();
    while let Some(at) = find_word(rest, "wasm.") {
        out.push_str(&rest[..at + "wasm.".len()]);
        rest = &rest[at + "wasm.".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
            .unwrap_or(rest.len());
        let name = &rest[..end];
        let short = names.exports.get(name).ok_or_else(|| {
            shape(format!(
                "it reads wasm.{name}, which the wasm does not export"
            ))
        })?;
        out.push_str(short);
        rest = &rest[end..];
    }
    out.push_str(rest);

    // The wasm it names for a start without a URL is the served file.
    let out = out.replace(file::WASM, &served_name(served, file::WASM));
    write(&path, &out)
}

/// Where `name` stands as an object key (`name:`) in `js`: at the start or after white space,
/// `{` or `,`.
fn key_positions(js: &str, name: &str) -> Vec<usize> {
    let pattern = format!("{name}:");
    js.match_indices(&pattern)
        .map(|(at, _)| at)
        .filter(|&at| {
            js[..at]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '{' || c == ',')
        })
        .collect()
}

/// The first place `word` stands in `text` not after an identifier character.
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
    })
}

/// Reads `index.html` (trunk's, from the project's page) and writes it with the card's files
/// linked in its head by their served names (the stylesheet, so that the first paint waits for
/// it; the wasm's preload; the loader), the card prerendered into its `<news-card>` and one
/// JSON-LD block per article at the end of its body; writes [`file::SNIPPET`], the prerendered
/// element alone, for publishers to paste. trunk's leftover rust link is dropped.
fn prerender(build: &Build, files: &[Served]) -> Result {
    let served = |name: &str| served_name(files, name);
    let integrity = |name: &str| served_integrity(files, name);
    let card = render_card(prerender_props());
    let element = news_card_element(&card, &build.base, served, integrity);
    write(&build.staged(file::SNIPPET), &format!("{element}\n"))?;

    let index = build.staged("index.html");
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
    let head = format!(
        "    <link rel=\"stylesheet\" href=\"{stylesheet}\" integrity=\"{stylesheet_integrity}\" \
         crossorigin>\n    <link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" \
         type=\"application/wasm\" crossorigin fetchpriority=\"low\">\n    \
         <script type=\"module\" src=\"{loader}\"></script>\n  </head>",
        stylesheet = served(file::STYLESHEET),
        stylesheet_integrity = integrity(file::STYLESHEET),
        wasm = served(file::WASM),
        loader = file::LOADER,
    );
    if page.matches("  </head>").count() != 1 {
        return Err(format!("{}: no single `  </head>`", index.display()));
    }
    let page = page.replacen("  </head>", &head, 1);
    let page = inject(
        &page,
        &element,
        &json_ld_scripts(content().articles, content().language),
    )
    .map_err(|err| format!("{}: {err}", index.display()))?;
    write(&index, &page)
}

/// Writes what `dist/` publishes about the element, from the contract:
/// [`file::LOADER_CONTRACT`] (the constants the loader imports), [`file::TYPES`],
/// [`file::MANIFEST`] and [`file::PACKAGE`].
fn publish(build: &Build, files: &[Served]) -> Result {
    let served = |name: &str| served_name(files, name);
    write(
        &build.staged(file::LOADER_CONTRACT),
        &loader_contract(content(), served, |name| served_integrity(files, name)),
    )?;
    write(&build.staged(file::TYPES), &type_declarations())?;
    write(
        &build.staged(file::MANIFEST),
        &pretty(&custom_elements_manifest())?,
    )?;
    let (version, description, license) = PACKAGE_INFO;
    let package = package_manifest(version, description, license, served);
    write(&build.staged(file::PACKAGE), &pretty(&package)?)
}

/// Reads [`file::LOADER`] and its modules [`file::LOADER_TABS`] and [`file::LOADER_FILES`] (trunk
/// copied them from `loader/`), [`file::LOADER_CONTRACT`] and [`file::GLUE`]; writes them
/// bundled and minified as [`file::LOADER`], so that the card costs one script request, and its
/// integrity hash as [`file::LOADER_INTEGRITY`], for the publisher's script tag (the loader
/// holds the others'); removes the others.
fn bundle(build: &Build) -> Result {
    let loader = build.staged(file::LOADER).display().to_string();
    run(
        &build.tool("esbuild"),
        &[
            &loader,
            "--bundle",
            "--minify",
            "--format=esm",
            "--log-level=warning",
            "--allow-overwrite",
            &format!("--outfile={loader}"),
        ],
        &build.source,
    )?;
    for name in [
        file::GLUE,
        file::LOADER_CONTRACT,
        file::LOADER_TABS,
        file::LOADER_FILES,
    ] {
        let path = build.staged(name);
        fs::remove_file(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    }
    let bundled = build.staged(file::LOADER);
    let bytes = fs::read(&bundled).map_err(|err| format!("{}: {err}", bundled.display()))?;
    write(
        &build.staged(file::LOADER_INTEGRITY),
        &format!("{}\n", integrity(&bytes)),
    )
}

/// Writes `FILE.br` (brotli, quality 11) and `FILE.gz` (gzip, level 9) beside every HTML, CSS,
/// JavaScript, WebAssembly, JSON and SVG file of the staging directory, for hosts that serve
/// them as they are (`scripts/precompress.mjs`, Node's zlib).
fn precompress(build: &Build) -> Result {
    let staging = build.staging.display().to_string();
    run(
        Path::new("node"),
        &["scripts/precompress.mjs", &staging],
        &build.source,
    )
    .map(drop)
}

/// Runs `program` with `args` in `dir`; its standard output, or what went wrong.
fn run(program: &Path, args: &[&str], dir: &Path) -> Result<String> {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|err| {
            format!(
                "{}: {err} (scripts/setup.sh installs it)",
                program.display()
            )
        })?;
    if !output.status.success() {
        return Err(format!(
            "{} failed: {}{}",
            program.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|err| format!("{}: {err}", program.display()))
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

fn write(path: &Path, text: &str) -> Result {
    fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

/// `value` as pretty JSON with a final line break, as the published files are written.
fn pretty(value: &impl serde::Serialize) -> Result<String> {
    serde_json::to_string_pretty(value)
        .map(|text| text + "\n")
        .map_err(|err| format!("cannot write JSON: {err}"))
}
