/**
 * `npm run generate:korpus -- --laporan 1000 [--benih 1] [--keluar .tmp/korpus-1000]` — write a synthetic,
 * seeded, deterministic corpus (valid by our schema) to `<keluar>/content/`, for benchmarks and the sharding test.
 * Build it with `KINERJA_CONTENT=<keluar>/content npm run build`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, SHARED_SCALES, type CorpusOptions, type CorpusSummary } from './lib/korpus.ts';

const root = resolve(import.meta.dirname, '..');

/** Write a corpus of `reports` reports under `<out>/content/` (replacing what was there). */
export function writeCorpus(
  out: string,
  reports: number,
  seed = 1,
  options: Omit<CorpusOptions, 'reports' | 'seed'> = {},
): CorpusSummary {
  const content = join(out, 'content');
  rmSync(content, { recursive: true, force: true });
  const scales = Object.fromEntries(
    SHARED_SCALES.map((name) => [name, readFileSync(join(root, 'content', 'skala', name), 'utf8')]),
  );
  const made = new Set<string>();
  return generateCorpus({ ...options, reports, seed }, scales, (path, text) => {
    const target = join(content, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, text);
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      laporan: { type: 'string', default: '100' },
      benih: { type: 'string', default: '1' },
      keluar: { type: 'string' },
    },
  });
  const reports = Number(values.laporan);
  const out = resolve(values.keluar ?? `.tmp/korpus-${reports}`);
  const summary = writeCorpus(out, reports, Number(values.benih));
  console.log(
    `${summary.reports} laporan/reports · ${summary.agencies} instansi/agencies · ${summary.regions} wilayah/regions · ${summary.provinces} provinsi → ${join(out, 'content')}`,
  );
}
