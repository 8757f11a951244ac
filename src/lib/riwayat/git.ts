/**
 * Reading the history of content/ from git at build time. Without git (a tarball, no git binary, a file never
 * committed) every function returns nothing and pages simply omit the history: the build stays deterministic.
 * One `git log` for the whole content tree (not one per report), then one `git show` per corrected file.
 */
import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';
import {
  correctionsBetween,
  historiesFrom,
  parseLog,
  trackedFiles,
  type Correction,
  type ReportHistory,
} from './index.ts';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
}

interface Loaded {
  top: string;
  prefix: string;
  histories: Map<string, ReportHistory>;
  commits: ReturnType<typeof parseLog>;
}
const cache = new Map<string, Loaded | undefined>();

function load(contentRoot: string): Loaded | undefined {
  if (cache.has(contentRoot)) return cache.get(contentRoot);
  const top = git(contentRoot, ['rev-parse', '--show-toplevel'])?.trim();
  let loaded: Loaded | undefined;
  if (top) {
    const prefix = `${relative(top, contentRoot).split(sep).join('/')}/laporan/`.replace(/^\//, '');
    const log = git(top, ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--', prefix]);
    if (log !== undefined) {
      const commits = parseLog(log);
      loaded = { top, prefix, commits, histories: historiesFrom(commits, prefix) };
    }
  }
  cache.set(contentRoot, loaded);
  return loaded;
}

/** First published / last changed of every report git knows (`<agency>/<folder>` → history); empty without git. */
export function reportHistories(contentRoot: string): ReadonlyMap<string, ReportHistory> {
  return load(contentRoot)?.histories ?? new Map();
}

/** First published / last changed of a report (`<agency>/<folder>`), when git knows it. */
export function reportHistory(contentRoot: string, reportId: string): ReportHistory | undefined {
  return load(contentRoot)?.histories.get(reportId);
}

const corrections = new Map<string, Correction[]>();

/** The figures the report's latest change to each tracked file corrected, with their previous values. */
export function reportCorrections(contentRoot: string, reportId: string): Correction[] {
  const key = `${contentRoot}\0${reportId}`;
  const known = corrections.get(key);
  if (known) return known;
  const found = readCorrections(contentRoot, reportId);
  corrections.set(key, found);
  return found;
}

function readCorrections(contentRoot: string, reportId: string): Correction[] {
  const loaded = load(contentRoot);
  if (!loaded) return [];
  const out: Correction[] = [];
  for (const file of trackedFiles) {
    const path = `${loaded.prefix}${reportId}/${file}`;
    const latest = loaded.commits.find((c) => c.files.includes(path));
    if (!latest) continue;
    const before = git(loaded.top, ['show', `${latest.hash}^:${path}`]);
    const after = git(loaded.top, ['show', `${latest.hash}:${path}`]);
    if (before === undefined || after === undefined) continue;
    out.push(...correctionsBetween(file, before, after, latest));
  }
  return out;
}

/** The repository's folder of a report, relative to the repository root, for "history" links. */
export function reportPathInRepo(contentRoot: string, reportId: string): string | undefined {
  const loaded = load(contentRoot);
  return loaded ? `${loaded.prefix}${reportId}` : undefined;
}
