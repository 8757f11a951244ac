/**
 * `npm run build` — the whole publication in one step: astro build → Pagefind index → post-build checks.
 * All or nothing: on any failure `dist/` is removed, so a half-built site can never be served as if published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import astroConfig from '../astro.config.mjs';
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

/** Written into every built site, so a later build knows the folder it is about to delete is one of its own. */
const MARKER = '.kinerja-terbuka-situs';

/**
 * The output folder is deleted before building: refuse anything that is not missing, empty, or a site built here
 * (the marker, or — for sites built before the marker existed — index.html, _astro/ and pagefind/ together).
 * `KINERJA_DIST=$HOME npm run build` must not delete a home folder.
 */
function refuseForeignDist(): void {
  if (!existsSync(dist)) return;
  const st = lstatSync(dist);
  const entries = st.isDirectory() ? readdirSync(dist) : [];
  const built =
    entries.includes(MARKER) || ['index.html', '_astro', 'pagefind'].every((name) => entries.includes(name));
  if (st.isDirectory() && !st.isSymbolicLink() && (entries.length === 0 || built)) return;
  console.error(
    `\n✗ Folder keluaran ${dist} bukan folder kosong atau situs hasil build sebelumnya; tidak dihapus. ` +
      'Pilih folder lain untuk KINERJA_DIST, atau hapus sendiri bila memang tidak diperlukan.\n' +
      `  The output folder ${dist} is neither empty nor a site built here before; it was not deleted. ` +
      'Choose another folder for KINERJA_DIST, or delete it yourself if it is not needed.',
  );
  process.exit(1);
}

refuseForeignDist();
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
    .filter((p) => !p.startsWith('/pagefind/'));
}

writeFileSync(join(dist, MARKER), 'Situs Kinerja Terbuka hasil npm run build / built by npm run build\n');
writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(new URL(astroConfig.site ?? 'http://localhost/'), pagePaths(dist)));

try {
  const pages = await buildSearchIndex(dist);
  console.log(`Pagefind: ${pages} halaman diindeks / pages indexed`);
} catch (error) {
  fail(`Pagefind gagal / failed: ${error instanceof Error ? error.message : String(error)}`);
}
console.log(`✓ Situs siap di / site ready in ${dist}`);
