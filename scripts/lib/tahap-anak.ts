/**
 * The build's first step in its own process: `scripts/build.ts` runs this file as a child so the stage's memory
 * (every report read and scored, the workbooks, DuckDB writing Parquet) is returned to the system before Astro and
 * Pagefind start. In one process the build's peak was the stage's leftover heap plus Pagefind's; now it is the
 * largest single step.
 *
 * Input: the stage options as JSON in argv[2]. Output: located errors on stderr, and `hasil` (argv[3]) — a JSON
 * file with the error count and the stage's counts, or the message of a failure in the analyst formats.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatError } from '../../src/lib/data/index.ts';
import { runStage, type StageOptions } from '../../src/lib/bangun/tahap.ts';
import { analystFormats } from '../../src/lib/bangun/analis.ts';

export interface StageOutcome {
  errors: number;
  stats?: { reports: number; scored: number; cached: number; written: number };
  failure?: string;
}

const [optionsJson, resultPath] = process.argv.slice(2);
if (!optionsJson || !resultPath) throw new Error('usage: tahap-anak.ts <options json> <result file>');
const options = JSON.parse(optionsJson) as StageOptions;
const write = (outcome: StageOutcome) => {
  mkdirSync(dirname(resultPath), { recursive: true });
  writeFileSync(resultPath, JSON.stringify(outcome));
};

const stage = await runStage(options);
if (stage.errors.length > 0) {
  console.error(stage.errors.map(formatError).join('\n\n'));
  write({ errors: stage.errors.length });
} else {
  try {
    await analystFormats(options.outDir, stage.manifest);
    write({ errors: 0, stats: stage.stats });
  } catch (error) {
    write({ errors: 0, failure: error instanceof Error ? error.message : String(error) });
  }
}
