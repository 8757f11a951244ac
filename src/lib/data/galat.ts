/**
 * Content errors: every problem found in `content/` is a value with a stable code, a location a civil servant can
 * open (file, row, column), what was expected, what was found, and a message in Indonesian and English.
 * The CLI and the Astro build print them the same way (`formatError`).
 */

/**
 * Every error code, with what it means and how to fix it, in both languages: the one list the error reference in
 * docs/ is generated from. Each error also carries its own specific message (with the values involved).
 */
export const ERROR_CODES = {
  'file-missing': {
    id: 'Berkas wajib tidak ada.',
    en: 'A required file is missing.',
    fix: { id: 'Tambahkan berkasnya di tempat yang disebut.', en: 'Add the file where the error says.' },
  },
  'file-empty': {
    id: 'Berkas kosong.',
    en: 'The file is empty.',
    fix: { id: 'Isi berkasnya atau hapus berkasnya.', en: 'Fill the file in or delete it.' },
  },
  'file-not-utf8': {
    id: 'Berkas bukan teks UTF-8.',
    en: 'The file is not UTF-8 text.',
    fix: {
      id: 'Simpan ulang sebagai "CSV UTF-8" (Excel) atau dengan pengodean UTF-8 (penyunting teks); untuk Windows-1252: iconv -f WINDOWS-1252 -t UTF-8.',
      en: 'Save again as "CSV UTF-8" (Excel) or with UTF-8 encoding (text editor); for Windows-1252: iconv -f WINDOWS-1252 -t UTF-8.',
    },
  },
  'file-utf16': {
    id: 'Berkas disimpan sebagai UTF-16 (Unicode), bukan UTF-8.',
    en: 'The file is saved as UTF-16 (Unicode), not UTF-8.',
    fix: { id: 'Simpan ulang dengan pengodean UTF-8.', en: 'Save it again with UTF-8 encoding.' },
  },
  'file-nul': {
    id: 'Berkas berisi bita NUL (biner, bukan teks).',
    en: 'The file contains NUL bytes (binary, not text).',
    fix: {
      id: 'Pastikan ini berkas teks; ekstrak ulang teksnya.',
      en: 'Make sure it is a text file; extract the text again.',
    },
  },
  'file-too-large': {
    id: 'Berkas melebihi batas ukuran.',
    en: 'The file exceeds its size limit.',
    fix: {
      id: 'Periksa berkasnya; batas ada di docs/format-konten.md.',
      en: 'Check the file; the limits are in docs/format-konten.md.',
    },
  },
  'file-unknown': {
    id: 'Berkas tidak dikenal di tempat ini.',
    en: 'Unknown file in this place.',
    fix: { id: 'Periksa nama dan letak berkas.', en: 'Check the file name and location.' },
  },
  'file-symlink': {
    id: 'Tautan simbolik (symlink) tidak diterima.',
    en: 'Symbolic links are not accepted.',
    fix: { id: 'Ganti tautan dengan salinan berkasnya.', en: 'Replace the link with a copy of the file.' },
  },
  'file-not-regular': {
    id: 'Di tempat berkas ada folder, perangkat atau pipa.',
    en: 'A folder, device or pipe sits where a file belongs.',
    fix: { id: 'Ganti dengan berkas biasa.', en: 'Replace it with a plain file.' },
  },
  'file-unreadable': {
    id: 'Berkas tidak dapat dibaca (kesalahan sistem berkas).',
    en: 'The file cannot be read (a filesystem error).',
    fix: { id: 'Periksa izin berkas.', en: 'Check the file permissions.' },
  },
  'path-outside-content': {
    id: 'Jalur berkas mengarah ke luar content/.',
    en: 'The file path leads outside content/.',
    fix: {
      id: 'Letakkan berkasnya di dalam content/, tanpa tautan.',
      en: 'Put the file inside content/, without links.',
    },
  },
  'name-not-slug': {
    id: 'Nama berkas atau folder bukan slug (huruf kecil a-z, angka, tanda hubung).',
    en: 'The file or folder name is not a slug (lowercase a-z, digits, hyphens).',
    fix: { id: 'Ganti nama, mis. dinsos-kota-contoh.yaml.', en: 'Rename it, e.g. dinsos-kota-contoh.yaml.' },
  },
  'yaml-syntax': {
    id: 'YAML tidak dapat dibaca.',
    en: 'The YAML cannot be read.',
    fix: {
      id: 'Perbaiki baris yang disebut (lihat petunjuk di pesan).',
      en: 'Fix the line named (see the hint in the message).',
    },
  },
  'yaml-too-complex': {
    id: 'YAML memakai terlalu banyak alias (*nama).',
    en: 'The YAML uses too many aliases (*name).',
    fix: {
      id: 'Tulis nilainya langsung, tanpa &jangkar/*alias.',
      en: 'Write the values out, without &anchors/*aliases.',
    },
  },
  'csv-delimiter': {
    id: 'Pemisah kolom tidak dikenali.',
    en: 'The column delimiter is not recognised.',
    fix: { id: 'Simpan dengan pemisah koma atau titik koma.', en: 'Save with comma or semicolon as the delimiter.' },
  },
  'csv-quotes': {
    id: 'Tanda petik tidak seimbang.',
    en: 'Unbalanced quote.',
    fix: { id: 'Tutup tanda petiknya; " di dalam sel ditulis "".', en: 'Close the quote; write an inner " as "".' },
  },
  'csv-field-count': {
    id: 'Jumlah sel berbeda dari baris judul.',
    en: 'The number of cells differs from the header.',
    fix: { id: 'Apit sel yang berisi koma dengan tanda petik.', en: 'Quote cells that contain a comma.' },
  },
  'csv-missing-column': {
    id: 'Kolom wajib tidak ada.',
    en: 'A required column is missing.',
    fix: { id: 'Tambahkan kolomnya di baris judul.', en: 'Add the column to the header row.' },
  },
  'csv-unknown-column': {
    id: 'Kolom tidak dikenal.',
    en: 'Unknown column.',
    fix: { id: 'Periksa ejaan atau hapus kolomnya.', en: 'Check the spelling or remove the column.' },
  },
  'csv-duplicate-column': {
    id: 'Kolom muncul dua kali.',
    en: 'A column appears twice.',
    fix: { id: 'Hapus salah satunya.', en: 'Remove one of them.' },
  },
  'csv-too-many-rows': {
    id: 'Tabel melebihi batas jumlah baris.',
    en: 'The table exceeds the row limit.',
    fix: {
      id: 'Periksa berkasnya; batas ada di docs/format-konten.md.',
      en: 'Check the file; the limits are in docs/format-konten.md.',
    },
  },
  'csv-too-many-columns': {
    id: 'Tabel melebihi batas jumlah kolom.',
    en: 'The table exceeds the column limit.',
    fix: {
      id: 'Periksa berkasnya; batas ada di docs/format-konten.md.',
      en: 'Check the file; the limits are in docs/format-konten.md.',
    },
  },
  'csv-cell-too-long': {
    id: 'Sel melebihi batas panjang.',
    en: 'A cell exceeds the length limit.',
    fix: {
      id: 'Periksa selnya (sering tanda petik yang tidak ditutup).',
      en: 'Check the cell (often an unclosed quote).',
    },
  },
  'report-too-large': {
    id: 'Tabel-tabel satu laporan melebihi anggaran keluarannya.',
    en: 'The tables of one report exceed its output budget.',
    fix: {
      id: 'Periksa berkasnya; batas ada di docs/format-konten.md.',
      en: 'Check the files; the limits are in docs/format-konten.md.',
    },
  },
  'field-required': {
    id: 'Isian atau kolom wajib kosong.',
    en: 'A required field or column is empty.',
    fix: { id: 'Isi nilainya.', en: 'Fill it in.' },
  },
  'field-invalid': {
    id: 'Nilai tidak sesuai aturan isian.',
    en: "The value breaks the field's rule.",
    fix: { id: 'Lihat nilai yang diharapkan di pesan.', en: 'See the expected value in the message.' },
  },
  'field-unknown': {
    id: 'Isian YAML tidak dikenal.',
    en: 'Unknown YAML field.',
    fix: { id: 'Periksa ejaan atau hapus isiannya.', en: 'Check the spelling or remove the field.' },
  },
  'html-in-text': {
    id: 'Teks berisi tag HTML.',
    en: 'The text contains an HTML tag.',
    fix: { id: 'Tulis teks biasa tanpa tag.', en: 'Write plain text without tags.' },
  },
  'text-control-character': {
    id: 'Teks berisi karakter kendali, tak terlihat, atau pembalik arah (bidi).',
    en: 'The text contains a control, invisible or direction-changing (bidi) character.',
    fix: { id: 'Hapus karakter dengan kode yang disebut.', en: 'Delete the character with the code point named.' },
  },
  'text-mixed-script': {
    id: 'Satu kata mencampur huruf Latin dengan huruf Kiril/Yunani yang mirip.',
    en: 'A word mixes Latin letters with look-alike Cyrillic/Greek letters.',
    fix: { id: 'Ketik ulang katanya dengan huruf Latin.', en: 'Retype the word in Latin letters.' },
  },
  'province-spelling': {
    id: 'Nama provinsi ditulis berbeda dari berkas wilayah lain, padahal menjadi alamat halaman yang sama.',
    en: 'The province is spelled differently from another region file, yet both give the same page address.',
    fix: {
      id: 'Tulis nama provinsi persis seperti di berkas wilayah lainnya.',
      en: 'Spell the province exactly as in the other region files.',
    },
  },
  'unknown-region': {
    id: 'Wilayah tidak ada di content/wilayah/.',
    en: 'The region does not exist in content/wilayah/.',
    fix: { id: 'Tambahkan berkas wilayahnya atau perbaiki slugnya.', en: 'Add the region file or fix the slug.' },
  },
  'unknown-agency': {
    id: 'Instansi tidak ada di content/instansi/.',
    en: 'The agency does not exist in content/instansi/.',
    fix: { id: 'Tambahkan berkas instansinya atau perbaiki slugnya.', en: 'Add the agency file or fix the slug.' },
  },
  'unknown-scale': {
    id: 'Skala tidak ada di content/skala/.',
    en: 'The scale does not exist in content/skala/.',
    fix: { id: 'Tambahkan skalanya atau perbaiki slugnya.', en: 'Add the scale or fix the slug.' },
  },
  'unknown-reference': {
    id: 'Rujukan ke baris yang tidak ada.',
    en: 'A reference to a row that does not exist.',
    fix: { id: 'Perbaiki pengenalnya atau tambahkan barisnya.', en: 'Fix the id or add the row.' },
  },
  'duplicate-id': {
    id: 'Pengenal dipakai dua kali.',
    en: 'An identifier is used twice.',
    fix: { id: 'Beri setiap baris pengenal unik.', en: 'Give every row a unique id.' },
  },
  'report-output-over-budget': {
    id: 'Keluaran satu laporan di situs melebihi anggaran keluarannya.',
    en: "One report's output on the site is above its output budget.",
    fix: {
      id: 'Periksa tabel laporan ini (misalnya ribuan baris yang sangat pendek). Bila tabelnya benar, laporkan ke pengelola portal dengan nama folder laporannya: pembangun situs menulis terlalu banyak untuk laporan ini.',
      en: "Check this report's tables (for example thousands of very short rows). If they are right, tell the portal maintainers the report folder: the site build writes too much for this report.",
    },
  },
  'duplicate-report': {
    id: 'Dua folder memuat laporan yang sama (instansi, tahun, jenis, periode).',
    en: 'Two folders hold the same report (agency, year, type, period).',
    fix: { id: 'Hapus salah satu folder.', en: 'Remove one of the folders.' },
  },
  'missing-parent': {
    id: 'Induk tidak ditemukan.',
    en: 'The parent is not found.',
    fix: {
      id: 'Tambahkan baris induknya atau perbaiki kolom induk.',
      en: 'Add the parent row or fix the induk column.',
    },
  },
  'parent-level': {
    id: 'Tingkat tidak boleh berada di bawah induknya.',
    en: 'The level cannot sit under its parent.',
    fix: { id: 'Perbaiki tingkat atau induknya.', en: 'Fix the level or the parent.' },
  },
  'value-unparseable': {
    id: 'Angka tidak dapat dibaca.',
    en: 'The number cannot be read.',
    fix: {
      id: 'Periksa baris dokumen yang dirujuk sumber_baris: biasanya salinannya salah ketik (91.20 untuk 91,20 yang tercetak), perbaiki salinannya; hanya bila dokumen memang mencetak format lain, isi format_angka baris itu; jika cacat cetak, isi cacat_cetak.',
      en: "Check the document line sumber_baris cites: usually the copy has a typo (91.20 for a printed 91,20), so fix the copy; only if the document does print the other format, set the row's format_angka; if misprinted, use cacat_cetak.",
    },
  },
  'value-ambiguous': {
    id: 'Angka bisa dibaca dua cara.',
    en: 'The number can be read two ways.',
    fix: { id: 'Nyatakan format_angka di laporan.yaml.', en: 'Declare format_angka in laporan.yaml.' },
  },
  'value-wrong-kind': {
    id: 'Nilai tidak sesuai jenis_nilai indikatornya.',
    en: "The value does not match the indicator's jenis_nilai.",
    fix: { id: 'Perbaiki nilai atau jenis_nilai.', en: 'Fix the value or the jenis_nilai.' },
  },
  'value-negative': {
    id: 'Angka anggaran negatif.',
    en: 'A negative budget figure.',
    fix: { id: 'Pagu dan realisasi tidak boleh negatif.', en: 'Allocations and spending cannot be negative.' },
  },
  'value-too-many-digits': {
    id: 'Angka memiliki terlalu banyak digit.',
    en: 'The number has too many digits.',
    fix: {
      id: 'Periksa angkanya; batas ada di docs/format-konten.md.',
      en: 'Check the figure; the limits are in docs/format-konten.md.',
    },
  },
  'year-outside-report': {
    id: 'Tahun di luar rentang laporan.',
    en: "The year is outside the report's range.",
    fix: { id: 'Perbaiki tahun atau perluas tahun_data.', en: 'Fix the year or widen tahun_data.' },
  },
  'folder-mismatch': {
    id: 'Nama folder tidak sesuai laporan.yaml.',
    en: 'The folder name does not match laporan.yaml.',
    fix: { id: 'Ganti nama folder atau perbaiki laporan.yaml.', en: 'Rename the folder or fix laporan.yaml.' },
  },
  'name-history-overlap': {
    id: 'Riwayat nama instansi tumpang tindih.',
    en: 'The agency name history overlaps.',
    fix: { id: 'Urutkan nama dari yang tertua tanpa tumpang tindih.', en: 'List names oldest first without overlaps.' },
  },
  'scale-kind': {
    id: 'Skala berjenis lain dari yang diperlukan.',
    en: 'The scale is of another kind than needed.',
    fix: { id: 'Pilih skala berjenis yang benar.', en: 'Choose a scale of the right kind.' },
  },
  'argument-not-found': {
    id: 'Jalur yang diberikan ke validate tidak ada.',
    en: 'The path given to validate does not exist.',
    fix: { id: 'Periksa ejaan jalurnya.', en: 'Check the spelling of the path.' },
  },
  'argument-outside-content': {
    id: 'Jalur yang diberikan ke validate berada di luar folder konten.',
    en: 'The path given to validate lies outside the content folder.',
    fix: { id: 'Berikan jalur di dalam content/.', en: 'Give a path inside content/.' },
  },
  'argument-not-report': {
    id: 'Jalur yang diberikan ke validate bukan folder laporan.',
    en: 'The path given to validate is not a report folder.',
    fix: {
      id: 'Berikan content/, content/laporan/<instansi>/, folder laporan, atau berkas di dalamnya.',
      en: 'Give content/, content/laporan/<agency>/, a report folder, or a file in one.',
    },
  },
} as const satisfies Record<string, { id: string; en: string; fix: { id: string; en: string } }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes only the build reports, on what it wrote (tested in test/unit/bangun/keluaran.test.ts). */
export const BUILD_CODES: readonly ErrorCode[] = ['report-output-over-budget'];

