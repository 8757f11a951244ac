/**
 * The real command lines on the corpus. `validate`: every invalid case runs through the command's own code
 * in-process (`validateCommand`, what `node scripts/validate.ts` runs: exit code and printed output), and the real
 * process is spawned, in parallel, on the valid fixture and on one case per kind of file (process wiring: exit code,
 * stdout/stderr, KINERJA_CONTENT, the folder argument). `build`: `node scripts/build.ts` on the valid fixture and
 * three representative invalid cases: a failed build exits non-zero and leaves no dist/ behind (not even a stale
 * one from an earlier build).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../../scripts/validate.ts';
import { caseContentDir, locationPrefix, manifest, removeGenerated, VALID_CONTENT, type CaseEntry } from './corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const VALIDATE = join(ROOT, 'scripts', 'validate.ts');
const BUILD = join(ROOT, 'scripts', 'build.ts');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a real run: no test-runner variables (NODE_ENV=test would change the Astro build). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', ...extra };
}

function run(script: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `npm run validate` as a civil servant runs it, from the folder holding `content/`. */
function spawnValidate(contentDir: string, args: string[] = []): Promise<Run> {
  return run(VALIDATE, args, dirname(contentDir), { KINERJA_CONTENT: 'content' });
}

/** The same command in-process. */
function validateInProcess(contentDir: string, args: string[] = []): Run {
  const { exitCode, stdout, stderr } = validateCommand(args, { KINERJA_CONTENT: 'content' }, dirname(contentDir));
  return { status: exitCode, stdout, stderr };
}

async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const SUMMARY =
  /^Laporan\/reports: 1 · indikator\/indicators: 5 · nilai\/values: 7 · baris anggaran\/budget lines: 6 · kesalahan\/errors: 0 · \(\d+ ms\)$/m;

/** One error, located: exit 1, nothing on stdout, the error's first line starting with its code and location. */
function expectOneError(entry: CaseEntry, { status, stdout, stderr }: Run): void {
  expect(stdout).toBe('');
  expect(status).toBe(1);
  const header = stderr.split('\n').find((line) => line.startsWith('✗ ['));
  expect(header).toBeDefined();
  expect(header!.startsWith(locationPrefix(entry)), header).toBe(true);
  if (entry.field !== undefined) {
    const at = [`kolom/column ${entry.field} (`, `isian/field ${entry.field}`];
    expect(
      at.some((a) => header!.includes(a)),
      header,
    ).toBe(true);
  }
  expect(stderr).toContain('kesalahan/errors: 1 ·');
  expect(stderr).toContain('✗ 1 kesalahan ditemukan');
}

/** Spawned for real: one case per kind of file, plus the generated > 5 MiB one. */
const SPAWNED = [
  'huge-csv',
  'csv-unbalanced-quote',
  'csv-not-utf8',
  'yaml-syntax-error',
  'yaml-unknown-nested-field',
  'unknown-region',
  'scale-ordinal-one-level',
  'tree-orphan',
  'value-text-in-persen',
  'budget-negative-pagu',
  'narrative-html',
  'extra-table-undeclared',
];

afterAll(removeGenerated);

describe('validate, in-process, on every invalid case', () => {
  it.each(manifest.cases)('$name: exit 1, the error code and its location', (entry: CaseEntry) => {
    expectOneError(entry, validateInProcess(caseContentDir(entry)));
  });

  it('the valid fixture: exit 0 with the summary line', () => {
    const { status, stdout, stderr } = validateInProcess(VALID_CONTENT);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(SUMMARY);
  });
});

describe("validate's path argument", () => {
  const runIn = (arg: string) => validateInProcess(VALID_CONTENT, [arg]);
  const firstLine = (r: Run) => r.stderr.split('\n')[0];

  it.each(['content', 'content/', './content', 'content/laporan', 'content/laporan/dinas-contoh'])(
    '%s checks everything it names: the one report, valid',
    (arg) => {
      const r = runIn(arg);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(SUMMARY);
    },
  );

  it.each(['content/laporan/dinas-contoh/2024-lkjip', 'content/laporan/dinas-contoh/2024-lkjip/nilai.csv'])(
    '%s (a report folder, or a file in it) checks that report',
    (arg) => expect(runIn(arg).stdout).toMatch(SUMMARY),
  );

  it('a shared file checks everything (every report depends on it)', () => {
    expect(runIn('content/instansi/dinas-contoh.yaml').stdout).toMatch(SUMMARY);
  });

  it.each([
    ['content/laporan/dinas-contoh/2024-lkjp', 'argument-not-found'],
    ['content/laporan/dinas-lain', 'argument-not-found'],
    ['/etc', 'argument-outside-content'],
    ['..', 'argument-outside-content'],
  ])('%s is %s, naming the path, and nothing is called valid', (arg, code) => {
    const r = runIn(arg);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(firstLine(r)).toBe(`✗ [${code}] ${arg}`);
    expect(r.stderr).toContain('Nothing was checked');
  });

  it('a file outside any report folder under laporan/ is argument-not-report', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kinerja-arg-'));
    try {
      const content = join(tmp, 'content');
      mkdirSync(join(content, 'laporan'), { recursive: true });
      writeFileSync(join(content, 'laporan', 'catatan.txt'), 'x');
      const r = validateCommand(['content/laporan/catatan.txt'], { KINERJA_CONTENT: 'content' }, tmp);
      expect(r.stderr.split('\n')[0]).toBe('✗ [argument-not-report] content/laporan/catatan.txt');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a broken CSV is found when validating its folder by path (it used to pass as "0 reports")', () => {
    const entry = manifest.cases.find((c) => c.name === 'csv-unbalanced-quote')!;
    const r = validateInProcess(caseContentDir(entry), ['content/laporan/dinas-contoh/2024-lkjip/']);
    expectOneError(entry, r);
  });
});

