import { describe, expect, it } from 'vitest';
import { averageCapaian, subtree, treeAverages, type AverageMember } from '../../../src/lib/skor/agregasi.ts';
import type { Capaian } from '../../../src/lib/skor/capaian.ts';
import { notComputable } from '../../../src/lib/skor/hasil.ts';
import { d, indicator, node } from './fixtures.ts';

const percent = (value: string): Capaian => ({ kind: 'persen', value: d(value), formula: 'r/t', basis: 'angka' });
const member = (id: string, value: string): AverageMember => ({ id, capaian: percent(value) });

/** Malang LKjIP 2023 Tabel 3.1, the ten printed capaian (including the printed, not recomputed, figures). */
const MALANG_TABEL_3_1 = [
  '274.98',
  '36.20',
  '46.57',
  '142.59',
  '99.52',
  '99.71',
  '132.06',
  '19.05',
  '105.29',
  '106.25',
];

describe('simple mean of indicator capaian', () => {
  it('Malang LKjIP 2023 Tabel 3.1: "Rata-rata capaian 106,22%" is the mean of the ten printed capaian (1062,22 / 10)', () => {
    const result = averageCapaian(MALANG_TABEL_3_1.map((v, i) => member(`I${i + 1}`, v)));
    expect(result.mean.kind === 'persen' && result.mean.value.toFixed()).toBe('106.222');
    expect(result.included).toHaveLength(10);
  });

  it('ordinal and not-computable members are excluded and counted', () => {
    const result = averageCapaian([
      member('A', '100'),
      member('B', '50'),
      {
        id: 'KLA',
        capaian: { kind: 'ordinal', met: true, steps: 0, target: 'Utama', realisasi: 'Utama', order: 'kla' },
      },
      { id: 'IRA', capaian: notComputable('nilai-hilang', { id: 'N/A', en: 'N/A' }) },
    ]);
    expect(result.mean.kind === 'persen' && result.mean.value.toFixed()).toBe('75');
    expect(result.included).toEqual(['A', 'B']);
    expect(result.excludedOrdinal).toEqual(['KLA']);
    expect(result.excludedNotComputable).toEqual(['IRA']);
  });

  it('a real 0% counts as 0, not as missing', () => {
    const result = averageCapaian([member('A', '0'), member('B', '100')]);
    expect(result.mean.kind === 'persen' && result.mean.value.toFixed()).toBe('50');
  });

  it('no computable member: the average itself is not computable', () => {
    const result = averageCapaian([{ id: 'X', capaian: notComputable('nilai-hilang', { id: '', en: '' }) }]);
    expect(result.mean).toMatchObject({ kind: 'tidak-dapat-dihitung', reason: 'tidak-ada-nilai' });
  });

  it('declared cap 120: capped and uncapped results side by side (Malang Tabel 3.1: 87,26% capped vs 106,22%)', () => {
    const result = averageCapaian(
      MALANG_TABEL_3_1.map((v, i) => member(`I${i + 1}`, v)),
      d('120'),
    );
    expect(result.mean.kind === 'persen' && result.mean.value.toFixed(2)).toBe('106.22');
    // 274,98 → 120, 142,59 → 120, 132,06 → 120: (1062,22 − 154,98 − 22,59 − 12,06) / 10
    expect(result.capped?.mean.kind === 'persen' && result.capped.mean.value.toFixed(2)).toBe('87.26');
    expect(result.capped?.cappedMembers).toEqual(['I1', 'I4', 'I7']);
  });

  it('no cap declared: no capped result', () => {
    expect(averageCapaian([member('A', '150')]).capped).toBeUndefined();
  });
});

describe('averages over the performance tree', () => {
  const tree = [
    node('T1', 'tujuan'),
    node('S1', 'sasaran', 'T1'),
    node('S2', 'sasaran', 'T1'),
    node('T2', 'tujuan'),
    node('S1.P1', 'program', 'S1'),
  ];
  const indicators = [
    indicator('T1.I1', 'T1'),
    indicator('S1.I1', 'S1'),
    indicator('S1.I2', 'S1'),
    indicator('S1.P1.I1', 'S1.P1'),
    indicator('S2.I1', 'S2'),
  ];
  const capaian: Record<string, Capaian> = {
    'T1.I1': percent('100'),
    'S1.I1': percent('80'),
    'S1.I2': percent('120'),
    'S1.P1.I1': percent('70'),
    'S2.I1': { kind: 'ordinal', met: true, steps: 1, target: 'Madya', realisasi: 'Nindya', order: 'kla' },
  };

  it('subtree holds the node and its descendants', () => {
    expect([...subtree('T1', tree)].sort()).toEqual(['S1', 'S1.P1', 'S2', 'T1']);
  });

  it("a node's average is the mean of its own indicators; the report's covers all; nodes without indicators have none", () => {
    const averages = treeAverages(tree, indicators, (kode) => capaian[kode], undefined);
    const mean = (scope: string): string | undefined => {
      const average = averages.find((a) => a.scope === scope);
      return average?.result.mean.kind === 'persen' ? average.result.mean.value.toFixed(2) : average?.result.mean.kind;
    };
    expect(averages.map((a) => a.scope)).toEqual(['T1', 'S1', 'S2', 'S1.P1', 'laporan']);
    expect(mean('S1')).toBe('100.00'); // (80 + 120) / 2: the programme indicator S1.P1.I1 (70) is not the sasaran's
    expect(mean('S1.P1')).toBe('70.00');
    expect(mean('T1')).toBe('100.00'); // its own indicator only
    expect(mean('S2')).toBe('tidak-dapat-dihitung'); // only the ordinal S2.I1
    expect(mean('laporan')).toBe('92.50'); // (100 + 80 + 120 + 70) / 4, the ordinal S2.I1 excluded
    expect(averages.find((a) => a.scope === 'S2')?.result.excludedOrdinal).toEqual(['S2.I1']);
    expect(averages.find((a) => a.scope === 'laporan')?.result.excludedOrdinal).toEqual(['S2.I1']);
  });

  it('an indicator without an evaluation row for the report period is excluded as not computable', () => {
    const averages = treeAverages(
      tree,
      indicators,
      (kode) => (kode === 'S1.I2' ? undefined : capaian[kode]),
      undefined,
    );
    expect(averages.find((a) => a.scope === 'S1')?.result.excludedNotComputable).toEqual(['S1.I2']);
  });

  it('a cycle in the tree does not loop forever', () => {
    const cyclic = [node('A', 'tujuan', 'B'), node('B', 'sasaran', 'A')];
    expect([...subtree('A', cyclic)].sort()).toEqual(['A', 'B']);
  });
});
