import { describe, expect, it } from 'vitest';
import type { Report, Scale } from '../../../src/lib/model.ts';
import type { PredicateScale } from '../../../src/lib/skor/predikat.ts';
import { scoreReport } from '../../../src/lib/skor/laporan.ts';
import {
  ALL_SCALES,
  budget,
  efficiencyRow,
  indicator,
  inYear,
  MALANG,
  NATIONAL,
  node,
  p,
  report,
  summary,
  unreadable,
  value,
} from './fixtures.ts';

/** Kota Malang LKjIP 2023, Tabel 3.1 (target, realisation, printed capaian) and the printed average. */
function malang(): Report {
  const en = (text: string, kind: 'angka' | 'persen' = 'angka') => p(text, kind, 'en');
  return report({
    id: 'dinsos-p3ap2kb-kota-malang/2023-lkjip',
    meta: { year: 2023, scale: 'malang-lkjip', negativeFormula: '2t-r', efficiency: 'serapan/capaian' },
    tree: [node('T1', 'tujuan'), node('S1', 'sasaran', 'T1'), node('T3', 'tujuan'), node('S3', 'sasaran', 'T3')],
    indicators: [
      indicator('T1.I1', 'T1', { nama: 'Persentase Penurunan PMKS' }),
      indicator('S1.I1', 'S1', { nama: 'PMKS binaan terentaskan' }),
      indicator('S1.I2', 'S1', { nama: 'PMKS ditangani/dibina' }),
      indicator('S1.I3', 'S1', { nama: 'Penyandang cacat … jaminan sosial' }),
      indicator('T2.I1', 'T1', { nama: 'IPG' }),
      indicator('S2.I1', 'S1', { nama: 'IDG', valueKind: 'angka' }),
      indicator('S2.I2', 'S1', { nama: 'Ratio KDRT', valueKind: 'rasio' }),
      indicator('T3.I1', 'T3', { nama: 'Laju Pertumbuhan Penduduk', valueKind: 'angka', polarity: 'negatif' }),
      indicator('S3.I1', 'S3', { nama: 'TFR per WUS', valueKind: 'angka' }),
      indicator('S4.I1', 'S3', { nama: 'Nilai SAKIP', valueKind: 'angka' }),
    ],
    values: [
      value('T1.I1', {
        target: p('5%', 'persen'),
        realisasi: p('13,75%', 'persen'),
        capaian: p('274,98%', 'persen'),
        row: 1,
        line: 577,
      }),
      value('S1.I1', {
        target: p('15,37%', 'persen'),
        realisasi: p('5,56%', 'persen'),
        capaian: p('36,20%', 'persen'),
        row: 2,
        line: 578,
      }),
      value('S1.I2', {
        target: p('79,94%', 'persen'),
        realisasi: p('37,23%', 'persen'),
        capaian: p('46,57%', 'persen'),
        row: 3,
        line: 579,
      }),
      value('S1.I3', {
        target: p('66,61%', 'persen'),
        realisasi: p('94,98%', 'persen'),
        capaian: p('142,59%', 'persen'),
        row: 4,
        line: 580,
      }),
      value('T2.I1', {
        target: p('96%', 'persen'),
        realisasi: p('95,54%', 'persen'),
        capaian: en('99.52%', 'persen'),
        row: 5,
        line: 584,
      }),
      value('S2.I1', { target: p('79%'), realisasi: p('78,77'), capaian: p('99,71%'), row: 6, line: 585 }),
      value('S2.I2', {
        target: p('1 :27500', 'rasio'),
        realisasi: p('1 : 36317', 'rasio'),
        capaian: p('132,06%'),
        row: 7,
        line: 586,
      }),
      value('T3.I1', { target: en('0.63'), realisasi: en('0.12'), capaian: en('19.05%'), row: 8, line: 587 }),
      value('S3.I1', { target: p('1,7'), realisasi: p('1,79'), capaian: p('105,29%'), row: 9, line: 588 }),
      value('S4.I1', { target: p('80,80'), realisasi: p('85,85'), capaian: p('106,25%'), row: 10, line: 589 }),
    ],
    summaries: [summary('laporan', 'rata-rata-capaian', '106,22%', 1, 'Tabel 3.1')],
  });
}

