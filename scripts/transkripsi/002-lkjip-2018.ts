/**
 * Transkripsi LKjIP 2018 Dinas Sosial Kota Probolinggo (seed 002_2c766fbc81bbc77d.txt) → CSV in
 * content/laporan/dinsos-p3a-kota-probolinggo/2018-lkjip/.
 *
 * Run from the repository root:  npx node scripts/transkripsi/002-lkjip-2018.ts
 *
 * Every row is anchored to a seed line: `at(n, 'text')` fails loudly when line n does not contain `text`, so a
 * wrong line number cannot slip into `sumber_baris`.
 *
 * Parsed by script: Bab 2.2 programme/kegiatan list, the PK programme-budget tables (Tabel 2.2, Lampiran 2 and 4),
 * the budget realisation table of Bab 3.2, the budget part of Lampiran 3, Lampiran 1 Matriks Renstra, the
 * staffing lists (1.1.4), the PMKS/PSKS tables (1.2), the programme list of Tabel 3.1.8.
 * Hand-written here (small or irregular): the indicator values of Tabel 2.2, 3.1.1–3.1.8 and Lampiran 2–4,
 * efficiency rows (3.1.5, 3.1.6), printed averages (Bab 3.1, 3.2, 4.1), narratives (3.1.7, Bab 3.1, Bab 4),
 * and the mapping of Matriks Renstra kegiatan onto the Bab 2.2 kegiatan (MATRIKS_MAP below).
 * Hand fixes (PDF-extraction artefacts only): rows split over a page break are joined (Bab 2.2 line 630+632;
 * Bab 3.2 lines 854+856 and 872+874; Lampiran 3 line 1105+1107; Tabel 3.1.8 "Lembaga Konsultasi Kesejahteraan
 * Keluarga" line 796 + "(LK3)" line 799); HTML tags in Tabel 3.1.8 are removed. Words run together or split by the
 * extraction (e.g. "PROGRAMPENINGKATA NDISIPLIN APARATUR", Lampiran 3) are kept as they are in the seed text.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const SEED = join('content', 'dokumen', '002_2c766fbc81bbc77d.txt');
const OUT = join('content', 'laporan', 'dinsos-p3a-kota-probolinggo', '2018-lkjip');

const lines = readFileSync(SEED, 'utf8').split('\n');
const raw = (n: number): string => lines[n - 1] ?? '';

/** Line n (1-based), asserted to contain `must`. */
function at(n: number, must: string): number {
  if (!raw(n).includes(must)) throw new Error(`seed line ${n} does not contain ${JSON.stringify(must)}: ${raw(n)}`);
  return n;
}
const fields = (n: number): string[] =>
  raw(n)
    .split('\t')
    .map((s) => s.trim());
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

type Row = Record<string, string | number>;
function write(file: string, columns: string[], rows: Row[]): void {
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) throw new Error(`${file}: ${k}`);
  const data = rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c]))));
  mkdirSync(join(OUT, file, '..'), { recursive: true });
  writeFileSync(join(OUT, file), Papa.unparse({ fields: columns, data }, { newline: '\n' }) + '\n');
  console.log(`${file}: ${rows.length} rows`);
}

// ---------------------------------------------------------------------------------------------------------------
// Source table labels (as printed, or a short description for unnumbered tables)
const T = {
  tujuan: 'Bab 2.1.2 Tujuan dan Sasaran',
  progKeg: 'Bab 2.2 Program dan Kegiatan',
  pk: 'Tabel 2.2',
  t311: 'Tabel 3.1.1',
  t312: 'Tabel 3.1.2',
  t313: 'Tabel 3.1.3',
  t314: 'Tabel 3.1.4',
  t315: 'Tabel 3.1.5',
  t316: 'Tabel 3.1.6',
  t317: 'Tabel 3.1.7',
  t318: 'Tabel 3.1.8',
  bab31: 'Bab 3.1 Capaian Kinerja',
  real: 'Bab 3.2 Realisasi Anggaran',
  bab4: 'Bab 4 Penutup',
  bab12: 'Bab 1.2 Permasalahan Utama',
  matriks: 'Lampiran 1 Matriks Renstra',
  pkp17: 'Lampiran 2 PK Perubahan 2017',
  ukur17: 'Lampiran 3 Pengukuran Kinerja 2017',
  pk18: 'Lampiran 4 PK 2018',
};

