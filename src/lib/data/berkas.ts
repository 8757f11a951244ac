/**
 * Reading raw files: bytes → UTF-8 text → CSV records (papaparse) or YAML data, with every problem located.
 * Nothing here knows what the columns mean; the schemas in `skema.ts` do.
 */
import Papa from 'papaparse';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { NumberFormat } from '../angka/types.ts';
import { LIMITS } from './batas.ts';
import { columnLetter, showFound, type ContentError } from './galat.ts';
import { textProblem, textProblemMessage } from './teks.ts';

export interface CsvRecord {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Set when the file was saved the Excel way in an Indonesian locale (`;` delimiter): its figures are `id`. */
  numberFormat?: NumberFormat;
}

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

type Result<T> = { value: T | undefined; errors: ContentError[] };

/** Lines of text before `offset`, counted the way every reader counts them (see `splitLines`). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** UTF-16 (what "Unicode text" in Windows tools writes): a byte-order mark, or every other byte NUL. */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 400);
  let nulsAtEven = 0;
  let nulsAtOdd = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) nulsAtEven++;
      else nulsAtOdd++;
    }
  });
  return sample.length >= 4 && Math.max(nulsAtEven, nulsAtOdd) >= sample.length / 4;
}

const SAVE_AGAIN = {
  csv: {
    id: 'Simpan ulang dari spreadsheet sebagai "CSV UTF-8 (Comma delimited)" (Excel: File → Save As → CSV UTF-8; LibreOffice: Simpan Sebagai → CSV, Set karakter: Unicode (UTF-8))',
    en: 'Save it again from the spreadsheet as "CSV UTF-8 (Comma delimited)" (Excel: File → Save As → CSV UTF-8; LibreOffice: Save As → CSV, Character set: Unicode (UTF-8))',
  },
  text: {
    id: 'Simpan ulang dengan pengodean UTF-8 di penyunting teks Anda',
    en: 'Save it again with UTF-8 encoding from your text editor',
  },
};

/**
 * Decode bytes as UTF-8, refusing invalid sequences (a file saved as Windows-1252 would garble names), UTF-16 and NUL
 * bytes, each with what to do about it. A leading BOM is dropped.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): Result<string> {
  const save = file.endsWith('.csv') ? SAVE_AGAIN.csv : SAVE_AGAIN.text;
  const fail = (error: ContentError): Result<string> => ({ value: undefined, errors: [error] });
  if (looksUtf16(bytes)) {
    return fail({
      code: 'file-utf16',
      file,
      expected: { id: 'teks UTF-8', en: 'UTF-8 text' },
      found: 'UTF-16',
      message: {
        id: `Berkas disimpan sebagai UTF-16 ("Unicode"), bukan UTF-8. ${save.id}.`,
        en: `The file is saved as UTF-16 ("Unicode"), not UTF-8. ${save.en}.`,
      },
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, offset);
    const byte = bytes[offset] ?? 0;
    // Windows-1252 (Excel's "CSV (Comma delimited)" on Windows) is the usual cause: name the character it meant.
    const meant = byte >= 0x80 ? new TextDecoder('windows-1252').decode(Uint8Array.of(byte)) : '';
    const cp1252 = meant !== '' && meant !== '\ufffd';
    return fail({
      code: 'file-not-utf8',
      file,
      row: line,
      expected: { id: 'teks UTF-8', en: 'UTF-8 text' },
      found: `byte 0x${byte.toString(16).padStart(2, '0')} at offset ${offset}${cp1252 ? ` ("${meant}" in Windows-1252)` : ''}`,
      message: cp1252
        ? {
            id: `Berkas bukan UTF-8 (baris ${line}): tampaknya disimpan sebagai Windows-1252 (bita 0x${byte.toString(16)} = "${meant}"). ${save.id}; atau ubah dengan: iconv -f WINDOWS-1252 -t UTF-8 berkas > berkas-utf8.`,
            en: `File is not UTF-8 (line ${line}): it looks saved as Windows-1252 (byte 0x${byte.toString(16)} = "${meant}"). ${save.en}; or convert it with: iconv -f WINDOWS-1252 -t UTF-8 file > file-utf8.`,
          }
        : {
            id: `Berkas bukan UTF-8 (baris ${line}). ${save.id}.`,
            en: `File is not UTF-8 (line ${line}). ${save.en}.`,
          },
    });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(bytes, nul);
    return fail({
      code: 'file-nul',
      file,
      row: line,
      expected: { id: 'teks tanpa bita NUL', en: 'text without NUL bytes' },
      found: `NUL (U+0000) at offset ${nul}`,
      message: {
        id: `Berkas berisi bita NUL (baris ${line}): ini berkas biner atau rusak, bukan teks. Ekstrak atau simpan ulang teksnya sebagai UTF-8.`,
        en: `The file contains a NUL byte (line ${line}): it is binary or damaged, not text. Extract or save the text again as UTF-8.`,
      },
    });
  }
  return { value: text.replace(/^\uFEFF/, ''), errors: [] };
}

/**
 * The one line rule of source documents, shared by the validator (`sumber_baris` must exist) and the published
 * page (one anchor per line): a line ends at LF, CRLF or a lone CR, and a final line break does not start another
 * line. A 14-line file with a trailing newline has 14 lines; `#L15` does not exist.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
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

/** The first line that is not blank, with its quoted parts removed (a quoted header may hold any character). */
function headerLine(text: string): string {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  return first.replace(/"[^"]*"/g, '""');
}

