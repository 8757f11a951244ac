/**
 * `npm run build` — the whole publication in one step: astro build → Pagefind index → post-build checks.
 * All or nothing: on any failure `dist/` is removed, so a half-built site can never be served as if published.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import astroConfig from '../astro.config.mjs';
import { isEmbedPath } from '../src/lib/grafik/sematan.ts';
import { sitemapXml } from '../src/lib/peta-situs.ts';
import { buildSearchIndex } from './lib/search-index.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.KINERJA_DIST ?? 'dist');

function fail(message: string): never {
  rmSync(dist, { recursive: true, force: true });
  console.error(
    `\n✗ ${message}\n  dist/ dihapus agar situs setengah jadi tidak terbit. / dist/ removed so no half-built site is published.`,
  );
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
const astro = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
  },
);
if (astro.status !== 0) fail('astro build gagal / failed');

/** Every built page as a URL path (`/instansi/x/`), from the `index.html` files in dist. */
function pagePaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(dist, join(e.parentPath, '')).split(sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .filter((p) => !p.startsWith('/pagefind/') && !isEmbedPath(p));
}

writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(new URL(astroConfig.site ?? 'http://localhost/'), pagePaths(dist)));

try {
  const pages = await buildSearchIndex(dist);
  console.log(`Pagefind: ${pages} halaman diindeks / pages indexed`);
} catch (error) {
  fail(`Pagefind gagal / failed: ${error instanceof Error ? error.message : String(error)}`);
}
console.log(`✓ Situs siap di / site ready in ${dist}`);
