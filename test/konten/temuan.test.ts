/**
 * The scoring engine on the real content: the printed errors the transcribers found in the five documents (see each
 * report's CATATAN.md) must come out as findings, with the printed and recomputed figures; and every printed capaian
 * either agrees with the recomputation or carries a finding.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/data/index.ts';
import { scoreReport, type Finding, type ScoredReport } from '../../src/lib/skor/index.ts';

const { content, errors } = loadContent(join(import.meta.dirname, '..', '..', 'content'));
const scored = new Map<string, ScoredReport>(content.reports.map((r) => [r.id, scoreReport(r, content.scales)]));

function findingsOf(report: string): Finding[] {
  const s = scored.get(report);
  if (!s) throw new Error(`no report ${report}`);
  return s.findings;
}

function expectFinding(
  report: string,
  match: Partial<Pick<Finding, 'kind' | 'severity' | 'printed' | 'recomputed'>> & { entity: string; line?: number },
) {
  const { entity, line, ...rest } = match;
  const hit = findingsOf(report).find(
    (f) =>
      f.location.entity === entity &&
      (line === undefined || f.location.line === line) &&
      Object.entries(rest).every(([k, v]) => f[k as keyof Finding] === v),
  );
  expect(hit, `${report}: ${JSON.stringify(match)}`).toBeDefined();
  return hit!;
}

const MALANG = 'dinsos-p3ap2kb-kota-malang/2023-lkjip';
const LUMAJANG = 'dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1';
const RENJA = 'dinsos-p3a-kota-probolinggo/2021-renja';
const PBL2018 = 'dinsos-p3a-kota-probolinggo/2018-lkjip';
const PBL2024 = 'dinsos-p3a-kota-probolinggo/2024-lkjip';

describe('real content scores without content errors', () => {
  it('validates', () => expect(errors).toEqual([]));
});

describe('Malang LKjIP 2023', () => {
  it('Tabel 3.1: Laju Pertumbuhan Penduduk is negative but printed as R/T: 19,05% vs 180,95%', () => {
    expectFinding(MALANG, {
      entity: 'T3.I1',
      line: 587,
      kind: 'polaritas-diabaikan',
      printed: '19.05%',
      recomputed: '180.952381',
    });
  });
  it('Tabel 3.1: TFR per WUS, negative, printed 105,29% vs 94,71%', () => {
    expectFinding(MALANG, { entity: 'S3.I1', line: 588, kind: 'polaritas-diabaikan', recomputed: '94.705882' });
  });
  it('budget realisation: Administrasi Kepegawaian pagu 27.879.550,00 against realisasi 192.513.750 printed 84,48%', () => {
    expectFinding(MALANG, {
      entity: 'R.P01.K04',
      line: 1123,
      kind: 'serapan-berbeda',
      printed: '84,48%',
      recomputed: '690.519574',
    });
  });
  it('budget realisation: .722.543.361,00 (a digit lost in the PDF) is unreadable', () => {
    expectFinding(MALANG, { entity: 'R.P01.K05.S06', line: 1131, kind: 'tidak-terbaca', printed: '.722.543.361,00' });
  });
  it('revised PK: the programmes add up to 10.000.000 less than the printed total', () => {
    expectFinding(MALANG, {
      entity: 'PKP.TOTAL',
      line: 1632,
      kind: 'rincian-tidak-sama-dengan-induk',
      recomputed: '68936994211',
    });
  });
});

describe('Lumajang Laporan Triwulan I 2024', () => {
  it('Tabel 3.1: violence rate (negative) computed as positive: 9,4% vs 190,56%', () => {
    expectFinding(LUMAJANG, {
      entity: 'P02.I1',
      line: 408,
      kind: 'polaritas-diabaikan',
      printed: '9,4%',
      recomputed: '190.559441',
    });
  });
  it('Tabel 3.10: Program Penunjang sub kegiatan exceed the programme by 25.419.000', () => {
    const f = expectFinding(LUMAJANG, { entity: 'R.P07', line: 638, kind: 'rincian-tidak-sama-dengan-induk' });
    expect(f.recomputed).toBe('3901186054');
  });
  it('Tabel 3.4: IDG capaian printed 99,53% vs 59,61/59,98 = 99,38%', () => {
    expectFinding(LUMAJANG, { entity: 'S1.I1', line: 481, kind: 'capaian-berbeda', printed: '99,53%' });
  });
});

describe('Probolinggo Renja 2021', () => {
  it('evaluation table line 201: capaian 19,23 % for realisasi 1 against target 2,6 (38,46%)', () => {
    expectFinding(RENJA, {
      entity: 'E20.P06.K01.I2',
      line: 201,
      kind: 'capaian-berbeda',
      printed: '19,23 %',
      recomputed: '38.461538',
    });
  });
  it('evaluation table line 183: programme pagu 4.685.077.500 vs its kegiatan 2.436.525.000', () => {
    expectFinding(RENJA, {
      entity: 'A20.U1.P03',
      line: 183,
      kind: 'rincian-tidak-sama-dengan-induk',
      recomputed: '2436525000',
    });
  });
});

describe('Probolinggo LKjIP 2018', () => {
  it('Tabel 3.1.3 line 748: "tingkat kemajuan" 99,57% vs 99,57/85 = 117,14%', () => {
    expectFinding(PBL2018, {
      entity: 'S1.I1',
      line: 748,
      kind: 'capaian-berbeda',
      printed: '99,57%',
      recomputed: '117.141176',
    });
  });
  it('its own scale has gaps and overlaps', () => {
    expect(findingsOf(PBL2018).map((f) => f.kind)).toEqual(
      expect.arrayContaining(['skala-celah', 'skala-tumpang-tindih']),
    );
  });
});

describe('Probolinggo LKjIP 2024', () => {
  it('the PK target 89 % differs from the evaluation tables’ 90%', () => {
    expectFinding(PBL2024, { entity: 'S1.I1', line: 661, kind: 'target-berbeda', printed: '90%' });
  });
  it('original PK vs P-APBD PK: the totals differ between the tables', () => {
    expectFinding(PBL2024, { entity: 'PKP', line: 601, kind: 'beda-antar-tabel', printed: 'Rp. 16.757.878.363,-' });
  });
  it('Tabel 3.1.3.F line 857: capaian printed N/A gives no efficiency (none is made up from other indicators)', () => {
    const row = scored.get(PBL2024)!.efficiency.find((e) => e.source.line === 857)!;
    expect(row.scope).toBe('S3.I2');
    expect(row.declared).toMatchObject({ kind: 'tidak-dapat-dihitung', reason: 'nilai-hilang' });
    expect(row.all).toEqual({});
  });
  it('"483.949.00," is unreadable', () => {
    expectFinding(PBL2024, { entity: 'PK.P10', line: 517, kind: 'tidak-terbaca', printed: '483.949.00,' });
  });
  it('"rata-rata 90%" does not match the mean capaian of the indicators', () => {
    expectFinding(PBL2024, { entity: 'laporan', line: 652, kind: 'rata-rata-berbeda', printed: '90%' });
  });
  it('the printed scale (> 89% … < 20%) has a gap and overlapping bounds', () => {
    expect(
      findingsOf(PBL2024)
        .filter((f) => f.location.entity === 'probolinggo-lkjip-2024')
        .map((f) => f.kind)
        .sort(),
    ).toEqual(['skala-celah', 'skala-tumpang-tindih', 'skala-tumpang-tindih']);
  });
});

describe('every printed capaian is either reproduced or flagged', () => {
  it.each([...scored.keys()])('%s', (id) => {
    const s = scored.get(id)!;
    const flagged = new Set(s.findings.map((f) => `${f.location.file}#${f.location.row}`));
    const unexplained = s.values.filter(
      (v) =>
        v.printedCapaian?.kind === 'number' &&
        v.capaian.kind === 'persen' &&
        v.printedCheck?.matches === false &&
        !flagged.has(`${v.source.file}#${v.source.row}`),
    );
    expect(unexplained.map((v) => `${v.source.table} b.${v.source.line}`)).toEqual([]);
    const reproduced = s.values.filter((v) => v.printedCheck?.matches === true).length;
    expect(reproduced).toBeGreaterThan(0);
  });
});

describe('a programme allocation printed in two tables with different figures', () => {
  const budgetFindings = (report: string) =>
    findingsOf(report).filter((f) => f.kind === 'beda-antar-tabel' && f.location.field === 'pagu');

  it('Lumajang: Tabel 3.10 against both copies of the PK (Tabel 2.1 and the appendix), CATATAN.md § Tabel 3.10', () => {
    // Penunjang 3.875.767.054 vs 3.901.186.054, Penanganan Bencana 307.649.463 vs 314.309.463, TMP 135.618.100 vs
    // 137.730.708: each copy of the PK prints the same figure, so each pair is a finding.
    const found = budgetFindings(LUMAJANG).map((f) => `${f.location.entity} ${f.printed} ${f.recomputed}`);
    expect(found.sort()).toEqual(
      [
        'R.P07 3.875.767.054,00 Rp. 3.901.186.054,-',
        'R.P07 3.875.767.054,00 Rp. 3.901.186.054,-',
        'R.P08 307.649.463,00 Rp. 314.309.463,-',
        'R.P08 307.649.463,00 Rp. 314.309.463,-',
        'R.P13 135.618.100,00 Rp 137.730.708,-',
        'R.P13 135.618.100,00 Rp. 137.730.708,-',
      ].sort(),
    );
    expect(budgetFindings(LUMAJANG).every((f) => f.severity === 'warning')).toBe(true);
  });

  it('Malang: the revised PK appendix prints KS as 7.953.133.537, Tabel 2.4.3 and Bab III.B 7.963.133.537', () => {
    const f = expectFinding(MALANG, { entity: 'R.P14', kind: 'beda-antar-tabel', severity: 'warning' });
    expect([f.printed, f.recomputed]).toEqual(['7.963.133.537,00', 'Rp 7.953.133.537,00']);
    expect(f.explanation.id).toContain('Lampiran 2 Perubahan Perjanjian Kinerja Tahun 2023');
  });

  it('Probolinggo 2018: the PK 2018 of Tabel 2.2 against Lampiran 4, and no 2017 table against a 2018 one', () => {
    const found = budgetFindings(PBL2018);
    expect(found.map((f) => f.location.entity).sort()).toEqual(
      ['P01', 'P02', 'P03', 'P05', 'P06', 'P07', 'P08', 'P09'].map((p) => `PK18.${p}`),
    );
    expectFinding(PBL2018, { entity: 'PK18.P01', printed: 'Rp 1.027.857.500', recomputed: 'Rp. 1.125.802.250,-' });
    const report = content.reports.find((r) => r.id === PBL2018)!;
    const yearOf = (prefix: string) => new Set(report.budget.filter((b) => b.id.startsWith(prefix)).map((b) => b.year));
    // Bab 3.2 (line 804 "Tahun 2017"), Lampiran 3 "Pengukuran Kinerja … 2017", Lampiran 2 "PK Perubahan 2017".
    for (const prefix of ['R.', 'L3.', 'PKP17.']) expect([...yearOf(prefix)], prefix).toEqual([2017]);
    for (const prefix of ['PK.', 'PK18.']) expect([...yearOf(prefix)], prefix).toEqual([2018]);
  });

  it('Probolinggo 2024: Tabel 3.2 is compared with Tabel 2.2 (pagu and realisasi) and agrees', () => {
    const s = scored.get(PBL2024)!;
    const copies = s.budgetComparisons.filter((c) => c.role === 'realisasi' && c.otherRole === 'realisasi');
    expect(copies.length).toBeGreaterThan(100);
    expect(copies.filter((c) => c.same === false)).toEqual([]);
    expect(new Set(copies.map((c) => c.field))).toEqual(new Set(['pagu', 'realisasi']));
  });
});
