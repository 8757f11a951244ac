/**
 * Once per `npm run test:e2e`: build the e2e fixture site into a temp dir and serve it on 127.0.0.1:<free port>.
 * Test files read the address and the dist path with `inject('baseURL')` / `inject('distDir')`.
 * KINERJA_E2E_DIST=<built dir> skips the build and serves that directory (for quick local iterations).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, E2E_CONTENT, tail } from './bangun.ts';
import { CHROMIUM } from './peramban.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium tidak ada di ${CHROMIUM}. Pasang Chromium Debian: apt-get install chromium ` +
        `/ Chromium not found at ${CHROMIUM}. Install Debian's chromium: apt-get install chromium`,
    );
  }
  const reuse = process.env.KINERJA_E2E_DIST;
  const tmp = reuse ? undefined : await mkdtemp(join(tmpdir(), 'kinerja-e2e-'));
  const dist = reuse ? resolve(reuse) : join(tmp!, 'dist');
  if (!reuse) {
    const build = await buildSite(E2E_CONTENT, dist);
    if (!build.ok) {
      await rm(tmp!, { recursive: true, force: true });
      throw new Error(`Build situs e2e gagal / e2e site build failed (exit ${build.status}):\n${tail(build.log)}`);
    }
    console.log(`e2e: situs dibangun dalam / site built in ${(build.ms / 1000).toFixed(1)} s → ${dist}`);
  }
  const server = await serveStatic(dist);
  console.log(`e2e: ${server.url}`);
  project.provide('baseURL', server.url);
  project.provide('distDir', dist);
  return async () => {
    await server.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}