/** Codes only `npm run validate` reports, about its arguments (not about content): tested in cli.test.ts. */
export const ARGUMENT_CODES: readonly ErrorCode[] = [
  'argument-not-found',
  'argument-outside-content',
  'argument-not-report',
];

export interface Bilingual {
  id: string;
  en: string;
}

export interface ContentError {
  code: ErrorCode;
  /** Path relative to the repository root, e.g. `content/laporan/x/2024-lkjip/nilai.csv`. */
  file: string;
  /** Spreadsheet row number (the header is row 1), for CSV files. */
  row?: number;
  /** CSV column name or YAML field path. */
  field?: string;
  /** Spreadsheet column letter, for CSV files. */
  columnLetter?: string;
  expected?: Bilingual;
  found?: string;
  message: Bilingual;
}

/** Spreadsheet column letter for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Control, invisible and bidi characters shown by code point: they would garble a terminal or a PR comment. */
export function visible(value: string): string {
  return value.replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** Keep a found value readable in one line: control and invisible characters shown by code point, long values cut. */
export function showFound(value: string): string {
  const oneLine = visible(value.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t'));
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

function location(e: ContentError): string {
  const parts = [e.file];
  if (e.row !== undefined) parts.push(`baris/row ${e.row}`);
  if (e.field !== undefined) {
    parts.push(e.columnLetter ? `kolom/column ${e.field} (${e.columnLetter})` : `isian/field ${e.field}`);
  }
  return visible(parts.join(', '));
}

/** The way errors are printed everywhere: location, then the Indonesian and English messages. */
export function formatError(e: ContentError): string {
  const lines = [`✗ [${e.code}] ${location(e)}`, `  ID: ${visible(e.message.id)}`, `  EN: ${visible(e.message.en)}`];
  if (e.expected) lines.push(`  diharapkan/expected: ${visible(e.expected.id)} / ${visible(e.expected.en)}`);
  if (e.found !== undefined) lines.push(`  ditemukan/found: "${showFound(e.found)}"`);
  return lines.join('\n');
}

/** Errors in a stable order: by file, then row, then field, then code. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.code.localeCompare(b.code),
  );
}

/** Thrown by the Astro loader so the build stops with every error listed. */
export class ContentValidationError extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(
      `Konten tidak valid: ${errors.length} kesalahan / Invalid content: ${errors.length} error(s)\n\n` +
        errors.map(formatError).join('\n\n'),
    );
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}
