import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../../src/lib/portal.ts';
import {
  crossCheckBudget,
  matchBudgetLine,
  normaliseBudgetName,
  scoreBudgetLines,
  sumAmounts,
  totalMembers,
} from '../../../src/lib/skor/anggaran.ts';
import { computeSerapan } from '../../../src/lib/skor/serapan.ts';
import { budget, p, unreadable } from './fixtures.ts';

const REPORT = 'dinsos-test/2024-lkjip';

describe('serapan = realisasi / pagu × 100', () => {
  it('Probolinggo LKjIP 2024 Tabel 2.2: total 15.509.525.884 / 16.757.878.363 = 92,55%', () => {
    const serapan = computeSerapan(p('16.757.878.363'), p('15.509.525.884'));
    expect(serapan.kind === 'persen' && serapan.value.toFixed(2)).toBe('92.55');
  });

  it('Lumajang TW I 2024 Tabel 3.10: 1,158,498,355.00 / 30.316.880.763,00 (two formats in one table) = 3,82%', () => {
    const serapan = computeSerapan(p('30.316.880.763,00'), p('1,158,498,355.00', 'angka', 'en'));
    expect(serapan.kind === 'persen' && serapan.value.toFixed(2)).toBe('3.82');
  });

  it('pagu 0 is not computable; a realisation of 0 is 0%', () => {
    expect(computeSerapan(p('0'), p('0'))).toMatchObject({ kind: 'tidak-dapat-dihitung', reason: 'pagu-nol' });
    const zero = computeSerapan(p('46.505.000'), p('0'));
    expect(zero.kind === 'persen' && zero.value.toFixed()).toBe('0');
  });

  it('Lumajang TW I 2024 Tabel 3.8: realisasi printed "-" is not silently 0', () => {
    expect(computeSerapan(p('46.505.000'), p('-'))).toMatchObject({
      kind: 'tidak-dapat-dihitung',
      reason: 'nilai-hilang',
    });
  });

  it('missing and unreadable cells', () => {
    expect(computeSerapan(undefined, p('1'))).toMatchObject({ reason: 'target-tidak-tercetak' });
    expect(computeSerapan(p('1'), undefined)).toMatchObject({ reason: 'realisasi-tidak-tercetak' });
    expect(computeSerapan(unreadable('.722.543.361,00'), p('1'))).toMatchObject({ reason: 'tidak-terbaca' });
  });
});

/** Probolinggo LKjIP 2024 Tabel 2.2, the first programme with its kegiatan and sub kegiatan (lines 344–349). */
const probolinggo = [
  budget(
    'P1',
    'program',
    'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
    { pagu: '5.891.809.129', realisasi: '5.739.254.151', persen: '97,41%' },
    { row: 1 },
  ),
  budget(
    'P1.K1',
    'kegiatan',
    'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
    { pagu: '36.170.000', realisasi: '34.720.590', persen: '95,99%' },
    { parent: 'P1', row: 2 },
  ),
  budget(
    'P1.K1.S1',
    'subkegiatan',
    'Penyusunan Dokumen Perencanaan Perangkat Daerah',
    { pagu: '8.750.000', realisasi: '7.845.000', persen: '89,66%' },
    { parent: 'P1.K1', row: 3 },
  ),
  budget(
    'P1.K1.S2',
    'subkegiatan',
    'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
    { pagu: '27.420.000', realisasi: '26.875.590', persen: '98,01%' },
    { parent: 'P1.K1', row: 4 },
  ),
];

