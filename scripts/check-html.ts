/**
 * `npm run check:html` — every built page through the Nu HTML Checker (the W3C validator, `vnu-jar` from npm, run
 * with the system Java): fail on any error, print them grouped by message with an example file and line.
 * Warnings (`info`) are not failures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { batches, formatSummary, htmlFiles, parseVnuJson, summarise, type VnuMessage } from './lib/periksa-html.ts';

const dist = resolve(import.meta.dirname, '..', process.env.KINERJA_DIST ?? 'dist');
if (!existsSync(dist)) {
  console.error(`✗ ${dist} tidak ada / does not exist: jalankan / run npm run build`);
  process.exit(1);
}
// The package's main export is the jar's path.
const jar = String(createRequire(import.meta.url)('vnu-jar'));
const files = htmlFiles(dist);
const messages: VnuMessage[] = [];
for (const batch of batches(files)) {
  // -Xss8m: the checker recurses deeply on long pages and overflows Java's default stack.
  const run = spawnSync('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', ...batch], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.error) {
    console.error(`✗ java tidak dapat dijalankan / could not run java: ${run.error.message}`);
    process.exit(1);
  }
  // vnu exits 1 when it found errors and writes its report to stderr; anything else unparseable is a failure.
  try {
    messages.push(...parseVnuJson(run.stderr));
  } catch (error) {
    console.error(`✗ vnu (exit ${run.status}): ${error instanceof Error ? error.message : String(error)}`);
    console.error(run.stderr.slice(0, 2000));
    process.exit(1);
  }
}
const summary = summarise(messages, dist);
const report = formatSummary(summary, files.length);
if (summary.errors > 0) console.error(report);
else console.log(report);
process.exit(summary.errors > 0 ? 1 : 0);