describe('validate, spawned (node scripts/validate.ts)', () => {
  const spawned = new Map<string, Run>();
  let valid: Run;
  let validFolder: Run;
  let sharedWithFolder: Run;

  beforeAll(async () => {
    const entries = SPAWNED.map((name) => manifest.cases.find((c) => c.name === name)!);
    const region = manifest.cases.find((c) => c.name === 'unknown-region')!;
    const jobs: (() => Promise<Run>)[] = [
      () => spawnValidate(VALID_CONTENT),
      () => spawnValidate(VALID_CONTENT, ['content/laporan/dinas-contoh/2024-lkjip']),
      () => spawnValidate(caseContentDir(region), ['content/laporan/dinas-contoh/2024-lkjip']),
      ...entries.map((entry) => () => spawnValidate(caseContentDir(entry))),
    ];
    const runs = await pool(jobs, Math.max(4, availableParallelism()), (job) => job());
    [valid, validFolder, sharedWithFolder] = runs as [Run, Run, Run];
    entries.forEach((entry, i) => spawned.set(entry.name, runs[i + 3]!));
  }, 60_000);

  it('valid fixture: exit 0 with the summary line', () => {
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(SUMMARY);
    expect(valid.stdout).toContain('✓ Konten valid. / Content is valid.');
  });

  it('valid fixture, one report folder as argument: exit 0', () => {
    expect(validFolder.status).toBe(0);
    expect(validFolder.stdout).toMatch(SUMMARY);
  });

  it('a folder argument still checks the shared files the report depends on', () => {
    const entry = manifest.cases.find((c) => c.name === 'unknown-region')!;
    expectOneError(entry, sharedWithFolder);
  });

  it.each(SPAWNED)('%s: exit 1, the error code and its location', (name) => {
    expectOneError(
      manifest.cases.find((c) => c.name === name)!,
      spawned.get(name)!,
    );
  });

  it('prints what the in-process run prints', () => {
    for (const name of SPAWNED) {
      const entry = manifest.cases.find((c) => c.name === name)!;
      const strip = (text: string) => text.replace(/\(\d+ ms\)/g, '(… ms)');
      expect(strip(spawned.get(name)!.stderr)).toBe(strip(validateInProcess(caseContentDir(entry)).stderr));
    }
  });
});

describe('build: all or nothing', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kinerja-build-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const build = (contentDir: string, dist: string) =>
    run(BUILD, [], ROOT, { KINERJA_CONTENT: contentDir, KINERJA_DIST: dist });

  it('the valid fixture builds: exit 0, dist/index.html', async () => {
    const dist = join(tmp, 'valid', 'dist');
    const { status, stdout, stderr } = await build(VALID_CONTENT, dist);
    expect(status, stderr).toBe(0);
    expect(stdout).toContain('Pagefind:');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    // A whole site build (stage, Astro, Pagefind): ~35 s alone, much longer on a loaded shared machine.
  }, 240_000);

  it('refuses to delete a KINERJA_DIST that is neither empty nor a site it built (and leaves it alone)', async () => {
    const dist = join(tmp, 'rumah');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'penting.txt'), 'jangan dihapus');
    const { status, stderr } = await build(VALID_CONTENT, dist);
    expect(status).not.toBe(0);
    expect(stderr).toContain('was not deleted');
    expect(readFileSync(join(dist, 'penting.txt'), 'utf8')).toBe('jangan dihapus');
  }, 60_000);

  it('a document symlinked to /proc/self/environ: the build stops, nothing of the environment is published', async () => {
    const entry = manifest.cases.find((c) => c.name === 'document-symlink-secret')!;
    const dist = join(tmp, entry.name, 'dist');
    const { status, stdout, stderr } = await build(caseContentDir(entry), dist);
    expect(status).not.toBe(0);
    expect(stdout + stderr).toContain(`[file-symlink] ${entry.file}`);
    expect(stdout + stderr).not.toContain(process.env.PATH ?? 'PATH=');
    expect(existsSync(dist)).toBe(false);
  }, 60_000);

  it.each(['csv-unbalanced-quote', 'yaml-syntax-error', 'indicator-html-script'])(
    '%s: exit non-zero, the error printed, no dist/ left (not even a stale one)',
    async (name) => {
      const entry = manifest.cases.find((c) => c.name === name)!;
      const dist = join(tmp, name, 'dist');
      // A site from an earlier build: a failed build must not leave it to be published.
      mkdirSync(dist, { recursive: true });
      writeFileSync(join(dist, 'index.html'), '<p>lama / stale</p>');
      writeFileSync(join(dist, '.kinerja-terbuka-situs'), '');
      const { status, stdout, stderr } = await build(caseContentDir(entry), dist);
      expect(status).not.toBe(0);
      expect(stdout + stderr).toContain(`[${entry.code}] ${entry.file}`);
      expect(existsSync(dist)).toBe(false);
    },
    60_000,
  );
});
