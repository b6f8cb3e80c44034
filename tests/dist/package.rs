//! The npm package `dist/` makes: `npm pack dist/` gives a tarball that installs offline into a
//! fresh project, Node's resolver finds the loader by the package's name, and TypeScript
//! (`tsc --noEmit`, from `package-lock.json`) type-checks a usage file and the React example
//! against the package's declarations, refusing wrong uses.

use crate::common::page::once;
use std::{path::Path, process::Command};

use crate::common::page::{dist, root};
use serde_json::Value;

/// Runs `program` in `dir` and returns its standard output; panics with its output on failure.
fn run(dir: &Path, program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|err| panic!("{program}: {err}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{program} {args:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// What a publisher's TypeScript writes; the `@ts-expect-error` lines must be errors.
const USAGE: &str = r#"
import type { NewsCardArticle, NewsCardElement } from 'news-card';

const card = document.querySelector('news-card')!;
const slug: string = card.article;
card.article = slug;
card.label = 'Top stories';
card.noUrlUpdate = true;
const ready: Promise<void> = card.ready;
const articles: readonly NewsCardArticle[] = card.articles;
const element: NewsCardElement = document.createElement('news-card');

card.addEventListener('news-card-change', (e) => {
  const chosen: string = e.detail.slug;
  const index: number = e.detail.index;
  const cause: 'reader' | 'link' = e.detail.cause;
  console.log(chosen, index, cause);
});
document.addEventListener('news-card-change', (e) => e.detail.slug.toUpperCase());
card.addEventListener('news-card-error', (e) => e.detail.message.length);
card.addEventListener('news-card-ready', (e) => e.type);

// @ts-expect-error `articles` is read-only
card.articles = [];
// @ts-expect-error `detail.slug` is a string
document.addEventListener('news-card-change', (e) => e.detail.slug.toFixed());
// @ts-expect-error `article` is a string
card.article = 2;

export { ready, articles, element };
"#;

/// Resolvers take the first condition of an `exports` entry that matches, and `default` always
/// matches: a condition after it is never read. Read as Node reads the file, in its order.
#[test]
fn default_is_the_last_condition_of_every_export() {
    if once() {
        return;
    }
    let order = run(
        &dist(),
        "node",
        &[
            "--input-type=module",
            "-e",
            "import { readFileSync } from 'node:fs';
             const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
             console.log(JSON.stringify(Object.values(exports)
               .filter((target) => typeof target === 'object').map(Object.keys)));",
        ],
    );
    let order: Vec<Vec<String>> = serde_json::from_str(&order).unwrap();
    assert!(!order.is_empty(), "no conditional export");
    for conditions in order {
        assert_eq!(
            conditions.last().map(String::as_str),
            Some("default"),
            "conditions in this order: {conditions:?}"
        );
    }
}

#[test]
fn dist_packs_installs_resolves_and_type_checks() {
    if once() {
        return;
    }
    let package: Value =
        serde_json::from_str(&std::fs::read_to_string(dist().join("package.json")).unwrap())
            .unwrap();
    assert_eq!(package["version"], env!("CARGO_PKG_VERSION"));

    let scratch = std::env::temp_dir().join(format!("news-card-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(scratch.join("src")).unwrap();
    let tarball = run(
        &dist(),
        "npm",
        &[
            "pack",
            "--silent",
            "--pack-destination",
            scratch.to_str().unwrap(),
        ],
    );
    let tarball = scratch.join(tarball.trim());
    assert!(tarball.is_file(), "{}", tarball.display());

    let project = scratch.join("project");
    std::fs::create_dir_all(project.join("src")).unwrap();
    std::fs::write(
        project.join("package.json"),
        r#"{ "name": "publisher-site", "private": true, "type": "module" }"#,
    )
    .unwrap();
    run(
        &project,
        "npm",
        &[
            "install",
            "--offline",
            "--no-audit",
            "--no-fund",
            tarball.to_str().unwrap(),
        ],
    );
    for file in package["files"].as_array().unwrap() {
        let file = project
            .join("node_modules/news-card")
            .join(file.as_str().unwrap());
        assert!(file.is_file(), "the package lacks {}", file.display());
    }

    let resolved = run(
        &project,
        "node",
        &[
            "--input-type=module",
            "-e",
            "console.log(import.meta.resolve('news-card'))",
        ],
    );
    assert!(
        resolved
            .trim()
            .ends_with("/node_modules/news-card/news-card.js"),
        "{resolved}"
    );

    let react = root().join("node_modules/@types/react");
    std::fs::write(project.join("src/usage.ts"), USAGE).unwrap();
    std::fs::copy(
        root().join("examples/react/Headlines.tsx"),
        project.join("src/Headlines.tsx"),
    )
    .unwrap();
    let tsconfig = serde_json::json!({
        "compilerOptions": {
            "target": "ES2022",
            "module": "ESNext",
            "moduleResolution": "bundler",
            "lib": ["ES2022", "DOM", "DOM.Iterable"],
            "jsx": "react-jsx",
            "strict": true,
            "noEmit": true,
            "skipLibCheck": false,
            "types": [],
            "paths": {
                "react": [react.join("index.d.ts")],
                "react/jsx-runtime": [react.join("jsx-runtime.d.ts")],
            },
        },
        "include": ["src"],
    });
    std::fs::write(project.join("tsconfig.json"), tsconfig.to_string()).unwrap();
    let tsc = root().join("node_modules/.bin/tsc");
    run(&project, tsc.to_str().unwrap(), &["-p", "tsconfig.json"]);

    let _ = std::fs::remove_dir_all(&scratch);
}
