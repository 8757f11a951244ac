/** Links from pages to a report's downloads (the files are written by src/lib/ekspor). */
import {
  buildTables,
  CONTENT_FILE_OF,
  DATASET_TABLES,
  extraTableSlug,
  publishesReportTable,
  reportTablePath,
  type DatasetTableName,
  type DatasetTables,
  type Variant,
} from '../ekspor/index.ts';
import { REPORT_VARIANTS } from '../bangun/partisi.ts';
import type { Report } from '../model.ts';
import type { PortalReport } from '../portal.ts';
import type { ReportPart } from './bagian.ts';

/** The per-report tables every report page offers. */
export const REPORT_DOWNLOADS = ['nilai', 'anggaran', 'temuan'] as const;
export type ReportDownload = (typeof REPORT_DOWNLOADS)[number];

export function reportDownloadPath(
  report: Pick<Report, 'id'>,
  table: ReportDownload,
  variant: (typeof REPORT_VARIANTS)[number] = 'csv',
): string {
  return `/${reportTablePath(report.id, table, variant)}`;
}

/** Rows of each whole-dataset table for one report, from the model (the tables mirror the content files). */
export function tableRowCounts(
  entry: Pick<PortalReport, 'report' | 'scored'>,
): Partial<Record<DatasetTableName, number>> {
  const { report, scored } = entry;
  const counts: Partial<Record<DatasetTableName, number>> = {
    laporan: 1,
    temuan: scored.findings.length,
    'tabel-tambahan': report.extraTables.reduce((n, t) => n + t.rows.length * t.header.length, 0),
  };
  for (const [name, file] of Object.entries(CONTENT_FILE_OF) as [DatasetTableName, string][]) {
    counts[name] = report.rowCounts[file] ?? 0;
  }
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

export interface ReportFile {
  /** A whole-dataset table (`nilai`) or an extra table as printed (`tabel/<slug>`). */
  table: DatasetTableName | `tabel/${string}`;
  variant: (typeof REPORT_VARIANTS)[number];
  /** Site path with a leading slash. */
  path: string;
}

/**
 * Every download file a report publishes under `unduh/laporan/<id>/`, from the model alone (no tables built): the
 * same rule the stage writes them by (`publishesReportTable`, its row counts, the extra tables), so metadata can
 * list them on any page.
 */
export function reportDownloadFiles(entry: Pick<PortalReport, 'report' | 'scored'>): ReportFile[] {
  const counts = tableRowCounts(entry);
  const tables: ReportFile['table'][] = [
    ...DATASET_TABLES.filter((name) => publishesReportTable(name, counts[name] ?? 0)),
    ...entry.report.extraTables.map((extra) => `tabel/${extraTableSlug(extra)}` as const),
  ];
  return tables.flatMap((table) =>
    REPORT_VARIANTS.map((variant) => ({
      table,
      variant,
      path: `/${reportTablePath(entry.report.id, table, variant)}`,
    })),
  );
}

/** IANA media type of each variant (the Excel-ID variant is CSV too, with semicolons and decimal commas). */
export const VARIANT_MEDIA_TYPE: Record<Variant, string> = {
  csv: 'text/csv',
  excel: 'text/csv',
  json: 'application/json',
};

/** One table's files of one report, as a page lists them: the CSV first, then the Excel-ID variant. */
export interface ReportTableFiles {
  /** Path inside the report's folder without extension: `nilai`, `tabel/pegawai`. */
  table: string;
  files: { path: string; bytes?: number }[];
}

/**
 * A report's downloads grouped by table, in the order given (`only` keeps those tables; default all). `files` is
 * what the build published, with sizes; without a build (`astro dev`) the tables every report has, unsized.
 */
export function reportTableFiles(
  reportId: string,
  files: readonly { path: string; bytes: number }[] | undefined,
  only?: (table: string) => boolean,
): ReportTableFiles[] {
  const folder = `unduh/laporan/${reportId}/`;
  const list =
    files ??
    REPORT_DOWNLOADS.flatMap((table) =>
      REPORT_VARIANTS.map((variant) => ({ path: reportTablePath(reportId, table, variant) })),
    );
  const groups = new Map<string, ReportTableFiles>();
  for (const file of list) {
    if (!file.path.startsWith(folder)) continue;
    const table = file.path.slice(folder.length).replace(/(-excel)?\.csv$/, '');
    if (only && !only(table)) continue;
    const group = groups.get(table) ?? { table, files: [] };
    group.files.push({ ...file, path: `/${file.path}` });
    groups.set(table, group);
  }
  for (const group of groups.values()) {
    group.files.sort((a, b) => Number(a.path.endsWith('-excel.csv')) - Number(b.path.endsWith('-excel.csv')));
  }
  return [...groups.values()];
}

/** The per-report tables a report part's page shows (`/instansi/<agency>/<report>/<part>/`). */
export const PART_TABLES: Record<ReportPart, (table: string) => boolean> = {
  indikator: (t) => t === 'nilai' || t === 'indikator' || t === 'pohon-kinerja',
  anggaran: (t) => t === 'anggaran',
  efisiensi: (t) => t === 'efisiensi',
  pembanding: (t) => t === 'pembanding',
  temuan: (t) => t === 'temuan',
  analisis: (t) => t === 'narasi',
  rencana: (t) => t === 'rencana',
  lampiran: (t) => t.startsWith('tabel/'),
};

const TITLES = buildTables({ regions: [], agencies: [], scales: [], reports: [] });

/** What a page calls one of a report's download tables: the table's title, or the extra table's printed title. */
export function downloadLabel(table: string, report: Pick<Report, 'extraTables'>, lang: 'id' | 'en'): string {
  if (table.startsWith('tabel/')) {
    const slug = table.slice('tabel/'.length);
    return report.extraTables.find((t) => extraTableSlug(t) === slug)?.title ?? slug;
  }
  const known = TITLES[table as DatasetTableName] as DatasetTables[DatasetTableName] | undefined;
  if (!known) throw new Error(`downloadLabel: unknown table ${table}`);
  return known.title[lang];
}
