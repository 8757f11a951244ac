/**
 * Transcription of seed 000 (LKjIP 2024, Dinsos P3A Kota Probolinggo) into
 * content/laporan/dinsos-p3a-kota-probolinggo/2024-lkjip/*.csv.
 *
 * Run from the repository root:  npx node scripts/transkripsi/000-probolinggo-2024-lkjip.ts
 *
 * What is extracted mechanically from the seed text:
 * - Tabel 2.2 and Tabel 3.2 (budget realisation, P-APBD): every row between the header and the end of the
 *   table, HTML tags removed, rows split over a page break joined (line 997+999, 1010+1012). Levels are NOT
 *   taken from the <b> markup (it is inconsistent: some kegiatan rows are plain, e.g. lines 345, 348, 973, 976,
 *   1002): a row is `program` when its name starts with "PROGRAM", the first row after a programme is a
 *   `kegiatan`, following rows are `subkegiatan` until their pagu adds up to the kegiatan's pagu, then the next
 *   row is again a kegiatan. The script asserts the counts the document states (12 programmes as tabled — the
 *   text says 13 —, 25 kegiatan, 65 sub kegiatan).
 * - Tabel 2.3 / 2.4 (PK and PK P-APBD programme budgets): amounts and sumber dana read from the lines; the
 *   programme names of Tabel 2.4 are the <li> items of line 588 (one per amount line 588–598) plus line 600.
 * - Every indicator value, benchmark, efficiency and allocation cell is read from its seed line by column index
 *   (cells are tab-separated), so the text is exactly as printed; each spec asserts the row's label.
 * Hand-decided (written below as data, not parsed): which tree node / indicator each row belongs to, the years
 *   of the multi-year columns (from the table headers), the tree of sasaran → programme → kegiatan (from the
 *   3.1.x.I tables), polarity notes, and the narrative rows. `cacat_cetak` is set by hand for `483.949.00,`
 *   (line 517) and `483.949.000,` (line 597).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED_FILE = '000_be16c21624126abf.txt';
const SEED = readFileSync(join(ROOT, 'content', 'dokumen', SEED_FILE), 'utf8').split('\n');
const OUT = join(ROOT, 'content', 'laporan', 'dinsos-p3a-kota-probolinggo', '2024-lkjip');

type Row = Record<string, string>;

function raw(n: number): string {
  const text = SEED[n - 1];
  if (text === undefined) throw new Error(`line ${n} out of range`);
  return text;
}
function strip(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
function cells(n: number): string[] {
  return raw(n).split('\t').map(strip);
}
function cell(n: number, i: number): string {
  const c = cells(n)[i];
  if (c === undefined) throw new Error(`line ${n}: no cell ${i}: ${raw(n)}`);
  return c;
}
/** Asserts the line contains the text (guards every hand-written line reference). */
function expectLine(n: number, text: string): void {
  if (!strip(raw(n)).toLowerCase().includes(text.toLowerCase())) {
    throw new Error(`line ${n} does not contain "${text}": ${raw(n)}`);
  }
}
function write(file: string, header: string[], rows: Row[]): void {
  for (const r of rows) {
    for (const k of Object.keys(r)) if (!header.includes(k)) throw new Error(`${file}: unknown column ${k}`);
  }
  const data = rows.map((r) => header.map((h) => r[h] ?? ''));
  const path = join(OUT, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, Papa.unparse({ fields: header, data }, { newline: '\n' }) + '\n');
  console.log(`${file}: ${rows.length} rows`);
}
/** Integer value of an id-format Rupiah amount (only used to decide budget levels). */
function rupiah(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

// ---------------------------------------------------------------------------------------------------------
// Budget realisation tables (Tabel 2.2, Tabel 3.2)
// ---------------------------------------------------------------------------------------------------------
interface BudgetRow {
  line: number;
  nama: string;
  pagu: string;
  realisasi: string;
  persen: string;
}

function readBudgetTable(headerLine: number, lastLine: number): BudgetRow[] {
  expectLine(headerLine, 'KETERANGAN P-APBD REALISASI %');
  const rows: BudgetRow[] = [];
  for (let n = headerLine + 1; n <= lastLine; n++) {
    if (raw(n).trim() === '') continue;
    const c = cells(n);
    const [nama = '', pagu = '', realisasi = '', persen = ''] = c;
    if (pagu === '' && realisasi === '' && persen === '') {
      // second half of a row split over a page break
      const prev = rows[rows.length - 1];
      if (!prev) throw new Error(`line ${n}: continuation without a row`);
      prev.nama = `${prev.nama} ${nama}`;
      continue;
    }
    rows.push({ line: n, nama, pagu, realisasi, persen });
  }
  return rows;
}

function budgetLines(prefix: string, table: string, rows: BudgetRow[]): Row[] {
  const out: Row[] = [];
  const [first, ...rest] = rows;
  if (!first || !first.nama.startsWith('URUSAN')) throw new Error(`${table}: first row is not the urusan row`);
  out.push({
    id: prefix,
    induk: '',
    tingkat: 'urusan',
    nama: first.nama,
    pagu: first.pagu,
    realisasi: first.realisasi,
    persen_tercetak: first.persen,
    peran: 'realisasi',
    sumber_tabel: table,
    sumber_baris: String(first.line),
  });
  let p = 0;
  let k = 0;
  let s = 0;
  let programId = '';
  let kegiatanId = '';
  let remaining = 0; // pagu of the current kegiatan not yet covered by its sub kegiatan
  const counts = { program: 0, kegiatan: 0, subkegiatan: 0 };
  for (const r of rest) {
    let tingkat: 'program' | 'kegiatan' | 'subkegiatan';
    let id: string;
    let induk: string;
    if (/^PROGRAM\b/.test(r.nama)) {
      p++;
      k = 0;
      programId = `${prefix}.P${String(p).padStart(2, '0')}`;
      kegiatanId = '';
      remaining = 0;
      tingkat = 'program';
      id = programId;
      induk = prefix;
    } else if (remaining === 0) {
      k++;
      s = 0;
      kegiatanId = `${programId}.K${String(k).padStart(2, '0')}`;
      remaining = rupiah(r.pagu);
      tingkat = 'kegiatan';
      id = kegiatanId;
      induk = programId;
    } else {
      s++;
      remaining -= rupiah(r.pagu);
      if (remaining < 0) throw new Error(`${table} line ${r.line}: sub kegiatan exceed their kegiatan`);
      tingkat = 'subkegiatan';
      id = `${kegiatanId}.S${String(s).padStart(2, '0')}`;
      induk = kegiatanId;
    }
    counts[tingkat]++;
    out.push({
      id,
      induk,
      tingkat,
      nama: r.nama,
      pagu: r.pagu,
      realisasi: r.realisasi,
      persen_tercetak: r.persen,
      peran: 'realisasi',
      sumber_tabel: table,
      sumber_baris: String(r.line),
    });
  }
  if (counts.program !== 12 || counts.kegiatan !== 25 || counts.subkegiatan !== 65) {
    throw new Error(`${table}: unexpected counts ${JSON.stringify(counts)}`);
  }
  return out;
}

const anggaran: Row[] = [];
anggaran.push(...budgetLines('R22', 'Tabel 2.2', readBudgetTable(342, 452)));
anggaran.push(...budgetLines('R32', 'Tabel 3.2', readBudgetTable(901, 1015)));

// PK (Tabel 2.3): one programme per line 508–520, total on line 521.
const pkLines = [508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 520];
anggaran.push({
  id: 'PK',
  induk: '',
  tingkat: 'total',
  nama: cell(521, 1),
  pagu: cell(521, 2),
  peran: 'pk',
  sumber_tabel: 'Tabel 2.3',
  sumber_baris: '521',
});
expectLine(521, 'Jumlah Rp. 18.292.244.804,-');
pkLines.forEach((n, i) => {
  const [nama = '', pagu = '', dana = ''] = cells(n);
  if (!nama.startsWith('- Program')) throw new Error(`line ${n}: not a PK programme line`);
  const row: Row = {
    id: `PK.P${String(i + 1).padStart(2, '0')}`,
    induk: 'PK',
    tingkat: 'program',
    nama: nama.replace(/^- /, ''),
    pagu,
    sumber_dana: dana,
    peran: 'pk',
    sumber_tabel: 'Tabel 2.3',
    sumber_baris: String(n),
  };
  if (pagu === '483.949.00,') row.cacat_cetak = 'pagu';
  anggaran.push(row);
});

// PK P-APBD (Tabel 2.4): names are the <li> items of line 588; amounts on lines 588–598; last programme line 600.
expectLine(601, 'Jumlah Rp. 16.757.878.363,-');
anggaran.push({
  id: 'PKP',
  induk: '',
  tingkat: 'total',
  nama: 'Jumlah',
  pagu: strip(raw(601)).replace(/^Jumlah\s+/, ''),
  peran: 'pk-perubahan',
  sumber_tabel: 'Tabel 2.4',
  sumber_baris: '601',
});
const liNames = [...raw(588).matchAll(/<li>(.*?)<\/li>/g)].map((m) => strip(m[1] ?? '').replace(/^- /, ''));
if (liNames.length !== 11) throw new Error(`line 588: expected 11 programme names, got ${liNames.length}`);
const pkpRows: { n: number; nama: string; pagu: string; dana: string }[] = [];
liNames.forEach((nama, i) => {
  const n = 588 + i;
  const c = cells(n);
  pkpRows.push({ n, nama, pagu: c[c.length - 2] ?? '', dana: c[c.length - 1] ?? '' });
});
{
  const [nama = '', pagu = '', dana = ''] = cells(600);
  pkpRows.push({ n: 600, nama: nama.replace(/^- /, ''), pagu, dana });
}
pkpRows.forEach((r, i) => {
  const row: Row = {
    id: `PKP.P${String(i + 1).padStart(2, '0')}`,
    induk: 'PKP',
    tingkat: 'program',
    nama: r.nama,
    pagu: r.pagu,
    sumber_dana: r.dana,
    peran: 'pk-perubahan',
    sumber_tabel: 'Tabel 2.4',
    sumber_baris: String(r.n),
  };
  if (r.pagu === '483.949.000,') row.cacat_cetak = 'pagu';
  anggaran.push(row);
});

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
    'cacat_cetak',
    'sumber_tabel',
    'sumber_baris',
  ],
  anggaran,
);

