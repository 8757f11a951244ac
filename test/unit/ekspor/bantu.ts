/**
 * Test helpers for the downloads: load a content tree with its scores, read CSVs back with papaparse, reconcile
 * downloads with the content files ("nothing lost") and check datapackage.json like a Frictionless validator.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { formatMachine } from '../../../src/lib/angka/format.ts';
import { loadContent } from '../../../src/lib/data/index.ts';
import type { ContentError } from '../../../src/lib/data/index.ts';
import {
  CONTENT_FILE_OF,
  DATASET_TABLES,
  restoreNeutralised,
  scoredColumnsFromEngine,
  type Cell,
  type Column,
  type DataPackage,
  type DownloadFile,
  type ScoredColumns,
} from '../../../src/lib/ekspor/index.ts';
import type { Content } from '../../../src/lib/model.ts';
import { scoreReport } from '../../../src/lib/skor/index.ts';

export const REPO = join(import.meta.dirname, '..', '..', '..');
export const FIXTURE = join(REPO, 'test', 'fixtures', 'valid', 'content');
export const REAL = join(REPO, 'content');

export interface Loaded {
  content: Content;
  errors: ContentError[];
  scored: ScoredColumns;
}

export function load(root: string): Loaded {
  const { content, errors } = loadContent(root);
  const scored = scoredColumnsFromEngine(
    content.reports.map((report) => ({ report, scored: scoreReport(report, content.scales) })),
  );
  return { content, errors, scored };
}

export function byPath(files: DownloadFile[]): Map<string, DownloadFile> {
  return new Map(files.map((f) => [f.path, f]));
}

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}

/** Read one of our CSVs back: the final line end expected and dropped, neutralisation undone. */
export function readBack(text: string): ParsedCsv {
  if (!text.endsWith('\r\n')) throw new Error('CSV does not end with CRLF');
  const parsed = Papa.parse<string[]>(text.slice(0, -2), { delimiter: ',', newline: '\r\n' });
  if (parsed.errors.length > 0) throw new Error(`papaparse: ${JSON.stringify(parsed.errors[0])}`);
  const [header = [], ...rows] = parsed.data;
  return { header: header.map(restoreNeutralised), rows: rows.map((r) => r.map(restoreNeutralised)) };
}

/** The text a cell should read as in a CSV, independent of the writer's code. */
export function expectedText(column: Column, cell: Cell): string {
  if (cell === undefined || cell === '') return '';
  if (typeof cell === 'boolean') return cell ? 'ya' : 'tidak';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return cell;
  if (column.type !== 'number') throw new Error(`${column.name}: a Decimal in a ${column.type} column`);
  return formatMachine(cell);
}

// ---- "nothing lost": content files against downloads ----------------------------------------------------------

/** Columns of the content CSVs that are transcription controls, not data (reflected in `X_jenis` / `X_angka`). */
const CONTROL_COLUMNS = new Set(['format_angka', 'cacat_cetak']);

export interface FileTally {
  rows: number;
  sha256: string;
}

/** Per report id → per content file (`nilai.csv`, `tabel/pegawai.csv`) → count and checksum. */
export type Tally = Map<string, Map<string, FileTally>>;

function tally(rows: string[][]): FileTally {
  const lines = rows.map((r) => JSON.stringify(r)).sort();
  return { rows: rows.length, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

function put(t: Tally, report: string, file: string, rows: string[][]): void {
  const files = t.get(report) ?? new Map<string, FileTally>();
  files.set(file, tally(rows));
  t.set(report, files);
}

/** A whole-report checksum: sha256 over its files' checksums in file order. */
export function reportChecksums(t: Tally): Map<string, string> {
  return new Map(
    [...t].map(([report, files]) => {
      const parts = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, v]) => `${f} ${v.rows} ${v.sha256}`);
      return [report, createHash('sha256').update(parts.join('\n')).digest('hex')];
    }),
  );
}

