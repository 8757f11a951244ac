/**
 * `npm run validate [-- <folder>]` — check content without building the site.
 * Prints a summary and every error (bilingual, located), exits 1 when there is any error.
 * With a folder argument (e.g. content/laporan/<instansi>/<laporan>) only those reports are checked; shared files
 * (regions, agencies, scales) are always checked because reports depend on them.
 * KINERJA_CONTENT=<dir> checks another content folder (tests point it at fixture sites).
 */
import { dirname, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatError, loadContent } from '../src/lib/data/index.ts';
import { formatWarning, linkWarnings } from '../src/lib/nomenklatur/peringatan.ts';

export interface ValidateRun {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
}

/** The whole command, without touching the process: tests run it in-process on every corpus case. */
export function validateCommand(
  args: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
): ValidateRun {
  const repoRoot = resolve(import.meta.dirname, '..');
  const arg = args.find((a) => !a.startsWith('-'));
  // KINERJA_CONTENT (relative to the working directory) checks another content folder, as the build does.
  const contentRoot = env.KINERJA_CONTENT ? resolve(cwd, env.KINERJA_CONTENT) : resolve(repoRoot, 'content');
  const started = performance.now();
  const only = arg ? relative(dirname(contentRoot), resolve(cwd, arg)) : undefined;
  const { content, errors } = loadContent(contentRoot, only ? { only } : {});
  const ms = Math.round(performance.now() - started);

  const count = (pick: (r: (typeof content.reports)[number]) => number) =>
    content.reports.reduce((sum, r) => sum + pick(r), 0);
  const summary = [
    `Laporan/reports: ${content.reports.length}`,
    `indikator/indicators: ${count((r) => r.indicators.length)}`,
    `nilai/values: ${count((r) => r.values.length)}`,
    `baris anggaran/budget lines: ${count((r) => r.budget.length)}`,
    `kesalahan/errors: ${errors.length}`,
    `(${ms} ms)`,
  ].join(' · ');

  if (errors.length > 0) {
    const stderr = [
      errors.map(formatError).join('\n\n'),
      `\n${summary}`,
      `\n✗ ${errors.length} kesalahan ditemukan; perbaiki lalu jalankan lagi. / ${errors.length} error(s) found; fix them and run again.`,
    ];
    return { exitCode: 1, stdout: '', stderr: `${stderr.join('\n')}\n` };
  }
  // Lines not (surely) linked to a nomenclature code: published all the same, listed for review.
  const warnings = linkWarnings(content);
  const review = warnings.length
    ? `${warnings.map(formatWarning).join('\n')}\n${warnings.length} peringatan kode nomenklatur / nomenclature-code warnings (bukan kesalahan / not errors)\n`
    : '';
  return { exitCode: 0, stdout: `${review}${summary}\n✓ Konten valid. / Content is valid.\n`, stderr: '' };
}

if (import.meta.main) {
  const { exitCode, stdout, stderr } = validateCommand(process.argv.slice(2), process.env, process.cwd());
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
