//! Native test that the documents tell the truth about the repository: every path that
//! `ARCHITECTURE.md`, the README, `docs/` and the code's comments name exists. A path is a word
//! that starts with one of the repository's top-level folders (`src/`, `tests/`, …) or names one
//! of its top-level files (`Trunk.toml`, `budgets.toml`, …); what the build writes (`dist/`,
//! `target/`, `node_modules/`) and patterns (`<component>`, `*`, `…`) are no such path.

#![cfg(not(target_arch = "wasm32"))]

use std::{
    fs,
    path::{Path, PathBuf},
};

/// The package root.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository's files, as git tracks them (the documents name no untracked file).
fn tracked() -> Vec<String> {
    let output = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root())
        .output()
        .expect("git ls-files");
    assert!(output.status.success(), "git ls-files failed");
    String::from_utf8(output.stdout)
        .unwrap()
        .split('\0')
        .filter(|path| !path.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The top-level folders and files a path may start with, from the repository itself.
fn top_level(files: &[String]) -> (Vec<String>, Vec<String>) {
    let mut folders: Vec<String> = files
        .iter()
        .filter_map(|path| path.split_once('/').map(|(top, _)| format!("{top}/")))
        .collect();
    folders.sort();
    folders.dedup();
    let tops = files.iter().filter(|path| !path.contains('/')).cloned();
    (folders, tops.collect())
}

/// The text of `path` a reader reads as prose: all of a Markdown file, and the comments of code
/// (lines that start as one, and what follows `//` on a line of Rust or JavaScript).
fn prose(path: &str, text: &str) -> Vec<(usize, String)> {
    let markdown = path.ends_with(".md");
    text.lines()
        .enumerate()
        .filter_map(|(at, line)| {
            let trimmed = line.trim_start();
            let comment = ["//", "#", "*", "/*", "<!--"]
                .iter()
                .any(|start| trimmed.starts_with(start));
            let text = if markdown || comment {
                line.to_owned()
            } else if let Some((_, after)) = line.split_once(" // ") {
                after.to_owned()
            } else {
                return None;
            };
            Some((at + 1, text))
        })
        .collect()
}

/// The repository paths `text` names: its words, cut at quotes, brackets and backticks, that
/// start with a top-level folder or are a top-level file, without trailing punctuation or a
/// `:LINE` or `#anchor` after them.
fn named_paths(text: &str, folders: &[String], tops: &[String]) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "`'\"()[],;|".contains(c))
        .map(|word| word.split([':', '#']).next().unwrap_or(""))
        .map(|word| word.trim_start_matches("./"))
        .map(|word| word.trim_end_matches(['.', '!', '?']))
        .filter(|word| {
            let pattern = word.contains(['<', '>', '*', '…', '{', '}', '$', '\\', '='])
                || word.contains("NAME")
                || word.contains("..");
            let starts = folders
                .iter()
                .any(|folder| word.starts_with(folder.as_str()));
            !pattern && (starts || tops.iter().any(|top| top == word))
        })
        .map(str::to_owned)
        .collect()
}

/// Whether `path` is a file or folder of the repository.
fn exists(path: &str, files: &[String]) -> bool {
    let folder = format!("{}/", path.trim_end_matches('/'));
    files
        .iter()
        .any(|file| file == path || file.starts_with(&folder))
}

#[test]
fn every_path_the_documents_and_comments_name_exists() {
    let files = tracked();
    let (folders, tops) = top_level(&files);
    let read: Vec<&String> = files
        .iter()
        .filter(|path| {
            let document = path.ends_with(".md")
                && (!path.contains('/') || path.starts_with("docs/"))
                && path.as_str() != "CHANGELOG.md";
            let code = [".rs", ".js", ".mjs", ".sh", ".css", ".toml", ".html", "run"]
                .iter()
                .any(|end| path.ends_with(end))
                && !path.starts_with("tests/fixtures/");
            document || code
        })
        .collect();
    assert!(read.iter().any(|path| path.as_str() == "ARCHITECTURE.md"));
    let mut missing = Vec::new();
    let mut checked = 0;
    for path in read {
        let text = fs::read_to_string(root().join(path)).unwrap_or_default();
        for (line, prose) in prose(path, &text) {
            for named in named_paths(&prose, &folders, &tops) {
                checked += 1;
                if !exists(&named, &files) && !Path::new(&root().join(&named)).exists() {
                    missing.push(format!("{path}:{line}: `{named}` does not exist"));
                }
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} paths found: the reading is broken"
    );
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn a_path_that_is_gone_is_caught() {
    let files = vec!["src/contract/mod.rs".to_owned(), "README.md".to_owned()];
    let (folders, tops) = top_level(&files);
    let named = named_paths(
        "the contract (`src/contract.rs`), see README.md: and src/contract/mod.rs:12.",
        &folders,
        &tops,
    );
    assert_eq!(
        named,
        ["src/contract.rs", "README.md", "src/contract/mod.rs"]
    );
    assert!(!exists("src/contract.rs", &files));
    assert!(exists("src/contract/", &files));
    assert!(exists("src/contract/mod.rs", &files));
}