// ---------------------------------------------------------------------------------------------------------
// Performance tree
// ---------------------------------------------------------------------------------------------------------
const pohon: Row[] = [];
function node(kode: string, tingkat: string, induk: string, nama: string, tabel: string, baris: number): void {
  expectLine(baris, nama.slice(0, 30));
  pohon.push({ kode, tingkat, induk, nama, sumber_tabel: tabel, sumber_baris: String(baris) });
}
node(
  'T1',
  'tujuan',
  '',
  'Meningkatnya Cakupan Perlindungan Sosial dan Kesejahteraan Sosial Masyarakat',
  'Bab II 2.1 Rencana Strategis',
  321,
);
node('S1', 'sasaran', 'T1', cell(503, 1), 'Tabel 2.3', 503);
node('S2', 'sasaran', 'T1', cell(504, 1), 'Tabel 2.3', 504);
node('S3', 'sasaran', 'T1', cell(505, 1), 'Tabel 2.3', 505);
node('S4', 'sasaran', 'T1', cell(506, 1), 'Tabel 2.3', 506);

// Sasaran 1 — programmes and kegiatan as printed in Tabel 3.1.1.I (lines 719–730).
const t11i = 'Tabel 3.1.1.I';
node('S1.P1', 'program', 'S1', 'PROGRAM PEMBERDAYAAN SOSIAL', t11i, 719);
node(
  'S1.P1.K1',
  'kegiatan',
  'S1.P1',
  'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
  t11i,
  719,
);
node('S1.P2', 'program', 'S1', 'PROGRAM REHABILITASI SOSIAL', t11i, 719);
node(
  'S1.P2.K1',
  'kegiatan',
  'S1.P2',
  'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
  t11i,
  719,
);
expectLine(721, 'Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial');
node('S1.P2.K2', 'kegiatan', 'S1.P2', cell(722, 3), t11i, 722);
node('S1.P3', 'program', 'S1', cell(723, 0), t11i, 723);
node('S1.P3.K1', 'kegiatan', 'S1.P3', cell(724, 0), t11i, 724);
node('S1.P4', 'program', 'S1', cell(725, 0), t11i, 725);
node('S1.P4.K1', 'kegiatan', 'S1.P4', cell(726, 0), t11i, 726);
node('S1.P5', 'program', 'S1', cell(727, 3), t11i, 727);
node('S1.P5.K1', 'kegiatan', 'S1.P5', cell(728, 3), t11i, 728);
node('S1.P6', 'program', 'S1', cell(729, 3), t11i, 729);
node('S1.P6.K1', 'kegiatan', 'S1.P6', cell(730, 0), t11i, 730);
// Sasaran 2 — Tabel 3.1.2.I (lines 801–805); the programme name is split into bold fragments.
const t12i = 'Tabel 3.1.2.I';
node('S2.P1', 'program', 'S2', cell(801, 3), t12i, 801);
node('S2.P1.K1', 'kegiatan', 'S2.P1', cell(802, 3), t12i, 802);
node('S2.P1.K2', 'kegiatan', 'S2.P1', cell(803, 3), t12i, 803);
node('S2.P2', 'program', 'S2', cell(804, 3), t12i, 804);
node('S2.P2.K1', 'kegiatan', 'S2.P2', cell(805, 3), t12i, 805);
// Sasaran 3 — Tabel 3.1.3.I (lines 880–889).
const t13i = 'Tabel 3.1.3.I';
node('S3.P1', 'program', 'S3', 'PROGRAM PERLINDUNGAN PEREMPUAN', t13i, 880);
node(
  'S3.P1.K1',
  'kegiatan',
  'S3.P1',
  'Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten Kota',
  t13i,
  880,
);
node('S3.P1.K2', 'kegiatan', 'S3.P1', cell(882, 1), t13i, 882);
node('S3.P1.K3', 'kegiatan', 'S3.P1', cell(883, 1), t13i, 883);
node('S3.P2', 'program', 'S3', 'PROGRAM PERLINDUNGAN KHUSUS ANAK', t13i, 884);
node(
  'S3.P2.K1',
  'kegiatan',
  'S3.P2',
  'Pencegahan Kekerasan Terhadap Anak yang Melibatkan para Pihak Lingkup Daerah Kabupaten/Kota',
  t13i,
  884,
);
node('S3.P2.K2', 'kegiatan', 'S3.P2', cell(885, 1), t13i, 885);
node('S3.P2.K3', 'kegiatan', 'S3.P2', cell(886, 1), t13i, 886);
node('S3.P3', 'program', 'S3', cell(887, 3), t13i, 887);
node('S3.P3.K1', 'kegiatan', 'S3.P3', cell(888, 3), t13i, 888);
node('S3.P3.K2', 'kegiatan', 'S3.P3', cell(889, 1), t13i, 889);
// Sasaran 4 has no Bab III section; its programme (the only one left, Penunjang) and kegiatan from Tabel 2.2.
{
  const r22 = anggaran.filter((r) => r.sumber_tabel === 'Tabel 2.2');
  const prog = r22.find((r) => r.id === 'R22.P01');
  if (!prog) throw new Error('R22.P01 missing');
  node('S4.P1', 'program', 'S4', prog.nama ?? '', 'Tabel 2.2', Number(prog.sumber_baris));
  r22
    .filter((r) => r.induk === 'R22.P01')
    .forEach((r, i) => node(`S4.P1.K${i + 1}`, 'kegiatan', 'S4.P1', r.nama ?? '', 'Tabel 2.2', Number(r.sumber_baris)));
}
write(
  'pohon-kinerja.csv',
  ['kode', 'tingkat', 'induk', 'nama', 'kode_anggaran', 'sumber_tabel', 'sumber_baris'],
  pohon,
);

