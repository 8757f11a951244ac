/**
 * Reading single CSV cells into typed values, collecting a located error for every cell that does not fit.
 * A `RowReader` is made per record; its methods return `undefined` after recording an error, so one pass over a
 * file reports every problem in it.
 */
import { parsePrinted } from '../angka/parse.ts';
import type { NumberFormat, ParseProblem, Printed, ValueKind } from '../angka/types.ts';
import type { SourceRef } from '../model.ts';
import { columnLetter, type ContentError } from './galat.ts';
import type { CsvRecord } from './berkas.ts';
import { LIMITS } from './batas.ts';

export class RowReader {
  private readonly file: string;
  private readonly header: readonly string[];
  private readonly record: CsvRecord;
  private readonly errors: ContentError[];
  private readonly declaredFormat: NumberFormat | undefined;
  /** The source document's lines, when known: a figure that does not read is looked up on the line it cites. */
  private readonly documentText: readonly string[] | undefined;
  /** The row's format_angka override could not be read: its figures are not read either (no guessed format). */
  private badOverride = false;

  constructor(
    file: string,
    header: readonly string[],
    record: CsvRecord,
    errors: ContentError[],
    declaredFormat: NumberFormat | undefined,
    documentText?: readonly string[],
  ) {
    this.documentText = documentText;
    this.file = file;
    this.header = header;
    this.record = record;
    this.errors = errors;
    this.declaredFormat = declaredFormat;
  }

  get row(): number {
    return this.record.row;
  }

  raw(column: string): string {
    return this.record.cells[column] ?? '';
  }

  error(
    column: string | undefined,
    code: ContentError['code'],
    message: ContentError['message'],
    expected?: ContentError['expected'],
  ): undefined {
    const index = column === undefined ? -1 : this.header.indexOf(column);
    this.errors.push({
      code,
      file: this.file,
      row: this.record.row,
      ...(column !== undefined ? { field: column } : {}),
      ...(index >= 0 ? { columnLetter: columnLetter(index) } : {}),
      ...(expected ? { expected } : {}),
      ...(column !== undefined ? { found: this.raw(column) } : {}),
      message,
    });
    return undefined;
  }

  /** Free text: optional unless `required`. (Every cell already obeys the text rules of teks.ts: see `readCsv`.) */
  text(column: string, required = false): string | undefined {
    const value = this.raw(column);
    if (value === '') {
      if (required) {
        return this.error(
          column,
          'field-required',
          { id: `Kolom "${column}" wajib diisi.`, en: `Column "${column}" must not be empty.` },
          { id: 'teks', en: 'text' },
        );
      }
      return undefined;
    }
    return value;
  }

