/**
 * Building the site for the browser tests: `scripts/build.ts` (the real `npm run build`) with KINERJA_CONTENT and
 * KINERJA_DIST. Builds of this suite share the repository's `.astro/` cache, so they take a lock and run one at a
 * time even when test files run in parallel.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const E2E_CONTENT = join(REPO, 'test/fixtures/e2e/content');

export interface BuildResult {
  ok: boolean;
  status: number | null;
  /** stdout and stderr, interleaved. */
  log: string;
  ms: number;
}

const LOCK = join(tmpdir(), 'kinerja-terbuka-e2e-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const owner = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => ''));
      if (owner > 0 && !alive(owner)) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    await writeFile(join(LOCK, 'pid'), String(process.pid));
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/**
 * Run `scripts/build.ts` on `content` into `dist` (with `args`, e.g. `--shard 1/2`); resolves with the outcome
 * (never rejects on a failed build).
 */
export function buildSite(
  content: string,
  dist: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return withLock(
    () =>
      new Promise<BuildResult>((done, fail) => {
        const started = Date.now();
        const child = spawn(process.execPath, [join(REPO, 'scripts/build.ts'), ...args], {
          cwd: REPO,
          env: {
            ...process.env,
            KINERJA_CONTENT: content,
            KINERJA_DIST: dist,
            TZ: 'UTC',
            ASTRO_TELEMETRY_DISABLED: '1',
            NO_COLOR: '1',
            FORCE_COLOR: '0',
            ...env,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let log = '';
        child.stdout.on('data', (b: Buffer) => (log += b.toString()));
        child.stderr.on('data', (b: Buffer) => (log += b.toString()));
        child.on('error', fail);
        child.on('close', (status) => done({ ok: status === 0, status, log, ms: Date.now() - started }));
      }),
  );
}

/** The last lines of a build log, for failure messages. */
export function tail(log: string, lines = 60): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}