describe('scoreReport: Malang LKjIP 2023 Tabel 3.1', () => {
  const scored = scoreReport(malang(), ALL_SCALES);

  it('finds exactly: Penurunan PMKS 274,98% (recomputed 275,00%), PMKS binaan 36,20% (36,17%), Laju Pertumbuhan Penduduk computed as positive', () => {
    expect(scored.findings.map((f) => [f.kind, f.location.entity, f.printed, f.recomputed])).toEqual([
      ['capaian-berbeda', 'T1.I1', '274,98%', '275'],
      ['capaian-berbeda', 'S1.I1', '36,20%', '36.174366'],
      ['polaritas-diabaikan', 'T3.I1', '19.05%', '180.952381'],
      ['rata-rata-berbeda', 'laporan', '106,22%', '122.412601'],
    ]);
  });

  it('Malang LKjIP 2023 Tabel 3.1: Laju Pertumbuhan Penduduk 0,12 / 0,63 = 19,05% printed vs (2×0,63−0,12)/0,63 = 180,95% recomputed', () => {
    const finding = scored.findings.find((f) => f.kind === 'polaritas-diabaikan');
    expect(finding).toEqual({
      kind: 'polaritas-diabaikan',
      severity: 'error',
      location: {
        report: 'dinsos-p3ap2kb-kota-malang/2023-lkjip',
        file: 'nilai.csv',
        row: 8,
        table: 'Tabel 3.1',
        line: 587,
        entity: 'T3.I1',
        field: 'capaian_tercetak',
      },
      printed: '19.05%',
      recomputed: '180.952381',
      difference: '-161.902381',
      explanation: {
        id: 'Indikator negatif (makin kecil makin baik), tetapi capaian tercetak 19.05% sama dengan rumus indikator positif R/T×100 = 19,05%. Dengan (2T−R)/T×100 capaiannya 180,95%.',
        en: 'Negative indicator (lower is better), but the printed capaian 19.05% equals the positive formula R/T×100 = 19.05%. With (2T−R)/T×100 it is 180.95%.',
      },
    });
    const lpp = scored.values.find((v) => v.indicator === 'T3.I1');
    expect(lpp?.printedCheck).toEqual({ matches: false, explainedBy: 'r/t' });
    expect(lpp?.alternative?.kind === 'persen' && lpp.alternative.value.toFixed(2)).toBe('525.00');
  });

  it('Malang LKjIP 2023 Tabel 3.1: the printed average 106,22% is the mean of the printed capaian, not of the recomputed ones (122,41%)', () => {
    const report = scored.averages.find((a) => a.scope === 'laporan');
    expect(report?.result.mean.kind === 'persen' && report.result.mean.value.toFixed(2)).toBe('122.41');
    expect(scored.summaries).toMatchObject([{ scope: 'laporan', kind: 'rata-rata-capaian', matches: false }]);
    expect(scored.findings.find((f) => f.kind === 'rata-rata-berbeda')).toMatchObject({
      severity: 'warning',
      location: { file: 'ringkasan.csv', row: 1, entity: 'laporan', field: 'nilai' },
      explanation: {
        id: 'Rata-rata capaian (semua indikator) tercetak 106,22%; rata-rata sederhana 10 nilai yang dapat dihitung 122,41%. Angka tercetak sama dengan rata-rata capaian tercetak per indikator (106,22%): selisihnya berasal dari capaian indikator yang tercetak keliru.',
        en: 'The average capaian (all indicators) printed as 106,22%; the simple mean of the 10 computable values is 122.41%. The printed figure is the mean of the printed indicator capaian (106.22%): the difference comes from the indicator capaian printed wrongly.',
      },
    });
  });

  it('predicates on the own scale and the national one side by side', () => {
    const sakip = scored.values.find((v) => v.indicator === 'S4.I1');
    expect(sakip?.predicates).toEqual({
      own: { kind: 'pita', scale: 'malang-lkjip', label: 'Berhasil', alsoIn: [] },
      national: { kind: 'pita', scale: 'nasional', label: 'Sangat Tinggi', alsoIn: [] },
    });
    expect(scored.conventions).toEqual({
      negativeFormula: '2t-r',
      efficiency: 'serapan/capaian',
      ownScale: 'malang-lkjip',
      nationalScale: 'nasional',
    });
  });

  it('the printed ratio capaian 132,06% matches (N compared)', () => {
    expect(scored.values.find((v) => v.indicator === 'S2.I2')?.printedCheck).toEqual({
      matches: true,
      rounding: 'half-up',
    });
  });
});

describe('scoreReport: findings sorted by file and row, deterministic', () => {
  it('the average finding sits in ringkasan.csv after the nilai.csv findings; a shuffled report gives the same findings', () => {
    const a = scoreReport(malang(), ALL_SCALES);
    const shuffled = malang();
    shuffled.values.reverse();
    const b = scoreReport(shuffled, [...ALL_SCALES].reverse());
    expect(b.findings).toEqual(a.findings);
    expect(a.findings.map((f) => f.location.file)).toEqual(['nilai.csv', 'nilai.csv', 'nilai.csv', 'ringkasan.csv']);
  });
});

/** Kota Probolinggo LKjIP 2024: the evaluation tables, the efficiency table, the PK and the budget table. */
function probolinggo(): Report {
  return inYear(probolinggoRows(), 2024);
}