// ---------------------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------------------
const indikator: Row[] = [];
function ind(r: Row & { sumber_baris: string; nama: string }): void {
  expectLine(Number(r.sumber_baris), r.nama);
  indikator.push(r);
}
ind({
  kode: 'T1.I1',
  induk: 'T1',
  nama: 'Persentase PMKS',
  satuan: '%',
  jenis_nilai: 'persen',
  polaritas: 'negatif',
  catatan_polaritas:
    'Dokumen tidak menyatakan polaritas dan tidak mencetak nilai; dibaca sebagai proporsi PMKS (makin rendah makin baik) — penilaian transkriptor',
  iku: '',
  sumber_tabel: 'Bab II 2.1 Rencana Strategis',
  sumber_baris: '323',
});
ind({
  kode: 'T1.I2',
  induk: 'T1',
  nama: 'Indeks Pembangunan Gender',
  satuan: '',
  jenis_nilai: 'angka',
  polaritas: 'positif',
  catatan_polaritas:
    'Indeks Pembangunan Gender: makin tinggi makin baik (dokumen tidak menyatakan polaritas dan tidak mencetak nilai)',
  iku: '',
  sumber_tabel: 'Bab II 2.1 Rencana Strategis',
  sumber_baris: '324',
});
ind({
  kode: 'S1.I1',
  induk: 'S1',
  nama: 'Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan dasarnya',
  satuan: '%',
  jenis_nilai: 'persen',
  polaritas: 'positif',
  catatan_polaritas:
    "PMKS 'yang terpenuhi kebutuhan dasarnya': makin tinggi makin baik; Tabel 3.1.1.A menghitung realisasi/target (97,64/90 = 108,49%)",
  iku: 'ya',
  sumber_tabel: 'Tabel 2.3',
  sumber_baris: '503',
});
ind({
  kode: 'S2.I1',
  induk: 'S2',
  nama: 'Nilai Evaluasi Pengarustamaan Gender',
  satuan: '',
  jenis_nilai: 'ordinal',
  urutan: 'ape-pug',
  polaritas: 'positif',
  catatan_polaritas:
    'Tingkat evaluasi PUG (Madya → Utama → Mentor): tingkat lebih tinggi lebih baik; target 2024 Utama, target akhir Renstra Mentor',
  iku: 'ya',
  sumber_tabel: 'Tabel 2.3',
  sumber_baris: '504',
});
ind({
  kode: 'S3.I1',
  induk: 'S3',
  nama: 'Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang tertangani',
  satuan: '%',
  jenis_nilai: 'persen',
  polaritas: 'positif',
  catatan_polaritas: "Persentase kasus 'yang tertangani': makin tinggi makin baik",
  iku: 'ya',
  sumber_tabel: 'Tabel 2.3',
  sumber_baris: '505',
});
ind({
  kode: 'S3.I2',
  induk: 'S3',
  nama: 'Kategori Kota Layak Anak',
  satuan: '',
  jenis_nilai: 'ordinal',
  urutan: 'kla',
  polaritas: 'positif',
  catatan_polaritas: 'Kategori KLA (Pratama < Madya < Nindya < Utama < KLA): kategori lebih tinggi lebih baik',
  iku: 'ya',
  sumber_tabel: 'Tabel 2.3',
  sumber_baris: '505',
});
ind({
  kode: 'S4.I1',
  induk: 'S4',
  nama: 'Persentase Capaian Pengelolaan Administrasi Perkantoran Yang Ditangani Sesuai Ketentuan',
  satuan: '%',
  jenis_nilai: 'persen',
  polaritas: 'positif',
  catatan_polaritas: "Persentase administrasi 'yang ditangani sesuai ketentuan': makin tinggi makin baik",
  iku: '',
  sumber_tabel: 'Tabel 2.3',
  sumber_baris: '506',
});
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
  indikator,
);