// ---------------------------------------------------------------------------------------------------------------
// pohon-kinerja.csv
const pohon: Row[] = [];
pohon.push({
  kode: 'T1',
  tingkat: 'tujuan',
  induk: '',
  nama: 'Meningkatkan kemandirian dan perlindungan bagi Penyandang Masalah Kesejahteraan Sosial (PMKS)',
  sumber_tabel: T.tujuan,
  sumber_baris: at(
    551,
    'Meningkatkan kemandirian dan perlindungan bagi Penyandang Masalah Kesejahteraan Sosial (PMKS)',
  ),
});
const SASARAN = 'Meningkatnya Kualitas dan Kemampuan Penyandang Masalah Kesejahteraan Sosial (PMKS)';
pohon.push({
  kode: 'S1',
  tingkat: 'sasaran',
  induk: 'T1',
  nama: SASARAN,
  sumber_tabel: T.pk,
  sumber_baris: at(676, SASARAN),
});

// Bab 2.2 list: "N. PROGRAM ..." headers, "- kegiatan;" items (line 630 continues on 632).
const progLines: number[] = [];
const kegByProg: { line: number; nama: string }[][] = [];
for (let n = at(572, '1. PROGRAM PELAYANAN'); n <= at(662, 'Peningkatan Kapasitas Pendamping PKH'); n++) {
  const s = raw(n).trim();
  const m = /^(\d)\. (PROGRAM .*)$/.exec(s);
  if (m) {
    progLines.push(n);
    kegByProg.push([]);
    pohon.push({
      kode: `P0${m[1]}`,
      tingkat: 'program',
      // Programmes 5–9 are linked to the sasaran by Lampiran 1 Matriks Renstra and Tabel 3.1.4 (their 2017 pagu
      // adds up to the sasaran allocation); programmes 1–4 (administrative support) are linked to no sasaran.
      induk: Number(m[1]) >= 5 ? 'S1' : '',
      nama: clean(m[2]),
      sumber_tabel: T.progKeg,
      sumber_baris: n,
    });
    continue;
  }
  if (s.startsWith('- ')) {
    let nama = s.slice(2);
    if (n === 630) nama += ' ' + raw(at(632, 'Sosial Masyarakat (PSM);')).trim();
    kegByProg[kegByProg.length - 1].push({ line: n, nama: clean(nama).replace(/[;.]$/, '') });
  }
}
kegByProg.forEach((list, i) =>
  list.forEach((k, j) =>
    pohon.push({
      kode: `P0${i + 1}.K${String(j + 1).padStart(2, '0')}`,
      tingkat: 'kegiatan',
      induk: `P0${i + 1}`,
      nama: k.nama,
      sumber_tabel: T.progKeg,
      sumber_baris: k.line,
    }),
  ),
);

// Lampiran 1 Matriks Renstra: rows right-aligned into 9 columns.
const MATRIKS_COLS = [
  'SASARAN KOTA',
  'INDIKATOR SASARAN KOTA',
  'OPD',
  'SASARAN OPD',
  'INDIKATOR SASARAN OPD',
  'PROGRAM',
  'INDIKATOR PROGRAM',
  'KEGIATAN',
  'INDDIKATOR KEGIATAN',
];
at(914, 'SASARAN KOTA\tINDIKATOR SASARAN KOTA');
const matriks: { line: number; cells: string[] }[] = [];
for (let n = 915; n <= at(964, 'Isbath Nikah Massal'); n++) {
  const f = fields(n);
  if (f.length < 4 || f.every((x) => x === '' || x === '--')) continue;
  const cells = Array(9).fill('');
  f.forEach((x, i) => (cells[9 - f.length + i] = x));
  matriks.push({ line: n, cells });
}
// Matriks kegiatan → Bab 2.2 kegiatan node, or a new node (Mxx) where the 2018 list has no such kegiatan under
// the same programme. Checked by hand, name by name (see CATATAN.md).
const MATRIKS_MAP: Record<number, string> = {
  915: 'P05.K01',
  916: 'P05.K02',
  917: 'P05.K03',
  918: 'P05.K04',
  920: 'P05.K05',
  921: 'P05.K06',
  922: 'P05.K07',
  923: 'P05.K08',
  924: 'P05.K09',
  925: 'P05.K10',
  926: 'P05.K11',
  930: 'P05.M01',
  931: 'P05.K13',
  932: 'P05.K14',
  933: 'P06.K01',
  934: 'P06.K02',
  935: 'P06.K03',
  939: 'P07.K01',
  940: 'P07.K02',
  941: 'P07.K03',
  942: 'P07.M01',
  943: 'P07.M02',
  944: 'P08.K01',
  945: 'P08.M01',
  946: 'P08.M02',
  950: 'P08.K02',
  951: 'P08.M03',
  952: 'P08.K03',
  953: 'P08.M04',
  954: 'P08.M05',
  955: 'P09.K01',
  956: 'P09.K02',
  957: 'P09.K03',
  959: 'P09.K04',
  960: 'P09.K05',
  961: 'P09.K06',
  962: 'P09.K07',
  963: 'P09.K08',
  964: 'P09.M01',
};
const PROG_OF_MATRIKS: Record<string, string> = {
  'Pelayanan dan Rehabilitasi Kesejahteraan Sosial': 'P05',
  'Pemberdayaan Kelembagaan Kesejahteraan Sosial': 'P06',
  'Peningkatan Keberdayaan Masyarakat': 'P07',
  'Pengembangan Kapasitas Dalam Rangka Pengentasan Kemiskinan': 'P08',
  'Pemenuhan Pelayanan Dasar dan Jaminan Sosial': 'P09',
};

