import { describe, expect, it } from 'vitest';
import type { EfficiencyConvention } from '../../../src/lib/model.ts';
import {
  computeEfficiency,
  declaredEfficiencyFormula,
  efficiencyUnderEveryFormula,
} from '../../../src/lib/skor/efisiensi.ts';
import { scoreEfficiencyRow, type ScopeCapaian } from '../../../src/lib/skor/efisiensi-tabel.ts';
import { d, efficiencyRow, p, src } from './fixtures.ts';

const value = (e: ReturnType<typeof computeEfficiency>): string =>
  e.kind === 'tidak-dapat-dihitung' ? e.reason : `${e.value.toFixed(2)} ${e.kind}`;

describe('efficiency conventions', () => {
  it('Probolinggo LKjIP 2024 Tabel 3.1.1.G: serapan ÷ capaian × 100 = 89,51 / 97,64 × 100 = 91,67%', () => {
    expect(value(computeEfficiency(d('89.51'), d('97.64'), 'serapan/capaian'))).toBe('91.67 persen');
  });

  it('Lumajang TW I 2024 Tabel 3.8: capaian − serapan = 22,43 − 5,12 = 17,31 points; 23,41 − 25,87 = −2,46', () => {
    expect(value(computeEfficiency(d('5.12'), d('22.43'), 'capaian-serapan'))).toBe('17.31 poin');
    expect(value(computeEfficiency(d('25.87'), d('23.41'), 'capaian-serapan'))).toBe('-2.46 poin');
  });

  it('Malang LKjIP 2023 Tabel 3.6: capaian ÷ serapan × 100 = 99,71 / 86,51 × 100 = 115,26', () => {
    expect(value(computeEfficiency(d('86.51'), d('99.71'), 'capaian/serapan'))).toBe('115.26 persen');
  });

  it('division by zero is not computable; a difference with zeros is 0', () => {
    expect(value(computeEfficiency(d('0'), d('0'), 'capaian/serapan'))).toBe('pembagi-nol');
    expect(value(computeEfficiency(d('10'), d('0'), 'serapan/capaian'))).toBe('pembagi-nol');
    expect(value(computeEfficiency(d('0'), d('0'), 'capaian-serapan'))).toBe('0.00 poin');
  });

  it('every convention at once', () => {
    const all = efficiencyUnderEveryFormula(d('50'), d('100'));
    expect([value(all['serapan/capaian']), value(all['capaian-serapan']), value(all['capaian/serapan'])]).toEqual([
      '50.00 persen',
      '50.00 poin',
      '200.00 persen',
    ]);
  });

  it('tidak-ada declares no formula', () => {
    expect(declaredEfficiencyFormula('tidak-ada')).toBeUndefined();
    expect(declaredEfficiencyFormula('capaian-serapan')).toBe('capaian-serapan');
  });
});

const REPORT = 'dinsos-test/laporan';
function score(row: ReturnType<typeof efficiencyRow>, declared: EfficiencyConvention, scope?: ScopeCapaian) {
  return scoreEfficiencyRow(row, { reportId: REPORT, declared, capaianOfScope: () => scope });
}

