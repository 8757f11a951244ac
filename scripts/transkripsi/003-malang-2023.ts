/**
 * Transkripsi LKjIP 2023 Dinsos P3AP2KB Kota Malang (seed 003_bfa17edb1ff82b6c.txt)
 * → content/laporan/dinsos-p3ap2kb-kota-malang/2023-lkjip/*.csv (+ tabel/*.csv).
 *
 * Jalankan dari akar repo: npx node scripts/transkripsi/003-malang-2023.ts
 *
 * Every row is read from the seed text by line number (the script asserts that each line still contains the
 * expected text, so a changed seed fails loudly). Cells keep the printed text; only PDF-extraction artefacts are
 * joined or removed. What is decided by hand (not derivable mechanically), and where:
 * - Which tree node / indicator kode a printed row belongs to: the line → kode maps below (Tabel 2.1, 2.3, 3.1,
 *   3.2, 3.3, 3.6, 3.7, Lampiran 1, PK lampiran). Tabel 3.7/3.8 programme order is mapped by hand (PROGRAMS_38).
 * - Shifted rows (a cell lost at a page break): Tabel 2.4.1 line 481 (sasaran cell missing), Lampiran 1 line 1459
 *   (tujuan printed in the sasaran column; only 5 figures printed: kondisi awal..2022), Tabel 3.8 lines 1007–1008
 *   (one extra leading empty cell).
 * - Continuation lines joined to the row above: Tabel 3.7 line 915; Tabel 3.8 lines 952 (RTL) and 1000 (name);
 *   budget table lines 1116, 1222, 1284, 1301 (names).
 * - Budget table: which lines are kegiatan (KEGIATAN_LINES); all other non-programme lines are sub kegiatan. The
 *   choice was checked against the printed sums (see checkBudget output) and the national nomenclature.
 * - `<i>Stakeholders</i>` (line 1269): HTML tags removed (extraction artefact). Markdown `**`/`*` emphasis removed
 *   from narrative text.
 * - format_angka overrides: a figure cell whose only separator is `.` (e.g. `6.80`, `0.133`, `99.52%`) or whose
 *   last separator is `.` (`4,276,922,691.00`) is declared `en` per cell; the report default is `id`. This rule
 *   is applied to indicator values, benchmarks and Tabel 3.6 only — never to Rupiah cells of the budget tables,
 *   where `12.994.608.381` is `id` grouping.
 * - cacat_cetak: `.722.543.361,00` (line 1131), every `NN.NNN.NNN.NNN.00` in the original PK lampiran (lines
 *   1533–1547), `94.` in Tabel 3.7 (line 922).
 * - Text-only values (Lampiran 3 summaries, Bab III.A.7 predicates, SAKIP Berita Acara) are typed here as they
 *   appear on the cited line; `expectIn` asserts the line contains them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED_FILE = '003_bfa17edb1ff82b6c.txt';
const SEED = join(ROOT, 'content', 'dokumen', SEED_FILE);
const OUT = join(ROOT, 'content', 'laporan', 'dinsos-p3ap2kb-kota-malang', '2023-lkjip');

const lines = readFileSync(SEED, 'utf8').split('\n');

type Cell = string | number | undefined;
type Row = Record<string, Cell>;

// ---- reading the seed ------------------------------------------------------------------------------------------

function clean(s: string): string {
  return s
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function L(n: number, expect?: string): string {
  const s = lines[n - 1];
  if (s === undefined) throw new Error(`line ${n} does not exist`);
  if (expect !== undefined && !s.includes(expect)) {
    throw new Error(`line ${n}: expected "${expect}", found "${s.slice(0, 120)}"`);
  }
  return s;
}

function C(n: number, expect?: string): string[] {
  return L(n, expect).split('\t').map(clean);
}

function cell(cells: string[], i: number, n: number): string {
  const v = cells[i];
  if (v === undefined) throw new Error(`line ${n}: no cell ${i} (${cells.length} cells)`);
  return v;
}

function expectIn(n: number, ...texts: string[]): void {
  for (const t of texts) L(n, t);
}

/**
 * Narrative text of one or more lines: a paragraph split by a page break is joined with a space; list items
 * (lines printed with a bullet or a numbering such as `a.` / `1)`) start a new line.
 */
function prose(...ns: number[]): string {
  let out = '';
  for (const n of ns) {
    const raw = L(n);
    const text = clean(raw)
      .replace(/^[-▪•]\s+/, '')
      .replace(/\*([^*]+)\*/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (text === '') continue;
    const item = /^\s*([-▪•]|\d+\)|[a-z]\.)\s/.test(raw);
    out = out === '' ? text : `${out}${item ? '\n' : ' '}${text}`;
  }
  return out;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

// ---- number-format overrides ------------------------------------------------------------------------------------

/** A figure cell written in `en` style in this `id` document. */
function isEn(v: string): boolean {
  const ratio = /:\s*(\S+)\s*$/.exec(v);
  const s = (ratio ? (ratio[1] ?? '') : v).replace(/\s/g, '').replace(/%$/, '');
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot < 0) return false;
  return dot > comma;
}

function formatFor(row: Row, cols: readonly string[]): string | undefined {
  const withSep = cols.filter((c) => typeof row[c] === 'string' && /[.,]/.test(String(row[c])));
  const en = withSep.filter((c) => isEn(String(row[c])));
  if (en.length === 0) return undefined;
  if (en.length === withSep.length) return 'en';
  return en.map((c) => `${c}:en`).join(';');
}

// ---- output -----------------------------------------------------------------------------------------------------

