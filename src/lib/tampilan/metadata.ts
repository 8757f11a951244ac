/**
 * schema.org JSON-LD for search engines and dataset search (Google Dataset Search reads `Dataset` and
 * `DataCatalog`): one `Dataset` per report page, whose `distribution` is every file the report publishes, and the
 * portal's `DataCatalog` on the downloads page. Dates come from the portal's change history (git, see
 * src/lib/riwayat): `datePublished` when the report entered the portal, `dateModified` its last change; without git
 * they are left out rather than invented. Pure: the caller passes the site, the history and the files.
 */
import { DATA_LICENSE, type DatasetTableName } from '../ekspor/index.ts';
import { parquetPathOf, type Partition } from '../bangun/partisi.ts';
import type { Period, Report } from '../model.ts';
import type { ReportHistory } from '../riwayat/index.ts';
import { FORMAT_MEDIA_TYPE, type ReportFile } from './unduhan.ts';

export const PORTAL_NAME = 'Kinerja Terbuka';
/** The downloads page: the catalogue's home, in the default language. */
export const CATALOG_PATH = '/unduh/';

/** Months each period covers: quarterly reports are cumulative from January. */
const PERIOD_MONTHS: Record<Exclude<Period, 'tahunan'>, number> = { tw1: 3, tw2: 6, tw3: 9, tw4: 12 };

/**
 * ISO 8601 time span a report covers: its year (`2024`) or, for a quarterly report, January to the quarter's last
 * month (`2024-01/2024-06`).
 */
export function temporalCoverage(meta: Pick<Report['meta'], 'year' | 'period'>): string {
  if (meta.period === 'tahunan') return String(meta.year);
  const months = PERIOD_MONTHS[meta.period];
  return `${meta.year}-01/${meta.year}-${String(months).padStart(2, '0')}`;
}

function publisher(site: URL) {
  return { '@type': 'Organization', name: PORTAL_NAME, url: site.href };
}

function catalogRef(site: URL) {
  return { '@type': 'DataCatalog', '@id': new URL(CATALOG_PATH, site).href, name: PORTAL_NAME };
}

/** A file's name as a person reads it: `nilai.csv`, `dinas-a-2024-lkjip.xlsx`. */
function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export interface ReportDatasetInput {
  report: Pick<Report, 'id'> & { meta: Pick<Report['meta'], 'title' | 'year' | 'period'> };
  agencyName: string;
  regionName: string;
  description: string;
  /** The page's URL path (`/instansi/<id>/` or `/en/instansi/<id>/`). */
  pagePath: string;
  history: Pick<ReportHistory, 'first' | 'last'> | undefined;
  files: readonly ReportFile[];
}

export function reportDatasetLd(site: URL, input: ReportDatasetInput): Record<string, unknown> {
  const { report, agencyName, history } = input;
  const url = new URL(input.pagePath, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': new URL(`/instansi/${report.id}/`, site).href,
    name: `${report.meta.title} — ${agencyName}`,
    description: input.description,
    url,
    identifier: report.id,
    creator: { '@type': 'GovernmentOrganization', name: agencyName },
    publisher: publisher(site),
    includedInDataCatalog: catalogRef(site),
    temporalCoverage: temporalCoverage(report.meta),
    spatialCoverage: input.regionName,
    ...(history ? { datePublished: history.first.date, dateModified: history.last.date } : {}),
    license: DATA_LICENSE.path,
    isAccessibleForFree: true,
    distribution: input.files.map((file) => ({
      '@type': 'DataDownload',
      name: fileName(file.path),
      encodingFormat: FORMAT_MEDIA_TYPE[file.format],
      contentUrl: new URL(file.path, site).href,
    })),
  };
}

export interface CatalogInput {
  description: string;
  pagePath: string;
  /** Whole-dataset tables: name, title, description and their partitions (one CSV per year and province). */
  tables: readonly { name: DatasetTableName; title: string; description: string; parts: readonly Partition[] }[];
  /** Per-report datasets, referenced by their page (each page carries its own full `Dataset`). */
  reports: readonly { id: string; name: string; description: string; agencyName: string; coverage: string }[];
  /** One zip per report year with that year's partitions (CSV and Parquet). */
  zips: readonly { year: number; path: string }[];
  zipsDescription: string;
  years: readonly number[];
  regions: readonly string[];
  /** Newest change of the portal, when the history knows it. */
  modified: string | undefined;
}

/** ISO span of a set of years: `2023` or `2022/2024`. */
export function yearSpan(years: readonly number[]): string | undefined {
  if (years.length === 0) return undefined;
  // A fold, not Math.min(...years): the catalogue's years come one per report of the corpus.
  const from = years.reduce((a, b) => Math.min(a, b));
  const to = years.reduce((a, b) => Math.max(a, b));
  return from === to ? String(from) : `${from}/${to}`;
}

function spanOf(years: readonly number[]): { temporalCoverage?: string } {
  const span = yearSpan(years);
  return span ? { temporalCoverage: span } : {};
}

export function catalogLd(site: URL, input: CatalogInput): Record<string, unknown> {
  const common = {
    creator: publisher(site),
    publisher: publisher(site),
    license: DATA_LICENSE.path,
    isAccessibleForFree: true,
    ...spanOf(input.years),
    ...(input.modified ? { dateModified: input.modified } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    '@id': new URL(CATALOG_PATH, site).href,
    name: PORTAL_NAME,
    description: input.description,
    url: new URL(input.pagePath, site).href,
    keywords: ['SAKIP', 'LKjIP', 'Renja', 'kinerja', 'anggaran'],
    spatialCoverage: [...input.regions],
    ...common,
    dataset: [
      ...input.tables.map((table) => ({
        '@type': 'Dataset',
        name: `${PORTAL_NAME}: ${table.title}`,
        description: table.description,
        identifier: table.name,
        url: new URL(input.pagePath, site).href,
        ...common,
        ...spanOf(table.parts.map((p) => p.year)),
        distribution: table.parts.flatMap((part) => [
          {
            '@type': 'DataDownload',
            name: `${table.name} ${part.year} ${part.province}`,
            encodingFormat: 'text/csv',
            contentUrl: new URL(`/${part.path}`, site).href,
          },
          {
            '@type': 'DataDownload',
            name: `${table.name} ${part.year} ${part.province} (Parquet)`,
            encodingFormat: 'application/vnd.apache.parquet',
            contentUrl: new URL(`/${parquetPathOf(part.path)}`, site).href,
          },
        ]),
      })),
      ...(input.zips.length
        ? [
            {
              '@type': 'Dataset',
              name: `${PORTAL_NAME}: zip`,
              description: input.zipsDescription,
              identifier: 'zip',
              url: new URL(input.pagePath, site).href,
              ...common,
              distribution: input.zips.map((zip) => ({
                '@type': 'DataDownload',
                name: `${zip.year}.zip`,
                encodingFormat: 'application/zip',
                contentUrl: new URL(`/${zip.path}`, site).href,
              })),
            },
          ]
        : []),
      ...input.reports.map((r) => ({
        '@type': 'Dataset',
        '@id': new URL(`/instansi/${r.id}/`, site).href,
        name: `${r.name} — ${r.agencyName}`,
        description: r.description,
        url: new URL(`/instansi/${r.id}/`, site).href,
        identifier: r.id,
        creator: { '@type': 'GovernmentOrganization', name: r.agencyName },
        temporalCoverage: r.coverage,
        license: DATA_LICENSE.path,
      })),
    ],
  };
}
