/**
 * One schema per concept of docs/format-konten.md. YAML files are validated whole; CSV rows cell by cell
 * (every cell arrives as text; figures stay text here and are read by `src/lib/angka`).
 */
import * as z from 'zod';
import type { ColumnSpec } from './berkas.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug');
const year = z.number().int().min(1945).max(2100);
/** Published text. Every string of a YAML file (this or not) obeys the text rules of teks.ts: see `readYaml`. */
const text = z.string().trim().min(1);
/** A bound of a scale band, in percent; kept as text so no float ever holds it. */
const bound = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, 'angka/number, mis./e.g. 90 | 90.5')])
  .transform((v) => String(v));

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real date (no month 13, no 30 February). */
function isIsoDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}

export const regionSchema = z.strictObject({
  /** Name as used officially, e.g. `Kota Probolinggo`. */
  nama: text,
  jenis: z.enum(['kota', 'kabupaten', 'provinsi']),
  provinsi: text,
  /** BPS region code, as text to keep leading zeros. */
  kode_bps: z
    .string()
    .regex(/^\d{2,10}$/)
    .optional(),
});

export const agencySchema = z.strictObject({
  /** Slug of a file in `content/wilayah/`. */
  wilayah: slug,
  /** Name history, oldest first. */
  nama: z
    .array(
      z.strictObject({
        nama: text,
        singkatan: text.optional(),
        mulai: year.optional(),
        sampai: year.optional(),
      }),
    )
    .min(1),
  urusan: z.array(text).default([]),
  catatan: text.optional(),
});

const band = z.strictObject({
  label: text,
  bawah: bound.nullable(),
  bawah_inklusif: z.boolean().default(true),
  atas: bound.nullable().default(null),
  atas_inklusif: z.boolean().default(false),
  teks_tercetak: z.string().optional(),
});

export const scaleSchema = z.discriminatedUnion('jenis', [
  z.strictObject({
    nama: text,
    jenis: z.literal('predikat'),
    dasar_hukum: text.optional(),
    catatan: text.optional(),
    /** `disimpulkan`: the document names the bands but not (all) their bounds; the transcriber inferred them. */
    batas: z.enum(['tercetak', 'disimpulkan']).default('tercetak'),
    pita: z.array(band).min(1),
  }),
  z.strictObject({
    nama: text,
    jenis: z.literal('ordinal'),
    dasar_hukum: text.optional(),
    catatan: text.optional(),
    tingkat: z
      .array(
        z.strictObject({
          label: text,
          alias: z.array(text).default([]),
          berlaku_mulai: year.optional(),
        }),
      )
      .min(2),
  }),
]);

const sourceFields = {
  sumber_tabel: text,
  sumber_baris: z.number().int().positive().optional(),
  sumber_halaman: z.union([z.string(), z.number()]).transform(String).optional(),
};

export const reportTypes = ['lkjip', 'laporan-triwulan', 'renja'] as const;
export const periods = ['tahunan', 'tw1', 'tw2', 'tw3', 'tw4'] as const;

export const reportSchema = z.strictObject({
  instansi: slug,
  nama_instansi_tercetak: text.optional(),
  jenis: z.enum(reportTypes),
  tahun: year,
  /** The year printed on the cover when it differs from the reporting year (a 2020 report titled 2021). */
  tahun_sampul: year.optional(),
  periode: z.enum(periods).default('tahunan'),
  judul: text,
  /** The source document: `berkas` is its extracted text in content/dokumen/ (line numbers refer to it). */
  dokumen: z.strictObject({
    berkas: z
      .string()
      .regex(/^[a-z0-9]+([._-][a-z0-9]+)*\.txt$/, 'nama berkas .txt di content/dokumen/: huruf kecil, angka, . _ -'),
    judul_asli: text.optional(),
  }),
  penandatangan: z
    .strictObject({
      nama: text.optional(),
      jabatan: text.optional(),
      pangkat: text.optional(),
      nip: z.union([z.string(), z.number()]).transform(String).optional(),
      tempat: text.optional(),
      tanggal_tercetak: text.optional(),
      tanggal: z
        .union([z.string(), z.number(), z.date()])
        .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
        .pipe(z.string().refine(isIsoDate, 'ISO date: YYYY, YYYY-MM, YYYY-MM-DD'))
        .optional(),
    })
    .optional(),
  dasar_hukum: z.array(text).default([]),
  skala: slug.optional(),
  rumus_negatif: z.enum(['2t-r', 't/r']).default('2t-r'),
  efisiensi: z.enum(['serapan/capaian', 'capaian-serapan', 'capaian/serapan', 'tidak-ada']).default('tidak-ada'),
  batas_capaian: bound.refine((v) => Number(v) > 0, { message: '> 0, mis./e.g. 100 | 120' }).optional(),
  format_angka: z.enum(['id', 'en']).optional(),
  tahun_data: z.strictObject({ dari: year, sampai: year }),
  catatan: z.array(text).default([]),
  tabel_tambahan: z
    .array(
      z.strictObject({
        berkas: z.string().regex(/^tabel\/[a-z0-9-]+\.csv$/, 'tabel/<slug>.csv'),
        judul: text,
        ...sourceFields,
      }),
    )
    .default([]),
  /** Reviewed code links: a printed line that is a nomenclature entry no matching rule finds (docs/nomenklatur.md). */
  tautan_kode: z
    .array(
      z.strictObject({
        berkas: z.enum(['anggaran.csv', 'pohon-kinerja.csv', 'rencana.csv']),
        id: text,
        kode: text,
        alasan: text,
      }),
    )
    .default([]),
});