// ---------------------------------------------------------------------------------------------------------
// Indicator values
// ---------------------------------------------------------------------------------------------------------
const nilai: Row[] = [];
interface ValueSpec {
  indikator: string;
  tahun: number;
  peran: string;
  tabel: string;
  baris: number;
  /** text the row's label cell must contain */
  label: string;
  target?: number;
  realisasi?: number;
  capaian?: number;
  catatan?: string;
}
function val(s: ValueSpec): void {
  expectLine(s.baris, s.label);
  const row: Row = {
    indikator: s.indikator,
    tahun: String(s.tahun),
    peran: s.peran,
    target: s.target === undefined ? '' : cell(s.baris, s.target),
    realisasi: s.realisasi === undefined ? '' : cell(s.baris, s.realisasi),
    capaian_tercetak: s.capaian === undefined ? '' : cell(s.baris, s.capaian),
    catatan: s.catatan ?? '',
    sumber_tabel: s.tabel,
    sumber_baris: String(s.baris),
  };
  nilai.push(row);
}

// PK (Tabel 2.3) and PK P-APBD (Tabel 2.4): target column is cell 3.
const pkKlaNote =
  'Sel target PK memuat satu nilai (100%) untuk dua indikator sasaran 3; tidak ada target tercetak untuk Kategori Kota Layak Anak';
for (const [tabel, peran, base] of [
  ['Tabel 2.3', 'pk', 503],
  ['Tabel 2.4', 'pk-perubahan', 583],
] as const) {
  val({ indikator: 'S1.I1', tahun: 2024, peran, tabel, baris: base, label: 'PMKS', target: 3 });
  val({ indikator: 'S2.I1', tahun: 2024, peran, tabel, baris: base + 1, label: 'Pengarustamaan Gender', target: 3 });
  val({
    indikator: 'S3.I1',
    tahun: 2024,
    peran,
    tabel,
    baris: base + 2,
    label: 'Kekerasan terhadap Perempuan',
    target: 3,
  });
  val({
    indikator: 'S3.I2',
    tahun: 2024,
    peran,
    tabel,
    baris: base + 2,
    label: 'Kategori Kota Layak Anak',
    catatan: pkKlaNote,
  });
  val({ indikator: 'S4.I1', tahun: 2024, peran, tabel, baris: base + 3, label: 'Administrasi Perkantoran', target: 3 });
}

