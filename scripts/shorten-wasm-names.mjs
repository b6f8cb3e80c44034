// Shortens the names the card's wasm and wasm-bindgen's glue know each other by: every import
// (`__wbg_addEventListener_f2d27251d333a631` and 130 more, each with a hash that does not
// compress) and export becomes one or two letters, in the wasm and in the glue alike. Runs
// binaryen's `-Oz --minify-imports-and-exports-and-modules` on the wasm, then renames the same
// names in the glue from the map it prints. A glue whose shape this does not know fails the
// build here, rather than a card at run time.
// Run by scripts/post-build.sh on trunk's staging directory, before the wasm gets its hashed name
// and the glue is bundled into news-card.js. Uses only Node and the npm packages' wasm-opt.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, wasmFile, glueFile] = process.argv.slice(2);
if (!dir || !wasmFile || !glueFile) {
  throw new Error('usage: shorten-wasm-names.mjs DIR WASM GLUE (file names in DIR)');
}
const wasm = join(dir, wasmFile);
const glue = join(dir, glueFile);

const map = JSON.parse(
  execFileSync(
    'node_modules/.bin/wasm-opt',
    [wasm, '-Oz', '--minify-imports-and-exports-and-modules', '-o', wasm],
    { encoding: 'utf8' },
  ),
);

let js = readFileSync(glue, 'utf8');
const fail = (what) => {
  throw new Error(`${glue}: ${what}; wasm-bindgen's glue has a shape this script does not know`);
};
const escape = (name) => name.replace(/[$]/g, '\\$&');

// Imports: keys of the object wasm-bindgen builds, `name: function(…)`, under one module.
const modules = new Set(map.imports.map(([module]) => module));
if (modules.size !== 1) fail(`imports from ${modules.size} modules`);
const [module] = modules;
const moduleKey = `${JSON.stringify(module)}:`;
if (js.split(moduleKey).length !== 2) fail(`the module ${module} is not named once`);
// binaryen names every module of a module-minified wasm "a".
js = js.replace(moduleKey, '"a":');
for (const [, name, short] of map.imports) {
  const key = new RegExp(`(^|[\\s{,])${escape(name)}:`, 'g');
  const found = js.match(key)?.length ?? 0;
  if (found !== 1) fail(`the import ${name} is defined ${found} times`);
  js = js.replace(key, `$1${short}:`);
}

// Exports: read as `wasm.name`.
const exports = new Map(map.exports);
js = js.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  const short = exports.get(name);
  if (short === undefined) fail(`it reads wasm.${name}, which the wasm does not export`);
  return `wasm.${short}`;
});
writeFileSync(glue, js);
