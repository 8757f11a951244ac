/**
 * Transkripsi seed 001 (Rancangan Awal Renja 2021, Dinsos P3A Kota Probolinggo) ke
 * content/laporan/dinsos-p3a-kota-probolinggo/2021-renja/.
 *
 * Jalankan dari akar repo:  npx node scripts/transkripsi/001-renja-2021.ts
 *
 * Apa yang dikerjakan skrip dan apa yang ditulis tangan:
 * - Tabel evaluasi Renja bagian 2020 (baris 164–214): sel-selnya bergeser tidak teratur (kolom nomor kegiatan
 *   kadang terpisah, kadang menyatu dengan nama; baris PPPA kehilangan satu sel kosong), jadi pemetaan sel →
 *   kolom ditulis tangan di EVAL_2020 di bawah. Skrip memeriksa bahwa setiap nilai yang ditulis tangan benar-benar
 *   ada sebagai sel di baris sumber (assertCell), jadi salah ketik tertangkap.
 * - Angka yang terbelah oleh pembungkusan baris di dalam sel PDF (`70,5 9%`, `36 0`, `391, 30%`) digabung
 *   (artefak ekstraksi); teks ekstraksi aslinya dicatat di kolom catatan nilai.csv dan di CATATAN.md.
 * - Tabel evaluasi bagian 2021 (baris 216–298), Tabel 3.3 dan Tabel Bab IV: dibaca otomatis per sel; hanya
 *   tingkat (program/kegiatan/sub kegiatan) ditentukan tangan (daftar LEVELS_*), karena tabelnya tidak mencetak
 *   kode/tingkat.
 * - Tabel tambahan (2.2, 2.4, 2.5, 3.1.1): dibaca otomatis; sel awal yang hilang (baris yang tidak diawali tab)
 *   disisipkan kembali sebagai sel kosong.
 * - tabel sasaran daerah (baris 323–327), tujuan/sasaran Bab III (teks): ditulis tangan di bawah.
 * - Angka bersatuan (`50 Orang`, bagian 2021) ditulis seperti tercetak; pembaca angka membaca kata satuannya.
 *   Anggaran `Rp`/`.Rp …` (Bab IV) ditulis seperti tercetak dengan kolom cacat_cetak.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const SEED = '001_ee7b1d7f68578cea.txt';
const ROOT = process.cwd();
const OUT = join(ROOT, 'content/laporan/dinsos-p3a-kota-probolinggo/2021-renja');
const LINES = readFileSync(join(ROOT, 'content', 'dokumen', SEED), 'utf8').split('\n');

const line = (n: number): string => {
  const s = LINES[n - 1];
  if (s === undefined) throw new Error(`no line ${n}`);
  return s;
};
const cells = (n: number): string[] =>
  line(n)
    .split('\t')
    .map((c) => c.trim());
const assertCell = (n: number, v: string | undefined): void => {
  if (v === undefined || v === '') return;
  if (!cells(n).includes(v))
    throw new Error(`line ${n}: cell ${JSON.stringify(v)} not found in ${JSON.stringify(cells(n))}`);
};
const assertText = (n: number, v: string): void => {
  if (!line(n).includes(v)) throw new Error(`line ${n}: text ${JSON.stringify(v)} not found`);
};

/** Join digits split by an in-cell line wrap: `70,5 9%` → `70,59%`, `36 0` → `360`, `391, 30%` → `391,30%`. */
const unwrap = (s: string): string => s.replace(/(\d,?) (?=\d)/g, '$1');

type Row = Record<string, string | number | undefined>;
function writeCsv(file: string, header: string[], rows: Row[]): void {
  const data = rows.map((r) => header.map((h) => (r[h] === undefined ? '' : String(r[h]))));
  for (const r of rows)
    for (const k of Object.keys(r)) if (!header.includes(k)) throw new Error(`${file}: unknown column ${k}`);
  const path = join(OUT, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, Papa.unparse({ fields: header, data }, { newline: '\n' }) + '\n');
  console.log(`${file}: ${rows.length} rows`);
}

// ---------------------------------------------------------------------------------------------------------------
// Source-table labels (the document numbers none of its tables; labels name the section and the printed title).
const T_EVAL = 'Bab II 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja';
const T_PELAYANAN = 'Bab II 2.2 Pencapaian Kinerja Pelayanan';
const T_SASARAN_DAERAH = 'Bab II 2.2 Target Indikator Sasaran Kinerja Daerah';
const T_REVIEW = 'Bab II 2.4 Review terhadap Rancangan Awal RKPD 2022';
const T_USULAN = 'Bab II 2.5 Usulan Program dan Kegiatan 2022';
const T_TELAAH = 'Bab III 3.1.1 Permasalahan Pelayanan berdasarkan Program K/L';
const T_TUJUAN = 'Bab III 3.2 Tujuan dan Sasaran';
const T_PROGKEG = 'Bab III 3.3 Program dan Kegiatan';
const T_BAB4 = 'Bab IV Program dan Kegiatan Tahun 2021';

const tree: Row[] = [];
const indicators: Row[] = [];
const values: Row[] = [];
const budget: Row[] = [];
const plan: Row[] = [];

const POS_DEFAULT =
  'Cakupan sasaran/keluaran yang dilayani: makin tinggi makin baik (dokumen tidak menyatakan polaritas)';

function addIndicator(
  kode: string,
  induk: string,
  nama: string,
  n: number,
  table: string,
  satuan = '',
  jenis?: string,
  extra: Row = {},
): void {
  assertText(n, nama.slice(0, 30));
  const pct = /^persentase|^presentase|%/i.test(nama);
  indicators.push({
    kode,
    induk,
    nama,
    satuan: satuan || (pct ? '%' : ''),
    jenis_nilai: jenis ?? (pct || satuan === '%' ? 'persen' : 'angka'),
    polaritas: 'positif',
    catatan_polaritas: POS_DEFAULT,
    sumber_tabel: table,
    sumber_baris: n,
    ...extra,
  });
}

function addValue(
  v: Row & { indikator: string; tahun: number; peran: string; sumber_baris: number; sumber_tabel: string },
): void {
  const notes: string[] = [];
  for (const col of ['target', 'realisasi', 'capaian_tercetak'] as const) {
    const raw = v[col];
    if (typeof raw === 'string' && raw !== '') {
      assertCell(v.sumber_baris, raw);
      const fixed = unwrap(raw);
      if (fixed !== raw) {
        v[col] = fixed;
        notes.push(`${col}: teks ekstraksi '${raw}' (angka terbelah baris dalam sel PDF) digabung`);
      }
    }
  }
  if (notes.length) v.catatan = [v.catatan, ...notes].filter(Boolean).join('; ');
  values.push(v);
}

