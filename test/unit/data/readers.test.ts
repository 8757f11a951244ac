/**
 * The readers piece by piece: bytes → UTF-8 (berkas.ts), CSV and YAML parsing, zod issues → located errors
 * (zod-galat.ts), error formatting and order (galat.ts), and the model loaded from the valid fixture site.
 */
import Decimal from 'decimal.js';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ContentFiles } from '../../../src/lib/data/aman.ts';
import { decodeUtf8, readCsv, readYaml, splitLines } from '../../../src/lib/data/berkas.ts';
import {
  columnLetter,
  type ContentError,
  ContentValidationError,
  formatError,
  showFound,
  sortErrors,
} from '../../../src/lib/data/galat.ts';
import { loadContent } from '../../../src/lib/data/index.ts';
import { agencySchema, reportSchema, scaleSchema } from '../../../src/lib/data/skema.ts';
import { zodIssuesToErrors } from '../../../src/lib/data/zod-galat.ts';
import { VALID_CONTENT } from './corpus.ts';

const F = 'content/laporan/x/2024-lkjip/nilai.csv';
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const where = (errors: ContentError[]) => errors.map((e) => ({ code: e.code, row: e.row, field: e.field }));

describe('decodeUtf8', () => {
  it('decodes UTF-8, non-ASCII included', () => {
    expect(decodeUtf8(F, bytes('nama\nKota Layak Anak ≥ 90% – café\n'))).toEqual({
      value: 'nama\nKota Layak Anak ≥ 90% – café\n',
      errors: [],
    });
  });

  it('drops a BOM (Excel writes one), and only at the start', () => {
    const { value, errors } = decodeUtf8(F, bytes([0xef, 0xbb, 0xbf], 'kode\nT1\n'));
    expect(errors).toEqual([]);
    expect(value).toBe('kode\nT1\n');
    expect(decodeUtf8(F, bytes('a\uFEFFb')).value).toBe('a\uFEFFb');
  });

  it('refuses invalid bytes (Windows-1252 é), locating the line and the byte', () => {
    const { value, errors } = decodeUtf8(F, bytes('kode,nama\nT1,Kelurahan\nT2,caf', [0xe9], '\n'));
    expect(value).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'file-not-utf8',
      file: F,
      row: 3,
      found: 'byte 0xe9 at offset 29 ("é" in Windows-1252)',
    });
    // The fix, in the spreadsheet and on the command line.
    expect(errors[0]!.message.en).toContain('CSV UTF-8');
    expect(errors[0]!.message.en).toContain('Windows-1252');
    expect(errors[0]!.message.id).toContain('iconv -f WINDOWS-1252 -t UTF-8');
  });

  it('refuses a multi-byte character cut short, and gives YAML files a text-editor hint', () => {
    const { errors } = decodeUtf8('content/wilayah/x.yaml', bytes('nama: Kota ', [0xe2, 0x89]));
    expect(errors[0]).toMatchObject({
      code: 'file-not-utf8',
      row: 1,
      found: 'byte 0xe2 at offset 11 ("â" in Windows-1252)',
    });
    expect(errors[0]!.message.en).toContain('text editor');
  });

  it('refuses UTF-16, with or without a byte-order mark', () => {
    const utf16le = (t: string) => Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeUtf8(F, bytes([0xff, 0xfe], 'x')).errors).toMatchObject([{ code: 'file-utf16', found: 'UTF-16' }]);
    expect(decodeUtf8(F, utf16le('kode,nama\nT1,Satu\n')).errors).toMatchObject([{ code: 'file-utf16' }]);
  });

  it('refuses NUL bytes, locating the line', () => {
    const { value, errors } = decodeUtf8(F, bytes('kode,nama\nT1,Sa', [0], 'tu\n'));
    expect(value).toBeUndefined();
    expect(errors).toMatchObject([{ code: 'file-nul', row: 2 }]);
  });
});