// ---------------------------------------------------------------------------------------------------------------
// indikator.csv
const indikator: Row[] = [];
const POS_JUMLAH =
  'Jumlah penerima/peserta yang dilayani: makin banyak makin baik (dokumen tidak menyatakan polaritas)';
const POS_PERSEN = 'Persentase yang terpenuhi/terlaksana: makin tinggi makin baik (dokumen tidak menyatakan polaritas)';
function jenis(nama: string): { satuan: string; jenis_nilai: string; catatan_polaritas: string } {
  return /^(Pro|Per|Pre)s?entase|^Prosentase|^Presentase/i.test(nama)
    ? { satuan: '%', jenis_nilai: 'persen', catatan_polaritas: POS_PERSEN }
    : { satuan: '', jenis_nilai: 'angka', catatan_polaritas: POS_JUMLAH };
}
indikator.push({
  kode: 'T1.I1',
  induk: 'T1',
  nama: 'Jumlah Penyandang Masalah Kesejahteraan Sosial (PMKS) yang berhasil hidup Mandiri',
  satuan: '',
  jenis_nilai: 'angka',
  polaritas: 'positif',
  catatan_polaritas: 'PMKS yang berhasil hidup mandiri: makin banyak makin baik (dokumen tidak menyatakan polaritas)',
  iku: '',
  sumber_tabel: T.tujuan,
  sumber_baris: at(555, 'yang berhasil hidup Mandiri'),
});
const IND_S1 = 'Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan dasarnya';
indikator.push({
  kode: 'S1.I1',
  induk: 'S1',
  nama: IND_S1,
  satuan: '%',
  jenis_nilai: 'persen',
  polaritas: 'positif',
  catatan_polaritas:
    'PMKS yang terpenuhi kebutuhan dasarnya: makin tinggi makin baik; Bab III menghitung capaian = realisasi / target (89,63% / 80% = 112,04%)',
  iku: '',
  sumber_tabel: T.pk,
  sumber_baris: at(676, IND_S1),
});

const extraNodes: Row[] = [];
const mCount: Record<string, number> = {};
let currentProg = '';
for (const { line, cells } of matriks) {
  if (cells[5]) {
    currentProg = PROG_OF_MATRIKS[cells[5]];
    if (!currentProg) throw new Error(`unknown matriks programme ${cells[5]}`);
    indikator.push({
      kode: `${currentProg}.I1`,
      induk: currentProg,
      nama: cells[6],
      ...jenis(cells[6]),
      polaritas: 'positif',
      iku: '',
      sumber_tabel: T.matriks,
      sumber_baris: line,
    });
  }
  const node = MATRIKS_MAP[line];
  if (!node || !node.startsWith(currentProg + '.'))
    throw new Error(`matriks line ${line}: ${node} not in ${currentProg}`);
  if (node.includes('.M')) {
    mCount[node] = (mCount[node] ?? 0) + 1;
    extraNodes.push({
      kode: node,
      tingkat: 'kegiatan',
      induk: currentProg,
      nama: cells[7],
      sumber_tabel: T.matriks,
      sumber_baris: line,
    });
  } else if (!pohon.some((p) => p.kode === node)) throw new Error(`no node ${node}`);
  indikator.push({
    kode: `${node}.I1`,
    induk: node,
    nama: cells[8],
    ...jenis(cells[8]),
    polaritas: 'positif',
    iku: '',
    sumber_tabel: T.matriks,
    sumber_baris: line,
  });
}
// Polarity remark for the one ambiguous output indicator.
for (const i of indikator) {
  if (String(i.nama).includes('terjaring razia')) {
    i.catatan_polaritas =
      'Indikator keluaran kegiatan Komite PMKS (jumlah PMKS yang terjaring dan ditangani): makin banyak makin baik; dokumen tidak menyatakan polaritas';
  }
}
pohon.push(...extraNodes);
// Matriks names of kegiatan mapped onto a Bab 2.2 node are printed in Lampiran 1; print mapping check.
for (const { line, cells } of matriks) {
  const node = MATRIKS_MAP[line];
  const p = pohon.find((x) => x.kode === node)!;
  if (!node.includes('.M') && p.nama !== cells[7]) console.log(`  matriks ${line} "${cells[7]}" → ${node} "${p.nama}"`);
}