// Sasaran 1 — Tabel 3.1.1.A–I
const pmks = 'PMKS';
val({
  indikator: 'S1.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.1.A',
  baris: 661,
  label: pmks,
  target: 1,
  realisasi: 2,
  capaian: 3,
});
val({
  indikator: 'S1.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.1.B',
  baris: 669,
  label: pmks,
  target: 1,
  realisasi: 2,
  catatan: 'Kolom TARGET dicetak sekali untuk kedua tahun; dicatat pada 2024',
});
val({
  indikator: 'S1.I1',
  tahun: 2023,
  peran: 'capaian',
  tabel: 'Tabel 3.1.1.B',
  baris: 669,
  label: pmks,
  realisasi: 3,
  catatan: 'Kolom Realisasi Tahun 2023',
});
val({
  indikator: 'S1.I1',
  tahun: 2024,
  peran: 'renstra-akhir',
  tabel: 'Tabel 3.1.1.C',
  baris: 676,
  label: pmks,
  target: 1,
  realisasi: 2,
  capaian: 3,
  catatan:
    'TARGET AKHIR RENSTRA; REALISASI TAHUN 2024; capaian_tercetak = kolom TINGKAT KEMAJUAN. Judul sub-bab menyebut "Tahun 2023"',
});
val({
  indikator: 'S1.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.1.D',
  baris: 683,
  label: pmks,
  realisasi: 1,
  catatan: 'Keterangan: -',
});
val({
  indikator: 'S1.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.1.F',
  baris: 698,
  label: pmks,
  target: 1,
  realisasi: 2,
  capaian: 3,
});
val({
  indikator: 'S1.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.1.H',
  baris: 712,
  label: pmks,
  target: 1,
  realisasi: 2,
});
val({
  indikator: 'S1.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.1.I',
  baris: 719,
  label: pmks,
  target: 1,
  realisasi: 2,
  catatan: 'Baris diulang setelah pindah halaman (baris 727) dengan nilai yang sama',
});

// Sasaran 2 — Tabel 3.1.2.A–I
const pug = 'Pengarustamaan Gender';
val({
  indikator: 'S2.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.2.A',
  baris: 741,
  label: pug,
  target: 1,
  realisasi: 2,
  capaian: 3,
});
val({
  indikator: 'S2.I1',
  tahun: 2023,
  peran: 'capaian',
  tabel: 'Tabel 3.1.2.B',
  baris: 749,
  label: pug,
  realisasi: 2,
  catatan: 'Kolom REALISASI Tahun 2023 (judul sub-bab: "Tahun 2022 dengan Tahun 2023")',
});
val({
  indikator: 'S2.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.2.B',
  baris: 749,
  label: pug,
  target: 1,
  realisasi: 3,
  catatan: 'Kolom REALISASI Tahun 2024; kolom TARGET dicetak sekali, dicatat pada 2024',
});
val({
  indikator: 'S2.I1',
  tahun: 2024,
  peran: 'renstra-akhir',
  tabel: 'Tabel 3.1.2.C',
  baris: 756,
  label: pug,
  target: 1,
  realisasi: 2,
  capaian: 3,
  catatan:
    'TARGET AKHIR RENSTRA; REALISASI TAHUN 2024 dicetak "Madya" padahal Tabel 3.1.2.A mencetak N/A untuk 2024; capaian_tercetak = TINGKAT KEMAJUAN',
});
val({
  indikator: 'S2.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.2.D',
  baris: 763,
  label: pug,
  realisasi: 1,
  catatan: 'Keterangan: -',
});
val({
  indikator: 'S2.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.2.F',
  baris: 778,
  label: pug,
  target: 1,
  realisasi: 2,
  capaian: 3,
});
val({
  indikator: 'S2.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.2.H',
  baris: 794,
  label: pug,
  target: 1,
  realisasi: 2,
});
val({
  indikator: 'S2.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.2.I',
  baris: 802,
  label: pug,
  target: 1,
  realisasi: 2,
});

