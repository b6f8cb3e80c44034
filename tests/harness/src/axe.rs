//! Accessibility checks with axe-core, the standard engine, run in the page.

use crate::{root, Browser};

impl Browser {
    /// Runs axe-core on the page with the WCAG 2.2 A/AA and best-practice rules and returns
    /// the violations (rule id, impact and the targets of each node).
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string(root().join("node_modules/axe-core/axe.min.js"))
            .expect("node_modules/axe-core (scripts/setup.sh installs it)");
        self.client.execute(&axe, vec![]).await.unwrap();
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                // Colours are checked once transitions (a tab switch, a scheme change) are over.
                const animations = [document, ...[...document.querySelectorAll('*')]
                    .map(e => e.shadowRoot).filter(Boolean)].flatMap(r => r.getAnimations());
                Promise.all(animations.map(a => a.finished.catch(() => {}))).then(() =>
                axe.run(document, { runOnly: { type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                    resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ` +
                      v.nodes.map(n => JSON.stringify(n.target)).join(', '))))
                  .catch(e => done(['axe failed: ' + e])));"#,
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(result).unwrap()
    }
}
