/**
 * What the downloads page lists: the whole-dataset partitions per table, from the streaming stage's manifest
 * (KINERJA_BANGUN), or — without a stage (`astro dev`) — counted from the loaded portal the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTables, DATASET_TABLES, scoredColumnsFromEngine, type DatasetTableName } from '../ekspor/index.ts';
import type { Portal } from '../portal.ts';
import { partitionPath, type Partition } from './partisi.ts';

export interface TableDownloads {
  name: DatasetTableName;
  rows: number;
  parts: Partition[];
}

function partitionsFromPortal(portal: Portal): Partition[] {
  const parts = new Map<string, Partition>();
  const names = portal.reports.flatMap((e) => e.report.indicators.map((i) => i.nama));
  for (const entry of portal.reports) {
    const one = { ...portal.content, reports: [entry.report] };
    const tables = buildTables(one, scoredColumnsFromEngine([entry]), { indicatorNames: names });
    for (const name of DATASET_TABLES) {
      const rows = tables[name].rows.length;
      if (rows === 0) continue;
      const { year } = entry.report.meta;
      const province = entry.region.provinsi;
      const path = partitionPath(name, year, province);
      const part = parts.get(path) ?? { table: name, year, province, path, rows: 0 };
      part.rows += rows;
      parts.set(path, part);
    }
  }
  return [...parts.values()];
}

export function tableDownloads(portal: Portal, stageDir = process.env.KINERJA_BANGUN): TableDownloads[] {
  const manifest = stageDir ? join(stageDir, 'manifest.json') : undefined;
  const partitions =
    manifest && existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')) as { partitions: Partition[] }).partitions
      : partitionsFromPortal(portal);
  return DATASET_TABLES.map((name) => {
    const parts = partitions
      .filter((p) => p.table === name)
      .sort((a, b) => b.year - a.year || (a.province < b.province ? -1 : a.province > b.province ? 1 : 0));
    return { name, rows: parts.reduce((n, p) => n + p.rows, 0), parts };
  });
}
