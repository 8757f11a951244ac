/**
 * What every CSV column of a report folder means, with an example — the one place the generated reference
 * (docs/referensi-format.md), the `new-report` templates and the Excel workbook take their words from.
 * Which columns exist and which are required comes from `csvFiles` in src/lib/data/skema.ts; the type below makes
 * the compiler refuse a column that is added there and not described here (and a description of a column that
 * does not exist).
 */
import {
  budgetLevels,
  budgetRoles,
  csvFiles,
  narrativeKinds,
  periods,
  polarities,
  summaryKinds,
  treeLevels,
  valueKinds,
  valueRoles,
  type CsvFileName,
} from '../../src/lib/data/skema.ts';
import type { Bilingual } from '../../src/lib/data/galat.ts';

export type ColumnType =
  | { kind: 'kode' }
  | { kind: 'teks' }
  | { kind: 'angka-tercetak' }
  | { kind: 'tahun' }
  | { kind: 'bilangan' }
  | { kind: 'pilihan'; values: readonly string[] }
  | { kind: 'rujukan'; to: string };

export interface ColumnDoc {
  type: ColumnType;
  meaning: Bilingual;
  /** A value as it would be typed in the cell. */
  example: string;
}

type Columns<F extends CsvFileName> =
  (typeof csvFiles)[F]['required'][number] | (typeof csvFiles)[F]['optional'][number];
export type FileDocs = { [F in CsvFileName]: { meaning: Bilingual; columns: { [C in Columns<F>]: ColumnDoc } } };

const T = {
  kode: { kind: 'kode' },
  teks: { kind: 'teks' },
  angka: { kind: 'angka-tercetak' },
  tahun: { kind: 'tahun' },
  bilangan: { kind: 'bilangan' },
} as const;
const pilihan = (values: readonly string[]): ColumnType => ({ kind: 'pilihan', values });
const col = (type: ColumnType, id: string, en: string, example: string): ColumnDoc => ({
  type,
  meaning: { id, en },
  example,
});
const rujukan = (to: string): ColumnType => ({ kind: 'rujukan', to });

const source = {
  sumber_tabel: col(
    T.teks,
    'Nomor tabel seperti tercetak (mis. `Tabel 3.1`); untuk tabel tanpa nomor, uraian singkat (`Lampiran PK`).',
    'The table number as printed (e.g. `Tabel 3.1`); for unnumbered tables a short description (`Lampiran PK`).',
    'Tabel 3.1',
  ),
  sumber_baris: col(
    T.bilangan,
    'Nomor baris di teks dokumen (`content/dokumen/<berkas>.txt`, yang dibuat `npm run dokumen`) tempat baris ini tercetak.',
    'Line number in the document text (`content/dokumen/<file>.txt`, made by `npm run dokumen`) where this row is printed.',
    '512',
  ),
  sumber_halaman: col(
    T.teks,
    'Nomor halaman seperti tercetak di dokumen (lihat penanda `=== Halaman N ===` di teks dokumen).',
    'Page number as printed in the document (see the `=== Halaman N ===` markers in the document text).',
    '27',
  ),
} satisfies Record<string, ColumnDoc>;

const overrides = {
  format_angka: col(
    T.teks,
    'Hanya bila angka di baris ini tercetak dengan format lain dari `format_angka` laporan: `en`, `id`, atau per kolom `pagu:en;realisasi:en`.',
    "Only when this row's figures are printed in the other format than the report's `format_angka`: `en`, `id`, or per column `pagu:en;realisasi:en`.",
    'en',
  ),
  cacat_cetak: col(
    T.teks,
    'Kolom yang angkanya rusak di dokumen (mis. `.722.543.361,00`) dan tidak dapat dibaca; dipisah `;`. Diterbitkan apa adanya sebagai temuan.',
    'Columns whose printed figure is damaged (e.g. `.722.543.361,00`) and cannot be read; separated by `;`. Published as printed, as a finding.',
    'pagu',
  ),
} satisfies Record<string, ColumnDoc>;

