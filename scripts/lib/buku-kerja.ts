/**
 * The Excel path for agencies, both ways (exceljs):
 * - `templateWorkbook()`: one sheet per CSV file of a report folder, generated from `csvFiles` and the column
 *   dictionary: header row with the exact column names (required ones dark, with a "WAJIB" note), one `#` example row,
 *   drop-down lists for every column with fixed values (level, polarity, role, value kind, …), every cell Text.
 * - `readWorkbook()`: a filled workbook → one table of cell texts per sheet, sheet row N = CSV row N and sheet column
 *   E = CSV column E, so an error in nilai.csv row 7 column E is cell `nilai!E7`. A cell is read as the text it
 *   shows; a formula, a merged cell, a number whose display depends on the computer (a fraction, a date, a
 *   percentage format), or any number in a printed-figure column is refused with its cell address — the portal publishes what is printed, never a value
 *   Excel computed or reformatted.
 */
import ExcelJS from 'exceljs';
import { csvFiles, requiredCsvFiles, type CsvFileName } from '../../src/lib/data/skema.ts';
import type { Bilingual } from '../../src/lib/data/galat.ts';
import { fileDocs, typeInWords } from './kamus-kolom.ts';
import { exampleRow, templateColumns } from './kerangka.ts';

/** Rows that get Text format and drop-downs: more than any report table needs (Probolinggo 2024: 233 budget rows). */
export const TEMPLATE_ROWS = 1000;
const INSTRUCTIONS = 'Petunjuk';
const EXAMPLE_YEAR = 2024;

export const sheetName = (file: CsvFileName) => file.replace(/\.csv$/, '');
const fileOfSheet = new Map((Object.keys(csvFiles) as CsvFileName[]).map((f) => [sheetName(f), f]));

const REQUIRED_FILL = 'FF1F4E79';
const OPTIONAL_FILL = 'FFDDEBF7';

export function templateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja Terbuka';
  // Fixed so the same code always writes the same template (exceljs stamps "now" otherwise).
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 0, 1));

  const guide = workbook.addWorksheet(INSTRUCTIONS, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lines = [
    'Templat laporan Kinerja Terbuka / Kinerja Terbuka report template',
    '',
    'Satu lembar per berkas CSV. Baris 1 = nama kolom (jangan diubah). Kolom gelap = WAJIB; kolom terang = opsional.',
    'One sheet per CSV file. Row 1 = column names (do not change). Dark columns = REQUIRED; light columns = optional.',
    'Baris 2 (diawali #) adalah contoh dan tidak diimpor; isi data mulai baris 3, atau ganti isinya dengan data dokumen lalu hapus #.',
    'Row 2 (starting with #) is an example and is not imported; fill data from row 3, or replace it with the document’s data and drop the #.',
    'Setiap kolom ada di lembarnya; kolom terang yang tidak diperlukan dibiarkan kosong (jangan dihapus atau ditambah).',
    'Every column is in its sheet; leave the light columns you do not need empty (do not delete or add columns).',
    'Ketik angka persis seperti tercetak di dokumen (87,5%; 1.250.000.000). Semua sel berformat Teks: jangan pakai rumus.',
    'Type figures exactly as printed (87,5%; 1.250.000.000). Every cell is Text: no formulas, no merged cells.',
    'Kolom berdaftar pilihan (tingkat, polaritas, peran, jenis_nilai, …) menampilkan pilihannya saat sel dipilih.',
    'Columns with a list (tingkat, polaritas, peran, jenis_nilai, …) show their choices when the cell is selected.',
    'Lembar yang dibiarkan kosong tidak diimpor. / Sheets left empty are not imported.',
    '',
    'Lalu / Then:  npm run impor -- laporan.xlsx content/laporan/<instansi>/<folder>',
    'Setiap kolom dijelaskan di docs/referensi-format.md. / Every column: docs/referensi-format.md.',
    '',
    'Lembar / sheets:',
  ];
  lines.forEach((text, i) => {
    guide.getCell(i + 1, 1).value = text;
  });
  guide.getCell(1, 1).font = { bold: true, size: 14 };
  guide.getColumn(1).width = 18;
  guide.getColumn(2).width = 100;
  (Object.keys(csvFiles) as CsvFileName[]).forEach((file, i) => {
    const row = guide.getRow(lines.length + 1 + i);
    row.getCell(1).value = sheetName(file);
    row.getCell(1).font = { bold: true };
    const required = requiredCsvFiles.includes(file) ? 'WAJIB / REQUIRED — ' : '';
    row.getCell(2).value = `${required}${fileDocs[file].meaning.id} / ${fileDocs[file].meaning.en}`;
  });

  for (const file of Object.keys(csvFiles) as CsvFileName[]) {
    const columns = templateColumns(file);
    // A fixed year keeps the template the same file every time; the Petunjuk sheet says to change the example.
    const exampleCells = exampleRow(file, EXAMPLE_YEAR);
    const sheet = workbook.addWorksheet(sheetName(file), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(10, c.name.length + 3, c.doc.example.length + 2));
      const header = sheet.getCell(1, i + 1);
      header.value = c.name;
      header.font = { bold: true, color: { argb: c.required ? 'FFFFFFFF' : 'FF000000' } };
      header.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: c.required ? REQUIRED_FILL : OPTIONAL_FILL },
      };
      const type = typeInWords(c.doc.type);
      header.note = [
        c.required ? 'WAJIB / REQUIRED' : 'opsional / optional',
        c.doc.meaning.id,
        c.doc.meaning.en,
        `${type.id} / ${type.en}`,
        `Contoh / example: ${c.doc.example}`,
      ].join('\n');
      const example = sheet.getCell(2, i + 1);
      const text = exampleCells[c.name] ?? '';
      example.value = i === 0 ? `#${text}` : text;
      example.font = { italic: true, color: { argb: 'FF7F7F7F' } };
      // Whole-column Text format and one list rule per column range: typed cells stay as typed.
      column.numFmt = '@';
      example.numFmt = '@';
      if (c.doc.type.kind === 'pilihan') {
        const letter = column.letter;
        (
          sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
        ).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${c.doc.type.values.join(',')}"`],
          showErrorMessage: true,
          errorTitle: c.name,
          error: c.doc.type.values.join(' | '),
        });
      }
    });
  }
  return workbook;
}

