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
const rujukan = (to: string): ColumnType => ({ kind: 'rujukan', to });

const source = {
  sumber_tabel: {
    type: T.teks,
    meaning: {
      id: 'Nomor tabel seperti tercetak (mis. `Tabel 3.1`); untuk tabel tanpa nomor, uraian singkat (`Lampiran PK`).',
      en: 'The table number as printed (e.g. `Tabel 3.1`); for unnumbered tables a short description (`Lampiran PK`).',
    },
    example: 'Tabel 3.1',
  },
  sumber_baris: {
    type: T.bilangan,
    meaning: {
      id: 'Nomor baris di teks dokumen (`content/dokumen/<berkas>.txt`, yang dibuat `npm run dokumen`) tempat baris ini tercetak.',
      en: 'Line number in the document text (`content/dokumen/<file>.txt`, made by `npm run dokumen`) where this row is printed.',
    },
    example: '512',
  },
  sumber_halaman: {
    type: T.teks,
    meaning: {
      id: 'Nomor halaman seperti tercetak di dokumen (lihat penanda `=== Halaman N ===` di teks dokumen).',
      en: 'Page number as printed in the document (see the `=== Halaman N ===` markers in the document text).',
    },
    example: '27',
  },
} satisfies Record<string, ColumnDoc>;

const overrides = {
  format_angka: {
    type: T.teks,
    meaning: {
      id: 'Hanya bila angka di baris ini tercetak dengan format lain dari `format_angka` laporan: `en`, `id`, atau per kolom `pagu:en;realisasi:en`.',
      en: "Only when this row's figures are printed in the other format than the report's `format_angka`: `en`, `id`, or per column `pagu:en;realisasi:en`.",
    },
    example: 'en',
  },
  cacat_cetak: {
    type: T.teks,
    meaning: {
      id: 'Kolom yang angkanya rusak di dokumen (mis. `.722.543.361,00`) dan tidak dapat dibaca; dipisah `;`. Diterbitkan apa adanya sebagai temuan.',
      en: 'Columns whose printed figure is damaged (e.g. `.722.543.361,00`) and cannot be read; separated by `;`. Published as printed, as a finding.',
    },
    example: 'pagu',
  },
} satisfies Record<string, ColumnDoc>;

const catatan: ColumnDoc = {
  type: T.teks,
  meaning: {
    id: 'Keterangan yang tercetak bersama baris, atau catatan penyalin.',
    en: 'A remark printed with the row, or the transcriber’s note.',
  },
  example: 'Angka digabung dari dua baris di PDF',
};
const tahunBaris: ColumnDoc = {
  type: T.tahun,
  meaning: {
    id: 'Tahun angka ini bila bukan tahun laporan (harus dalam `tahun_data`); kosong = tahun laporan.',
    en: 'The year of this figure when it is not the report year (must lie within `tahun_data`); empty = the report year.',
  },
  example: '2023',
};
const ya = pilihan(['ya', 'tidak']);

