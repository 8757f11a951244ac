import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../../scripts/validate.ts';
import { REPORT, VALID_CONTENT } from '../../../scripts/lib/fixture-cases.ts';
import { rowRanges } from '../../../src/lib/data/peringatan.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-peringatan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function site(name: string): string {
  const content = join(tmp, name, 'content');
  cpSync(VALID_CONTENT, content, { recursive: true });
  return content;
}

describe('validate warnings about valid but incomplete content', () => {
  it('the valid fixture has none', () => {
    const run = validateCommand([], { KINERJA_CONTENT: site('clean') }, tmp);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toContain('⚠');
  });

  it('names an indicator that has no value row, without failing', () => {
    const content = site('no-values');
    const nilai = join(content, REPORT, 'nilai.csv');
    const lines = readFileSync(nilai, 'utf8').split('\n');
    writeFileSync(nilai, lines.filter((l) => !l.startsWith('S2.I1,')).join('\n'));
    const run = validateCommand([join(content, REPORT)], { KINERJA_CONTENT: content }, tmp);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /⚠ content\/laporan\/dinas-contoh\/2024-lkjip\/indikator\.csv:\d+ "S2\.I1 [^"]*"\n {2}Indikator tanpa baris nilai di nilai\.csv/,
    );
    expect(run.stdout).toContain('Indicator with no row in nilai.csv');
    expect(run.stdout).toContain('1 peringatan / warning(s) (bukan kesalahan / not errors)');
    expect(run.stdout).toContain('✓ Konten valid.');
  });

  it('groups the indicators without values of one report into one warning, each named with its row', () => {
    const content = site('no-values-many');
    const nilai = join(content, REPORT, 'nilai.csv');
    const lines = readFileSync(nilai, 'utf8').split('\n');
    writeFileSync(nilai, lines.filter((l) => !/^(S2\.I1|S2\.I2),/.test(l)).join('\n'));
    const run = validateCommand([join(content, REPORT)], { KINERJA_CONTENT: content }, tmp);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /⚠ content\/laporan\/dinas-contoh\/2024-lkjip\/indikator\.csv:\d+(–\d+|, \d+) "2 indikator \/ indicators"\n {2}2 indikator tanpa baris nilai di nilai\.csv/,
    );
    expect(run.stdout).toContain('2 indicators with no row in nilai.csv: their pages will show no target');
    expect(run.stdout).toMatch(/\n {4}\d+: S2\.I1 /);
    expect(run.stdout).toMatch(/\n {4}\d+: S2\.I2 /);
    expect(run.stdout).toContain('1 peringatan / warning(s) (bukan kesalahan / not errors)');
  });

  it('writes the rows of a grouped warning as ranges', () => {
    expect(rowRanges([9, 3, 4, 5, 12, 13])).toBe('3–5, 9, 12–13');
    expect(rowRanges([7])).toBe('7');
  });

  it('names a document text no report cites, in a full and in a one-report check', () => {
    const content = site('orphan');
    const documents = join(content, 'dokumen');
    writeFileSync(join(documents, 'lkjip-2024-salinan.txt'), '=== Halaman 1 ===\nTabel 3.1\n');
    for (const args of [[], [join(content, REPORT)]]) {
      const run = validateCommand(args, { KINERJA_CONTENT: content }, tmp);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain('⚠ content/dokumen/lkjip-2024-salinan.txt\n  Tidak ada laporan yang merujuk');
      // The cited document is not named.
      expect(run.stdout).not.toContain('⚠ content/dokumen/contoh.txt');
    }
  });
});