describe('splitLines: the one line rule of documents (validator and page)', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\rb\r', ['a', 'b']],
    ['a\n\nb\n\n', ['a', '', 'b', '']],
    ['', []],
  ])('%j → %j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });

  it('a 14-line file with a final newline has 14 lines', () => {
    expect(splitLines(Array.from({ length: 14 }, (_, i) => `baris ${i + 1}\n`).join(''))).toHaveLength(14);
  });
});

describe('readCsv', () => {
  const spec = { required: ['kode', 'nama'], optional: ['catatan'] } as const;

  it('reads records with spreadsheet row numbers, trimmed cells, quoted commas, quotes and line breaks', () => {
    const text = 'kode,nama,catatan\nT1, Tujuan satu ,"a, b"\nT2,"Kata ""kutip""","baris\nkedua"\nT3,Tiga,\n';
    const { value, errors } = readCsv(F, text, spec);
    expect(errors).toEqual([]);
    expect(value?.header).toEqual(['kode', 'nama', 'catatan']);
    expect(value?.records).toEqual([
      { row: 2, cells: { kode: 'T1', nama: 'Tujuan satu', catatan: 'a, b' } },
      { row: 3, cells: { kode: 'T2', nama: 'Kata "kutip"', catatan: 'baris\nkedua' } },
      { row: 4, cells: { kode: 'T3', nama: 'Tiga', catatan: '' } },
    ]);
  });

  it('accepts CRLF, a missing final newline, quoted and padded header names, columns in any order', () => {
    const { value, errors } = readCsv(F, '"nama" , kode\r\nSatu,T1\r\nDua,T2', spec);
    expect(errors).toEqual([]);
    expect(value?.records.map((r) => r.cells)).toEqual([
      { nama: 'Satu', kode: 'T1' },
      { nama: 'Dua', kode: 'T2' },
    ]);
  });

  it('skips blank lines but keeps the row numbers a spreadsheet shows', () => {
    const { value, errors } = readCsv(F, 'kode,nama\n\nT1,Satu\n \n,\nT2,Dua,lebih\nT3,Tiga\n\n\n', spec);
    expect(value?.records.map((r) => [r.row, r.cells.kode])).toEqual([
      [3, 'T1'],
      [7, 'T3'],
    ]);
    expect(where(errors)).toEqual([{ code: 'csv-field-count', row: 6, field: undefined }]);
  });

  it('a header-only file is valid: zero rows', () => {
    expect(readCsv(F, 'kode,nama\n', spec)).toEqual({ value: { header: ['kode', 'nama'], records: [] }, errors: [] });
  });

  it.each([
    ['empty', ''],
    ['blank lines', '\n  \n\t\n'],
    ['only commas', ',,\n'],
  ])('an empty file (%s) is file-empty', (_, text) => {
    expect(where(readCsv(F, text, spec).errors)).toEqual([{ code: 'file-empty', row: undefined, field: undefined }]);
  });

  it('refuses a tab delimiter, once, at row 1', () => {
    const { value, errors } = readCsv(F, 'kode\tnama\nT1\tSatu\n', spec);
    expect(value).toBeUndefined();
    expect(errors).toMatchObject([{ code: 'csv-delimiter', row: 1, found: 'tab' }]);
  });

  it('reads a CSV saved by Excel in an Indonesian locale (BOM stripped earlier, ;, CRLF): its figures are id', () => {
    const { value, errors } = readCsv(F, 'kode;nama\r\nT1;92,55%\r\n"T;2";"Dua; tiga"\r\n', spec);
    expect(errors).toEqual([]);
    expect(value?.numberFormat).toBe('id');
    expect(value?.records.map((r) => ({ ...r.cells }))).toEqual([
      { kode: 'T1', nama: '92,55%' },
      { kode: 'T;2', nama: 'Dua; tiga' },
    ]);
    expect(readCsv(F, 'kode,nama\nT1,Satu\n', spec).value?.numberFormat).toBeUndefined();
  });

  it('a quoted header name with a semicolon does not make a comma file semicolon-separated', () => {
    expect(readCsv(F, '"Jumlah; orang",Jabatan\n12,Staf\n', 'free').value?.header).toEqual([
      'Jumlah; orang',
      'Jabatan',
    ]);
  });

  it('a column named __proto__ (or another Object property) is refused, even in a free table', () => {
    expect(where(readCsv(F, 'Jabatan,__proto__\nStaf,12\n', 'free').errors)).toEqual([
      { code: 'csv-unknown-column', row: 1, field: '__proto__' },
    ]);
  });

  it('refuses control, invisible and bidi characters and mixed-script words, naming the code point', () => {
    const cases: [string, string, string][] = [
      ['T1,Dinas\u0000Sosial', 'text-control-character', 'U+0000'],
      ['T1,Dinas\u0007Sosial', 'text-control-character', 'U+0007'],
      ['T1\u200b,Dinas Sosial', 'text-control-character', 'U+200B'],
      ['T1,Dinas \u202eSosial', 'text-control-character', 'U+202E'],
      ['T1,Din\u0430s Sosial', 'text-mixed-script', 'U+0430'],
      ['T1,<b>Dinas</b>', 'html-in-text', '<b>Dinas</b>'],
    ];
    for (const [line, code, found] of cases) {
      const { errors } = readCsv(F, `kode,nama\n${line}\n`, spec);
      expect(errors, line).toMatchObject([{ code, row: 2 }]);
      expect(errors[0]!.found, line).toContain(found);
    }
    // A whole word in Cyrillic or Greek is not a look-alike; tabs and line breaks inside a cell are fine.
    expect(readCsv(F, 'kode,nama\nT1,Київ Ωμέγα\nT2,"a\tb\nc"\n', spec).errors).toEqual([]);
  });

  it('limits columns (from the header line, before parsing), rows and cell length', () => {
    const wide = Array.from({ length: 61 }, (_, i) => `k${i}`).join(',');
    expect(where(readCsv(F, `${wide}\n`, 'free').errors)).toEqual([
      { code: 'csv-too-many-columns', row: 1, field: undefined },
    ]);
    const tall = `kode,nama\n${'T,x\n'.repeat(5001)}`;
    expect(where(readCsv(F, tall, spec).errors)).toEqual([
      { code: 'csv-too-many-rows', row: undefined, field: undefined },
    ]);
    expect(readCsv(F, `kode,nama\n${'T,x\n'.repeat(5000)}`, spec).errors).toEqual([]);
    const long = `kode,nama\nT1,${'a'.repeat(10_001)}\n`;
    expect(where(readCsv(F, long, spec).errors)).toEqual([{ code: 'csv-cell-too-long', row: 2, field: 'nama' }]);
  });

  it('a comma header with semicolons inside cells is comma-separated', () => {
    expect(readCsv(F, 'kode,nama\nT1,a;b\n', spec).errors).toEqual([]);
  });

  it('an unbalanced quote is one error at the row where it starts, and nothing is read', () => {
    const { value, errors } = readCsv(F, 'kode,nama\nT1,Satu\nT2,"Dua\nT3,Tiga\n', spec);
    expect(value).toBeUndefined();
    expect(where(errors)).toEqual([{ code: 'csv-quotes', row: 3, field: undefined }]);
    expect(errors[0]!.message.en).toBe(
      'Unbalanced quote starting at row 3; the rows after it cannot be read reliably.',
    );
  });

  it('a stray quote papaparse flags twice on one row is reported once', () => {
    const { errors } = readCsv(F, 'kode,nama\n"T1"x,Satu\nT2,Dua\n', spec);
    expect(where(errors)).toEqual([{ code: 'csv-quotes', row: 2, field: undefined }]);
  });

  it('a quote inside an unquoted cell is text', () => {
    expect(readCsv(F, 'kode,nama\nT1,Program 5"\n', spec).value?.records[0]?.cells.nama).toBe('Program 5"');
  });

  it('rows with too many or too few cells are errors; the other rows are still read', () => {
    const { value, errors } = readCsv(F, 'kode,nama\nT1,59,61\nT2\nT3,Tiga\n', spec);
    expect(errors).toMatchObject([
      { code: 'csv-field-count', row: 2, found: '3', expected: { en: '2 cells' } },
      { code: 'csv-field-count', row: 3, found: '1' },
    ]);
    expect(value?.records).toEqual([{ row: 4, cells: { kode: 'T3', nama: 'Tiga' } }]);
  });

  it('checks the header: unknown, unnamed, duplicate and missing columns, with column letters', () => {
    const { value, errors } = readCsv(F, 'kode,keterangan,kode,\nT1,a,b,\n', spec);
    expect(value).toBeUndefined();
    expect(errors.map((e) => [e.code, e.field, e.columnLetter])).toEqual([
      ['csv-duplicate-column', 'kode', 'C'],
      ['csv-unknown-column', 'keterangan', 'B'],
      ['csv-unknown-column', '', 'D'],
      ['csv-missing-column', 'nama', undefined],
    ]);
    expect(errors[2]!.message.en).toBe(
      'Column D has no name (often a trailing comma at the end of the lines). Name it or remove the column.',
    );
  });

  it("'free' accepts any header (extra tables) but still checks the structure", () => {
    expect(readCsv(F, 'Jabatan,Jumlah\nStaf,12\n', 'free').value?.records).toEqual([
      { row: 2, cells: { Jabatan: 'Staf', Jumlah: '12' } },
    ]);
    expect(where(readCsv(F, 'Jabatan,Jumlah\nStaf,12,3\n', 'free').errors)).toEqual([
      { code: 'csv-field-count', row: 2, field: undefined },
    ]);
  });
});