/**
 * The column delimiter: a comma, or a semicolon when the header has semicolons and no comma (Excel and LibreOffice
 * in an Indonesian locale write `;` — also with "CSV UTF-8" — and a decimal comma). Tabs are refused.
 */
function detectDelimiter(file: string, header: string): { delimiter: ',' | ';' } | { error: ContentError } {
  const commas = header.split(',').length - 1;
  const semicolons = header.split(';').length - 1;
  if (commas === 0 && semicolons > 0) return { delimiter: ';' };
  if (commas === 0 && header.includes('\t')) {
    return {
      error: {
        code: 'csv-delimiter',
        file,
        row: 1,
        expected: {
          id: 'koma (,) atau titik koma (;) sebagai pemisah',
          en: 'comma (,) or semicolon (;) as the delimiter',
        },
        found: 'tab',
        message: {
          id: 'Pemisah kolom adalah tab. Simpan ulang sebagai CSV (pemisah koma atau titik koma), bukan "Teks (dipisah tab)".',
          en: 'The column delimiter is a tab. Save again as CSV (comma or semicolon delimiter), not "Text (tab delimited)".',
        },
      },
    };
  }
  return { delimiter: ',' };
}

/** Column names that are properties of every JavaScript object: refused so no table can reach them. */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']);

function limitError(
  file: string,
  code: 'csv-too-many-rows' | 'csv-too-many-columns' | 'csv-cell-too-long',
  found: number,
  where: { row?: number; field?: string; columnLetter?: string } = {},
): ContentError {
  const limit = {
    'csv-too-many-rows': LIMITS.csvRows,
    'csv-too-many-columns': LIMITS.csvColumns,
    'csv-cell-too-long': LIMITS.cellChars,
  }[code];
  const what = {
    'csv-too-many-rows': { id: 'Tabel punya terlalu banyak baris', en: 'The table has too many rows' },
    'csv-too-many-columns': { id: 'Tabel punya terlalu banyak kolom', en: 'The table has too many columns' },
    'csv-cell-too-long': { id: 'Sel terlalu panjang', en: 'The cell is too long' },
  }[code];
  return {
    code,
    file,
    ...where,
    expected: { id: `paling banyak ${limit.value} ${limit.unit.id}`, en: `at most ${limit.value} ${limit.unit.en}` },
    found: `${found} ${limit.unit.en}`,
    message: {
      id: `${what.id} (${found}; batas ${limit.value}: ${limit.reason.id}). Periksa apakah ini berkas yang benar${code === 'csv-cell-too-long' ? ' dan apakah ada tanda petik yang tidak ditutup' : ''}.`,
      en: `${what.en} (${found}; the limit is ${limit.value}: ${limit.reason.en}). Check that this is the right file${code === 'csv-cell-too-long' ? ' and look for an unclosed quote' : ''}.`,
    },
  };
}

/**
 * Parse CSV text (already decoded) and check its header against the column spec; `spec` 'free' accepts any header
 * (extra tables published as printed). The column count is checked on the header line before anything is parsed,
 * rows and cell lengths as the (size-limited) text is read; every cell is checked against the text rules (teks.ts).
 */
