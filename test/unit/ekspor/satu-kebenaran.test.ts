/**
 * One truth: for every real report, every figure its page shows equals the one in the downloads. The page side is
 * the view-model functions the report page renders from (src/lib/tampilan); the download side is the per-report
 * CSVs as written, read back with papaparse. Export figures are put through the page's own formatters, so a
 * difference at display precision fails here. Also the budget recipe in the dictionary: filter
 * `jumlah_utama = ya`, sum `pagu_angka` / `realisasi_angka` (decimal.js) — exactly the page's totals.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { datasetFiles, kamusData, reportTablePath, type DatasetTableName } from '../../../src/lib/ekspor/index.ts';
import type { Capaian } from '../../../src/lib/skor/index.ts';
import { scoreReport } from '../../../src/lib/skor/index.ts';
import { allValueRows, budgetTables, reportHeadline, summaryRows } from '../../../src/lib/tampilan/laporan.ts';
import { headlineView } from '../../../src/lib/tampilan/sorotan.ts';
import { showCapaian, showPercent, showRupiah, showRupiahShort, type Lang } from '../../../src/lib/tampilan/tampil.ts';
import { byPath, load, readBack, REAL } from './bantu.ts';

const real = load(REAL);
const files = byPath(datasetFiles(real.content, real.scored));
const LANGS: Lang[] = ['id', 'en'];

type Record_ = Record<string, string>;

/** A written CSV as records keyed by column name. */
function records(path: string): Record_[] {
  const file = files.get(path);
  if (file === undefined) throw new Error(`no download ${path}`);
  const { header, rows } = readBack(file.body);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** A report's rows of a table; a report publishes only the optional tables it has rows in. */
function reportRows(reportId: string, table: DatasetTableName): Record_[] {
  const path = reportTablePath(reportId, table);
  return files.has(path) ? records(path) : [];
}

const dec = (text: string | undefined): Decimal | undefined =>
  text === undefined || text === '' ? undefined : new Decimal(text);

/** The export's capaian columns as the engine's result kind, for the page's formatter. */
function exportedCapaian(row: Record_): Capaian | undefined {
  switch (row.capaian_hitung_status) {
    case 'persen':
      return { kind: 'persen', value: new Decimal(row.capaian_hitung!), formula: 'r/t', basis: 'angka' } as Capaian;
    case 'tercapai':
    case 'tidak-tercapai':
      return {
        kind: 'ordinal',
        met: row.capaian_hitung_status === 'tercapai',
        steps: Number(row.capaian_selisih_tingkat || '0'),
      } as Capaian;
    case 'tidak-dapat-dihitung':
      return {
        kind: 'tidak-dapat-dihitung',
        reason: row.capaian_hitung_alasan,
        message: { id: '', en: '' },
      } as Capaian;
    default:
      return undefined;
  }
}

const reports = real.content.reports.map((report) => ({ report, scored: scoreReport(report, real.content.scales) }));

describe('every figure on a report page equals the download’s', () => {
  it('covers every real report', () => {
    expect(reports.length).toBeGreaterThanOrEqual(5);
  });

  it.each(reports.map((r) => [r.report.id, r] as const))('%s: headline and report row', (_, { report, scored }) => {
    const [row] = reportRows(report.id, 'laporan');
    expect(row).toBeDefined();
    const scale = real.content.scales.find((s) => s.slug === report.meta.scale);
    for (const lang of LANGS) {
      const view = headlineView(
        { report, scored, ...(scale?.jenis === 'predikat' ? { scale } : {}) },
        real.content.scales,
        lang,
      );
      const overall = dec(row!.capaian_keseluruhan);
      expect(overall === undefined ? undefined : showPercent(overall, lang)).toBe(view.overall?.text);
      if (view.overall) {
        expect(row!.capaian_keseluruhan_dasar).toBe(view.overall.basis);
        expect(Number(row!.capaian_keseluruhan_jumlah)).toBe(view.overall.included);
        expect(Number(row!.capaian_keseluruhan_dikecualikan)).toBe(view.overall.excluded);
      }
      if (view.met) {
        expect(Number(row!.indikator_tercapai)).toBe(view.met.met);
        expect(Number(row!.indikator_dinilai)).toBe(view.met.rated);
      } else {
        expect(row!.indikator_dinilai).toBe('0');
      }
      const pagu = dec(row!.pagu_utama);
      const realisasi = dec(row!.realisasi_utama);
      const serapan = dec(row!.serapan_utama);
      expect(view.budget?.paguExact).toBe(pagu && realisasi ? showRupiah(pagu, lang) : undefined);
      expect(view.budget?.realisasiExact).toBe(pagu && realisasi ? showRupiah(realisasi, lang) : undefined);
      expect(view.budget?.serapan).toBe(pagu && realisasi && serapan ? showPercent(serapan, lang) : undefined);
      expect(Number(row!.jumlah_temuan)).toBe(view.findingCount);
    }
    expect(reportRows(report.id, 'temuan')).toHaveLength(scored.findings.length);
  });

  it.each(reports.map((r) => [r.report.id, r] as const))('%s: indicator capaian', (_, { report, scored }) => {
    const exported = reportRows(report.id, 'nilai');
    const bySource = new Map(exported.map((r) => [`${r.sumber_berkas}#${r.sumber_baris_berkas}`, r]));
    for (const lang of LANGS) {
      const rows = allValueRows(report, scored, lang, real.content.scales);
      expect(rows).toHaveLength(exported.length);
      for (const row of rows) {
        const e = bySource.get(`${row.source.file}#${row.source.row}`);
        expect(e, `${row.source.file} ${row.source.row}`).toBeDefined();
        expect(showCapaian(exportedCapaian(e!), lang).text, `${row.indicator} row ${row.source.row}`).toBe(
          row.capaian.text,
        );
        expect(e!.capaian_tercetak).toBe(row.printedCapaian);
        expect(e!.target).toBe(row.target);
        expect(e!.realisasi).toBe(row.realisasi);
      }
    }
  });

  it.each(reports.map((r) => [r.report.id, r] as const))(
    '%s: absorption and amounts per budget line',
    (_, { report, scored }) => {
      const exported = new Map(reportRows(report.id, 'anggaran').map((r) => [r.id, r]));
      for (const lang of LANGS) {
        const rows = budgetTables(report, scored, lang).flatMap((t) => t.rows);
        expect(rows).toHaveLength(exported.size);
        for (const row of rows) {
          const e = exported.get(row.id)!;
          for (const field of ['pagu', 'realisasi'] as const) {
            // The exact figure as printed, and the short form read from the exported machine value.
            expect(e[field]).toBe(row[field].exact);
            const amount = dec(e[`${field}_angka`]);
            const short =
              amount && e[`${field}_jenis`] === 'angka' && amount.abs().greaterThanOrEqualTo(1e6)
                ? showRupiahShort(amount, lang)
                : undefined;
            expect(row[field].short, `${row.id} ${field}`).toBe(short);
          }
          expect(e.persen_tercetak).toBe(row.printedPercent);
          const serapan = dec(e.serapan_hitung);
          const expected =
            e.realisasi === ''
              ? ''
              : serapan
                ? showPercent(serapan, lang)
                : lang === 'id'
                  ? 'Tidak dapat dihitung'
                  : 'Not computable';
          expect(expected, `${row.id} serapan`).toBe(row.serapan.text);
          expect(e.persen_tercetak_cocok === 'tidak', `${row.id} % check`).toBe(row.percentMismatch);
        }
      }
    },
  );

  it.each(reports.map((r) => [r.report.id, r] as const))(
    '%s: printed averages and totals, recomputed and the reading that reproduces them',
    (_, { report, scored }) => {
      const exported = reportRows(report.id, 'ringkasan');
      for (const lang of LANGS) {
        const rows = summaryRows(report, scored, lang);
        expect(rows).toHaveLength(exported.length);
        rows.forEach((row, i) => {
          const e = exported[i]!;
          const show = (v: Decimal) => (row.kind.startsWith('total') ? showRupiah(v, lang) : showPercent(v, lang));
          const where = `${row.kind} ${row.scope} (row ${row.source.row})`;
          expect(Number(e.sumber_baris_berkas)).toBe(row.source.row);
          expect(e.nilai).toBe(row.printed);
          const value = dec(e.nilai_hitung);
          if (value) expect(show(value), where).toBe(row.recomputed);
          else expect(e.nilai_hitung_alasan, where).not.toBe('');
          expect(e.nilai_tercetak_cocok === '' ? undefined : e.nilai_tercetak_cocok === 'ya', where).toBe(row.matches);
          const matching = dec(e.cara_cocok_nilai);
          const label = lang === 'id' ? e.cara_cocok : e.cara_cocok_en;
          const reading = label === '' ? '' : row.matches === true ? label : `${label}: ${show(matching as Decimal)}`;
          expect(reading, where).toBe(row.reading);
          if (row.matches === true) expect(matching?.eq(value!), where).toBe(true);
        });
      }
    },
  );

  it('carries the page’s figures for the three rows issue #13 found disagreeing', () => {
    const find = (report: string, scope: string, kind: string, printed: string) =>
      reportRows(report, 'ringkasan').find((r) => r.lingkup === scope && r.jenis === kind && r.nilai === printed);
    const lumajang = find(
      'dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1',
      'laporan',
      'rata-rata-capaian',
      '59,71%',
    );
    expect(lumajang?.nilai_hitung).toBe('73.647675');
    expect(lumajang?.nilai_hitung_cara).toBe('rata-rata indikator program');
    expect(lumajang?.cara_cocok).toBe('rata-rata capaian tercetak indikator program');
    expect(showPercent(new Decimal(lumajang!.cara_cocok_nilai!), 'id')).toBe('59,71%');
    const malang = 'dinsos-p3ap2kb-kota-malang/2023-lkjip';
    expect(find(malang, 'laporan', 'rata-rata-capaian', '106,22%')?.nilai_hitung).toBe('121.353777');
    const p01 = find(malang, 'R.P01', 'rata-rata-serapan', '89,55%');
    expect(p01?.nilai_hitung).toBe('165.309104');
    expect(p01?.cara_cocok).toMatch(/^rata-rata persentase serapan tercetak 8 baris/);
    // A matched reading's own value, not the preferred reading's (the page used to show 97,08% here).
    const p02 = find(malang, 'R.P02', 'rata-rata-serapan', '95,54%');
    expect(p02?.nilai_tercetak_cocok).toBe('ya');
    expect(p02?.nilai_hitung).toBe('95.535277');
  });
});

describe('budget totals: the dictionary’s recipe reproduces every page’s totals', () => {
  it('is in the dictionary', () => {
    expect(kamusData()).toContain(
      'To total a report, filter `jumlah_utama` = `ya` and sum `pagu_angka` /\n  `realisasi_angka`',
    );
  });

  const sumOf = (rows: Record_[], column: string): Decimal | undefined =>
    rows.length === 0 || rows.some((r) => r[column] === '')
      ? undefined
      : Decimal.sum(...rows.map((r) => new Decimal(r[column]!)));

  it.each(reports.map((r) => [r.report.id, r] as const))(
    '%s: filter jumlah_utama = ya, sum pagu_angka / realisasi_angka',
    (_, { report, scored }) => {
      const budget = reportRows(report.id, 'anggaran');
      expect(budget.every((r) => r.jumlah_utama === 'ya' || r.jumlah_utama === 'tidak')).toBe(true);
      const main = budget.filter((r) => r.jumlah_utama === 'ya');
      // One table, top level.
      expect(new Set(main.map((r) => r.sumber_tabel)).size).toBeLessThanOrEqual(1);
      expect(main.every((r) => r.induk === '' && r.cetak_ulang_dari === '')).toBe(true);
      const page = reportHeadline(report, scored);
      expect(sumOf(main, 'pagu_angka')?.toString()).toBe(page.pagu?.toString());
      expect(sumOf(main, 'realisasi_angka')?.toString()).toBe(page.realisasi?.toString());
      // The same rows in the whole-dataset file.
      const all = records('unduh/anggaran.csv').filter((r) => r.laporan_id === report.id && r.jumlah_utama === 'ya');
      expect(sumOf(all, 'pagu_angka')?.toString()).toBe(page.pagu?.toString());
      const [row] = reportRows(report.id, 'laporan');
      expect(dec(row!.pagu_utama)?.toString()).toBe(page.pagu?.toString());
      expect(dec(row!.realisasi_utama)?.toString()).toBe(page.realisasi?.toString());
    },
  );

  it('shows why the recipe is needed: a naive sum of Lumajang’s anggaran is eight times the page’s', () => {
    const rows = reportRows('dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1', 'anggaran');
    const naive = Decimal.sum(...rows.filter((r) => r.pagu_angka !== '').map((r) => new Decimal(r.pagu_angka!)));
    const main = sumOf(
      rows.filter((r) => r.jumlah_utama === 'ya'),
      'pagu_angka',
    );
    expect(main?.toString()).toBe('30316880763');
    expect(naive.div(main!).greaterThan(7)).toBe(true);
  });

  it('marks the table Probolinggo 2024 prints twice: every line of Tabel 3.2 points at its Tabel 2.2 line', () => {
    const rows = reportRows('dinsos-p3a-kota-probolinggo/2024-lkjip', 'anggaran');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const second = rows.filter((r) => r.sumber_tabel === 'Tabel 3.2');
    expect(second.length).toBeGreaterThan(100);
    for (const r of second) {
      const original = byId.get(r.cetak_ulang_dari!);
      expect(original?.sumber_tabel, r.id).toBe('Tabel 2.2');
      expect(original?.pagu_angka).toBe(r.pagu_angka);
      expect(original?.realisasi_angka).toBe(r.realisasi_angka);
    }
    expect(rows.filter((r) => r.sumber_tabel === 'Tabel 2.2').every((r) => r.cetak_ulang_dari === '')).toBe(true);
  });

  it('never marks a line of the first table of its role and year as a reprint', () => {
    for (const { report } of reports) {
      const rows = reportRows(report.id, 'anggaran');
      const firstTable = new Map<string, string>();
      for (const r of rows) {
        const key = `${r.peran} ${r.tahun}`;
        if (!firstTable.has(key)) firstTable.set(key, r.sumber_tabel!);
        if (firstTable.get(key) === r.sumber_tabel) expect(r.cetak_ulang_dari, `${report.id} ${r.id}`).toBe('');
        else if (r.cetak_ulang_dari !== '') {
          const original = rows.find((o) => o.id === r.cetak_ulang_dari);
          expect(original?.peran).toBe(r.peran);
          expect(original?.tahun).toBe(r.tahun);
        }
      }
    }
  });
});
