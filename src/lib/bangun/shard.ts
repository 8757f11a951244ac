/**
 * Sharded builds (`npm run build -- --shard i/n`): shard i of n publishes the pages and files of its provinces
 * (report pages, agency and region pages, compare groups, programme and indicator pages of one province, documents,
 * per-report downloads, whole-dataset partitions), and a share of the cross-report pages (programme, indicator) by
 * key; shard 1 also publishes the one-off pages (home, lists, compare, findings, downloads, search). Every shard
 * reads the same bundles, so cross-report pages are computed over the whole corpus and the merged site equals the
 * single-machine build.
 *
 * Provinces are assigned by report count, largest first, each to the shard with the fewest reports so far
 * (ties: lower shard), so every shard knows every other shard's share without talking to it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard harus i/n dengan 1 ≤ i ≤ n / --shard must be i/n with 1 ≤ i ≤ n (found ${text})`);
  }
  return { index, count };
}

/** Province → shard (1-based), balanced by report count. */
export function assignProvinces(reportsPerProvince: ReadonlyMap<string, number>, count: number): Map<string, number> {
  const load = Array.from({ length: count }, () => 0);
  const out = new Map<string, number>();
  const order = [...reportsPerProvince.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  for (const [province, n] of order) {
    let best = 0;
    for (let i = 1; i < count; i++) if (load[i]! < load[best]!) best = i;
    load[best]! += n;
    out.set(province, best + 1);
  }
  return out;
}

/** The shard (1-based) of a cross-report page, from its key. */
export function shardOfKey(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

export const SHARD_ENV = 'KINERJA_SHARD';

export function shardEnv(shard: Shard): Record<string, string> {
  return { [SHARD_ENV]: `${shard.index}/${shard.count}` };
}

/** The shard this process builds, from KINERJA_SHARD; undefined = the whole site. */
export function currentShard(env: Record<string, string | undefined> = process.env): Shard | undefined {
  const text = env[SHARD_ENV];
  return text ? parseShard(text) : undefined;
}

/** What this build publishes: everything, or one shard's provinces and keys (from the stage's manifest). */
export interface Ownership {
  sharded: boolean;
  province: (province: string) => boolean;
  key: (key: string) => boolean;
}

let ownership: Ownership | undefined;

export function owned(
  stageDir = process.env.KINERJA_BANGUN,
  env: Record<string, string | undefined> = process.env,
): Ownership {
  if (ownership) return ownership;
  const shard = currentShard(env);
  if (!shard || !stageDir) return (ownership = { sharded: false, province: () => true, key: () => true });
  const manifest = JSON.parse(readFileSync(join(stageDir, 'manifest.json'), 'utf8')) as {
    shard?: { provinces: Record<string, number> };
  };
  const provinces = manifest.shard?.provinces ?? {};
  return (ownership = {
    sharded: true,
    province: (p) => provinces[p] === shard.index,
    key: (k) => shardOfKey(k, shard.count) === shard.index,
  });
}

/**
 * Whether a page (URL path such as `/instansi/x/` or `/en/program/y/`) belongs to one shard only (true) or is a
 * one-off page every shard renders identically (false). Shards index only their own pages for search, so merging
 * their Pagefind indexes lists each page once.
 */
export function isShardedPage(url: string): boolean {
  return (
    /^\/(en\/)?(instansi\/[^/]+\/|wilayah\/[^/]+\/|program\/[^/]+\/|indikator\/[^/]+\/|bandingkan\/[^/]+\/)/.test(
      url,
    ) || /^\/dokumen\/[^/]+\//.test(url)
  );
}