const catatan: ColumnDoc = col(
  T.teks,
  'Keterangan yang tercetak bersama baris, atau catatan penyalin.',
  'A remark printed with the row, or the transcriber’s note.',
  'Angka digabung dari dua baris di PDF',
);
const tahunBaris: ColumnDoc = col(
  T.tahun,
  'Tahun angka ini bila bukan tahun laporan (harus dalam `tahun_data`); kosong = tahun laporan.',
  'The year of this figure when it is not the report year (must lie within `tahun_data`); empty = the report year.',
  '2023',
);
const ya = pilihan(['ya', 'tidak']);

export const fileDocs: FileDocs = {
  'pohon-kinerja.csv': {
    meaning: {
      id: 'Pohon kinerja: tujuan → sasaran → program → kegiatan → subkegiatan.',
      en: 'The performance tree: goals → objectives → programmes → activities → sub-activities.',
    },
    columns: {
      kode: col(T.kode, 'Pengenal unik di laporan ini.', 'Unique id in this report.', 'S1'),
      tingkat: col(pilihan(treeLevels), 'Tingkat simpul.', 'The level of the node.', 'sasaran'),
      induk: col(
        rujukan('pohon-kinerja.csv → kode'),
        '`kode` simpul induk; kosong untuk tingkat teratas. Anak harus satu tingkat di bawah induk atau lebih dalam.',
        "The parent node's `kode`; empty at the top. A child sits one level below its parent or deeper.",
        'T1',
      ),
      nama: col(T.teks, 'Nama seperti tercetak.', 'The name as printed.', 'Meningkatnya kesejahteraan sosial PMKS'),
      kode_anggaran: col(
        T.teks,
        'Kode nomenklatur nasional (Kepmendagri 050-5889/2021), menghubungkan ke baris anggaran.',
        'The national nomenclature code (Kepmendagri 050-5889/2021); links to budget lines.',
        '1.06.04',
      ),
      ...source,
    },
  },
  'indikator.csv': {
    meaning: {
      id: 'Indikator kinerja, masing-masing melekat pada simpul pohon kinerja.',
      en: 'Performance indicators, each attached to a node of the performance tree.',
    },
    columns: {
      kode: col(T.kode, 'Pengenal unik di laporan ini.', 'Unique id in this report.', 'S1.I1'),
      induk: col(
        rujukan('pohon-kinerja.csv → kode'),
        'Simpul pohon kinerja yang diukur.',
        'The tree node it measures.',
        'S1',
      ),
      nama: col(
        T.teks,
        'Nama indikator seperti tercetak.',
        'The indicator name as printed.',
        'Persentase PMKS yang tertangani',
      ),
      satuan: col(
        T.teks,
        'Satuan seperti tercetak (`%`, `orang`, `indeks`); boleh kosong.',
        'Unit as printed; may be empty.',
        '%',
      ),
      jenis_nilai: col(
        pilihan(valueKinds),
        'Jenis angka: `angka`, `persen`, `rasio` (`1 : 27.500`), `laju` (`5,72 per 100.000`), `ordinal` (kategori berurutan).',
        'Kind of value: `angka` (number), `persen`, `rasio` (`1 : 27.500`), `laju` (a rate), `ordinal` (ordered categories).',
        'persen',
      ),
      polaritas: col(
        pilihan(polarities),
        '`positif`: makin tinggi makin baik; `negatif`: makin rendah makin baik.',
        '`positif`: higher is better; `negatif`: lower is better.',
        'positif',
      ),
      urutan: col(
        rujukan('content/skala/<slug>.yaml (jenis: ordinal)'),
        'Wajib untuk indikator `ordinal`: skala ordinal yang mengurutkan nilainya (mis. `kla`, `ape-pug`).',
        'Required for `ordinal` indicators: the ordinal scale ordering its values (e.g. `kla`, `ape-pug`).',
        'kla',
      ),
      catatan_polaritas: col(
        T.teks,
        'Mengapa polaritas ini: kutip dokumen bila menyatakannya.',
        'Why this polarity: quote the document where it says so.',
        'Bab III: makin tinggi makin baik',
      ),
      iku: col(ya, '`ya` bila Indikator Kinerja Utama.', '`ya` if it is a key performance indicator (IKU).', 'ya'),
      ...source,
    },
  },
  'nilai.csv': {
    meaning: {
      id: 'Angka indikator: target, realisasi, capaian tercetak — satu baris per indikator × tahun × tabel.',
      en: 'Indicator figures: target, realisation, printed capaian — one row per indicator × year × table.',
    },
    columns: {
      indikator: col(rujukan('indikator.csv → kode'), 'Indikator yang diukur.', 'The indicator.', 'S1.I1'),
      tahun: col(
        T.tahun,
        'Tahun angka ini (dalam `tahun_data`).',
        'The year of the figure (within `tahun_data`).',
        '2024',
      ),
      periode: col(
        pilihan(periods),
        'Periode; kosong = `tahunan`.',
        'The period; empty = `tahunan` (annual).',
        'tahunan',
      ),
      peran: col(
        pilihan(valueRoles),
        'Tabel asal angka: `pk` (Perjanjian Kinerja), `pk-perubahan`, `capaian` (tabel evaluasi), `renstra`, `renstra-akhir`, `rencana` (Renja).',
        'Which table the figure comes from: `pk` (performance agreement), `pk-perubahan` (revised), `capaian` (evaluation table), `renstra`, `renstra-akhir`, `rencana` (Renja).',
        'capaian',
      ),
      target: col(T.angka, 'Target seperti tercetak.', 'Target as printed.', '85%'),
      realisasi: col(T.angka, 'Realisasi seperti tercetak.', 'Realisation as printed.', '87,5%'),
      capaian_tercetak: col(
        T.angka,
        'Capaian yang dicetak dokumen; portal menghitung ulang dan menampilkan bila berbeda.',
        'The capaian the document prints; the portal recomputes it and shows any difference.',
        '102,94%',
      ),
      predikat_tercetak: col(
        T.teks,
        'Predikat yang dicetak dokumen.',
        'The predicate the document prints.',
        'Sangat Baik',
      ),
      hilang_dari_sumber: col(
        ya,
        '`ya` bila baris ini tercetak di dokumen tetapi hilang dari teks hasil ekstraksi: angka dikosongkan, rata-rata diberi label "dihitung tanpa baris ini".',
        '`ya` when the row is printed in the document but lost from its extracted text: figures left empty, averages labelled "computed without this row".',
        'ya',
      ),
      catatan,
      ...overrides,
      ...source,
    },
  },
  'anggaran.csv': {
    meaning: { id: 'Baris anggaran: pagu dan realisasi.', en: 'Budget lines: allocation and realisation.' },
    columns: {
      id: col(T.kode, 'Pengenal unik di berkas ini.', 'Unique id in this file.', 'R.P01'),
      induk: col(
        rujukan('anggaran.csv → id'),
        '`id` baris induk; kosong di tingkat teratas.',
        "The parent line's `id`; empty at the top.",
        'R',
      ),
      tingkat: col(pilihan(budgetLevels), 'Tingkat baris anggaran.', 'The level of the budget line.', 'program'),
      kode: col(
        T.teks,
        'Kode seperti tercetak; kosong bila tidak ada.',
        'The code as printed; empty if none.',
        '1.06.04',
      ),
      nama: col(T.teks, 'Nama seperti tercetak.', 'The name as printed.', 'PROGRAM REHABILITASI SOSIAL'),
      pagu: col(T.angka, 'Pagu seperti tercetak.', 'Allocation as printed.', '1.250.000.000'),
      realisasi: col(T.angka, 'Realisasi seperti tercetak.', 'Realisation as printed.', '1.187.500.000'),
      persen_tercetak: col(T.angka, 'Persentase serapan yang dicetak.', 'The printed absorption percentage.', '95%'),
      sumber_dana: col(T.teks, 'Sumber dana seperti tercetak.', 'Funding source as printed.', 'DAU'),
      peran: col(
        pilihan(budgetRoles),
        'Tabel asal: `realisasi`, `pk`, `pk-perubahan`, `rencana`.',
        'Which table: `realisasi`, `pk`, `pk-perubahan`, `rencana`.',
        'realisasi',
      ),
      tahun: tahunBaris,
      catatan,
      ...overrides,
      ...source,
    },
  },
  'pembanding.csv': {
    meaning: {
      id: 'Angka pembanding: nasional, provinsi, daerah lain.',
      en: 'Benchmark figures: national, provincial, other regions.',
    },
    columns: {
      indikator: col(
        rujukan('indikator.csv → kode'),
        'Indikator yang dibandingkan.',
        'The indicator compared.',
        'S1.I1',
      ),
      tahun: col(T.tahun, 'Tahun angka.', 'The year of the figure.', '2024'),
      pembanding: col(
        T.teks,
        'Label pembanding seperti tercetak.',
        'The benchmark label as printed.',
        'Provinsi Jawa Timur',
      ),
      nilai: col(T.angka, 'Angka seperti tercetak.', 'The figure as printed.', '80,1%'),
      catatan,
      ...overrides,
      ...source,
    },
  },
  'efisiensi.csv': {
    meaning: { id: 'Tabel efisiensi yang tercetak.', en: 'Printed efficiency tables.' },
    columns: {
      lingkup: col(
        rujukan('pohon-kinerja.csv / indikator.csv → kode, atau/or laporan'),
        'Simpul, indikator, atau `laporan`.',
        'A tree node, an indicator, or `laporan`.',
        'S1',
      ),
      capaian_tercetak: col(
        T.angka,
        'Capaian kinerja yang dicetak.',
        'The printed performance achievement.',
        '102,94%',
      ),
      pagu: col(T.angka, 'Pagu seperti tercetak.', 'Allocation as printed.', '1.250.000.000'),
      realisasi: col(
        T.angka,
        'Realisasi anggaran seperti tercetak.',
        'Budget realisation as printed.',
        '1.187.500.000',
      ),
      serapan_tercetak: col(T.angka, 'Serapan anggaran yang dicetak.', 'The printed absorption.', '95%'),
      efisiensi_tercetak: col(T.angka, 'Efisiensi yang dicetak.', 'The printed efficiency.', '92,29%'),
      tahun: tahunBaris,
      catatan,
      ...overrides,
      ...source,
    },
  },
  'ringkasan.csv': {
    meaning: { id: 'Angka agregat yang tercetak: rata-rata, total.', en: 'Printed aggregates: averages, totals.' },
    columns: {
      lingkup: col(
        rujukan('pohon-kinerja.csv / anggaran.csv, atau/or laporan'),
        'Simpul pohon (rata-rata capaian), baris anggaran (serapan, total), atau `laporan`.',
        'A tree node (average capaian), a budget line (absorption, totals), or `laporan`.',
        'laporan',
      ),
      jenis: col(pilihan(summaryKinds), 'Jenis angka agregat.', 'Which aggregate.', 'rata-rata-capaian'),
      nilai: col(T.angka, 'Angka seperti tercetak.', 'The figure as printed.', '101,2%'),
      predikat_tercetak: col(
        T.teks,
        'Predikat yang dicetak untuk angka ini (mis. `KRITERIA : Baik` → `Baik`); dibandingkan dengan skala laporan.',
        'The predicate printed for this figure (e.g. `KRITERIA : Baik` → `Baik`); compared with the report’s scale.',
        'Baik',
      ),
      tahun: tahunBaris,
      catatan,
      ...overrides,
      ...source,
    },
  },
  'narasi.csv': {
    meaning: {
      id: 'Teks per indikator atau simpul: penyebab, kendala, solusi, program penunjang, analisis.',
      en: 'Text per indicator or node: causes, obstacles, solutions, supporting programmes, analysis.',
    },
    columns: {
      lingkup: col(
        rujukan('indikator.csv / pohon-kinerja.csv → kode, atau/or laporan'),
        'Indikator, simpul, atau `laporan`.',
        'An indicator, a node, or `laporan`.',
        'S1.I1',
      ),
      jenis: col(pilihan(narrativeKinds), 'Jenis teks.', 'Kind of text.', 'penyebab'),
      teks: col(
        T.teks,
        'Teks seperti tercetak (tanpa HTML).',
        'The text as printed (no HTML).',
        'Pendataan PMKS belum lengkap.',
      ),
      ...source,
    },
  },
  'rencana.csv': {
    meaning: { id: 'Baris rencana kerja (Renja).', en: 'Annual work plan (Renja) rows.' },
    columns: {
      id: col(T.kode, 'Pengenal unik di berkas ini.', 'Unique id in this file.', 'P01'),
      induk: col(rujukan('rencana.csv → id'), '`id` baris induk.', "The parent row's `id`.", ''),
      tingkat: col(pilihan(budgetLevels), 'Tingkat baris.', 'The level of the row.', 'program'),
      kode: col(T.teks, 'Kode seperti tercetak.', 'The code as printed.', '1.06.04'),
      nama: col(T.teks, 'Nama seperti tercetak.', 'The name as printed.', 'PROGRAM REHABILITASI SOSIAL'),
      indikator: col(
        T.teks,
        'Indikator seperti tercetak.',
        'The indicator as printed.',
        'Persentase PMKS yang tertangani',
      ),
      target: col(T.teks, 'Target seperti tercetak.', 'Target as printed.', '85%'),
      satuan: col(T.teks, 'Satuan.', 'Unit.', '%'),
      pagu_indikatif: col(
        T.angka,
        'Pagu indikatif seperti tercetak.',
        'Indicative allocation as printed.',
        '1.250.000.000',
      ),
      sumber_dana: col(T.teks, 'Sumber dana.', 'Funding source.', 'DAU'),
      lokasi: col(T.teks, 'Lokasi seperti tercetak.', 'Location as printed.', 'Kota'),
      target_berikutnya: col(
        T.teks,
        'Target tahun berikutnya (prakiraan maju).',
        'Next year’s target (forward estimate).',
        '87%',
      ),
      pagu_berikutnya: col(
        T.angka,
        'Pagu tahun berikutnya (prakiraan maju).',
        'Next year’s allocation (forward estimate).',
        '1.300.000.000',
      ),
      tahun: tahunBaris,
      catatan,
      ...overrides,
      ...source,
    },
  },
};