function probolinggoRows(): Report {
  return report({
    id: 'dinsos-p3a-kota-probolinggo/2024-lkjip',
    meta: { year: 2024, scale: 'probolinggo-lkjip', efficiency: 'serapan/capaian' },
    tree: [node('S1', 'sasaran'), node('S2', 'sasaran'), node('S3', 'sasaran')],
    indicators: [
      indicator('S1.I1', 'S1', { nama: 'Persentase PMKS yang terpenuhi kebutuhan dasarnya' }),
      indicator('S2.I1', 'S2', { nama: 'Nilai Evaluasi PUG', valueKind: 'ordinal', order: 'ape-pug' }),
      indicator('S3.I1', 'S3', { nama: 'Persentase Kasus Kekerasan … tertangani' }),
      indicator('S3.I2', 'S3', { nama: 'Kategori Kota Layak Anak', valueKind: 'ordinal', order: 'kla' }),
    ],
    values: [
      value('S1.I1', { role: 'pk', year: 2024, target: p('89 %', 'persen'), row: 1, table: 'Lampiran PK' }),
      value('S1.I1', {
        year: 2024,
        target: p('90%', 'persen'),
        realisasi: p('97,64%', 'persen'),
        capaian: p('108,49%', 'persen'),
        row: 2,
        table: 'Tabel 3.1.1.A',
      }),
      value('S1.I1', {
        year: 2024,
        target: p('90%', 'persen'),
        realisasi: p('97,64%', 'persen'),
        capaian: p('108,49%', 'persen'),
        row: 3,
        table: 'Tabel 3.1.1.F',
      }),
      value('S2.I1', {
        year: 2024,
        target: p('Utama', 'ordinal'),
        realisasi: p('N/A', 'ordinal'),
        capaian: p('-', 'persen'),
        row: 4,
        table: 'Tabel 3.1.2.A',
      }),
      value('S2.I1', {
        year: 2023,
        target: p('Utama', 'ordinal'),
        realisasi: p('Madya', 'ordinal'),
        row: 5,
        table: 'Tabel 3.1.2.B',
      }),
      value('S3.I1', {
        year: 2024,
        target: p('100%', 'persen'),
        realisasi: p('100%', 'persen'),
        capaian: p('100%', 'persen'),
        row: 6,
        table: 'Tabel 3.1.3.A',
      }),
      value('S3.I1', {
        year: 2024,
        target: p('100%', 'persen'),
        realisasi: p('100,0%', 'persen'),
        capaian: p('100%', 'persen'),
        row: 7,
        table: 'Tabel 3.1.3.F',
      }),
      value('S3.I2', {
        year: 2024,
        target: p('Utama', 'ordinal'),
        realisasi: p('N/A', 'ordinal'),
        capaian: p('N/A', 'persen'),
        row: 8,
        table: 'Tabel 3.1.3.A',
      }),
      value('S3.I2', {
        year: 2023,
        target: p('Utama', 'ordinal'),
        realisasi: p('Utama', 'ordinal'),
        row: 9,
        table: 'Tabel 3.1.3.B',
      }),
    ],
    efficiency: [
      efficiencyRow(
        'S1.I1',
        { capaian: p('97,64%', 'persen'), serapan: p('89,51'), efisiensi: p('91,67%', 'persen') },
        1,
        'Tabel 3.1.1.G',
      ),
      efficiencyRow(
        'S3.I1',
        { capaian: p('100%', 'persen'), serapan: p('86%', 'persen'), efisiensi: p('86%', 'persen') },
        2,
        'Tabel 3.1.G',
      ),
    ],
    budget: [
      budget(
        'T',
        'urusan',
        'URUSAN PEMERINTAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR',
        { pagu: '16.757.878.363', realisasi: '15.509.525.884', persen: '92,55%' },
        { row: 1, table: 'Tabel 2.2' },
      ),
      budget(
        'T.P13',
        'program',
        'Program Pemenuhan Hak Anak (PHA)',
        { pagu: '483.949.000', realisasi: '476.499.612' },
        { row: 2, table: 'Tabel 2.2' },
      ),
      budget(
        'PK.P13',
        'program',
        'Program Pemenuhan Hak Anak (PHA).',
        { pagu: unreadable('483.949.00,') },
        { role: 'pk', row: 3, table: 'Lampiran PK' },
      ),
    ],
    summaries: [summary('laporan', 'total-pagu', 'Rp. 18.292.244.804,-', 1, 'Lampiran PK')],
  });
}