export interface SheetProblem {
  /** `nilai!E7` */
  cell: string;
  message: Bilingual;
}

export interface ReadWorkbook {
  /** CSV file → rows of cell texts (row 0 = header), only for sheets with data rows. */
  tables: Map<CsvFileName, string[][]>;
  /** Sheets that name no CSV file, or are empty: reported, not imported. */
  skipped: string[];
  problems: SheetProblem[];
}

/** What a cell shows, when that does not depend on the computer opening the file; otherwise a problem. */
function cellText(cell: ExcelJS.Cell): { text: string } | { problem: Bilingual } {
  const v = cell.value;
  if (v === null || v === undefined) return { text: '' };
  if (cell.type === ExcelJS.ValueType.Formula || (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))) {
    return {
      problem: {
        id: 'Sel berisi rumus. Ketik angkanya persis seperti tercetak di dokumen (portal menghitung ulang sendiri).',
        en: 'The cell holds a formula. Type the figure exactly as printed (the portal does its own recomputation).',
      },
    };
  }
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') {
    // A whole number in General format shows the same everywhere (2024, 512); anything else shows differently per
    // locale and format (0,875 / 87,5% / 0.875), so the printed text cannot be known.
    if (
      Number.isInteger(v) &&
      Math.abs(v) < 1e15 &&
      (!cell.numFmt || cell.numFmt === 'General' || cell.numFmt === '@')
    ) {
      return { text: String(v) };
    }
    return {
      problem: {
        id: `Sel berisi angka ${v} yang tampilannya tergantung pengaturan Excel. Format sel sebagai Teks dan ketik angkanya seperti tercetak (mis. 87,5%).`,
        en: `The cell holds the number ${v}, whose display depends on Excel's settings. Format the cell as Text and type the figure as printed (e.g. 87,5%).`,
      },
    };
  }
  if (v instanceof Date) {
    return {
      problem: {
        id: 'Excel mengubah isi sel menjadi tanggal. Format sel sebagai Teks lalu ketik ulang seperti tercetak.',
        en: 'Excel turned the cell into a date. Format the cell as Text and type it again as printed.',
      },
    };
  }
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'object' && 'richText' in v) return { text: v.richText.map((r) => r.text).join('') };
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return { text: v.text };
  if (typeof v === 'object' && 'error' in v) {
    return { problem: { id: `Sel berisi galat Excel ${v.error}.`, en: `The cell holds the Excel error ${v.error}.` } };
  }
  return { text: cell.text };
}

