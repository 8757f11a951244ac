/**
 * `npm run screenshots` — the README's pictures of the report page at 1280 and 360 CSS px, taken in Debian's
 * Chromium from the e2e fixture site (built here with the real build), charts drawn. Written to docs/gambar/ as
 * palette PNGs so they stay small in the repository.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite, E2E_CONTENT, tail } from '../test/e2e/bangun.ts';
import { hydrateAll, launch } from '../test/e2e/peramban.ts';
import { serveStatic } from '../test/e2e/server.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs', 'gambar');
const REPORT = '/instansi/dinas-contoh/2024-lkjip/';
const SHOTS = [
  { name: 'laporan-1280.png', width: 1280, height: 1400 },
  { name: 'laporan-360.png', width: 360, height: 1400 },
];

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-gambar-'));
try {
  const dist = join(tmp, 'dist');
  const build = await buildSite(E2E_CONTENT, dist);
  if (!build.ok) throw new Error(`build gagal / failed:\n${tail(build.log)}`);
  const server = await serveStatic(dist);
  const browser = await launch();
  // sharp comes with Astro (its image service); here it only re-encodes the PNGs with a palette.
  const sharp = createRequire(import.meta.url)('sharp') as typeof import('sharp').default;
  mkdirSync(out, { recursive: true });
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${server.url}${REPORT}`);
      await hydrateAll(page);
      const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      const small = await sharp(png).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toBuffer();
      writeFileSync(join(out, shot.name), small);
      console.log(`docs/gambar/${shot.name}: ${shot.width}×${shot.height}, ${(small.length / 1024).toFixed(0)} KiB`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