describe('scoreReport: Probolinggo LKjIP 2024', () => {
  const scored = scoreReport(probolinggo(), ALL_SCALES);
  const kinds = scored.findings.map((f) =>
    `${f.kind} ${f.location.file}:${f.location.row ?? '-'} ${f.location.field ?? ''}`.trim(),
  );

  it('lists every discrepancy, sorted by file and row', () => {
    expect(kinds).toEqual([
      'tidak-terbaca anggaran.csv:3 pagu',
      'skala-celah content/skala/probolinggo-lkjip.yaml:-',
      'skala-tumpang-tindih content/skala/probolinggo-lkjip.yaml:-',
      'skala-tumpang-tindih content/skala/probolinggo-lkjip.yaml:-',
      'beda-antar-tabel efisiensi.csv:1 capaian_tercetak',
      'target-berbeda nilai.csv:2 target',
      'target-berbeda nilai.csv:3 target',
      'tidak-dapat-diverifikasi ringkasan.csv:1 nilai',
    ]);
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.1.A vs Lampiran PK: target 90% in the evaluation, 89 % in the signed PK', () => {
    expect(scored.findings.find((f) => f.kind === 'target-berbeda')).toMatchObject({
      printed: '90%',
      recomputed: '89 %',
      explanation: {
        id: 'Target di tabel evaluasi "90%" berbeda dengan target di Perjanjian Kinerja "89 %" (Lampiran PK). Capaian terhadap target tabel evaluasi 108,49%, terhadap target PK 109,71%.',
      },
    });
  });

  it('Probolinggo LKjIP 2024: capaian against each printed target, the evaluation table and the PK', () => {
    const row = scored.values.find((v) => v.againstAgreement !== undefined);
    expect(row?.capaian).toMatchObject({ kind: 'persen' });
    expect(row?.againstAgreement).toMatchObject({ revised: false, target: { text: '89 %' } });
    const pct = (c: unknown) => (c as { value: { toFixed: (n: number) => string } }).value.toFixed(2);
    // 97,64 / 90 and 97,64 / 89
    expect(pct(row?.capaian)).toBe('108.49');
    expect(pct(row?.againstAgreement?.capaian)).toBe('109.71');
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.3.A/F: 100% and 100,0% are the same figure', () => {
    expect(scored.findings.filter((f) => f.location.entity === 'S3.I1')).toEqual([]);
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.2.B: PUG 2023 Madya against Utama is not met, two levels short', () => {
    const pug2023 = scored.values.find((v) => v.indicator === 'S2.I1' && v.year === 2023);
    expect(pug2023?.capaian).toEqual({
      kind: 'ordinal',
      met: false,
      steps: -2,
      target: 'Utama',
      realisasi: 'Madya',
      order: 'ape-pug',
    });
    expect(pug2023?.predicates).toEqual({});
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.2.A: PUG 2024 "N/A" is not computable, kept out of the average', () => {
    expect(scored.values.find((v) => v.indicator === 'S2.I1' && v.year === 2024)?.capaian).toMatchObject({
      reason: 'nilai-hilang',
    });
    const s2 = scored.averages.find((a) => a.scope === 'S2');
    expect(s2?.result).toMatchObject({ excludedNotComputable: ['S2.I1'], mean: { kind: 'tidak-dapat-dihitung' } });
  });

  it('Probolinggo LKjIP 2024 Tabel 3.1.1.A: 108,49% falls in the gap-free part of the own scale (Sangat Baik)', () => {
    expect(scored.values.find((v) => v.indicator === 'S1.I1')?.predicates.own).toMatchObject({ label: 'Sangat Baik' });
  });

  it('Probolinggo LKjIP 2024 Lampiran PK: the total "Rp. 18.292.244.804,-" cannot be checked because "483.949.00," is unreadable', () => {
    expect(scored.summaries[0]?.recomputed).toMatchObject({
      kind: 'tidak-dapat-dihitung',
      reason: 'rincian-tidak-lengkap',
    });
    expect(scored.findings.filter((f) => f.location.file === 'ringkasan.csv')).toMatchObject([
      { kind: 'tidak-dapat-diverifikasi', severity: 'info', printed: 'Rp. 18.292.244.804,-' },
    ]);
  });

  it('scale checks are reported for the own scale, the national scale and the orders used', () => {
    expect(scored.scaleChecks.map((c) => [c.slug, c.problems.length])).toEqual([
      ['probolinggo-lkjip', 3],
      ['nasional', 0],
      ['ape-pug', 0],
      ['kla', 0],
    ]);
  });
});

/** Kabupaten Lumajang Laporan Kinerja TW I 2024 Tabel 3.1 and 3.8. */
function lumajang(): Report {
  return inYear(lumajangRows(), 2024);
}

