/**
 * Report-level tables: the reports themselves (`laporan`), their performance trees (`pohon-kinerja`), narrative
 * text (`narasi`), extra printed tables (as printed per report, and all together in long form: `tabel-tambahan`)
 * and the findings of the recomputation (`temuan`).
 */
import Decimal from 'decimal.js';
import { narrativeKinds, treeLevels } from '../data/skema.ts';
import { parseNumber } from '../angka/parse.ts';
import type { NumberFormat, Printed } from '../angka/types.ts';
import type { ExtraTable } from '../model.ts';
import { headlineBudget } from '../skor/anggaran.ts';
import { roundRecomputed } from './adaptor-skor.ts';
import type { ReportScores } from './hitung.ts';
import {
  FIGURE_KINDS,
  figureKind,
  figureValue,
  reportCells,
  reportColumns,
  sourceCells,
  sourceColumns,
  type ReportContext,
} from './kolom.ts';
import { programmeSlug } from './tabel-anggaran.ts';
import { col, type Cell, type Column, type Row, type Table } from './tabel.ts';

// ---- laporan: one row per report -----------------------------------------------------------------------------

/** Content files counted in `laporan.csv` (`jumlah_baris_<file>`), in this order. */
export const COUNTED_FILES = [
  'pohon-kinerja.csv',
  'indikator.csv',
  'nilai.csv',
  'anggaran.csv',
  'pembanding.csv',
  'efisiensi.csv',
  'ringkasan.csv',
  'narasi.csv',
  'rencana.csv',
] as const;

type CountColumn = `jumlah_baris_${string}`;

function countColumnName(file: (typeof COUNTED_FILES)[number]): CountColumn {
  return `jumlah_baris_${file.replace(/\.csv$/, '').replace(/-/g, '_')}`;
}

const countColumns: Column<CountColumn>[] = COUNTED_FILES.map((file) =>
  col(
    countColumnName(file),
    'integer',
    `Jumlah baris data di ${file} laporan ini (0 bila berkas tidak ada).`,
    `Number of data rows in this report’s ${file} (0 if the file is absent).`,
  ),
);

