/**
 * Column groups shared by the download tables: the report a row belongs to, where it came from, and the three
 * columns every printed figure becomes (text as printed, machine value, kind).
 */
import type Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import { agencyNameIn } from '../instansi.ts';
import type { Agency, Region, Report, SourceRef } from '../model.ts';
import { periods, reportTypes } from '../data/skema.ts';
import { col, type Cell, type Column } from './tabel.ts';

export const REPORT_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$';

// ---- the report a row belongs to ------------------------------------------------------------------------------

export const reportColumns = [
  col(
    'laporan_id',
    'string',
    'Pengenal laporan: <instansi>/<folder>, mis. dinsos-p3a-kota-probolinggo/2024-lkjip.',
    'Report id: <agency>/<folder>, e.g. dinsos-p3a-kota-probolinggo/2024-lkjip.',
    { required: true, pattern: REPORT_ID_PATTERN },
  ),
  col(
    'instansi',
    'string',
    'Slug perangkat daerah (content/instansi/<slug>.yaml).',
    'Agency slug (content/instansi/<slug>.yaml).',
    { required: true },
  ),
  col(
    'instansi_nama',
    'string',
    'Nama perangkat daerah pada tahun laporan (riwayat nama).',
    'Agency name in the report year (from its name history).',
  ),
  col(
    'wilayah',
    'string',
    'Slug pemerintah daerah (content/wilayah/<slug>.yaml).',
    'Region slug (content/wilayah/<slug>.yaml).',
  ),
  col(
    'wilayah_nama',
    'string',
    'Nama pemerintah daerah, mis. Kota Probolinggo.',
    'Region name, e.g. Kota Probolinggo.',
  ),
  col(
    'laporan_jenis',
    'string',
    'Jenis dokumen: lkjip, laporan-triwulan, renja.',
    'Document type: lkjip (annual report), laporan-triwulan (quarterly), renja (work plan).',
    { required: true, enum: reportTypes },
  ),
  col(
    'laporan_tahun',
    'year',
    'Tahun yang dilaporkan dokumen (sesuai judul).',
    'Year the document reports on (as titled).',
    { required: true },
  ),
  col(
    'laporan_periode',
    'string',
    'Periode dokumen: tahunan, tw1–tw4.',
    'Period of the document: tahunan (annual), tw1–tw4 (quarters).',
    { required: true, enum: periods },
  ),
] as const;

export type ReportColumn = (typeof reportColumns)[number]['name'];

/** A report with its agency and region resolved (either may be missing in invalid content). */
export interface ReportContext {
  report: Report;
  agency?: Agency;
  region?: Region;
}

export function reportCells(ctx: ReportContext): Record<ReportColumn, Cell> {
  const { report, agency, region } = ctx;
  return {
    laporan_id: report.id,
    instansi: report.meta.agency,
    instansi_nama: agency ? agencyNameIn(agency, report.meta.year).nama : report.meta.printedAgencyName,
    wilayah: agency?.region,
    wilayah_nama: region?.nama,
    laporan_jenis: report.meta.type,
    laporan_tahun: report.meta.year,
    laporan_periode: report.meta.period,
  };
}

// ---- where a row came from ------------------------------------------------------------------------------------

export const sourceColumns = [
  col(
    'sumber_tabel',
    'string',
    'Tabel dalam dokumen, seperti tercetak (mis. Tabel 3.1).',
    'Table in the document, as printed (e.g. Tabel 3.1).',
  ),
  col(
    'sumber_baris',
    'integer',
    'Nomor baris pada teks hasil ekstraksi dokumen (dokumen_berkas di laporan.csv).',
    'Line number in the extracted text of the document (dokumen_berkas in laporan.csv).',
  ),
  col(
    'sumber_halaman',
    'string',
    'Halaman dokumen, seperti tercetak, bila diketahui.',
    'Page of the document as printed, where known.',
  ),
  col(
    'sumber_berkas',
    'string',
    'Berkas konten tempat baris ini ditranskripsi (content/laporan/…).',
    'Content file the row was transcribed into (content/laporan/…).',
    { required: true },
  ),
  col(
    'sumber_baris_berkas',
    'integer',
    'Nomor baris di berkas konten (baris judul = 1).',
    'Row number in the content file (header row = 1).',
    { required: true },
  ),
] as const;

