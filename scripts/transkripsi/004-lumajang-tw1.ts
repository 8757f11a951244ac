/**
 * Transcription of seed 004 (Laporan Kinerja Triwulan I 2024, Dinsos P3A Kabupaten Lumajang) into
 * content/laporan/dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1/.
 *
 * Run from the repository root:  npx node scripts/transkripsi/004-lumajang-tw1.ts
 *
 * Every row is taken from a fixed line of the seed text (`content/dokumen/004_0064130732cdd05d.txt`, a copy of the seed), split on
 * tabs; `expectAt()` guards each line number against the text so a changed seed fails loudly. The script writes
 * every CSV of the report folder (laporan.yaml, CATATAN.md and the scale file are hand-written).
 *
 * Hand decisions made here (not mechanical extraction), each noted in CATATAN.md:
 * - Page-break continuations are joined into the row above: Tabel 1.2 row 39 (lines 277+280), Tabel 3.1 row 10
 *   formula (419+423), Tabel 3.6 kendala (508+511, 521+524), Tabel 3.8 row 8 indicator name (589+594),
 *   Tabel 3.9 activities (614+617, 621+624), Tabel 3.11 row 1 remark (752+756), Tabel 3.12 (no content split).
 * - Tabel 3.10 line 684 (`\t\t-\t\t3,355,000.00`) repeats the realisasi/sisa of line 680 after a page break; it is
 *   dropped as an extraction artefact.
 * - HTML (`<ol …>`) is stripped from narrative cells; LaTeX of the "Keterangan" formulas in Tabel 3.1 is rewritten
 *   as plain text (`\frac{a}{b}` → `(a) / (b)`, `\times` → `×`) inside nilai.csv `catatan`.
 * - Tabel 3.5 column "Kabupaten/Kota lainnya" prints the region inside the value (`85,52 Kabupaten Jember (Data
 *   BPS tahun 2023)`): the region goes to `pembanding`, the figure with its annotation to `nilai`, and the
 *   exact printed cell to `catatan`.
 * - Cells of the form `59,61 Data BPS tahun 2022` (annotation without parentheses) are kept exactly; the number
 *   reader takes the annotation and its data year.
 * - Programme nodes hang under the sasaran Tabel 3.9 marks "Menunjang"; the two programmes marked "Tidak
 *   Menunjang" for both sasaran (Penunjang Urusan, Taman Makam Pahlawan) are top-level nodes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';

const SEED = 'content/dokumen/004_0064130732cdd05d.txt';
const OUT = 'content/laporan/dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1';

const LINES = readFileSync(SEED, 'utf8').split('\n');

type Row = Record<string, string | number>;

function line(n: number): string {
  const text = LINES[n - 1];
  if (text === undefined) throw new Error(`line ${n} out of range`);
  return text;
}

/** Tab-separated cells of line n, untouched. */
function cells(n: number): string[] {
  return line(n).split('\t');
}

function expectAt(n: number, fragment: string): void {
  if (!line(n).includes(fragment))
    throw new Error(`line ${n} does not contain ${JSON.stringify(fragment)}:\n${line(n)}`);
}