describe('budget lines: printed % and roll-ups', () => {
  it('Probolinggo LKjIP 2024 Tabel 2.2: sub kegiatan add up to their kegiatan, printed % all match', () => {
    const { lines, findings } = scoreBudgetLines(REPORT, probolinggo.slice(1));
    expect(findings).toEqual([]);
    expect(lines[0]?.rollUps).toMatchObject([
      { field: 'pagu', childCount: 2, matches: true },
      { field: 'realisasi', childCount: 2, matches: true },
    ]);
    expect(lines.map((line) => line.printedPercentMatch)).toEqual(['half-up', 'half-up', 'half-up']);
  });

  it('Probolinggo LKjIP 2024 Tabel 2.2: 4.120.900 / 4.121.000 printed 100,00% is a half-up rounding of 99,998%', () => {
    const { lines, findings } = scoreBudgetLines(REPORT, [
      budget('X', 'subkegiatan', 'Peningkatan Kemampuan Potensi Pekerja Sosial', {
        pagu: '4.121.000',
        realisasi: '4.120.900',
        persen: '100,00%',
      }),
    ]);
    expect(findings).toEqual([]);
    expect(lines[0]?.printedPercentMatch).toBe('half-up');
  });

  it('a programme whose only listed kegiatan does not add up is a finding with location and both figures', () => {
    const { findings } = scoreBudgetLines(REPORT, probolinggo.slice(0, 2));
    expect(findings).toEqual([
      {
        kind: 'rincian-tidak-sama-dengan-induk',
        severity: 'error',
        location: { report: REPORT, file: 'anggaran.csv', row: 1, table: 'Tabel 3.2', entity: 'P1', field: 'pagu' },
        printed: '5.891.809.129',
        recomputed: '36170000',
        difference: '5855639129',
        explanation: {
          id: 'Jumlah 1 rincian di bawahnya Rp 36.170.000, tercetak 5.891.809.129 (selisih Rp 5.855.639.129).',
          en: 'Its 1 child line adds up to Rp 36,170,000; printed 5.891.809.129 (difference Rp 5,855,639,129).',
        },
      },
      expect.objectContaining({
        kind: 'rincian-tidak-sama-dengan-induk',
        location: expect.objectContaining({ field: 'realisasi' }),
      }),
    ]);
  });

  it('Lumajang TW I 2024 Tabel 3.8: printed 5,12% for 6.800.000 / 132.740.140 (= 5,12%) matches; 5,8% for 3.600.000 / 62.021.750 (= 5,80%) too', () => {
    const { findings } = scoreBudgetLines(REPORT, [
      budget('A', 'program', 'ARG', { pagu: '132.740.140', realisasi: '6.800.000', persen: '5,12%' }),
      budget('B', 'program', 'Hak anak', { pagu: '62.021.750', realisasi: '3.600.000', persen: '5,8%' }),
    ]);
    expect(findings).toEqual([]);
  });

  it('a printed % that is neither rounding nor truncation is a serapan finding', () => {
    const { findings } = scoreBudgetLines(REPORT, [
      budget('A', 'program', 'X', { pagu: '1.000', realisasi: '500', persen: '55%' }),
    ]);
    expect(findings).toMatchObject([
      {
        kind: 'serapan-berbeda',
        printed: '55%',
        recomputed: '50',
        difference: '5',
        location: { field: 'persen_tercetak', entity: 'A' },
      },
    ]);
  });

  it('a child with an unreadable amount makes the sum incomplete: no roll-up finding', () => {
    const lines = [
      budget('P', 'program', 'P', { pagu: '300', realisasi: '350' }),
      budget('K1', 'kegiatan', 'K1', { pagu: unreadable('483.949.00,'), realisasi: '100' }, { parent: 'P' }),
      budget('K2', 'kegiatan', 'K2', { pagu: '200', realisasi: '200' }, { parent: 'P' }),
    ];
    const { lines: scored, findings } = scoreBudgetLines(REPORT, lines);
    expect(scored[0]?.rollUps[0]).toMatchObject({
      field: 'pagu',
      sum: { kind: 'tidak-dapat-dihitung', reason: 'rincian-tidak-lengkap' },
    });
    expect(scored[0]?.rollUps[0]?.matches).toBeUndefined();
    expect(findings.map((f) => f.location.field)).toEqual(['realisasi']); // 100 + 200 ≠ 350
  });

  it('Malang LKjIP 2023 Bab III.B: a child printed "-" counts as 0 in the roll-up, and the finding names it', () => {
    const lines = [
      budget('T', 'total', 'JUMLAH', { pagu: '350' }),
      budget('P1', 'program', 'P1', { pagu: '100' }, { parent: 'T' }),
      budget('P9', 'program', 'PROGRAM PENGELOLAAN SISTEM DATA GENDER DAN ANAK', { pagu: '-' }, { parent: 'T' }),
      budget('P2', 'program', 'P2', { pagu: '200' }, { parent: 'T' }),
    ];
    const { lines: scored, findings } = scoreBudgetLines(REPORT, lines);
    expect(scored[0]?.rollUps[0]).toMatchObject({ field: 'pagu', dashesAsZero: ['P9'], matches: false });
    expect(findings[0]?.explanation.en).toBe(
      'Its 3 child lines add up to Rp 300; printed 350 (difference Rp 50). Lines printed as "-" counted as 0: P9.',
    );
    lines[0] = budget('T', 'total', 'JUMLAH', { pagu: '300' });
    expect(scoreBudgetLines(REPORT, lines).findings).toEqual([]);
  });

  it('sums are exact for large amounts', () => {
    const sum = sumAmounts(
      [budget('a', 'program', 'a', { pagu: '999.999.999.999.999' }), budget('b', 'program', 'b', { pagu: '1' })],
      'pagu',
    );
    expect(sum.toString()).toBe('1000000000000000');
  });
});