function lumajangRows(): Report {
  return report({
    id: 'dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1',
    meta: { year: 2024, period: 'tw1', type: 'laporan-triwulan', efficiency: 'capaian-serapan', capaianCap: '120' },
    tree: [
      node('T1', 'tujuan'),
      node('T2', 'tujuan'),
      node('S1', 'sasaran', 'T1'),
      node('P1', 'program', 'S1'),
      node('P2', 'program', 'S1'),
      node('P6', 'program', 'S1'),
    ],
    indicators: [
      indicator('T1.I1', 'T1', { nama: 'IPG', valueKind: 'angka' }),
      indicator('T2.I1', 'T2', { nama: 'Indeks Rasa Aman', valueKind: 'ordinal', order: 'indeks-rasa-aman' }),
      indicator('P2.I1', 'P2', { nama: 'Rasio kekerasan terhadap perempuan', valueKind: 'laju', polarity: 'negatif' }),
      indicator('P1.I1', 'P1', { nama: 'Persentase ARG' }),
      indicator('P6.I1', 'P6', { nama: 'Persentase pemenuhan cluster perlindungan khusus anak' }),
    ],
    values: [
      value('T1.I1', {
        year: 2024,
        period: 'tw1',
        target: p('89,09'),
        realisasi: p('89,06 (data BPS tahun 2023)'),
        capaian: p('99,97'),
        row: 1,
      }),
      value('T2.I1', {
        year: 2024,
        period: 'tw1',
        target: p('Aman (50,01 - 75,00)', 'ordinal'),
        realisasi: p('N/A', 'ordinal'),
        capaian: p('N/A'),
        row: 2,
      }),
      value('P2.I1', {
        year: 2024,
        period: 'tw1',
        target: p('5,72 per 100.000', 'laju'),
        realisasi: p('0,54 per 100.000', 'laju'),
        capaian: p('9,4%', 'persen'),
        row: 3,
      }),
      value('P1.I1', {
        year: 2024,
        period: 'tw1',
        target: p('23%', 'persen'),
        realisasi: p('5,16%', 'persen'),
        capaian: p('22,43%', 'persen'),
        row: 4,
      }),
      value('P6.I1', {
        year: 2024,
        period: 'tw1',
        target: p('61,46%', 'persen'),
        realisasi: p('89,22%', 'persen'),
        capaian: p('145,16%', 'persen'),
        row: 5,
      }),
    ],
    efficiency: [
      efficiencyRow(
        'P1',
        {
          pagu: p('132.740.140'),
          realisasi: p('6.800.000'),
          serapan: p('5,12%', 'persen'),
          capaian: p('22,43%', 'persen'),
          efisiensi: p('17,31'),
        },
        1,
        'Tabel 3.8',
      ),
      efficiencyRow(
        'P6',
        {
          pagu: p('41.160.000'),
          realisasi: p('3.504.000'),
          serapan: p('8,51%', 'persen'),
          capaian: p('145,16%', 'persen'),
          efisiensi: p('136,65'),
        },
        2,
        'Tabel 3.8',
      ),
    ],
  });
}

describe('scoreReport: Lumajang TW I 2024', () => {
  const scored = scoreReport(lumajang(), ALL_SCALES);

  it('finds the other-year IPG data, the rate computed as positive, and the ARG capaian (5,16 / 23 = 22,43%) is fine', () => {
    expect(scored.findings.map((f) => [f.kind, f.location.entity, f.location.field])).toEqual([
      ['tahun-data-berbeda', 'T1.I1', 'realisasi'],
      ['polaritas-diabaikan', 'P2.I1', 'capaian_tercetak'],
    ]);
  });

  it('Lumajang TW I 2024 Tabel 3.1: IPG "89,06 (data BPS tahun 2023)" keeps its printed capaian but gets none of its own', () => {
    const ipg = scored.values.find((v) => v.indicator === 'T1.I1');
    expect(ipg?.capaian).toMatchObject({ kind: 'tidak-dapat-dihitung', reason: 'tahun-data-berbeda' });
    expect(ipg?.printedCapaian?.text).toBe('99,97');
  });

  it('Lumajang TW I 2024 Tabel 3.1: cluster perlindungan khusus anak 145,16% is capped at 120 in the capped average', () => {
    const report = scored.averages.find((a) => a.scope === 'laporan');
    expect(report?.result.capped?.cappedMembers).toEqual(['P2.I1', 'P6.I1']);
    expect(scored.values.find((v) => v.indicator === 'P6.I1')?.capped?.toString()).toBe('120');
  });

  it('Lumajang TW I 2024 Tabel 3.8: efficiency capaian − serapan matches its declared convention', () => {
    expect(scored.efficiency.map((e) => e.printedMatches)).toEqual(['capaian-serapan', 'capaian-serapan']);
    expect(scored.efficiency[0]?.declared).toMatchObject({ kind: 'poin' });
  });

  it('the report own scale is not declared: only national predicates', () => {
    expect(scored.values.find((v) => v.indicator === 'P1.I1')?.predicates).toEqual({
      national: { kind: 'pita', scale: 'nasional', label: 'Sangat Rendah', alsoIn: [] },
    });
  });
});

