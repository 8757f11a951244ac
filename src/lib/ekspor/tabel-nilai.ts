/**
 * Indicator tables: the indicators of each report (`indikator`), every printed value row with its recomputed
 * capaian and predicates (`nilai`), and benchmark values (`pembanding`).
 */
import { periods, polarities, valueKinds, valueRoles } from '../data/skema.ts';
import type { Indicator } from '../model.ts';
import { indicatorKeys } from '../tampilan/kunci.ts';
import { CAPAIAN_STATUSES, type ReportScores } from './hitung.ts';
import {
  figureCells,
  figureColumns,
  rateBase,
  rateBaseColumn,
  reportCells,
  reportColumns,
  sourceCells,
  sourceColumns,
  type ReportContext,
} from './kolom.ts';
import { col, type Row, type Table } from './tabel.ts';

/**
 * Key of an indicator across the reports (`/indikator/<key>/`, the column `kunci_indikator`): the same key the
 * site's indicator pages use, abbreviations folded into their full names.
 */
export function indicatorSlugs(
  reports: readonly ReportContext[],
  /** Every indicator name of the corpus, when `reports` is only part of it (the streaming build). */
  names: readonly string[] = reports.flatMap((ctx) => ctx.report.indicators.map((i) => i.nama)),
): (nama: string) => string {
  const keyOf = indicatorKeys(names);
  return (nama) => keyOf(nama) || 'tanpa-nama';
}

const keyColumn = col(
  'kunci_indikator',
  'string',
  'Kunci indikator lintas laporan: slug nama indikator yang dinormalkan, seperti alamat halamannya (/indikator/<kunci>/).',
  'Cross-report indicator key: normalised slug of the indicator name, as in its page address (/indikator/<key>/).',
  { required: true },
);

// ---- indikator: one row per indikator.csv row -----------------------------------------------------------------

export const indicatorColumns = [
  ...reportColumns,
  col(
    'kode',
    'string',
    'Kode indikator dalam laporan ini, mis. S1.I1.',
    'Indicator code within this report, e.g. S1.I1.',
    { required: true },
  ),
  col(
    'induk',
    'string',
    'Kode simpul pohon kinerja (pohon-kinerja.csv) yang diukur indikator ini.',
    'Code of the performance-tree node (pohon-kinerja.csv) the indicator measures.',
    { required: true },
  ),
  col('nama', 'string', 'Nama indikator seperti tercetak.', 'Indicator name as printed.', { required: true }),
  keyColumn,
  col('satuan', 'string', 'Satuan seperti tercetak (%, orang, indeks, …).', 'Unit as printed (%, orang, indeks, …).'),
  col(
    'jenis_nilai',
    'string',
    'Jenis nilai: angka, persen, rasio (1 : N), laju (X per B), ordinal (tingkat).',
    'Value kind: angka (number), persen, rasio (1 : N), laju (rate X per B), ordinal (levels).',
    { required: true, enum: valueKinds },
  ),
  col(
    'polaritas',
    'string',
    'positif (makin tinggi makin baik) atau negatif (makin rendah makin baik).',
    'positif (higher is better) or negatif (lower is better).',
    { required: true, enum: polarities },
  ),
  col(
    'urutan',
    'string',
    'Untuk indikator ordinal: skala urutan tingkat (content/skala/<slug>.yaml).',
    'For ordinal indicators: the ordinal scale ordering its levels (content/skala/<slug>.yaml).',
  ),
  col(
    'catatan_polaritas',
    'string',
    'Alasan polaritas, dikutip dari dokumen.',
    'Why this polarity, quoted from the document.',
  ),
  col('iku', 'boolean', 'ya bila Indikator Kinerja Utama (IKU).', 'ya (yes) if a key performance indicator (IKU).', {
    required: true,
  }),
  ...sourceColumns,
] as const;

export type IndicatorColumn = (typeof indicatorColumns)[number]['name'];

