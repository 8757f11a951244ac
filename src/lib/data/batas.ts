/**
 * The limits on content, declared once: the readers check each one before the data is read whole (a file's size
 * from `fstat`, a table's columns from its header line, rows as they are counted), and docs/format-konten.md
 * lists them with these reasons. Each is far above what the real documents need (the largest measured value is
 * given) and low enough that one hostile file cannot make the build take gigabytes of memory or output.
 */
export interface Limit {
  value: number;
  unit: { id: string; en: string };
  /** The largest value in the five real reports, so the room is visible. */
  largestReal: number;
  reason: { id: string; en: string };
}

const MiB = 1024 * 1024;

export const LIMITS = {
  /** A CSV table of a report (including `tabel/*.csv`). */
  csvBytes: {
    value: 1 * MiB,
    unit: { id: 'bita', en: 'bytes' },
    largestReal: 59_731,
    reason: {
      id: 'tabel laporan terbesar 60 KB; berkas yang jauh lebih besar hampir pasti salah berkas',
      en: 'the largest report table is 60 KB; a much larger file is almost certainly the wrong file',
    },
  },
  /** A YAML file (region, agency, scale, laporan.yaml). */
  yamlBytes: {
    value: 256 * 1024,
    unit: { id: 'bita', en: 'bytes' },
    largestReal: 8_595,
    reason: {
      id: 'berkas YAML terbesar 8,6 KB (laporan.yaml Malang)',
      en: 'the largest YAML file is 8.6 KB (Malang laporan.yaml)',
    },
  },
  /** A source document's extracted text in content/dokumen/. */
  documentBytes: {
    value: 4 * MiB,
    unit: { id: 'bita', en: 'bytes' },
    largestReal: 187_884,
    reason: {
      id: 'teks dokumen terbesar 188 KB (Malang, 2.261 baris); halamannya diterbitkan utuh',
      en: 'the largest document text is 188 KB (Malang, 2,261 lines); its page is published whole',
    },
  },
  /** Data rows of one CSV table. */
  csvRows: {
    value: 5_000,
    unit: { id: 'baris', en: 'rows' },
    largestReal: 508,
    reason: {
      id: 'tabel terbesar 508 baris (nilai.csv Malang); setiap baris menjadi isi halaman dan unduhan',
      en: 'the largest table has 508 rows (Malang nilai.csv); every row becomes page content and downloads',
    },
  },
  /** Columns of one CSV table (the fixed tables have at most 17; extra tables are printed tables). */
  csvColumns: {
    value: 60,
    unit: { id: 'kolom', en: 'columns' },
    largestReal: 17,
    reason: {
      id: 'tabel tercetak selebar halaman jarang lebih dari 20 kolom',
      en: 'a printed table a page wide rarely has more than 20 columns',
    },
  },
  /** Characters of one CSV cell. */
  cellChars: {
    value: 10_000,
    unit: { id: 'karakter', en: 'characters' },
    largestReal: 1_475,
    reason: {
      id: 'sel terpanjang 1.475 karakter (narasi); satu sel ditampilkan utuh di halaman',
      en: 'the longest cell has 1,475 characters (a narrative); a cell is shown whole on the page',
    },
  },
  /**
   * The output budget of one report: the bytes of all its tables together. Pages and downloads grow in proportion
   * to them (each figure is shown, exported as CSV, JSON and the spreadsheet copy), so this caps what one report
   * can add to the published site.
   */
  reportBytes: {
    value: 4 * MiB,
    unit: { id: 'bita', en: 'bytes' },
    largestReal: 191_415,
    reason: {
      id: 'laporan terbesar 191 KB tabel (Malang 2023); halaman dan unduhannya sebanding dengan tabelnya',
      en: 'the largest report has 191 KB of tables (Malang 2023); its pages and downloads grow with its tables',
    },
  },
  /**
   * What the build may publish for one report (its pages in both languages, downloads, chart data and embeds),
   * as a multiple of its tables' bytes, on top of a fixed 1 MiB for the page frame every report has. Checked on
   * dist/ after the build (src/lib/bangun/keluaran.ts), so the claim above ("pages and downloads grow in
   * proportion") is measured, not assumed: a change that makes output grow faster than its input fails the build.
   */
  reportOutputFactor: {
    value: 24,
    unit: { id: 'kali bita tabelnya (+ 1 MiB)', en: 'times its table bytes (+ 1 MiB)' },
    largestReal: 7.9,
    reason: {
      id: 'terbit terbesar 7,9 kali tabelnya di atas bingkai (Malang 2023: 2,57 MB dari 191 KB tabel); 4 MiB tabel memberi paling banyak 97 MiB',
      en: 'the largest output is 7.9 times its tables above the frame (Malang 2023: 2.57 MB from 191 KB of tables); 4 MiB of tables give at most 97 MiB',
    },
  },
  /** Digits of a printed figure (integer and decimal part together). */
  figureDigits: {
    value: 24,
    unit: { id: 'angka (digit)', en: 'digits' },
    largestReal: 14,
    reason: {
      id: 'pagu terbesar 14 digit (Rp 41 miliar dengan sen); APBN pun di bawah 20 digit',
      en: 'the largest budget has 14 digits (Rp 41 billion with cents); even the national budget has fewer than 20',
    },
  },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

/**
 * Significant digits for decimal.js. A sum of every figure a report may hold (`csvRows` rows × 9 tables, each at most
 * `figureDigits` digits) needs 24 + 5 = 29 digits; 40 leaves room for ratios of such sums.
 */
export const DECIMAL_PRECISION = 40;