describe('scoreReport: printed predicate, summaries and cross-table values', () => {
  it('a printed predicate that does not match the own-scale band of the printed capaian', () => {
    const r = report({
      meta: { scale: 'malang-lkjip' },
      tree: [node('S1', 'sasaran')],
      indicators: [indicator('S1.I1', 'S1')],
      values: [
        value('S1.I1', {
          target: p('80'),
          realisasi: p('85,85'),
          capaian: p('107,31%'),
          predicate: 'Sangat tercapai/ Sangat berhasil',
        }),
      ],
    });
    expect(scoreReport(r, ALL_SCALES).findings).toMatchObject([
      { kind: 'predikat-berbeda', printed: 'Sangat tercapai/ Sangat berhasil', recomputed: 'Berhasil' },
    ]);
    r.values[0]!.printedPredicate = 'Tercapai/ Berhasil';
    expect(scoreReport(r, ALL_SCALES).findings).toEqual([]);
    // Malang LKjIP 2023 Bab III.A.7 prints one wording of a two-wording band ("berhasil" for "Tercapai/ Berhasil").
    const slashed: Scale = {
      ...(MALANG as PredicateScale),
      bands: (MALANG as PredicateScale).bands.map((b) =>
        b.label === 'Berhasil' ? { ...b, label: 'Tercapai/ Berhasil' } : b,
      ),
    };
    r.values[0]!.printedPredicate = 'berhasil';
    expect(scoreReport(r, [slashed, NATIONAL]).findings).toEqual([]);
  });

  it('two evaluation tables printing different realisations for the same indicator and year', () => {
    const r = report({
      tree: [node('S1', 'sasaran')],
      indicators: [indicator('S1.I1', 'S1')],
      values: [
        value('S1.I1', { target: p('90%'), realisasi: p('97,64%'), row: 1, table: 'Tabel 3.1.1.A' }),
        value('S1.I1', { target: p('90%'), realisasi: p('96,64%'), row: 2, table: 'Tabel 3.1.1.F' }),
      ],
    });
    expect(scoreReport(r, ALL_SCALES).findings).toMatchObject([
      { kind: 'beda-antar-tabel', printed: '96,64%', recomputed: '97,64%', location: { row: 2, field: 'realisasi' } },
    ]);
  });

  it('a row without a target borrows it from the PK and says so', () => {
    const r = report({
      tree: [node('S1', 'sasaran')],
      indicators: [indicator('S1.I1', 'S1')],
      values: [
        value('S1.I1', { role: 'pk', target: p('80%'), row: 1, table: 'PK' }),
        value('S1.I1', { realisasi: p('88%'), capaian: p('110%'), row: 2, table: 'Tabel 3.2' }),
      ],
    });
    const scored = scoreReport(r, ALL_SCALES);
    expect(scored.values).toHaveLength(1);
    expect(scored.values[0]?.targetFrom).toMatchObject({ table: 'PK' });
    expect(scored.findings).toEqual([]);
  });

  it('printed totals and average absorption against the budget lines', () => {
    const r = report({
      budget: [
        budget('P1', 'program', 'P1', { pagu: '1.000', realisasi: '900' }, { row: 1 }),
        budget('P2', 'program', 'P2', { pagu: '3.000', realisasi: '1.500' }, { row: 2 }),
      ],
      summaries: [
        summary('laporan', 'total-pagu', 'Rp 4.000', 1),
        summary('laporan', 'total-realisasi', '2.500', 2),
        summary('laporan', 'rata-rata-serapan', '60,00%', 3), // 2.400 / 4.000
        summary('laporan', 'rata-rata-serapan', '70%', 4), // mean of 90% and 50%
        summary('P2', 'rata-rata-serapan', '50%', 5),
      ],
    });
    const scored = scoreReport(r, ALL_SCALES);
    expect(scored.summaries.map((s) => s.matches)).toEqual([true, false, true, true, true]);
    expect(scored.findings).toMatchObject([
      { kind: 'total-berbeda', printed: '2.500', recomputed: '2400', difference: '100' },
    ]);
  });

  it('an unreadable cell is reported once, with the reason given by the transcriber', () => {
    const r = report({
      tree: [node('S1', 'sasaran')],
      indicators: [indicator('S1.I1', 'S1')],
      values: [
        value('S1.I1', { target: p('90%'), realisasi: unreadable('9O%', 'huruf O, bukan nol'), capaian: p('100%') }),
      ],
    });
    expect(scoreReport(r, ALL_SCALES).findings).toMatchObject([
      {
        kind: 'tidak-terbaca',
        printed: '9O%',
        explanation: {
          id: 'Angka tercetak "9O%" tidak dapat dibaca (huruf O, bukan nol); diterbitkan apa adanya dan tidak dihitung.',
        },
      },
    ]);
  });

  it('an empty report scores to empty results', () => {
    const scored = scoreReport(report(), []);
    expect(scored).toMatchObject({
      values: [],
      budget: [],
      efficiency: [],
      summaries: [],
      findings: [],
      scaleChecks: [],
    });
    expect(scored.averages).toHaveLength(1);
  });
});

