// Writes `FILE.br` (brotli, quality 11) and `FILE.gz` (gzip, level 9) beside every HTML, CSS,
// JavaScript, WebAssembly, JSON and SVG file under the directory given, so that a static host
// or CDN serves them precompressed (nginx's brotli_static/gzip_static, Caddy's precompressed).
// Run by the build program's precompress stage (xtask/) on trunk's staging directory. Uses only Node's zlib.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSED = /\.(html|css|js|wasm|json|svg)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSED.test(entry.name)) yield path;
  }
}

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIRECTORY');
  process.exit(2);
}
for (const path of files(dir)) {
  const bytes = readFileSync(path);
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
}
