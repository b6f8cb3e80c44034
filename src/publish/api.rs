//! `docs/api.md`, generated from the contract.

use crate::contract::ATTRIBUTES;
use crate::contract::{
    file, CHANGE_EVENT, CLASS, CUSTOM_PROPERTIES, EVENTS, GLOBAL_ATTRIBUTES, PARTS,
    READ_ONLY_PROPERTIES, TAG,
};

/// `docs/api.md`: the element's API as the contract states it, for publishers. The test
/// command checks that the committed file is exactly this.
pub fn api_reference() -> String {
    // A `|` inside a cell would end it.
    let row = |cells: &[&str]| {
        let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let code = |name: &str| format!("`{name}`");
    let mut out = format!(
        "<!-- Generated from src/contract/mod.rs (src/publish.rs, api_reference): do not edit. -->\n\
         # The `<{TAG}>` API\n\n\
         `{types}` declares all of this for TypeScript (the `{CLASS}` class, the detail types, \
         `HTMLElementTagNameMap['{TAG}']` and the event maps), and `{manifest}` (the Custom \
         Elements Manifest) describes it for editors and documentation tools. Both, and this \
         page, are generated from the same source as the element itself. `{package}` makes \
         `dist/` an npm package: `npm pack dist/` and install the tarball, then \
         `import '{TAG}'`.\n\n\
         ## Attributes and properties\n\n\
         Every attribute is live, and its property reflects it.\n\n",
        types = file::TYPES,
        manifest = file::MANIFEST,
        package = file::PACKAGE,
    );
    out.push_str("| attribute | property | type | what |\n|---|---|---|---|\n");
    for a in ATTRIBUTES {
        out.push_str(&row(&[
            &code(a.name),
            &code(a.property),
            &code(a.type_text),
            a.description,
        ]));
    }
    out.push_str("\nTwo global attributes mean more on the element:\n\n");
    out.push_str("| attribute | type | what |\n|---|---|---|\n");
    for a in GLOBAL_ATTRIBUTES {
        out.push_str(&row(&[&code(a.name), &code(a.type_text), a.description]));
    }
    out.push_str("\n## Read-only properties\n\n| property | type | what |\n|---|---|---|\n");
    for p in READ_ONLY_PROPERTIES {
        out.push_str(&row(&[&code(p.name), &code(p.type_text), p.description]));
    }
    out.push_str(
        "\n## Events\n\nAll bubble and are composed, so the document hears them too.\n\n\
         | event | type | when |\n|---|---|---|\n",
    );
    for e in EVENTS {
        out.push_str(&row(&[&code(e.name), &code(e.type_text), e.description]));
    }
    out.push_str(&format!(
        "\n```js\nconst card = document.querySelector('{TAG}');\nawait card.ready;\n\
         card.article = card.articles.at(-1).slug;\n\
         card.addEventListener('{change}', (e) => console.log(e.detail.slug, e.detail.cause));\n\
         ```\n",
        change = CHANGE_EVENT.name
    ));
    out.push_str(&format!(
        "\n## Parts\n\nFor `{TAG}::part(…)`.\n\n| part | what |\n|---|---|\n"
    ));
    for p in PARTS {
        out.push_str(&row(&[&code(p.name), p.description]));
    }
    out.push_str(
        "\n## Custom properties\n\nSet on the element or an ancestor.\n\n\
         | property | what |\n|---|---|\n",
    );
    for p in CUSTOM_PROPERTIES {
        out.push_str(&row(&[&code(p.name), p.description]));
    }
    out
}