describe('scoreReport: years other than the report year', () => {
  it('a printed average for an earlier year (Malang: "tahun sebelumnya 73,67%") is recomputed from that year\'s rows', () => {
    const r = report({
      meta: { year: 2023 },
      tree: [node('S1', 'sasaran')],
      indicators: [indicator('S1.I1', 'S1'), indicator('S1.I2', 'S1')],
      values: [
        value('S1.I1', { year: 2022, target: p('100'), realisasi: p('80'), row: 1, table: 'Tabel 3.2' }),
        value('S1.I2', { year: 2022, target: p('100'), realisasi: p('67,34'), row: 2, table: 'Tabel 3.2' }),
        value('S1.I1', { year: 2023, target: p('100'), realisasi: p('100'), row: 3 }),
        value('S1.I2', { year: 2023, target: p('100'), realisasi: p('100'), row: 4 }),
      ],
      summaries: [
        summary('laporan', 'rata-rata-capaian', '73,67%', 1, 'Bab III', 2022),
        summary('laporan', 'rata-rata-capaian', '100%', 2, 'Tabel 3.1', 2023),
      ],
    });
    const scored = scoreReport(r, ALL_SCALES);
    expect(scored.summaries.map((s) => s.matches)).toEqual([true, true]);
    expect(scored.averages.find((a) => a.scope === 'laporan')?.result.mean).toMatchObject({ kind: 'persen' });
  });

  it('budget tables of different years are not compared with each other (LKjIP 2018 prints 2017 tables)', () => {
    const r = report({
      budget: [
        budget('R17', 'program', 'Program Rehabilitasi Sosial', { pagu: '900' }, { year: 2017 }),
        budget('PK18', 'program', 'Program Rehabilitasi Sosial', { pagu: '1.000' }, { role: 'pk', year: 2018 }),
      ],
    });
    expect(scoreReport(r, ALL_SCALES).budgetComparisons).toEqual([]);
  });
});