write('pohon-kinerja.csv', ['kode', 'tingkat', 'induk', 'nama', 'sumber_tabel', 'sumber_baris'], pohon);
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

// ---------------------------------------------------------------------------------------------------------------
// nilai.csv (indicator S1.I1, the only indicator with printed values)
const nilai: Row[] = [
  {
    tahun: 2018,
    peran: 'pk',
    target: '80%',
    sumber_tabel: T.pk,
    sumber_baris: at(676, '\t80%'),
    catatan: 'PK 2018 di Bab II; anggaran program berbeda dengan Lampiran PK 2018 (18 Januari 2018)',
  },
  {
    tahun: 2018,
    peran: 'pk',
    target: '80%',
    sumber_tabel: T.pk18,
    sumber_baris: at(1182, '\t80%'),
    catatan: 'Lampiran Perjanjian Kinerja Tahun 2018, ditandatangani 18 Januari 2018',
  },
  {
    tahun: 2017,
    peran: 'pk-perubahan',
    target: '60%',
    sumber_tabel: T.pkp17,
    sumber_baris: at(1012, '\t60%'),
    catatan: 'Lampiran Perjanjian Kinerja Perubahan Tahun 2017 (30 Nopember 2017)',
  },
  {
    tahun: 2018,
    peran: 'capaian',
    target: '80%',
    realisasi: '89,63%',
    capaian_tercetak: '112,04%',
    sumber_tabel: T.t311,
    sumber_baris: at(731, '80%\t89,63%\t112,04%'),
  },
  {
    tahun: 2017,
    peran: 'capaian',
    target: '60%',
    realisasi: '99,57%',
    sumber_tabel: T.t312,
    sumber_baris: at(739, '60%\t99,57%\t112,04%'),
    catatan: 'Kolom "Target Tahun 2017" dan "Realisasi Tahun 2017"',
  },
  {
    tahun: 2018,
    peran: 'capaian',
    realisasi: '112,04%',
    sumber_tabel: T.t312,
    sumber_baris: 739,
    catatan:
      'Tercetak di kolom "Realisasi Tahun 2018"; angka ini sama dengan persentase capaian 2018 di Tabel 3.1.1 (realisasi 2018 di Tabel 3.1.1: 89,63%)',
  },
  {
    tahun: 2017,
    peran: 'capaian',
    realisasi: '99,57%',
    sumber_tabel: T.t313,
    sumber_baris: at(748, '85%\t99,57%\t99,57%'),
    catatan: 'Kolom "Realisasi Tahun 2017"',
  },
  {
    tahun: 2019,
    peran: 'renstra-akhir',
    target: '85%',
    realisasi: '99,57%',
    capaian_tercetak: '99,57%',
    sumber_tabel: T.t313,
    sumber_baris: 748,
    catatan:
      'Target Akhir Renstra 2019; realisasi yang dibandingkan adalah "Realisasi Tahun 2017" (realisasi 2019 belum ada saat laporan disusun, Maret 2019); capaian tercetak = kolom "Tingkat Kemajuan"',
  },
  {
    tahun: 2017,
    peran: 'capaian',
    target: '60 %',
    realisasi: '99,57 %',
    capaian_tercetak: '165,95 %',
    sumber_tabel: T.t315,
    sumber_baris: at(765, '60 %\t99,57 %\t165,95 %'),
    catatan: 'Kolom "Kinerja Tahun 2017"',
  },
  {
    tahun: 2017,
    peran: 'capaian',
    target: '60 %',
    realisasi: '99,57 %',
    sumber_tabel: T.t317,
    sumber_baris: at(782, '60 %\t99,57 %'),
    catatan:
      'Tabel tidak mencetak tahun; target 60 % dan realisasi 99,57 % adalah nilai tahun 2017 (Tabel 3.1.2, 3.1.5, Lampiran 2 dan 3)',
  },
  {
    tahun: 2017,
    peran: 'capaian',
    target: '60 %',
    realisasi: '99,57 %',
    sumber_tabel: T.t318,
    sumber_baris: at(791, '60 %\t99,57 %'),
    catatan:
      'Tabel tidak mencetak tahun; target 60 % dan realisasi 99,57 % adalah nilai tahun 2017 (Tabel 3.1.2, 3.1.5, Lampiran 2 dan 3)',
  },
  {
    tahun: 2017,
    peran: 'capaian',
    target: '60%',
    realisasi: '99,57%',
    capaian_tercetak: '165,95%',
    sumber_tabel: T.ukur17,
    sumber_baris: at(1054, '60%\t99,57%\t165,95%'),
    catatan: 'Pengukuran Kinerja Dinas Sosial Tahun 2017, Triwulan IV',
  },
].map((r) => ({ indikator: 'S1.I1', periode: 'tahunan', ...r }));
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
    'sumber_tabel',
    'sumber_baris',
  ],
  nilai,
);