export const fileDocs: FileDocs = {
  'pohon-kinerja.csv': {
    meaning: {
      id: 'Pohon kinerja: tujuan → sasaran → program → kegiatan → subkegiatan.',
      en: 'The performance tree: goals → objectives → programmes → activities → sub-activities.',
    },
    columns: {
      kode: {
        type: T.kode,
        meaning: { id: 'Pengenal unik di laporan ini.', en: 'Unique id in this report.' },
        example: 'S1',
      },
      tingkat: {
        type: pilihan(treeLevels),
        meaning: { id: 'Tingkat simpul.', en: 'The level of the node.' },
        example: 'sasaran',
      },
      induk: {
        type: rujukan('pohon-kinerja.csv → kode'),
        meaning: {
          id: '`kode` simpul induk; kosong untuk tingkat teratas. Anak harus satu tingkat di bawah induk atau lebih dalam.',
          en: "The parent node's `kode`; empty at the top. A child sits one level below its parent or deeper.",
        },
        example: 'T1',
      },
      nama: {
        type: T.teks,
        meaning: { id: 'Nama seperti tercetak.', en: 'The name as printed.' },
        example: 'Meningkatnya kesejahteraan sosial PMKS',
      },
      kode_anggaran: {
        type: T.teks,
        meaning: {
          id: 'Kode nomenklatur nasional (Kepmendagri 050-5889/2021), menghubungkan ke baris anggaran.',
          en: 'The national nomenclature code (Kepmendagri 050-5889/2021); links to budget lines.',
        },
        example: '1.06.04',
      },
      ...source,
    },
  },
  'indikator.csv': {
    meaning: {
      id: 'Indikator kinerja, masing-masing melekat pada simpul pohon kinerja.',
      en: 'Performance indicators, each attached to a node of the performance tree.',
    },
    columns: {
      kode: {
        type: T.kode,
        meaning: { id: 'Pengenal unik di laporan ini.', en: 'Unique id in this report.' },
        example: 'S1.I1',
      },
      induk: {
        type: rujukan('pohon-kinerja.csv → kode'),
        meaning: { id: 'Simpul pohon kinerja yang diukur.', en: 'The tree node it measures.' },
        example: 'S1',
      },
      nama: {
        type: T.teks,
        meaning: { id: 'Nama indikator seperti tercetak.', en: 'The indicator name as printed.' },
        example: 'Persentase PMKS yang tertangani',
      },
      satuan: {
        type: T.teks,
        meaning: {
          id: 'Satuan seperti tercetak (`%`, `orang`, `indeks`); boleh kosong.',
          en: 'Unit as printed; may be empty.',
        },
        example: '%',
      },
      jenis_nilai: {
        type: pilihan(valueKinds),
        meaning: {
          id: 'Jenis angka: `angka`, `persen`, `rasio` (`1 : 27.500`), `laju` (`5,72 per 100.000`), `ordinal` (kategori berurutan).',
          en: 'Kind of value: `angka` (number), `persen`, `rasio` (`1 : 27.500`), `laju` (a rate), `ordinal` (ordered categories).',
        },
        example: 'persen',
      },
      polaritas: {
        type: pilihan(polarities),
        meaning: {
          id: '`positif`: makin tinggi makin baik; `negatif`: makin rendah makin baik.',
          en: '`positif`: higher is better; `negatif`: lower is better.',
        },
        example: 'positif',
      },
      urutan: {
        type: rujukan('content/skala/<slug>.yaml (jenis: ordinal)'),
        meaning: {
          id: 'Wajib untuk indikator `ordinal`: skala ordinal yang mengurutkan nilainya (mis. `kla`, `ape-pug`).',
          en: 'Required for `ordinal` indicators: the ordinal scale ordering its values (e.g. `kla`, `ape-pug`).',
        },
        example: 'kla',
      },
      catatan_polaritas: {
        type: T.teks,
        meaning: {
          id: 'Mengapa polaritas ini: kutip dokumen bila menyatakannya.',
          en: 'Why this polarity: quote the document where it says so.',
        },
        example: 'Bab III: makin tinggi makin baik',
      },
      iku: {
        type: ya,
        meaning: { id: '`ya` bila Indikator Kinerja Utama.', en: '`ya` if it is a key performance indicator (IKU).' },
        example: 'ya',
      },
      ...source,
    },
  },
  'nilai.csv': {
    meaning: {
      id: 'Angka indikator: target, realisasi, capaian tercetak — satu baris per indikator × tahun × tabel.',
      en: 'Indicator figures: target, realisation, printed capaian — one row per indicator × year × table.',
    },
    columns: {
      indikator: {
        type: rujukan('indikator.csv → kode'),
        meaning: { id: 'Indikator yang diukur.', en: 'The indicator.' },
        example: 'S1.I1',
      },
      tahun: {
        type: T.tahun,
        meaning: { id: 'Tahun angka ini (dalam `tahun_data`).', en: 'The year of the figure (within `tahun_data`).' },
        example: '2024',
      },
      periode: {
        type: pilihan(periods),
        meaning: { id: 'Periode; kosong = `tahunan`.', en: 'The period; empty = `tahunan` (annual).' },
        example: 'tahunan',
      },
      peran: {
        type: pilihan(valueRoles),
        meaning: {
          id: 'Tabel asal angka: `pk` (Perjanjian Kinerja), `pk-perubahan`, `capaian` (tabel evaluasi), `renstra`, `renstra-akhir`, `rencana` (Renja).',
          en: 'Which table the figure comes from: `pk` (performance agreement), `pk-perubahan` (revised), `capaian` (evaluation table), `renstra`, `renstra-akhir`, `rencana` (Renja).',
        },
        example: 'capaian',
      },
      target: { type: T.angka, meaning: { id: 'Target seperti tercetak.', en: 'Target as printed.' }, example: '85%' },
      realisasi: {
        type: T.angka,
        meaning: { id: 'Realisasi seperti tercetak.', en: 'Realisation as printed.' },
        example: '87,5%',
      },
      capaian_tercetak: {
        type: T.angka,
        meaning: {
          id: 'Capaian yang dicetak dokumen; portal menghitung ulang dan menampilkan bila berbeda.',
          en: 'The capaian the document prints; the portal recomputes it and shows any difference.',
        },
        example: '102,94%',
      },
      predikat_tercetak: {
        type: T.teks,
        meaning: { id: 'Predikat yang dicetak dokumen.', en: 'The predicate the document prints.' },
        example: 'Sangat Baik',
      },
      hilang_dari_sumber: {
        type: ya,
        meaning: {
          id: '`ya` bila baris ini tercetak di dokumen tetapi hilang dari teks hasil ekstraksi: angka dikosongkan, rata-rata diberi label "dihitung tanpa baris ini".',
          en: '`ya` when the row is printed in the document but lost from its extracted text: figures left empty, averages labelled "computed without this row".',
        },
        example: 'ya',
      },
      catatan,
      ...overrides,
      ...source,
    },
  },
  'anggaran.csv': {
    meaning: { id: 'Baris anggaran: pagu dan realisasi.', en: 'Budget lines: allocation and realisation.' },
    columns: {
      id: {
        type: T.kode,
        meaning: { id: 'Pengenal unik di berkas ini.', en: 'Unique id in this file.' },
        example: 'R.P01',
      },
      induk: {
        type: rujukan('anggaran.csv → id'),
        meaning: {
          id: '`id` baris induk; kosong di tingkat teratas.',
          en: "The parent line's `id`; empty at the top.",
        },
        example: 'R',
      },
      tingkat: {
        type: pilihan(budgetLevels),
        meaning: { id: 'Tingkat baris anggaran.', en: 'The level of the budget line.' },
        example: 'program',
      },
      kode: {
        type: T.teks,
        meaning: { id: 'Kode seperti tercetak; kosong bila tidak ada.', en: 'The code as printed; empty if none.' },
        example: '1.06.04',
      },
      nama: {
        type: T.teks,
        meaning: { id: 'Nama seperti tercetak.', en: 'The name as printed.' },
        example: 'PROGRAM REHABILITASI SOSIAL',
      },
      pagu: {
        type: T.angka,
        meaning: { id: 'Pagu seperti tercetak.', en: 'Allocation as printed.' },
        example: '1.250.000.000',
      },
      realisasi: {
        type: T.angka,
        meaning: { id: 'Realisasi seperti tercetak.', en: 'Realisation as printed.' },
        example: '1.187.500.000',
      },
      persen_tercetak: {
        type: T.angka,
        meaning: { id: 'Persentase serapan yang dicetak.', en: 'The printed absorption percentage.' },
        example: '95%',
      },
      sumber_dana: {
        type: T.teks,
        meaning: { id: 'Sumber dana seperti tercetak.', en: 'Funding source as printed.' },
        example: 'DAU',
      },
      peran: {
        type: pilihan(budgetRoles),
        meaning: {
          id: 'Tabel asal: `realisasi`, `pk`, `pk-perubahan`, `rencana`.',
          en: 'Which table: `realisasi`, `pk`, `pk-perubahan`, `rencana`.',
        },
        example: 'realisasi',
      },
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
      indikator: {
        type: rujukan('indikator.csv → kode'),
        meaning: { id: 'Indikator yang dibandingkan.', en: 'The indicator compared.' },
        example: 'S1.I1',
      },
      tahun: { type: T.tahun, meaning: { id: 'Tahun angka.', en: 'The year of the figure.' }, example: '2024' },
      pembanding: {
        type: T.teks,
        meaning: { id: 'Label pembanding seperti tercetak.', en: 'The benchmark label as printed.' },
        example: 'Provinsi Jawa Timur',
      },
      nilai: {
        type: T.angka,
        meaning: { id: 'Angka seperti tercetak.', en: 'The figure as printed.' },
        example: '80,1%',
      },
      catatan,
      ...overrides,
      ...source,
    },
  },
  'efisiensi.csv': {
    meaning: { id: 'Tabel efisiensi yang tercetak.', en: 'Printed efficiency tables.' },
    columns: {
      lingkup: {
        type: rujukan('pohon-kinerja.csv / indikator.csv → kode, atau/or laporan'),
        meaning: { id: 'Simpul, indikator, atau `laporan`.', en: 'A tree node, an indicator, or `laporan`.' },
        example: 'S1',
      },
      capaian_tercetak: {
        type: T.angka,
        meaning: { id: 'Capaian kinerja yang dicetak.', en: 'The printed performance achievement.' },
        example: '102,94%',
      },
      pagu: {
        type: T.angka,
        meaning: { id: 'Pagu seperti tercetak.', en: 'Allocation as printed.' },
        example: '1.250.000.000',
      },
      realisasi: {
        type: T.angka,
        meaning: { id: 'Realisasi anggaran seperti tercetak.', en: 'Budget realisation as printed.' },
        example: '1.187.500.000',
      },
      serapan_tercetak: {
        type: T.angka,
        meaning: { id: 'Serapan anggaran yang dicetak.', en: 'The printed absorption.' },
        example: '95%',
      },
      efisiensi_tercetak: {
        type: T.angka,
        meaning: { id: 'Efisiensi yang dicetak.', en: 'The printed efficiency.' },
        example: '92,29%',
      },
      tahun: tahunBaris,
      catatan,
      ...overrides,
      ...source,
    },
  },
  'ringkasan.csv': {
    meaning: { id: 'Angka agregat yang tercetak: rata-rata, total.', en: 'Printed aggregates: averages, totals.' },
    columns: {
      lingkup: {
        type: rujukan('pohon-kinerja.csv / anggaran.csv, atau/or laporan'),
        meaning: {
          id: 'Simpul pohon (rata-rata capaian), baris anggaran (serapan, total), atau `laporan`.',
          en: 'A tree node (average capaian), a budget line (absorption, totals), or `laporan`.',
        },
        example: 'laporan',
      },
      jenis: {
        type: pilihan(summaryKinds),
        meaning: { id: 'Jenis angka agregat.', en: 'Which aggregate.' },
        example: 'rata-rata-capaian',
      },
      nilai: {
        type: T.angka,
        meaning: { id: 'Angka seperti tercetak.', en: 'The figure as printed.' },
        example: '101,2%',
      },
      predikat_tercetak: {
        type: T.teks,
        meaning: {
          id: 'Predikat yang dicetak untuk angka ini (mis. `KRITERIA : Baik` → `Baik`); dibandingkan dengan skala laporan.',
          en: 'The predicate printed for this figure (e.g. `KRITERIA : Baik` → `Baik`); compared with the report’s scale.',
        },
        example: 'Baik',
      },
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
      lingkup: {
        type: rujukan('indikator.csv / pohon-kinerja.csv → kode, atau/or laporan'),
        meaning: { id: 'Indikator, simpul, atau `laporan`.', en: 'An indicator, a node, or `laporan`.' },
        example: 'S1.I1',
      },
      jenis: {
        type: pilihan(narrativeKinds),
        meaning: { id: 'Jenis teks.', en: 'Kind of text.' },
        example: 'penyebab',
      },
      teks: {
        type: T.teks,
        meaning: { id: 'Teks seperti tercetak (tanpa HTML).', en: 'The text as printed (no HTML).' },
        example: 'Pendataan PMKS belum lengkap.',
      },
      ...source,
    },
  },
  'rencana.csv': {
    meaning: { id: 'Baris rencana kerja (Renja).', en: 'Annual work plan (Renja) rows.' },
    columns: {
      id: {
        type: T.kode,
        meaning: { id: 'Pengenal unik di berkas ini.', en: 'Unique id in this file.' },
        example: 'P01',
      },
      induk: {
        type: rujukan('rencana.csv → id'),
        meaning: { id: '`id` baris induk.', en: "The parent row's `id`." },
        example: '',
      },
      tingkat: {
        type: pilihan(budgetLevels),
        meaning: { id: 'Tingkat baris.', en: 'The level of the row.' },
        example: 'program',
      },
      kode: { type: T.teks, meaning: { id: 'Kode seperti tercetak.', en: 'The code as printed.' }, example: '1.06.04' },
      nama: {
        type: T.teks,
        meaning: { id: 'Nama seperti tercetak.', en: 'The name as printed.' },
        example: 'PROGRAM REHABILITASI SOSIAL',
      },
      indikator: {
        type: T.teks,
        meaning: { id: 'Indikator seperti tercetak.', en: 'The indicator as printed.' },
        example: 'Persentase PMKS yang tertangani',
      },
      target: { type: T.teks, meaning: { id: 'Target seperti tercetak.', en: 'Target as printed.' }, example: '85%' },
      satuan: { type: T.teks, meaning: { id: 'Satuan.', en: 'Unit.' }, example: '%' },
      pagu_indikatif: {
        type: T.angka,
        meaning: { id: 'Pagu indikatif seperti tercetak.', en: 'Indicative allocation as printed.' },
        example: '1.250.000.000',
      },
      sumber_dana: { type: T.teks, meaning: { id: 'Sumber dana.', en: 'Funding source.' }, example: 'DAU' },
      lokasi: {
        type: T.teks,
        meaning: { id: 'Lokasi seperti tercetak.', en: 'Location as printed.' },
        example: 'Kota',
      },
      target_berikutnya: {
        type: T.teks,
        meaning: { id: 'Target tahun berikutnya (prakiraan maju).', en: 'Next year’s target (forward estimate).' },
        example: '87%',
      },
      pagu_berikutnya: {
        type: T.angka,
        meaning: { id: 'Pagu tahun berikutnya (prakiraan maju).', en: 'Next year’s allocation (forward estimate).' },
        example: '1.300.000.000',
      },
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
