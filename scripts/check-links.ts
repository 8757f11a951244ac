/** `npm run check:links` — crawl dist/ and fail on any broken internal link or fragment. */
import { resolve } from 'node:path';
import { findBrokenLinks } from './lib/periksa-tautan.ts';

const dist = resolve(import.meta.dirname, '..', process.env.KINERJA_DIST ?? 'dist');
const { pages, links, broken } = findBrokenLinks(dist);
for (const b of broken.slice(0, 50)) console.error(`✗ ${b.page} → ${b.href} (${b.reason})`);
console.log(`${pages} halaman/pages, ${links} tautan/links, ${broken.length} rusak/broken`);
process.exit(broken.length > 0 ? 1 : 0);
