/**
 * Reading raw files: bytes → UTF-8 text → CSV records (papaparse) or YAML data, with every problem located.
 * Nothing here knows what the columns mean; the schemas in `skema.ts` do.
 */
import Papa from 'papaparse';
import { LineCounter, parseDocument } from 'yaml';
import { columnLetter, showFound, type ContentError } from './galat.ts';

/** Larger files are refused: no report table is anywhere near this, and a runaway file would stall the build. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface CsvRecord {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

type Result<T> = { value: T | undefined; errors: ContentError[] };

/** Decode bytes as UTF-8, refusing invalid sequences (a file saved as Windows-1252 would garble names). */
export function decodeUtf8(file: string, bytes: Uint8Array): Result<string> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      value: undefined,
      errors: [
        {
          code: 'file-too-large',
          file,
          expected: {
            id: `paling besar ${MAX_FILE_BYTES} bita`,
            en: `at most ${MAX_FILE_BYTES} bytes`,
          },
          found: `${bytes.byteLength} bytes`,
          message: {
            id: 'Berkas terlalu besar. Pecah tabel menjadi beberapa laporan atau periksa apakah berkas benar.',
            en: 'File too large. Split the table or check that this is the right file.',
          },
        },
      ],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { value: text.replace(/^\uFEFF/, ''), errors: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    return {
      value: undefined,
      errors: [
        {
          code: 'file-not-utf8',
          file,
          row: line,
          expected: { id: 'teks UTF-8', en: 'UTF-8 text' },
          found: `byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}`,
          message: file.endsWith('.csv')
            ? {
                id: `Berkas bukan UTF-8 (baris ${line}). Simpan ulang sebagai "CSV UTF-8" di spreadsheet Anda.`,
                en: `File is not UTF-8 (line ${line}). Save it again as "CSV UTF-8" from your spreadsheet.`,
              }
            : {
                id: `Berkas bukan UTF-8 (baris ${line}). Simpan ulang dengan pengodean UTF-8 di penyunting teks Anda.`,
                en: `File is not UTF-8 (line ${line}). Save it again with UTF-8 encoding from your text editor.`,
              },
        },
      ],
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.byteLength;
  // The longest valid prefix, found by bisection; a cut inside a multi-byte character only moves it left by ≤ 3.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

function emptyFile(file: string): ContentError {
  const yaml = file.endsWith('.yaml');
  return {
    code: 'file-empty',
    file,
    expected: yaml
      ? { id: 'isian YAML', en: 'YAML fields' }
      : { id: 'baris judul kolom dan data', en: 'a header row and data' },
    found: '',
    message: { id: 'Berkas kosong.', en: 'The file is empty.' },
  };
}

/** Parse CSV text (already decoded) and check its header against the column spec. */
/** `spec` 'free' accepts any header (extra tables published as printed). */
export function readCsv(file: string, text: string, spec: ColumnSpec | 'free'): Result<CsvTable> {
  if (text.trim() === '') return { value: undefined, errors: [emptyFile(file)] };
  const errors: ContentError[] = [];
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',') && /[;\t]/.test(firstLine)) {
    const used = firstLine.includes(';') ? 'titik koma / semicolon (;)' : 'tab';
    return {
      value: undefined,
      errors: [
        {
          code: 'csv-delimiter',
          file,
          row: 1,
          expected: { id: 'koma (,) sebagai pemisah', en: 'comma (,) as the delimiter' },
          found: used,
          message: {
            id:
              'Pemisah kolom bukan koma. Spreadsheet berbahasa Indonesia sering menyimpan CSV dengan titik koma; ' +
              'simpan ulang dengan pemisah koma (mis. LibreOffice: Simpan Sebagai → CSV → Pemisah bidang: ",").',
            en:
              'The column delimiter is not a comma. Spreadsheets in an Indonesian locale often save CSV with ' +
              'semicolons; save again with comma as the field delimiter.',
          },
        },
      ],
    };
  }

  // Blank lines are skipped below, not by papaparse, so that row numbers stay those of the spreadsheet.
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: false });
  const quoteProblems = parsed.errors.filter((e) => e.type === 'Quotes');
  // One malformed quote can trip several papaparse checks on the same row: report the row once.
  const quoteRows = [...new Set(quoteProblems.map((p) => (p.row ?? 0) + 1))];
  for (const row of quoteRows) {
    const problem = quoteProblems.find((p) => (p.row ?? 0) + 1 === row)!;
    errors.push({
      code: 'csv-quotes',
      file,
      row,
      expected: {
        id: 'sel yang mengandung koma atau tanda petik diapit "…", dengan " di dalamnya ditulis ""',
        en: 'cells containing commas or quotes wrapped in "…", with inner " written as ""',
      },
      found: showFound(problem.message),
      message: {
        id: `Tanda petik tidak seimbang mulai baris ${row}; baris-baris setelahnya tidak dapat dibaca dengan benar.`,
        en: `Unbalanced quote starting at row ${row}; the rows after it cannot be read reliably.`,
      },
    });
  }
  if (quoteProblems.length > 0) return { value: undefined, errors };

  const blank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const rows = parsed.data
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter((r) => !blank(r.cells) && !isCommentRow(r.cells));
  const [first, ...body] = rows;
  const names = (first?.cells ?? []).map((h) => h.trim());
  if (names.length === 0 || names.every((n) => n === '')) return { value: undefined, errors: [emptyFile(file)] };

  const headerRow = first?.row ?? 1;
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (seen.has(name)) {
      errors.push({
        code: 'csv-duplicate-column',
        file,
        row: headerRow,
        field: name,
        columnLetter: columnLetter(i),
        found: name,
        message: { id: `Kolom "${name}" muncul dua kali.`, en: `Column "${name}" appears twice.` },
      });
    }
    seen.add(name);
  });
  const allowed = new Set(spec === 'free' ? names : [...spec.required, ...spec.optional]);
  names.forEach((name, i) => {
    if (name === '' || !allowed.has(name)) {
      errors.push({
        code: 'csv-unknown-column',
        file,
        row: headerRow,
        field: name,
        columnLetter: columnLetter(i),
        expected: { id: [...allowed].join(', '), en: [...allowed].join(', ') },
        found: name,
        message:
          name === ''
            ? {
                id: `Kolom ${columnLetter(i)} tidak punya judul (sering karena koma berlebih di akhir baris). Beri judul yang dikenal atau hapus kolomnya.`,
                en: `Column ${columnLetter(i)} has no name (often a trailing comma at the end of the lines). Name it or remove the column.`,
              }
            : {
                id: `Kolom "${name}" tidak dikenal; isinya tidak akan diterbitkan. Periksa ejaan atau hapus kolom.`,
                en: `Unknown column "${name}"; its contents would not be published. Check the spelling or remove it.`,
              },
      });
    }
  });
  for (const required of spec === 'free' ? [] : spec.required) {
    if (!seen.has(required)) {
      errors.push({
        code: 'csv-missing-column',
        file,
        row: headerRow,
        field: required,
        expected: { id: `kolom "${required}"`, en: `column "${required}"` },
        found: names.join(','),
        message: {
          id: `Kolom wajib "${required}" tidak ada di baris judul.`,
          en: `Required column "${required}" is missing from the header row.`,
        },
      });
    }
  }
  if (errors.length > 0) return { value: undefined, errors };

  const records: CsvRecord[] = [];
  body.forEach(({ cells, row }) => {
    if (cells.length !== names.length) {
      errors.push({
        code: 'csv-field-count',
        file,
        row,
        expected: { id: `${names.length} sel`, en: `${names.length} cells` },
        found: `${cells.length}`,
        message: {
          id: `Baris ${row} punya ${cells.length} sel, padahal judul punya ${names.length}. Periksa koma di dalam sel yang tidak diapit tanda petik.`,
          en: `Row ${row} has ${cells.length} cells but the header has ${names.length}. Look for commas inside unquoted cells.`,
        },
      });
      return;
    }
    const record: Record<string, string> = {};
    names.forEach((name, j) => {
      record[name] = (cells[j] ?? '').trim();
    });
    records.push({ row, cells: record });
  });
  return { value: { header: names, records }, errors };
}