// Sasaran 3 — Tabel 3.1.3.A–I (two indicators)
const kasus = 'Kekerasan Terhadap Perempuan dan';
const kla = 'Kategori Kota Layak';
val({
  indikator: 'S3.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.A',
  baris: 814,
  label: kasus,
  target: 1,
  realisasi: 2,
  capaian: 3,
});
val({
  indikator: 'S3.I2',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.A',
  baris: 815,
  label: kla,
  target: 1,
  realisasi: 2,
  capaian: 3,
  catatan: 'Indikator dicetak "Kategori Kota Layak"',
});
val({
  indikator: 'S3.I1',
  tahun: 2023,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.B',
  baris: 823,
  label: kasus,
  realisasi: 2,
  catatan: 'Kolom REALISASI Tahun 2023',
});
val({
  indikator: 'S3.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.B',
  baris: 823,
  label: kasus,
  target: 1,
  realisasi: 3,
  catatan: 'Kolom REALISASI Tahun 2024; kolom TARGET dicetak sekali, dicatat pada 2024',
});
val({
  indikator: 'S3.I2',
  tahun: 2023,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.B',
  baris: 824,
  label: kla,
  realisasi: 2,
  catatan: 'Kolom REALISASI Tahun 2023',
});
val({
  indikator: 'S3.I2',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.B',
  baris: 824,
  label: kla,
  target: 1,
  realisasi: 3,
  catatan: 'Kolom REALISASI Tahun 2024; kolom TARGET dicetak sekali, dicatat pada 2024',
});
val({
  indikator: 'S3.I1',
  tahun: 2024,
  peran: 'renstra-akhir',
  tabel: 'Tabel 3.1.3.C',
  baris: 831,
  label: kasus,
  target: 1,
  realisasi: 2,
  capaian: 3,
  catatan: 'TARGET AKHIR RENSTRA; REALISASI TAHUN 2024; capaian_tercetak = TINGKAT KEMAJUAN',
});
val({
  indikator: 'S3.I2',
  tahun: 2024,
  peran: 'renstra-akhir',
  tabel: 'Tabel 3.1.3.C',
  baris: 832,
  label: 'Kategori Kota Layak Anak',
  target: 1,
  realisasi: 2,
  capaian: 3,
  catatan: 'TARGET AKHIR RENSTRA; REALISASI TAHUN 2024; capaian_tercetak = TINGKAT KEMAJUAN',
});
val({
  indikator: 'S3.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.D',
  baris: 839,
  label: 'Percentase Kasus Kekerasan',
  realisasi: 1,
  catatan: 'Keterangan: -',
});
val({
  indikator: 'S3.I2',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.D',
  baris: 840,
  label: kla,
  realisasi: 1,
  catatan: 'Keterangan: Belum Ada Penilaian Kota Layak Anak',
});
val({
  indikator: 'S3.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.F',
  baris: 856,
  label: 'Percentase Kasus Kekerasan',
  target: 1,
  realisasi: 2,
  capaian: 3,
});
val({
  indikator: 'S3.I2',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.F',
  baris: 857,
  label: kla,
  target: 1,
  realisasi: 2,
  capaian: 3,
});
val({
  indikator: 'S3.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.H',
  baris: 872,
  label: kasus,
  target: 1,
  realisasi: 2,
});
val({
  indikator: 'S3.I2',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.H',
  baris: 873,
  label: kla,
  target: 1,
  realisasi: 2,
  catatan: 'Realisasi dicetak "Utama" padahal Tabel 3.1.3.A/B/C/D/F mencetak N/A untuk 2024',
});
val({
  indikator: 'S3.I1',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.I',
  baris: 880,
  label: kasus,
  target: 1,
  realisasi: 2,
  catatan: 'Nama indikator terpecah ke baris 882; diulang tanpa nilai di baris 884 (pindah halaman)',
});
val({
  indikator: 'S3.I2',
  tahun: 2024,
  peran: 'capaian',
  tabel: 'Tabel 3.1.3.I',
  baris: 887,
  label: kla,
  target: 1,
  realisasi: 2,
  catatan: 'Realisasi dicetak "Utama" padahal Tabel 3.1.3.A mencetak N/A',
});

write(
  'nilai.csv',
  ['indikator', 'tahun', 'peran', 'target', 'realisasi', 'capaian_tercetak', 'catatan', 'sumber_tabel', 'sumber_baris'],
  nilai,
);

// ---------------------------------------------------------------------------------------------------------
// Benchmarks (Tabel 3.1.x.D, column REALISASI NASIONAL)
// ---------------------------------------------------------------------------------------------------------
const pembanding: Row[] = [];
function bench(indikatorKode: string, tabel: string, baris: number, label: string): void {
  expectLine(baris, label);
  const ket = cell(baris, 3);
  pembanding.push({
    indikator: indikatorKode,
    tahun: '2024',
    pembanding: 'Nasional',
    nilai: cell(baris, 2),
    catatan: `Kolom Realisasi Nasional; Keterangan: ${ket}`,
    sumber_tabel: tabel,
    sumber_baris: String(baris),
  });
}
bench('S1.I1', 'Tabel 3.1.1.D', 683, pmks);
bench('S2.I1', 'Tabel 3.1.2.D', 763, pug);
bench('S3.I1', 'Tabel 3.1.3.D', 839, 'Percentase Kasus');
bench('S3.I2', 'Tabel 3.1.3.D', 840, kla);
write(
  'pembanding.csv',
  ['indikator', 'tahun', 'pembanding', 'nilai', 'catatan', 'sumber_tabel', 'sumber_baris'],
  pembanding,
);

