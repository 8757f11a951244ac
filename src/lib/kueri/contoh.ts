/**
 * Example queries for the SQL page (`/kueri/`): questions a journalist asks of the whole dataset, each in plain
 * words in both languages. The SQL shown is the SQL that ran: the build runs it over the published Parquet for
 * the page's table (src/lib/bangun/kueri.ts), the browser runs the same text again.
 */
import type { Bilingual } from '../ekspor/tabel.ts';

export interface Example {
  /** Anchor and file name (`#contoh-<id>`). */
  id: string;
  title: Bilingual;
  description: Bilingual;
  sql: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'selisih-capaian',
    title: {
      id: 'Selisih terbesar antara capaian tercetak dan hitung ulang',
      en: 'Largest gaps between printed and recomputed capaian',
    },
    description: {
      id: 'Indikator yang capaian tercetaknya paling jauh dari capaian yang dihitung ulang dari target dan realisasinya, dalam poin persen.',
      en: 'Indicators whose printed capaian is furthest from the capaian recomputed from their target and realisation, in percentage points.',
    },
    sql: `SELECT laporan_id, indikator_nama, tahun, sumber_tabel,
  capaian_tercetak,
  round(capaian_hitung, 2) AS capaian_hitung,
  round(abs(capaian_tercetak_angka - capaian_hitung), 2) AS selisih_poin
FROM nilai
WHERE capaian_tercetak_angka IS NOT NULL AND capaian_hitung IS NOT NULL
ORDER BY selisih_poin DESC, laporan_id, indikator_nama, tahun, sumber_tabel
LIMIT 15`,
  },
  {
    id: 'serapan-laporan',
    title: {
      id: 'Serapan anggaran per laporan (angka utama)',
      en: 'Budget absorption per report (headline figures)',
    },
    description: {
      id: 'Resep kamus data: baris anggaran dengan jumlah_utama = ya dijumlahkan. Hasilnya persis pagu dan realisasi di halaman laporan.',
      en: 'The data dictionary’s recipe: the budget rows with jumlah_utama = ya, summed. The result is exactly the pagu and realisasi on the report pages.',
    },
    sql: `SELECT laporan_id, instansi_nama,
  CAST(sum(pagu_angka) AS DECIMAL(38, 2)) AS pagu,
  CAST(sum(realisasi_angka) AS DECIMAL(38, 2)) AS realisasi,
  CAST(100 * sum(realisasi_angka) / sum(pagu_angka) AS DECIMAL(18, 2)) AS serapan_persen
FROM anggaran
WHERE jumlah_utama
GROUP BY laporan_id, instansi_nama
ORDER BY laporan_id`,
  },
  {
    id: 'serapan-program',
    title: {
      id: 'Serapan anggaran per program, lintas instansi',
      en: 'Budget absorption by programme, across agencies',
    },
    description: {
      id: 'Program dari tabel realisasi yang membentuk angka utama tiap laporan (jumlah_utama), digabung menurut kunci_program; tabel cetak ulang dibuang agar uang tidak terhitung dua kali.',
      en: 'Programmes of the realisation table that makes each report’s headline figure (jumlah_utama), joined by kunci_program; reprinted tables are dropped so no money is counted twice.',
    },
    sql: `WITH utama AS (
  SELECT DISTINCT laporan_id, sumber_tabel, tahun
  FROM anggaran
  WHERE jumlah_utama
)
SELECT kunci_program,
  min(nama) AS program,
  count(DISTINCT instansi) AS instansi,
  CAST(sum(pagu_angka) AS DECIMAL(38, 2)) AS pagu,
  CAST(sum(realisasi_angka) AS DECIMAL(38, 2)) AS realisasi,
  CAST(100 * sum(realisasi_angka) / sum(pagu_angka) AS DECIMAL(18, 2)) AS serapan_persen
FROM anggaran
JOIN utama USING (laporan_id, sumber_tabel, tahun)
WHERE tingkat = 'program' AND cetak_ulang_dari IS NULL
GROUP BY kunci_program
ORDER BY pagu DESC, kunci_program`,
  },
  {
    id: 'temuan-keparahan',
    title: {
      id: 'Temuan per laporan menurut tingkat keparahan',
      en: 'Findings per report by severity',
    },
    description: {
      id: 'Berapa angka tercetak tiap laporan yang tidak sesuai hitung ulang: galat (error), peringatan (warning), catatan (info).',
      en: 'How many printed figures of each report disagree with the recomputation: errors, warnings, notes (info).',
    },
    sql: `SELECT laporan_id,
  count(*) FILTER (WHERE keparahan = 'error') AS error,
  count(*) FILTER (WHERE keparahan = 'warning') AS warning,
  count(*) FILTER (WHERE keparahan = 'info') AS info,
  count(*) AS jumlah
FROM temuan
GROUP BY laporan_id
ORDER BY error DESC, jumlah DESC, laporan_id`,
  },
  {
    id: 'capaian-terendah',
    title: {
      id: 'Tiga capaian terendah per tahun',
      en: 'The three lowest capaian per year',
    },
    description: {
      id: 'Capaian hitung ulang terendah tiap tahun data, di semua laporan; satu indikator dapat tercetak di beberapa tabel (sumber_tabel).',
      en: 'The lowest recomputed capaian of each data year, across all reports; one indicator may be printed in several tables (sumber_tabel).',
    },
    sql: `SELECT tahun, laporan_id, indikator_nama, sumber_tabel,
  target, realisasi,
  round(capaian_hitung, 2) AS capaian_hitung
FROM nilai
WHERE capaian_hitung IS NOT NULL
QUALIFY row_number() OVER (
  PARTITION BY tahun ORDER BY capaian_hitung, laporan_id, indikator_nama, sumber_tabel
) <= 3
ORDER BY tahun DESC, capaian_hitung, laporan_id, indikator_nama, sumber_tabel`,
  },
];
