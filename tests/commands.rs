//! Native tests of the README's commands: `./scripts/build.sh` writes the very `dist/` the
//! page tests run against, and the builds of the edit loop (`./scripts/serve.sh`'s debug build
//! and its build program) and of the release never make each other rebuild what they share.
//!
//! They run trunk and cargo, so the test command runs them once, after the page tests, with
//! the tools `scripts/setup.sh` installed on `PATH`.

#![cfg(not(target_arch = "wasm32"))]

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Command,
    time::SystemTime,
};

/// The package root.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where these tests build, apart from the shipped `dist/` and the served `target/serve/`.
fn scratch(name: &str) -> PathBuf {
    root().join("target/commands").join(name)
}

/// Runs `program` with `args` in the package root; its output, or a panic with it.
fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|err| panic!("{program}: {err} (scripts/setup.sh installs it)"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "{program} {}:\n{text}",
        args.join(" ")
    );
    text
}

/// Every file under `dir`, by its path relative to `dir`, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(at) = pending.pop() {
        for entry in std::fs::read_dir(&at).unwrap_or_else(|err| panic!("{}: {err}", at.display()))
        {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                found.insert(path.strip_prefix(dir).unwrap().to_path_buf(), bytes);
            }
        }
    }
    found
}

/// When each build artifact of the debug profile (native and wasm32) was last written.
fn debug_artifacts() -> BTreeMap<PathBuf, SystemTime> {
    let mut written = BTreeMap::new();
    for dir in [
        "target/debug/deps",
        "target/wasm32-unknown-unknown/debug/deps",
    ] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            if let Ok(modified) = entry.metadata().and_then(|m| m.modified()) {
                written.insert(entry.path(), modified);
            }
        }
    }
    written
}

#[test]
fn the_builds_of_the_edit_loop_and_of_the_release_leave_each_other_s_work_alone() {
    // What scripts/serve.sh builds on every save (the debug wasm, then the build program in
    // trunk's post_build hook), then the shipped release, then the debug build again: the last
    // must find everything built. (With the release wasm's unstable settings in the debug build
    // too, each of the two cargo builds of a save rebuilt every proc macro for the other.)
    let served = scratch("serve");
    let served = served.to_str().unwrap();
    run("trunk", &["build", "--dist", served]);
    let released = scratch("dist");
    run(
        "./scripts/build.sh",
        &["--dist", released.to_str().unwrap()],
    );
    let before = debug_artifacts();
    run("trunk", &["build", "--dist", served]);
    let rebuilt: Vec<_> = debug_artifacts()
        .into_iter()
        .filter(|(path, written)| before.get(path) != Some(written))
        .map(|(path, _)| path)
        .collect();
    assert!(
        rebuilt.is_empty(),
        "the debug build rebuilt what the release build and the build program left: {rebuilt:?}"
    );

    // And the release written elsewhere is, file for file and byte for byte, the dist/ the page
    // tests ran against.
    let shipped = files(&root().join("dist"));
    let again = files(&released);
    let names = |files: &BTreeMap<PathBuf, Vec<u8>>| files.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&again), names(&shipped), "the same files");
    for (name, bytes) in &shipped {
        assert!(
            again[name] == *bytes,
            "{} differs from scripts/build.sh's",
            name.display()
        );
    }
}

#[test]
fn a_plain_trunk_release_build_stops_and_names_the_build_command() {
    let output = Command::new("trunk")
        .args(["build", "--release", "--dist"])
        .arg(scratch("plain"))
        .current_dir(root())
        .env_remove("NEWS_CARD_RELEASE")
        .output()
        .expect("trunk (scripts/setup.sh installs it)");
    let text = String::from_utf8_lossy(&output.stderr) + String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "it stops");
    assert!(text.contains("./scripts/build.sh"), "{text}");
    assert!(!scratch("plain").join("index.html").exists());
}

/// The paths `./scripts/serve.sh` rebuilds on (`Trunk.toml`, `[watch]`): each exists, and
/// `target/` is none of them, nor under one (its thousands of folders delayed every rebuild).
#[test]
fn serve_watches_the_sources_and_not_the_build() {
    let trunk = std::fs::read_to_string(root().join("Trunk.toml")).unwrap();
    let section = trunk
        .split("\n[watch]\n")
        .nth(1)
        .expect("Trunk.toml has a [watch] section");
    let list = section
        .split_once("watch = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| list)
        .expect("[watch] lists its paths");
    let watched: Vec<&str> = list
        .split(',')
        .map(|path| path.trim().trim_matches('"'))
        .filter(|path| !path.is_empty())
        .collect();
    assert!(
        watched.contains(&"src") && watched.contains(&"content"),
        "{watched:?}"
    );
    for path in &watched {
        assert!(
            root().join(path).exists(),
            "Trunk.toml watches {path}, which does not exist"
        );
        assert!(
            !matches!(*path, "." | "" | "target") && !path.starts_with("target/"),
            "Trunk.toml watches {path}, which holds target/"
        );
    }
}