export const reportTableColumns = [
  ...reportColumns,
  col(
    'instansi_nama_tercetak',
    'string',
    'Nama instansi seperti tercetak di dokumen.',
    'Agency name as printed in the document.',
  ),
  col(
    'wilayah_jenis',
    'string',
    'kota, kabupaten atau provinsi.',
    'kota (city), kabupaten (regency) or provinsi (province).',
    { enum: ['kota', 'kabupaten', 'provinsi'] },
  ),
  col('provinsi', 'string', 'Provinsi.', 'Province.'),
  col(
    'kode_bps',
    'string',
    'Kode wilayah BPS (teks, nol di depan dipertahankan).',
    'BPS region code (text, leading zeros kept).',
  ),
  col('judul', 'string', 'Judul laporan.', 'Report title.', { required: true }),
  col(
    'dokumen_berkas',
    'string',
    'Berkas teks hasil ekstraksi dokumen asli; sumber_baris merujuk ke baris berkas ini.',
    'Extracted text of the original document; sumber_baris refers to its lines.',
    { required: true },
  ),
  col('dokumen_judul_asli', 'string', 'Judul asli dokumen seperti tercetak.', 'Original document title as printed.'),
  col('penandatangan_nama', 'string', 'Nama penandatangan seperti tercetak.', 'Signatory name as printed.'),
  col('penandatangan_jabatan', 'string', 'Jabatan penandatangan.', 'Signatory position.'),
  col('tanggal_tercetak', 'string', 'Tanggal penandatanganan seperti tercetak.', 'Signature date as printed.'),
  col(
    'tanggal',
    'string',
    'Tanggal penandatanganan, ISO 8601 (YYYY, YYYY-MM atau YYYY-MM-DD).',
    'Signature date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD).',
    { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  ),
  col('dasar_hukum', 'string', 'Dasar hukum yang dikutip, satu per baris.', 'Legal basis cited, one per line.'),
  col(
    'skala',
    'string',
    'Skala predikat laporan sendiri (content/skala/<slug>.yaml).',
    'The report’s own predicate scale (content/skala/<slug>.yaml).',
  ),
  col(
    'rumus_negatif',
    'string',
    'Rumus indikator negatif: 2t-r = (2T−R)/T×100, t/r = T/R×100.',
    'Negative-indicator formula: 2t-r = (2T−R)/T×100, t/r = T/R×100.',
    { enum: ['2t-r', 't/r'] },
  ),
  col(
    'efisiensi',
    'string',
    'Konvensi efisiensi yang dinyatakan laporan.',
    'Efficiency convention declared by the report.',
  ),
  col(
    'batas_capaian',
    'number',
    'Batas capaian (persen) sebelum dirata-rata, bila dinyatakan.',
    'Cap (percent) applied to each capaian before averaging, if declared.',
  ),
  col(
    'format_angka',
    'string',
    'Format angka berkas: id (1.234,5) atau en (1,234.5).',
    'Number format of the files: id (1.234,5) or en (1,234.5).',
    { enum: ['id', 'en'] },
  ),
  col('tahun_data_dari', 'year', 'Tahun data paling awal dalam laporan.', 'Earliest year the values refer to.'),
  col('tahun_data_sampai', 'year', 'Tahun data paling akhir dalam laporan.', 'Latest year the values refer to.'),
  col(
    'catatan',
    'string',
    'Catatan transkripsi tentang kejanggalan dokumen, satu per baris.',
    'Transcriber’s notes on what is odd about the document, one per line.',
  ),
  ...countColumns,
  col(
    'jumlah_tabel_tambahan',
    'integer',
    'Jumlah tabel tambahan (tabel/<slug>.csv).',
    'Number of extra tables (tabel/<slug>.csv).',
  ),
  col(
    'jumlah_temuan',
    'integer',
    'Jumlah temuan hitung ulang (kosong bila penilaian tidak disertakan).',
    'Number of recomputation findings (empty when scoring is not included).',
  ),
  col(
    'capaian_keseluruhan',
    'number',
    'Angka utama halaman laporan: rata-rata sederhana capaian hitung ulang indikator capaian_keseluruhan_dasar (dibatasi batas_capaian bila dinyatakan), dibulatkan 6 desimal; kosong bila tidak dapat dihitung.',
    'The report page’s headline figure: simple mean of the recomputed capaian of the capaian_keseluruhan_dasar indicators (capped at batas_capaian when declared), rounded to 6 decimals; empty when not computable.',
  ),
  col(
    'capaian_keseluruhan_dasar',
    'string',
    'Indikator yang dirata-ratakan: iku (indikator kinerja utama), strategis (indikator tujuan dan sasaran, bila tak ada IKU), semua.',
    'Indicators averaged: iku (key performance indicators), strategis (goal and target indicators, when no IKU is marked), semua (all).',
    { enum: ['iku', 'strategis', 'semua'] },
  ),
  col(
    'capaian_keseluruhan_jumlah',
    'integer',
    'Jumlah indikator yang masuk rata-rata capaian_keseluruhan.',
    'Number of indicators in the capaian_keseluruhan average.',
  ),
  col(
    'capaian_keseluruhan_dikecualikan',
    'integer',
    'Indikator dasar yang tidak masuk rata-rata (ordinal atau tidak dapat dihitung).',
    'Basis indicators left out of the average (ordinal or not computable).',
  ),
  col(
    'indikator_dinilai',
    'integer',
    'Indikator yang capaiannya dapat dinilai tercapai/tidak pada baris evaluasi utamanya.',
    'Indicators whose capaian on their primary evaluation row can be rated met or not met.',
  ),
  col(
    'indikator_tercapai',
    'integer',
    'Dari indikator_dinilai, yang mencapai target (capaian ≥ 100% atau tingkat target tercapai).',
    'Of indikator_dinilai, those that met their target (capaian ≥ 100% or the target level reached).',
  ),
  col(
    'pagu_utama',
    'number',
    'Pagu yang ditampilkan halaman laporan: jumlah pagu_angka baris anggaran dengan jumlah_utama = ya (Rp).',
    'Allocation the report page shows: the sum of pagu_angka over the anggaran rows with jumlah_utama = ya (Rp).',
  ),
  col(
    'realisasi_utama',
    'number',
    'Realisasi yang ditampilkan halaman laporan: jumlah realisasi_angka baris anggaran dengan jumlah_utama = ya (Rp).',
    'Spending the report page shows: the sum of realisasi_angka over the anggaran rows with jumlah_utama = ya (Rp).',
  ),
  col(
    'serapan_utama',
    'number',
    'realisasi_utama ÷ pagu_utama × 100, dibulatkan 6 desimal.',
    'realisasi_utama ÷ pagu_utama × 100, rounded to 6 decimals.',
  ),
] as const;

export type ReportTableColumn = (typeof reportTableColumns)[number]['name'];

const lines = (items: readonly string[]): string | undefined => (items.length === 0 ? undefined : items.join('\n'));

export function reportTable(
  reports: readonly ReportContext[],
  scores: (reportId: string) => ReportScores | undefined,
): Table<ReportTableColumn> {
  const rows = reports.map((ctx): Row<ReportTableColumn> => {
    const { meta } = ctx.report;
    const counts: Record<CountColumn, number> = {};
    for (const file of COUNTED_FILES) counts[countColumnName(file)] = ctx.report.rowCounts[file] ?? 0;
    const headline = scores(ctx.report.id)?.headline;
    const money = headlineBudget(ctx.report.budget, meta.year);
    return {
      ...reportCells(ctx),
      instansi_nama_tercetak: meta.printedAgencyName,
      wilayah_jenis: ctx.region?.jenis,
      provinsi: ctx.region?.provinsi,
      kode_bps: ctx.region?.kodeBps,
      judul: meta.title,
      dokumen_berkas: meta.document.file,
      dokumen_judul_asli: meta.document.originalTitle,
      penandatangan_nama: meta.signatory?.nama,
      penandatangan_jabatan: meta.signatory?.jabatan,
      tanggal_tercetak: meta.signatory?.tanggalTercetak,
      tanggal: meta.signatory?.tanggal,
      dasar_hukum: lines(meta.legalBasis),
      skala: meta.scale,
      rumus_negatif: meta.negativeFormula,
      efisiensi: meta.efficiency,
      batas_capaian: meta.capaianCap === undefined ? undefined : new Decimal(meta.capaianCap),
      format_angka: meta.numberFormat,
      tahun_data_dari: meta.dataYears.from,
      tahun_data_sampai: meta.dataYears.to,
      catatan: lines(meta.notes),
      ...counts,
      jumlah_tabel_tambahan: ctx.report.extraTables.length,
      jumlah_temuan: scores(ctx.report.id)?.findings.length,
      capaian_keseluruhan: headline?.overall,
      capaian_keseluruhan_dasar: headline?.basis,
      capaian_keseluruhan_jumlah: headline?.included,
      capaian_keseluruhan_dikecualikan: headline?.excluded,
      indikator_dinilai: headline?.rated,
      indikator_tercapai: headline?.met,
      pagu_utama: money.pagu,
      realisasi_utama: money.realisasi,
      serapan_utama: money.serapan === undefined ? undefined : roundRecomputed(money.serapan),
    };
  });
  return {
    name: 'laporan',
    title: { id: 'Laporan', en: 'Reports' },
    description: {
      id: 'Satu baris per dokumen yang ditranskripsi: instansi, wilayah, jenis, tahun, dokumen sumber, konvensi yang dinyatakan, jumlah baris per berkas.',
      en: 'One row per transcribed document: agency, region, type, year, source document, declared conventions, rows per file.',
    },
    columns: reportTableColumns,
    rows,
    primaryKey: ['laporan_id'],
  };
}

// ---- pohon-kinerja: one row per pohon-kinerja.csv row --------------------------------------------------------

export const treeColumns = [
  ...reportColumns,
  col(
    'kode',
    'string',
    'Kode simpul dalam laporan ini, mis. T1, S1, S1.P1.',
    'Node code within this report, e.g. T1, S1, S1.P1.',
    { required: true },
  ),
  col(
    'tingkat',
    'string',
    'tujuan, sasaran, program, kegiatan, subkegiatan.',
    'tujuan (goal), sasaran (target), program, kegiatan (activity), subkegiatan.',
    { required: true, enum: treeLevels },
  ),
  col('induk', 'string', 'Kode simpul induk; kosong di tingkat teratas.', 'Code of the parent node; empty at the top.'),
  col('nama', 'string', 'Nama seperti tercetak.', 'Name as printed.', { required: true }),
  col('kode_anggaran', 'string', 'Kode nomenklatur nasional, bila ada.', 'National nomenclature code, if any.'),
  col(
    'kunci_program',
    'string',
    'Simpul program: kunci program lintas laporan.',
    'Programme nodes: the cross-report programme key.',
  ),
  ...sourceColumns,
] as const;

export type TreeColumn = (typeof treeColumns)[number]['name'];

export function treeTable(reports: readonly ReportContext[]): Table<TreeColumn> {
  const rows = reports.flatMap((ctx) =>
    ctx.report.tree.map((n): Row<TreeColumn> => ({
      ...reportCells(ctx),
      kode: n.kode,
      tingkat: n.level,
      induk: n.parent,
      nama: n.nama,
      kode_anggaran: n.budgetCode,
      kunci_program: n.level === 'program' ? programmeSlug(n.nama) : undefined,
      ...sourceCells(n.source),
    })),
  );
  return {
    name: 'pohon-kinerja',
    title: { id: 'Pohon kinerja', en: 'Performance trees' },
    description: {
      id: 'Tujuan → sasaran → program → kegiatan → subkegiatan setiap laporan (pohon-kinerja.csv).',
      en: 'Goal → target → programme → activity → sub-activity of each report (pohon-kinerja.csv).',
    },
    columns: treeColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}

// ---- narasi: one row per narasi.csv row ----------------------------------------------------------------------

export const narrativeColumns = [
  ...reportColumns,
  col(
    'lingkup',
    'string',
    'Kode indikator atau simpul pohon kinerja, atau laporan.',
    'Indicator or tree-node code, or laporan (the whole report).',
    { required: true },
  ),
  col('lingkup_nama', 'string', 'Nama indikator/simpul lingkup.', 'Name of the scope indicator/node.'),
  col(
    'jenis',
    'string',
    'penyebab, kendala, solusi, program-penunjang, analisis.',
    'penyebab (cause), kendala (obstacle), solusi (solution), program-penunjang (supporting programme), analisis (analysis).',
    { required: true, enum: narrativeKinds },
  ),
  col('teks', 'string', 'Teks seperti tercetak (teks biasa).', 'Text as printed (plain text).', { required: true }),
  ...sourceColumns,
] as const;

export type NarrativeColumn = (typeof narrativeColumns)[number]['name'];

export function narrativeTable(reports: readonly ReportContext[]): Table<NarrativeColumn> {
  const rows = reports.flatMap((ctx) => {
    const names = new Map<string, string>([
      ...ctx.report.tree.map((n): [string, string] => [n.kode, n.nama]),
      ...ctx.report.indicators.map((i): [string, string] => [i.kode, i.nama]),
    ]);
    return ctx.report.narratives.map((n): Row<NarrativeColumn> => ({
      ...reportCells(ctx),
      lingkup: n.scope,
      lingkup_nama: names.get(n.scope),
      jenis: n.kind,
      teks: n.text,
      ...sourceCells(n.source),
    }));
  });
  return {
    name: 'narasi',
    title: { id: 'Narasi: penyebab, kendala, solusi', en: 'Narrative: causes, obstacles, solutions' },
    description: {
      id: 'Teks per indikator atau simpul (narasi.csv): penyebab, kendala, solusi, program penunjang, analisis.',
      en: 'Text per indicator or node (narasi.csv): causes, obstacles, solutions, supporting programmes, analysis.',
    },
    columns: narrativeColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}

// ---- tabel tambahan ------------------------------------------------------------------------------------------

/** Content path of an extra table. */
export function extraTableFile(reportId: string, table: Pick<ExtraTable, 'file'>): string {
  return `content/laporan/${reportId}/${table.file}`;
}

/** Slug of an extra table: `tabel/pegawai.csv` → `pegawai`. */
export function extraTableSlug(table: Pick<ExtraTable, 'file'>): string {
  return table.file.replace(/^tabel\//, '').replace(/\.csv$/, '');
}

/**
 * Headings transcribers add to an extra table for the document line each row was read from. They are provenance,
 * not printed columns: published as `sumber_baris` (integer), never as a column of the table.
 */
const LINE_HEADINGS: ReadonlySet<string> = new Set(['baris', 'sumber_baris']);

/** Headings of identifiers (row numbers, codes): never read as quantities even when every cell looks like one. */
// `No`, `No.`, `No. Masalah Pokok`, `Nomor`, `Kode Bidang`: numbering and codes, whatever follows.
const IDENTIFIER_HEADING = /^(no\.?|nomor|kode)(\s|$)/i;

/** A lone decimal mark of the declared format followed by exactly three digits (`4,587` under `id`). */
const LONE_THREE_DECIMALS: Record<NumberFormat, RegExp> = {
  id: /(^|[^\d.,])\d{1,3},\d{3}(?![\d.,])/,
  en: /(^|[^\d.,])\d{1,3}\.\d{3}(?![\d.,])/,
};

/**
 * The readings of one column of an extra table, or undefined when it is not a figure column. A column is a figure
 * column when every non-empty cell reads as a number (or a printed-as-missing token) under the report's declared
 * format and at least one is a number. A column that reads equally well under the other format and has a cell
 * like `4,587` under `id` is left as text: its printing contradicts the declaration (a thousands comma read as a
 * decimal comma would be 1000× too small), and choosing a reading would be a guess.
 */
function figureColumn(heading: string, cells: readonly string[], format: NumberFormat | undefined) {
  if (IDENTIFIER_HEADING.test(heading.trim())) return undefined;
  const read: (Printed | undefined)[] = [];
  let numbers = 0;
  for (const text of cells) {
    if (text.trim() === '') {
      read.push(undefined);
      continue;
    }
    const result = parseNumber(text, format);
    if (!result.ok) return undefined;
    if (result.value.kind === 'number') numbers++;
    read.push(result.value);
  }
  if (numbers === 0) return undefined;
  if (format !== undefined && cells.some((c) => LONE_THREE_DECIMALS[format].test(c))) {
    const other: NumberFormat = format === 'id' ? 'en' : 'id';
    if (cells.every((c) => c.trim() === '' || parseNumber(c, other).ok)) return undefined;
  }
  return read;
}

/** One printed column of an extra table: its position in the content file and, for figure columns, each reading. */
export interface ExtraColumn {
  heading: string;
  index: number;
  /** Per data row: the reading of the cell (undefined = empty); absent when the column is text. */
  figures?: readonly (Printed | undefined)[];
}

/** How an extra table is published: its printed columns (figure columns read) and its line-number column. */
export interface ExtraShape {
  columns: ExtraColumn[];
  /** Per data row, the document line the transcriber recorded (`baris` / `sumber_baris`), if the table has one. */
  lines?: readonly (number | undefined)[];
}

export function extraTableShape(table: ExtraTable, format: NumberFormat | undefined): ExtraShape {
  const lineAt = table.header.findIndex((h) => LINE_HEADINGS.has(h));
  const columns = table.header.flatMap((heading, index): ExtraColumn[] => {
    if (index === lineAt) return [];
    const figures = figureColumn(
      heading,
      table.rows.map((r) => r[index] ?? ''),
      format,
    );
    return [{ heading, index, ...(figures ? { figures } : {}) }];
  });
  if (lineAt < 0) return { columns };
  const lines = table.rows.map((r) => {
    const text = (r[lineAt] ?? '').trim();
    if (text === '') return undefined;
    if (!/^\d+$/.test(text))
      throw new Error(`ekspor: ${table.file}: line number ${JSON.stringify(text)} is not a whole number`);
    return Number(text);
  });
  return { columns, lines };
}

/** Cells an extra table adds to `tabel-tambahan`: one per printed cell (line-number columns are provenance). */
export function extraLongRowCount(table: ExtraTable): number {
  const provenance = table.header.some((h) => LINE_HEADINGS.has(h)) ? 1 : 0;
  return table.rows.length * (table.header.length - provenance);
}

const angkaName = (heading: string) => `${heading}_angka`;

/**
 * One extra table as printed: its own header with every cell text, a `<heading>_angka` number column beside each
 * figure column (read with the report's declared number format), and the transcriber's line numbers as the
 * provenance column `sumber_baris` at the end.
 */
export function extraTable(reportId: string, table: ExtraTable, format: NumberFormat | undefined): Table {
  const shape = extraTableShape(table, format);
  const taken = new Set(table.header);
  const columns: Column[] = [];
  for (const c of shape.columns) {
    columns.push(
      col(c.heading, 'string', `Kolom "${c.heading}" seperti tercetak.`, `Column "${c.heading}" as printed.`),
    );
    if (c.figures && !taken.has(angkaName(c.heading))) {
      columns.push(
        col(
          angkaName(c.heading),
          'number',
          `Nilai angka kolom "${c.heading}" dibaca dengan format angka laporan; kosong bila tercetak sebagai tidak ada (mis. "-").`,
          `Numeric value of column "${c.heading}" read with the report's number format; empty where printed as missing (e.g. "-").`,
        ),
      );
    }
  }
  if (shape.lines) {
    columns.push(
      col(
        'sumber_baris',
        'integer',
        'Asal transkripsi, bukan kolom tercetak: nomor baris pada teks hasil ekstraksi dokumen tempat baris ini dibaca.',
        'Transcription provenance, not a printed column: line number in the extracted text of the document this row was read from.',
      ),
    );
  }
  const rows = table.rows.map((cells, r) => {
    const row: Record<string, Cell> = {};
    for (const c of shape.columns) {
      row[c.heading] = cells[c.index] ?? '';
      const reading = c.figures?.[r];
      if (c.figures && !taken.has(angkaName(c.heading))) row[angkaName(c.heading)] = figureValue(reading);
    }
    if (shape.lines) row.sumber_baris = shape.lines[r];
    return row;
  });
  return {
    name: `tabel/${extraTableSlug(table)}`,
    title: { id: table.title, en: table.title },
    description: {
      id: `Tabel tambahan ${extraTableFile(reportId, table)} seperti tercetak (${table.source.table}).`,
      en: `Extra table ${extraTableFile(reportId, table)} as printed (${table.source.table}).`,
    },
    columns,
    rows,
  };
}

export const extraLongColumns = [
  ...reportColumns,
  col(
    'tabel',
    'string',
    'Berkas tabel dalam folder laporan, mis. tabel/pegawai.csv.',
    'Table file within the report folder, e.g. tabel/pegawai.csv.',
    { required: true },
  ),
  col('tabel_judul', 'string', 'Judul tabel.', 'Table title.'),
  col(
    'baris',
    'integer',
    'Nomor urut baris data dalam tabel (1 = baris pertama setelah judul kolom); bukan nomor baris dokumen (itu sumber_baris).',
    'Sequence number of the data row in the table (1 = first row after the header); not the document line (that is sumber_baris).',
    { required: true },
  ),
  col('kolom', 'string', 'Judul kolom seperti tercetak.', 'Column heading as printed.', { required: true }),
  col('nilai', 'string', 'Isi sel seperti tercetak.', 'Cell content as printed.'),
  col(
    'nilai_angka',
    'number',
    'Nilai angka sel, bila kolomnya kolom angka (setiap sel terbaca dengan format angka laporan); kosong untuk teks dan yang tercetak sebagai tidak ada.',
    "Numeric value of the cell where its column is a figure column (every cell reads with the report's number format); empty for text and for cells printed as missing.",
  ),
  col(
    'nilai_jenis',
    'string',
    'Di kolom angka: angka, persen atau hilang (tercetak sebagai tidak ada); kosong untuk kolom teks.',
    'In figure columns: angka (number), persen (percent) or hilang (printed as missing); empty for text columns.',
    { enum: FIGURE_KINDS },
  ),
  ...sourceColumns,
] as const;

export type ExtraLongColumn = (typeof extraLongColumns)[number]['name'];

export function extraLongTable(reports: readonly ReportContext[]): Table<ExtraLongColumn> {
  const rows = reports.flatMap((ctx) =>
    ctx.report.extraTables.flatMap((t) => {
      const shape = extraTableShape(t, ctx.report.meta.numberFormat);
      return t.rows.flatMap((cells, r) =>
        shape.columns.map((c): Row<ExtraLongColumn> => {
          const reading = c.figures?.[r];
          return {
            ...reportCells(ctx),
            tabel: t.file,
            tabel_judul: t.title,
            baris: r + 1,
            kolom: c.heading,
            nilai: cells[c.index],
            nilai_angka: figureValue(reading),
            nilai_jenis: c.figures ? figureKind(reading) : undefined,
            ...sourceCells({
              ...t.source,
              line: shape.lines?.[r] ?? t.source.line,
              file: extraTableFile(ctx.report.id, t),
              row: r + 2,
            }),
          };
        }),
      );
    }),
  );
  return {
    name: 'tabel-tambahan',
    title: { id: 'Tabel tambahan (bentuk panjang)', en: 'Extra tables (long form)' },
    description: {
      id: 'Semua tabel tambahan semua laporan, satu baris per sel tercetak: tabel, baris, kolom, isi seperti tercetak dan, di kolom angka, nilainya. Nomor baris dokumen yang dicatat penranskripsi ada di sumber_baris. Tiap tabel juga tersedia utuh di unduh/laporan/<instansi>/<laporan>/tabel/.',
      en: 'Every extra table of every report, one row per printed cell: table, row, column, content as printed and, in figure columns, its value. The document line recorded by the transcriber is in sumber_baris. Each table is also available whole under unduh/laporan/<agency>/<report>/tabel/.',
    },
    columns: extraLongColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas', 'kolom'],
  };
}

// ---- temuan: one row per finding -----------------------------------------------------------------------------

export const SEVERITIES = ['error', 'warning', 'info'] as const;

export const findingColumns = [
  ...reportColumns,
  col('urutan', 'integer', 'Nomor urut temuan dalam laporan.', 'Sequence number of the finding within the report.', {
    required: true,
  }),
  col(
    'jenis',
    'string',
    'Jenis temuan, mis. capaian-berbeda, serapan-berbeda, rincian-tidak-sama-dengan-induk.',
    'Kind of finding, e.g. capaian-berbeda (capaian differs), serapan-berbeda, rincian-tidak-sama-dengan-induk (children do not add up).',
    { required: true },
  ),
  col(
    'keparahan',
    'string',
    'error (aritmetika dokumen salah), warning (tidak konsisten/meragukan), info.',
    'error (the document’s arithmetic is wrong), warning (inconsistent or doubtful), info.',
    { required: true, enum: SEVERITIES },
  ),
  col('berkas', 'string', 'Berkas konten tempat angka dibaca.', 'Content file the figure was read from.'),
  col(
    'baris_berkas',
    'integer',
    'Nomor baris di berkas konten (baris judul = 1).',
    'Row in the content file (header row = 1).',
  ),
  col('tabel', 'string', 'Tabel dokumen seperti tercetak.', 'Document table as printed.'),
  col(
    'baris_dokumen',
    'integer',
    'Baris pada teks hasil ekstraksi dokumen.',
    'Line in the extracted text of the document.',
  ),
  col('halaman', 'string', 'Halaman dokumen, bila diketahui.', 'Document page, where known.'),
  col(
    'entitas',
    'string',
    'Kode indikator, id baris anggaran, kode simpul, slug skala, atau laporan.',
    'Indicator code, budget line id, node code, scale slug, or laporan.',
  ),
  col(
    'kolom',
    'string',
    'Kolom angka tercetak (capaian_tercetak, pagu, …).',
    'Column of the printed figure (capaian_tercetak, pagu, …).',
  ),
  col('tercetak', 'string', 'Angka seperti tercetak.', 'The figure as printed.'),
  col(
    'hitung_ulang',
    'string',
    'Hasil hitung ulang (angka format mesin) atau label.',
    'Recomputed value (machine-format number) or a label.',
  ),
  col('selisih', 'number', 'Tercetak − hitung ulang.', 'Printed − recomputed.'),
  col('penjelasan', 'string', 'Penjelasan (bahasa Indonesia).', 'Explanation in Indonesian.'),
  col('penjelasan_en', 'string', 'Penjelasan (bahasa Inggris).', 'Explanation in English.'),
] as const;

export type FindingColumn = (typeof findingColumns)[number]['name'];

const MACHINE_NUMBER = /^-?\d+(\.\d+)?$/;

export function findingTable(
  reports: readonly ReportContext[],
  scores: (reportId: string) => ReportScores | undefined,
): Table<FindingColumn> {
  const rows = reports.flatMap((ctx) =>
    (scores(ctx.report.id)?.findings ?? []).map((f, i): Row<FindingColumn> => {
      if (f.difference !== undefined && !MACHINE_NUMBER.test(f.difference)) {
        throw new Error(
          `ekspor: finding ${i + 1} of ${ctx.report.id}: difference "${f.difference}" is not a machine number`,
        );
      }
      return {
        ...reportCells(ctx),
        urutan: i + 1,
        jenis: f.kind,
        keparahan: f.severity,
        berkas: f.location.file,
        baris_berkas: f.location.row,
        tabel: f.location.table,
        baris_dokumen: f.location.line,
        halaman: f.location.page,
        entitas: f.location.entity,
        kolom: f.location.field,
        tercetak: f.printed,
        hitung_ulang: f.recomputed,
        selisih: f.difference === undefined ? undefined : new Decimal(f.difference),
        penjelasan: f.explanation.id,
        penjelasan_en: f.explanation.en,
      };
    }),
  );
  return {
    name: 'temuan',
    title: {
      id: 'Temuan: angka tercetak yang tidak sesuai hitung ulang',
      en: 'Findings: printed figures that disagree with the recomputation',
    },
    description: {
      id: 'Setiap ketidaksesuaian antara angka yang dicetak dokumen dan hasil hitung ulang dari angka dokumen itu sendiri.',
      en: 'Every discrepancy between what a document printed and what its own figures give.',
    },
    columns: findingColumns,
    rows,
    primaryKey: ['laporan_id', 'urutan'],
  };
}