describe('efficiency table rows (efisiensi.csv)', () => {
  it('Probolinggo LKjIP 2024 Tabel 3.1.1.G: 91,67% reproduced; but its "capaian" 97,64% is the realisation — Tabel 3.1.1.A prints 108,49%', () => {
    const row = efficiencyRow(
      'S1',
      { capaian: p('97,64%', 'persen'), serapan: p('89,51'), efisiensi: p('91,67%', 'persen') },
      1,
      'Tabel 3.1.1.G',
    );
    const { row: scored, findings } = score(row, 'serapan/capaian', {
      kind: 'printed',
      printed: p('108,49%', 'persen'),
      source: src('nilai.csv', 1, 'Tabel 3.1.1.A'),
    });
    expect(scored.printedMatches).toBe('serapan/capaian');
    expect(scored.declared?.kind === 'persen' && scored.declared.value.toFixed(2)).toBe('91.67');
    expect(findings).toMatchObject([
      {
        kind: 'beda-antar-tabel',
        printed: '97,64%',
        recomputed: '108,49%',
        location: { field: 'capaian_tercetak', table: 'Tabel 3.1.1.G' },
      },
    ]);
  });

  it("Probolinggo LKjIP 2024 Tabel 3.1.1.G: with the indicator's real capaian the efficiency would be 89,51 / 108,49 = 82,51%", () => {
    const row = efficiencyRow('S1', {
      capaian: p('97,64%', 'persen'),
      pagu: p('9.756.211.234'),
      realisasi: p('8.733.211.405'),
      efisiensi: p('91,67%', 'persen'),
    });
    const { row: scored } = score(row, 'serapan/capaian', {
      kind: 'indicator',
      value: d('108.4888888888888888889'),
      formula: 'r/t',
    });
    expect(scored.fromRecomputedInputs?.kind === 'persen' && scored.fromRecomputedInputs.value.toFixed(2)).toBe(
      '82.51',
    );
    expect(scored.serapan.kind === 'persen' && scored.serapan.value.toFixed(2)).toBe('89.51');
  });

  it('Lumajang TW I 2024 Tabel 3.8: 17,31 is capaian − serapan, the declared convention', () => {
    const row = efficiencyRow('P1', {
      capaian: p('22,43%', 'persen'),
      pagu: p('132.740.140'),
      realisasi: p('6.800.000'),
      serapan: p('5,12%', 'persen'),
      efisiensi: p('17,31'),
    });
    const { row: scored, findings } = score(row, 'capaian-serapan');
    expect(findings).toEqual([]);
    expect(scored.printedMatches).toBe('capaian-serapan');
  });

  it('Malang LKjIP 2023 Tabel 3.6: 115,26 follows capaian ÷ serapan, not the declared serapan ÷ capaian', () => {
    const row = efficiencyRow('IDG', {
      capaian: p('99.71', 'persen', 'en'),
      pagu: p('3,342,076,000.00', 'angka', 'en'),
      realisasi: p('2,891,222,737.00', 'angka', 'en'),
      serapan: p('86.51', 'persen', 'en'),
      efisiensi: p('115.26', 'persen', 'en'),
    });
    const { row: scored, findings } = score(row, 'serapan/capaian');
    expect(scored.printedMatches).toBe('capaian/serapan');
    expect(findings).toMatchObject([
      {
        kind: 'efisiensi-konvensi-lain',
        severity: 'warning',
        printed: '115.26',
        location: { field: 'efisiensi_tercetak' },
      },
    ]);
    expect(findings[0]?.explanation.en).toBe(
      'Printed efficiency 115.26 was computed as performance capaian ÷ budget absorption × 100, while the report declares budget absorption ÷ performance capaian × 100 (= 86.76).',
    );
  });

  it('Malang LKjIP 2023 Tabel 3.6: PMKS ditangani 46,57 / 50,13 printed 41,33 matches no convention', () => {
    const row = efficiencyRow('PMKS', {
      capaian: p('46,57'),
      serapan: p('50.13', 'angka', 'en'),
      efisiensi: p('41.33', 'angka', 'en'),
    });
    const { row: scored, findings } = score(row, 'serapan/capaian');
    expect(scored.printedMatches).toBe(false);
    expect(findings).toMatchObject([{ kind: 'efisiensi-berbeda', severity: 'error', printed: '41.33' }]);
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.G: an efficiency of 98% printed for the ordinal KLA ("Utama") cannot be verified', () => {
    const row = efficiencyRow('S3.I2', {
      capaian: p('Utama', 'ordinal'),
      serapan: p('98%', 'persen'),
      efisiensi: p('98%', 'persen'),
    });
    const { findings } = score(row, 'serapan/capaian');
    expect(findings).toMatchObject([{ kind: 'tidak-dapat-diverifikasi', severity: 'info', printed: '98%' }]);
  });

  it('printed serapan is checked against pagu and realisasi', () => {
    const row = efficiencyRow('P', {
      capaian: p('100%', 'persen'),
      pagu: p('468.867.000'),
      realisasi: p('405.174.162'),
      serapan: p('88%', 'persen'),
      efisiensi: p('88%', 'persen'),
    });
    const { findings } = score(row, 'serapan/capaian');
    expect(findings).toMatchObject([
      { kind: 'serapan-berbeda', printed: '88%', location: { field: 'serapan_tercetak' } },
    ]);
  });

  it('the report average row is compared with every reading of the average (capped reading accepted)', () => {
    const row = efficiencyRow('laporan', { capaian: p('106,22') });
    const average = (mean: string, capped?: string, printedMean?: string): ScopeCapaian => ({
      kind: 'average',
      readings: [
        {
          label: { id: 'IKU', en: 'IKU' },
          result: {
            mean: { kind: 'persen', value: d(mean) },
            ...(capped
              ? { capped: { cap: d('120'), mean: { kind: 'persen', value: d(capped) }, cappedMembers: [] } }
              : {}),
            included: ['a', 'b'],
            excludedOrdinal: [],
            excludedNotComputable: [],
          },
          ...(printedMean ? { printedMean: d(printedMean) } : {}),
        },
      ],
    });
    expect(score(row, 'tidak-ada', average('106.222')).findings).toEqual([]);
    expect(score(row, 'tidak-ada', average('130', '106.22')).findings).toEqual([]);
    expect(score(row, 'tidak-ada', average('95.52')).findings).toMatchObject([
      { kind: 'rata-rata-berbeda', severity: 'error' },
    ]);
    // Malang LKjIP 2023 Tabel 3.6 "Rata-rata 106,22": the mean of the printed IKU capaian, not of the recomputed ones.
    expect(score(row, 'tidak-ada', average('121.35', undefined, '106.222')).findings).toMatchObject([
      { kind: 'rata-rata-berbeda', severity: 'warning', explanation: { en: expect.stringContaining('(IKU)') } },
    ]);
  });

  it('declared tidak-ada: a printed efficiency that some convention reproduces is accepted', () => {
    const row = efficiencyRow('P', { capaian: p('100'), serapan: p('86'), efisiensi: p('86') });
    const { row: scored, findings } = score(row, 'tidak-ada');
    expect(findings).toEqual([]);
    expect(scored.printedMatches).toBe('serapan/capaian');
    expect(scored.declared).toBeUndefined();
  });
});