// ---------------------------------------------------------------------------------------------------------------
// anggaran.csv
const anggaran: Row[] = [];
const ANG_COLS = [
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
  'sumber_tabel',
  'sumber_baris',
];

// PK programme budgets: Tabel 2.2 (Bab II), Lampiran 2 (PK Perubahan 2017), Lampiran 4 (PK 2018).
function pkTable(first: number, prefix: string, peran: string, tabel: string): void {
  at(first - 1, 'No\tProgram\tAnggaran\tKeterangan');
  for (let i = 0; i < 9; i++) {
    const n = first + i;
    const f = fields(n);
    if (f[0] !== String(i + 1) || f.length !== 4) throw new Error(`pk line ${n}`);
    anggaran.push({
      id: `${prefix}.P0${i + 1}`,
      tingkat: 'program',
      nama: f[1],
      pagu: f[2],
      sumber_dana: f[3],
      peran,
      sumber_tabel: tabel,
      sumber_baris: n,
    });
  }
}
pkTable(679, 'PK', 'pk', T.pk);
pkTable(1185, 'PK18', 'pk', T.pk18);
pkTable(1015, 'PKP17', 'pk-perubahan', T.pkp17);

// Bab 3.2 realisation table (2017): numbered programme rows, kegiatan rows, one unlabelled total row.
at(806, 'No.\tProgram/Kegiatan\tPagu Anggaran\tRealisasi\t%');
{
  let p = 0;
  let k = 0;
  let last: Row | undefined;
  for (let n = 808; n <= at(887, 'Rp 7.095.515.222'); n++) {
    const f = fields(n);
    if (raw(n).trim() === '') continue;
    if (f.length < 5) throw new Error(`real line ${n}`);
    if (f[2] === '' && f[3] === '') {
      // continuation of the previous row's name (page break)
      last!.nama = `${last!.nama} ${f[1]}`;
      continue;
    }
    if (/^\d$/.test(f[0])) {
      p = Number(f[0]);
      k = 0;
      last = {
        id: `R.P0${p}`,
        induk: 'R.TOTAL',
        tingkat: 'program',
        nama: f[1],
        pagu: f[2],
        realisasi: f[3],
        persen_tercetak: f[4],
        peran: 'realisasi',
        sumber_tabel: T.real,
        sumber_baris: n,
      };
    } else if (f[1] === '') {
      last = {
        id: 'R.TOTAL',
        tingkat: 'total',
        nama: '(baris jumlah tanpa label)',
        pagu: f[2],
        realisasi: f[3],
        persen_tercetak: f[4],
        peran: 'realisasi',
        sumber_tabel: T.real,
        sumber_baris: n,
      };
    } else {
      k++;
      last = {
        id: `R.P0${p}.K${String(k).padStart(2, '0')}`,
        induk: `R.P0${p}`,
        tingkat: 'kegiatan',
        nama: f[1],
        pagu: f[2],
        realisasi: f[3],
        persen_tercetak: f[4],
        peran: 'realisasi',
        sumber_tabel: T.real,
        sumber_baris: n,
      };
    }
    anggaran.push(last);
  }
}
// the total row first among the realisation rows, for readability
{
  const i = anggaran.findIndex((r) => r.id === 'R.TOTAL');
  const [tot] = anggaran.splice(i, 1);
  anggaran.splice(
    anggaran.findIndex((r) => r.id === 'R.P01'),
    0,
    tot,
  );
}

