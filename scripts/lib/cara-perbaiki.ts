/**
 * How to fix each error code, in words a civil servant can act on: the advice written here, else the `fix` every
 * code carries in `ERROR_CODES` (src/lib/data/galat.ts), so no code is ever without advice. The messages themselves
 * are not repeated here: docs/referensi-galat.md shows them as the readers produce them, taken from the bad-input
 * corpus (scripts/lib/fixture-cases.ts).
 */
import { type Bilingual, ERROR_CODES, type ErrorCode } from '../../src/lib/data/galat.ts';

const written: Partial<Record<ErrorCode, Bilingual>> = {
  'file-missing': {
    id: 'Buat berkas yang disebut (mis. dengan `npm run new-report`), atau perbaiki nama yang merujuknya.',
    en: 'Create the file named (e.g. with `npm run new-report`), or fix the name that refers to it.',
  },
  'file-empty': {
    id: 'Isi berkasnya (CSV: paling tidak baris judul) atau hapus berkas opsional yang kosong.',
    en: 'Fill the file (CSV: at least the header row) or delete an empty optional file.',
  },
  'file-not-utf8': {
    id: 'Simpan ulang sebagai UTF-8: Excel → Simpan Sebagai → "CSV UTF-8"; LibreOffice → Set karakter "Unicode (UTF-8)".',
    en: 'Save again as UTF-8: Excel → Save As → "CSV UTF-8"; LibreOffice → Character set "Unicode (UTF-8)".',
  },
  'file-too-large': {
    id: 'Periksa bahwa berkasnya benar (bukan seluruh PDF atau gambar); pecah tabel yang sangat besar.',
    en: 'Check it is the right file (not a whole PDF or an image); split a very large table.',
  },
  'file-unknown': {
    id: 'Ganti nama berkas menjadi salah satu nama yang dikenal (lihat referensi format), atau pindahkan ke `tabel/` dan daftarkan di `tabel_tambahan`.',
    en: 'Rename the file to one of the known names (see the format reference), or move it to `tabel/` and declare it in `tabel_tambahan`.',
  },
  'yaml-syntax': {
    id: 'Buka berkas di baris yang disebut: indentasi dengan spasi (bukan tab), `nama: nilai` dengan spasi setelah titik dua, teks yang diawali tanda petik ditutup dengan tanda petik yang sama.',
    en: 'Open the file at the line given: indent with spaces (not tabs), `name: value` with a space after the colon, text that starts with a quote closed by the same quote.',
  },
  'csv-delimiter': {
    id: 'Simpan ulang dengan pemisah koma, atau impor dari buku kerja: `npm run impor -- laporan.xlsx`.',
    en: 'Save again with comma as the delimiter, or import from the workbook: `npm run impor -- laporan.xlsx`.',
  },
  'csv-quotes': {
    id: 'Sel yang berisi koma, tanda petik atau baris baru diapit "…"; tanda petik di dalamnya ditulis "". Menyimpan dari spreadsheet melakukannya sendiri.',
    en: 'Cells holding commas, quotes or line breaks are wrapped in "…", with inner quotes doubled. Saving from a spreadsheet does this for you.',
  },
  'csv-field-count': {
    id: 'Baris punya jumlah sel lain dari judul: biasanya koma di dalam sel yang tidak diapit tanda petik.',
    en: 'The row has a different number of cells from the header: usually a comma inside an unquoted cell.',
  },
  'csv-missing-column': {
    id: 'Tambahkan kolom wajib ke baris judul (salin judul dari templat `npm run new-report`).',
    en: 'Add the required column to the header row (copy the header from the `npm run new-report` template).',
  },
  'csv-unknown-column': {
    id: 'Perbaiki ejaan judul kolom atau hapus kolomnya; kolom yang diizinkan ada di referensi format.',
    en: 'Fix the column name’s spelling or remove the column; the allowed columns are in the format reference.',
  },
  'csv-duplicate-column': { id: 'Hapus salah satu kolom kembar.', en: 'Remove one of the two columns.' },
  'field-required': {
    id: 'Isi sel atau isian yang disebut; nilai yang diharapkan ditulis di pesan.',
    en: 'Fill the cell or field named; the expected value is in the message.',
  },
  'field-invalid': {
    id: 'Ganti nilainya dengan salah satu yang diharapkan (lihat "diharapkan" di pesan dan referensi format).',
    en: 'Replace the value with one that is expected (see "expected" in the message and the format reference).',
  },
  'field-unknown': {
    id: 'Isian YAML ini tidak dikenal: periksa ejaan dan indentasinya, atau hapus.',
    en: 'This YAML field is not known: check its spelling and indentation, or remove it.',
  },
  'html-in-text': {
    id: 'Tulis teks biasa: hapus tag HTML (sering terbawa saat menyalin dari situs web).',
    en: 'Write plain text: remove HTML tags (often carried over when copying from a web page).',
  },
  'unknown-region': {
    id: 'Buat wilayahnya (`npm run new-report` membuatnya bila baru) atau perbaiki slug-nya.',
    en: 'Create the region (`npm run new-report` creates it when new) or fix the slug.',
  },
  'unknown-agency': {
    id: 'Buat instansinya (`npm run new-report` membuatnya bila baru) atau perbaiki slug-nya.',
    en: 'Create the agency (`npm run new-report` creates it when new) or fix the slug.',
  },
  'unknown-scale': {
    id: 'Tambahkan skala di `content/skala/` atau pakai yang ada (mis. `nasional`, `kla`, `ape-pug`).',
    en: 'Add the scale in `content/skala/` or use an existing one (e.g. `nasional`, `kla`, `ape-pug`).',
  },
  'unknown-reference': {
    id: 'Kode yang dirujuk tidak ada di berkas yang disebut: perbaiki ejaannya, atau tambahkan barisnya di sana.',
    en: 'The code referred to does not exist in the file named: fix its spelling, or add the row there.',
  },
  'duplicate-id': {
    id: 'Setiap baris butuh pengenal unik: ganti salah satunya (mis. `S1.I1` → `S1.I2`).',
    en: 'Every row needs a unique id: change one of them (e.g. `S1.I1` → `S1.I2`).',
  },
  'missing-parent': {
    id: 'Induk yang disebut tidak ada: tambahkan baris induknya atau perbaiki kolom `induk`.',
    en: 'The parent named does not exist: add the parent row or fix the `induk` column.',
  },
  'parent-level': {
    id: 'Anak harus berada di bawah induknya (kegiatan di bawah program, bukan sebaliknya); perbaiki `tingkat` atau `induk`.',
    en: 'A child sits below its parent (an activity under a programme, never the reverse); fix `tingkat` or `induk`.',
  },
  'value-unparseable': {
    id: 'Salin angkanya persis dari dokumen. Bila tercetak dalam format angka lain (mis. `69.33%` di laporan `id`), isi kolom `format_angka` baris itu; bila memang rusak di dokumen, sebut kolomnya di `cacat_cetak`.',
    en: 'Copy the figure exactly from the document. If it is printed in the other number format (e.g. `69.33%` in an `id` report), fill the row’s `format_angka`; if it is damaged in the document, name the column in `cacat_cetak`.',
  },
  'value-ambiguous': {
    id: 'Nyatakan `format_angka: id` (atau `en`) di `laporan.yaml`, sehingga `27.500` tidak perlu ditebak.',
    en: 'Declare `format_angka: id` (or `en`) in `laporan.yaml`, so `27.500` need not be guessed.',
  },
  'value-wrong-kind': {
    id: 'Angka tidak cocok dengan `jenis_nilai` indikatornya: perbaiki `jenis_nilai` di indikator.csv atau angkanya.',
    en: 'The figure does not fit its indicator’s `jenis_nilai`: fix `jenis_nilai` in indikator.csv or the figure.',
  },
  'value-negative': {
    id: 'Uang tidak boleh negatif: periksa tanda minus atau kurung yang terbawa dari PDF.',
    en: 'Money cannot be negative: check for a minus sign or brackets carried over from the PDF.',
  },
  'year-outside-report': {
    id: 'Tahun harus dalam `tahun_data` di `laporan.yaml`: perbaiki tahunnya atau perluas rentangnya.',
    en: 'The year must lie within `tahun_data` in `laporan.yaml`: fix the year or widen the range.',
  },
  'folder-mismatch': {
    id: 'Nama folder harus `<tahun>-<jenis>[-<periode>]` dan cocok dengan `laporan.yaml`, di bawah folder instansinya.',
    en: 'The folder name must be `<year>-<kind>[-<period>]`, match `laporan.yaml`, and sit in its agency’s folder.',
  },
  'name-history-overlap': {
    id: 'Periode nama (`mulai`–`sampai`) tidak boleh tumpang tindih; perbaiki tahunnya.',
    en: 'Name periods (`mulai`–`sampai`) must not overlap; fix the years.',
  },
  'scale-kind': {
    id: 'Pakai skala dengan jenis yang benar: `urutan` indikator ordinal butuh skala `ordinal`, `skala` laporan butuh skala `predikat`.',
    en: 'Use a scale of the right kind: an ordinal indicator’s `urutan` needs an `ordinal` scale, a report’s `skala` a `predikat` scale.',
  },
};

export const fixes = Object.fromEntries(
  (Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => [code, written[code] ?? ERROR_CODES[code].fix]),
) as Record<ErrorCode, Bilingual>;