describe('readYaml', () => {
  const Y = 'content/wilayah/x.yaml';

  it('reads YAML 1.2: dates and years-months stay text', () => {
    expect(readYaml(Y, 'nama: Kota\ntanggal: 2025-01\nlist: [a, b]\n')).toEqual({
      value: { nama: 'Kota', tanggal: '2025-01', list: ['a', 'b'] },
      errors: [],
    });
  });

  it('locates a syntax error by line, with a hint', () => {
    const { value, errors } = readYaml(Y, 'nama: Kota\ndokumen:\n  berkas: a\n berkas2: b\n');
    expect(value).toBeUndefined();
    expect(errors).toMatchObject([{ code: 'yaml-syntax', file: Y, row: 4 }]);
    expect(errors[0]!.message.en).toBe('YAML cannot be read at line 4 (BAD_INDENT). Check indentation and colons.');
  });

  it('refuses a duplicate key at the line of the second one', () => {
    const { errors } = readYaml(Y, 'nama: A\njenis: kota\nnama: B\n');
    expect(errors).toMatchObject([{ code: 'yaml-syntax', row: 3, found: 'Map keys must be unique' }]);
    expect(errors[0]!.message.en).toContain('The same field is written twice');
  });

  it('reports one error per line', () => {
    const { errors } = readYaml(Y, 'nama: "Kota\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((e) => e.row)).size).toBe(errors.length);
  });

  it('an empty or blank file is file-empty, expecting YAML fields', () => {
    for (const text of ['', '\n  \n']) {
      expect(readYaml(Y, text).errors).toMatchObject([{ code: 'file-empty', expected: { en: 'YAML fields' } }]);
    }
  });
  it('an unquoted list item that begins with a quote gets the quoting hint, not "check indentation"', () => {
    const { errors } = readYaml(Y, 'dasar_hukum:\n  - "Peraturan" Nomor 5 Tahun 2014\n');
    expect(errors).toMatchObject([{ code: 'yaml-syntax', row: 2 }]);
    expect(errors[0]!.message.en).toContain('must be quoted whole');
  });

  it('reads CR-only line breaks (old Mac editors) like LF', () => {
    expect(readYaml(Y, 'nama: Kota\rjenis: kota\r')).toEqual({ value: { nama: 'Kota', jenis: 'kota' }, errors: [] });
  });

  it('refuses an alias bomb before expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const { value, errors } = readYaml(Y, `${bomb.join('\n')}\n`);
    expect(value).toBeUndefined();
    expect(errors).toMatchObject([{ code: 'yaml-too-complex' }]);
  });

  it('a few aliases are still read', () => {
    expect(readYaml(Y, 'a: &x kota\nb: *x\n').value).toEqual({ a: 'kota', b: 'kota' });
  });
});