describe('scoreReport: what a printed aggregate stands for', () => {
  it('Lumajang TW I 2024 Bab 3.1: "rata-rata 59,71%" is the mean of the 13 programme indicators, not of all indicators', () => {
    const programmes = [
      '22,43',
      '9,4',
      '0',
      '50',
      '67,66',
      '145,16',
      '23,41',
      '100',
      '55,25',
      '18',
      '107,08',
      '77,85',
      '100',
    ];
    const r = report({
      meta: { year: 2024, period: 'tw1' },
      tree: [
        node('T1', 'tujuan'),
        node('S1', 'sasaran', 'T1'),
        ...programmes.map((_, i) => node(`P${i + 1}`, 'program', 'S1')),
      ],
      indicators: [indicator('T1.I1', 'T1'), ...programmes.map((_, i) => indicator(`P${i + 1}.I1`, `P${i + 1}`))],
      values: [
        value('T1.I1', {
          year: 2024,
          period: 'tw1',
          target: p('89,09'),
          realisasi: p('89,09'),
          capaian: p('100'),
          row: 1,
        }),
        // Target 100 so the printed capaian equals the realisation.
        ...programmes.map((c, i) =>
          value(`P${i + 1}.I1`, {
            year: 2024,
            period: 'tw1',
            target: p('100'),
            realisasi: p(c),
            capaian: p(c),
            row: i + 2,
          }),
        ),
      ],
      summaries: [summary('laporan', 'rata-rata-capaian', '59,71%', 1, 'Bab 3.1 (teks)', 2024)],
    });
    const scored = scoreReport(r, ALL_SCALES);
    expect(scored.findings).toEqual([]);
    expect(scored.summaries[0]).toMatchObject({
      matches: true,
      matchedReading: { id: 'rata-rata indikator program', en: 'mean of programme indicators' },
    });
    expect(scored.reportAverages.map((a) => a.reading)).toEqual(['semua', 'strategis', 'tingkat:program']);
  });

  it('Probolinggo LKjIP 2024: a budget printed in two tables (Tabel 2.2 and 3.2) is not added up twice', () => {
    const r = report({
      budget: [
        budget('R22', 'urusan', 'URUSAN', { pagu: '300', realisasi: '270' }, { table: 'Tabel 2.2', row: 1 }),
        budget(
          'R22.P1',
          'program',
          'P1',
          { pagu: '100', realisasi: '90' },
          { table: 'Tabel 2.2', parent: 'R22', row: 2 },
        ),
        budget(
          'R22.P2',
          'program',
          'P2',
          { pagu: '200', realisasi: '180' },
          { table: 'Tabel 2.2', parent: 'R22', row: 3 },
        ),
        budget('R32', 'urusan', 'URUSAN', { pagu: '300', realisasi: '270' }, { table: 'Tabel 3.2', row: 4 }),
        budget(
          'R32.P1',
          'program',
          'P1',
          { pagu: '100', realisasi: '90' },
          { table: 'Tabel 3.2', parent: 'R32', row: 5 },
        ),
        budget(
          'R32.P2',
          'program',
          'P2',
          { pagu: '200', realisasi: '180' },
          { table: 'Tabel 3.2', parent: 'R32', row: 6 },
        ),
      ],
      summaries: [
        summary('laporan', 'total-pagu', 'Rp 300,-', 1, 'Ikhtisar Eksekutif'),
        summary('laporan', 'rata-rata-serapan', '90 %', 2, 'Bab III 3.2'),
      ],
    });
    const scored = scoreReport(r, ALL_SCALES);
    expect(scored.findings).toEqual([]);
    expect(scored.summaries[0]?.matchedReading?.en).toBe('sum of 2 lines of Tabel 2.2');
  });

  it('Malang LKjIP 2023 Bab III.B: "Rata-rata Capaian Kegiatan" and "… Sub Kegiatan" are means over children and over the lowest lines', () => {
    const r = report({
      budget: [
        budget('P', 'program', 'P', { pagu: '400', realisasi: '290' }), // 72,5% overall
        budget('K1', 'kegiatan', 'K1', { pagu: '100', realisasi: '100', persen: '100%' }, { parent: 'P' }),
        budget('K2', 'kegiatan', 'K2', { pagu: '300', realisasi: '200', persen: '66,67%' }, { parent: 'P' }),
        budget('S1', 'subkegiatan', 'S1', { pagu: '100', realisasi: '50', persen: '50%' }, { parent: 'K2' }),
        budget('S2', 'subkegiatan', 'S2', { pagu: '200', realisasi: '150', persen: '75%' }, { parent: 'K2' }),
      ],
      summaries: [
        summary('P', 'rata-rata-serapan', '83,33%', 1), // (100 + 66,67) / 2
        summary('P', 'rata-rata-serapan', '75,00%', 2), // (100 + 50 + 75) / 3
        summary('P', 'rata-rata-serapan', '75,00%', 3),
      ],
    });
    r.budget[2]!.printedPercent = p('60%', 'persen'); // printed wrongly: the printed mean of 100% and 60% is 80%
    r.summaries[2] = summary('P', 'rata-rata-serapan', '80%', 3);
    const scored = scoreReport(r, ALL_SCALES);
    expect(scored.summaries.map((s) => s.matchedReading?.id)).toEqual([
      'rata-rata serapan 2 baris (Tabel 3.2)',
      'rata-rata serapan 3 baris terbawah (Tabel 3.2)',
      undefined,
    ]);
    expect(scored.findings.filter((f) => f.location.file === 'ringkasan.csv')).toMatchObject([
      {
        kind: 'rata-rata-berbeda',
        severity: 'warning',
        explanation: {
          en: expect.stringContaining('mean of the printed absorption percentages of the lines (80.00%)'),
        },
      },
    ]);
  });

  it('Lumajang TW I 2024 Tabel 3.10: alternative total lines in one table are separate readings', () => {
    const r = report({
      budget: [
        budget('BD', 'total', 'Belanja Daerah', { pagu: '30.316.880.763,00' }, { table: 'Tabel 3.10', row: 1 }),
        budget('BO', 'total', 'Belanja Operasi', { pagu: '30.282.689.155,00' }, { table: 'Tabel 3.10', row: 2 }),
      ],
      summaries: [summary('laporan', 'total-pagu', 'Rp 30.316.880.763,-', 1, 'Bab 3.9 (teks)')],
    });
    expect(scoreReport(r, ALL_SCALES).summaries[0]).toMatchObject({ matches: true, readings: [{}, {}] });
  });

  it('one unit off in the last printed digit is an info finding that says so (Malang Tabel 3.6: 211,83 for 211,843…)', () => {
    const r = report({
      meta: { efficiency: 'capaian/serapan' },
      efficiency: [
        efficiencyRow('S1.I3', {
          capaian: p('142.59', 'angka', 'en'),
          serapan: p('67.31', 'angka', 'en'),
          efisiensi: p('211.83', 'angka', 'en'),
        }),
      ],
    });
    expect(scoreReport(r, ALL_SCALES).findings).toMatchObject([
      {
        kind: 'efisiensi-berbeda',
        severity: 'info',
        explanation: { en: expect.stringContaining('one unit off in the last printed digit') },
      },
    ]);
  });

  it('a narrative table that repeats capaian without target or realisation is silent (checked against the evaluation table)', () => {
    const r = report({
      tree: [node('S1', 'sasaran')],
      indicators: [indicator('S1.I1', 'S1')],
      values: [
        value('S1.I1', { target: p('90%'), realisasi: p('97,64%'), capaian: p('108,49%'), row: 1, table: 'Tabel 3.1' }),
        value('S1.I1', { capaian: p('108,49%'), row: 2, table: 'Tabel 3.7' }),
        value('S1.I1', { capaian: p('105,00%'), row: 3, table: 'Tabel 3.8' }),
      ],
    });
    expect(scoreReport(r, ALL_SCALES).findings).toMatchObject([
      {
        kind: 'beda-antar-tabel',
        printed: '105,00%',
        recomputed: '108,49%',
        location: { row: 3, field: 'capaian_tercetak' },
      },
    ]);
  });
});