/** Strips HTML tags and collapses whitespace (narrative cells only; figures are never touched). */
function plain(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Joins a cell with its page-break continuation. */
function joined(...parts: string[]): string {
  return plain(parts.join(' '));
}

/** Rewrites the LaTeX the PDF extraction left in formula cells as plain text. */
function delatex(text: string): string {
  const fullyWrapped = (x: string): boolean => {
    if (!x.startsWith('(') || !x.endsWith(')')) return false;
    let depth = 0;
    for (let i = 0; i < x.length; i++) {
      if (x[i] === '(') depth++;
      else if (x[i] === ')') depth--;
      if (depth === 0 && i < x.length - 1) return false;
    }
    return true;
  };
  const wrap = (x: string): string => (fullyWrapped(x) || /^[\d.,]+$/.test(x) ? x : `(${x})`);
  let t = text.replace(/\$/g, '');
  t = t.replace(
    /\\frac\{([^{}]*)\}\{([^{}]*)\}/g,
    (_m, a: string, b: string) => `${wrap(a.trim())} / ${wrap(b.trim())}`,
  );
  return t
    .replace(/\\times/g, '×')
    .replace(/\\%/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A printed figure whose annotation is not in parentheses (`59,61 Data BPS tahun 2022`). */
function write(file: string, header: string[], rows: Row[]): void {
  const path = join(OUT, file);
  mkdirSync(dirname(path), { recursive: true });
  const data = rows.map((r) => header.map((h) => (r[h] === undefined ? '' : String(r[h]))));
  for (const r of rows) {
    for (const k of Object.keys(r)) if (!header.includes(k)) throw new Error(`${file}: unknown column ${k}`);
  }
  writeFileSync(path, Papa.unparse({ fields: header, data }, { newline: '\n' }) + '\n');
  console.log(`${file}: ${rows.length} rows`);
}

// ---------------------------------------------------------------------------------------------------------------
// Programmes: PK order (Tabel 2.1) = Tabel 3.1 / 3.6 / 3.7 / 3.8 order.
// ---------------------------------------------------------------------------------------------------------------
interface Programme {
  kode: string;
  /** Line in Tabel 2.1 (PK). */
  pk: number;
  /** Line in Lampiran PK. */
  lpk: number;
  /** Name as printed in Tabel 3.10 (upper case). */
  realisasiName: string;
  /** Name as printed in Tabel 3.9 column "Program". */
  penunjangName: string;
  /** Sasaran the programme supports per Tabel 3.9 (empty: "Tidak Menunjang" for both). */
  sasaran: string;
  /** Tabel 3.1 line. */
  t31: number;
  t36: number;
  t37: number;
  t38: number;
  t39: number;
}

const PROGRAMMES: Programme[] = [
  {
    kode: 'P01',
    pk: 361,
    lpk: 965,
    realisasiName: 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN',
    penunjangName: 'Pengarusutamaan Gender dan Pemberdayaan Perempuan',
    sasaran: 'S1',
    t31: 407,
    t36: 517,
    t37: 550,
    t38: 582,
    t39: 608,
  },
  {
    kode: 'P02',
    pk: 362,
    lpk: 966,
    realisasiName: 'PROGRAM PERLINDUNGAN PEREMPUAN',
    penunjangName: 'Perlindungan Perempuan',
    sasaran: 'S1',
    t31: 408,
    t36: 518,
    t37: 551,
    t38: 583,
    t39: 609,
  },
  {
    kode: 'P03',
    pk: 363,
    lpk: 967,
    realisasiName: 'PROGRAM PENINGKATAN KUALITAS KELUARGA',
    penunjangName: 'Peningkatan Kualitas Keluarga',
    sasaran: 'S1',
    t31: 409,
    t36: 519,
    t37: 552,
    t38: 584,
    t39: 610,
  },
  {
    kode: 'P04',
    pk: 364,
    lpk: 968,
    realisasiName: 'PROGRAM PENGELOLAAN SISTEM DATA GENDER DAN ANAK',
    penunjangName: 'Program Pengelolaan Sistem Data Gender dan Anak',
    sasaran: 'S1',
    t31: 410,
    t36: 520,
    t37: 553,
    t38: 585,
    t39: 611,
  },
  {
    kode: 'P05',
    pk: 365,
    lpk: 969,
    realisasiName: 'PROGRAM PEMENUHAN HAK ANAK (PHA)',
    penunjangName: 'Pemenuhan Hak Anak (PHA)',
    sasaran: 'S1',
    t31: 414,
    t36: 521,
    t37: 554,
    t38: 586,
    t39: 612,
  },
  {
    kode: 'P06',
    pk: 366,
    lpk: 970,
    realisasiName: 'PROGRAM PERLINDUNGAN KHUSUS ANAK',
    penunjangName: 'Perlindungan Khusus Anak',
    sasaran: 'S1',
    t31: 415,
    t36: 525,
    t37: 555,
    t38: 587,
    t39: 613,
  },
  {
    kode: 'P07',
    pk: 367,
    lpk: 971,
    realisasiName: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
    penunjangName: 'Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    sasaran: '',
    t31: 416,
    t36: 526,
    t37: 558,
    t38: 588,
    t39: 626,
  },
  {
    kode: 'P08',
    pk: 368,
    lpk: 972,
    realisasiName: 'PROGRAM PENANGANAN BENCANA',
    penunjangName: 'Penanganan Bencana',
    sasaran: 'S2',
    t31: 417,
    t36: 527,
    t37: 559,
    t38: 589,
    t39: 614,
  },
  {
    kode: 'P09',
    pk: 369,
    lpk: 973,
    realisasiName: 'PROGRAM PEMBERDAYAAN SOSIAL',
    penunjangName: 'Pemberdayaan Sosial',
    sasaran: 'S2',
    t31: 418,
    t36: 528,
    t37: 560,
    t38: 595,
    t39: 618,
  },
  {
    kode: 'P10',
    pk: 370,
    lpk: 974,
    realisasiName: 'PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN',
    penunjangName: 'Program Penanganan Warga Negara Migran Korban Tindak Kekerasan',
    sasaran: 'S2',
    t31: 419,
    t36: 529,
    t37: 561,
    t38: 596,
    t39: 619,
  },
  {
    kode: 'P11',
    pk: 371,
    lpk: 975,
    realisasiName: 'PROGRAM REHABILITASI SOSIAL',
    penunjangName: 'Rehabilitasi Sosial',
    sasaran: 'S2',
    t31: 424,
    t36: 530,
    t37: 562,
    t38: 597,
    t39: 620,
  },
  {
    kode: 'P12',
    pk: 372,
    lpk: 978,
    realisasiName: 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL',
    penunjangName: 'Perlindungan dan Jaminan Sosial',
    sasaran: 'S2',
    t31: 425,
    t36: 531,
    t37: 563,
    t38: 598,
    t39: 621,
  },
  {
    kode: 'P13',
    pk: 373,
    lpk: 979,
    realisasiName: 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN',
    penunjangName: 'Pengelolaan Taman Makam Pahlawan',
    sasaran: '',
    t31: 426,
    t36: 532,
    t37: 564,
    t38: 599,
    t39: 625,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// pohon-kinerja.csv
// ---------------------------------------------------------------------------------------------------------------
const tree: Row[] = [];
expectAt(344, 'Meningkatnya Peran Serta Perempuan dalam Pembangunan');
tree.push({
  kode: 'T1',
  tingkat: 'tujuan',
  induk: '',
  nama: cells(344)[0]!,
  sumber_tabel: 'Tabel 2.1 Tujuan',
  sumber_baris: 344,
});
expectAt(345, 'Terciptanya kesiapsiagaan bencana dan rasa aman');
tree.push({
  kode: 'T2',
  tingkat: 'tujuan',
  induk: '',
  nama: cells(345)[0]!,
  sumber_tabel: 'Tabel 2.1 Tujuan',
  sumber_baris: 345,
});
expectAt(457, 'Meningkatnya Kualitas dan Jangkauan Pelayanan Sosial');
tree.push({
  kode: 'T3',
  tingkat: 'tujuan',
  induk: '',
  nama: cells(457)[0]!,
  sumber_tabel: 'Tabel 3.3',
  sumber_baris: 457,
});
expectAt(357, 'Meningkatnya pemberdayaan perempuan');
tree.push({
  kode: 'S1',
  tingkat: 'sasaran',
  induk: 'T1',
  nama: cells(357)[1]!,
  sumber_tabel: 'Tabel 2.1',
  sumber_baris: 357,
});
expectAt(358, 'Meningkatnya kesejahteraan PPKS');
tree.push({
  kode: 'S2',
  tingkat: 'sasaran',
  induk: 'T2',
  nama: cells(358)[1]!,
  sumber_tabel: 'Tabel 2.1',
  sumber_baris: 358,
});
expectAt(461, 'Meningkatnya Kesejahteraan PPKS (Pemerlu Pelayanan Kesejahteraan Sosial)');
tree.push({
  kode: 'S3',
  tingkat: 'sasaran',
  induk: '',
  nama: cells(461)[0]!,
  sumber_tabel: 'Tabel 3.3',
  sumber_baris: 461,
});
expectAt(462, 'Meningkatnya jumlah dan peran PSKS');
tree.push({
  kode: 'S4',
  tingkat: 'sasaran',
  induk: '',
  nama: cells(462)[0]!,
  sumber_tabel: 'Tabel 3.3',
  sumber_baris: 462,
});
for (const p of PROGRAMMES) {
  const c = cells(p.pk);
  if (!c[1]!.startsWith('Program')) throw new Error(`PK line ${p.pk}`);
  tree.push({
    kode: p.kode,
    tingkat: 'program',
    induk: p.sasaran,
    nama: c[1]!,
    sumber_tabel: 'Tabel 2.1',
    sumber_baris: p.pk,
  });
}
write('pohon-kinerja.csv', ['kode', 'tingkat', 'induk', 'nama', 'kode_anggaran', 'sumber_tabel', 'sumber_baris'], tree);

// ---------------------------------------------------------------------------------------------------------------
// indikator.csv
// ---------------------------------------------------------------------------------------------------------------
const POS_FORMULA = 'Dihitung dengan rumus positif (Realisasi/Target x 100%) di Tabel 3.1';
const indicators: Row[] = [
  {
    kode: 'T1.I1',
    induk: 'T1',
    nama: cells(344)[1]!,
    satuan: cells(344)[2]!,
    jenis_nilai: 'angka',
    polaritas: 'positif',
    catatan_polaritas:
      "Bab 2.1: 'Semakin kecil jarak angka IPG dengan nilai 100, maka semakin setara pembangunan antara perempuan dengan laki-laki' (nilai di bawah 100: makin tinggi makin baik)",
    sumber_tabel: 'Tabel 2.1 Tujuan',
    sumber_baris: 344,
  },
  // Indeks Rasa Aman is a 0-100 index whose target is printed as a predicate band. The document prints no order of
  // predicates (only "Aman"), so no ordinal scale can be declared; the indicator is `angka` and the predicate
  // targets are kept as printed with `cacat_cetak: target`.
  {
    kode: 'T2.I1',
    induk: 'T2',
    nama: cells(345)[1]!,
    satuan: cells(345)[2]!,
    jenis_nilai: 'angka',
    polaritas: 'positif',
    catatan_polaritas:
      'Indeks rasa aman (skor indeks): makin tinggi makin aman. Target dicetak sebagai predikat "Aman (50,01 -75,00)"; urutan predikat lain tidak tercetak, sehingga dicatat sebagai angka dan target predikat ditandai cacat_cetak.',
    sumber_tabel: 'Tabel 2.1 Tujuan',
    sumber_baris: 345,
  },
  {
    kode: 'T3.I1',
    induk: 'T3',
    nama: cells(457)[1]!,
    satuan: '%',
    jenis_nilai: 'persen',
    polaritas: 'positif',
    catatan_polaritas: 'Persentase PPKS mandiri: makin tinggi makin baik; Tabel 3.3 menghitung Realisasi/Target',
    sumber_tabel: 'Tabel 3.3',
    sumber_baris: 457,
  },
  {
    kode: 'S1.I1',
    induk: 'S1',
    nama: cells(357)[2]!,
    satuan: '',
    jenis_nilai: 'angka',
    polaritas: 'positif',
    catatan_polaritas: `Sasaran 'Meningkatnya pemberdayaan perempuan': makin tinggi makin baik. ${POS_FORMULA}`,
    sumber_tabel: 'Tabel 2.1',
    sumber_baris: 357,
  },
  {
    kode: 'S2.I1',
    induk: 'S2',
    nama: cells(358)[2]!,
    satuan: '%',
    jenis_nilai: 'persen',
    polaritas: 'positif',
    catatan_polaritas: `Persentase PPKS yang meningkat kemampuannya: makin tinggi makin baik. ${POS_FORMULA}`,
    sumber_tabel: 'Tabel 2.1',
    sumber_baris: 358,
  },
  {
    kode: 'S3.I1',
    induk: 'S3',
    nama: cells(461)[1]!,
    satuan: '%',
    jenis_nilai: 'persen',
    polaritas: 'positif',
    catatan_polaritas:
      'Persentase PPKS yang terpenuhi kebutuhan dasarnya: makin tinggi makin baik; Tabel 3.3 menghitung Realisasi/Target',
    sumber_tabel: 'Tabel 3.3',
    sumber_baris: 461,
  },
  {
    kode: 'S4.I1',
    induk: 'S4',
    nama: cells(462)[1]!,
    satuan: '%',
    jenis_nilai: 'persen',
    polaritas: 'positif',
    catatan_polaritas:
      'Sasaran "Meningkatnya jumlah dan peran PSKS": makin tinggi makin baik; Tabel 3.3 menghitung Realisasi/Target',
    sumber_tabel: 'Tabel 3.3',
    sumber_baris: 462,
  },
];
for (const p of PROGRAMMES) {
  const c = cells(p.t31);
  const nama = c[2]!;
  const sasaranProgram = c[1]!;
  if (p.kode === 'P02') {
    expectAt(p.t31, 'Menurunnya kekerasan terhadap perempuan');
    indicators.push({
      kode: `${p.kode}.I1`,
      induk: p.kode,
      nama,
      satuan: 'per 100.000 penduduk perempuan',
      jenis_nilai: 'laju',
      polaritas: 'negatif',
      catatan_polaritas:
        "Sasaran program Tabel 3.1: 'Menurunnya kekerasan terhadap perempuan' (makin rendah makin baik). Dokumen tetap menghitung sebagai positif: 0,54/5,72 = 9,4% dan menggolongkannya 'dibawah target' (teks baris 432)",
      sumber_tabel: 'Tabel 3.1',
      sumber_baris: p.t31,
    });
  } else {
    indicators.push({
      kode: `${p.kode}.I1`,
      induk: p.kode,
      nama,
      satuan: '%',
      jenis_nilai: 'persen',
      polaritas: 'positif',
      catatan_polaritas: `Sasaran program '${sasaranProgram}': makin tinggi makin baik. ${POS_FORMULA}`,
      sumber_tabel: 'Tabel 3.1',
      sumber_baris: p.t31,
    });
  }
}
write(
  'indikator.csv',
  [
    'kode',
    'induk',
    'nama',
    'satuan',
    'jenis_nilai',
    'polaritas',
    'urutan',
    'catatan_polaritas',
    'iku',
    'sumber_tabel',
    'sumber_baris',
  ],
  indicators,
);

// ---------------------------------------------------------------------------------------------------------------
// nilai.csv
// ---------------------------------------------------------------------------------------------------------------
const values: Row[] = [];
function pushValue(v: Row): void {
  const cols: string[] = [];
  // Indeks Rasa Aman: the target is a predicate with its band (`Aman (50,01 -75,00)`), not a number; see T2.I1.
  if (v.indikator === 'T2.I1' && String(v.target).startsWith('Aman')) cols.unshift('target');
  const cacat = cols.join(';');
  if (cacat) v.cacat_cetak = cacat;
  values.push(v);
}

// Tabel 2.1 Tujuan (Bab 2.1): tujuan targets 2024.
pushValue({
  indikator: 'T1.I1',
  tahun: 2024,
  periode: 'tahunan',
  peran: 'renstra',
  target: cells(344)[3]!,
  realisasi: '',
  catatan: `Target tujuan 2024 (Bab II, tabel tujuan). Sumber Data: ${cells(344)[4]}`,
  sumber_tabel: 'Tabel 2.1 Tujuan',
  sumber_baris: 344,
});
pushValue({
  indikator: 'T2.I1',
  tahun: 2024,
  periode: 'tahunan',
  peran: 'renstra',
  target: cells(345)[3]!,
  realisasi: '',
  catatan: `Target tujuan 2024 (Bab II, tabel tujuan). Sumber Data: ${cells(345)[4]}`,
  sumber_tabel: 'Tabel 2.1 Tujuan',
  sumber_baris: 345,
});

// Tabel 2.1 (PK, Bab II) and Lampiran PK: sasaran targets. Tabel 2.1 prints them in en format.
expectAt(357, '59.75');
pushValue({
  indikator: 'S1.I1',
  tahun: 2024,
  periode: 'tahunan',
  peran: 'pk',
  target: cells(357)[3]!,
  realisasi: '',
  catatan: 'Tercetak dengan titik desimal (format en); Lampiran PK mencetak 59,75',
  format_angka: 'target:en',
  sumber_tabel: 'Tabel 2.1',
  sumber_baris: 357,
});
pushValue({
  indikator: 'S2.I1',
  tahun: 2024,
  periode: 'tahunan',
  peran: 'pk',
  target: cells(358)[3]!,
  realisasi: '',
  catatan: 'Tercetak dengan titik desimal (format en); Lampiran PK mencetak 84,74%',
  format_angka: 'target:en',
  sumber_tabel: 'Tabel 2.1',
  sumber_baris: 358,
});
expectAt(961, 'Indeks Pemberdayaan Gender');
pushValue({
  indikator: 'S1.I1',
  tahun: 2024,
  periode: 'tahunan',
  peran: 'pk',
  target: cells(961)[3]!,
  realisasi: '',
  sumber_tabel: 'Lampiran PK',
  sumber_baris: 961,
});
pushValue({
  indikator: 'S2.I1',
  tahun: 2024,
  periode: 'tahunan',
  peran: 'pk',
  target: cells(962)[3]!,
  realisasi: '',
  sumber_tabel: 'Lampiran PK',
  sumber_baris: 962,
});

// Tabel 3.1: target 2024, realisasi and capaian of TW I.
const T31_TS = [
  { ind: 'T1.I1', n: 401 },
  { ind: 'T2.I1', n: 402 },
  { ind: 'S1.I1', n: 404 },
  { ind: 'S2.I1', n: 405 },
];
function t31Note(c: string[], extraFormula = ''): string {
  const parts = [`Sasaran kinerja: ${c[1]}`, `Formulasi: ${plain(c[3]! + (extraFormula ? ' ' + extraFormula : ''))}`];
  if ((c[7] ?? '').trim() !== '') parts.push(`Keterangan: ${delatex(c[7]!)}`);
  return parts.join(' | ');
}
for (const { ind, n } of T31_TS) {
  const c = cells(n);
  pushValue({
    indikator: ind,
    tahun: 2024,
    periode: 'tw1',
    peran: 'capaian',
    target: c[4]!,
    realisasi: c[5]!,
    capaian_tercetak: c[6]!,
    catatan: t31Note(c),
    sumber_tabel: 'Tabel 3.1',
    sumber_baris: n,
  });
}
for (const p of PROGRAMMES) {
  const c = cells(p.t31);
  let extra = '';
  if (p.kode === 'P10') {
    expectAt(423, 'dibagi 100%');
    extra = cells(423)[3]!;
  }
  pushValue({
    indikator: `${p.kode}.I1`,
    tahun: 2024,
    periode: 'tw1',
    peran: 'capaian',
    target: c[4]!,
    realisasi: c[5]!,
    capaian_tercetak: c[6]!,
    catatan: t31Note(c, extra),
    sumber_tabel: 'Tabel 3.1',
    sumber_baris: p.t31,
  });
}

// Tabel 3.3: series 2018–2024 (2024 = Triwulan I).
const T33 = [
  { ind: 'T1.I1', n: 456 },
  { ind: 'T3.I1', n: 457 },
  { ind: 'T2.I1', n: 458 },
  { ind: 'S1.I1', n: 460 },
  { ind: 'S3.I1', n: 461 },
  { ind: 'S4.I1', n: 462 },
  { ind: 'S2.I1', n: 463 },
];
expectAt(454, '2018\t2019\t2020\t2021\t2022\t2023\t2024');
for (const { ind, n } of T33) {
  const c = cells(n);
  if (c.length !== 23) throw new Error(`Tabel 3.3 line ${n}: ${c.length} cells`);
  for (let i = 0; i < 7; i++) {
    const tahun = 2018 + i;
    pushValue({
      indikator: ind,
      tahun,
      periode: tahun === 2024 ? 'tw1' : 'tahunan',
      peran: 'capaian',
      target: c[2 + i]!,
      realisasi: c[9 + i]!,
      capaian_tercetak: c[16 + i]!,
      catatan: tahun === 2024 ? 'Kolom 2024 memuat realisasi Triwulan I' : '',
      sumber_tabel: 'Tabel 3.3',
      sumber_baris: n,
    });
  }
}

// Tabel 3.4: realisasi TW I 2024 against the end-of-Renstra (2024-2026) target.
for (const { ind, n } of [
  { ind: 'T1.I1', n: 478 },
  { ind: 'T2.I1', n: 479 },
  { ind: 'S1.I1', n: 481 },
  { ind: 'S2.I1', n: 482 },
]) {
  const c = cells(n);
  pushValue({
    indikator: ind,
    tahun: 2024,
    periode: 'tw1',
    peran: 'renstra-akhir',
    target: c[3]!,
    realisasi: c[4]!,
    capaian_tercetak: c[5]!,
    catatan: 'Target = target periode akhir Renstra 2024-2026; realisasi = Triwulan I Tahun 2024',
    sumber_tabel: 'Tabel 3.4',
    sumber_baris: n,
  });
}

// Tabel 3.5: column "Kabupaten Lumajang" (benchmarks go to pembanding.csv).
const T35 = [
  { ind: 'T1.I1', n: 494 },
  { ind: 'T2.I1', n: 495 },
  { ind: 'S1.I1', n: 497 },
  { ind: 'S2.I1', n: 498 },
];
for (const { ind, n } of T35) {
  pushValue({
    indikator: ind,
    tahun: 2024,
    periode: 'tw1',
    peran: 'capaian',
    target: '',
    realisasi: cells(n)[2]!,
    catatan: 'Kolom "Kabupaten Lumajang" tabel perbandingan',
    sumber_tabel: 'Tabel 3.5',
    sumber_baris: n,
  });
}

// Tabel 3.6 and 3.7: printed capaian beside the narratives.
const T36 = [
  { ind: 'T1.I1', n: 508 },
  { ind: 'T2.I1', n: 512 },
  { ind: 'S1.I1', n: 514 },
  { ind: 'S2.I1', n: 515 },
  ...PROGRAMMES.map((p) => ({ ind: `${p.kode}.I1`, n: p.t36 })),
];
const T37 = [
  { ind: 'T1.I1', n: 544 },
  { ind: 'T2.I1', n: 545 },
  { ind: 'S1.I1', n: 547 },
  { ind: 'S2.I1', n: 548 },
  ...PROGRAMMES.map((p) => ({ ind: `${p.kode}.I1`, n: p.t37 })),
];
for (const [table, rows] of [
  ['Tabel 3.6', T36],
  ['Tabel 3.7', T37],
] as const) {
  for (const { ind, n } of rows) {
    pushValue({
      indikator: ind,
      tahun: 2024,
      periode: 'tw1',
      peran: 'capaian',
      target: '',
      realisasi: '',
      capaian_tercetak: cells(n)[2]!,
      sumber_tabel: table,
      sumber_baris: n,
    });
  }
}

// Tabel 3.8: the "Kinerja" half (target, realisasi TW I, capaian); the budget half goes to efisiensi.csv.
const T38 = [
  { ind: 'T1.I1', n: 576 },
  { ind: 'T2.I1', n: 577 },
  { ind: 'S1.I1', n: 579 },
  { ind: 'S2.I1', n: 580 },
  ...PROGRAMMES.map((p) => ({ ind: `${p.kode}.I1`, n: p.t38 })),
];
for (const { ind, n } of T38) {
  const c = cells(n);
  if (c.length !== 11) throw new Error(`Tabel 3.8 line ${n}: ${c.length} cells`);
  pushValue({
    indikator: ind,
    tahun: 2024,
    periode: 'tw1',
    peran: 'capaian',
    target: c[7]!,
    realisasi: c[8]!,
    capaian_tercetak: c[9]!,
    sumber_tabel: 'Tabel 3.8',
    sumber_baris: n,
  });
}
write(
  'nilai.csv',
  [
    'indikator',
    'tahun',
    'periode',
    'peran',
    'target',
    'realisasi',
    'capaian_tercetak',
    'predikat_tercetak',
    'catatan',
    'format_angka',
    'cacat_cetak',
    'sumber_tabel',
    'sumber_baris',
  ],
  values,
);

// ---------------------------------------------------------------------------------------------------------------
// anggaran.csv
// ---------------------------------------------------------------------------------------------------------------
const budget: Row[] = [];

// Tabel 2.1 (PK budgets, Bab II) and Lampiran PK.
for (const [table, prefix, totalLine, key] of [
  ['Tabel 2.1', 'PK', 374, 'pk'],
  ['Lampiran PK', 'LPK', 980, 'lpk'],
] as const) {
  const t = cells(totalLine);
  const jumlahIdx = t.findIndex((x) => x.trim() === 'JUMLAH');
  budget.push({
    id: `${prefix}.TOTAL`,
    induk: '',
    tingkat: 'total',
    nama: t[jumlahIdx]!,
    pagu: t[jumlahIdx + 1]!,
    peran: 'pk',
    sumber_tabel: table,
    sumber_baris: totalLine,
  });
  for (const p of PROGRAMMES) {
    const n = p[key];
    const c = cells(n);
    // Lampiran PK prints the list number inside the name cell (`1. PROGRAM …`); the number is dropped.
    const [nama, pagu, dana] =
      table === 'Tabel 2.1' ? [c[1]!, c[2]!, c[3]!] : [c[0]!.replace(/^\d+\.\s+/, ''), c[1]!, c[2]!];
    budget.push({
      id: `${prefix}.${p.kode}`,
      induk: `${prefix}.TOTAL`,
      tingkat: 'program',
      nama,
      pagu,
      sumber_dana: dana,
      peran: 'pk',
      sumber_tabel: table,
      sumber_baris: n,
    });
  }
}

// Tabel 3.10: BELANJA DAERAH, BELANJA OPERASI, programmes and their sub kegiatan (no codes, no kegiatan level printed).
// Realisasi and sisa are printed in en format, pagu and % in id format. The SISA column has no place in
// anggaran.csv; the full table (with sisa) is also published as tabel/capaian-anggaran.csv.
const realisasiTable: string[][] = [];
expectAt(636, 'BELANJA DAERAH');
expectAt(684, '3,355,000.00');
let currentProgramme = '';
let subIndex = 0;
for (let n = 636; n <= 736; n++) {
  const c = cells(n);
  if (c.length < 5 || c[0] === 'URAIAN' || c[0] === '1' || line(n).trim() === '') continue;
  if (n === 684) continue; // page-break repeat of line 680 (see header comment)
  const [nama, pagu, realisasi, persen] = [c[0]!, c[1]!, c[2]!, c[3]!];
  realisasiTable.push([c[0]!, c[1]!, c[2]!, c[3]!, c[4]!]);
  const fmt = /\d/.test(realisasi) ? 'realisasi:en' : '';
  const base = {
    nama,
    pagu,
    realisasi,
    persen_tercetak: persen,
    peran: 'realisasi',
    format_angka: fmt,
    sumber_tabel: 'Tabel 3.10',
    sumber_baris: n,
  };
  if (nama === 'BELANJA DAERAH') {
    budget.push({ id: 'R.BD', induk: '', tingkat: 'total', ...base });
  } else if (nama === 'BELANJA OPERASI') {
    budget.push({ id: 'R.BO', induk: '', tingkat: 'total', ...base });
  } else if (nama.startsWith('PROGRAM ')) {
    const p = PROGRAMMES.find((x) => x.realisasiName === nama);
    if (!p) throw new Error(`unknown programme at ${n}: ${nama}`);
    currentProgramme = `R.${p.kode}`;
    subIndex = 0;
    budget.push({ id: currentProgramme, induk: 'R.BO', tingkat: 'program', ...base });
  } else {
    subIndex++;
    budget.push({
      id: `${currentProgramme}.S${String(subIndex).padStart(2, '0')}`,
      induk: currentProgramme,
      tingkat: 'subkegiatan',
      ...base,
    });
  }
}
write(
  'anggaran.csv',
  [
    'id',
    'induk',
    'tingkat',
    'kode',
    'nama',
    'pagu',
    'realisasi',
    'persen_tercetak',
    'sumber_dana',
    'peran',
    'format_angka',
    'cacat_cetak',
    'sumber_tabel',
    'sumber_baris',
  ],
  budget,
);

// ---------------------------------------------------------------------------------------------------------------
// pembanding.csv (Tabel 3.5)
// ---------------------------------------------------------------------------------------------------------------
const benchmarks: Row[] = [];
expectAt(492, 'Kabupaten Lumajang\tNasional\tProvinsi\tKabupaten/Kota lainnya');
for (const { ind, n } of T35) {
  const c = cells(n);
  const push = (pembanding: string, nilai: string, catatan: string): void => {
    const row: Row = {
      indikator: ind,
      tahun: 2024,
      pembanding,
      nilai,
      catatan,
      sumber_tabel: 'Tabel 3.5',
      sumber_baris: n,
    };
    benchmarks.push(row);
  };
  push('Nasional', c[3]!, '');
  push('Provinsi Jawa Timur', c[4]!, 'Kolom "Provinsi"; provinsi Jawa Timur menurut teks Bab 3.4');
  const other = c[5]!;
  const region = /Kabupaten Jember/.exec(other);
  if (region) {
    const nilai = other.replace(' Kabupaten Jember', '');
    push('Kabupaten Jember', nilai, `Kolom "Kabupaten/Kota lainnya", tercetak: "${other}"`);
  } else {
    push('Kabupaten/Kota lainnya', other, 'Kolom "Kabupaten/Kota lainnya"; wilayah tidak disebut');
  }
}
write(
  'pembanding.csv',
  ['indikator', 'tahun', 'pembanding', 'nilai', 'catatan', 'cacat_cetak', 'sumber_tabel', 'sumber_baris'],
  benchmarks,
);

// ---------------------------------------------------------------------------------------------------------------
// efisiensi.csv (Tabel 3.8, programme rows: capaian kinerja − serapan anggaran)
// ---------------------------------------------------------------------------------------------------------------
const efficiency: Row[] = [];
for (const p of PROGRAMMES) {
  const c = cells(p.t38);
  efficiency.push({
    lingkup: p.kode,
    capaian_tercetak: c[9]!,
    pagu: c[3]!,
    realisasi: c[4]!,
    serapan_tercetak: c[5]!,
    efisiensi_tercetak: c[10]!,
    catatan: `Kolom 7 "Efisiensi Anggaran" (pagu − realisasi) tercetak: ${c[6]}`,
    sumber_tabel: 'Tabel 3.8',
    sumber_baris: p.t38,
  });
}
write(
  'efisiensi.csv',
  [
    'lingkup',
    'capaian_tercetak',
    'pagu',
    'realisasi',
    'serapan_tercetak',
    'efisiensi_tercetak',
    'catatan',
    'sumber_tabel',
    'sumber_baris',
  ],
  efficiency,
);

// ---------------------------------------------------------------------------------------------------------------
// ringkasan.csv
// ---------------------------------------------------------------------------------------------------------------
expectAt(436, 'rata-rata 59,71%');
expectAt(436, 'kategori “rendah”');
expectAt(630, 'Rp 30.316.880.763,-');
expectAt(630, 'Rp 1.158.498.355,-');
expectAt(820, 'Rp 30.316.880.763,00');
const summaries: Row[] = [
  {
    lingkup: 'laporan',
    jenis: 'rata-rata-capaian',
    nilai: '59,71%',
    predikat_tercetak: 'rendah',
    catatan: 'Rata-rata capaian 13 indikator program Triwulan I (Tabel 3.1); teks: kategori "rendah" menurut Tabel 3.2',
    sumber_tabel: 'Bab 3.1 (teks)',
    sumber_baris: 436,
  },
  {
    lingkup: 'laporan',
    jenis: 'total-pagu',
    nilai: 'Rp 30.316.880.763,-',
    catatan: 'Teks Bab 3.9: anggaran, realisasi 3,82%, sisa Rp29.158.382.408,-',
    sumber_tabel: 'Bab 3.9 (teks)',
    sumber_baris: 630,
  },
  {
    lingkup: 'laporan',
    jenis: 'total-realisasi',
    nilai: 'Rp 1.158.498.355,-',
    catatan: 'Teks Bab 3.9',
    sumber_tabel: 'Bab 3.9 (teks)',
    sumber_baris: 630,
  },
  {
    lingkup: 'laporan',
    jenis: 'total-pagu',
    nilai: 'Rp 30.316.880.763,00',
    catatan: 'Teks Bab 3.11: total pagu; anggaran penanggulangan kemiskinan Rp 25.919.164.223,00 (85,50% dari total)',
    sumber_tabel: 'Bab 3.11 (teks)',
    sumber_baris: 820,
  },
];
write(
  'ringkasan.csv',
  ['lingkup', 'jenis', 'nilai', 'predikat_tercetak', 'catatan', 'sumber_tabel', 'sumber_baris'],
  summaries,
);

// ---------------------------------------------------------------------------------------------------------------
// narasi.csv (Tabel 3.6 keberhasilan/kendala, Tabel 3.7 solusi, Tabel 3.9 programme support)
// ---------------------------------------------------------------------------------------------------------------
const narratives: Row[] = [];
const CONTINUATION: Record<number, number> = { 508: 511, 521: 524 };
for (const { ind, n } of T36) {
  const c = cells(n);
  const cont = CONTINUATION[n];
  const kendala = cont ? joined(c[4]!, cells(cont)[4]!) : plain(c[4]!);
  narratives.push({
    lingkup: ind,
    jenis: 'penyebab',
    teks: `Keberhasilan: ${plain(c[3]!)}`,
    sumber_tabel: 'Tabel 3.6',
    sumber_baris: n,
  });
  narratives.push({ lingkup: ind, jenis: 'kendala', teks: kendala, sumber_tabel: 'Tabel 3.6', sumber_baris: n });
}
for (const { ind, n } of T37) {
  narratives.push({
    lingkup: ind,
    jenis: 'solusi',
    teks: plain(cells(n)[3]!),
    sumber_tabel: 'Tabel 3.7',
    sumber_baris: n,
  });
}
expectAt(607, 'Sasaran 1 Meningkatnya Pemberdayaan Perempuan\tSasaran 2 Meningkatnya kesejahteraan PPKS');
const T39_CONT: Record<number, number> = { 614: 617, 621: 624 };
for (const p of PROGRAMMES) {
  const c = cells(p.t39);
  if (c[1] !== p.penunjangName) throw new Error(`Tabel 3.9 line ${p.t39}: ${c[1]}`);
  const cont = T39_CONT[p.t39];
  const rincian = cont ? joined(c[4]!, cells(cont)[4]!) : plain(c[4]!);
  narratives.push({
    lingkup: p.kode,
    jenis: 'program-penunjang',
    teks: `No. ${c[0]} ${c[1]}. Sasaran 1 (Meningkatnya Pemberdayaan Perempuan): ${c[2]}. Sasaran 2 (Meningkatnya kesejahteraan PPKS): ${c[3]}. Rincian Aktifitas: ${rincian}`,
    sumber_tabel: 'Tabel 3.9',
    sumber_baris: p.t39,
  });
}
write('narasi.csv', ['lingkup', 'jenis', 'teks', 'sumber_tabel', 'sumber_baris'], narratives);

// ---------------------------------------------------------------------------------------------------------------
// tabel/*.csv
// ---------------------------------------------------------------------------------------------------------------
function writeTable(file: string, header: string[], rows: string[][]): void {
  const path = join(OUT, 'tabel', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Papa.unparse({ fields: header, data: rows }, { newline: '\n' }) + '\n');
  console.log(`tabel/${file}: ${rows.length} rows`);
}

// Tabel 1.1 Data Kepegawaian (lines 200-233): group rows "a) …" and item rows "1) | name | : | L | P | T | unit".
{
  const rows: string[][] = [];
  expectAt(199, 'Uraian\t\t\tLaki-Laki\tPerempuan\tTotal\tSatuan');
  for (let n = 200; n <= 233; n++) {
    const c = cells(n);
    if (/^[a-e]\) /.test(c[0]!)) rows.push([c[0]!, '', '', '', '', '']);
    else rows.push([c[0]!, c[1]!, c[3]!, c[4]!, c[5]!, c[6]!]);
  }
  writeTable('kepegawaian.csv', ['No', 'Uraian', 'Laki-Laki', 'Perempuan', 'Total', 'Satuan'], rows);
}

// Tabel 1.2 Data Aset (lines 239-284); row 39 continues on line 280 after a repeated header.
{
  const rows: string[][] = [];
  expectAt(237, 'No.\tKode Bidang\tPembidangan Barang');
  for (let n = 239; n <= 284; n++) {
    if (n >= 278 && n <= 280) continue;
    const c = cells(n);
    if (n === 277) {
      expectAt(280, 'Buah');
      rows.push([c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, c[5]!, `${c[6]!.trim()} ${cells(280)[6]!.trim()}`]);
      continue;
    }
    rows.push(c.slice(0, 7).map((x) => x ?? ''));
  }
  writeTable(
    'aset.csv',
    [
      'No.',
      'Kode Bidang',
      'Pembidangan Barang',
      'Jumlah Aset Tetap',
      'Jumlah Aset Extra Kompatabel',
      'Total',
      'Satuan',
    ],
    rows,
  );
}

// Tabel 1.3 Pemetaan Permasalahan (lines 293-301).
{
  const rows: string[][] = [];
  expectAt(292, 'Masalah pokok\t\tMasalah\t\tAkar Masalah');
  for (let n = 293; n <= 301; n++) {
    const c = cells(n);
    rows.push([0, 1, 2, 3, 4, 5].map((i) => (c[i] ?? '').trim()));
  }
  writeTable(
    'pemetaan-permasalahan.csv',
    ['No. Masalah Pokok', 'Masalah Pokok', 'No. Masalah', 'Masalah', 'No. Akar Masalah', 'Akar Masalah'],
    rows,
  );
}

// Tabel 3.10 in full, with the SISA ANGGARAN column.
writeTable('capaian-anggaran.csv', ['URAIAN', 'ANGGARAN', 'REALISASI', '%', 'SISA ANGGARAN'], realisasiTable);

// Tabel 3.11 Capaian Bisma Kuat (lines 752-762); row 1 remark continues on line 756.
{
  const rows: string[][] = [];
  expectAt(751, 'KIP\tAlasan Lain\tLulus');
  for (const n of [752, 757, 758, 759, 760, 761, 762]) {
    const c = cells(n);
    const ket = n === 752 ? joined(c[7]!, cells(756)[7]!) : (c[7] ?? '').trim();
    rows.push([c[0]!, c[1]!, c[2]!, c[3] ?? '', c[4] ?? '', c[5] ?? '', c[6] ?? '', ket]);
  }
  writeTable(
    'bisma-kuat.csv',
    [
      'No',
      'Uraian',
      'Jumlah Mahasiswa',
      'Mengundurkan Diri - KIP',
      'Mengundurkan Diri - Alasan Lain',
      'Lulus',
      'Jumlah',
      'Ket',
    ],
    rows,
  );
}

// Tabel 3.12 Rekapitulasi Program Penanggulangan Kemiskinan (lines 825-867), amounts as printed (en format).
{
  const rows: string[][] = [];
  expectAt(824, 'No\tProgram/ Kegiatan/ Sub Kegiatan\tKebutuhan Dana');
  for (let n = 825; n <= 867; n++) {
    if (line(n).trim() === '') continue;
    const c = cells(n);
    rows.push([c[0]!, c[1]!, c[2]!]);
  }
  writeTable('penanggulangan-kemiskinan.csv', ['No', 'Program/ Kegiatan/ Sub Kegiatan', 'Kebutuhan Dana'], rows);
}