function readRawCsv(path: string): ParsedCsv {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${JSON.stringify(parsed.errors[0])}`);
  const [header = [], ...rows] = parsed.data;
  return { header: header.map((h) => h.trim()), rows: rows.map((r) => r.map((c) => c.trim())) };
}

/** Values the reader fills in for an empty optional cell. */
function defaulted(column: string, value: string, reportYear: string): string {
  if (value !== '') return value;
  if (column === 'periode') return 'tahunan';
  if (column === 'tahun') return reportYear;
  if (column === 'iku') return 'tidak';
  return value;
}

const project = (header: string[], row: string[], columns: string[]): string[] =>
  columns.map((c) => row[header.indexOf(c)] ?? '');

/** Content side: every data row of every content CSV, read straight from disk (not through the loader). */
export function tallyContent(contentRoot: string): Tally {
  const t: Tally = new Map();
  const root = join(contentRoot, 'laporan');
  for (const agency of readdirSync(root).sort()) {
    if (!statSync(join(root, agency)).isDirectory()) continue;
    for (const folder of readdirSync(join(root, agency)).sort()) {
      const dir = join(root, agency, folder);
      if (!statSync(dir).isDirectory()) continue;
      const report = `${agency}/${folder}`;
      const meta = parseYaml(readFileSync(join(dir, 'laporan.yaml'), 'utf8')) as { tahun: number };
      for (const file of Object.values(CONTENT_FILE_OF)) {
        if (!existsSync(join(dir, file))) continue;
        const csv = readRawCsv(join(dir, file));
        const columns = csv.header.filter((h) => !CONTROL_COLUMNS.has(h));
        const year = String(meta.tahun);
        const rows = csv.rows.map((r) =>
          project(csv.header, r, columns).map((v, i) => `${columns[i]}=${defaulted(columns[i] ?? '', v, year)}`),
        );
        put(t, report, file, rows);
      }
      const tables = join(dir, 'tabel');
      if (existsSync(tables)) {
        for (const name of readdirSync(tables).sort()) {
          const csv = readRawCsv(join(tables, name));
          put(
            t,
            report,
            `tabel/${name}`,
            csv.rows.map((r) => csv.header.map((h, i) => `${h}=${r[i] ?? ''}`)),
          );
        }
      }
    }
  }
  return t;
}

/**
 * Download side, from the per-report files (`unduh/laporan/<id>/<table>.csv`, `…/tabel/<slug>.csv`), projected
 * on the columns each content file has.
 */
export function tallyReportDownloads(
  files: Map<string, DownloadFile>,
  contentRoot: string,
  contentTally: Tally,
): Tally {
  const t: Tally = new Map();
  for (const [report, contentFiles] of contentTally) {
    for (const file of contentFiles.keys()) {
      const extra = file.startsWith('tabel/');
      const table = extra ? file.replace(/\.csv$/, '') : tableOf(file);
      const download = files.get(`unduh/laporan/${report}/${table}.csv`);
      if (!download) {
        put(t, report, file, []);
        continue;
      }
      const csv = readBack(download.body);
      const columns = contentColumns(contentRoot, report, file, csv.header);
      put(
        t,
        report,
        file,
        csv.rows.map((r) => columns.map(([c, d]) => `${c}=${r[csv.header.indexOf(d)] ?? ''}`)),
      );
    }
  }
  return t;
}

/** Download side, from the whole-dataset files (`unduh/<table>.csv`, long-form `unduh/tabel-tambahan.csv`). */
export function tallyDatasetDownloads(
  files: Map<string, DownloadFile>,
  contentRoot: string,
  contentTally: Tally,
): Tally {
  const t: Tally = new Map();
  const parsed = new Map<string, ParsedCsv>();
  const whole = (table: string): ParsedCsv => {
    const cached = parsed.get(table);
    if (cached) return cached;
    const file = files.get(`unduh/${table}.csv`);
    if (!file) throw new Error(`missing unduh/${table}.csv`);
    const csv = readBack(file.body);
    parsed.set(table, csv);
    return csv;
  };
  for (const [report, contentFiles] of contentTally) {
    for (const file of contentFiles.keys()) {
      if (file.startsWith('tabel/')) {
        const long = whole('tabel-tambahan');
        const at = (c: string): number => long.header.indexOf(c);
        const cells = long.rows.filter((r) => r[at('laporan_id')] === report && r[at('tabel')] === file);
        // One long row per printed cell; the line-number column is each cell's sumber_baris, put back in place.
        const header = readRawCsv(join(contentRoot, 'laporan', report, file)).header;
        const lineAt = header.findIndex((h) => EXTRA_LINE_HEADINGS.has(h));
        const byRow = new Map<string, string[]>();
        for (const r of cells) {
          const key = r[at('baris')] ?? '';
          const row = byRow.get(key) ?? [];
          if (row.length === lineAt) row.push(`${header[lineAt]}=${r[at('sumber_baris')]}`);
          row.push(`${r[at('kolom')]}=${r[at('nilai')]}`);
          if (row.length === lineAt) row.push(`${header[lineAt]}=${r[at('sumber_baris')]}`);
          byRow.set(key, row);
        }
        put(t, report, file, [...byRow.values()]);
        continue;
      }
      const csv = whole(tableOf(file));
      const columns = contentColumns(contentRoot, report, file, csv.header);
      const idAt = csv.header.indexOf('laporan_id');
      put(
        t,
        report,
        file,
        csv.rows
          .filter((r) => r[idAt] === report)
          .map((r) => columns.map(([c, d]) => `${c}=${r[csv.header.indexOf(d)] ?? ''}`)),
      );
    }
  }
  return t;
}

function tableOf(file: string): string {
  const table = DATASET_TABLES.find((name) => CONTENT_FILE_OF[name] === file);
  if (!table) throw new Error(`no table for ${file}`);
  return table;
}

/**
 * Headings of an extra table's transcriber line numbers: the downloads carry them as the provenance column
 * `sumber_baris`, not under their own name.
 */
const EXTRA_LINE_HEADINGS = new Set(['baris', 'sumber_baris']);

/**
 * The columns a content file has (minus controls) and the download column each is carried in: the same name,
 * except an extra table's line-number column (`sumber_baris`).
 */
function contentColumns(
  contentRoot: string,
  report: string,
  file: string,
  downloadHeader: string[],
): [content: string, download: string][] {
  const header = readRawCsv(join(contentRoot, 'laporan', report, file)).header.filter((h) => !CONTROL_COLUMNS.has(h));
  const pairs = header.map((h): [string, string] => [
    h,
    file.startsWith('tabel/') && EXTRA_LINE_HEADINGS.has(h) ? 'sumber_baris' : h,
  ]);
  const missing = pairs.filter(([, d]) => !downloadHeader.includes(d)).map(([h]) => h);
  if (missing.length > 0)
    throw new Error(`${report}/${file}: the download lacks content columns ${missing.join(', ')}`);
  return pairs;
}

// ---- datapackage.json ------------------------------------------------------------------------------------------

const TYPE_PATTERN: Record<string, RegExp> = {
  number: /^-?\d+(\.\d+)?$/,
  integer: /^-?\d+$/,
  year: /^\d{4}$/,
  boolean: /^(ya|tidak)$/,
};

/** Problems a Frictionless validator would report, in plain words; empty when the package is valid. */
export function dataPackageProblems(files: Map<string, DownloadFile>): string[] {
  const problems: string[] = [];
  const file = files.get('unduh/datapackage.json');
  if (!file) return ['unduh/datapackage.json missing'];
  const pkg = JSON.parse(file.body) as DataPackage;
  if (pkg.profile !== 'tabular-data-package') problems.push('profile');
  if (!pkg.licenses.some((l) => l.name === 'CC-BY-4.0')) problems.push('licence CC-BY-4.0 missing');
  const names = new Set<string>();
  for (const resource of pkg.resources) {
    const where = `resource ${resource.name}`;
    if (!/^[a-z0-9._-]+$/.test(resource.name)) problems.push(`${where}: invalid name`);
    if (names.has(resource.name)) problems.push(`${where}: duplicate name`);
    names.add(resource.name);
    const data = files.get(`unduh/${resource.path}`);
    if (!data) {
      problems.push(`${where}: path unduh/${resource.path} is not a download`);
      continue;
    }
    const csv = readBack(data.body);
    const fields = resource.schema.fields;
    // Field names as the raw header reads them (before undoing neutralisation).
    const rawHeader = Papa.parse<string[]>(data.body.split('\r\n')[0] ?? '', { delimiter: ',' }).data[0] ?? [];
    if (JSON.stringify(fields.map((f) => f.name)) !== JSON.stringify(rawHeader)) {
      problems.push(`${where}: fields ${fields.map((f) => f.name).join(',')} ≠ header ${rawHeader.join(',')}`);
    }
    for (const key of resource.schema.primaryKey ?? [])
      if (!rawHeader.includes(key)) problems.push(`${where}: primary key ${key} not a field`);
    if (resource.schema.primaryKey) {
      const at = resource.schema.primaryKey.map((k) => rawHeader.indexOf(k));
      const keys = csv.rows.map((r) => JSON.stringify(at.map((i) => r[i])));
      if (new Set(keys).size !== keys.length) problems.push(`${where}: primary key not unique`);
    }
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = pkg.resources.find((r) => r.name === fk.reference.resource);
      if (!target) {
        problems.push(`${where}: foreign key to unknown resource ${fk.reference.resource}`);
        continue;
      }
      const targetCsv = readBack(files.get(`unduh/${target.path}`)?.body ?? '\r\n');
      const known = new Set(targetCsv.rows.map((r) => r[targetCsv.header.indexOf(fk.reference.fields[0] ?? '')]));
      const at = csv.header.indexOf(fk.fields[0] ?? '');
      for (const r of csv.rows)
        if (!known.has(r[at])) problems.push(`${where}: ${fk.fields[0]}=${r[at]} not in ${target.name}`);
    }
    fields.forEach((field, i) => {
      if (!field.description.includes('\n\n')) problems.push(`${where}.${field.name}: description not bilingual`);
      const pattern = TYPE_PATTERN[field.type];
      if (field.type !== 'string' && !pattern) problems.push(`${where}.${field.name}: unknown type ${field.type}`);
      for (const r of csv.rows) {
        const value = r[i] ?? '';
        if (value === '') {
          if (field.constraints?.required) problems.push(`${where}.${field.name}: required but empty`);
          continue;
        }
        if (pattern && !pattern.test(value)) problems.push(`${where}.${field.name}: "${value}" is not ${field.type}`);
        if (field.constraints?.enum && !field.constraints.enum.includes(value)) {
          problems.push(`${where}.${field.name}: "${value}" not in enum`);
        }
        if (field.constraints?.pattern && !new RegExp(field.constraints.pattern).test(value)) {
          problems.push(`${where}.${field.name}: "${value}" does not match ${field.constraints.pattern}`);
        }
      }
    });
  }
  return [...new Set(problems)];
}
