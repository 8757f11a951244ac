/**
 * `npm run ringkasan-perubahan -- <base>` — what the working tree's content/ changes compared with the git ref
 * <base> (e.g. `main`, `origin/main`): reports, rows and findings added, changed and removed, and every validation
 * error, as Markdown (the same text the pull-request workflow posts as a comment). `--keluaran <file>` also writes
 * it to a file. Exits 1 when the content has errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { renderMarkdown, summarizeChanges } from './lib/perubahan.ts';

export function changeSummaryCommand(
  args: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
): { exitCode: 0 | 1 | 2; output: string } {
  const base = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--keluaran');
  if (!base)
    return { exitCode: 2, output: 'Pakai / Usage: npm run ringkasan-perubahan -- <base> [--keluaran ringkasan.md]\n' };
  const contentRoot = env.KINERJA_CONTENT
    ? resolve(cwd, env.KINERJA_CONTENT)
    : resolve(import.meta.dirname, '..', 'content');
  const git = (gitArgs: string[], options: { encoding?: 'utf8' } = { encoding: 'utf8' }) =>
    execFileSync('git', gitArgs, {
      cwd: contentRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
      ...options,
    });
  let top: string;
  try {
    top = String(git(['rev-parse', '--show-toplevel'])).trim();
    git(['rev-parse', '--verify', `${base}^{commit}`]);
  } catch {
    return { exitCode: 2, output: `✗ "${base}" bukan commit git yang dikenal / is not a known git commit\n` };
  }
  const inRepo = relative(top, contentRoot).split('\\').join('/');
  const tmp = mkdtempSync(join(tmpdir(), 'kinerja-base-'));
  try {
    // The base's content/ only, as files: no checkout, nothing in the working tree touched.
    const archive = execFileSync('git', ['archive', '--format=tar', base, '--', inRepo], {
      cwd: top,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', tmp], { input: archive });
    const summary = summarizeChanges(join(tmp, inRepo), contentRoot);
    const markdown = renderMarkdown(summary, base);
    const outFile = args[args.indexOf('--keluaran') + 1];
    if (args.includes('--keluaran') && outFile) writeFileSync(resolve(cwd, outFile), markdown);
    return { exitCode: summary.errors.length > 0 ? 1 : 0, output: markdown };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const run = changeSummaryCommand(process.argv.slice(2), process.env, process.cwd());
  process.stdout.write(run.output);
  process.exitCode = run.exitCode;
}