export type SourceColumn = (typeof sourceColumns)[number]['name'];

export function sourceCells(source: SourceRef): Record<SourceColumn, Cell> {
  return {
    sumber_tabel: source.table,
    sumber_baris: source.line,
    sumber_halaman: source.page,
    sumber_berkas: source.file,
    sumber_baris_berkas: source.row,
  };
}

// ---- printed figures ------------------------------------------------------------------------------------------

/** What a printed cell holds, as a stable code. */
export const FIGURE_KINDS = ['angka', 'persen', 'rasio', 'laju', 'ordinal', 'hilang', 'tidak-terbaca'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export function figureKind(printed: Printed | undefined): FigureKind | undefined {
  if (printed === undefined) return undefined;
  switch (printed.kind) {
    case 'number':
      return printed.percent ? 'persen' : 'angka';
    case 'ratio':
      return 'rasio';
    case 'rate':
      return 'laju';
    case 'ordinal':
      return 'ordinal';
    case 'missing':
      return 'hilang';
    case 'unreadable':
      return 'tidak-terbaca';
  }
}

/** The comparable number of a printed cell: the value, N of `1 : N`, the X of `X per B`; none otherwise. */
export function figureValue(printed: Printed | undefined): Decimal | undefined {
  if (printed === undefined) return undefined;
  switch (printed.kind) {
    case 'number':
    case 'rate':
      return printed.value;
    case 'ratio':
      return printed.per;
    default:
      return undefined;
  }
}

type FigureColumns<N extends string> = readonly [Column<N>, Column<`${N}_angka`>, Column<`${N}_jenis`>];

/**
 * The three columns of a printed figure `name`: `name` (text exactly as printed; same name as in the content
 * CSV), `name_angka` (machine number) and `name_jenis` (what the cell holds).
 */
export function figureColumns<N extends string>(name: N, what: { id: string; en: string }): FigureColumns<N> {
  return [
    col(name, 'string', `${what.id}, teks persis seperti tercetak.`, `${what.en}, text exactly as printed.`),
    col(
      `${name}_angka`,
      'number',
      `${what.id} sebagai angka (titik desimal, tanpa pemisah ribuan; rasio 1 : N → N; laju X per B → X). Kosong bila tidak berupa angka.`,
      `${what.en} as a number (decimal point, no grouping; ratio 1 : N → N; rate X per B → X). Empty when not a number.`,
    ),
    col(
      `${name}_jenis`,
      'string',
      `Isi sel ${name}: angka, persen, rasio, laju, ordinal, hilang (tercetak "-", "N/A", …), tidak-terbaca (cacat cetak). Kosong = tidak tercetak.`,
      `What ${name} holds: angka (number), persen, rasio (1 : N), laju (rate), ordinal (level), hilang (printed as missing), tidak-terbaca (printing defect). Empty = not printed.`,
      { enum: FIGURE_KINDS },
    ),
  ] as const;
}

export function figureCells<N extends string>(
  name: N,
  printed: Printed | undefined,
): Record<N | `${N}_angka` | `${N}_jenis`, Cell> {
  return {
    [name]: printed?.text,
    [`${name}_angka`]: figureValue(printed),
    [`${name}_jenis`]: figureKind(printed),
  } as Record<N | `${N}_angka` | `${N}_jenis`, Cell>;
}

/** Base of a rate (`5,72 per 100.000` → 100000), for indicator values and benchmarks. */
export function rateBaseColumn<N extends string>(name: N): Column<`${N}_basis`> {
  return col(
    `${name}_basis`,
    'number',
    `Basis laju pada ${name} (5,72 per 100.000 → 100000); kosong bila bukan laju.`,
    `Base of the rate in ${name} (5,72 per 100.000 → 100000); empty unless a rate.`,
  );
}

export function rateBase(printed: Printed | undefined): Decimal | undefined {
  return printed?.kind === 'rate' ? printed.base : undefined;
}