describe('cross-table: the same figure printed twice', () => {
  it('names are matched ignoring case, punctuation and HTML', () => {
    expect(normaliseBudgetName('<b>PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA</b>')).toBe(
      normaliseBudgetName('Program Penunjang Urusan pemerintahan Daerah Kabupaten/Kota.'),
    );
  });

  it('Probolinggo LKjIP 2024: PK (Lampiran PK) 6.094.889.270,- vs Tabel 2.2 5.891.809.129 for Program Penunjang', () => {
    const lines = [
      probolinggo[0]!,
      budget(
        'PK.P1',
        'program',
        'Program Penunjang Urusan pemerintahan Daerah Kabupaten/Kota.',
        { pagu: '6.094.889.270,-' },
        { role: 'pk', row: 20, table: 'Lampiran PK' },
      ),
    ];
    const { comparisons, findings } = crossCheckBudget(REPORT, lines);
    expect(comparisons).toEqual([
      { line: 'P1', role: 'realisasi', other: 'PK.P1', otherRole: 'pk', field: 'pagu', same: false },
    ]);
    expect(findings).toMatchObject([
      {
        kind: 'beda-antar-tabel',
        severity: 'warning',
        printed: '5.891.809.129',
        recomputed: '6.094.889.270,-',
        location: { entity: 'P1', field: 'pagu', table: 'Tabel 3.2' },
      },
    ]);
    expect(findings[0]?.explanation.id).toContain('Lampiran PK');
  });

  it('a name misprinted in one table finds its copy through the national code both are linked to', () => {
    // Probolinggo LKjIP 2024 prints "PROGRAM PEMERDAYAAN SOSIAL" in Tabel 3.2 and "PROGRAM PEMBERDAYAAN SOSIAL" in 2.2.
    const lines = [
      budget('A1', 'program', 'PROGRAM PEMBERDAYAAN SOSIAL', { pagu: '52.264.600' }, { row: 1, table: 'Tabel 2.2' }),
      budget('B1', 'program', 'PROGRAM PEMERDAYAAN SOSIAL', { pagu: '52.264.000' }, { row: 2, table: 'Tabel 3.2' }),
    ];
    expect(crossCheckBudget(REPORT, lines).comparisons).toEqual([]);
    const codes = new Map([
      ['A1', '1.06.02'],
      ['B1', '1.06.02'],
    ]);
    const { comparisons, findings } = crossCheckBudget(REPORT, lines, codes);
    expect(comparisons.map((c) => [c.line, c.other, c.same])).toEqual([['B1', 'A1', false]]);
    expect(findings).toMatchObject([{ kind: 'beda-antar-tabel', printed: '52.264.000', recomputed: '52.264.600' }]);
    // Two candidates with the line's code cannot be told apart: no match rather than a wrong one.
    const twice = [...lines, budget('C1', 'program', 'Program X', { pagu: '1' }, { row: 3, table: 'Tabel 2.2' })];
    expect(matchBudgetLine(twice[1]!, [twice[0]!, twice[2]!], new Map([...codes, ['C1', '1.06.02']]))).toBeUndefined();
  });

  it('the revised PK is the one in force; original vs revised differences are info', () => {
    const lines = [
      budget('R1', 'program', 'Program Pemberdayaan Sosial', { pagu: '52.264.600' }, { kode: '1.06.04', row: 1 }),
      budget(
        'PK1',
        'program',
        'Program Pemberdayaan Sosial.',
        { pagu: '59.064.600,-' },
        { role: 'pk', kode: '1.06.04', row: 2, table: 'Tabel 2.3' },
      ),
      budget(
        'PKP1',
        'program',
        'Program Pemberdayaan Sosial',
        { pagu: '52.264.600' },
        { role: 'pk-perubahan', kode: '1.06.04', row: 3, table: 'Tabel 2.4' },
      ),
    ];
    const { comparisons, findings } = crossCheckBudget(REPORT, lines);
    expect(comparisons.map((c) => [c.line, c.other, c.same])).toEqual([
      ['R1', 'PKP1', true],
      ['PKP1', 'PK1', false],
    ]);
    expect(findings).toMatchObject([{ kind: 'beda-antar-tabel', severity: 'info', location: { entity: 'PKP1' } }]);
  });

  it('lines are matched by kode before name, and an ambiguous name matches nothing', () => {
    const a = budget('A', 'program', 'Nama Lain', { pagu: '1' }, { kode: '1.06.02' });
    const candidates = [budget('X', 'program', 'Program Sama', { pagu: '1' }, { kode: '1.06.02' })];
    expect(matchBudgetLine(a, candidates)?.id).toBe('X');
    const twin = [
      budget('Y1', 'program', 'Program Sama', { pagu: '1' }),
      budget('Y2', 'program', 'Program Sama', { pagu: '2' }),
    ];
    expect(matchBudgetLine(budget('B', 'program', 'PROGRAM SAMA', { pagu: '1' }), twin)).toBeUndefined();
  });

  it('a PK printed twice (Bab II and appendix) is matched one table at a time', () => {
    const lines = [
      budget('R1', 'program', 'PROGRAM PENANGANAN BENCANA', { pagu: '307.649.463,00' }, { table: 'Tabel 3.10' }),
      budget(
        'A1',
        'program',
        'Program Penanganan Bencana',
        { pagu: 'Rp. 314.309.463,-' },
        { role: 'pk', table: 'Tabel 2.1' },
      ),
      budget(
        'B1',
        'program',
        'Program Penanganan Bencana',
        { pagu: 'Rp. 314.309.463,-' },
        { role: 'pk', table: 'Lampiran PK' },
      ),
    ];
    const { comparisons, findings } = crossCheckBudget(REPORT, lines);
    expect(comparisons.map((c) => [c.line, c.other, c.same])).toEqual([
      ['R1', 'A1', false],
      ['R1', 'B1', false],
    ]);
    expect(findings.map((f) => [f.location.entity, f.severity])).toEqual([
      ['R1', 'warning'],
      ['R1', 'warning'],
    ]);
  });

  it('copies of one role in two tables are compared; the years of the tables are kept apart', () => {
    const lines = [
      budget('X', 'program', 'Program A', { pagu: '100', realisasi: '90' }, { table: 'Tabel 2.2', year: 2024 }),
      budget('Y', 'program', 'PROGRAM A', { pagu: '100', realisasi: '80' }, { table: 'Tabel 3.2', year: 2024 }),
      budget('P17', 'program', 'Program A', { pagu: '70' }, { role: 'pk-perubahan', table: 'PK 2017', year: 2017 }),
      budget('P18', 'program', 'Program A', { pagu: '100' }, { role: 'pk', table: 'PK 2018', year: 2024 }),
    ];
    const { comparisons, findings } = crossCheckBudget(REPORT, lines);
    expect(comparisons.map((c) => [c.line, c.other, c.field, c.same])).toEqual([
      ['X', 'P18', 'pagu', true],
      ['Y', 'P18', 'pagu', true],
      ['Y', 'X', 'pagu', true],
      ['Y', 'X', 'realisasi', false],
    ]);
    expect(findings).toMatchObject([
      { kind: 'beda-antar-tabel', severity: 'warning', printed: '80', location: { entity: 'Y', field: 'realisasi' } },
    ]);
  });

  it('names split or glued by PDF extraction still match, exactly (LKjIP 2018 Lampiran 3)', () => {
    const glued = budget('L3', 'program', 'PROGRAMPENINGKATA NDISIPLIN APARATUR', { pagu: '1' });
    const candidates = [budget('R', 'program', 'PROGRAM PENINGKATAN DISIPLIN APARATUR', { pagu: '1' })];
    expect(matchBudgetLine(glued, candidates)?.id).toBe('R');
    const acronym = budget('PK', 'program', 'Program Pemenuhan Hak Anak (PHA).', { pagu: '1' });
    expect(matchBudgetLine(acronym, [budget('R2', 'program', 'PROGRAM PEMENUHAN HAK ANAK', { pagu: '1' })])?.id).toBe(
      'R2',
    );
    // A misspelling is not the same name: no match rather than a guess.
    const typo = budget('T', 'program', 'PROGRAM PEMERDAYAAN SOSIAL', { pagu: '1' });
    expect(
      matchBudgetLine(typo, [budget('R3', 'program', 'PROGRAM PEMBERDAYAAN SOSIAL', { pagu: '1' })]),
    ).toBeUndefined();
  });

  it('a figure printed unreadably is not compared', () => {
    const lines = [
      budget('R', 'program', 'Program Pemenuhan Hak Anak (PHA)', { pagu: '483.949.000' }),
      budget('PK', 'program', 'Program Pemenuhan Hak Anak (PHA).', { pagu: unreadable('483.949.00,') }, { role: 'pk' }),
    ];
    expect(crossCheckBudget(REPORT, lines)).toEqual({
      comparisons: [{ line: 'R', role: 'realisasi', other: 'PK', otherRole: 'pk', field: 'pagu', same: undefined }],
      findings: [],
    });
  });
});

