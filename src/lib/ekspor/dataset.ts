/**
 * The whole-dataset tables, built once from the content (and the recomputed columns when given), in a fixed
 * order. Partitions (per report, per indicator, per programme) are row subsets of these tables.
 */
import type { Content } from '../model.ts';
import type { ReportScores, ScoredColumns } from './hitung.ts';
import type { ReportContext } from './kolom.ts';
import { budgetTable, efficiencyTable, planTable, summaryTable } from './tabel-anggaran.ts';
import { extraLongTable, findingTable, narrativeTable, reportTable, treeTable } from './tabel-laporan.ts';
import { benchmarkTable, indicatorTable, valueTable } from './tabel-nilai.ts';
import type { Table } from './tabel.ts';

/** Names of the whole-dataset tables, in publication order. */
export const DATASET_TABLES = [
  'laporan',
  'pohon-kinerja',
  'indikator',
  'nilai',
  'pembanding',
  'anggaran',
  'rencana',
  'efisiensi',
  'ringkasan',
  'narasi',
  'tabel-tambahan',
  'temuan',
] as const;

export type DatasetTableName = (typeof DATASET_TABLES)[number];

/** The content file each table mirrors row for row (`laporan` and `temuan` mirror none). */
export const CONTENT_FILE_OF: Partial<Record<DatasetTableName, string>> = {
  'pohon-kinerja': 'pohon-kinerja.csv',
  indikator: 'indikator.csv',
  nilai: 'nilai.csv',
  pembanding: 'pembanding.csv',
  anggaran: 'anggaran.csv',
  rencana: 'rencana.csv',
  efisiensi: 'efisiensi.csv',
  ringkasan: 'ringkasan.csv',
  narasi: 'narasi.csv',
};

export type DatasetTables = Record<DatasetTableName, Table>;

/** Reports sorted by id, with agency and region resolved. */
export function reportContexts(content: Content): ReportContext[] {
  const agencies = new Map(content.agencies.map((a) => [a.slug, a]));
  const regions = new Map(content.regions.map((r) => [r.slug, r]));
  return [...content.reports]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((report) => {
      const agency = agencies.get(report.meta.agency);
      const region = agency ? regions.get(agency.region) : undefined;
      return { report, ...(agency ? { agency } : {}), ...(region ? { region } : {}) };
    });
}

/**
 * Every whole-dataset table. Without `scored`, the recomputed columns are empty and `temuan` has no rows.
 * `indicatorNames`: every indicator name of the corpus when `content` holds only some reports (one report at a time
 * in the streaming build), so indicator keys are the corpus-wide ones.
 */
export function buildTables(
  content: Content,
  scored?: ScoredColumns,
  options: { indicatorNames?: readonly string[] } = {},
): DatasetTables {
  const names = options.indicatorNames;
  const reports = reportContexts(content);
  const scores = (id: string): ReportScores | undefined => scored?.get(id);
  return {
    laporan: reportTable(reports, scores),
    'pohon-kinerja': treeTable(reports),
    indikator: indicatorTable(reports, names),
    nilai: valueTable(reports, scores, names),
    pembanding: benchmarkTable(reports, names),
    anggaran: budgetTable(reports, scores),
    rencana: planTable(reports),
    efisiensi: efficiencyTable(reports, scores),
    ringkasan: summaryTable(reports, scores),
    narasi: narrativeTable(reports),
    'tabel-tambahan': extraLongTable(reports),
    temuan: findingTable(reports, scores),
  };
}