export function readCsv(file: string, text: string, spec: ColumnSpec | 'free'): Result<CsvTable> {
  if (text.trim() === '') return { value: undefined, errors: [emptyFile(file)] };
  const errors: ContentError[] = [];
  const header = headerLine(text);
  const detected = detectDelimiter(file, header);
  if ('error' in detected) return { value: undefined, errors: [detected.error] };
  const { delimiter } = detected;
  const columns = header.split(delimiter).length;
  if (columns > LIMITS.csvColumns.value) {
    return { value: undefined, errors: [limitError(file, 'csv-too-many-columns', columns, { row: 1 })] };
  }

  // Blank lines are skipped below, not by papaparse, so that row numbers stay those of the spreadsheet.
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter, skipEmptyLines: false });
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
  if (body.length > LIMITS.csvRows.value) {
    return { value: undefined, errors: [limitError(file, 'csv-too-many-rows', body.length)] };
  }

  const headerRow = first?.row ?? 1;
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const problem = textProblem(name);
    if (problem) {
      errors.push(cellProblem(file, headerRow, name, i, problem, { id: 'Judul kolom', en: 'The column name' }));
    } else if (RESERVED_NAMES.has(name)) {
      errors.push({
        code: 'csv-unknown-column',
        file,
        row: headerRow,
        field: name,
        columnLetter: columnLetter(i),
        found: name,
        message: {
          id: `Judul kolom "${name}" tidak diizinkan (nama cadangan). Beri judul lain.`,
          en: `The column name "${name}" is not allowed (a reserved name). Choose another name.`,
        },
      });
    } else if (seen.has(name)) {
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
    if (spec === 'free' && name !== '') return;
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
    // No prototype: a column name can never reach Object.prototype's properties.
    const record: Record<string, string> = Object.create(null) as Record<string, string>;
    let fine = true;
    names.forEach((name, j) => {
      const cell = (cells[j] ?? '').trim();
      if (!fine) return;
      if (cell.length > LIMITS.cellChars.value) {
        errors.push(
          limitError(file, 'csv-cell-too-long', cell.length, { row, field: name, columnLetter: columnLetter(j) }),
        );
        fine = false;
        return;
      }
      const problem = textProblem(cell);
      if (problem) {
        errors.push(cellProblem(file, row, name, j, problem, { id: `Kolom "${name}"`, en: `Column "${name}"` }, cell));
        fine = false;
        return;
      }
      record[name] = cell;
    });
    if (fine) records.push({ row, cells: record });
  });
  return { value: { header: names, records, ...(delimiter === ';' ? { numberFormat: 'id' as const } : {}) }, errors };
}

function cellProblem(
  file: string,
  row: number,
  column: string,
  index: number,
  problem: NonNullable<ReturnType<typeof textProblem>>,
  what: { id: string; en: string },
  found = column,
): ContentError {
  return {
    code: problem.code,
    file,
    row,
    field: column,
    columnLetter: columnLetter(index),
    expected:
      problem.code === 'html-in-text'
        ? { id: 'teks tanpa HTML', en: 'text without HTML' }
        : { id: 'teks biasa yang terlihat', en: 'plain visible text' },
    found: problem.code === 'html-in-text' ? found : `${problem.found} in "${found}"`,
    message: textProblemMessage(problem, what),
  };
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
  RESOURCE_EXHAUSTION: {
    id: 'Struktur bersarang terlalu dalam; tulis daftar dan isian dengan indentasi biasa.',
    en: 'The structure is nested too deeply; write lists and fields with plain indentation.',
  },
  MULTIPLE_DOCS: {
    id: 'Berkas berisi lebih dari satu dokumen (---).',
    en: 'The file holds more than one document (---).',
  },
};
const YAML_DEFAULT_HINT = { id: 'Periksa indentasi dan tanda titik dua.', en: 'Check indentation and colons.' };
/** `- "Peraturan" Nomor 5`: a quoted start ends the value at its closing quote, and the rest is an error. */
const YAML_QUOTE_HINT = {
  id: 'Nilai yang diawali tanda petik harus diapit tanda petik seluruhnya: tulis - \'"Peraturan" Nomor 5\' atau - "\\"Peraturan\\" Nomor 5".',
  en: 'A value that starts with a quote must be quoted whole: write - \'"Peraturan" Nomor 5\' or - "\\"Peraturan\\" Nomor 5".',
};

/** Aliases (`*x`) are never needed in content; a few are tolerated, an alias bomb is refused before expansion. */
const MAX_YAML_ALIASES = 20;

