/**
 * The analyst formats, written after the streaming stage (DuckDB is asynchronous, the stage is not): a Parquet
 * beside every CSV partition this build wrote, then — in a whole build — the per-year zips, and the sizes of
 * every partition file and zip in the manifest for the downloads page. A shard writes its partitions' Parquet but
 * records no sizes and makes no zips: it sees only its own provinces' files, and the one-off pages every shard
 * renders must be identical; `npm run gabung` makes the zips from the merged partitions.
 */
import { existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildTables, type DatasetTableName } from '../ekspor/index.ts';
import { writeParquetFiles } from './parquet.ts';
import { parquetPathOf } from './partisi.ts';
import { writeManifest, type StageManifest } from './tahap.ts';
import { yearZip } from './zip.ts';

export async function analystFormats(outDir: string, runDir: string, manifest: StageManifest): Promise<void> {
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
    for (const p of manifest.partitions) {
      p.bytes = {
        csv: statSync(join(outDir, p.path)).size,
        parquet: statSync(join(outDir, parquetPathOf(p.path))).size,
      };
    }
    for (const zip of manifest.zips) {
      const body = yearZip(outDir, zip.year);
      mkdirSync(dirname(join(outDir, zip.path)), { recursive: true });
      writeFileSync(join(outDir, zip.path), body);
      zip.bytes = body.length;
    }
  }
  writeManifest(runDir, manifest);
}
