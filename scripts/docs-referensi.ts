/**
 * `npm run docs` — write the generated references (docs/referensi-format.md, docs/referensi-galat.md) from the
 * code. `--check` writes nothing and exits 1 when a committed file is out of date (test/unit/docs runs the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_REFERENCE, errorReference, FORMAT_REFERENCE, formatReference } from './lib/referensi.ts';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, render] of [
  [FORMAT_REFERENCE, formatReference],
  [ERROR_REFERENCE, errorReference],
] as const) {
  const text = render();
  const file = join(root, path);
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // not written yet
  }
  if (old === text) continue;
  if (check) {
    stale++;
    console.error(`✗ ${path} tidak mutakhir / is out of date: jalankan/run \`npm run docs\``);
  } else {
    writeFileSync(file, text);
    console.log(`✓ ${path}`);
  }
}
process.exitCode = stale ? 1 : 0;