function hintFor(code: string, lineText: string): { id: string; en: string } {
  if (/^\s*(-\s+|[\w-]+:\s+)["'][^"']*["']\s*\S/.test(lineText)) return YAML_QUOTE_HINT;
  return YAML_HINTS[code] ?? YAML_DEFAULT_HINT;
}

/** Every string (and key) of the YAML, with its field path, checked against the text rules. */
function checkYamlText(file: string, doc: Document): ContentError[] {
  const errors: ContentError[] = [];
  const fieldOf = (p: readonly unknown[]): string =>
    p
      .map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`))
      .join('')
      .replace(/^\./, '');
  const walk = (node: unknown, at: (string | number)[]): void => {
    if (errors.length > 0) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyProblem = textProblem(key);
        if (keyProblem || RESERVED_NAMES.has(key)) {
          errors.push({
            code: keyProblem ? keyProblem.code : 'field-unknown',
            file,
            field: fieldOf([...at, key]) || '(berkas)',
            found: keyProblem ? `${keyProblem.found} in "${key}"` : key,
            message: keyProblem
              ? textProblemMessage(keyProblem, { id: 'Nama isian', en: 'The field name' })
              : {
                  id: `Isian tidak dikenal: ${key}. Periksa ejaan; isian yang tidak dikenal tidak diterbitkan.`,
                  en: `Unknown field: ${key}. Check the spelling; unknown fields are not published.`,
                },
          });
          return;
        }
        walk(pair.value, [...at, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...at, i]));
    } else if (isScalar(node) && typeof node.value === 'string') {
      const problem = textProblem(node.value);
      if (problem) {
        errors.push({
          code: problem.code,
          file,
          field: fieldOf(at) || '(berkas)',
          expected:
            problem.code === 'html-in-text'
              ? { id: 'teks tanpa HTML', en: 'text without HTML' }
              : { id: 'teks biasa yang terlihat', en: 'plain visible text' },
          found: problem.code === 'html-in-text' ? node.value : `${problem.found} in "${node.value}"`,
          message: textProblemMessage(problem, { id: 'Isian', en: 'The field' }),
        });
      }
    }
  };
  walk(doc.contents, []);
  return errors;
}

/**
 * Parse YAML text into plain data; syntax errors are located by line (one error per line). Every text value obeys
 * the text rules (teks.ts). Line breaks may be LF, CRLF or a lone CR (old Mac editors).
 */
export function readYaml(file: string, input: string): Result<unknown> {
  if (input.trim() === '') return { value: undefined, errors: [emptyFile(file)] };
  const text = input.replace(/\r\n?/g, '\n');
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const errors = new Map<number, ContentError>();
    const sourceLines = text.split('\n');
    for (const e of doc.errors) {
      const line = lines.linePos(e.pos[0]).line;
      if (errors.has(line)) continue;
      const hint = hintFor(e.code, sourceLines[line - 1] ?? '');
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
  let aliases = 0;
  visit(doc, { Alias: () => void aliases++ });
  if (aliases > MAX_YAML_ALIASES) {
    return {
      value: undefined,
      errors: [
        {
          code: 'yaml-too-complex',
          file,
          expected: { id: `paling banyak ${MAX_YAML_ALIASES} alias`, en: `at most ${MAX_YAML_ALIASES} aliases` },
          found: `${aliases} aliases`,
          message: {
            id: 'YAML memakai terlalu banyak alias (*nama), yang dapat melipatgandakan isinya. Tulis nilainya langsung.',
            en: 'The YAML uses too many aliases (*name), which can multiply its contents. Write the values out.',
          },
        },
      ],
    };
  }
  const textErrors = checkYamlText(file, doc);
  if (textErrors.length > 0) return { value: undefined, errors: textErrors };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES * 10 }), errors: [] };
  } catch (error) {
    return {
      value: undefined,
      errors: [
        {
          code: 'yaml-too-complex',
          file,
          found: showFound(error instanceof Error ? error.message : String(error)),
          message: {
            id: 'YAML tidak dapat diubah menjadi data (terlalu rumit). Tulis nilainya langsung, tanpa &jangkar/*alias.',
            en: 'The YAML cannot be turned into data (too complex). Write the values out, without &anchors/*aliases.',
          },
        },
      ],
    };
  }
}

export { columnLetter };