// ---------------------------------------------------------------------------------------------------------------
// Bab III 3.2: tujuan and sasaran (text lists, lines 651–653 and 657–659). The document does not say which
// sasaran serves which tujuan, so the sasaran are top-level nodes.
for (const [i, n] of [651, 652, 653].entries()) {
  const nama = line(n)
    .replace(/^\d+\.\s*/, '')
    .replace(/;\s*$/, '')
    .trim();
  tree.push({ kode: `T${i + 1}`, tingkat: 'tujuan', induk: '', nama, sumber_tabel: T_TUJUAN, sumber_baris: n });
}
for (const [i, n] of [657, 658, 659].entries()) {
  const nama = line(n)
    .replace(/^\d+\.\s*/, '')
    .replace(/;\s*$/, '')
    .trim();
  tree.push({ kode: `S${i + 1}`, tingkat: 'sasaran', induk: '', nama, sumber_tabel: T_TUJUAN, sumber_baris: n });
}

// Bab II 2.2 "Target Indikator Sasaran Kinerja Daerah" (lines 323–327).
{
  const defs = [
    {
      n: 326,
      kode: 'SD1',
      ind: 'SD1.I1',
      satuan: '%',
      jenis: 'persen',
      polaritas: 'negatif',
      cat: 'Target menurun dari 31,03 (2020) ke 24,85 (2024) pada tabel Target Indikator Sasaran Kinerja Daerah: makin rendah persentase PMKS makin baik',
    },
    {
      n: 327,
      kode: 'SD2',
      ind: 'SD2.I1',
      satuan: 'Indeks',
      jenis: 'angka',
      polaritas: 'positif',
      cat: 'Target naik dari 68,55 (2020) ke 70,15 (2024): makin tinggi makin baik',
    },
  ];
  for (const d of defs) {
    const c = cells(d.n);
    tree.push({
      kode: d.kode,
      tingkat: 'sasaran',
      induk: '',
      nama: c[0],
      sumber_tabel: T_SASARAN_DAERAH,
      sumber_baris: d.n,
    });
    indicators.push({
      kode: d.ind,
      induk: d.kode,
      nama: c[1],
      satuan: c[2],
      jenis_nilai: d.jenis,
      polaritas: d.polaritas,
      catatan_polaritas: d.cat,
      iku: 'ya',
      sumber_tabel: T_SASARAN_DAERAH,
      sumber_baris: d.n,
    });
    if (c[2] !== d.satuan) throw new Error(`satuan ${c[2]}`);
    addValue({
      indikator: d.ind,
      tahun: 2020,
      peran: 'capaian',
      realisasi: c[3],
      catatan: "Kolom 'Kinerja Awal (2020)'",
      sumber_tabel: T_SASARAN_DAERAH,
      sumber_baris: d.n,
    });
    [2020, 2021, 2022, 2023, 2024].forEach((y, i) =>
      addValue({
        indikator: d.ind,
        tahun: y,
        peran: 'renstra',
        target: c[4 + i],
        catatan: "Kolom 'Target Kinerja'",
        sumber_tabel: T_SASARAN_DAERAH,
        sumber_baris: d.n,
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation table, 2020 part (old nomenclature). Hand-mapped cells (see header comment).
// r = Renstra target (col 4), n3 = realisasi s.d. n-3 in % (col 5), kT/rpT = target 2020 K/Rp,
// kR/rpR = realisasi 2020 K/Rp, kP/rpP = tingkat realisasi K/Rp, c9 = target Renja 2021 (col 9).
type EvalRow = {
  n: number;
  node?: { id: string; tingkat: 'program' | 'kegiatan'; kode: string; nama: string; urusan: 'U1' | 'U2' };
  ind?: string;
  r?: string;
  n3?: string;
  kT?: string;
  rpT?: string;
  kR?: string;
  rpR?: string;
  kP?: string;
  rpP?: string;
  c9?: string;
  note?: string;
};
const P = 'program' as const;
const K = 'kegiatan' as const;
const EVAL_2020: EvalRow[] = [
  {
    n: 165,
    node: {
      id: 'E20.P01',
      tingkat: P,
      kode: '110600.1106 01.01',
      nama: 'Peningkatan Kinerja Lembaga dan Aparatur Pemerintah',
      urusan: 'U1',
    },
    ind: 'Persentase Capaian Kinerja Program Minimal 80%',
    kT: '92',
    rpT: 'Rp 1.890.851.874',
    kR: '36 0',
    rpR: 'Rp 805.161.963',
    kP: '391, 30%',
    rpP: '42,5 8%',
    c9: '-',
  },
  {
    n: 166,
    node: {
      id: 'E20.P01.K01',
      tingkat: K,
      kode: '110600.1106 01.01.001',
      nama: 'Pengelolaan Administrasi Keuangan',
      urusan: 'U1',
    },
    ind: 'Persentase Laporan Keuangan yang tepat waktu',
    r: '85',
    n3: '100',
    kT: '85',
    rpT: 'Rp 62.733.100',
    kR: '60',
    rpR: 'Rp 36.893.000',
    kP: '70,5 9%',
    rpP: '58,8 1%',
    c9: '-',
    note: "Nama kegiatan tercetak menyatu dengan nomor urut: '1 Pengelolaan Administrasi Keuangan'",
  },
  {
    n: 167,
    ind: 'Persentase Realisasi Keuangan Kegiatan dengan Capaian Minimal 80%',
    r: '85',
    n3: '100',
    kT: '85',
    kR: '60',
    kP: '70,5 9%',
  },
  {
    n: 169,
    node: {
      id: 'E20.P01.K02',
      tingkat: K,
      kode: '110600.1106 01.01.002',
      nama: 'Pengelolaan Tata Usaha Perkantoran',
      urusan: 'U1',
    },
    ind: 'Persentase Pemenuhan Sarana dan Prasarana Penunjang Kelancaran Administrasi Perkantoran',
    r: '85',
    n3: '100',
    kT: '85',
    rpT: 'Rp 1.688.858.774',
    kR: '60',
    rpR: 'Rp 728.212.963',
    kP: '70,5 9%',
    rpP: '43,1 2%',
    c9: '-',
  },
  {
    n: 170,
    ind: 'Persentase Administrasi Kependidikan yang Tepat Waktu',
    r: '85',
    n3: '100',
    kT: '85',
    kR: '60',
    kP: '70,5 9%',
  },
  { n: 171, ind: 'Persentase Ketatalaksanaan Tepat Waktu', r: '85', n3: '100', kT: '85', kR: '60', kP: '70,5 9%' },
  {
    n: 172,
    node: {
      id: 'E20.P01.K03',
      tingkat: K,
      kode: '110600.1106 01.01.003',
      nama: 'Pengelolaan Kinerja Program dan Kegiatan',
      urusan: 'U1',
    },
    ind: 'Persentase Capaian Kinerja Kegiatan',
    r: '80',
    n3: '100',
    kT: '80',
    rpT: 'Rp 139.260.000',
    kR: '50',
    rpR: 'Rp 40.056.000',
    kP: '62,5 0%',
    rpP: '28,7 6%',
    c9: '-',
  },
  {
    n: 173,
    node: {
      id: 'E20.P02',
      tingkat: P,
      kode: '110600.1106 01.05',
      nama: 'Pelayanan Rehabilitasi Perlindungan dan Jaminan Sosial',
      urusan: 'U1',
    },
    ind: 'Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang mendapatkan Pelayanan Rehabilitasi dan Jaminan Sosial',
    kT: '92, 51',
    rpT: 'Rp 2.501.951.000',
    kR: '25',
    rpR: 'Rp 597.146.600',
    kP: '27,0 2%',
    rpP: '23,8 7%',
  },
  {
    n: 174,
    node: {
      id: 'E20.P02.K01',
      tingkat: K,
      kode: '110600.1106 01.05.001',
      nama: 'Pelayanan dan Rehabilitasi Sosial Anak dan Lanjut Usia',
      urusan: 'U1',
    },
    ind: 'Jumlah Anak Terlantar yang mendapatkan Pelayanan dan Rehabilitasi Sosial',
    r: '70',
    n3: '100',
    kT: '40',
    rpT: 'Rp 291.188.000',
    kR: '60',
    rpR: 'Rp 120.107.500',
    kP: '150, 00%',
    rpP: '41,2 5%',
  },
  {
    n: 175,
    ind: 'Jumlah Lanjut Usia Terlantar yang mendapatkan Pelayanan dan Rehabilitasi Sosial',
    r: '15',
    n3: '100',
    kT: '12 0',
    kR: '68',
    kP: '56,6 7%',
  },
  {
    n: 176,
    node: {
      id: 'E20.P02.K02',
      tingkat: K,
      kode: '110600.1106 01.05.002',
      nama: 'Pelayanan dan Rehabilitasi Sosial Penyandang Disabilitas dan Tuna Sosial',
      urusan: 'U1',
    },
    ind: 'Jumlah Penyandang Disabilitas yang mendapatkan Pelayanan dan Rehabilitasi Sosial',
    r: '70',
    n3: '100',
    kT: '50',
    rpT: 'Rp 303.817.000',
    kR: '40',
    rpR: 'Rp 139.790.100',
    kP: '80,0 0%',
    rpP: '46,0 1%',
  },
  {
    n: 178,
    ind: 'Jumlah Tuna Sosial yang mendapatkan Pelayanan dan Rehabilitasi Sosial',
    r: '170',
    n3: '100',
    kT: '170',
    kR: '60',
    kP: '35,29%',
  },
  {
    n: 179,
    node: {
      id: 'E20.P02.K03',
      tingkat: K,
      kode: '110600.1106 01.05.003',
      nama: 'Perlindungan dan Jaminan Sosial',
      urusan: 'U1',
    },
    ind: 'Jumlah Sasaran yang Mendapatkan Pembinaan dan Advokasi dari LK3',
    r: '40',
    n3: '100',
    kT: '50',
    rpT: 'Rp 1.906.946.000',
    kR: '0',
    rpR: 'Rp 337.249.000',
    kP: '0,00%',
    rpP: '17,69%',
  },
  {
    n: 180,
    ind: 'Jumlah Sasaran yang Mendapatkan Perlindungan dan Jaminan Sosial',
    r: '30',
    n3: '100',
    kT: '1300',
    kR: '1,253',
    kP: '96,38%',
  },
  {
    n: 181,
    ind: 'Jumlah Sasaran yang mendapatkan Sosialisasi/Pembinaan Bencana Berbasis Masyarakat',
    r: '50',
    n3: '100',
    kT: '300',
    kR: '0',
    kP: '0,00%',
  },
  {
    n: 182,
    ind: 'Persentase Korban Bencana yang Mendapat Perlindungan dan Jaminan Sosial',
    r: '90',
    n3: '100',
    kT: '60',
    kR: '0',
    kP: '0,00%',
  },
  {
    n: 183,
    node: {
      id: 'E20.P03',
      tingkat: P,
      kode: '110600.1106 01.06',
      nama: 'PEMBERDAYAAN SOSIAL DAN PENANGANAN FAKIR MISKIN',
      urusan: 'U1',
    },
    ind: 'Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang mendapatkan Upaya Pemberdayaan Sosial',
    kT: '0,55',
    rpT: 'Rp 4.685.077.500',
    kR: '0',
    rpR: 'Rp 234.988.059',
    kP: '0,00%',
    rpP: '5,02%',
  },
  {
    n: 184,
    node: {
      id: 'E20.P03.K01',
      tingkat: K,
      kode: '110600.1106 01.06.001',
      nama: 'Penanganan Fakir Miskin',
      urusan: 'U1',
    },
    ind: 'Jumlah Masyarakat Miskin yang Mendapatkan Layanan Pengentasan Kemiskinan',
    r: '60',
    n3: '85',
    kT: '1207',
    rpT: 'Rp 689.652.600',
    kR: '0',
    rpR: 'Rp 101.983.000',
    kP: '0,00%',
    rpP: '14,79%',
  },
  {
    n: 185,
    node: {
      id: 'E20.P03.K02',
      tingkat: K,
      kode: '110600.1106 01.06.002',
      nama: 'Identifikasi dan Penguatan Kapasitas',
      urusan: 'U1',
    },
    ind: 'Persentase Kegiatan Verval yang terlaksana',
    r: '0,005522334',
    n3: '100',
    kT: '100',
    rpT: 'Rp 988.681.512',
    kR: '5',
    rpR: 'Rp 53.001.059',
    kP: '5,00%',
    rpP: '5,36%',
  },
  {
    n: 186,
    node: {
      id: 'E20.P03.K03',
      tingkat: K,
      kode: '110600.1106 01.06.003',
      nama: 'Pemberdayaan Kelembagaan Sosial Masyarakat',
      urusan: 'U1',
    },
    ind: 'Jumlah Sasaran dari Orsos yang mendapatkan Upaya-Upaya Pemberdayaan Sosial',
    r: '280',
    n3: '100',
    kT: '515',
    rpT: 'Rp 758.190.888',
    kR: '29',
    rpR: 'Rp 80.004.000',
    kP: '5,63%',
    rpP: '10,55%',
  },
  {
    n: 188,
    ind: 'Jumlah Kegiatan Pelestarian Nilai-Nilai Kepahlawanan dan Kesetiakawanan Sosial',
    r: '100',
    n3: '100',
    kT: '10',
    kR: '0',
    kP: '0,00 %',
  },
  {
    n: 189,
    node: { id: 'E20.P04', tingkat: P, kode: '110600.1106 01.07', nama: 'Pembinaan Lingkungan Sosial', urusan: 'U1' },
    rpR: 'Rp 300.321.500',
  },
  {
    n: 190,
    node: {
      id: 'E20.P04.K01',
      tingkat: K,
      kode: '110600.1106 01.07.001',
      nama: 'Pembinaan dan Pelatihan Keterampilan Kerja bagi Tenaga Kerja dan Masyarakat melalui Pelatihan Wirausaha Mandiri bagi Penyandang Masalah Kesejahteraan Sosial',
      urusan: 'U1',
    },
    ind: 'Jumlah Masyarakat Miskin yang mendapat pelatihan Keterampilan Usaha',
    r: '2',
    n3: '67',
    kT: '85',
    rpT: 'Rp 100.700.000',
    kR: '85',
    rpR: 'Rp 100.693.000',
    kP: '100,00%',
    rpP: '99,99%',
  },
  {
    n: 191,
    node: {
      id: 'E20.P04.K02',
      tingkat: K,
      kode: '110600.1106 01.07.002',
      nama: 'Pembinaan dan Pelatihan Keterampilan Kerja bagi Tenaga Kerja dan Masyarakat melalui Pelatihan Wirausaha Mandiri bagi Kepala Rumah Tangga Perempuan',
      urusan: 'U1',
    },
    ind: 'Jumlah Kepala Rumah Tangga/Janda yang mendapat pelatihan Keterampilan Usaha',
    r: '30',
    n3: '100',
    kT: '30',
    rpT: 'Rp 49.858.000',
    kR: '30',
    rpR: 'Rp 49.858.000',
    kP: '100,00%',
    rpP: '100,00%',
  },
  {
    n: 192,
    node: {
      id: 'E20.P04.K03',
      tingkat: K,
      kode: '110600.1106 01.07.003',
      nama: 'Pembinaan dan Pelatihan Keterampilan Kerja bagi Tenaga Kerja dan Masyarakat melalui Pelatihan Wirausaha Mandiri Bagi Masyarakat',
      urusan: 'U1',
    },
    ind: 'Jumlah Penyandang Disabilitas yang Mendapatkan Pelatihan Keterampilan Usaha',
    r: '40',
    n3: '100',
    kT: '15',
    rpT: 'Rp 66.450.000',
    kR: '15',
    rpR: 'Rp 66.447.500',
    kP: '100,00%',
    rpP: '100,00%',
  },
  {
    n: 194,
    node: {
      id: 'E20.P04.K04',
      tingkat: K,
      kode: '110600.1106 01.07.004',
      nama: 'Pembinaan dan Pelatihan Keterampilan Kerja bagi Tenaga Kerja dan Masyarakat melalui Pelatihan Wirausaha Mandiri bagi Penyandang Disabilitas',
      urusan: 'U1',
    },
    ind: 'Jumlah Anak Nakal/Terlantar/Putus sekolah dan Lansia Produktif yang mendapatkan Pelatihan Keterampilan Usaha',
    r: '15',
    n3: '100',
    kT: '35',
    rpT: 'Rp 83.324.000',
    kR: '35',
    rpR: 'Rp 83.323.000',
    kP: '100 %',
    rpP: '100 %',
  },
  {
    n: 195,
    node: { id: 'E20.P05', tingkat: P, kode: '121.800.110.601', nama: 'Keberdayaan Masyarakat', urusan: 'U1' },
    ind: 'Persentase Peningkatan Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang Berpartisipasi Dalam Upaya Pemberdayaan Masyarakat',
    kT: '90',
    rpT: 'Rp 195.822.750',
    kR: '40',
    rpR: 'Rp 2.796.500',
    kP: '44,44 %',
    rpP: '1,43%',
  },
  {
    n: 196,
    node: {
      id: 'E20.P05.K01',
      tingkat: K,
      kode: '121800.1106 01.02',
      nama: 'Peningkatan Partisipasi Masyarakat',
      urusan: 'U1',
    },
    ind: 'Jumlah Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang Berpartisipasi Dalam Upaya Pemberdayaan Masyarakat',
    r: '225',
    n3: '100',
    kT: '225',
    rpT: 'Rp 195.822.750',
    kR: '40',
    rpR: 'Rp 2.796.500',
    kP: '17,78 %',
    rpP: '1,43%',
  },
  // URUSAN PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK: Renstra (col 4) and n-3 (col 5) are empty for all rows.
  {
    n: 198,
    node: { id: 'E20.P06', tingkat: P, kode: '120200.1106 01.01', nama: 'Pemberdayaan Perempuan', urusan: 'U2' },
    ind: 'Persentase Peningkatan Peran Serta Kelompok Masyarakat dan Perangkat Daerah dalam Pengarusutamaan Gender (PUG)',
    rpT: 'Rp 603.648.500',
    kR: '208',
    rpR: 'Rp 74.074.500',
    rpP: '12,27 %',
  },
  {
    n: 199,
    node: {
      id: 'E20.P06.K01',
      tingkat: K,
      kode: '120200.1106 01.01.001',
      nama: 'Pemberdayaan dan Kualitas Hidup Perempuan',
      urusan: 'U2',
    },
    ind: 'Jumlah Perempuan yang mendapatkan fasilitasi peningkatan kapasitas ekonomi',
    kT: '200',
    rpT: 'Rp 450.701.500',
    kR: '60',
    rpR: 'Rp 65.589.500',
    kP: '30,00 %',
    rpP: '14,55 %',
  },
  {
    n: 201,
    ind: 'Persentase peningkatan keterlibatan perempuan dalam pemerintahan, lembaga politik, organisasi wanita',
    kT: '2,6',
    kR: '1',
    kP: '19,23 %',
  },
  {
    n: 202,
    ind: 'Persentase organisasi wanita yang berperan aktif dalam pembangunan',
    kT: '41',
    kR: '20',
    kP: '48,78 %',
  },
  {
    n: 203,
    node: {
      id: 'E20.P06.K02',
      tingkat: K,
      kode: '120200.1106 01.01.002',
      nama: 'Pelebagaan Pengarusutamaan Gender (PUG)',
      urusan: 'U2',
    },
    ind: 'Jumlah program dan kegiatan pemerintah daerah yang dilengkapi dokumen ARG yang berkualitas',
    kT: '235',
    rpT: 'Rp 152.947.000',
    kR: '127',
    rpR: 'Rp 8.485.000',
    kP: '54,04 %',
    rpP: '5,55%',
  },
  {
    n: 204,
    node: {
      id: 'E20.P07',
      tingkat: P,
      kode: '120200.1106 01.02',
      nama: 'Perlindungan Perempuan dan Anak',
      urusan: 'U2',
    },
    ind: 'Persentase efektifitas P2TP2A dalam penanganan permasalahan perempuan dan anak',
    kT: '100',
    rpT: 'Rp 356.172.375',
    rpR: 'Rp 147.793.500',
    kP: '41,49 %',
    note: "Realisasi K kosong; '41,49 %' tercetak di kolom Tingkat Realisasi K, tetapi nilainya sama dengan realisasi/pagu Rp (147.793.500 / 356.172.375); kolom Tingkat Realisasi Rp kosong",
  },
  { n: 205, ind: 'Persentase pencapaian indikator Kota Layak Anak', kT: '30' },
  {
    n: 206,
    node: {
      id: 'E20.P07.K01',
      tingkat: K,
      kode: '120200.1106 01.02.001',
      nama: 'Peningkatan Perlindungan Perempuan dan Anak',
      urusan: 'U2',
    },
    ind: 'Persentase kekerasan terhadap Perempuan dan Anak yang ditangani dan diselesaikan',
    kT: '100',
    rpT: 'Rp 214.697.000',
    kR: '60',
    rpR: 'Rp 63.543.500',
    kP: '60,00 %',
    rpP: '29,60 %',
  },
  {
    n: 207,
    ind: 'Persentase pekerja perempuan dan anak yang mendapatkan pengawasan dan perlindungan',
    kT: '25',
    kR: '5',
    kP: '20,00 %',
  },
  {
    n: 209,
    ind: 'Persentase jejaring yang berperan dlm penanganan permasalahan perempuan dan anak',
    kT: '25',
    kR: '5',
    kP: '20,00 %',
  },
  {
    n: 210,
    node: {
      id: 'E20.P07.K02',
      tingkat: K,
      kode: '120200.1106 01.02.002',
      nama: 'Pengarusutamaan Hak dan tumbuh kembang Anak',
      urusan: 'U2',
    },
    ind: 'Jumlah Kecamatan Layak Anak dan Kelurahan Layak Anak yang diinisiasi',
    kT: '20',
    rpT: 'Rp 141.475.375',
    kR: '40',
    rpR: 'Rp 84.250.000',
    kP: '200,0 0%',
    rpP: '59,55 %',
  },
  {
    n: 211,
    ind: 'Jumlah Kampung Ramah Anak dan Forum Anak',
    kT: '25',
    kR: '5',
    kP: '20,00 %',
    note: "'20,00 %' tercetak dua sel lebih ke kanan (posisi kolom Tingkat Realisasi Rp/kolom 9); dibaca sebagai Tingkat Realisasi K (= 5/25)",
  },
  {
    n: 212,
    ind: 'Jumlah PATBM',
    kT: '29',
    kR: '10',
    kP: '34,48 %',
    note: "'34,48 %' tercetak dua sel lebih ke kanan (posisi kolom Tingkat Realisasi Rp/kolom 9); dibaca sebagai Tingkat Realisasi K (= 10/29)",
  },
  {
    n: 213,
    node: { id: 'E20.P08', tingkat: P, kode: '120200.1106 01.03', nama: 'Pembinaan Lingkungan Sosial', urusan: 'U2' },
    ind: 'Persentase peningkatan jumlah perempuan yang mendapatkan pelatihan ketrampilan',
    kT: '20,89',
    rpT: 'Rp 161.247.500',
    kR: '60',
    rpR: 'Rp 128.119.800',
    kP: '287,2 2%',
    rpP: '79,46 %',
  },
  {
    n: 214,
    node: {
      id: 'E20.P08.K01',
      tingkat: K,
      kode: '120200.1106 01.03.001',
      nama: 'Pembinaan dan Pelatihan Keterampilan Kerja bagi Perempuan di Kota Probolinggo',
      urusan: 'U2',
    },
    ind: 'Jumlah perempuan yang medapatkan pelatihan keterampilan',
    kT: '50',
    rpT: 'Rp 161.247.500',
    kR: '60',
    rpR: 'Rp 128.119.800',
    kP: '120,0 0%',
    rpP: '79,46 %',
  },
];

// Budget (anggaran.csv, peran realisasi): the Rp columns of the 2020 part.
budget.push({
  id: 'A20.U1',
  induk: '',
  tingkat: 'urusan',
  kode: '',
  nama: 'URUSAN SOSIAL',
  peran: 'realisasi',
  sumber_tabel: T_EVAL,
  sumber_baris: 164,
});
budget.push({
  id: 'A20.U2',
  induk: '',
  tingkat: 'urusan',
  kode: '',
  nama: 'URUSAN PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK',
  peran: 'realisasi',
  sumber_tabel: T_EVAL,
  sumber_baris: 197,
});
assertText(164, 'URUSAN SOSIAL');
assertText(197, 'URUSAN PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK');

const wrapNotes: string[] = [];
{
  let node = '';
  let indNo = 0;
  for (const r of EVAL_2020) {
    if (r.node) {
      const nd = r.node;
      node = nd.id;
      indNo = 0;
      assertCell(r.n, nd.kode);
      assertText(r.n, nd.nama);
      const parent = nd.tingkat === 'program' ? '' : nd.id.replace(/\.K\d+$/, '');
      tree.push({
        kode: nd.id,
        tingkat: nd.tingkat,
        induk: parent,
        nama: nd.nama,
        kode_anggaran: nd.kode,
        sumber_tabel: T_EVAL,
        sumber_baris: r.n,
      });
      // budget line
      for (const v of [r.rpT, r.rpR, r.rpP]) assertCell(r.n, v);
      const pct = r.rpP === undefined ? undefined : unwrap(r.rpP);
      if (pct !== r.rpP) wrapNotes.push(`baris ${r.n}: persen Rp '${r.rpP}' → '${pct}'`);
      const bid = nd.id.replace(/^E20/, `A20.${nd.urusan}`);
      budget.push({
        id: bid,
        induk: nd.tingkat === 'program' ? `A20.${nd.urusan}` : bid.replace(/\.K\d+$/, ''),
        tingkat: nd.tingkat,
        kode: nd.kode,
        nama: nd.nama,
        pagu: r.rpT,
        realisasi: r.rpR,
        persen_tercetak: pct,
        peran: 'realisasi',
        sumber_tabel: T_EVAL,
        sumber_baris: r.n,
      });
    }
    if (!r.ind) continue;
    indNo += 1;
    const ik = `${node}.I${indNo}`;
    addIndicator(ik, node, r.ind, r.n, T_EVAL);
    const base = { indikator: ik, sumber_tabel: T_EVAL, sumber_baris: r.n };
    if (r.r !== undefined)
      addValue({
        ...base,
        tahun: 2024,
        peran: 'renstra-akhir',
        target: r.r,
        catatan:
          "Kolom 4 'Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun' (tahun tidak tercetak; dibaca sebagai target akhir Renstra 2019–2024)",
      });
    if (r.n3 !== undefined)
      addValue({
        ...base,
        tahun: 2018,
        peran: 'capaian',
        capaian_tercetak: r.n3,
        catatan:
          "Kolom 5 'Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s.d Tahun (n-3) dalam %'; n-3 dengan n = 2021 dibaca 2018",
      });
    if (r.kT !== undefined || r.kR !== undefined || r.kP !== undefined)
      addValue({
        ...base,
        tahun: 2020,
        peran: 'capaian',
        target: r.kT,
        realisasi: r.kR,
        capaian_tercetak: r.kP,
        catatan: r.note,
        format_angka: r.kR === '1,253' ? 'realisasi:en' : undefined,
      });
    if (r.c9 !== undefined)
      addValue({
        ...base,
        tahun: 2021,
        peran: 'capaian',
        target: r.c9,
        catatan: "Kolom 9 'Target Program dan Kegiatan (Renja Perangkat Daerah Tahun 2021)'",
      });
    if (r.note && r.kT === undefined && r.kR === undefined) throw new Error('note without value row');
  }
}
// ---------------------------------------------------------------------------------------------------------------
// Evaluation table, 2021 part (new nomenclature, lines 216–298): name | indicator | … | col 9 | col 10 | col 11.
const LEVELS_E21: [number, 'U' | 'P' | 'K' | 'S'][] = [
  [216, 'U'],
  [217, 'P'],
  [218, 'K'],
  [219, 'S'],
  [220, 'S'],
  [221, 'K'],
  [223, 'S'],
  [224, 'S'],
  [225, 'S'],
  [226, 'S'],
  [227, 'P'],
  [228, 'K'],
  [229, 'S'],
  [231, 'K'],
  [232, 'S'],
  [233, 'P'],
  [234, 'K'],
  [235, 'S'],
  [236, 'K'],
  [237, 'S'],
  [239, 'S'],
  [240, 'S'],
  [241, 'P'],
  [242, 'K'],
  [243, 'S'],
  [244, 'S'],
  [246, 'P'],
  [247, 'K'],
  [248, 'S'],
  [249, 'S'],
  [250, 'S'],
  [252, 'U'],
  [253, 'P'],
  [254, 'K'],
  [255, 'S'],
  [256, 'S'],
  [258, 'K'],
  [259, 'S'],
  [260, 'S'],
  [261, 'S'],
  [262, 'S'],
  [263, 'P'],
  [265, 'K'],
  [266, 'S'],
  [267, 'P'],
  [268, 'K'],
  [269, 'S'],
  [271, 'S'],
  [272, 'P'],
  [273, 'K'],
  [274, 'S'],
  [276, 'S'],
  [277, 'K'],
  [278, 'S'],
  [279, 'S'],
  [281, 'P'],
  [282, 'K'],
  [283, 'S'],
  [284, 'S'],
  [285, 'P'],
  [287, 'K'],
  [288, 'S'],
  [289, 'K'],
  [290, 'S'],
  [292, 'S'],
  [293, 'U'],
  [294, 'P'],
  [295, 'K'],
  [298, 'S'],
];
{
  let p = 0,
    k = 0,
    s = 0;
  let pId = '',
    kId = '';
  for (const [n, lv] of LEVELS_E21) {
    const c = cells(n);
    if (lv === 'U') {
      if (c.slice(1).some((x) => x)) throw new Error(`urusan line ${n} has values`);
      continue;
    }
    let nama = c[0];
    if (n === 295) {
      // The kegiatan name continues on line 297 ("Kabupaten/Kota") after a page break.
      if (cells(297)[0] !== 'Kabupaten/Kota') throw new Error('297');
      nama = `${nama} ${cells(297)[0]}`;
    }
    const ind = c[1];
    const vals = c.slice(2).filter((x) => x !== '');
    if (vals.length !== 0 && vals.length !== 3) throw new Error(`line ${n}: ${vals.length} values`);
    let id: string;
    let tingkat: string;
    if (lv === 'P') {
      p += 1;
      k = 0;
      id = pId = `E21.P${String(p).padStart(2, '0')}`;
      tingkat = 'program';
    } else if (lv === 'K') {
      k += 1;
      s = 0;
      id = kId = `${pId}.K${String(k).padStart(2, '0')}`;
      tingkat = 'kegiatan';
    } else {
      s += 1;
      id = `${kId}.S${String(s).padStart(2, '0')}`;
      tingkat = 'subkegiatan';
    }
    const induk = lv === 'P' ? '' : lv === 'K' ? pId : kId;
    tree.push({ kode: id, tingkat, induk, nama, kode_anggaran: '', sumber_tabel: T_EVAL, sumber_baris: n });
    const ik = `${id}.I1`;
    let satuan = '';
    if (vals.length) {
      const m = /^[\d.,]+\s*(.*)$/.exec(vals[0]);
      satuan = m ? m[1] : '';
    }
    addIndicator(ik, id, ind, n, T_EVAL, satuan, satuan === '%' ? 'persen' : satuan ? 'angka' : undefined);
    // A figure printed with its unit in the cell (`50 Orang`) is kept as printed; the number reader reads the
    // trailing unit word (the unit is also in indikator.csv `satuan`).
    if (vals.length)
      addValue({
        indikator: ik,
        tahun: 2021,
        peran: 'capaian',
        target: vals[0],
        realisasi: vals[1],
        capaian_tercetak: vals[2],
        catatan:
          "Kolom 9 target Renja 2021; kolom 10 'Realisasi Capaian Program dan kegiatan s/d Tahun Berjalan (2021)' (perkiraan; dokumen bertanggal Desember 2020); kolom 11 'Tingkat Capaian Realisasi Target Renstra (%)' (rumus tercetak 11=(10/4), kolom 4 tidak tercetak untuk baris ini)",
        sumber_tabel: T_EVAL,
        sumber_baris: n,
      });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bab II 2.2 Pencapaian Kinerja Pelayanan (lines 309–316): the IKK are the 2020 kegiatan indicators.
const PELAYANAN_MAP: [number, string][] = [
  [311, 'E20.P02.K02.I1'],
  [312, 'E20.P02.K01.I1'],
  [313, 'E20.P02.K01.I2'],
  [314, 'E20.P02.K02.I2'],
  [316, 'E20.P02.K03.I4'],
];
const pelayananRows: string[][] = [];
for (const [n, ik] of PELAYANAN_MAP) {
  let c = cells(n);
  if (n === 316) c = ['', ...c]; // the Indikator (SPM) cell is missing on this row
  c = c.slice(0, 13);
  while (c.length < 13) c.push('');
  pelayananRows.push([String(n), ...c]);
  const ind = indicators.find((x) => x.kode === ik);
  if (!ind || ind.nama !== c[3]) throw new Error(`2.2 line ${n}: IKK ${c[3]} ≠ ${ind?.nama}`);
  const base = { indikator: ik, sumber_tabel: T_PELAYANAN, sumber_baris: n };
  [2020, 2021, 2022, 2024].forEach((y, i) =>
    addValue({
      ...base,
      tahun: y,
      peran: 'renstra',
      target: c[4 + i],
      catatan:
        y === 2024
          ? "Kolom tercetak '2024' setelah 2022 (2023 tidak ada di kelompok Target Renstra)"
          : "Kolom 'Target Renstra Perangkat Daerah'",
    }),
  );
  addValue({ ...base, tahun: 2020, peran: 'capaian', realisasi: c[8], catatan: "Kolom 'Realisasi Capaian 2020'" });
  addValue({
    ...base,
    tahun: 2021,
    peran: 'capaian',
    realisasi: c[9],
    catatan:
      "Kolom 'Realisasi Capaian 2021' (dokumen bertanggal Desember 2020: angka perkiraan); proyeksi 2022–2023 hanya di tabel/kinerja-pelayanan.csv",
  });
}

// ---------------------------------------------------------------------------------------------------------------
// rencana.csv — Bab III 3.3 Program dan Kegiatan (lines 665–744).
const LEVELS_33: [number, 'U' | 'P' | 'K' | 'S'][] = [
  [665, 'U'],
  [666, 'P'],
  [667, 'K'],
  [668, 'S'],
  [669, 'S'],
  [670, 'S'],
  [672, 'K'],
  [673, 'S'],
  [674, 'S'],
  [675, 'S'],
  [676, 'S'],
  [677, 'S'],
  [679, 'P'],
  [680, 'K'],
  [681, 'S'],
  [682, 'P'],
  [683, 'K'],
  [684, 'S'],
  [685, 'S'],
  [686, 'S'],
  [687, 'P'],
  [689, 'K'],
  [690, 'S'],
  [691, 'S'],
  [692, 'P'],
  [693, 'K'],
  [694, 'S'],
  [695, 'S'],
  [696, 'S'],
  [697, 'U'],
  [698, 'P'],
  [700, 'K'],
  [701, 'S'],
  [702, 'S'],
  [703, 'K'],
  [704, 'S'],
  [705, 'S'],
  [706, 'P'],
  [707, 'K'],
  [709, 'S'],
  [710, 'P'],
  [711, 'K'],
  [712, 'S'],
  [713, 'S'],
  [714, 'P'],
  [715, 'K'],
  [716, 'S'],
  [717, 'K'],
  [719, 'S'],
  [720, 'S'],
  [721, 'K'],
  [722, 'S'],
  [723, 'S'],
  [724, 'P'],
  [725, 'K'],
  [727, 'S'],
  [728, 'S'],
  [729, 'K'],
  [730, 'S'],
  [731, 'S'],
  [732, 'S'],
  [733, 'P'],
  [734, 'K'],
  [736, 'S'],
  [737, 'K'],
  [738, 'S'],
  [739, 'S'],
  [740, 'U'],
  [741, 'P'],
  [743, 'K'],
  [744, 'S'],
];
const NOTE_33 =
  "Kolom 'Rencana Tahun' tanpa tahun tercetak; angkanya sama dengan Review Rancangan Awal RKPD 2022 (2.4), jadi kemungkinan rencana 2022 dengan perkiraan maju 2023";
{
  let u = 0,
    p = 0,
    k = 0,
    s = 0;
  let uId = '',
    pId = '',
    kId = '';
  for (const [n, lv] of LEVELS_33) {
    let c = cells(n);
    if (!line(n).startsWith('\t')) c = ['', ...c]; // leading (Kode) cell lost in extraction
    while (c.length < 10) c.push('');
    const [kode, namaRaw, indikator, lokasi, target, pagu, sumberDana, catatan, targetNext, paguNext] = c;
    let nama = namaRaw;
    const notes: string[] = [];
    if (nama === 'PROGRAM PENGARUSUTAM AAN GENDER DAN PEMBERDAYAAN PEREMPUAN') {
      nama = 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN';
      notes.push("nama tercetak terbelah 'PENGARUSUTAM AAN' (baris terbungkus dalam sel), digabung");
    }
    let id: string, tingkat: string, induk: string;
    if (lv === 'U') {
      u += 1;
      p = 0;
      id = uId = `R33.U${u}`;
      tingkat = 'urusan';
      induk = '';
    } else if (lv === 'P') {
      p += 1;
      k = 0;
      id = pId = `${uId}.P${String(p).padStart(2, '0')}`;
      tingkat = 'program';
      induk = uId;
    } else if (lv === 'K') {
      k += 1;
      s = 0;
      id = kId = `${pId}.K${String(k).padStart(2, '0')}`;
      tingkat = 'kegiatan';
      induk = pId;
    } else {
      s += 1;
      id = `${kId}.S${String(s).padStart(2, '0')}`;
      tingkat = 'subkegiatan';
      induk = kId;
    }
    if (catatan) notes.push(`Catatan Penting: ${catatan}`);
    plan.push({
      id,
      induk,
      tingkat,
      kode,
      nama,
      indikator,
      target,
      satuan: '',
      pagu_indikatif: pagu,
      sumber_dana: sumberDana,
      lokasi,
      target_berikutnya: targetNext,
      pagu_berikutnya: paguNext,
      catatan: [lv === 'U' ? NOTE_33 : '', ...notes].filter(Boolean).join('; '),
      sumber_tabel: T_PROGKEG,
      sumber_baris: n,
    });
  }
}

// rencana.csv — Bab IV (lines 755–816): Kode | Urusan/Bidang/Program/Kegiatan | Tolak Ukur | Satuan | Target 2021 | Anggaran.
{
  const NOTE_U0 =
    "Tercetak di bawah judul 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR' (baris 755)";
  assertText(755, 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR');
  let u = 0,
    k = 0,
    s = 0;
  let uId = '',
    kId = '';
  let lastKeg: Row | undefined;
  for (let n = 756; n <= 816; n++) {
    if (line(n).trim() === '') continue;
    const c = cells(n);
    while (c.length < 7) c.push('');
    const notes: string[] = [];
    if (n === 816) {
      if (c[2] !== 'Total' || c[5] !== 'Rp') throw new Error('816');
      plan.push({
        id: 'R4.TOTAL',
        induk: '',
        tingkat: 'total',
        kode: '',
        nama: 'Total',
        pagu_indikatif: 'Rp',
        cacat_cetak: 'pagu_indikatif',
        catatan: "Baris Total tercetak hanya 'Rp' tanpa angka",
        sumber_tabel: T_BAB4,
        sumber_baris: n,
      });
      continue;
    }
    const urusanName = c[0].startsWith('URUSAN') ? c[0] : c[1] === 'SOSIAL' || c[1].startsWith('URUSAN') ? c[1] : '';
    if (urusanName && !c[0].match(/^\d/)) {
      u += 1;
      uId = `R4.U${u}`;
      plan.push({
        id: uId,
        induk: '',
        tingkat: 'urusan',
        kode: '',
        nama: urusanName,
        catatan: u === 1 ? NOTE_U0 : '',
        sumber_tabel: T_BAB4,
        sumber_baris: n,
      });
      continue;
    }
    // Anggaran: either one cell "Rp 972.972.000" or split "Rp" | "103.061.400" (joined), or bare "Rp" (no figure).
    let pagu = c[5];
    let cacat: string | undefined;
    if ((c[5] === 'Rp' || c[5] === '.Rp') && c[6]) {
      pagu = `${c[5]} ${c[6]}`;
    } else if (c[5] === 'Rp') {
      cacat = 'pagu_indikatif';
      notes.push("Anggaran tercetak 'Rp' tanpa angka");
    }
    if (pagu.startsWith('.Rp')) {
      cacat = 'pagu_indikatif';
      notes.push("Anggaran tercetak dengan titik di depan: '.Rp'");
    }
    if (c[0] === '') {
      // second indicator of the previous kegiatan (line 774)
      if (!lastKeg) throw new Error(`${n}`);
      plan.push({
        id: `${lastKeg.id}.I2`,
        induk: lastKeg.induk,
        tingkat: 'kegiatan',
        kode: lastKeg.kode,
        nama: lastKeg.nama,
        indikator: c[2],
        satuan: c[3],
        target: c[4],
        pagu_indikatif: pagu,
        catatan: 'Indikator kedua kegiatan di atasnya (baris tanpa kode dan nama)',
        sumber_tabel: T_BAB4,
        sumber_baris: n,
      });
      continue;
    }
    const depth = c[0].split('.').length;
    let id: string, tingkat: string, induk: string;
    if (depth === 5) {
      k += 1;
      s = 0;
      id = kId = `${uId}.K${String(k).padStart(2, '0')}`;
      tingkat = 'kegiatan';
      induk = uId;
    } else if (depth === 6) {
      s += 1;
      id = `${kId}.S${String(s).padStart(2, '0')}`;
      tingkat = 'subkegiatan';
      induk = kId;
      const parentKode = String(plan.find((x) => x.id === kId)?.kode);
      if (!c[0].startsWith(`${parentKode}.`))
        notes.push(`Kode sub kegiatan tidak berawalan kode kegiatan di atasnya (${parentKode})`);
    } else throw new Error(`${n}: kode ${c[0]}`);
    const row: Row = {
      id,
      induk,
      tingkat,
      kode: c[0],
      nama: c[1],
      indikator: c[2],
      satuan: c[3],
      target: c[4],
      pagu_indikatif: pagu,
      catatan: notes.join('; '),
      cacat_cetak: cacat,
      sumber_tabel: T_BAB4,
      sumber_baris: n,
    };
    plan.push(row);
    if (tingkat === 'kegiatan') lastKeg = row;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// tabel/*.csv
function table(
  file: string,
  header: string[],
  from: number,
  to: number,
  width: number,
  opts: { skip?: (n: number) => boolean; pad?: (n: number, c: string[]) => string[] } = {},
): void {
  const rows: Row[] = [];
  for (let n = from; n <= to; n++) {
    if (line(n).trim() === '' || opts.skip?.(n)) continue;
    let c = cells(n);
    if (opts.pad) c = opts.pad(n, c);
    while (c.length > width && c[c.length - 1] === '') c.pop();
    if (c.length > width) throw new Error(`${file} line ${n}: ${c.length} cells`);
    while (c.length < width) c.push('');
    const r: Row = { baris: n };
    header.forEach((h, i) => (r[h] = c[i]));
    rows.push(r);
  }
  writeCsv(file, ['baris', ...header], rows);
}

const startsNoTab = (n: number) => !line(n).startsWith('\t') && !/^\d/.test(line(n));

// 2.2 Pencapaian Kinerja Pelayanan (lines 311–316; line 317 is a markdown rule left by the extraction)
writeCsv(
  'tabel/kinerja-pelayanan.csv',
  [
    'baris',
    'No',
    'Indikator',
    'SPM/Standar Nasional',
    'IKK',
    'Target Renstra 2020',
    'Target Renstra 2021',
    'Target Renstra 2022',
    'Target Renstra 2024',
    'Realisasi Capaian 2020',
    'Realisasi Capaian 2021',
    'Proyeksi 2022',
    'Proyeksi 2023',
    'Capaian Analisis',
  ],
  pelayananRows.map((c) => ({
    baris: c[0],
    No: c[1],
    Indikator: c[2],
    'SPM/Standar Nasional': c[3],
    IKK: c[4],
    'Target Renstra 2020': c[5],
    'Target Renstra 2021': c[6],
    'Target Renstra 2022': c[7],
    'Target Renstra 2024': c[8],
    'Realisasi Capaian 2020': c[9],
    'Realisasi Capaian 2021': c[10],
    'Proyeksi 2022': c[11],
    'Proyeksi 2023': c[12],
    'Capaian Analisis': c[13],
  })),
);

// 2.4 Review terhadap Rancangan Awal RKPD 2022 (lines 357–440)
table(
  'tabel/review-rancangan-awal-rkpd-2022.csv',
  [
    'No',
    'RKPD Program/Kegiatan',
    'RKPD Lokasi',
    'RKPD Indikator Kinerja',
    'RKPD Target Capaian',
    'RKPD Pagu Indikatif (Rp 000)',
    'Analisis Program/Kegiatan',
    'Analisis Lokasi',
    'Analisis Indikator Kinerja',
    'Analisis Target Capaian',
    'Analisis Kebutuhan Dana (Rp 000)',
    'Catatan Penting',
  ],
  357,
  440,
  12,
  { pad: (n, c) => (startsNoTab(n) ? ['', ...c] : n === 437 ? ['12', ...c.slice(1)] : c) },
);
// 2.5 Usulan program dan kegiatan dari para pemangku kepentingan 2022 (lines 450–525)
table(
  'tabel/usulan-pemangku-kepentingan-2022.csv',
  ['NO', 'PROGRAM / KEGIATAN', 'LOKASI', 'INDIKATOR KINERJA', 'BESARAN/ VOLUME', 'CATATAN'],
  450,
  525,
  6,
  {
    pad: (n, c) => (startsNoTab(n) ? ['', ...c] : c),
  },
);
// 3.1.1 Permasalahan pelayanan berdasarkan program K/L (lines 635–643)
table(
  'tabel/permasalahan-pelayanan-program-kl.csv',
  ['Program Renstra K/L', 'Permasalahan Pelayanan', 'Faktor Penghambat', 'Faktor Pendorong'],
  635,
  643,
  4,
);

// ---------------------------------------------------------------------------------------------------------------
writeCsv(
  'pohon-kinerja.csv',
  ['kode', 'tingkat', 'induk', 'nama', 'kode_anggaran', 'sumber_tabel', 'sumber_baris'],
  tree,
);
writeCsv(
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
writeCsv(
  'nilai.csv',
  [
    'indikator',
    'tahun',
    'peran',
    'target',
    'realisasi',
    'capaian_tercetak',
    'catatan',
    'format_angka',
    'cacat_cetak',
    'sumber_tabel',
    'sumber_baris',
  ],
  values,
);
writeCsv(
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
    'peran',
    'sumber_tabel',
    'sumber_baris',
  ],
  budget,
);
writeCsv(
  'rencana.csv',
  [
    'id',
    'induk',
    'tingkat',
    'kode',
    'nama',
    'indikator',
    'target',
    'satuan',
    'pagu_indikatif',
    'sumber_dana',
    'lokasi',
    'target_berikutnya',
    'pagu_berikutnya',
    'catatan',
    'cacat_cetak',
    'sumber_tabel',
    'sumber_baris',
  ],
  plan,
);
if (wrapNotes.length) console.log('joined budget percentages:\n  ' + wrapNotes.join('\n  '));