// ---------------------------------------------------------------------------------------------------------
// Efficiency: Tabel 3.1.x.F (performance and budget) and Tabel 3.1.x.G (efficiency), one row per indicator
// ---------------------------------------------------------------------------------------------------------
const efisiensi: Row[] = [];
function effF(lingkup: string, tabel: string, baris: number, label: string, indName: string): void {
  expectLine(baris, label);
  efisiensi.push({
    lingkup,
    capaian_tercetak: cell(baris, 3),
    pagu: cell(baris, 4),
    realisasi: cell(baris, 5),
    serapan_tercetak: cell(baris, 6),
    efisiensi_tercetak: '',
    catatan: `Indikator: ${indName}. capaian_tercetak = kolom KINERJA CAPAIAN; pagu/realisasi/serapan = kolom ANGGARAN TARGET/REALISASI/CAPAIAN; tabel ini tidak mencetak efisiensi`,
    sumber_tabel: tabel,
    sumber_baris: String(baris),
  });
}
function effG(
  lingkup: string,
  tabel: string,
  baris: number,
  label: string,
  indName: string,
  extra = '',
  cacat = '',
): void {
  expectLine(baris, label);
  efisiensi.push({
    cacat_cetak: cacat,
    lingkup,
    capaian_tercetak: cell(baris, 1),
    serapan_tercetak: cell(baris, 2),
    efisiensi_tercetak: cell(baris, 3),
    catatan: `Indikator: ${indName}. Kolom PERSENTASE CAPAIAN KINERJA / PERSENTASE PENYERAPAN ANGGARAN / TINGKAT EFISIENSI${extra}`,
    sumber_tabel: tabel,
    sumber_baris: String(baris),
  });
}
const nS1 = 'Persentase PMKS yang terpenuhi kebutuhan dasarnya (S1.I1)';
const nS2 = 'Nilai Evaluasi Pengarustamaan Gender (S2.I1)';
const nS3a = 'Persentase Kasus Kekerasan terhadap Perempuan dan Anak yang tertangani (S3.I1)';
const nS3b = 'Kategori Kota Layak Anak (S3.I2)';
effF('S1.I1', 'Tabel 3.1.1.F', 698, pmks, nS1);
effG(
  'S1.I1',
  'Tabel 3.1.1.G',
  705,
  pmks,
  nS1,
  '. Kolom capaian kinerja memuat realisasi (97,64%), bukan capaian (108,49%); serapan dicetak tanpa %',
);
effF('S2.I1', 'Tabel 3.1.2.F', 778, pug, nS2);
effG('S2.I1', 'Tabel 3.1.2.G', 785, pug, nS2);
effF('S3.I1', 'Tabel 3.1.3.F', 856, 'Percentase Kasus', nS3a);
effF('S3.I2', 'Tabel 3.1.3.F', 857, kla, nS3b);
effG('S3.I1', 'Tabel 3.1.G', 864, kasus, nS3a, '. Tabel dinomori "Tabel 3.1.G." (seharusnya 3.1.3.G)');
effG(
  'S3.I2',
  'Tabel 3.1.G',
  865,
  kla,
  nS3b,
  '. Tabel dinomori "Tabel 3.1.G."; kolom capaian kinerja berisi kategori "Utama", efisiensi tetap dicetak 98%',
  'capaian_tercetak',
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
    'cacat_cetak',
    'sumber_tabel',
    'sumber_baris',
  ],
  efisiensi,
);

// ---------------------------------------------------------------------------------------------------------
// Printed aggregates
// ---------------------------------------------------------------------------------------------------------
const ringkasan: Row[] = [];
function sum(lingkup: string, jenis: string, nilaiText: string, catatan: string, tabel: string, baris: number): void {
  expectLine(baris, nilaiText);
  ringkasan.push({ lingkup, jenis, nilai: nilaiText, catatan, sumber_tabel: tabel, sumber_baris: String(baris) });
}
sum('laporan', 'total-pagu', 'Rp 16.757.878.363,-', 'Total anggaran Tahun 2024', 'Ikhtisar Eksekutif', 101);
sum(
  'laporan',
  'total-realisasi',
  'Rp 15.509.525.884,-',
  'Realisasi anggaran Tahun 2024, dicetak "(92,55 %)"',
  'Ikhtisar Eksekutif',
  101,
);
sum('laporan', 'total-pagu', 'Rp 16.757.878.363,-', 'Total anggaran Tahun 2024', 'Bab III 3.2 Realisasi Anggaran', 893);
sum(
  'laporan',
  'total-realisasi',
  'Rp 15.509.525.884,-',
  'Realisasi anggaran Tahun 2024',
  'Bab III 3.2 Realisasi Anggaran',
  893,
);
sum(
  'laporan',
  'rata-rata-serapan',
  '92,55 %',
  '"rata-rata prosentase capaian anggaran program"; nilainya sama dengan total realisasi / total pagu, bukan rata-rata program',
  'Bab III 3.2 Realisasi Anggaran',
  893,
);
sum(
  'laporan',
  'rata-rata-capaian',
  '90%',
  '"hasil capaian indikator kinerja tercapai rata-rata 90%"',
  'Bab III 3.1 Capaian Kinerja Organisasi',
  652,
);
sum(
  'laporan',
  'rata-rata-capaian',
  '100 %',
  '"capaian kinerja kegiatan program rata-rata 100 %", padahal dua indikator tidak ada realisasi',
  'Bab IV 4.1 Kesimpulan',
  1025,
);
write('ringkasan.csv', ['lingkup', 'jenis', 'nilai', 'catatan', 'sumber_tabel', 'sumber_baris'], ringkasan);

// ---------------------------------------------------------------------------------------------------------
// Narrative
// ---------------------------------------------------------------------------------------------------------
const narasi: Row[] = [];
function narr(
  lingkup: string,
  jenis: string,
  teks: string,
  tabel: string,
  baris: number,
  check = teks.slice(0, 40),
): void {
  expectLine(baris, check);
  narasi.push({ lingkup, jenis, teks, sumber_tabel: tabel, sumber_baris: String(baris) });
}
// Tabel 3.1.x.H, column "Analisa Penyebab"
narr('S1.I1', 'penyebab', cell(712, 3), 'Tabel 3.1.1.H', 712, pmks);
narr('S2.I1', 'penyebab', cell(794, 3), 'Tabel 3.1.2.H', 794, 'Belum Ada Penilaian');
narr('S3.I1', 'penyebab', cell(872, 3), 'Tabel 3.1.3.H', 872, kasus);
narr('S3.I2', 'penyebab', cell(873, 3), 'Tabel 3.1.3.H', 873, kla);
// Bab IV 4.1 explains the two indicators without realisation.
const kesimpulan =
  'Namun terdapat dua indikator yang tidak ada realisasi yaitu pada indikator “Nilai Evaluasi Pengarustamaan Gender” dan “Kategori Kota Layak Anak”. Hal tersebut disebabkan belum ada pelaksanaan Penilaian Evaluasi Pengarustamaan Gender dan Kategori Kota Layak Anak pada tingkat Kementerian PPPA. Hal ini disebakan karena adanya perubahan indikator.';