// Lampiran 3 (Pengukuran Kinerja 2017): last four cells of each line = name, pagu, realisasi, %.
{
  let p = 0;
  let k = 0;
  let last: Row | undefined;
  for (let n = at(1054, 'PROGRAM PELAYANANA ADMINISTRASI PERKANTORAN'); n <= at(1132, 'Isbath Nikah Massal'); n++) {
    if (raw(n).trim() === '') continue;
    const f = fields(n);
    const [nama, pagu, real, pct] = f.slice(-4);
    if (f.length < 4) throw new Error(`lampiran 3 line ${n}`);
    if (pagu === '' && real === '' && pct === '') {
      last!.nama = `${last!.nama} ${nama}`;
      continue;
    }
    if (nama.startsWith('PROGRAM') && nama === nama.toUpperCase()) {
      p++;
      k = 0;
      last = {
        id: `L3.P0${p}`,
        tingkat: 'program',
        nama,
        pagu,
        realisasi: real,
        persen_tercetak: pct,
        peran: 'realisasi',
        sumber_tabel: T.ukur17,
        sumber_baris: n,
      };
    } else {
      k++;
      last = {
        id: `L3.P0${p}.K${String(k).padStart(2, '0')}`,
        induk: `L3.P0${p}`,
        tingkat: 'kegiatan',
        nama,
        pagu,
        realisasi: real,
        persen_tercetak: pct,
        peran: 'realisasi',
        sumber_tabel: T.ukur17,
        sumber_baris: n,
      };
    }
    anggaran.push(last);
  }
}
write('anggaran.csv', ANG_COLS, anggaran);

// Arithmetic checks (printed to the console for CATATAN.md; the data keep what is printed).
const num = (s: string | number | undefined): number =>
  Number(
    String(s ?? '')
      .replace(/Rp\.?/, '')
      .replace(/,-$/, '')
      .replace(/,00$/, '')
      .replace(/[^0-9]/g, ''),
  );
