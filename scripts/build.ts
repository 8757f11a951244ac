/**
 * `npm run build` — the whole publication in one step: astro build → Pagefind index → post-build checks.
 * All or nothing: on any failure `dist/` is removed, so a half-built site can never be served as if published.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex } from './lib/search-index.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.KINERJA_DIST ?? 'dist');

function fail(message: string): never {
  rmSync(dist, { recursive: true, force: true });
  console.error(`\n✗ ${message}\n  dist/ dihapus agar situs setengah jadi tidak terbit. / dist/ removed so no half-built site is published.`);
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
});
if (astro.status !== 0) fail('astro build gagal / failed');

try {
  const pages = await buildSearchIndex(dist);
  console.log(`Pagefind: ${pages} halaman diindeks / pages indexed`);
} catch (error) {
  fail(`Pagefind gagal / failed: ${error instanceof Error ? error.message : String(error)}`);
}
console.log(`✓ Situs siap di / site ready in ${dist}`);