export type RegionFile = z.infer<typeof regionSchema>;
export type AgencyFile = z.infer<typeof agencySchema>;
export type ScaleFile = z.infer<typeof scaleSchema>;
export type ReportFile = z.infer<typeof reportSchema>;

// ---- CSV files -------------------------------------------------------------------------------------------------

const SOURCE_COLUMNS = ['sumber_tabel', 'sumber_baris', 'sumber_halaman'] as const;
const NUMBER_OVERRIDES = ['format_angka', 'cacat_cetak'] as const;

export const treeLevels = ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'] as const;
export const budgetLevels = ['total', 'urusan', 'program', 'kegiatan', 'subkegiatan'] as const;
export const valueKinds = ['angka', 'persen', 'rasio', 'laju', 'ordinal'] as const;
export const polarities = ['positif', 'negatif'] as const;
export const valueRoles = ['pk', 'pk-perubahan', 'capaian', 'renstra', 'renstra-akhir', 'rencana'] as const;
export const budgetRoles = ['realisasi', 'pk', 'pk-perubahan', 'rencana'] as const;
export const summaryKinds = ['rata-rata-capaian', 'rata-rata-serapan', 'total-pagu', 'total-realisasi'] as const;
export const narrativeKinds = ['penyebab', 'kendala', 'solusi', 'program-penunjang', 'analisis'] as const;

/** The CSV files of a report folder: their columns, and which columns hold printed figures. */
export const csvFiles = {
  'pohon-kinerja.csv': {
    required: ['kode', 'tingkat', 'induk', 'nama', 'sumber_tabel'],
    optional: ['kode_anggaran', 'sumber_baris', 'sumber_halaman'],
    figures: [],
  },
  'indikator.csv': {
    required: ['kode', 'induk', 'nama', 'jenis_nilai', 'polaritas', 'sumber_tabel'],
    optional: ['satuan', 'urutan', 'catatan_polaritas', 'iku', 'sumber_baris', 'sumber_halaman'],
    figures: [],
  },
  'nilai.csv': {
    required: ['indikator', 'tahun', 'peran', 'target', 'realisasi', 'sumber_tabel'],
    optional: [
      'periode',
      'capaian_tercetak',
      'predikat_tercetak',
      'hilang_dari_sumber',
      'catatan',
      ...NUMBER_OVERRIDES,
      'sumber_baris',
      'sumber_halaman',
    ],
    figures: ['target', 'realisasi', 'capaian_tercetak'],
  },
  'anggaran.csv': {
    required: ['id', 'induk', 'tingkat', 'nama', 'pagu', 'peran', 'sumber_tabel'],
    optional: [
      'kode',
      'realisasi',
      'persen_tercetak',
      'sumber_dana',
      'tahun',
      'catatan',
      ...NUMBER_OVERRIDES,
      'sumber_baris',
      'sumber_halaman',
    ],
    figures: ['pagu', 'realisasi', 'persen_tercetak'],
  },
  'pembanding.csv': {
    required: ['indikator', 'tahun', 'pembanding', 'nilai', 'sumber_tabel'],
    optional: ['catatan', ...NUMBER_OVERRIDES, 'sumber_baris', 'sumber_halaman'],
    figures: ['nilai'],
  },
  'efisiensi.csv': {
    required: ['lingkup', 'sumber_tabel'],
    optional: [
      'capaian_tercetak',
      'pagu',
      'realisasi',
      'serapan_tercetak',
      'efisiensi_tercetak',
      'tahun',
      'catatan',
      ...NUMBER_OVERRIDES,
      'sumber_baris',
      'sumber_halaman',
    ],
    figures: ['capaian_tercetak', 'pagu', 'realisasi', 'serapan_tercetak', 'efisiensi_tercetak'],
  },
  'ringkasan.csv': {
    required: ['lingkup', 'jenis', 'nilai', 'sumber_tabel'],
    optional: ['tahun', 'predikat_tercetak', 'catatan', ...NUMBER_OVERRIDES, 'sumber_baris', 'sumber_halaman'],
    figures: ['nilai'],
  },
  'narasi.csv': {
    required: ['lingkup', 'jenis', 'teks', 'sumber_tabel'],
    optional: ['sumber_baris', 'sumber_halaman'],
    figures: [],
  },
  'rencana.csv': {
    required: ['id', 'induk', 'tingkat', 'nama', 'sumber_tabel'],
    optional: [
      'kode',
      'indikator',
      'target',
      'satuan',
      'pagu_indikatif',
      'sumber_dana',
      'lokasi',
      'target_berikutnya',
      'pagu_berikutnya',
      'tahun',
      'catatan',
      ...NUMBER_OVERRIDES,
      'sumber_baris',
      'sumber_halaman',
    ],
    figures: ['pagu_indikatif', 'pagu_berikutnya'],
  },
} as const satisfies Record<string, ColumnSpec & { figures: readonly string[] }>;

export type CsvFileName = keyof typeof csvFiles;
export const requiredCsvFiles: readonly CsvFileName[] = ['pohon-kinerja.csv', 'indikator.csv', 'nilai.csv'];
export { SOURCE_COLUMNS };
