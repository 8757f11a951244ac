/**
 * `unduh/datapackage.json` for the partitioned whole-dataset downloads: one Frictionless tabular resource per
 * partition (`<year>/<province>/<table>.csv`), each pointing at its table's shared Table Schema
 * (`skema/<table>.json`), so the package grows with years and provinces, never with the number of reports.
 * Per-report tables (`laporan/<agency>/<report>/…`) carry the same columns and are described in kamus-data.md.
 */
import {
  DATA_LICENSE,
  DATASET_TABLES,
  DOWNLOAD_ROOT,
  DATAPACKAGE_PATH,
  tableSchema,
  type DatasetTables,
} from '../ekspor/index.ts';
import { parquetPathOf, provinceSlug, schemaPath, type Partition } from './partisi.ts';

const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

const DESCRIPTION = [
  'Data laporan kinerja (SAKIP) perangkat daerah seperti tercetak, beserta hasil hitung ulang dan temuan. Setiap tabel dibagi per tahun laporan dan provinsi (<tahun>/<provinsi>/<tabel>.csv, juga .parquet bertipe); semua bagian satu tabel berbagi satu Table Schema (skema/<tabel>.json) dan dapat digabung begitu saja (baris judul sama). Per laporan: laporan/<instansi>/<laporan>/<tabel>.csv. Satu tahun sekaligus: zip/<tahun>.zip. Kamus data: kamus-data.md.',
  'Performance reports (SAKIP) of Indonesian local-government agencies as printed, with recomputed figures and findings. Each table is split by report year and province (<year>/<province>/<table>.csv, also as typed .parquet); all parts of a table share one Table Schema (skema/<table>.json) and can be concatenated as they are (same header row). Per report: laporan/<agency>/<report>/<table>.csv. One year at once: zip/<year>.zip. Data dictionary: kamus-data.md.',
].join('\n\n');

const relativeToPackage = (path: string) => path.slice(DOWNLOAD_ROOT.length + 1);

export function partitionedPackage(
  empty: DatasetTables,
  partitions: readonly Partition[],
  options: { homepage?: string } = {},
): { path: string; body: string }[] {
  const used = DATASET_TABLES.filter((name) => partitions.some((p) => p.table === name));
  const files = used.map((name) => ({
    path: schemaPath(name),
    // Partitions of one table cannot reference the `laporan` table's partitions: no foreign keys here.
    body: `${JSON.stringify(tableSchema(empty[name], false), null, 2)}\n`,
  }));
  const resources = partitions.flatMap((p) => {
    const table = empty[p.table as keyof DatasetTables];
    const title = `${table.title.id} / ${table.title.en} — ${p.year}, ${p.province}`;
    const csv = {
      name: `${p.table}-${p.year}-${provinceSlug(p.province)}`,
      path: relativeToPackage(p.path),
      profile: 'tabular-data-resource',
      title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: DIALECT,
      schema: relativeToPackage(schemaPath(p.table)),
    };
    // The same rows typed (src/lib/bangun/parquet.ts). Not a tabular-data-resource: that profile is for CSV.
    const parquet = {
      name: `${csv.name}-parquet`,
      path: relativeToPackage(parquetPathOf(p.path)),
      profile: 'data-resource',
      title: `${title} (Parquet)`,
      format: 'parquet',
      mediatype: 'application/vnd.apache.parquet',
      schema: csv.schema,
    };
    return [csv, parquet];
  });
  const pkg = {
    profile: 'tabular-data-package',
    name: 'kinerja-terbuka',
    title: 'Kinerja Terbuka — data laporan kinerja perangkat daerah / local-government performance report data',
    description: DESCRIPTION,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ['SAKIP', 'LKjIP', 'Renja', 'kinerja', 'anggaran', 'performance', 'budget', 'Indonesia'],
    licenses: [DATA_LICENSE],
    resources,
  };
  files.push({ path: DATAPACKAGE_PATH, body: `${JSON.stringify(pkg, null, 2)}\n` });
  return files;
}
