/**
 * Two clean builds (of the e2e fixture, and of the real content) into temp dirs are byte-identical (sha256 of every file). On failure the
 * differing files are listed, with the first differing line of up to three text files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, E2E_CONTENT, tail } from './bangun.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kinerja-e2e-det-'));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    out.set(relative(dir, file).split(sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

function firstDifference(a: string, b: string): string {
  const la = readFileSync(a, 'utf8').split('\n');
  const lb = readFileSync(b, 'utf8').split('\n');
  const i = la.findIndex((line, n) => line !== lb[n]);
  const n = i === -1 ? la.length : i;
  return `line ${n + 1}:\n      A: ${(la[n] ?? '<EOF>').slice(0, 200)}\n      B: ${(lb[n] ?? '<EOF>').slice(0, 200)}`;
}

const SITES = [
  ['situs uji e2e / the e2e fixture site', E2E_CONTENT],
  ['konten sungguhan / the real content', join(import.meta.dirname, '..', '..', 'content')],
] as const;

test.each(SITES)(
  'dua build bersih identik byte demi byte / two clean builds are byte-identical: %s',
  // Two real builds each: a limit for a loaded 2-core machine (the embed pages added ~260 pages), not a timing.
  { timeout: 600_000 },
  async (_name, content) => {
    const key = content === E2E_CONTENT ? `e2e` : `konten`;
    const a = join(tmp, `${key}-a`);
    const b = join(tmp, `${key}-b`);
    for (const dist of [a, b]) {
      const build = await buildSite(content, dist);
      expect(build.ok, tail(build.log)).toBe(true);
    }
    const ha = hashes(a);
    const hb = hashes(b);
    expect(ha.size).toBeGreaterThan(0);
    const differing: string[] = [];
    for (const file of new Set([...ha.keys(), ...hb.keys()])) {
      if (!hb.has(file)) differing.push(`${file}: hanya di A / only in A`);
      else if (!ha.has(file)) differing.push(`${file}: hanya di B / only in B`);
      else if (ha.get(file) !== hb.get(file)) differing.push(`${file}: isi berbeda / content differs`);
    }
    const textDiffs = differing
      .filter((d) => d.endsWith('content differs') && /\.(html|css|js|json|xml|csv|txt)$/.test(d.split(':')[0]!))
      .slice(0, 3)
      .map((d) => {
        const file = d.split(':')[0]!;
        return `  ${file} ${firstDifference(join(a, file), join(b, file))}`;
      });
    expect(
      differing,
      `${differing.length} berkas berbeda / files differ:\n${differing.sort().join('\n')}\n${textDiffs.join('\n')}`,
    ).toEqual([]);
  },
);