  requiredText(column: string): string | undefined {
    return this.text(column, true);
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.raw(column);
    if (value === '' && fallback !== undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.error(
      column,
      value === '' ? 'field-required' : 'field-invalid',
      value === ''
        ? {
            id: `Kolom "${column}" wajib diisi, dengan salah satu dari: ${allowed.join(', ')}.`,
            en: `Column "${column}" must not be empty; use one of: ${allowed.join(', ')}.`,
          }
        : {
            id: `Nilai kolom "${column}" harus salah satu dari: ${allowed.join(', ')}.`,
            en: `Column "${column}" must be one of: ${allowed.join(', ')}.`,
          },
      { id: allowed.join(' | '), en: allowed.join(' | ') },
    );
  }

  integer(column: string, required: boolean): number | undefined {
    const value = this.raw(column);
    if (value === '') {
      return required
        ? this.error(
            column,
            'field-required',
            { id: `Kolom "${column}" wajib diisi.`, en: `Column "${column}" must not be empty.` },
            { id: 'bilangan bulat', en: 'a whole number' },
          )
        : undefined;
    }
    if (!/^\d{1,6}$/.test(value)) {
      return this.error(
        column,
        'field-invalid',
        { id: `Kolom "${column}" harus bilangan bulat.`, en: `Column "${column}" must be a whole number.` },
        { id: 'bilangan bulat, mis. 2024', en: 'a whole number, e.g. 2024' },
      );
    }
    return Number(value);
  }

  source(table: string | undefined): SourceRef {
    let line = this.integer('sumber_baris', false);
    if (line === 0) {
      line = this.error(
        'sumber_baris',
        'field-invalid',
        {
          id: 'Baris dokumen dihitung mulai dari 1; baris 0 tidak ada.',
          en: 'Document lines are counted from 1; there is no line 0.',
        },
        { id: 'bilangan bulat ≥ 1', en: 'a whole number ≥ 1' },
      );
    }
    const page = this.text('sumber_halaman');
    return {
      file: this.file,
      row: this.record.row,
      table: table ?? '',
      ...(line !== undefined ? { line } : {}),
      ...(page !== undefined ? { page } : {}),
    };
  }

  /** The number format for one column: the row's override (`en`, or `pagu:en;realisasi:id`), else the file's. */
  private formatFor(column: string): NumberFormat | undefined {
    const override = this.raw('format_angka');
    if (override === '') return this.declaredFormat;
    if (override === 'id' || override === 'en') return override;
    for (const part of override.split(';')) {
      const [col, fmt] = part.split(':').map((s) => s.trim());
      if (col === column && (fmt === 'id' || fmt === 'en')) return fmt;
    }
    return this.declaredFormat;
  }

  /** Check the row's override columns once per row, so a typo in them is reported rather than ignored. */
  checkOverrides(figureColumns: readonly string[]): void {
    const override = this.raw('format_angka');
    if (override !== '' && override !== 'id' && override !== 'en') {
      const parts = override.split(';').map((p) => p.split(':').map((s) => s.trim()));
      const bad = parts.some(
        ([col, fmt]) => col === undefined || !figureColumns.includes(col) || (fmt !== 'id' && fmt !== 'en'),
      );
      if (bad) {
        this.badOverride = true;
        this.error(
          'format_angka',
          'field-invalid',
          {
            id: `format_angka harus "id", "en", atau daftar kolom:format (kolom angka: ${figureColumns.join(', ')}).`,
            en: `format_angka must be "id", "en", or column:format pairs (figure columns: ${figureColumns.join(', ')}).`,
          },
          { id: 'id | en | pagu:en;realisasi:en', en: 'id | en | pagu:en;realisasi:en' },
        );
      }
    }
    const defects = this.raw('cacat_cetak');
    if (defects !== '') {
      for (const col of defects.split(';').map((s) => s.trim())) {
        if (!figureColumns.includes(col)) {
          this.error(
            'cacat_cetak',
            'field-invalid',
            {
              id: `cacat_cetak menyebut kolom "${col}" yang bukan kolom angka (${figureColumns.join(', ')}).`,
              en: `cacat_cetak names "${col}", which is not a figure column (${figureColumns.join(', ')}).`,
            },
            { id: figureColumns.join(' | '), en: figureColumns.join(' | ') },
          );
        } else if (this.raw(col) === '') {
          this.error('cacat_cetak', 'field-invalid', {
            id: `cacat_cetak menyebut kolom "${col}" yang kosong.`,
            en: `cacat_cetak names column "${col}", which is empty.`,
          });
        }
      }
    }
  }

  /** A printed figure: empty → undefined (not printed); otherwise read per the declared format and kind. */
  figure(column: string, kind: ValueKind, options: { allowNegative?: boolean } = {}): Printed | undefined {
    const text = this.raw(column);
    if (text === '') return undefined;
    const defects = this.raw('cacat_cetak')
      .split(';')
      .map((s) => s.trim());
    if (defects.includes(column)) {
      return { kind: 'unreadable', text, reason: 'cacat-cetak' };
    }
    if (this.badOverride) return undefined;
    const digits = (text.match(/\p{Nd}/gu) ?? []).length;
    if (digits > LIMITS.figureDigits.value) {
      return this.error(
        column,
        'value-too-many-digits',
        {
          id: `Angka di kolom "${column}" punya ${digits} digit; batasnya ${LIMITS.figureDigits.value} (${LIMITS.figureDigits.reason.id}). Periksa angkanya.`,
          en: `The figure in column "${column}" has ${digits} digits; the limit is ${LIMITS.figureDigits.value} (${LIMITS.figureDigits.reason.en}). Check the figure.`,
        },
        { id: `paling banyak ${LIMITS.figureDigits.value} digit`, en: `at most ${LIMITS.figureDigits.value} digits` },
      );
    }
    const format = this.formatFor(column);
    const result = parsePrinted(text, kind, format);
    if (!result.ok) return this.parseError(column, kind, result.problem, format);
    const value = result.value;
    if (!options.allowNegative && value.kind === 'number' && value.value.isNegative()) {
      return this.error(
        column,
        'value-negative',
        {
          id: `Nilai di kolom "${column}" negatif. Pagu dan realisasi anggaran tidak boleh negatif.`,
          en: `Column "${column}" is negative. Budget allocations and spending cannot be negative.`,
        },
        { id: 'angka ≥ 0', en: 'a number ≥ 0' },
      );
    }
    return value;
  }

  /**
   * A figure that reads only in the other number format is most often a typo (91.20 typed for a printed 91,20),
   * rarely a document that prints that one figure the other way. The cited line of the document tells which when it
   * holds one of the two spellings; otherwise the message asks to look, typo first. Only the printed spelling may
   * be published, so the format_angka override is never proposed for what the document does not print.
   */
  private otherFormatError(column: string, text: string, format: NumberFormat, other: NumberFormat): undefined {
    const declared = text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
    const lineText = this.raw('sumber_baris').trim();
    const line = /^\d+$/.test(lineText) ? Number(lineText) : undefined;
    const printed = line !== undefined ? this.documentText?.[line - 1] : undefined;
    const at = line !== undefined ? { id: ` (baris ${line})`, en: ` (line ${line})` } : { id: '', en: '' };
    const override = `"${column}:${other}"`;
    const column_ = this.header.includes('format_angka')
      ? { id: '', en: '' }
      : { id: ' (tambahkan kolom format_angka bila belum ada)', en: ' (add a format_angka column if there is none)' };
    const expected = {
      id: `angka seperti tercetak dalam format ${format}, atau format_angka ${column}:${other} bila tercetak ${text}`,
      en: `the figure as printed in ${format} format, or format_angka ${column}:${other} when printed ${text}`,
    };
    if (printed !== undefined && printedOn(printed, declared) && !printedOn(printed, text)) {
      return this.error(
        column,
        'value-unparseable',
        {
          id: `"${text}" tidak terbaca dalam format ${format}, dan baris ${line} dokumen mencetak "${declared}": salinan Anda salah ketik. Ganti dengan "${declared}".`,
          en: `"${text}" does not read in the ${format} format, and line ${line} of the document prints "${declared}": the copy has a typo. Replace it with "${declared}".`,
        },
        expected,
      );
    }
    if (printed !== undefined && printedOn(printed, text)) {
      return this.error(
        column,
        'value-unparseable',
        {
          id: `"${text}" tidak terbaca dalam format ${format}, tetapi baris ${line} dokumen memang mencetak "${text}" (format ${other}). Tulis ${override} di kolom format_angka baris ini${column_.id}; jangan memakai cacat_cetak, agar angkanya tetap diperiksa.`,
          en: `"${text}" does not read in the ${format} format, but line ${line} of the document does print "${text}" (${other} format). Write ${override} in this row's format_angka column${column_.en}; do not use cacat_cetak, so the figure is still checked.`,
        },
        expected,
      );
    }
    return this.error(
      column,
      'value-unparseable',
      {
        id: `"${text}" tidak terbaca dalam format ${format}. Periksa dokumen${at.id}: bila tercetak ${declared}, perbaiki salinan Anda menjadi "${declared}"; hanya bila memang tercetak ${text}, tulis ${override} di kolom format_angka baris ini${column_.id}.`,
        en: `"${text}" does not read in the ${format} format. Check the document${at.en}: if it prints ${declared}, fix your copy to "${declared}"; only if it does print ${text}, write ${override} in this row's format_angka column${column_.en}.`,
      },
      expected,
    );
  }

  private parseError(
    column: string,
    kind: ValueKind,
    problem: ParseProblem,
    format: NumberFormat | undefined,
  ): undefined {
    const foreignDigit = /[^\P{Nd}0-9]/u.exec(problem.text)?.[0];
    if (foreignDigit !== undefined) {
      const cp = `U+${foreignDigit.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return this.error(
        column,
        'value-unparseable',
        {
          id: `"${problem.text}" memakai angka selain 0-9 (${foreignDigit} ${cp}, mis. angka Arab atau lebar penuh). Ketik ulang angkanya dengan 0-9.`,
          en: `"${problem.text}" uses digits other than 0-9 (${foreignDigit} ${cp}, e.g. Arabic-Indic or fullwidth digits). Retype it with 0-9.`,
        },
        { id: 'angka dengan digit 0-9', en: 'a number with the digits 0-9' },
      );
    }
    if (problem.code === 'not-a-number' && !/\d/.test(problem.text)) {
      // Words where a figure belongs: not a misprinted number but a value of another kind.
      return this.error(
        column,
        'value-wrong-kind',
        {
          id: `"${problem.text}" berisi kata, bukan nilai ${kind}. Jika dokumen mencetak nilai kosong, tulis "-" atau "N/A"; jika nilainya kategori (mis. Madya), jenis_nilai indikator seharusnya ordinal; jika memang cacat cetak, tulis "${column}" di kolom cacat_cetak.`,
          en: `"${problem.text}" is words, not a ${kind} value. If the document prints a missing value, write "-" or "N/A"; if the value is a category (e.g. Madya), the indicator's jenis_nilai should be ordinal; if it is a printing defect, put "${column}" in the cacat_cetak column.`,
        },
        { id: `nilai ${kind}`, en: `a ${kind} value` },
      );
    }
    switch (problem.code) {
      case 'ambiguous-format':
        return this.error(
          column,
          'value-ambiguous',
          {
            id: `"${problem.text}" bisa dibaca dua cara (mis. 27.500 = dua puluh tujuh ribu lima ratus atau 27,5). Nyatakan format_angka: id atau en di laporan.yaml.`,
            en: `"${problem.text}" can be read two ways (e.g. 27.500 = twenty-seven thousand five hundred or 27.5). Declare format_angka: id or en in laporan.yaml.`,
          },
          { id: 'format angka yang dinyatakan', en: 'a declared number format' },
        );
      case 'not-a-number': {
        const example = format === 'en' ? '1,234,567.89' : '1.234.567,89';
        const other = format === 'en' ? 'id' : format === 'id' ? 'en' : undefined;
        if (other !== undefined && parsePrinted(problem.text, kind, other).ok) {
          return this.otherFormatError(column, problem.text, format!, other);
        }
        return this.error(
          column,
          'value-unparseable',
          {
            id: `"${problem.text}" tidak dapat dibaca sebagai angka (format ${format ?? 'tidak dinyatakan'}, contoh ${example}). Jika memang tercetak demikian di dokumen, tulis "${column}" di kolom cacat_cetak.`,
            en: `"${problem.text}" cannot be read as a number (format ${format ?? 'undeclared'}, e.g. ${example}). If the document prints it like this, put "${column}" in the cacat_cetak column.`,
          },
          { id: `angka dengan format ${format ?? '?'}`, en: `a number in ${format ?? '?'} format` },
        );
      }
      case 'wrong-kind':
        return this.error(
          column,
          'value-wrong-kind',
          {
            id: `"${problem.text}" bukan nilai ${problem.expected} seperti jenis_nilai indikatornya.`,
            en: `"${problem.text}" is not a ${problem.expected} value as the indicator's jenis_nilai says.`,
          },
          { id: `nilai ${problem.expected}`, en: `a ${problem.expected} value` },
        );
    }
  }
}

/**
 * Whether a line of the document holds this figure's digits and separators as a whole number (99,52 in "99,52 %",
 * not in "199,525"): the unit and spacing around it may be printed differently from the copy.
 */
function printedOn(line: string, figure: string): boolean {
  const core = /\d(?:[\d.,]*\d)?/.exec(figure)?.[0];
  if (core === undefined) return false;
  const escaped = core.replace(/[.]/g, '\\.');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(line);
}