describe('zodIssuesToErrors', () => {
  const Y = 'content/laporan/x/2024-lkjip/laporan.yaml';
  const errorsOf = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value, { reportInput: true });
    return parsed.success ? [] : zodIssuesToErrors(Y, parsed.error.issues);
  };
  const report = {
    instansi: 'dinas-contoh',
    jenis: 'lkjip',
    tahun: 2024,
    judul: 'LKjIP',
    dokumen: { berkas: 'a.txt' },
    tahun_data: { dari: 2023, sampai: 2024 },
  };

  it('the minimal report is valid', () => {
    expect(errorsOf(reportSchema, report)).toEqual([]);
  });

  it('missing and empty required fields are field-required', () => {
    const withoutTitle: Record<string, unknown> = { ...report };
    delete withoutTitle.judul;
    expect(errorsOf(reportSchema, withoutTitle)).toMatchObject([
      { code: 'field-required', field: 'judul', message: { en: 'Required field is missing.' } },
    ]);
    expect(errorsOf(reportSchema, { ...report, judul: null })).toMatchObject([
      {
        code: 'field-required',
        field: 'judul',
        message: { id: 'Isian kosong; isi nilainya (lihat docs/referensi-format.md).' },
        expected: { id: 'teks', en: 'text' },
      },
    ]);
  });

  it('an unknown enum value lists the choices', () => {
    expect(errorsOf(reportSchema, { ...report, periode: 'semester-1' })).toEqual([
      {
        code: 'field-invalid',
        file: Y,
        field: 'periode',
        expected: { id: 'tahunan | tw1 | tw2 | tw3 | tw4', en: 'tahunan | tw1 | tw2 | tw3 | tw4' },
        found: 'semester-1',
        message: {
          id: 'Nilai tidak dikenal; pilih salah satu: tahunan | tw1 | tw2 | tw3 | tw4.',
          en: 'Unknown value; choose one of: tahunan | tw1 | tw2 | tw3 | tw4.',
        },
      },
    ]);
  });

  it('unknown keys: one error per key, located at the key', () => {
    const errors = errorsOf(reportSchema, { ...report, penulis: 'x', penandatangan: { nama: 'B', email: 'e', hp: 1 } });
    expect(errors.map((e) => [e.code, e.field, e.found]).sort()).toEqual([
      ['field-unknown', 'penandatangan.email', 'email'],
      ['field-unknown', 'penandatangan.hp', 'hp'],
      ['field-unknown', 'penulis', 'penulis'],
    ]);
  });

  it('a fractional year asks for a whole number; an array path is shown as [i]', () => {
    expect(errorsOf(reportSchema, { ...report, tahun: 2024.5 })).toMatchObject([
      { code: 'field-invalid', field: 'tahun', found: '2024.5', message: { en: 'Must be a whole number.' } },
    ]);
    expect(
      errorsOf(reportSchema, { ...report, tabel_tambahan: [{ berkas: 'pegawai.csv', judul: 'P', sumber_tabel: 'T' }] }),
    ).toMatchObject([{ code: 'field-invalid', field: 'tabel_tambahan[0].berkas', found: 'pegawai.csv' }]);
  });

  it.each(['2025-13', '2025-02-30', '20 Januari 2025', '2025-1'])('%s is not an ISO date', (tanggal) => {
    expect(errorsOf(reportSchema, { ...report, penandatangan: { tanggal } })).toMatchObject([
      { code: 'field-invalid', field: 'penandatangan.tanggal', found: tanggal },
    ]);
  });

  it.each([2025, '2025-01', '2024-02-29'])('%s is an ISO date', (tanggal) => {
    expect(errorsOf(reportSchema, { ...report, penandatangan: { tanggal } })).toEqual([]);
  });

  it('HTML in any YAML string is html-in-text, located by field path; a bare < is not HTML', () => {
    const Y = 'content/instansi/x.yaml';
    expect(readYaml(Y, 'wilayah: kota-contoh\nnama:\n  - nama: <script>alert(1)</script>\n').errors).toMatchObject([
      { code: 'html-in-text', field: 'nama[0].nama', found: '<script>alert(1)</script>' },
    ]);
    expect(readYaml(Y, 'penandatangan:\n  nip: "<b>1</b>"\n').errors).toMatchObject([
      { code: 'html-in-text', field: 'penandatangan.nip' },
    ]);
    expect(readYaml(Y, 'nama: Dinas < 2020\n').errors).toEqual([]);
  });

  it('a scale with an unknown jenis names the choices and what was found (not the whole file)', () => {
    expect(errorsOf(scaleSchema, { nama: 'S', jenis: 'nominal', tingkat: [] })).toMatchObject([
      { code: 'field-invalid', field: 'jenis', found: 'nominal', expected: { en: 'predikat | ordinal' } },
    ]);
  });

  it('a band bound is a number, with an example', () => {
    const errors = errorsOf(scaleSchema, { nama: 'S', jenis: 'predikat', pita: [{ label: 'A', bawah: '91%' }] });
    expect(errors).toMatchObject([{ code: 'field-invalid', field: 'pita[0].bawah', found: '91%' }]);
    expect(errors[0]!.message.en).toContain('90 | 90.5');
  });

  it('the whole file of the wrong shape is located at (berkas)', () => {
    expect(errorsOf(agencySchema, ['a'])).toMatchObject([{ code: 'field-invalid', field: '(berkas)' }]);
  });
});

