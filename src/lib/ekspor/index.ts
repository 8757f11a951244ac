/**
 * Downloads: CSV, JSON, Excel workbooks per report, a Frictionless data package and the data dictionary, built from the
 * content and the scoring engine's results. Pure: no Astro, no file system, no clock.
 *
 *   const files = datasetFiles(content, scoredColumnsFromEngine(portal.reports));
 *
 * See README.md in this folder for the design and docs/kamus-data.md for every column.
 */
export {
  datasetFiles,
  datasetPath,
  reportTablePath,
  indicatorPath,
  indicatorBenchmarkPath,
  programmePath,
  programmePlanPath,
  variantPath,
  CONTENT_TYPE,
  DATAPACKAGE_PATH,
  DOWNLOAD_ROOT,
  KAMUS_PATH,
  VARIANTS,
  downloadTables,
  publishesReportTable,
  reportDownloadTables,
  reportWorkbook,
  reportWorkbookPath,
  XLSX_CONTENT_TYPE,
  tableFiles,
  type DatasetFilesOptions,
  type DownloadTable,
  type DownloadFile,
  type Variant,
} from './berkas.ts';
export {
  buildTables,
  reportContexts,
  CONTENT_FILE_OF,
  DATASET_TABLES,
  type DatasetTableName,
  type DatasetTables,
} from './dataset.ts';
export {
  dataPackage,
  tableSchema,
  DATA_LICENSE,
  type DataPackage,
  type DataPackageOptions,
  type DataResource,
  type TableSchema,
} from './datapackage.ts';
export { DUCKDB_RECIPE, kamusData } from './kamus.ts';
export { neutralise, restoreNeutralised } from './netral.ts';
export { toCsv, toJson, CSV_NEWLINE } from './tulis.ts';
export {
  toXlsx,
  sheetName,
  workbookValue,
  README_HEADER,
  README_SHEET,
  WORKBOOK_DATE,
  type WorkbookSheet,
} from './buku.ts';
export {
  col,
  columnNames,
  filterRows,
  type Bilingual,
  type Cell,
  type Column,
  type ColumnType,
  type Row,
  type Table,
} from './tabel.ts';
export {
  CAPAIAN_STATUSES,
  type BudgetScore,
  type CapaianStatus,
  type EfficiencyScore,
  type FindingInput,
  type ReportScores,
  type ScoredColumns,
  type SummaryScore,
  type ValueScore,
} from './hitung.ts';
export {
  reportScoresFromEngine,
  roundRecomputed,
  scoredColumnsFromEngine,
  RECOMPUTED_DECIMALS,
} from './adaptor-skor.ts';
export { indicatorSlugs, indicatorTable, valueTable, benchmarkTable } from './tabel-nilai.ts';
export { programmeSlug, budgetTable, planTable, efficiencyTable, summaryTable } from './tabel-anggaran.ts';
export {
  extraTable,
  extraLongTable,
  extraLongRowCount,
  extraTableShape,
  extraTableSlug,
  findingTable,
  narrativeTable,
  reportTable,
  treeTable,
} from './tabel-laporan.ts';
export { figureKind, figureValue, FIGURE_KINDS, type ReportContext } from './kolom.ts';
