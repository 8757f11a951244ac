/**
 * The output budget per report, measured on what the build published. The readers cap a report's tables
 * (`LIMITS.reportBytes`); this checks the other half of that budget: that the site writes for one report at most
 * `LIMITS.reportOutputFactor` times its tables' bytes, plus a fixed page frame. One report's output is every file
 * under the folders named after it: its pages in both languages, its downloads, chart data and embed pages.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../data/batas.ts';
import { ContentFiles } from '../data/aman.ts';
import type { ContentError } from '../data/galat.ts';
import { extraTableEntries, reportTableBytes } from '../data/muat.ts';

/** The page frame every report has whatever its size (header, navigation, summary, part pages, both languages). */
export const OUTPUT_FRAME_BYTES = 1024 * 1024;

/** Folders of dist/ holding one report's output, relative to dist/, for report id `<agency>/<report>`. */
export function reportOutputFolders(id: string): string[] {
  return [
    `instansi/${id}`,
    `en/instansi/${id}`,
    `unduh/laporan/${id}`,
    `unduh/grafik/laporan/${id}`,
    `sematkan/laporan/${id}`,
    `en/sematkan/laporan/${id}`,
  ];
}

export interface ReportOutput {
  /** `<agency>/<report>` */
  id: string;
  /** The report folder as shown to people (`content/laporan/<agency>/<report>`). */
  folder: string;
  tableBytes: number;
  outputBytes: number;
}

export function outputBudget(tableBytes: number): number {
  return OUTPUT_FRAME_BYTES + LIMITS.reportOutputFactor.value * tableBytes;
}

/** Bytes of the regular files under `dir` (0 when it does not exist); links are not followed. */
function folderBytes(dir: string): number {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  return entries.filter((e) => e.isFile()).reduce((sum, e) => sum + lstatSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * Each report of the content folder whose pages are in `dist` (a shard holds only its own), with its table bytes
 * and the bytes published for it. The content was validated by the build's stage before this runs.
 */
export function measureOutputs(dist: string, contentRoot: string): ReportOutput[] {
  const errors: ContentError[] = [];
  const fs = new ContentFiles(contentRoot, errors);
  const laporan = join(contentRoot, 'laporan');
  const outputs: ReportOutput[] = [];
  for (const agency of fs.list(laporan) ?? []) {
    if (agency.kind !== 'dir') continue;
    for (const report of fs.list(agency.path) ?? []) {
      if (report.kind !== 'dir') continue;
      const id = `${agency.name}/${report.name}`;
      const outputBytes = reportOutputFolders(id).reduce((sum, folder) => sum + folderBytes(join(dist, folder)), 0);
      if (outputBytes === 0) continue;
      outputs.push({
        id,
        folder: fs.display(report.path),
        tableBytes: reportTableBytes(fs, fs.list(report.path) ?? [], extraTableEntries(fs, report.path)),
        outputBytes,
      });
    }
  }
  return outputs;
}

/** One located, bilingual error per report published above its budget. */
export function overBudget(outputs: readonly ReportOutput[]): ContentError[] {
  const factor = LIMITS.reportOutputFactor;
  return outputs
    .filter((o) => o.outputBytes > outputBudget(o.tableBytes))
    .map((o) => {
      const budget = outputBudget(o.tableBytes);
      const times = ((o.outputBytes - OUTPUT_FRAME_BYTES) / Math.max(o.tableBytes, 1)).toFixed(1);
      return {
        code: 'report-output-over-budget' as const,
        file: o.folder,
        expected: {
          id: `paling banyak ${budget} bita terbit (1 MiB + ${factor.value} × ${o.tableBytes} bita tabel)`,
          en: `at most ${budget} bytes published (1 MiB + ${factor.value} × ${o.tableBytes} table bytes)`,
        },
        found: `${o.outputBytes}`,
        message: {
          id: `Situs menulis ${o.outputBytes} bita untuk laporan ini, ${times} kali tabelnya di atas bingkai halaman; anggaran keluarannya ${factor.value} kali (${factor.reason.id}).`,
          en: `The site writes ${o.outputBytes} bytes for this report, ${times} times its tables above the page frame; its output budget is ${factor.value} times (${factor.reason.en}).`,
        },
      };
    });
}