/**
 * A row whose first cell starts with `#` is a note for the person filling the file (the `npm run new-report`
 * templates carry one commented example row per file); it is skipped, keeping the spreadsheet row numbers.
 */
export function isCommentRow(cells: readonly string[]): boolean {
  return (cells[0] ?? '').trimStart().startsWith('#');
}

/** What to do about the YAML syntax errors a person editing a file by hand is likely to make. */
const YAML_HINTS: Record<string, { id: string; en: string }> = {
  DUPLICATE_KEY: {
    id: 'Isian yang sama ditulis dua kali; hapus salah satunya.',
    en: 'The same field is written twice; remove one.',
  },
  TAB_AS_INDENT: { id: 'Indentasi memakai tab; gunakan spasi.', en: 'Indentation uses a tab; use spaces.' },
  MISSING_CHAR: {
    id: 'Tanda petik atau kurung tidak ditutup.',
    en: 'A quote or bracket is not closed.',
  },
  MULTIPLE_DOCS: {
    id: 'Berkas berisi lebih dari satu dokumen (---).',
    en: 'The file holds more than one document (---).',
  },
};
const YAML_DEFAULT_HINT = { id: 'Periksa indentasi dan tanda titik dua.', en: 'Check indentation and colons.' };

/** Parse YAML text into plain data; syntax errors are located by line (one error per line). */
export function readYaml(file: string, text: string): Result<unknown> {
  if (text.trim() === '') return { value: undefined, errors: [emptyFile(file)] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const errors = new Map<number, ContentError>();
    for (const e of doc.errors) {
      const line = lines.linePos(e.pos[0]).line;
      if (errors.has(line)) continue;
      const hint = YAML_HINTS[e.code] ?? YAML_DEFAULT_HINT;
      errors.set(line, {
        code: 'yaml-syntax',
        file,
        row: line,
        found: showFound(e.message),
        message: {
          id: `YAML tidak dapat dibaca di baris ${line} (${e.code}). ${hint.id}`,
          en: `YAML cannot be read at line ${line} (${e.code}). ${hint.en}`,
        },
      });
    }
    return { value: undefined, errors: [...errors.values()] };
  }
  return { value: doc.toJS(), errors: [] };
}

export { columnLetter };
