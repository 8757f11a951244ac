/**
 * Tag payloads never reach the site: the validator reports each one in CSV text columns and in YAML text (located),
 * and the build fails and leaves no output. (So the injection fixture carries tags only in its free-form extra table.)
 */
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatError, loadContent } from '../../src/lib/data/index.ts';
import { buildSite, E2E_CONTENT, tail } from './bangun.ts';
import { FIXTURE } from './situs.ts';

let tmp: string;
/** Hostile tags in CSV text columns of the injection report. */
let csvContent: string;
/** Hostile tags in YAML text (report metadata and agency) — checked separately: a bad agency file stops its reports. */
let yamlContent: string;
const report = (content: string) => join(content, 'laporan', FIXTURE.hostile, FIXTURE.report);

async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" tidak ada / not found`);
  await writeFile(file, text.replace(from, to));
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kinerja-e2e-html-'));
  csvContent = join(tmp, 'csv');
  yamlContent = join(tmp, 'yaml');
  await cp(E2E_CONTENT, csvContent, { recursive: true });
  await cp(E2E_CONTENT, yamlContent, { recursive: true });

  const r = report(csvContent);
  await appendFile(join(r, 'narasi.csv'), 'S1.I1,kendala,<script>alert(1)</script>,Tabel 3.1.1.H,95\n');
  await replaceIn(join(r, 'indikator.csv'), 'S1.I9,S1,javascript:alert(1)', 'S1.I9,S1,<img src=x onerror=alert(1)>');
  await replaceIn(
    join(r, 'anggaran.csv'),
    'R.P1.K2,R.P1,kegiatan,1.06.02.2.02,@SUM(1)',
    'R.P1.K2,R.P1,kegiatan,1.06.02.2.02,"<a href=""javascript:alert(1)"">klik</a>"',
  );
  await replaceIn(
    join(r, 'pohon-kinerja.csv'),
    'S1,sasaran,T1,javascript:alert(1)',
    'S1,sasaran,T1,<svg onload=alert(1)>',
  );

  await replaceIn(
    join(report(yamlContent), 'laporan.yaml'),
    'judul_asli: "javascript:alert(1)"',
    'judul_asli: "<img src=x onerror=alert(1)>"',
  );
  await replaceIn(
    join(yamlContent, 'instansi', `${FIXTURE.hostile}.yaml`),
    'singkatan: "javascript:alert(1)"',
    'singkatan: "<script>alert(1)</script>"',
  );
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** `file:row:field` of every html-in-text error (row `-` for YAML). */
function htmlErrors(content: string): { found: string[]; all: string } {
  const { errors } = loadContent(content);
  return {
    found: errors
      .filter((e) => e.code === 'html-in-text')
      .map((e) => `${e.file.split('/').pop()}:${e.row ?? '-'}:${e.field}`)
      .sort(),
    all: errors.map(formatError).join('\n'),
  };
}

test('validator menolak tag HTML di kolom teks CSV / the validator rejects HTML tags in CSV text columns', () => {
  const { found, all } = htmlErrors(csvContent);
  expect(found, all).toEqual([
    'anggaran.csv:5:nama',
    'indikator.csv:10:nama',
    'narasi.csv:7:teks',
    'pohon-kinerja.csv:3:nama',
  ]);
});

test('validator menolak tag HTML di teks YAML / the validator rejects HTML tags in YAML text', () => {
  const { found, all } = htmlErrors(yamlContent);
  expect(found, all).toEqual(
    [`${FIXTURE.hostile}.yaml:-:nama[0].singkatan`, 'laporan.yaml:-:dokumen.judul_asli'].sort(),
  );
});

test('build gagal dan tidak meninggalkan dist / the build fails and leaves no dist', async () => {
  const dist = join(tmp, 'dist');
  const build = await buildSite(csvContent, dist);
  expect(build.ok, `build seharusnya gagal / the build should fail:\n${tail(build.log)}`).toBe(false);
  expect(build.log).toMatch(/tag HTML|HTML tag/);
  expect(existsSync(dist), 'dist/ tertinggal / dist/ left behind').toBe(false);
});