for (const prefix of ['PK', 'PK18', 'PKP17']) {
  const rows = anggaran.filter((r) => String(r.id).startsWith(prefix + '.P'));
  console.log(`  sum ${prefix}: ${rows.reduce((a, r) => a + num(r.pagu), 0).toLocaleString('id-ID')}`);
}
for (const prefix of ['R', 'L3']) {
  const progs = anggaran.filter((r) => r.tingkat === 'program' && String(r.id).startsWith(prefix + '.'));
  const sp = progs.reduce((a, r) => a + num(r.pagu), 0);
  const sr = progs.reduce((a, r) => a + num(r.realisasi), 0);
  console.log(
    `  ${prefix}: ${progs.length} programmes, Σpagu ${sp.toLocaleString('id-ID')}, Σrealisasi ${sr.toLocaleString('id-ID')}`,
  );
  let meanPct = 0;
  for (const pr of progs) {
    const kids = anggaran.filter((r) => r.induk === pr.id);
    const kp = kids.reduce((a, r) => a + num(r.pagu), 0);
    const kr = kids.reduce((a, r) => a + num(r.realisasi), 0);
    meanPct += Number(String(pr.persen_tercetak).replace('%', '').replace(',', '.'));
    if (kp !== num(pr.pagu) || kr !== num(pr.realisasi))
      console.log(
        `  ${pr.id} (line ${pr.sumber_baris}) ${kids.length} kegiatan: Σpagu ${kp.toLocaleString('id-ID')} vs ${pr.pagu}; Σreal ${kr.toLocaleString('id-ID')} vs ${pr.realisasi}`,
      );
  }
  console.log(
    `  ${prefix}: kegiatan ${anggaran.filter((r) => r.tingkat === 'kegiatan' && String(r.id).startsWith(prefix + '.')).length}, mean of programme % ${(meanPct / progs.length).toFixed(2)}`,
  );
  for (const r of anggaran.filter((x) => String(x.id).startsWith(prefix + '.') && x.realisasi)) {
    const pct = (num(r.realisasi) / num(r.pagu)) * 100;
    const printed = Number(String(r.persen_tercetak).replace('%', '').replace(',', '.'));
    if (Math.abs(pct - printed) > 0.006)
      console.log(`  % ${r.id} line ${r.sumber_baris}: computed ${pct.toFixed(3)} printed ${r.persen_tercetak}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// efisiensi.csv, ringkasan.csv
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
  [
    {
      lingkup: 'S1',
      capaian_tercetak: '165,95 %',
      pagu: 'Rp. 4.002.524.072,-',
      realisasi: 'Rp. 3.307.232.516,-',
      serapan_tercetak: '82,63 %',
      catatan:
        'Tahun 2017 (kolom "Kinerja Tahun 2017" dan "Anggaran Tahun 2017"); serapan tercetak di kolom "Capaian" anggaran',
      sumber_tabel: T.t315,
      sumber_baris: at(765, 'Rp. 4.002.524.072,-\tRp. 3.307.232.516,-\t82,63 %'),
    },
    {
      lingkup: 'S1',
      capaian_tercetak: '165,95 %',
      serapan_tercetak: '82,63 %',
      efisiensi_tercetak: '49,79 %',
      catatan:
        'Judul tabel: "Efisiensi Penggunaan Sumber Daya Tahun 2017" (daftar tabel di Bab 3.1 menyebut "Tahun 2018"); tingkat efisiensi = penyerapan anggaran / capaian kinerja × 100',
      sumber_tabel: T.t316,
      sumber_baris: at(773, '165,95 %\t82,63 %\t49,79 %'),
    },
  ],
);
write(
  'ringkasan.csv',
  ['lingkup', 'jenis', 'nilai', 'catatan', 'sumber_tabel', 'sumber_baris'],
  [
    {
      lingkup: 'laporan',
      jenis: 'total-pagu',
      nilai: 'Rp. 7.095.515.222,-',
      catatan: '"total anggaran pada Tahun 2017"',
      sumber_tabel: T.real,
      sumber_baris: at(804, 'Rp. 7.095.515.222,-'),
    },
    {
      lingkup: 'laporan',
      jenis: 'total-realisasi',
      nilai: 'Rp. 6.268.903.009,-',
      catatan: '"Realisasi ... pada Tahun 2017"',
      sumber_tabel: T.real,
      sumber_baris: at(804, 'Rp. 6.268.903.009,-'),
    },
    {
      lingkup: 'laporan',
      jenis: 'rata-rata-serapan',
      nilai: '88,35%',
      catatan: '"rata-rata prosentase capaian anggaran program sebesar 88,35%" (Tahun 2017)',
      sumber_tabel: T.real,
      sumber_baris: at(804, 'sebesar 88,35%'),
    },
    {
      lingkup: 'laporan',
      jenis: 'rata-rata-capaian',
      nilai: '90%',
      catatan: 'Teks Bab III tentang tahun 2018: "hasil capaian indikator kinerja tercapai rata-rata 90%"',
      sumber_tabel: T.bab31,
      sumber_baris: at(723, 'tercapai rata-rata 90%'),
    },
    {
      lingkup: 'laporan',
      jenis: 'rata-rata-capaian',
      nilai: '90%',
      catatan: 'Kesimpulan Bab IV tentang tahun 2017: "capaian kinerja kegiatan program rata-rata 90%"',
      sumber_tabel: T.bab4,
      sumber_baris: at(899, 'program rata-rata 90%'),
    },
    {
      lingkup: 'laporan',
      jenis: 'rata-rata-serapan',
      nilai: '88,35%',
      catatan: 'Kesimpulan Bab IV: "Dengan realisasi anggaran 2017 sebesar 88,35%"',
      sumber_tabel: T.bab4,
      sumber_baris: at(899, 'realisasi anggaran 2017 sebesar 88,35%'),
    },
  ],
);

// ---------------------------------------------------------------------------------------------------------------
// narasi.csv
const narasi: Row[] = [
  {
    lingkup: 'S1.I1',
    jenis: 'penyebab',
    teks: fields(at(782, 'Dana APBD yang ada'))[4],
    sumber_tabel: T.t317,
    sumber_baris: 782,
  },
];
{
  // Tabel 3.1.8, column 5: HTML lists spread over lines 791, 793, 796, 799.
  const parts = [791, 793, 796, 799].map((n) => ({ n, text: fields(n)[4] }));
  let prog: { n: number; nama: string; items: string[] } | undefined;
  const out: { n: number; nama: string; items: string[] }[] = [];
  for (const { n, text } of parts) {
    const tokens = text.split(/(<p[^>]*>.*?<\/p>)/);
    for (const tok of tokens) {
      const m = /<p[^>]*>(.*?)<\/p>/.exec(tok);
      if (m) {
        prog = { n, nama: clean(m[1]), items: [] };
        out.push(prog);
        continue;
      }
      const body = tok.replace(/<[^>]+>/g, ' ');
      const items = body.split('➤').map(clean);
      items.forEach((it, i) => {
        if (it === '') return;
        if (i === 0 && prog!.items.length > 0) {
          // continuation of the last item across a page break ("... Keluarga" + "(LK3);")
          prog!.items[prog!.items.length - 1] += ' ' + it;
        } else prog!.items.push(it);
      });
    }
  }
  for (const p of out) {
    narasi.push({
      lingkup: 'S1.I1',
      jenis: 'program-penunjang',
      teks: `${p.nama}: ${p.items.map((i) => i.replace(/[;.]$/, '')).join('; ')}`,
      sumber_tabel: T.t318,
      sumber_baris: p.n,
    });
  }
}
narasi.push(
  {
    lingkup: 'S1',
    jenis: 'analisis',
    teks: raw(at(721, 'pada umumnya belum tercapai')).trim(),
    sumber_tabel: T.bab31,
    sumber_baris: 721,
  },
  {
    lingkup: 'S1',
    jenis: 'analisis',
    teks: raw(at(723, 'cukup efisien')).trim(),
    sumber_tabel: T.bab31,
    sumber_baris: 723,
  },
  {
    lingkup: 'S1',
    jenis: 'analisis',
    teks: raw(at(899, 'Pelaksanaan kegiatan program Tahun 2017')).trim(),
    sumber_tabel: T.bab4,
    sumber_baris: 899,
  },
  {
    lingkup: 'S1',
    jenis: 'solusi',
    teks: raw(at(903, 'Untuk meningkatkan kinerja di tahun mendatang')).trim().replace(/\*\*/g, ''),
    sumber_tabel: 'Bab 4.2 Langkah-langkah untuk Meningkatkan Kinerja',
    sumber_baris: 903,
  },
  {
    lingkup: 'T1',
    jenis: 'kendala',
    teks: `${raw(at(440, 'Berbagai permasalahan sosial')).trim()} ${raw(at(442, 'Peningkatan jumlah anak terlantar')).trim().replace(/^- /, '')} ${raw(at(444, 'beberapa tantangan')).trim()}`,
    sumber_tabel: T.bab12,
    sumber_baris: 440,
  },
);
write('narasi.csv', ['lingkup', 'jenis', 'teks', 'sumber_tabel', 'sumber_baris'], narasi);

// ---------------------------------------------------------------------------------------------------------------
// tabel/*.csv
function listTable(first: number, last: number, re: RegExp): Row[] {
  const rows: Row[] = [];
  for (let n = first; n <= last; n++) {
    const s = raw(n).trim();
    if (s === '') continue;
    const m = re.exec(s);
    if (!m) throw new Error(`list line ${n}: ${s}`);
    rows.push({ uraian: clean(m[1]), jumlah: clean(m[2]), sumber_baris: n });
  }
  return rows;
}
write(
  'tabel/pegawai.csv',
  ['uraian', 'jumlah', 'sumber_baris'],
  listTable(at(397, 'PNS sebanyak'), at(401, 'Jumlah** : 52 orang'), /^- (?:[a-d]\. )?(.*?)(?: sebanyak|\*\*) : (.*)$/),
);
write(
  'tabel/pegawai-golongan.csv',
  ['uraian', 'jumlah', 'sumber_baris'],
  listTable(at(405, 'Golongan IV / c'), at(415, 'Golongan II / a'), /^- [a-k]\. (.*?) sebanyak : (.*)$/),
);
write(
  'tabel/pegawai-pendidikan.csv',
  ['uraian', 'jumlah', 'sumber_baris'],
  listTable(at(419, 'Pasca Sarjana'), at(423, 'SLTP'), /^- [a-e]\. (.*?) sebanyak : (.*)$/),
);

function tabTable(header: number, first: number, last: number, cols: string[]): Row[] {
  at(header, cols[0]);
  const rows: Row[] = [];
  for (let n = first; n <= last; n++) {
    if (raw(n).trim() === '') continue;
    const f = fields(n);
    const r: Row = {};
    cols.forEach((c, i) => (r[c] = f[i] ?? ''));
    r.sumber_baris = n;
    rows.push(r);
  }
  return rows;
}
const PMKS_COLS = ['NO', 'JENIS PENYANDANG MASALAH KESEJAHTERAAN SOSIAL (PMKS)', 'JUMLAH'];
write('tabel/pmks.csv', [...PMKS_COLS, 'sumber_baris'], tabTable(448, 449, at(490, 'JUMLAH\t\t68271'), PMKS_COLS));
const PSKS_COLS = ['NO', 'POTENSI DAN SUMBER KESEJAHTERAAN SOSIAL (PSKS)', 'JUMLAH'];
write('tabel/psks.csv', [...PSKS_COLS, 'sumber_baris'], tabTable(494, 495, at(506, 'Keluarga Pioner'), PSKS_COLS));
const ALOK_COLS = [
  'No',
  'Sasaran Strategis',
  'Indikator Kinerja',
  'Anggaran Tahun 2017',
  'Presentase Anggaran Terhadap Anggaran SKPD',
];
write(
  'tabel/alokasi-anggaran-sasaran.csv',
  [...ALOK_COLS, 'sumber_baris'],
  tabTable(754, 756, at(756, '56,41 %'), ALOK_COLS),
);
write(
  'tabel/matriks-renstra.csv',
  [...MATRIKS_COLS, 'sumber_baris'],
  matriks.map(({ line, cells }) => {
    const r: Row = {};
    MATRIKS_COLS.forEach((c, i) => (r[c] = cells[i]));
    r.sumber_baris = line;
    return r;
  }),
);
