/**
 * Fidelity: every table the five documents print (a block of lines with tabs and figures) is either transcribed —
 * some content row cites a line inside it — or listed in the report's CATATAN.md inventory with the reason it is
 * not (table of contents, a scale kept in content/skala/, a header row, an image).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT } from './csv.ts';

function tableBlocks(lines: string[]): [number, number][] {
  const blocks: [number, number][] = [];
  lines.forEach((line, i) => {
    const n = i + 1;
    if (!line.includes('\t') || !/\d/.test(line)) return;
    const last = blocks.at(-1);
    if (last && n - last[1] <= 3) last[1] = n;
    else blocks.push([n, n]);
  });
  return blocks;
}

function citedLines(dir: string, extraTables: { berkas: string; sumber_baris?: number }[]): Set<number> {
  const cited = new Set<number>();
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.csv')),
    ...(existsSync(join(dir, 'tabel')) ? readdirSync(join(dir, 'tabel')).map((f) => `tabel/${f}`) : []),
  ];
  for (const file of files) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true }).data;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if ((column === 'sumber_baris' || column.toLowerCase().startsWith('baris')) && /^\d+$/.test(value ?? ''))
          cited.add(Number(value));
      }
    }
  }
  // An extra table cites its caption line, a few lines above its first row.
  for (const t of extraTables) if (t.sumber_baris) for (let d = 0; d <= 12; d++) cited.add(t.sumber_baris + d);
  return cited;
}

const root = join(CONTENT, 'laporan');
const reports = readdirSync(root).flatMap((agency) =>
  readdirSync(join(root, agency)).map((folder) => join(root, agency, folder)),
);

describe.each(reports.map((dir) => [dir.slice(root.length + 1), dir]))('%s', (_name, dir) => {
  const meta = parse(readFileSync(join(dir, 'laporan.yaml'), 'utf8')) as {
    dokumen: { berkas: string };
    tabel_tambahan?: { berkas: string; sumber_baris?: number }[];
  };
  const lines = readFileSync(join(CONTENT, 'dokumen', meta.dokumen.berkas), 'utf8').split('\n');
  const notes = readFileSync(join(dir, 'CATATAN.md'), 'utf8');
  const inventory = new Map(
    [...notes.matchAll(/^\| (\d+)-(\d+) \| [^|]* \| ([^|]+) \|$/gm)].map((m) => [`${m[1]}-${m[2]}`, m[3]!.trim()]),
  );
  const cited = citedLines(dir, meta.tabel_tambahan ?? []);

  it('transcribes every printed table or says in CATATAN.md why not', () => {
    const blocks = tableBlocks(lines);
    expect(blocks.length).toBeGreaterThan(10);
    const missing = blocks
      .filter(([a, b]) => ![...Array(b - a + 1).keys()].some((k) => cited.has(a + k)))
      .map(([a, b]) => `${a}-${b}`)
      .filter((range) => {
        const reason = inventory.get(range);
        return reason === undefined || /belum ditranskripsi/.test(reason);
      });
    expect(missing).toEqual([]);
  });

  it('lists every block in the inventory', () => {
    for (const [a, b] of tableBlocks(lines)) expect(inventory.has(`${a}-${b}`), `${a}-${b}`).toBe(true);
  });
});