/** The columns of a file in the order templates show them: required first, then optional, as in `csvFiles`. */
export function columnsOf(file: CsvFileName): { name: string; required: boolean; doc: ColumnDoc }[] {
  const spec = csvFiles[file];
  const docs = fileDocs[file].columns as Record<string, ColumnDoc>;
  return [
    ...spec.required.map((name) => ({ name, required: true, doc: docs[name]! })),
    ...spec.optional.map((name) => ({ name, required: false, doc: docs[name]! })),
  ];
}

/** The type of a column in words, both languages. */
export function typeInWords(type: ColumnType): Bilingual {
  switch (type.kind) {
    case 'kode':
      return { id: 'pengenal (huruf, angka, titik)', en: 'identifier (letters, digits, dots)' };
    case 'teks':
      return { id: 'teks', en: 'text' };
    case 'angka-tercetak':
      return { id: 'angka seperti tercetak', en: 'figure as printed' };
    case 'tahun':
      return { id: 'tahun (4 angka)', en: 'year (4 digits)' };
    case 'bilangan':
      return { id: 'bilangan bulat positif', en: 'positive whole number' };
    case 'pilihan':
      return { id: `salah satu: ${type.values.join(' | ')}`, en: `one of: ${type.values.join(' | ')}` };
    case 'rujukan':
      return { id: `rujukan ke ${type.to}`, en: `reference to ${type.to}` };
  }
}
