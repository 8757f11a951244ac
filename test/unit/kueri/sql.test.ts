/** The pure parts of the SQL page: wrapping a reader's SQL, finding its tables, loading SQL, the result CSV. */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { resultCsv } from '../../../src/lib/kueri/csv.ts';
import {
  asTextSql,
  bareSql,
  cellClass,
  csvTableSql,
  tablesIn,
  viewSql,
  type QuerySource,
} from '../../../src/lib/kueri/sql.ts';
import { queryTables } from '../../../src/lib/kueri/tabel.ts';
import { parquetCopySql } from '../../../src/lib/bangun/parquet.ts';
import { buildTables, DATASET_TABLES } from '../../../src/lib/ekspor/index.ts';

const NAMES = ['laporan', 'nilai', 'pohon-kinerja', 'tabel-tambahan', 'temuan'];

describe('SQL around a reader’s query', () => {
  it('drops trailing semicolons and space, and wraps so a trailing comment cannot eat the parenthesis', () => {
    expect(bareSql('  SELECT 1 ;  ; \n')).toBe('SELECT 1');
    expect(bareSql("SELECT ';' AS x")).toBe("SELECT ';' AS x");
    expect(asTextSql('SELECT 1; -- akhir')).toBe('SELECT COLUMNS(*)::VARCHAR FROM (\nSELECT 1; -- akhir\n) AS hasil');
    expect(asTextSql('SELECT 1 -- akhir')).toBe('SELECT COLUMNS(*)::VARCHAR FROM (\nSELECT 1 -- akhir\n) AS hasil');
  });

  it('finds the tables a query names as whole words, any case, quoted or not', () => {
    expect(tablesIn('SELECT * FROM Nilai JOIN laporan USING (laporan_id)', NAMES)).toEqual(['laporan', 'nilai']);
    expect(tablesIn('SELECT * FROM "pohon-kinerja"', NAMES)).toEqual(['pohon-kinerja']);
    // Column names that contain a table name are not that table.
    expect(tablesIn('SELECT jumlah_temuan, nilai_hitung FROM x', NAMES)).toEqual([]);
    expect(tablesIn('SELECT 1', NAMES)).toEqual([]);
  });

  it('loads a table from its Parquet (view) or its CSV (typed exactly as the Parquet writer types it)', () => {
    const definition = buildTables({ regions: [], agencies: [], scales: [], reports: [] }).temuan;
    const source: QuerySource = {
      name: 'temuan',
      csv: ['unduh/2024/a/temuan.csv', "unduh/2024/o'b/temuan.csv"],
      parquet: ['unduh/2024/a/temuan.parquet', "unduh/2024/o'b/temuan.parquet"],
      columns: definition.columns,
    };
    expect(viewSql(source, (p) => `/x/${p}`)).toBe(
      `CREATE OR REPLACE VIEW "temuan" AS SELECT * FROM read_parquet(['/x/unduh/2024/a/temuan.parquet', '/x/unduh/2024/o''b/temuan.parquet'])`,
    );
    const table = csvTableSql(source, (p) => p);
    expect(table).toMatch(/^CREATE OR REPLACE TABLE "temuan" AS SELECT /);
    expect(table).toContain(`read_csv(['unduh/2024/a/temuan.csv', 'unduh/2024/o''b/temuan.csv'], header = true`);
    // The column typing is the Parquet writer's, character for character.
    const typing = (sql: string) => sql.slice(sql.indexOf('SELECT '), sql.indexOf(' FROM read_csv('));
    const copy = parquetCopySql(definition.columns, 'temuan', 'out.parquet');
    expect(typing(table)).toBe(typing(copy));
    expect(typing(table)).toContain('CAST("selisih" AS DECIMAL(38,10))');
  });
});

describe('result cells', () => {
  it('machine numbers are right-aligned, NULL is marked, text is left as it is', () => {
    expect(['1000000.00', '-8.40', '2024', '0'].map(cellClass)).toEqual(['num', 'num', 'num', 'num']);
    expect(cellClass(null)).toBe('kosong');
    expect(['92,55%', "'-0.42", '1e5', '', 'abc'].map(cellClass)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('tables offered by the page', () => {
  const definitions = buildTables({ regions: [], agencies: [], scales: [], reports: [] });
  const part = (table: string, year: number, province: string, rows: number) => ({
    table,
    year,
    province,
    rows,
    path: `unduh/${year}/${province}/${table}.csv`,
  });

  it('one per table with partitions, in dataset order, over its partitions in path order', () => {
    const tables = queryTables(DATASET_TABLES, definitions, [
      part('nilai', 2024, 'jawa-timur', 3),
      part('laporan', 2024, 'jawa-timur', 1),
      part('nilai', 2023, 'jawa-timur', 4),
    ]);
    expect(tables.map((t) => t.name)).toEqual(['laporan', 'nilai']);
    const nilai = tables[1]!;
    expect(nilai.rows).toBe(7);
    expect(nilai.source.csv).toEqual(['unduh/2023/jawa-timur/nilai.csv', 'unduh/2024/jawa-timur/nilai.csv']);
    expect(nilai.source.parquet).toEqual([
      'unduh/2023/jawa-timur/nilai.parquet',
      'unduh/2024/jawa-timur/nilai.parquet',
    ]);
    expect(nilai.columns.map((c) => c.name)).toEqual(definitions.nilai.columns.map((c) => c.name));
    expect(nilai.columns.find((c) => c.name === 'iku')?.type).toBe('BOOLEAN');
    expect(nilai.columns.find((c) => c.name === 'capaian_hitung')?.type).toBe('DECIMAL(38,10)');
    expect(nilai.source.columns.find((c) => c.name === 'tahun')).toEqual({ name: 'tahun', type: 'year' });
  });
});

describe('a result as CSV', () => {
  it('the portal’s CSV: header, \\r\\n after every row, NULL empty, quotes only where needed, digits kept', () => {
    const csv = resultCsv({
      columns: ['laporan_id', 'nama', 'pagu', 'catatan'],
      rows: [
        ['a/2024', 'Program "Satu", Dua', '1000000.00', null],
        ['b/2024', 'Tiga', '0.0000000001', 'baris\nbaru'],
      ],
    });
    expect(csv).toBe(
      'laporan_id,nama,pagu,catatan\r\na/2024,"Program ""Satu"", Dua",1000000.00,\r\nb/2024,Tiga,0.0000000001,"baris\nbaru"\r\n',
    );
    expect(Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data[2]).toEqual([
      'b/2024',
      'Tiga',
      '0.0000000001',
      'baris\nbaru',
    ]);
  });

  it('an empty result is its header row', () => {
    expect(resultCsv({ columns: ['n'], rows: [] })).toBe('n\r\n');
    expect(resultCsv({ columns: ['n'], rows: [[null]] })).toBe('n\r\n\r\n');
  });
});