export function indicatorTable(reports: readonly ReportContext[], names?: readonly string[]): Table<IndicatorColumn> {
  const indicatorSlug = indicatorSlugs(reports, names);
  const rows = reports.flatMap((ctx) =>
    ctx.report.indicators.map((i): Row<IndicatorColumn> => ({
      ...reportCells(ctx),
      kode: i.kode,
      induk: i.node,
      nama: i.nama,
      kunci_indikator: indicatorSlug(i.nama),
      satuan: i.satuan,
      jenis_nilai: i.valueKind,
      polaritas: i.polarity,
      urutan: i.order,
      catatan_polaritas: i.polarityNote,
      iku: i.iku,
      ...sourceCells(i.source),
    })),
  );
  return {
    name: 'indikator',
    title: { id: 'Indikator kinerja', en: 'Performance indicators' },
    description: {
      id: 'Satu baris per indikator per laporan (indikator.csv): kode, nama, satuan, jenis nilai, polaritas.',
      en: 'One row per indicator per report (indikator.csv): code, name, unit, value kind, polarity.',
    },
    columns: indicatorColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}

// ---- nilai: one row per nilai.csv row ------------------------------------------------------------------------

export const valueColumns = [
  ...reportColumns,
  col(
    'indikator',
    'string',
    'Kode indikator dalam laporan ini (indikator.csv).',
    'Indicator code within this report (indikator.csv).',
    { required: true },
  ),
  col('indikator_nama', 'string', 'Nama indikator seperti tercetak.', 'Indicator name as printed.'),
  keyColumn,
  col(
    'indikator_induk',
    'string',
    'Kode simpul pohon kinerja yang diukur indikator.',
    'Code of the performance-tree node the indicator measures.',
  ),
  col('satuan', 'string', 'Satuan indikator seperti tercetak.', 'Indicator unit as printed.'),
  col('jenis_nilai', 'string', 'Jenis nilai indikator.', 'Value kind of the indicator.', { enum: valueKinds }),
  col('polaritas', 'string', 'Polaritas indikator: positif atau negatif.', 'Indicator polarity: positif or negatif.', {
    enum: polarities,
  }),
  col('iku', 'boolean', 'ya bila Indikator Kinerja Utama.', 'ya (yes) if a key performance indicator.'),
  col('tahun', 'year', 'Tahun nilai ini.', 'Year the value is for.', { required: true }),
  col('periode', 'string', 'Periode nilai: tahunan, tw1–tw4.', 'Period of the value: tahunan (annual), tw1–tw4.', {
    required: true,
    enum: periods,
  }),
  col(
    'peran',
    'string',
    'Tabel asal nilai: pk (Perjanjian Kinerja), pk-perubahan, capaian (tabel evaluasi), renstra, renstra-akhir, rencana (Renja).',
    'Role of the table: pk (performance agreement), pk-perubahan (revised), capaian (evaluation), renstra, renstra-akhir (end of plan), rencana (work plan).',
    { required: true, enum: valueRoles },
  ),
  ...figureColumns('target', { id: 'Target', en: 'Target' }),
  rateBaseColumn('target'),
  ...figureColumns('realisasi', { id: 'Realisasi', en: 'Realisation' }),
  rateBaseColumn('realisasi'),
  ...figureColumns('capaian_tercetak', { id: 'Capaian yang dicetak dokumen', en: 'Capaian printed by the document' }),
  col('predikat_tercetak', 'string', 'Predikat yang dicetak dokumen.', 'Predicate printed by the document.'),
  col(
    'hilang_dari_sumber',
    'boolean',
    'ya bila baris tercetak di dokumen tetapi hilang dari teks ekstraksinya (tanpa angka, tidak ikut rata-rata).',
    'ya (yes) if the row is printed in the document but lost from its extracted text (no figures, not averaged).',
  ),
  col(
    'catatan',
    'string',
    'Catatan tercetak pada baris atau catatan transkripsi.',
    'Remark printed with the row, or the transcriber’s note.',
  ),
  col(
    'capaian_hitung',
    'number',
    'Capaian dihitung ulang (persen, dibulatkan 6 desimal) dengan konvensi laporan.',
    'Recomputed capaian (percent, rounded to 6 decimals) under the report’s conventions.',
  ),
  col(
    'capaian_hitung_status',
    'string',
    'persen (dihitung), tercapai / tidak-tercapai (ordinal), tidak-dapat-dihitung (lihat alasan), tidak-dinilai (baris target saja). Kosong bila penilaian tidak disertakan.',
    'persen (computed), tercapai / tidak-tercapai (ordinal met / not met), tidak-dapat-dihitung (see reason), tidak-dinilai (target-only row). Empty when scoring is not included.',
    { enum: CAPAIAN_STATUSES },
  ),
  col(
    'capaian_hitung_alasan',
    'string',
    'Kode alasan bila tidak dapat dihitung (target-nol, nilai-hilang, …).',
    'Reason code when not computable (target-nol, nilai-hilang, …).',
  ),
  col(
    'capaian_rumus',
    'string',
    'Rumus: r/t (positif), 2t-r atau t/r (negatif).',
    'Formula: r/t (positive), 2t-r or t/r (negative).',
    { enum: ['r/t', '2t-r', 't/r'] },
  ),
  col(
    'capaian_hitung_alternatif',
    'number',
    'Indikator negatif: capaian dengan konvensi negatif yang lain.',
    'Negative indicators: capaian under the other negative convention.',
  ),
  col(
    'capaian_hitung_dibatasi',
    'number',
    'Capaian setelah batas_capaian laporan diterapkan.',
    'Capaian with the report’s declared cap applied.',
  ),
  col(
    'capaian_selisih_tingkat',
    'integer',
    'Indikator ordinal: jumlah tingkat di atas (negatif: di bawah) target.',
    'Ordinal indicators: levels above (negative: below) the target.',
  ),
  col(
    'capaian_tercetak_cocok',
    'boolean',
    'ya bila capaian tercetak sama dengan hasil hitung pada presisi cetaknya.',
    'ya (yes) if the printed capaian equals the recomputed one at its printed precision.',
  ),
  col(
    'capaian_tercetak_rumus',
    'string',
    'Bila tidak cocok: rumus yang menghasilkan angka tercetak (mis. r/t pada indikator negatif).',
    'If it does not match: the formula that reproduces the printed figure (e.g. r/t on a negative indicator).',
  ),
  col(
    'predikat_skala_laporan',
    'string',
    'Predikat capaian hitung pada skala laporan sendiri; tanpa-pita bila jatuh di celah skala.',
    'Predicate of the recomputed capaian on the report’s own scale; tanpa-pita if it falls in a gap.',
  ),
  col(
    'predikat_skala_nasional',
    'string',
    'Predikat capaian hitung pada skala nasional 5 tingkat.',
    'Predicate of the recomputed capaian on the national 5-band scale.',
  ),
  ...sourceColumns,
] as const;

export type ValueColumn = (typeof valueColumns)[number]['name'];

export function valueTable(
  reports: readonly ReportContext[],
  scores: (reportId: string) => ReportScores | undefined,
  names?: readonly string[],
): Table<ValueColumn> {
  const indicatorSlug = indicatorSlugs(reports, names);
  const rows = reports.flatMap((ctx) => {
    const indicators = new Map(ctx.report.indicators.map((i) => [i.kode, i]));
    const scored = scores(ctx.report.id);
    return ctx.report.values.map((v): Row<ValueColumn> => {
      const indicator: Indicator | undefined = indicators.get(v.indicator);
      const score = scored?.values.get(v.source.row);
      return {
        ...reportCells(ctx),
        indikator: v.indicator,
        indikator_nama: indicator?.nama,
        kunci_indikator: indicator ? indicatorSlug(indicator.nama) : undefined,
        indikator_induk: indicator?.node,
        satuan: indicator?.satuan,
        jenis_nilai: indicator?.valueKind,
        polaritas: indicator?.polarity,
        iku: indicator?.iku,
        tahun: v.year,
        periode: v.period,
        peran: v.role,
        ...figureCells('target', v.target),
        target_basis: rateBase(v.target),
        ...figureCells('realisasi', v.realisasi),
        realisasi_basis: rateBase(v.realisasi),
        ...figureCells('capaian_tercetak', v.printedCapaian),
        predikat_tercetak: v.printedPredicate,
        hilang_dari_sumber: v.lostFromSource,
        catatan: v.note,
        capaian_hitung: score?.capaian,
        capaian_hitung_status: score?.status ?? (scored ? 'tidak-dinilai' : undefined),
        capaian_hitung_alasan: score?.reason,
        capaian_rumus: score?.formula,
        capaian_hitung_alternatif: score?.alternative,
        capaian_hitung_dibatasi: score?.capped,
        capaian_selisih_tingkat: score?.ordinalSteps,
        capaian_tercetak_cocok: score?.printedMatches,
        capaian_tercetak_rumus: score?.printedExplainedBy,
        predikat_skala_laporan: score?.predicateOwn,
        predikat_skala_nasional: score?.predicateNational,
        ...sourceCells(v.source),
      };
    });
  });
  return {
    name: 'nilai',
    title: { id: 'Nilai indikator: target, realisasi, capaian', en: 'Indicator values: target, realisation, capaian' },
    description: {
      id: 'Satu baris per baris nilai.csv: angka tercetak (teks dan angka) beserta capaian dan predikat yang dihitung ulang.',
      en: 'One row per nilai.csv row: printed figures (text and number) with the recomputed capaian and predicates.',
    },
    columns: valueColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}

// ---- pembanding: one row per pembanding.csv row --------------------------------------------------------------

export const benchmarkColumns = [
  ...reportColumns,
  col('indikator', 'string', 'Kode indikator dalam laporan ini.', 'Indicator code within this report.', {
    required: true,
  }),
  col('indikator_nama', 'string', 'Nama indikator seperti tercetak.', 'Indicator name as printed.'),
  keyColumn,
  col('tahun', 'year', 'Tahun nilai pembanding.', 'Year of the benchmark value.', { required: true }),
  col(
    'pembanding',
    'string',
    'Pembanding seperti tercetak: Nasional, Provinsi Jawa Timur, Kota Batu, …',
    'Benchmark as printed: national, province, another region, …',
    { required: true },
  ),
  ...figureColumns('nilai', { id: 'Nilai pembanding', en: 'Benchmark value' }),
  rateBaseColumn('nilai'),
  col('catatan', 'string', 'Catatan.', 'Note.'),
  ...sourceColumns,
] as const;

export type BenchmarkColumn = (typeof benchmarkColumns)[number]['name'];

export function benchmarkTable(reports: readonly ReportContext[], names?: readonly string[]): Table<BenchmarkColumn> {
  const indicatorSlug = indicatorSlugs(reports, names);
  const rows = reports.flatMap((ctx) => {
    const indicators = new Map(ctx.report.indicators.map((i) => [i.kode, i]));
    return ctx.report.benchmarks.map((b): Row<BenchmarkColumn> => {
      const indicator = indicators.get(b.indicator);
      return {
        ...reportCells(ctx),
        indikator: b.indicator,
        indikator_nama: indicator?.nama,
        kunci_indikator: indicator ? indicatorSlug(indicator.nama) : undefined,
        tahun: b.year,
        pembanding: b.label,
        ...figureCells('nilai', b.value),
        nilai_basis: rateBase(b.value),
        catatan: b.note,
        ...sourceCells(b.source),
      };
    });
  });
  return {
    name: 'pembanding',
    title: { id: 'Nilai pembanding', en: 'Benchmark values' },
    description: {
      id: 'Nilai pembanding yang dicetak laporan (nasional, provinsi, daerah lain) untuk indikatornya.',
      en: 'Benchmark values printed by the reports (national, provincial, other regions) for their indicators.',
    },
    columns: benchmarkColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}