describe('galat', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('columnLetter(%i) = %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it('showFound keeps a found value on one line and cuts long ones', () => {
    expect(showFound('a\tb\r\nc')).toBe('a\\tb\\r\\nc');
    expect(showFound('x'.repeat(80))).toBe('x'.repeat(80));
    expect(showFound('x'.repeat(81))).toBe(`${'x'.repeat(77)}...`);
  });

  const cellError: ContentError = {
    code: 'value-unparseable',
    file: F,
    row: 6,
    field: 'pagu',
    columnLetter: 'F',
    expected: { id: 'angka dengan format id', en: 'a number in id format' },
    found: '.300.000,00',
    message: { id: 'Tidak dapat dibaca.', en: 'Cannot be read.' },
  };

  it('formatError: location (file, row, column and letter), both languages, expected, found', () => {
    expect(formatError(cellError)).toBe(
      [
        `✗ [value-unparseable] ${F}, baris/row 6, kolom/column pagu (F)`,
        '  ID: Tidak dapat dibaca.',
        '  EN: Cannot be read.',
        '  diharapkan/expected: angka dengan format id / a number in id format',
        '  ditemukan/found: ".300.000,00"',
      ].join('\n'),
    );
  });

  it('formatError: a YAML field, a whole file; an empty found is still shown', () => {
    expect(
      formatError({ code: 'field-required', file: 'content/x.yaml', field: 'judul', message: { id: 'a', en: 'b' } }),
    ).toBe('✗ [field-required] content/x.yaml, isian/field judul\n  ID: a\n  EN: b');
    expect(formatError({ code: 'file-empty', file: 'content/x.csv', found: '', message: { id: 'a', en: 'b' } })).toBe(
      '✗ [file-empty] content/x.csv\n  ID: a\n  EN: b\n  ditemukan/found: ""',
    );
  });

  it('sortErrors: by file, then row (file-level first), field, code; the input is not changed', () => {
    const e = (file: string, row?: number, field?: string, code: ContentError['code'] = 'field-invalid') =>
      ({
        code,
        file,
        ...(row !== undefined ? { row } : {}),
        ...(field ? { field } : {}),
        message: { id: '', en: '' },
      }) as ContentError;
    const input = [
      e('content/b.csv', 2),
      e('content/a.csv', 10),
      e('content/a.csv', 2, 'tahun'),
      e('content/a.csv', 2, 'indikator', 'unknown-reference'),
      e('content/a.csv', 2, 'indikator', 'duplicate-id'),
      e('content/a.csv'),
    ];
    const sorted = sortErrors(input);
    expect(sorted.map((x) => [x.file, x.row, x.field, x.code])).toEqual([
      ['content/a.csv', undefined, undefined, 'field-invalid'],
      ['content/a.csv', 2, 'indikator', 'duplicate-id'],
      ['content/a.csv', 2, 'indikator', 'unknown-reference'],
      ['content/a.csv', 2, 'tahun', 'field-invalid'],
      ['content/a.csv', 10, undefined, 'field-invalid'],
      ['content/b.csv', 2, undefined, 'field-invalid'],
    ]);
    expect(input[0]!.file).toBe('content/b.csv');
  });

  it('ContentValidationError lists every error', () => {
    const error = new ContentValidationError([cellError, { ...cellError, row: 7 }]);
    expect(error.message).toContain('2 kesalahan / Invalid content: 2 error(s)');
    expect(error.message).toContain('baris/row 7');
    expect(error.errors).toHaveLength(2);
  });
});