function write(file: string, header: readonly string[], rows: Row[]): void {
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!header.includes(k)) throw new Error(`${file}: unknown column ${k}`);
    }
  }
  const data = rows.map((r) => header.map((h) => (r[h] === undefined ? '' : String(r[h]))));
  const csv = Papa.unparse({ fields: [...header], data }, { newline: '\n' });
  const path = join(OUT, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${csv}\n`);
  console.log(`${file}: ${rows.length} rows`);
}

// ---- tree -------------------------------------------------------------------------------------------------------

const tree: Row[] = [];
const T23 = 'Tabel 2.3';

function node(kode: string, tingkat: string, induk: string, nama: string, tabel: string, baris: number): void {
  if (tree.some((t) => t.kode === kode)) throw new Error(`duplicate node ${kode}`);
  tree.push({ kode, tingkat, induk, nama, sumber_tabel: tabel, sumber_baris: baris });
}

// Tujuan and sasaran: Tabel 2.3 (IKU) prints them cleanly; Tabel 2.1 splits T1/S1 across a page break.
node('T1', 'tujuan', '', cell(C(439, 'Meningkatnya kualitas perlindungan sosial'), 1, 439), T23, 439);
node('S1', 'sasaran', 'T1', cell(C(440, 'Meningkatnya aksesibilitas'), 1, 440), T23, 440);
node('T2', 'tujuan', '', cell(C(443, 'Terwujudnya kesetaraan gender'), 1, 443), T23, 443);
node('S2', 'sasaran', 'T2', cell(C(444, 'Meningkatnya Pemberdayaan Perempuan'), 1, 444), T23, 444);
node('T3', 'tujuan', '', cell(C(446, 'Terwujudnya penduduk tumbuh seimbang'), 1, 446), T23, 446);
node('S3', 'sasaran', 'T3', cell(C(451, 'Meningkatnya pengendalian penduduk'), 1, 451), T23, 451);
// S4 is listed under Tujuan 3 in Tabel 2.1 (line 365), Tabel 2.3 and Tabel 2.4.3.
node('S4', 'sasaran', 'T3', cell(C(452, 'Meningkatnya kinerja pelayanan'), 1, 452), T23, 452);

// Programmes: Tabel 3.7 (sasaran → programme → programme indicator).
const T37 = 'Tabel 3.7';
const PROGRAMS_37: [string, string, number][] = [
  ['S1.P1', 'S1', 908],
  ['S1.P2', 'S1', 909],
  ['S1.P3', 'S1', 910],
  ['S1.P4', 'S1', 911],
  ['S1.P5', 'S1', 916],
  ['S2.P1', 'S2', 917],
  ['S2.P2', 'S2', 918],
  ['S2.P3', 'S2', 922],
  ['S2.P4', 'S2', 923],
  ['S2.P5', 'S2', 924],
  ['S3.P1', 'S3', 925],
  ['S3.P2', 'S3', 926],
  ['S3.P3', 'S3', 930],
  ['S4.P1', 'S4', 932],
];
for (const [kode, induk, n] of PROGRAMS_37) {
  node(kode, 'program', induk, cell(C(n, 'Program'), 3, n), T37, n);
}

// ---- indicators -------------------------------------------------------------------------------------------------

const indicators: Row[] = [];

function ind(r: {
  kode: string;
  induk: string;
  nama: string;
  satuan: string;
  jenis: string;
  polaritas: 'positif' | 'negatif';
  catatan: string;
  iku?: boolean;
  urutan?: string;
  tabel: string;
  baris: number;
}): void {
  if (indicators.some((i) => i.kode === r.kode)) throw new Error(`duplicate indicator ${r.kode}`);
  if (!tree.some((t) => t.kode === r.induk)) throw new Error(`indicator ${r.kode}: no node ${r.induk}`);
  indicators.push({
    kode: r.kode,
    induk: r.induk,
    nama: r.nama,
    satuan: r.satuan,
    jenis_nilai: r.jenis,
    polaritas: r.polaritas,
    urutan: r.urutan,
    catatan_polaritas: r.catatan,
    iku: r.iku ? 'ya' : '',
    sumber_tabel: r.tabel,
    sumber_baris: r.baris,
  });
}

const HIGHER = 'Makin tinggi makin baik';
// IKU (Tabel 2.3), names as printed there.
const IKU: [string, string, number, string, string, 'positif' | 'negatif', string][] = [
  [
    'T1.I1',
    'T1',
    439,
    '%',
    'persen',
    'positif',
    `Persentase penurunan jumlah PMKS: ${HIGHER.toLowerCase()}; Bab IV (baris 1367–1369): capaian 274,98% "sudah melebihi target"`,
  ],
  [
    'S1.I1',
    'S1',
    441,
    '%',
    'persen',
    'positif',
    `Persentase PMKS binaan yang terentaskan/mandiri: ${HIGHER.toLowerCase()}; Bab III (baris 828): realisasi 5,56% dari target 15,37% "tidak tercapai"`,
  ],
  [
    'S1.I2',
    'S1',
    440,
    '%',
    'persen',
    'positif',
    `Persentase PMKS yang ditangani/dibina: ${HIGHER.toLowerCase()}; Bab III (baris 832): 37,23% dari target 79,94% "tidak tercapai"`,
  ],
  [
    'S1.I3',
    'S1',
    442,
    '%',
    'persen',
    'positif',
    `Persentase penerima jaminan sosial: ${HIGHER.toLowerCase()}; Bab III (baris 833): 94,98% dari target 66,61% "ketercapaian yang tinggi"`,
  ],
  [
    'T2.I1',
    'T2',
    443,
    '',
    'angka',
    'positif',
    'Indeks Pembangunan Gender: makin tinggi makin setara; Bab III (baris 707): kenaikan disebut "tren positif"',
  ],
  [
    'S2.I1',
    'S2',
    445,
    '',
    'angka',
    'positif',
    'Indeks Pemberdayaan Gender: makin tinggi makin baik; Bab III (baris 713): penurunan 2020–2022 disebut kemunduran',
  ],
  [
    'S2.I2',
    'S2',
    444,
    '',
    'rasio',
    'positif',
    'Rasio 1 : N (N = penduduk per satu kasus KDRT): N makin besar makin baik; Bab III (baris 715): kenaikan ke 1 : 36317 disebut "keberhasilan"',
  ],
  [
    'T3.I1',
    'T3',
    446,
    '%',
    'persen',
    'negatif',
    'Teks Bab III (baris 610): "indikator laju pertumbuhan penduduk ini merupakan indikator negatif jadi semakin kecil nilainya maka akan semakin baik kinerjanya" (juga baris 721, 779, 849, 1094, 1395); namun capaian dicetak sebagai R/T (0,12 / 0,63 = 19,05%)',
  ],
  [
    'S3.I1',
    'S3',
    451,
    '',
    'angka',
    'negatif',
    'Teks Bab III (baris 725): "indikator ini juga merupakan indikator negatif dimana nilai yang semakin kecil maka akan semakin baik kinerjanya" (juga baris 781, 851, 1401); namun capaian dicetak sebagai R/T (1,79 / 1,7 = 105,29%)',
  ],
  [
    'S4.I1',
    'S4',
    452,
    '',
    'angka',
    'positif',
    'Nilai evaluasi SAKIP: makin tinggi makin baik; Bab III (baris 852): 85,85 dari target 80,80 "berhasil terlampaui"',
  ],
];
for (const [kode, induk, n, satuan, jenis, polaritas, catatan] of IKU) {
  ind({ kode, induk, nama: cell(C(n), 2, n), satuan, jenis, polaritas, catatan, iku: true, tabel: T23, baris: n });
}

// Programme indicators (Tabel 3.7). Units from Tabel 3.8's unit column (all printed "%").
const PROG_IND_37: [string, string, number][] = [
  ['S1.P1.I1', 'S1.P1', 908],
  ['S1.P2.I1', 'S1.P2', 909],
  ['S1.P3.I1', 'S1.P3', 910],
  ['S1.P4.I1', 'S1.P4', 911],
  ['S1.P5.I1', 'S1.P5', 916],
  ['S2.P1.I1', 'S2.P1', 917],
  ['S2.P2.I1', 'S2.P2', 918],
  ['S2.P3.I1', 'S2.P3', 922],
  ['S2.P4.I1', 'S2.P4', 923],
  ['S2.P5.I1', 'S2.P5', 924],
  ['S3.P1.I1', 'S3.P1', 925],
  ['S3.P2.I1', 'S3.P2', 926],
  ['S3.P3.I1', 'S3.P3', 930],
  ['S3.P3.I2', 'S3.P3', 931],
  ['S4.P1.I1', 'S4.P1', 932],
];
function progIndName(n: number): string {
  let name = cell(C(n), 4, n);
  if (n === 911) name = `${name} ${cell(C(915, 'Dasarnya Serta'), 4, 915)}`; // split over a page break
  return name;
}
for (const [kode, induk, n] of PROG_IND_37) {
  const tfr = kode === 'S3.P1.I1';
  ind({
    kode,
    induk,
    nama: progIndName(n),
    satuan: '%',
    jenis: tfr ? 'angka' : 'persen',
    polaritas: tfr ? 'negatif' : 'positif',
    catatan: tfr
      ? 'Sama dengan indikator sasaran TFR per WUS: teks Bab III (baris 725) menyebutnya "indikator negatif"; capaian dicetak R/T'
      : `${HIGHER}: persentase layanan/sasaran program yang terpenuhi`,
    tabel: T37,
    baris: n,
  });
}

// A Renstra indicator printed only in Lampiran 1 (targets 2018–2020, "-" afterwards): attached to sasaran S2.
const LAMP1 = 'Lampiran 1 Tabel 2.1';
ind({
  kode: 'S2.I3',
  induk: 'S2',
  nama: cell(C(1456, 'perempuan dan anak korban kekerasan'), 2, 1456),
  satuan: '%',
  jenis: 'persen',
  polaritas: 'positif',
  catatan: `${HIGHER}: persentase korban yang mendapat penanganan (indikator Renstra 2019–2020, dipecah menjadi perempuan / anak mulai 2021)`,
  tabel: LAMP1,
  baris: 1456,
});

// ---- values -----------------------------------------------------------------------------------------------------

const nilai: Row[] = [];
const FIG = ['target', 'realisasi', 'capaian_tercetak'] as const;

function val(r: {
  indikator: string;
  tahun: number;
  peran: string;
  target?: string;
  realisasi?: string;
  capaian_tercetak?: string;
  predikat_tercetak?: string;
  catatan?: string;
  cacat_cetak?: string;
  tabel: string;
  baris: number;
}): void {
  if (!indicators.some((i) => i.kode === r.indikator)) throw new Error(`value: no indicator ${r.indikator}`);
  const dup = nilai.find(
    (v) => v.indikator === r.indikator && v.tahun === r.tahun && v.peran === r.peran && v.sumber_tabel === r.tabel,
  );
  if (dup) throw new Error(`duplicate value ${r.indikator} ${r.tahun} ${r.peran} ${r.tabel}`);
  const row: Row = {
    indikator: r.indikator,
    tahun: r.tahun,
    peran: r.peran,
    target: r.target,
    realisasi: r.realisasi,
    capaian_tercetak: r.capaian_tercetak,
    predikat_tercetak: r.predikat_tercetak,
    catatan: r.catatan,
    cacat_cetak: r.cacat_cetak,
    sumber_tabel: r.tabel,
    sumber_baris: r.baris,
  };
  for (const c of FIG) if (row[c] === '') row[c] = undefined;
  const fmtCols = FIG.filter((c) => !(r.cacat_cetak ?? '').split(';').includes(c));
  row.format_angka = formatFor(row, fmtCols);
  nilai.push(row);
}

// Tabel 2.1 (Bab II): Renstra matrix, kondisi awal 2018 + targets 2019–2023.
const T21: [number, string][] = [
  [352, 'T1.I1'],
  [357, 'S1.I1'],
  [358, 'S1.I2'],
  [359, 'S1.I3'],
  [360, 'T2.I1'],
  [361, 'S2.I1'],
  [362, 'S2.I2'],
  [363, 'T3.I1'],
  [364, 'S3.I1'],
  [365, 'S4.I1'],
];
for (const [n, kode] of T21) {
  const c = C(n);
  if (c.length !== 9) throw new Error(`Tabel 2.1 line ${n}: ${c.length} cells`);
  val({
    indikator: kode,
    tahun: 2018,
    peran: 'renstra',
    realisasi: cell(c, 3, n),
    catatan: 'Kondisi Awal 2018',
    tabel: 'Tabel 2.1',
    baris: n,
  });
  for (let y = 2019; y <= 2023; y++) {
    val({
      indikator: kode,
      tahun: y,
      peran: 'renstra',
      target: cell(c, 4 + y - 2019, n),
      tabel: 'Tabel 2.1',
      baris: n,
    });
  }
}

// Tabel 2.3: IKU targets 2019–2023.
const T23ROWS: [number, string][] = [
  [439, 'T1.I1'],
  [440, 'S1.I2'],
  [441, 'S1.I1'],
  [442, 'S1.I3'],
  [443, 'T2.I1'],
  [444, 'S2.I2'],
  [445, 'S2.I1'],
  [446, 'T3.I1'],
  [451, 'S3.I1'],
  [452, 'S4.I1'],
];
for (const [n, kode] of T23ROWS) {
  const c = C(n);
  if (c.length !== 8) throw new Error(`Tabel 2.3 line ${n}: ${c.length} cells`);
  for (let y = 2019; y <= 2023; y++) {
    val({ indikator: kode, tahun: y, peran: 'renstra', target: cell(c, 3 + y - 2019, n), tabel: T23, baris: n });
  }
}

// Tabel 2.4.1–2.4.3: PK 2023 as presented in Bab II. Targets and budgets equal the revised PK (P-APBD, 29
// September 2023, Lampiran 2), not the original PK of 2 January 2023 → role pk-perubahan.
function t24(n: number): string {
  return n <= 481 ? 'Tabel 2.4.1' : n <= 496 ? 'Tabel 2.4.2' : 'Tabel 2.4.3';
}
const T24IND: [number, string, number][] = [
  [477, 'S1.I1', 2],
  [479, 'S1.I2', 2],
  [481, 'S1.I3', 1], // row shifted one cell left (sasaran cell lost at the page layout)
  [490, 'S2.I1', 2],
  [492, 'S2.I2', 2],
  [506, 'S3.I1', 2],
  [509, 'S4.I1', 2],
];
for (const [n, kode, i] of T24IND) {
  val({ indikator: kode, tahun: 2023, peran: 'pk-perubahan', target: cell(C(n), i, n), tabel: t24(n), baris: n });
}

// Tabel 3.1: target, realisasi, capaian 2023; "Ket." → catatan.
const T31 = 'Tabel 3.1';
const T31ROWS: [number, string][] = [
  [575, 'T1.I1'],
  [576, 'S1.I1'],
  [577, 'S1.I2'],
  [578, 'S1.I3'],
  [584, 'T2.I1'],
  [585, 'S2.I1'],
  [586, 'S2.I2'],
  [587, 'T3.I1'],
  [588, 'S3.I1'],
  [589, 'S4.I1'],
];
for (const [n, kode] of T31ROWS) {
  const c = C(n);
  val({
    indikator: kode,
    tahun: 2023,
    peran: 'capaian',
    target: cell(c, 2, n),
    realisasi: cell(c, 3, n),
    capaian_tercetak: cell(c, 4, n),
    catatan: c[5] ? `Ket.: ${c[5]}` : undefined,
    tabel: T31,
    baris: n,
  });
}

// Tabel 3.2: data awal 2018, realisasi 2019–2023, capaian 2019–2023.
const T32 = 'Tabel 3.2';
const T32ROWS: [number, string][] = [
  [683, 'T1.I1'],
  [684, 'S1.I1'],
  [685, 'S1.I2'],
  [686, 'S1.I3'],
  [687, 'T2.I1'],
  [688, 'S2.I1'],
  [689, 'S2.I2'],
  [690, 'T3.I1'],
  [691, 'S3.I1'],
  [692, 'S4.I1'],
];
for (const [n, kode] of T32ROWS) {
  const c = C(n);
  if (c.length !== 13) throw new Error(`Tabel 3.2 line ${n}: ${c.length} cells`);
  val({
    indikator: kode,
    tahun: 2018,
    peran: 'capaian',
    realisasi: cell(c, 2, n),
    catatan: 'Data Awal 2018',
    tabel: T32,
    baris: n,
  });
  for (let y = 2019; y <= 2023; y++) {
    val({
      indikator: kode,
      tahun: y,
      peran: 'capaian',
      realisasi: cell(c, 3 + y - 2019, n),
      capaian_tercetak: cell(c, 8 + y - 2019, n),
      tabel: T32,
      baris: n,
    });
  }
}

// Tabel 3.3: target jangka menengah 2023 (renstra-akhir) and realisasi 2019–2023.
const T33 = 'Tabel 3.3';
const T33ROWS: [number, string][] = [
  [743, 'T1.I1'],
  [744, 'S1.I1'],
  [745, 'S1.I2'],
  [746, 'S1.I3'],
  [747, 'T2.I1'],
  [753, 'S2.I1'],
  [754, 'S2.I2'],
  [755, 'T3.I1'],
  [756, 'S3.I1'],
  [757, 'S4.I1'],
];
for (const [n, kode] of T33ROWS) {
  const c = C(n);
  if (c.length !== 9) throw new Error(`Tabel 3.3 line ${n}: ${c.length} cells`);
  val({ indikator: kode, tahun: 2023, peran: 'renstra-akhir', target: cell(c, 3, n), tabel: T33, baris: n });
  for (let y = 2019; y <= 2023; y++) {
    val({ indikator: kode, tahun: y, peran: 'capaian', realisasi: cell(c, 4 + y - 2019, n), tabel: T33, baris: n });
  }
}

// Tabel 3.4: SPM (standar pelayanan minimal) indicators, attached to the programme that delivers them.
const T34 = 'Tabel 3.4';
const SPM: [string, string, number][] = [
  ['SPM1', 'S1.P4', 797],
  ['SPM2', 'S1.P4', 798],
  ['SPM3', 'S1.P4', 799],
  ['SPM4', 'S1.P4', 800],
  ['SPM5', 'S1.P3', 801],
];
const pembanding: Row[] = [];
for (const [kode, induk, n] of SPM) {
  const c = C(n);
  ind({
    kode,
    induk,
    nama: cell(c, 2, n),
    satuan: '%',
    jenis: 'persen',
    polaritas: 'positif',
    catatan: `${HIGHER}: persentase warga negara yang memperoleh layanan dasar SPM`,
    tabel: T34,
    baris: n,
  });
  val({
    indikator: kode,
    tahun: 2023,
    peran: 'capaian',
    target: cell(c, 4, n),
    realisasi: cell(c, 3, n),
    catatan: `Layanan SPM: ${cell(c, 1, n)}. Target dari kolom "Standar Nasional Kab/Kota – Target 2023"`,
    tabel: T34,
    baris: n,
  });
  pembanding.push({
    indikator: kode,
    tahun: 2023,
    pembanding: 'Standar Nasional Kab/Kota',
    nilai: cell(c, 5, n),
    catatan: 'Kolom "Standar Nasional Kab/Kota – Realisasi 2023"',
    sumber_tabel: T34,
    sumber_baris: n,
  });
}

// Tabel 3.6: efficiency table; indicator values go to nilai, the rest to efisiensi.
const T36 = 'Tabel 3.6';
const efisiensi: Row[] = [];
const T36ROWS: [number, string, string][] = [
  [866, 'S1.I1', 'S1'],
  [867, 'S1.I2', 'S1'],
  [868, 'S1.I3', 'S1'],
  [869, 'S2.I1', 'S2'],
  [874, 'S2.I2', 'S2'],
  [875, 'S3.I1', 'S3'],
  [876, 'S4.I1', 'S4'],
];
const EFF = ['capaian_tercetak', 'pagu', 'realisasi', 'serapan_tercetak', 'efisiensi_tercetak'] as const;
function effRow(r: Row): Row {
  r.format_angka = formatFor(r, EFF);
  return r;
}
for (const [n, kode, sas] of T36ROWS) {
  const c = C(n);
  if (c.length !== 9) throw new Error(`Tabel 3.6 line ${n}: ${c.length} cells`);
  val({
    indikator: kode,
    tahun: 2023,
    peran: 'capaian',
    target: cell(c, 2, n),
    realisasi: cell(c, 3, n),
    capaian_tercetak: cell(c, 4, n),
    tabel: T36,
    baris: n,
  });
  efisiensi.push(
    effRow({
      lingkup: kode,
      capaian_tercetak: cell(c, 4, n),
      pagu: cell(c, 5, n),
      realisasi: cell(c, 6, n),
      serapan_tercetak: cell(c, 7, n),
      efisiensi_tercetak: cell(c, 8, n),
      catatan: `Sasaran ${sas}; efisiensi tercetak = capaian kinerja / serapan anggaran × 100`,
      sumber_tabel: T36,
      sumber_baris: n,
    }),
  );
}
{
  const n = 877;
  const c = C(n, 'Rata-rata');
  efisiensi.push(
    effRow({
      lingkup: 'laporan',
      capaian_tercetak: cell(c, 4, n),
      pagu: cell(c, 5, n),
      realisasi: cell(c, 6, n),
      serapan_tercetak: cell(c, 7, n),
      efisiensi_tercetak: cell(c, 8, n),
      catatan:
        'Baris "Rata-rata": capaian = rata-rata capaian 10 IKU (Tabel 3.1), pagu/realisasi = jumlah seluruh program',
      sumber_tabel: T36,
      sumber_baris: n,
    }),
  );
}

// Tabel 3.7: sasaran-indicator capaian (col 3) and programme indicators (cols 5–9).
const narasi: Row[] = [];
const T37SAS: [number, string][] = [
  [908, 'S1.I1'],
  [910, 'S1.I2'],
  [916, 'S1.I3'],
  [917, 'S2.I1'],
  [923, 'S2.I2'],
  [925, 'S3.I1'],
  [932, 'S4.I1'],
];
for (const [n, kode] of T37SAS) {
  val({ indikator: kode, tahun: 2023, peran: 'capaian', capaian_tercetak: cell(C(n), 2, n), tabel: T37, baris: n });
}
for (const [kode, , n] of PROG_IND_37) {
  const c = C(n);
  const realisasi = cell(c, 6, n);
  val({
    indikator: kode,
    tahun: 2023,
    peran: 'capaian',
    target: cell(c, 5, n),
    realisasi,
    capaian_tercetak: cell(c, 7, n),
    cacat_cetak: realisasi === '94.' ? 'realisasi' : undefined,
    catatan: realisasi === '94.' ? 'Realisasi tercetak "94." (digit hilang; Tabel 3.8 mencetak 94,12)' : undefined,
    tabel: T37,
    baris: n,
  });
  const rtl = c[8] ?? '';
  if (rtl !== '' && rtl !== '-')
    narasi.push({ lingkup: kode, jenis: 'solusi', teks: rtl, sumber_tabel: T37, sumber_baris: n });
}

// Tabel 3.8: programme rows (programme indicator again) and kegiatan rows (kegiatan + indicator).
const T38 = 'Tabel 3.8';
const PROGRAMS_38: [number, string][] = [
  [937, 'S4.P1.I1'],
  [948, 'S1.P1.I1'],
  [954, 'S1.P2.I1'],
  [956, 'S1.P4.I1'],
  [961, 'S1.P5.I1'],
  [966, 'S1.P3.I1'],
  [969, 'S2.P1.I1'],
  [975, 'S2.P2.I1'],
  [980, 'S2.P3.I1'],
  [982, 'S2.P4.I1'],
  [987, 'S2.P5.I1'],
  [992, 'S3.P1.I1'],
  [995, 'S3.P2.I1'],
  [1005, 'S3.P3.I1'],
  [1006, 'S3.P3.I2'],
];
{
  let prog = '';
  let k = 0;
  const progLines = new Map(PROGRAMS_38);
  for (let n = 937; n <= 1008; n++) {
    const raw = L(n);
    if (raw.trim() === '' || raw.startsWith('Program\tIndikator Kinerja')) continue;
    const c = raw.split('\t').map(clean);
    const progInd = progLines.get(n);
    if (progInd !== undefined) {
      const newProg = progInd.replace(/\.I\d$/, '');
      if (newProg !== prog) k = 0;
      prog = newProg;
      // [program, indicator, capaian, '', '', target, unit, realisasi, capaian, rtl]
      const capCol3 = cell(c, 2, n);
      const cap = cell(c, 8, n);
      val({
        indikator: progInd,
        tahun: 2023,
        peran: 'capaian',
        target: cell(c, 5, n),
        realisasi: cell(c, 7, n),
        capaian_tercetak: cap,
        catatan: capCol3 !== cap ? `Kolom "Capaian" program tercetak ${capCol3}` : undefined,
        tabel: T38,
        baris: n,
      });
      const rtl = c[9] ?? '';
      if (rtl !== '' && rtl !== '-')
        narasi.push({ lingkup: progInd, jenis: 'solusi', teks: rtl, sumber_tabel: T38, sumber_baris: n });
      continue;
    }
    if (n === 952 || n === 1000) continue; // continuation lines, joined below
    // kegiatan row: ['', '', '', kegiatan, indicator, target, unit, realisasi, capaian, rtl]; lines 1007–1008 have
    // one extra leading empty cell.
    const off = c.length === 11 && c[3] === '' ? 1 : 0;
    let kegiatan = cell(c, 3 + off, n);
    if (kegiatan === '') throw new Error(`Tabel 3.8 line ${n}: no kegiatan`);
    let rtl = c[9 + off] ?? '';
    if (n === 949) rtl = `${rtl} ${cell(C(952, 'sosialisasi setiap tahun'), 9, 952)}`;
    if (n === 999) kegiatan = `${kegiatan} ${cell(C(1000, 'Lapangan KB'), 3, 1000)}`;
    k += 1;
    const kode = `${prog}.K${k}`;
    node(kode, 'kegiatan', prog, kegiatan, T38, n);
    const unit = cell(c, 6 + off, n);
    ind({
      kode: `${kode}.I1`,
      induk: kode,
      nama: cell(c, 4 + off, n),
      satuan: unit,
      jenis: unit === '%' ? 'persen' : 'angka',
      polaritas: 'positif',
      catatan: `${HIGHER}: keluaran kegiatan (layanan/dokumen/peserta yang terpenuhi)`,
      tabel: T38,
      baris: n,
    });
    val({
      indikator: `${kode}.I1`,
      tahun: 2023,
      peran: 'capaian',
      target: cell(c, 5 + off, n),
      realisasi: cell(c, 7 + off, n),
      capaian_tercetak: cell(c, 8 + off, n),
      tabel: T38,
      baris: n,
    });
    if (rtl !== '' && rtl !== '-')
      narasi.push({ lingkup: `${kode}.I1`, jenis: 'solusi', teks: rtl, sumber_tabel: T38, sumber_baris: n });
  }
}

// Lampiran 1 Tabel 2.1: full Renstra matrix including programme indicators.
const LAMP1ROWS: [number, string][] = [
  [1437, 'T1.I1'],
  [1438, 'S1.I1'],
  [1439, 'S1.I2'],
  [1440, 'S1.I3'],
  [1441, 'S1.P4.I1'],
  [1442, 'S1.P5.I1'],
  [1443, 'S1.P3.I1'],
  [1444, 'S1.P1.I1'],
  [1445, 'S1.P2.I1'],
  [1450, 'T2.I1'],
  [1451, 'S2.I1'],
  [1452, 'S2.P1.I1'],
  [1453, 'S2.P2.I1'],
  [1454, 'S2.P3.I1'],
  [1455, 'S2.I2'],
  [1456, 'S2.I3'],
  [1457, 'S2.P4.I1'],
  [1458, 'S2.P5.I1'],
  [1459, 'T3.I1'],
  [1460, 'S3.I1'],
  [1461, 'S3.P2.I1'],
  [1462, 'S3.P3.I1'],
  [1463, 'S3.P3.I2'],
  [1468, 'S4.I1'],
];
for (const [n, kode] of LAMP1ROWS) {
  const c = C(n);
  if (c.length !== 9) throw new Error(`Lampiran 1 line ${n}: ${c.length} cells`);
  // Line 1459: tujuan printed in the sasaran column, indicator one column right, five figures (awal..2022).
  const first = n === 1459 ? 4 : 3;
  const years = n === 1459 ? [2018, 2019, 2020, 2021, 2022] : [2018, 2019, 2020, 2021, 2022, 2023];
  years.forEach((y, i) => {
    const v = cell(c, first + i, n);
    if (y === 2018) {
      val({
        indikator: kode,
        tahun: y,
        peran: 'renstra',
        realisasi: v,
        catatan: 'Kondisi Awal (2018)',
        tabel: LAMP1,
        baris: n,
      });
    } else {
      val({
        indikator: kode,
        tahun: y,
        peran: 'renstra',
        target: v,
        catatan: n === 1459 && y === 2022 ? 'Baris bergeser satu kolom; target 2023 tidak tercetak' : undefined,
        tabel: LAMP1,
        baris: n,
      });
    }
  });
}

// Lampiran 2: PK (2 Januari 2023) and Perubahan PK (29 September 2023).
const PK = 'Lampiran 2 Perjanjian Kinerja Tahun 2023';
const PKP = 'Lampiran 2 Perubahan Perjanjian Kinerja Tahun 2023';
const PKROWS: [number, string][] = [
  [1524, 'S1.I2'],
  [1525, 'S1.I1'],
  [1526, 'S1.I3'],
  [1527, 'S2.I1'],
  [1528, 'S2.I2'],
  [1529, 'S3.I1'],
  [1530, 'S4.I1'],
];
for (const [n, kode] of PKROWS) {
  val({ indikator: kode, tahun: 2023, peran: 'pk', target: cell(C(n), 3, n), tabel: PK, baris: n });
  const m = n + 84; // 1608–1614
  val({
    indikator: kode,
    tahun: 2023,
    peran: 'pk-perubahan',
    target: cell(C(m), 3, m),
    catatan: m === 1612 ? 'Nama indikator tercetak "Rasio KNRT"' : undefined,
    tabel: PKP,
    baris: m,
  });
}

// Lampiran 3: per-IKU measurement sheets (target / realisasi / capaian typed from the cited lines).
const L3 = (s: string): string => `Lampiran 3 ${s}`;
function sheet(
  kode: string,
  tabel: string,
  baris: number,
  t?: [number, string],
  r?: [number, string],
  cp?: [number, string],
  catatan?: string,
): void {
  for (const x of [t, r, cp]) if (x) expectIn(x[0], x[1]);
  val({
    indikator: kode,
    tahun: 2023,
    peran: 'capaian',
    target: t?.[1],
    realisasi: r?.[1],
    capaian_tercetak: cp?.[1],
    catatan,
    tabel,
    baris,
  });
}
sheet(
  'T1.I1',
  L3('Persentase Penurunan PMKS Tahun 2023'),
  1681,
  [1689, '5,00%'],
  [1685, '13,75%'],
  [1693, '274,98%'],
  'Rumus tercetak (baris 1683): (125537-108277)/125537*100%',
);
sheet(
  'S1.I2',
  L3('Prosentase PMKS yang Ditangani/Dibina Tahun 2023'),
  1738,
  [1739, '79,94%'],
  [1738, '37,23%'],
  [1740, '46,57%'],
  'Dari 108277 PMKS, 40312 ditangani/dibina (baris 1736)',
);
sheet(
  'S1.I1',
  L3('PMKS yang Terentaskan/Mandiri Tahun 2023'),
  1760,
  [1761, '15,37'],
  [1760, '5,56'],
  [1762, '36,20%'],
  '6.025 tidak layak dari 108277 PMKS (baris 1758–1759)',
);
sheet(
  'S1.I3',
  L3('Persentase Penyandang Cacat Fisik Mental serta Lansia Tidak Potensial yang Menerima Jaminan Sosial Tahun 2023'),
  1856,
  [1857, '66.61%'],
  [1856, '94.98%'],
  [1858, '142.59%'],
  'Jumlah 119731 dari PBID 126057 (baris 1854–1855)',
);
sheet(
  'T2.I1',
  L3('IPG menurut Kabupaten/Kota se Jawa Timur Tahun 2022'),
  1923,
  [1923, '96%'],
  [1924, '95.54%'],
  [1925, '99.52%'],
  'Realisasi 2023 diambil dari baris Kota Malang tabel BPS tahun 2022',
);
sheet(
  'S2.I1',
  L3('Realisasi IDG Tahun 2023'),
  1973,
  [1973, '79'],
  [1974, '78.77'],
  [1975, '99,71%'],
  'Realisasi 2023 diambil dari kolom 2022 baris Kota Malang tabel IDG',
);
sheet(
  'S2.I2',
  L3('Realisasi Ratio KDRT Tahun 2023'),
  2072,
  [2073, '1:27500'],
  [2072, '1 : 36317'],
  [2074, '132.06%'],
  'Tercetak: TOTAL KDRT 12, PENDUDUK PEREMPUAN 435,801 → 1 : 36317 (baris 2070–2077)',
);
sheet(
  'T3.I1',
  L3('Realisasi Laju Pertumbuhan Penduduk Tahun 2023'),
  2106,
  [2106, '0,63'],
  [2107, '0,12'],
  [2108, '19,05%'],
  'Metode eksponensial: P0 2022 = 846126, Pt 2023 = 847182 → 0,124726 (baris 2097–2104)',
);
sheet(
  'S3.I1',
  L3('Total Fertility Rate (TFR) 2023'),
  2132,
  undefined,
  [2132, '1,79'],
  undefined,
  'TFR = 1.787 per 1000 perempuan 15-49 tahun = 1,79 (baris 2132)',
);
sheet(
  'S4.I1',
  'Lampiran Berita Acara Hasil Evaluasi SAKIP Tahun Anggaran 2023',
  2156,
  undefined,
  [2156, '85,85'],
  undefined,
  'Total Nilai 85,85 (Nilai A); klarifikasi Senin 19 Juni 2023',
);
// The BPS / IDG source tables also print Kota Malang's own earlier values (one year before the year used).
expectIn(1909, 'Kota Malang', '95.54');
val({
  indikator: 'T2.I1',
  tahun: 2022,
  peran: 'capaian',
  realisasi: '95.54',
  catatan: 'Baris Kota Malang, tabel BPS IPG tahun 2022 (dokumen memakai angka ini sebagai realisasi 2023)',
  tabel: L3('IPG menurut Kabupaten/Kota se Jawa Timur Tahun 2022'),
  baris: 1909,
});
expectIn(1965, 'KOTA MALANG', '77.63', '78.77');
val({
  indikator: 'S2.I1',
  tahun: 2021,
  peran: 'capaian',
  realisasi: '77.63',
  catatan: 'Baris KOTA MALANG kolom 2021 (Tabel 3.2 memakai angka ini sebagai realisasi 2022)',
  tabel: L3('Realisasi IDG Tahun 2023'),
  baris: 1965,
});
val({
  indikator: 'S2.I1',
  tahun: 2022,
  peran: 'capaian',
  realisasi: '78.77',
  catatan: 'Baris KOTA MALANG kolom 2022 (dokumen memakai angka ini sebagai realisasi 2023)',
  tabel: L3('Realisasi IDG Tahun 2023'),
  baris: 1965,
});

// Bab III.A.7 1): per-indicator text with a printed predicate (bold in the PDF).
const B37 = 'Bab III.A.7 Penjelasan Program/Kegiatan';
function predicate(kode: string, n: number, t: string, r: string | undefined, cp: string, p: string): void {
  expectIn(n, t, cp, p);
  if (r) expectIn(n, r);
  val({
    indikator: kode,
    tahun: 2023,
    peran: 'capaian',
    target: t,
    realisasi: r,
    capaian_tercetak: cp,
    predikat_tercetak: p,
    tabel: B37,
    baris: n,
  });
}
predicate('S4.I1', 1012, '80,8%', '85,85%', '106,25%', 'berhasil');
predicate('S1.I1', 1022, '15,37%', '5,56%', '36,20%', 'kurang berhasil');
predicate('S1.I2', 1032, '79,94%', '37,23%', '46,57%', 'kurang berhasil');
predicate('S1.I3', 1044, '66,61%', '94,98%', '142,59%', 'sangat berhasil');
predicate('S2.I1', 1052, '79%', '78,77%', '99,71', 'Cukup berhasil');
predicate('S2.I2', 1064, '1:27500', '1:36317', '132,06%', 'sangat berhasil');
predicate('S3.I1', 1070, '1,70%', undefined, '105,29%', 'berhasil');

// ---- benchmarks (Lampiran 3 IPG / IDG source tables) ------------------------------------------------------------

function regionLabel(printed: string): { label: string; note?: string } {
  const p = printed.trim();
  if (/^jawa timur$/i.test(p)) return { label: 'Provinsi Jawa Timur' };
  if (/^indonesia$/i.test(p)) return { label: 'Nasional', note: `Tercetak "${p}"` };
  const title = p
    .toLowerCase()
    .split(' ')
    .map((w) => (w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
  if (title === 'Joelang')
    return { label: 'Kabupaten Jombang', note: 'Tercetak "Joelang" (di tabel IDG yang sama tercetak JOMBANG)' };
  return { label: title.startsWith('Kota ') ? title : `Kabupaten ${title}` };
}
const IPG_T = L3('IPG menurut Kabupaten/Kota se Jawa Timur Tahun 2022');
for (let n = 1878; n <= 1917; n++) {
  const c = C(n);
  const region = cell(c, 1, n);
  if (/^kota malang$/i.test(region)) continue; // own value, transcribed in nilai.csv
  const { label, note } = regionLabel(region);
  const r: Row = {
    indikator: 'T2.I1',
    tahun: 2022,
    pembanding: label,
    nilai: cell(c, 2, n),
    catatan: note,
    sumber_tabel: IPG_T,
    sumber_baris: n,
  };
  r.format_angka = formatFor(r, ['nilai']);
  pembanding.push(r);
}
const IDG_T = L3('Realisasi IDG Tahun 2023');
for (let n = 1933; n <= 1971; n++) {
  const c = C(n);
  const region = cell(c, 1, n);
  if (/^kota malang$/i.test(region)) continue;
  const { label, note } = regionLabel(region);
  for (const [y, i] of [
    [2021, 2],
    [2022, 3],
  ] as const) {
    const r: Row = {
      indikator: 'S2.I1',
      tahun: y,
      pembanding: label,
      nilai: cell(c, i, n),
      catatan: note,
      sumber_tabel: IDG_T,
      sumber_baris: n,
    };
    r.format_angka = formatFor(r, ['nilai']);
    pembanding.push(r);
  }
}

// ---- budgets ----------------------------------------------------------------------------------------------------

const anggaran: Row[] = [];
function budget(r: Row): void {
  if (anggaran.some((a) => a.id === r.id)) throw new Error(`duplicate budget id ${String(r.id)}`);
  anggaran.push(r);
}

// Tabel 2.4.1–2.4.3 programme budgets (pk-perubahan, see above).
const T24BUD: [number, number, number][] = [
  // line, programme cell, budget cell
  [477, 3, 4],
  [478, 3, 4],
  [479, 3, 4],
  [480, 3, 4],
  [481, 2, 3],
  [490, 3, 4],
  [491, 3, 4],
  [492, 3, 4],
  [496, 3, 4],
  [506, 3, 4],
  [507, 3, 4],
  [508, 3, 4],
  [509, 3, 4],
];
T24BUD.forEach(([n, pi, bi], i) => {
  const c = C(n, 'Program');
  budget({
    id: `PK24.P${String(i + 1).padStart(2, '0')}`,
    induk: '',
    tingkat: 'program',
    nama: cell(c, pi, n),
    pagu: cell(c, bi, n),
    peran: 'pk-perubahan',
    catatan: 'PK Tahun 2023 di Bab II; pagu sama dengan Perubahan PK 29 September 2023 (Lampiran 2)',
    sumber_tabel: t24(n),
    sumber_baris: n,
  });
});

// Lampiran 2 PK (original): figures printed `15.167.188.875.00` (no decimal comma) → cacat_cetak.
budget({
  id: 'PK.TOTAL',
  induk: '',
  tingkat: 'total',
  nama: 'Jumlah',
  pagu: cell(C(1547), 2, 1547),
  peran: 'pk',
  catatan: 'Baris jumlah tanpa label (hanya "Rp" dan angka); nama ditulis transkriptor',
  cacat_cetak: 'pagu',
  sumber_tabel: PK,
  sumber_baris: 1547,
});
for (let n = 1533; n <= 1546; n++) {
  const c = C(n, 'Program');
  const m = /^(\d+)\.\s+(.*)$/.exec(cell(c, 0, n));
  if (!m) throw new Error(`PK line ${n}`);
  const pagu = cell(c, 2, n);
  budget({
    id: `PK.P${m[1]!.padStart(2, '0')}`,
    induk: 'PK.TOTAL',
    tingkat: 'program',
    nama: m[2],
    pagu,
    sumber_dana: cell(c, 3, n),
    peran: 'pk',
    catatan: `Tercetak "${m[1]}. ${m[2]}"; nomor urut dipisah dari nama`,
    cacat_cetak: /,/.test(pagu) ? undefined : 'pagu',
    sumber_tabel: PK,
    sumber_baris: n,
  });
}
// Lampiran 2 Perubahan PK.
budget({
  id: 'PKP.TOTAL',
  induk: '',
  tingkat: 'total',
  nama: cell(C(1632, 'JUMLAH'), 0, 1632),
  pagu: cell(C(1632), 1, 1632),
  peran: 'pk-perubahan',
  sumber_tabel: PKP,
  sumber_baris: 1632,
});
for (const n of [...range(1617, 1628), 1631]) {
  const c = C(n, 'Program');
  let no: string;
  let nama: string;
  let rest: string[];
  if (n === 1631) {
    const m = /^(\d+)\s+(.*)$/.exec(cell(c, 0, n));
    if (!m) throw new Error(`PKP line ${n}`);
    no = m[1]!;
    nama = m[2]!;
    rest = c.slice(1);
  } else {
    no = cell(c, 0, n).replace('.', '');
    nama = cell(c, 1, n);
    rest = c.slice(2);
  }
  budget({
    id: `PKP.P${no.padStart(2, '0')}`,
    induk: 'PKP.TOTAL',
    tingkat: 'program',
    nama,
    pagu: cell(rest, 0, n),
    sumber_dana: cell(rest, 1, n),
    peran: 'pk-perubahan',
    catatan:
      n === 1631
        ? `Tercetak "${no} ${nama}" (baris sesudah pergantian halaman); nomor urut dipisah dari nama`
        : undefined,
    sumber_tabel: PKP,
    sumber_baris: n,
  });
}

// Budget realisation table (Bab III.B), lines 1108–1309.
const RA = 'Bab III.B Realisasi Anggaran Tahun 2023';
const KEGIATAN_LINES = new Set([
  1109, 1118, 1121, 1123, 1125, 1132, 1134, 1138, 1149, 1151, 1157, 1162, 1174, 1185, 1188, 1194, 1198, 1206, 1208,
  1210, 1216, 1218, 1227, 1233, 1236, 1244, 1246, 1254, 1256, 1268, 1275, 1278, 1286, 1293, 1302,
]);
const CONTINUATION = new Set([1116, 1222, 1284, 1301]);
/** Transcriber's notes on budget lines whose printed figures do not fit (findings; the figures stay as printed). */
const BUDGET_NOTES: Record<number, string> = {
  1123: 'Pagu tercetak lebih kecil dari realisasi; 192.513.750 / 227.879.550 = 84,48%, kemungkinan digit "2" di depan pagu hilang',
  1124: 'Pagu tercetak lebih kecil dari realisasi; 192.513.750 / 227.879.550 = 84,48%, kemungkinan digit "2" di depan pagu hilang',
  1131: 'Digit pertama pagu hilang; agar jumlah kegiatan 2.147.093.323,00 cocok, pagu = 1.722.543.361,00',
  1128: 'Persen tercetak 95,96%; 131.745.025 / 137.680.000 = 95,69%',
  1167: 'Persen tercetak 95,98%; 734.788.576 / 831.826.800 = 88,33%',
};
const ringkasan: Row[] = [];
{
  expectIn(1307, 'Total capaian Program');
  const tc = C(1307);
  budget({
    id: 'R.TOTAL',
    induk: '',
    tingkat: 'total',
    nama: cell(tc, 0, 1307),
    pagu: cell(tc, 1, 1307),
    realisasi: cell(tc, 2, 1307),
    persen_tercetak: cell(tc, 3, 1307),
    peran: 'realisasi',
    sumber_tabel: RA,
    sumber_baris: 1307,
  });
  ringkasan.push({
    lingkup: 'R.TOTAL',
    jenis: 'total-pagu',
    nilai: cell(tc, 1, 1307),
    catatan: 'Baris "Total capaian Program"',
    sumber_tabel: RA,
    sumber_baris: 1307,
  });
  ringkasan.push({
    lingkup: 'R.TOTAL',
    jenis: 'total-realisasi',
    nilai: cell(tc, 2, 1307),
    catatan: 'Baris "Total capaian Program"',
    sumber_tabel: RA,
    sumber_baris: 1307,
  });
  let p = 0;
  let k = 0;
  let s = 0;
  let last: Row | undefined;
  for (let n = 1108; n <= 1306; n++) {
    const raw = L(n);
    if (raw.trim() === '' || raw.startsWith('Uraian\tJumlah') || raw.startsWith('\tAnggaran\tRealisasi')) continue;
    const c = raw.split('\t').map(clean);
    if (CONTINUATION.has(n)) {
      if (!last || c.slice(1).some((x) => x !== '')) throw new Error(`continuation ${n}`);
      last.nama = `${String(last.nama)} ${cell(c, 0, n)}`;
      last.catatan = `Nama tersambung dengan baris ${n} (terpotong pergantian halaman)`;
      continue;
    }
    if (c[0] === '' && /^Rata-rata Capaian/.test(c[1] ?? '')) {
      const what = cell(c, 1, n);
      ringkasan.push({
        lingkup: `R.P${String(p).padStart(2, '0')}`,
        jenis: 'rata-rata-serapan',
        nilai: cell(c, 3, n),
        catatan: `Baris "${what}": rata-rata sederhana persentase serapan ${what.includes('Sub') ? 'sub kegiatan' : 'kegiatan'} program ini`,
        sumber_tabel: RA,
        sumber_baris: n,
      });
      continue;
    }
    const [nameRaw, pagu, realisasi, persen] = [cell(c, 0, n), cell(c, 1, n), cell(c, 2, n), cell(c, 3, n)];
    const codeMatch = /^(\d+(?:\.\d+){2,})\s+(.*)$/.exec(nameRaw);
    const kode = codeMatch ? codeMatch[1] : undefined;
    const nama = codeMatch ? codeMatch[2]! : nameRaw;
    const cacat = pagu.startsWith('.') ? 'pagu' : undefined;
    let row: Row;
    if (/^PROGRAM /.test(nama)) {
      p += 1;
      k = 0;
      row = { id: `R.P${String(p).padStart(2, '0')}`, induk: 'R.TOTAL', tingkat: 'program' };
    } else if (KEGIATAN_LINES.has(n)) {
      k += 1;
      s = 0;
      row = {
        id: `R.P${String(p).padStart(2, '0')}.K${String(k).padStart(2, '0')}`,
        induk: `R.P${String(p).padStart(2, '0')}`,
        tingkat: 'kegiatan',
      };
    } else {
      s += 1;
      const kid = `R.P${String(p).padStart(2, '0')}.K${String(k).padStart(2, '0')}`;
      row = { id: `${kid}.S${String(s).padStart(2, '0')}`, induk: kid, tingkat: 'subkegiatan' };
    }
    Object.assign(row, {
      kode,
      nama,
      pagu,
      realisasi,
      persen_tercetak: persen,
      peran: 'realisasi',
      cacat_cetak: cacat,
      sumber_tabel: RA,
      sumber_baris: n,
    });
    const note = BUDGET_NOTES[n];
    if (note !== undefined) row.catatan = note;
    budget(row);
    last = row;
  }
  expectIn(1308, 'Predikat kinerja kegiatan');
  expectIn(1309, 'Predikat kinerja sub-kegiatan');
  ringkasan.push({
    lingkup: 'laporan',
    jenis: 'rata-rata-serapan',
    nilai: cell(C(1308), 3, 1308),
    catatan: 'Baris "Predikat kinerja kegiatan" (rata-rata persentase serapan kegiatan)',
    sumber_tabel: RA,
    sumber_baris: 1308,
  });
  ringkasan.push({
    lingkup: 'laporan',
    jenis: 'rata-rata-serapan',
    nilai: cell(C(1309), 3, 1309),
    catatan: 'Baris "Predikat kinerja sub-kegiatan" (rata-rata persentase serapan sub kegiatan)',
    sumber_tabel: RA,
    sumber_baris: 1309,
  });
}
ringkasan.unshift(
  {
    lingkup: 'laporan',
    jenis: 'rata-rata-capaian',
    nilai: cell(C(590, 'Rata-rata capaian'), 4, 590),
    catatan: 'Baris "Rata-rata capaian": rata-rata capaian 10 IKU',
    sumber_tabel: T31,
    sumber_baris: 590,
  },
  {
    lingkup: 'laporan',
    jenis: 'rata-rata-capaian',
    nilai: (expectIn(592, 'sebelumnya yang sebesar 73,67%'), '73,67%'),
    tahun: 2022,
    catatan: 'Teks sesudah Tabel 3.1: rata-rata capaian tahun sebelumnya (2022)',
    sumber_tabel: 'Bab III.A.1 (teks)',
    sumber_baris: 592,
  },
);

// ---- narratives ---------------------------------------------------------------------------------------------------

const N1 = 'Bab III.A.1 Target dan Realisasi Kinerja Tahun 2023';
const N2 = 'Bab III.A.2 Realisasi dan Capaian Kinerja Tahun 2018-2023';
const N3 = 'Bab III.A.3 Perbandingan dengan Target Jangka Menengah';
const N5 = 'Bab III.A.5 Analisis Penyebab Keberhasilan/Kegagalan';
const N6 = 'Bab III.A.6 Analisis Efisiensi Penggunaan Sumberdaya';
const N7 = 'Bab III.A.7 Penjelasan Program/Kegiatan';
const N72 = 'Bab III.A.7 Upaya Perbaikan Pada Perencanaan Berikutnya';
const NB = 'Bab III.B Realisasi Anggaran';
const N4 = 'Bab IV Penutup';
const NARR: [string, string, string, number[]][] = [
  ['S1', 'solusi', N1, range(612, 620)],
  ['T3.I1', 'solusi', N1, range(622, 626)],
  ['T2', 'solusi', N1, range(643, 648)],
  ['S3.I1', 'solusi', N1, range(649, 655)],
  ['S4.I1', 'solusi', N1, range(657, 660)],
  ['T1.I1', 'analisis', N2, [698]],
  ['S1.I1', 'analisis', N2, [702]],
  ['S1.I2', 'analisis', N2, [704]],
  ['S1.I3', 'analisis', N2, [705]],
  ['T2.I1', 'analisis', N2, [707, 709]],
  ['S2.I1', 'analisis', N2, [713]],
  ['S2.I2', 'analisis', N2, [715]],
  ['T3.I1', 'analisis', N2, [719, 721]],
  ['S3.I1', 'analisis', N2, [725]],
  ['S4.I1', 'analisis', N2, [729, 731]],
  ['T1.I1', 'analisis', N3, [759, 761]],
  ['S1.I1', 'analisis', N3, [763]],
  ['S1.I2', 'analisis', N3, [765]],
  ['S1.I3', 'analisis', N3, [767]],
  ['T2.I1', 'analisis', N3, [769, 771]],
  ['S2.I1', 'analisis', N3, [773]],
  ['S2.I2', 'analisis', N3, [775]],
  ['T3.I1', 'analisis', N3, [777, 779]],
  ['S3.I1', 'analisis', N3, [781]],
  ['S4.I1', 'analisis', N3, [783]],
  ['T1.I1', 'analisis', N5, [825]],
  ['S1.I1', 'penyebab', N5, [828, 830]],
  ['S1.I2', 'penyebab', N5, [832]],
  ['S1.I3', 'penyebab', N5, [833]],
  ['T2.I1', 'analisis', N5, [837]],
  ['T2.I1', 'kendala', N5, [839]],
  ['S2.I1', 'kendala', N5, [842]],
  ['S2.I2', 'analisis', N5, [843]],
  ['T3.I1', 'penyebab', N5, [847, 849]],
  ['S3.I1', 'analisis', N5, [851]],
  ['S4.I1', 'analisis', N5, [852, 854]],
  ['S1.I1', 'analisis', N6, [885]],
  ['S1.I2', 'analisis', N6, [886]],
  ['S1.I3', 'analisis', N6, [887, 889]],
  ['S2.I1', 'analisis', N6, [891]],
  ['S2.I2', 'analisis', N6, [892]],
  ['S3.I1', 'analisis', N6, [893, 895]],
  ['S4.I1', 'analisis', N6, [897]],
  ['S4.I1', 'program-penunjang', N7, range(1012, 1018)],
  ['S1.I1', 'program-penunjang', N7, range(1022, 1030)],
  ['S1.I2', 'program-penunjang', N7, range(1032, 1042)],
  ['S1.I3', 'program-penunjang', N7, range(1044, 1048)],
  ['S2.I1', 'program-penunjang', N7, range(1052, 1063)],
  ['S2.I2', 'program-penunjang', N7, range(1064, 1068)],
  ['S3.I1', 'program-penunjang', N7, range(1069, 1078)],
  ['S1.I2', 'solusi', N72, range(1084, 1087)],
  ['S1.I1', 'solusi', N72, range(1088, 1092)],
  ['T3.I1', 'solusi', N72, range(1093, 1094)],
  ['S4.P1', 'analisis', NB, [1311, 1313]],
  ['S1.P1', 'analisis', NB, [1315]],
  ['S1.P2', 'analisis', NB, [1317, 1319]],
  ['S1.P4', 'analisis', NB, [1321]],
  ['S1.P3', 'analisis', NB, [1323]],
  ['S1.P5', 'analisis', NB, [1325]],
  ['S2.P1', 'analisis', NB, [1327]],
  ['S2.P2', 'analisis', NB, [1329]],
  ['S2.P4', 'analisis', NB, [1331]],
  ['S2.P5', 'analisis', NB, [1333, 1335]],
  ['S3.P1', 'analisis', NB, [1337]],
  ['S3.P2', 'analisis', NB, [1339]],
  ['S3.P3', 'analisis', NB, [1341]],
  ['T1.I1', 'analisis', N4, [1367, 1369]],
  ['S1.I1', 'penyebab', N4, [1375]],
  ['S1.I2', 'penyebab', N4, [1376, 1378]],
  ['S1.I3', 'penyebab', N4, [1380]],
  ['T2.I1', 'analisis', N4, [1384]],
  ['S2.I1', 'analisis', N4, [1390]],
  ['S2.I2', 'penyebab', N4, [1391]],
  ['T3.I1', 'analisis', N4, [1395]],
  ['S3.I1', 'analisis', N4, [1399, 1401]],
  ['S4.I1', 'analisis', N4, [1405]],
];
const narrRows: Row[] = NARR.map(([lingkup, jenis, tabel, ns]) => ({
  lingkup,
  jenis,
  teks: prose(...ns),
  sumber_tabel: tabel,
  sumber_baris: ns[0],
}));
narasi.unshift(...narrRows);
for (const r of narasi) {
  const l = String(r.lingkup);
  if (!tree.some((t) => t.kode === l) && !indicators.some((i) => i.kode === l))
    throw new Error(`narasi: unknown lingkup ${l}`);
  if (String(r.teks).trim() === '') throw new Error(`narasi empty at ${String(r.sumber_baris)}`);
}

// ---- extra tables -------------------------------------------------------------------------------------------------

function extra(file: string, header: string[], ns: number[], transform?: (c: string[], n: number) => string[]): void {
  const rows: Row[] = [];
  for (const n of ns) {
    const raw = L(n);
    if (raw.trim() === '') continue;
    let c = raw.split('\t').map(clean);
    if (transform) c = transform(c, n);
    while (c.length > header.length && c[c.length - 1] === '') c.pop();
    if (c.length > header.length) throw new Error(`${file} line ${n}: ${c.length} cells > ${header.length}`);
    const r: Row = {};
    header.forEach((h, i) => (r[h] = c[i] ?? ''));
    r.baris = n;
    rows.push(r);
  }
  write(`tabel/${file}`, [...header, 'baris'], rows);
}
const isHeader = (n: number, starts: string): boolean => L(n).startsWith(starts);

extra(
  'strategi-arah-kebijakan.csv',
  ['Tujuan', 'Sasaran', 'Strategi', 'Arah kebijakan'],
  range(383, 424).filter((n) => !isHeader(n, 'Tujuan\tSasaran') && !isHeader(n, '1\t2\t3')),
);
extra('pmks-2022-2023.csv', ['NO', 'JENIS PMKS', 'PMKS 2022', 'PMKS 2023', 'KETERANGAN'], range(1653, 1679));
extra(
  'pmks-ditangani-2023.csv',
  ['NO', 'JENIS PMKS', 'JUMLAH', 'YANG DITANGANI /DIBINA', 'KETERANGAN'],
  range(1710, 1736),
);
extra('pmks-terentaskan-2023.csv', ['NO', 'URAIAN', 'JUMLAH', 'TIDAK LAYAK'], range(1754, 1762));
extra(
  'penduduk-lansia-2023.csv',
  ['NO', 'USIA', 'LAKI-LAKI', 'PEREMPUAN', 'TOTAL'],
  [...range(1781, 1806), ...range(1810, 1831), ...range(1835, 1849)],
);
extra('lansia-disabilitas-jaminan-sosial-2023.csv', ['Uraian', 'Jumlah'], range(1851, 1858));
extra(
  'ipg-jatim-2022.csv',
  [
    'No',
    'Kab/Kota',
    'IPG',
    'AHH L',
    'AHH P',
    'HLS L',
    'HLS P',
    'RLS L',
    'RLS P',
    'Pengeluaran per Kapita L',
    'Pengeluaran per Kapita P',
    'IPM Terpilah L',
    'IPM Terpilah P',
  ],
  range(1878, 1917),
);
extra('idg-jatim-2021-2022.csv', ['No', 'Provinsi / Kabupaten / Kota', '2021', '2022'], range(1933, 1971));
extra(
  'penduduk-kelurahan-2023.csv',
  [
    'No',
    'Kecamatan',
    'Kelurahan',
    'Penduduk L',
    'Penduduk P',
    'Total',
    'Kepala Keluarga',
    'Wajib KTP',
    'Sudah Rekam',
    '% Perekaman',
  ],
  range(1989, 2067).filter((n) => !isHeader(n, 'No\tKecamatan') && !/^\t\t\tL\tP/.test(L(n))),
);
{
  // Ratio KDRT summary (lines 2069–2077): label and value separated by spaces in the extraction.
  const rows: Row[] = [];
  for (const n of [2069, 2070, 2071, 2072, 2073, 2074, 2076, 2077]) {
    const m = /^\s*([A-Za-z ]+?)\s+(\d[\d.,: ]*%?)\s*$/.exec(L(n));
    if (!m) throw new Error(`KDRT summary ${n}`);
    rows.push({ Uraian: m[1], Nilai: m[2]!.trim(), baris: n });
  }
  write('tabel/ratio-kdrt-2023.csv', ['Uraian', 'Nilai', 'baris'], rows);
}
extra('indikator-demografi-bps.csv', ['Indikator Demografi', '2021', '2022', '2023'], range(2092, 2095));
extra('laju-pertumbuhan-penduduk-2023.csv', ['Tahun', 'Uraian', 'Nilai'], range(2098, 2104));
extra('tfr-2023.csv', ['Kelompok Umur', 'Jumlah Perempuan', 'Jumlah Kelahiran', 'ASFR'], range(2123, 2130));
{
  const rows: Row[] = [];
  for (const n of range(2158, 2161)) {
    const m = /^\d\. (Komponen .+?) dengan nilai (\S+) dari bobot (\S+)$/.exec(clean(L(n)));
    if (!m) throw new Error(`SAKIP line ${n}`);
    rows.push({ Komponen: m[1], Nilai: m[2], Bobot: m[3], baris: n });
  }
  expectIn(2156, 'Total Nilai sebesar **85,85 (Nilai A)**');
  rows.push({ Komponen: 'Total Nilai', Nilai: '85,85 (Nilai A)', Bobot: '', baris: 2156 });
  write('tabel/evaluasi-sakip-2023.csv', ['Komponen', 'Nilai', 'Bobot', 'baris'], rows);
}
extra(
  'penghargaan-2023.csv',
  ['NO', 'JENIS PENGHARGAAN', 'KATEGORI', 'TINGKAT', 'TANGGAL DITERIMA', 'BUKTI DUKUNG'],
  range(2187, 2192),
);
extra(
  'spm-perbandingan.csv',
  [
    'No',
    'INDIKATOR',
    'Kota Malang 2021',
    'Kota Malang 2022',
    'Kota Malang 2023',
    'Kabupaten Malang 2021',
    'Kabupaten Malang 2022',
    'Kabupaten Malang 2023',
    'Kabupaten Bojonegoro 2021',
    'Kabupaten Bojonegoro 2022',
    'Kabupaten Bojonegoro 2023',
  ],
  [...range(2208, 2217), 2219],
  (c, n) => (n === 2219 ? ['', ...clean(L(n)).split(/\s+(?=\d)/)] : c),
);
extra(
  'tindak-lanjut-lhe-sakip-2023.csv',
  ['NO', 'REKOMENDASI', 'TINDAK LANJUT', 'SUDAH', 'BELUM', 'ADA', 'TIDAK ADA'],
  range(2246, 2250),
);

// ---- checks (printed to stdout; findings go to CATATAN.md) -------------------------------------------------------

function idNum(s: string): number | undefined {
  const t = s.replace(/^Rp\.?\s*/, '').trim();
  if (t === '-') return 0;
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(t)) return undefined;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}
function checkBudget(): void {
  const real = anggaran.filter((a) => a.peran === 'realisasi');
  for (const parent of real) {
    const kids = real.filter((a) => a.induk === parent.id);
    if (kids.length === 0) continue;
    for (const col of ['pagu', 'realisasi'] as const) {
      const pv = idNum(String(parent[col]));
      const vals = kids.map((k) => idNum(String(k[col])));
      if (pv === undefined || vals.some((v) => v === undefined)) {
        console.log(`  ? ${String(parent.id)} ${col}: unreadable figure among parent/children`);
        continue;
      }
      const sum = vals.reduce((a, b) => a! + b!, 0)!;
      if (Math.abs(sum - pv) > 0.5)
        console.log(
          `  ≠ ${String(parent.id)} (line ${String(parent.sumber_baris)}) ${col}: printed ${String(parent[col])}, children sum ${sum.toLocaleString('id-ID')}`,
        );
    }
  }
  for (const a of real) {
    const pg = idNum(String(a.pagu));
    const rl = idNum(String(a.realisasi));
    const pc = Number(String(a.persen_tercetak).replace('%', '').replace(',', '.'));
    if (pg && rl !== undefined && Math.abs((rl / pg) * 100 - pc) > 0.01) {
      console.log(
        `  % ${String(a.id)} (line ${String(a.sumber_baris)}): printed ${String(a.persen_tercetak)}, computed ${((rl / pg) * 100).toFixed(2)}`,
      );
    }
  }
  for (const id of ['PK.TOTAL', 'PKP.TOTAL']) {
    const kids = anggaran.filter((a) => a.induk === id);
    const sum = kids.reduce(
      (s, k) => s + (idNum(String(k.pagu)) ?? idNum(String(k.pagu).replace(/\.(\d\d)$/, ',$1')) ?? NaN),
      0,
    );
    console.log(
      `  ${id}: printed ${String(anggaran.find((a) => a.id === id)?.pagu)}, children sum ${sum.toLocaleString('id-ID')}`,
    );
  }
}

// ---- write ---------------------------------------------------------------------------------------------------------

write('pohon-kinerja.csv', ['kode', 'tingkat', 'induk', 'nama', 'sumber_tabel', 'sumber_baris'], tree);
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
write(
  'nilai.csv',
  [
    'indikator',
    'tahun',
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
  nilai,
);
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
    'catatan',
    'cacat_cetak',
    'sumber_tabel',
    'sumber_baris',
  ],
  anggaran,
);
write(
  'pembanding.csv',
  ['indikator', 'tahun', 'pembanding', 'nilai', 'catatan', 'format_angka', 'sumber_tabel', 'sumber_baris'],
  pembanding,
);
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
    'format_angka',
    'sumber_tabel',
    'sumber_baris',
  ],
  efisiensi,
);
write('ringkasan.csv', ['lingkup', 'jenis', 'nilai', 'tahun', 'catatan', 'sumber_tabel', 'sumber_baris'], ringkasan);
write('narasi.csv', ['lingkup', 'jenis', 'teks', 'sumber_tabel', 'sumber_baris'], narasi);
console.log('budget checks:');
checkBudget();