describe('report-wide totals', () => {
  it('a total/urusan wrapper line is replaced by the programmes under it', () => {
    const lines = [
      budget('U', 'urusan', 'URUSAN', { pagu: '300' }),
      budget('P1', 'program', 'P1', { pagu: '100' }, { parent: 'U' }),
      budget('P2', 'program', 'P2', { pagu: '200' }, { parent: 'U' }),
      budget('K', 'kegiatan', 'K', { pagu: '200' }, { parent: 'P2' }),
      budget('PK1', 'program', 'P1', { pagu: '100' }, { role: 'pk' }),
    ];
    expect(totalMembers(lines, 'realisasi').map((l) => l.id)).toEqual(['P1', 'P2']);
    expect(totalMembers(lines, 'pk').map((l) => l.id)).toEqual(['PK1']);
  });
});

describe('the real reports: copies under misprinted names are compared through their national codes', () => {
  const portal = loadPortal(resolve('content'));
  const entry = (id: string) => portal.reports.find((r) => r.report.id === id)!;
  const pairNames = (id: string) => {
    const { report, scored } = entry(id);
    const name = (lineId: string) => report.budget.find((l) => l.id === lineId)!.nama;
    return scored.budgetComparisons.map((c) => [name(c.line), name(c.other), c.same] as const);
  };

  it('Probolinggo LKjIP 2024: "PROGRAM PEMERDAYAAN SOSIAL" (Tabel 3.2) against its correctly spelt copies', () => {
    const pairs = pairNames('dinsos-p3a-kota-probolinggo/2024-lkjip').filter(
      ([a]) => a === 'PROGRAM PEMERDAYAAN SOSIAL',
    );
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every(([, b, same]) => /pemberdayaan sosial/i.test(b) && same === true)).toBe(true);
  });

  it('Malang LKjIP 2023: "Teras Makam Pahlawan" (revised PK) against "Taman Makam Pahlawan"', () => {
    const pairs = pairNames('dinsos-p3ap2kb-kota-malang/2023-lkjip');
    expect(pairs.some(([a, b]) => /teras makam/i.test(a) && /taman makam/i.test(b))).toBe(true);
  });
});