/**
 * A printed-figure cell (target, realisasi, pagu, …) must be text: a number there, even a whole one that shows the
 * same everywhere, is Excel's value and not the print (1100000000 for a printed `Rp 1.100.000.000,-`), and the
 * page would publish it as if printed so.
 */
function figureText(cell: ExcelJS.Cell, column: string): { text: string } | { problem: Bilingual } {
  const v = cell.value;
  if (typeof v === 'number') {
    return {
      problem: {
        id: `Sel kolom ${column} berisi bilangan ${v}, bukan teks seperti tercetak. Format kolomnya sebagai Teks dan ketik angkanya persis seperti tercetak di dokumen (mis. Rp 1.100.000.000,- atau 87,5%).`,
        en: `The ${column} cell holds the number ${v}, not the text as printed. Format the column as Text and type the figure exactly as the document prints it (e.g. Rp 1.100.000.000,- or 87,5%).`,
      },
    };
  }
  return cellText(cell);
}

export async function readWorkbook(source: string | Buffer): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  const tables = new Map<CsvFileName, string[][]>();
  const skipped: string[] = [];
  const problems: SheetProblem[] = [];
  workbook.eachSheet((sheet) => {
    const file = fileOfSheet.get(sheet.name.trim());
    if (!file) {
      if (sheet.name !== INSTRUCTIONS) skipped.push(sheet.name);
      return;
    }
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    for (const range of merges) {
      problems.push({
        cell: `${sheet.name}!${range}`,
        message: {
          id: 'Sel digabung (merge). Pisahkan gabungannya dan tulis isinya di setiap baris yang memerlukannya.',
          en: 'Merged cells. Unmerge them and write the content in every row that needs it.',
        },
      });
    }
    if (merges.length > 0) return;
    const rows: string[][] = [];
    const figures = new Set<string>(csvFiles[file].figures);
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, rows[0]?.length ?? 0); c++) {
        const cell = row.getCell(c);
        const column = (rows[0]?.[c - 1] ?? '').trim();
        const read = r > 1 && figures.has(column) ? figureText(cell, column) : cellText(cell);
        if ('problem' in read) {
          problems.push({ cell: `${sheet.name}!${cell.address}`, message: read.problem });
          cells.push('');
        } else cells.push(read.text);
      }
      rows.push(cells);
    }
    // The columns are the header's leading named cells; the template's note to their right is not data, but
    // anything typed below it would be lost, so it is reported.
    const header = rows[0] ?? [];
    let width = 0;
    while (width < header.length && (header[width] ?? '').trim() !== '') width++;
    rows.slice(1).forEach((cells, i) => {
      cells.forEach((text, c) => {
        if (c >= width && text.trim() !== '') {
          problems.push({
            cell: `${sheet.name}!${sheet.getRow(i + 2).getCell(c + 1).address}`,
            message: {
              id: 'Sel di luar kolom yang bernama; isinya tidak akan diimpor. Pindahkan ke kolom yang benar atau beri judul kolom.',
              en: 'A cell outside the named columns; it would not be imported. Move it to the right column or name the column.',
            },
          });
        }
      });
    });
    const table = rows.map((cells) => Array.from({ length: width }, (_, i) => cells[i] ?? ''));
    while (table.length > 1 && table.at(-1)!.every((c) => c.trim() === '')) table.pop();
    const hasData = table
      .slice(1)
      .some((cells) => !(cells[0] ?? '').trimStart().startsWith('#') && cells.some((c) => c.trim() !== ''));
    if (!hasData) {
      skipped.push(sheet.name);
      return;
    }
    tables.set(file, table);
  });
  return { tables, skipped, problems };
}
