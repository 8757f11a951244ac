/**
 * Document quirks modelled in the content format: a printed cap (batas_capaian), a printed predicate on a summary
 * row, a value row lost from the extracted text, a scale with inferred bounds, a cover year.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/data/index.ts';
import { scoreReport } from '../../../src/lib/skor/index.ts';
import { averageRows } from '../../../src/lib/tampilan/laporan.ts';
import { REPORT, VALID_CONTENT } from '../../../scripts/lib/fixture-cases.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-kejanggalan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function siteWith(name: string, edits: Record<string, (text: string) => string>) {
  const content = join(tmp, name, 'content');
  cpSync(VALID_CONTENT, content, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(content, path);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  const { content: loaded, errors } = loadContent(content);
  expect(errors).toEqual([]);
  const report = loaded.reports[0]!;
  return { report, scored: scoreReport(report, loaded.scales) };
}

const META = `${REPORT}/laporan.yaml`;
const VAL = `${REPORT}/nilai.csv`;
const SUM = `${REPORT}/ringkasan.csv`;

describe('a printed cap (batas_capaian)', () => {
  const capped = siteWith('cap', {
    [META]: (t) => `${t}batas_capaian: 100\n`,
    // 110,32 / 80 = 137,9%: the document prints its cap, 100%.
    [VAL]: (t) => t.replace('S1.I1,2024,,capaian,89 %,"92,55%","103,99%"', 'S1.I1,2024,,capaian,80%,"110,32%","100%"'),
  });

  it('is "capped by the agency" (info), not a mismatch, with both figures shown', () => {
    const findings = capped.scored.findings.filter(
      (f) => f.location.entity === 'S1.I1' && f.location.field === 'capaian_tercetak',
    );
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['dibatasi-instansi', 'info']]);
    expect(findings[0]!.printed).toBe('100%');
    expect(findings[0]!.recomputed).toBe('137.9');
    expect(findings[0]!.explanation.en).toContain('Capped by the agency');
    const value = capped.scored.values.find((v) => v.indicator === 'S1.I1' && v.year === 2024 && v.role === 'capaian');
    expect(value?.printedCheck).toMatchObject({ matches: true, capped: true });
  });

  it('rates the row by the capped figure: 137,9% capped at 100 is "Berhasil", not "Sangat Berhasil"', () => {
    const value = capped.scored.values.find((v) => v.indicator === 'S1.I1' && v.year === 2024 && v.role === 'capaian');
    expect(value?.predicates.own).toMatchObject({ kind: 'pita', label: 'Berhasil' });
  });

  it('gives averages their predicate from the capped mean', () => {
    const s1 = capped.scored.averages.find((a) => a.scope === 'S1')!;
    expect(s1.result.capped?.mean.kind).toBe('persen');
    const cappedMean = s1.result.capped!.mean as { value: { toNumber(): number } };
    const own = s1.predicates.own;
    expect(own?.kind === 'pita' && own.label).toBe(cappedMean.value.toNumber() >= 110 ? 'Sangat Berhasil' : 'Berhasil');
  });

  it('without the declaration the same row is a mismatch', () => {
    const plain = siteWith('no-cap', {
      [VAL]: (t) =>
        t.replace('S1.I1,2024,,capaian,89 %,"92,55%","103,99%"', 'S1.I1,2024,,capaian,80%,"110,32%","100%"'),
    });
    const kinds = plain.scored.findings.filter((f) => f.location.entity === 'S1.I1').map((f) => f.kind);
    expect(kinds).toContain('capaian-berbeda');
    expect(kinds).not.toContain('dibatasi-instansi');
  });
});

describe('predikat_tercetak on a summary row', () => {
  it('is compared with the band of the printed average on the report scale', () => {
    const { scored } = siteWith('summary-predicate', {
      [SUM]: (t) =>
        t
          .replace('lingkup,jenis,nilai,', 'lingkup,jenis,nilai,predikat_tercetak,')
          .replace('S1,rata-rata-capaian,"106,22%",', 'S1,rata-rata-capaian,"106,22%",Sangat Berhasil,'),
    });
    const finding = scored.findings.find(
      (f) => f.kind === 'predikat-berbeda' && f.location.field === 'predikat_tercetak',
    );
    expect(finding).toMatchObject({ printed: 'Sangat Berhasil', recomputed: 'Berhasil', location: { entity: 'S1' } });
    expect(scored.summaries[0]?.printedPredicate).toBe('Sangat Berhasil');
  });

  it('agrees silently when the band is the printed one', () => {
    const { scored } = siteWith('summary-predicate-ok', {
      [SUM]: (t) =>
        t
          .replace('lingkup,jenis,nilai,', 'lingkup,jenis,nilai,predikat_tercetak,')
          .replace('S1,rata-rata-capaian,"106,22%",', 'S1,rata-rata-capaian,"106,22%",BERHASIL,'),
    });
    expect(scored.findings.filter((f) => f.location.field === 'predikat_tercetak')).toEqual([]);
  });
});

describe('a row lost from the source (hilang_dari_sumber)', () => {
  const lost = siteWith('lost-row', {
    // The extracted table lost S1.I2's row: the transcriber keeps it, without figures, marked lost.
    [VAL]: (t) =>
      t
        .trimEnd()
        .split('\n')
        .map((line, i) => `${line},${i === 0 ? 'hilang_dari_sumber' : ''}`)
        .join('\n')
        .replace('S1.I2,2024,,capaian,"0,63","0,12","19,05%",', 'S1.I2,2024,,capaian,,,,')
        .replace(/(S1\.I2,2024,,capaian,.*),$/m, '$1,ya'),
  });

  it('is read with no figures and excluded from the averages, which name it', () => {
    const row = lost.report.values.find((v) => v.indicator === 'S1.I2');
    expect(row?.lostFromSource).toBe(true);
    const s1 = lost.scored.averages.find((a) => a.scope === 'S1')!;
    expect(s1.result.included).toEqual(['S1.I1']);
    expect(s1.result.lostFromSource).toEqual(['S1.I2']);
    expect(averageRows(lost.scored, 'id').find((a) => a.scope === 'S1')?.lostFromSource).toEqual(['S1.I2']);
  });

  it('turns a printed average that differs into an info finding "computed without row …", not an agency error', () => {
    const finding = lost.scored.findings.find((f) => f.kind === 'rata-rata-berbeda');
    expect(finding?.severity).toBe('info');
    expect(finding?.explanation.en).toContain('Computed without row S1.I2, lost from the source text');
  });

  it('refuses figures on a row marked lost', () => {
    const content = join(tmp, 'lost-with-figures', 'content');
    cpSync(join(tmp, 'lost-row', 'content'), content, { recursive: true });
    const file = join(content, VAL);
    writeFileSync(file, readFileSync(file, 'utf8').replace('S1.I2,2024,,capaian,,,,', 'S1.I2,2024,,capaian,,"0,12",,'));
    const { errors } = loadContent(content);
    expect(errors.map((e) => [e.code, e.field])).toEqual([['field-invalid', 'realisasi']]);
  });
});

describe('a scale with inferred bounds and a cover year', () => {
  it('are read into the model', () => {
    const content = join(tmp, 'inferred', 'content');
    cpSync(VALID_CONTENT, content, { recursive: true });
    writeFileSync(
      join(content, 'skala/contoh-lkjip-2024.yaml'),
      readFileSync(join(content, 'skala/contoh-lkjip-2024.yaml'), 'utf8') + 'batas: disimpulkan\n',
    );
    writeFileSync(join(content, META), readFileSync(join(content, META), 'utf8') + 'tahun_sampul: 2025\n');
    const { content: loaded, errors } = loadContent(content);
    expect(errors).toEqual([]);
    expect(loaded.scales.find((s) => s.slug === 'contoh-lkjip-2024')).toMatchObject({ inferred: true });
    expect(loaded.scales.find((s) => s.slug === 'nasional')).not.toHaveProperty('inferred');
    expect(loaded.reports[0]!.meta.coverYear).toBe(2025);
  });
});

describe('on the real content', () => {
  it('Lumajang TW I prints "kategori rendah" for its 59,71% average, which the report scale agrees with', () => {
    const { content } = loadContent(join(import.meta.dirname, '..', '..', '..', 'content'));
    const report = content.reports.find((r) => r.id === 'dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1')!;
    const scored = scoreReport(report, content.scales);
    expect(scored.summaries.find((s) => s.kind === 'rata-rata-capaian')?.printedPredicate).toBe('rendah');
    expect(
      scored.findings.filter((f) => f.location.field === 'predikat_tercetak' && f.location.entity === 'laporan'),
    ).toEqual([]);
  });
});
