/**
 * `unduh/datapackage.json`: a Frictionless Tabular Data Package (v1) describing the canonical CSV files — one
 * resource per whole-dataset table (`unduh/<table>.csv`) and one per extra table as printed
 * (`unduh/laporan/<agency>/<report>/tabel/<slug>.csv`). The other files are views with the same columns and are
 * described in the package description and docs/kamus-data.md: per-report, per-indicator and per-programme CSVs
 * (row subsets), JSON (same rows and keys) and the per-report Excel workbooks (same sheets and columns).
 */
import type { Content } from '../model.ts';
import { CONTENT_FILE_OF, DATASET_TABLES, reportContexts, type DatasetTables } from './dataset.ts';
import { agencyNameIn } from '../instansi.ts';
import { extraTable, extraTableSlug } from './tabel-laporan.ts';
import { neutralise } from './netral.ts';
import type { Column, Table } from './tabel.ts';

export interface DataPackageOptions {
  /** Public address of the portal (`homepage` of the package), e.g. from Astro's `site`. */
  homepage?: string;
}

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

export interface TableSchemaField {
  name: string;
  type: string;
  format: 'default';
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface DataResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: TableSchema;
  sources?: { title: string }[];
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage?: string;
  keywords: string[];
  licenses: (typeof DATA_LICENSE)[];
  sources: { title: string }[];
  resources: DataResource[];
}

const bilingual = (text: { id: string; en: string }): string => `${text.id}\n\n${text.en}`;

export function schemaField(column: Column): TableSchemaField {
  const field: TableSchemaField = {
    // As the CSV header reads it (a printed heading starting with = + - @ is neutralised there too).
    name: neutralise(column.name),
    type: column.type,
    format: 'default',
    description: bilingual(column.description),
  };
  const c = column.constraints;
  if (c && (c.required !== undefined || c.enum !== undefined || c.pattern !== undefined)) {
    field.constraints = {
      ...(c.required !== undefined ? { required: c.required } : {}),
      ...(c.enum !== undefined ? { enum: [...c.enum] } : {}),
      ...(c.pattern !== undefined ? { pattern: c.pattern } : {}),
    };
  }
  if (column.type === 'boolean') {
    field.trueValues = ['ya'];
    field.falseValues = ['tidak'];
  }
  if (column.type === 'number') field.decimalChar = '.';
  return field;
}

export function tableSchema(table: Table, references: boolean): TableSchema {
  const schema: TableSchema = { fields: table.columns.map(schemaField), missingValues: [''] };
  if (table.primaryKey) schema.primaryKey = [...table.primaryKey];
  if (references && table.name !== 'laporan' && table.columns.some((c) => c.name === 'laporan_id')) {
    schema.foreignKeys = [{ fields: ['laporan_id'], reference: { resource: 'laporan', fields: ['laporan_id'] } }];
  }
  return schema;
}

const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

const DESCRIPTION = [
  'Data laporan kinerja (SAKIP) perangkat daerah seperti tercetak, ditranskripsi dari dokumen aslinya, beserta hasil hitung ulang (capaian, predikat, serapan, efisiensi) dan temuan ketika angka tercetak tidak sesuai.',
  'Setiap angka tercetak diterbitkan sebagai teks persis seperti tercetak (kolom X), angka mesin (X_angka, titik desimal) dan jenisnya (X_jenis). Sel teks yang diawali = + - @ tab atau CR diberi awalan apostrof (perlindungan formula spreadsheet), kecuali sel yang hanya berisi "-".',
  'Selain berkas dalam daftar sumber daya ini tersedia tampilan dengan kolom yang sama: per laporan (unduh/laporan/<instansi>/<laporan>/<tabel>.csv), per indikator (unduh/indikator/<kunci>.csv, baris nilai), per program (unduh/program/<kunci>.csv, baris anggaran), JSON (<tabel>.json) dan buku kerja Excel per laporan (unduh/laporan/<instansi>/<laporan>/<instansi>-<laporan>.xlsx: satu lembar per tabel, sel bertipe). Kamus data: kamus-data.md.',
  'Performance reports (SAKIP) of Indonesian local-government agencies as printed, transcribed from the original documents, with recomputed figures (capaian, predicates, absorption, efficiency) and findings where the printed figures do not add up.',
  'Every printed figure is published as the text exactly as printed (column X), a machine number (X_angka, decimal point) and its kind (X_jenis). Text cells starting with = + - @ tab or CR get a leading apostrophe (spreadsheet formula protection), except cells that are just "-".',
  'Besides the files listed as resources, views with the same columns are published: per report, per indicator (nilai rows), per programme (anggaran rows), JSON (<table>.json) and an Excel workbook per report (unduh/laporan/<agency>/<report>/<agency>-<report>.xlsx: one sheet per table, typed cells). Data dictionary: kamus-data.md.',
].join('\n\n');

/** The source document of a report, as a Data Package source. */
function documentSource(ctx: ReturnType<typeof reportContexts>[number]): { title: string } {
  const { meta } = ctx.report;
  const agency = ctx.agency ? agencyNameIn(ctx.agency, meta.year).nama : (meta.printedAgencyName ?? meta.agency);
  const original = meta.document.originalTitle ? `${meta.document.originalTitle} — ` : '';
  return { title: `${meta.title} — ${agency}. ${original}Teks ekstraksi / extracted text: ${meta.document.file}` };
}

export function dataPackage(content: Content, tables: DatasetTables, options: DataPackageOptions = {}): DataPackage {
  const reports = reportContexts(content);
  const resources: DataResource[] = DATASET_TABLES.map((name) => {
    const table = tables[name];
    const file = CONTENT_FILE_OF[name];
    return {
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      title: `${table.title.id} / ${table.title.en}`,
      description: bilingual(table.description) + (file ? `\n\ncontent/laporan/<instansi>/<laporan>/${file}` : ''),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: DIALECT,
      schema: tableSchema(table, true),
    };
  });
  for (const ctx of reports) {
    for (const extra of ctx.report.extraTables) {
      const table = extraTable(ctx.report.id, extra, ctx.report.meta.numberFormat);
      resources.push({
        name: `tabel.${ctx.report.id.replace('/', '.')}.${extraTableSlug(extra)}`,
        path: `laporan/${ctx.report.id}/tabel/${extraTableSlug(extra)}.csv`,
        profile: 'tabular-data-resource',
        title: extra.title,
        description: bilingual(table.description),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: DIALECT,
        schema: tableSchema(table, false),
        sources: [documentSource(ctx)],
      });
    }
  }
  return {
    profile: 'tabular-data-package',
    name: 'kinerja-terbuka',
    title: 'Kinerja Terbuka — data laporan kinerja perangkat daerah / local-government performance report data',
    description: DESCRIPTION,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ['SAKIP', 'LKjIP', 'Renja', 'kinerja', 'anggaran', 'performance', 'budget', 'Indonesia'],
    licenses: [DATA_LICENSE],
    sources: reports.map(documentSource),
    resources,
  };
}