describe('loading the valid fixture site', () => {
  const { content, errors } = loadContent(VALID_CONTENT);
  const report = content.reports[0]!;
  const at = (file: string) => `content/laporan/dinas-contoh/2024-lkjip/${file}`;

  it('has no error', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('reads every file: counts', () => {
    expect([content.regions.length, content.agencies.length, content.scales.length, content.reports.length]).toEqual([
      1, 1, 3, 1,
    ]);
    expect(report.id).toBe('dinas-contoh/2024-lkjip');
    expect(report.rowCounts).toEqual({
      'pohon-kinerja.csv': 4,
      'indikator.csv': 5,
      'nilai.csv': 7,
      'anggaran.csv': 6,
      'pembanding.csv': 1,
      'efisiensi.csv': 1,
      'ringkasan.csv': 1,
      'narasi.csv': 2,
      'tabel/pegawai.csv': 2,
    });
    expect({
      tree: report.tree.length,
      indicators: report.indicators.length,
      values: report.values.length,
      budget: report.budget.length,
      benchmarks: report.benchmarks.length,
      efficiency: report.efficiency.length,
      summaries: report.summaries.length,
      narratives: report.narratives.length,
      plan: report.plan.length,
      extraTables: report.extraTables.length,
    }).toEqual({
      tree: 4,
      indicators: 5,
      values: 7,
      budget: 6,
      benchmarks: 1,
      efficiency: 1,
      summaries: 1,
      narratives: 2,
      plan: 0,
      extraTables: 1,
    });
  });

  it('metadata: number format, data years, defaults, scale', () => {
    expect(report.meta).toMatchObject({
      agency: 'dinas-contoh',
      type: 'lkjip',
      year: 2024,
      period: 'tahunan',
      scale: 'contoh-lkjip-2024',
      negativeFormula: '2t-r',
      efficiency: 'serapan/capaian',
      numberFormat: 'id',
      dataYears: { from: 2023, to: 2024 },
    });
    expect(content.agencies[0]).toMatchObject({ slug: 'dinas-contoh', region: 'kota-contoh' });
  });

  it('a printed value keeps its text beside the exact decimal, with its source', () => {
    const value = report.values.find((v) => v.indicator === 'S1.I1' && v.year === 2024 && v.role === 'capaian')!;
    expect(value.realisasi).toEqual({ kind: 'number', text: '92,55%', value: new Decimal('92.55'), percent: true });
    expect(value.printedCapaian).toMatchObject({ kind: 'number', text: '103,99%', percent: true });
    expect(value.printedPredicate).toBe('Berhasil');
    expect(value.source).toEqual({ file: at('nilai.csv'), row: 3, table: 'Tabel 3.1', line: 50 });
  });

  it('reads each kind of figure: en override, ratio, ordinal, cacat_cetak, annotated benchmark', () => {
    const value = (code: string) => report.values.find((v) => v.indicator === code && v.role === 'capaian')!;
    expect(value('S1.P1.I1').realisasi).toMatchObject({ kind: 'number', text: '99.52%', percent: true });
    expect((value('S1.P1.I1').realisasi as { value: Decimal }).value.toFixed()).toBe('99.52');
    expect(value('S2.I2').target).toMatchObject({ kind: 'ratio', text: '1 : 27.500' });
    expect(value('S2.I1').realisasi).toEqual({ kind: 'ordinal', text: 'Madya', label: 'Madya' });
    expect(report.budget.find((b) => b.id === 'R.P1.K2')!.pagu).toEqual({
      kind: 'unreadable',
      text: '.300.000,00',
      reason: 'cacat-cetak',
    });
    expect(report.benchmarks[0]!.value).toMatchObject({ note: 'data BPS tahun 2022', dataYear: 2022 });
  });

  it('tree, indicators and budget keep their links and sources', () => {
    expect(report.tree.find((n) => n.kode === 'S1.P1')).toEqual({
      kode: 'S1.P1',
      level: 'program',
      nama: 'Program Rehabilitasi Sosial',
      parent: 'S1',
      budgetCode: '1.06.04',
      source: { file: at('pohon-kinerja.csv'), row: 5, table: 'Tabel 3.7', line: 40 },
    });
    expect(report.indicators.find((i) => i.kode === 'S2.I1')).toMatchObject({
      node: 'S2',
      valueKind: 'ordinal',
      order: 'kla',
      iku: true,
    });
    expect(report.budget.find((b) => b.id === 'R.P1.K1.S1')).toMatchObject({
      parent: 'R.P1.K1',
      level: 'subkegiatan',
      year: 2024,
    });
    expect(report.extraTables[0]).toMatchObject({
      file: 'tabel/pegawai.csv',
      header: ['Jabatan', 'Jumlah'],
      rows: [
        ['Struktural', '8'],
        ['Staf', '12'],
      ],
      source: { file: at('laporan.yaml'), table: 'Tabel 1.1', line: 10 },
    });
  });

  it('only: loads just the named report folder', () => {
    expect(
      loadContent(VALID_CONTENT, { only: 'content/laporan/dinas-contoh/2024-lkjip' }).content.reports,
    ).toHaveLength(1);
    expect(loadContent(VALID_CONTENT, { only: 'content/laporan/dinas-lain' }).content.reports).toHaveLength(0);
  });
});

describe('ContentFiles: containment behind lstat', () => {
  it('a file whose real path lies outside the content root is refused, even when no link is on its own name', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kinerja-aman-'));
    try {
      const content = join(tmp, 'content');
      mkdirSync(join(tmp, 'luar'), { recursive: true });
      mkdirSync(content);
      writeFileSync(join(tmp, 'luar', 'nilai.csv'), 'RAHASIA=1\n');
      symlinkSync(join(tmp, 'luar'), join(content, 'laporan'));
      const errors: ContentError[] = [];
      const fs = new ContentFiles(content, errors);
      expect(fs.read(join(content, 'laporan', 'nilai.csv'), 'csvBytes')).toBeUndefined();
      expect(errors).toMatchObject([{ code: 'path-outside-content', file: 'content/laporan/nilai.csv' }]);
      // The folder itself, met as a folder, is refused as a link.
      expect(fs.folder(join(content, 'laporan'))).toBe(false);
      expect(errors.map((e) => e.code)).toEqual(['path-outside-content', 'file-symlink']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('any other filesystem error is file-unreadable with its errno, never a stack trace', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kinerja-aman-'));
    try {
      const content = join(tmp, 'content');
      mkdirSync(content);
      writeFileSync(join(content, 'laporan'), 'bukan folder');
      const errors: ContentError[] = [];
      expect(new ContentFiles(content, errors).list(join(content, 'laporan'))).toBeUndefined();
      expect(errors).toMatchObject([{ code: 'file-unreadable', file: 'content/laporan', found: 'ENOTDIR' }]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('checks the size with fstat before reading a byte', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kinerja-aman-'));
    try {
      const content = join(tmp, 'content');
      mkdirSync(content);
      writeFileSync(join(content, 'a.yaml'), 'x'.repeat(256 * 1024 + 1));
      const errors: ContentError[] = [];
      expect(new ContentFiles(content, errors).read(join(content, 'a.yaml'), 'yamlBytes')).toBeUndefined();
      expect(errors).toMatchObject([{ code: 'file-too-large', found: `${256 * 1024 + 1} bytes` }]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
