/**
 * The analyst formats, written after the streaming stage (DuckDB is asynchronous, the stage is not): a Parquet
 * beside every CSV partition this build wrote, then — in a whole build — the per-year zips. A shard writes its
 * partitions' Parquet but makes no zips (it has only its own provinces' files): `npm run gabung` makes them from
 * the merged partitions.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildTables, type DatasetTableName } from '../ekspor/index.ts';
import { writeParquetFiles } from './parquet.ts';
import { parquetPathOf } from './partisi.ts';
import type { StageManifest } from './tahap.ts';
import { yearZip } from './zip.ts';

export async function analystFormats(outDir: string, manifest: StageManifest): Promise<void> {
  const empty = buildTables({ regions: [], agencies: [], scales: [], reports: [] });
  const own = manifest.partitions.filter((p) => existsSync(join(outDir, p.path)));
  await writeParquetFiles(
    own.map((p) => [
      empty[p.table as DatasetTableName].columns,
      join(outDir, p.path),
      join(outDir, parquetPathOf(p.path)),
    ]),
  );
  if (!manifest.shard) {
    for (const zip of manifest.zips) {
      mkdirSync(dirname(join(outDir, zip.path)), { recursive: true });
      writeFileSync(join(outDir, zip.path), yearZip(outDir, zip.year));
    }
  }
}
