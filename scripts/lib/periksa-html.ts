/**
 * The pure part of `npm run check:html`: which files to hand the Nu HTML Checker, in batches that stay under the
 * operating system's command-line limit, and a summary of its JSON report (errors grouped by message, one example
 * each) that a person can act on without reading thousands of lines.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One message of `vnu --format json` (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error' | string;
  subType?: string;
  url?: string;
  message?: string;
  lastLine?: number;
  firstLine?: number;
}

export interface HtmlErrorGroup {
  message: string;
  count: number;
  /** Pages with this error. */
  pages: number;
  /** First occurrence: file relative to dist, and line. */
  example: { file: string; line: number | undefined };
}

export interface HtmlSummary {
  errors: number;
  /** Pages with at least one error. */
  pagesWithErrors: number;
  groups: HtmlErrorGroup[];
}

/** Every `.html` file under `dist`, as absolute paths, sorted (the checker's order is then the same every run). */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Split `files` into batches whose joined length stays below `maxChars` (Linux allows ~2 MB of arguments, but one
 * argument list per few hundred files also keeps memory bounded). A single longer path still gets its own batch.
 */
export function batches(files: readonly string[], maxChars = 100_000): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const file of files) {
    if (current.length > 0 && length + file.length + 1 > maxChars) {
      out.push(current);
      current = [];
      length = 0;
    }
    current.push(file);
    length += file.length + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** `file:/abs/path` (how vnu names a checked file) → the path relative to dist, with forward slashes. */
function fileOf(url: string | undefined, dist: string): string {
  if (!url) return '(unknown)';
  let path = url;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    // Not a URL: vnu printed the path as given.
  }
  return relative(dist, path).split(sep).join('/');
}

/**
 * Errors of one or more vnu JSON reports, grouped by message (most frequent first, then alphabetically, so the
 * summary is stable). Only `error` and `non-document-error` count; `info` (warnings) may stay.
 */
export function summarise(messages: readonly VnuMessage[], dist: string): HtmlSummary {
  const groups = new Map<string, HtmlErrorGroup & { pageSet: Set<string> }>();
  const pages = new Set<string>();
  let errors = 0;
  for (const m of messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue;
    errors++;
    const file = fileOf(m.url, dist);
    pages.add(file);
    const message = m.message ?? '(no message)';
    const group = groups.get(message) ?? {
      message,
      count: 0,
      pages: 0,
      pageSet: new Set<string>(),
      example: { file, line: m.lastLine ?? m.firstLine },
    };
    group.count++;
    group.pageSet.add(file);
    groups.set(message, group);
  }
  return {
    errors,
    pagesWithErrors: pages.size,
    groups: [...groups.values()]
      .map(({ pageSet, ...g }) => ({ ...g, pages: pageSet.size }))
      .sort((a, b) => b.count - a.count || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)),
  };
}

/** The messages of one `vnu --format json` run (its stderr): `{"messages": […]}`. */
export function parseVnuJson(output: string): VnuMessage[] {
  const text = output.trim();
  if (text === '') return [];
  const parsed = JSON.parse(text) as { messages?: VnuMessage[] };
  if (!Array.isArray(parsed.messages)) throw new Error('vnu: JSON output without "messages"');
  return parsed.messages;
}

export function formatSummary(summary: HtmlSummary, checked: number): string {
  const lines = summary.groups.map(
    (g) =>
      `✗ ${g.count}× on ${g.pages} page(s): ${g.message}\n    e.g. ${g.example.file}${g.example.line === undefined ? '' : `:${g.example.line}`}`,
  );
  lines.push(
    `${checked} halaman diperiksa / pages checked, ${summary.errors} galat/errors on ${summary.pagesWithErrors} halaman/pages`,
  );
  return lines.join('\n');
}