narr('S2.I1', 'penyebab', kesimpulan, 'Bab IV 4.1 Kesimpulan', 1025);
narr('S3.I2', 'penyebab', kesimpulan, 'Bab IV 4.1 Kesimpulan', 1025);
// Tabel 3.1.x.I, column PROGRAM / KEGIATAN (joined; programme names in capitals as printed)
const prog = (kodes: string[]): string =>
  kodes
    .map((p) => {
      const pn = pohon.find((n) => n.kode === p);
      const ks = pohon.filter((n) => n.induk === p).map((n) => n.nama);
      return `${pn?.nama}: ${ks.join('; ')}`;
    })
    .join(' | ');
narr(
  'S1.I1',
  'program-penunjang',
  prog(['S1.P1', 'S1.P2', 'S1.P3', 'S1.P4', 'S1.P5', 'S1.P6']),
  t11i,
  719,
  'PROGRAM PEMBERDAYAAN SOSIAL',
);
narr('S2.I1', 'program-penunjang', prog(['S2.P1', 'S2.P2']), t12i, 801, 'PROGRAM PENGARUSUTAMAAN');
narr('S3.I1', 'program-penunjang', prog(['S3.P1', 'S3.P2']), t13i, 880, 'PROGRAM PERLINDUNGAN PEREMPUAN');
narr('S3.I2', 'program-penunjang', prog(['S3.P3']), t13i, 887, 'PROGRAM PEMENUHAN HAK ANAK');
// Bab I 1.2: main problems; Bab III 3.1 efficiency analysis; Bab IV 4.2 steps (whole agency → tujuan T1)
narr(
  'S1',
  'kendala',
  strip(raw(307)).replace(/^- a\. /, ''),
  'Bab I 1.2 Permasalahan Utama',
  307,
  'Peningkatan kebutuhan pelayanan dasar anak terlantar',
);
narr(
  'S1',
  'kendala',
  strip(raw(308)).replace(/^- b\. /, ''),
  'Bab I 1.2 Permasalahan Utama',
  308,
  'Peningkatan kebutuhan pelayanan dasar anak, anak',
);
narr(
  'S3',
  'kendala',
  strip(raw(309)).replace(/^- c\. /, ''),
  'Bab I 1.2 Permasalahan Utama',
  309,
  'Masih tingginya kasus',
);
narr(
  'T1',
  'analisis',
  strip(raw(652)),
  'Bab III 3.1 Capaian Kinerja Organisasi',
  652,
  'Hasil kegiatan program tahun 2024',
);
narr(
  'T1',
  'solusi',
  `${strip(raw(1029))} ${strip(raw(1031))}`,
  'Bab IV 4.2 Langkah-Langkah untuk Meningkatkan Kinerja',
  1029,
  'Untuk meningkatkan kinerja',
);
write('narasi.csv', ['lingkup', 'jenis', 'teks', 'sumber_tabel', 'sumber_baris'], narasi);

// ---------------------------------------------------------------------------------------------------------
// Extra tables
// ---------------------------------------------------------------------------------------------------------
// Bab 1.1.3 staffing (lines 266–275)
const pegawai: Row[] = [];
expectLine(266, '33 (Tiga Puluh Tiga) pegawai');
for (let n = 268; n <= 275; n++) {
  const m = /^- ([a-h])\. (\d+ \([^)]*\)) (.*?);?(?: dan)?$/.exec(raw(n).trim());
  if (!m) throw new Error(`line ${n}: staffing row not recognised: ${raw(n)}`);
  pegawai.push({ huruf: m[1] ?? '', jumlah: m[2] ?? '', uraian: m[3] ?? '', sumber_baris: String(n) });
}
pegawai.push({
  huruf: '',
  jumlah: '33 (Tiga Puluh Tiga)',
  uraian:
    'Jumlah pegawai Dinas Sosial, Pemberdayaan Perempuan, dan Perlindungan Anak Kota Probolinggo per 31 Desember pada Tahun 2023',
  sumber_baris: '266',
});
write('tabel/pegawai.csv', ['huruf', 'jumlah', 'uraian', 'sumber_baris'], pegawai);

// Bab 1.1.1 heads of the agency (lines 123–136)
const kepala: Row[] = [];
for (let n = 123; n <= 136; n++) {
  const m = /^(\d+)\. Tahun (.*?) dipimpin oleh (.*)$/.exec(raw(n).trim());
  if (!m) throw new Error(`line ${n}: head row not recognised`);
  kepala.push({ no: m[1] ?? '', periode: m[2] ?? '', nama: m[3] ?? '', sumber_baris: String(n) });
}
write('tabel/kepala-dinas.csv', ['no', 'periode', 'nama', 'sumber_baris'], kepala);

// Tabel 3.1.x.E allocation per sasaran
const alokasi: Row[] = [];
for (const [tabel, sasaran, baris, label] of [
  ['Tabel 3.1.1.E', 'S1', 690, pmks],
  ['Tabel 3.1.2.E', 'S2', 770, pug],
  ['Tabel 3.1.3.E', 'S3', 847, 'Percentase Kasus'],
  ['Tabel 3.1.3.E', 'S3', 848, kla],
] as const) {
  expectLine(baris, label);
  alokasi.push({
    tabel,
    sasaran,
    indikator: cell(baris, 0),
    anggaran: cell(baris, 1),
    persentase_terhadap_anggaran_perangkat_daerah: cell(baris, 2),
    sumber_baris: String(baris),
  });
}
write(
  'tabel/alokasi-per-sasaran.csv',
  ['tabel', 'sasaran', 'indikator', 'anggaran', 'persentase_terhadap_anggaran_perangkat_daerah', 'sumber_baris'],
  alokasi,
);
