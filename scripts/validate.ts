/**
 * `npm run validate [-- <path>]` — check content without building the site.
 * Prints a summary and every error (bilingual, located), exits 1 when there is any error.
 * The path may be `content` (or `content/`: everything), `content/laporan/<instansi>` (that agency's reports), a
 * report folder, or a file in one (its report); a shared file (region, agency, scale, document) checks everything.
 * Shared files are always checked because reports depend on them. A path that does not exist, lies outside the
 * content folder or names no report is an error naming the path: nothing is ever "valid" because nothing was read.
 * KINERJA_CONTENT=<dir> checks another content folder (tests point it at fixture sites).
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { performance } from 'node:perf_hooks';
import { type ContentError, formatError, loadContent } from '../src/lib/data/index.ts';
import { formatWarning, linkWarnings } from '../src/lib/nomenklatur/peringatan.ts';
import { formatContentWarning, indicatorsWithoutValues, uncitedDocuments } from '../src/lib/data/peringatan.ts';

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
  const selected = arg === undefined ? { only: undefined } : selection(arg, resolve(cwd, arg), contentRoot);
  if ('error' in selected) {
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${formatError(selected.error)}\n\n✗ Tidak ada yang diperiksa. / Nothing was checked.\n`,
    };
  }
  const { only } = selected;
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
  const incomplete = contentWarnings(content, contentRoot, only !== undefined);
  const other = incomplete.length
    ? `${incomplete.map(formatContentWarning).join('\n')}\n${incomplete.length} peringatan / warning(s) (bukan kesalahan / not errors)\n`
    : '';
  return { exitCode: 0, stdout: `${review}${other}${summary}\n✓ Konten valid. / Content is valid.\n`, stderr: '' };
}

/**
 * Valid but probably incomplete content: indicators without values, uncited document texts. A partial check loads
 * only its reports, so the documents the other reports cite are read from their laporan.yaml (`dokumen.berkas`).
 */
export function contentWarnings(
  content: Parameters<typeof indicatorsWithoutValues>[0],
  contentRoot: string,
  partial: boolean,
): ReturnType<typeof indicatorsWithoutValues> {
  const documentsDir = join(contentRoot, 'dokumen');
  const documents = existsSync(documentsDir) ? readdirSync(documentsDir) : [];
  return [
    ...indicatorsWithoutValues(content),
    ...uncitedDocuments(content, documents, partial ? citedByAllReports(contentRoot) : []),
  ];
}

function citedByAllReports(contentRoot: string): string[] {
  const cited: string[] = [];
  const reports = join(contentRoot, 'laporan');
  if (!existsSync(reports)) return cited;
  for (const agency of readdirSync(reports, { withFileTypes: true })) {
    if (!agency.isDirectory()) continue;
    for (const folder of readdirSync(join(reports, agency.name), { withFileTypes: true })) {
      const meta = join(reports, agency.name, folder.name, 'laporan.yaml');
      if (!folder.isDirectory() || !existsSync(meta)) continue;
      try {
        const berkas = (parse(readFileSync(meta, 'utf8')) as { dokumen?: { berkas?: unknown } } | null)?.dokumen
          ?.berkas;
        if (typeof berkas === 'string') cited.push(berkas);
      } catch {
        // A report that does not parse is reported when it is itself checked; here it just cites nothing.
      }
    }
  }
  return cited;
}

/** What a path argument selects (relative to the folder holding the content root), or the error naming it. */
export function selection(
  arg: string,
  path: string,
  contentRoot: string,
): { only: string | undefined } | { error: ContentError } {
  const fail = (code: ContentError['code'], message: ContentError['message']): { error: ContentError } => ({
    error: {
      code,
      file: arg,
      expected: {
        id: 'content/, content/laporan/<instansi>/, folder laporan, atau berkas di dalamnya',
        en: 'content/, content/laporan/<agency>/, a report folder, or a file in one',
      },
      found: arg,
      message,
    },
  });
  let isDir: boolean;
  try {
    isDir = lstatSync(path).isDirectory();
  } catch {
    return fail('argument-not-found', {
      id: `Jalur "${arg}" tidak ada. Periksa ejaannya (mis. content/laporan/<instansi>/<tahun>-<jenis>).`,
      en: `The path "${arg}" does not exist. Check its spelling (e.g. content/laporan/<agency>/<year>-<type>).`,
    });
  }
  const rel = relative(contentRoot, path);
  if (rel.startsWith('..') || resolve(contentRoot, rel) !== path) {
    return fail('argument-outside-content', {
      id: `Jalur "${arg}" berada di luar folder konten (${basename(contentRoot)}/); hanya isi folder itu yang diperiksa dan diterbitkan.`,
      en: `The path "${arg}" lies outside the content folder (${basename(contentRoot)}/); only what is in that folder is checked and published.`,
    });
  }
  const parts = rel === '' ? [] : rel.split(sep);
  const contentName = relative(dirname(contentRoot), contentRoot);
  if (parts[0] !== 'laporan' || parts.length === 1) return { only: undefined };
  if (parts.length === 2 && !isDir) {
    return fail('argument-not-report', {
      id: `"${arg}" bukan folder laporan: laporan berada di content/laporan/<instansi>/<tahun>-<jenis>/.`,
      en: `"${arg}" is not a report folder: reports live in content/laporan/<agency>/<year>-<type>/.`,
    });
  }
  // A file inside a report selects its report.
  return { only: [contentName, ...parts.slice(0, 3)].join('/') };
}

if (import.meta.main) {
  const { exitCode, stdout, stderr } = validateCommand(process.argv.slice(2), process.env, process.cwd());
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
