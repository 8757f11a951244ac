/**
 * What the downloads page lists: the whole-dataset partitions per table, from the streaming stage's manifest
 * (KINERJA_BANGUN), or — without a stage (`astro dev`) — counted from the loaded portal the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTables, DATASET_TABLES, scoredColumnsFromEngine, type DatasetTableName } from '../ekspor/index.ts';
import type { Portal } from '../portal.ts';
import { partitionPath, zipPath, type Partition } from './partisi.ts';
import type { FileSize, StageManifest } from './tahap.ts';

export interface TableDownloads {
  name: DatasetTableName;
  rows: number;
  parts: Partition[];
}

function partitionsFromPortal(portal: Portal): Partition[] {
  const parts = new Map<string, Partition>();
  const names = portal.reports.flatMap((e) => e.report.indicators.map((i) => i.nama));
  for (const resident of portal.reports) {
    // Rows are counted from everything the report prints; the resident entry leaves some out.
    const entry = portal.whole(resident);
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

const manifests = new Map<string, StageManifest | undefined>();

/** The stage's manifest (read once per build), or undefined without a stage (`astro dev`). */
function stageManifest(stageDir: string | undefined): StageManifest | undefined {
  if (!stageDir) return undefined;
  if (!manifests.has(stageDir)) {
    const file = join(stageDir, 'manifest.json');
    manifests.set(stageDir, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StageManifest) : undefined);
  }
  return manifests.get(stageDir);
}

/** The per-year zips the downloads page links. */
export function yearZips(portal: Portal, stageDir = process.env.KINERJA_BANGUN): StageManifest['zips'] {
  const manifest = stageManifest(stageDir);
  if (manifest) return manifest.zips;
  const years = [...new Set(portal.reports.map((e) => e.report.meta.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, path: zipPath(year) }));
}

const filesByReport = new WeakMap<StageManifest, Map<string, FileSize[] | undefined>>();

/** One report's published per-report downloads with their sizes (undefined without a stage). */
export function reportFiles(reportId: string, stageDir = process.env.KINERJA_BANGUN): FileSize[] | undefined {
  const manifest = stageManifest(stageDir);
  if (!manifest) return undefined;
  // Indexed once: every report page and part page asks, and a scan per page is quadratic in the corpus.
  let index = filesByReport.get(manifest);
  if (!index) {
    index = new Map();
    for (const r of manifest.reports) if (!index.has(r.id)) index.set(r.id, r.files);
    filesByReport.set(manifest, index);
  }
  return index.get(reportId);
}

export function tableDownloads(portal: Portal, stageDir = process.env.KINERJA_BANGUN): TableDownloads[] {
  const partitions = stageManifest(stageDir)?.partitions ?? partitionsFromPortal(portal);
  return DATASET_TABLES.map((name) => {
    const parts = partitions
      .filter((p) => p.table === name)
      .sort((a, b) => b.year - a.year || (a.province < b.province ? -1 : a.province > b.province ? 1 : 0));
    return { name, rows: parts.reduce((n, p) => n + p.rows, 0), parts };
  });
}
