/**
 * What a change to content/ does, for a reviewer: reports added, removed or changed; rows added, removed or changed
 * per CSV file; findings added, removed or changed; and the validation errors of the new content. Compares two
 * content folders (the base, extracted from git, and the working tree); renders Markdown for a PR comment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { formatError, loadContent, type ContentError } from '../../src/lib/data/index.ts';
import { csvFiles, type CsvFileName } from '../../src/lib/data/skema.ts';
import type { Finding } from '../../src/lib/skor/temuan.ts';
import { scoreReport } from '../../src/lib/skor/index.ts';
import { rowKeyColumns } from '../../src/lib/riwayat/index.ts';

export interface RowChanges {
  added: number;
  removed: number;
  changed: number;
}

export interface ReportChange {
  id: string;
  status: 'baru' | 'dihapus' | 'diubah';
  rows: Partial<Record<CsvFileName, RowChanges>>;
  findings: { added: Finding[]; removed: Finding[]; changed: { before: Finding; after: Finding }[] };
}

export interface ChangeSummary {
  reports: ReportChange[];
  unchangedReports: number;
  errors: ContentError[];
}

function readRows(dir: string, file: CsvFileName): Record<string, string>[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  return parsed.data.filter((row) => !(Object.values(row)[0] ?? '').trimStart().startsWith('#'));
}

/** A row as comparable text; an empty cell equals an absent column (adding an empty column changes no row). */
const rowText = (row: Record<string, string>) =>
  Object.keys(row)
    .filter((k) => (row[k] ?? '').trim() !== '')
    .sort()
    .map((k) => `${k}=${(row[k] ?? '').trim()}`)
    .join('\u0001');

/** Rows added and removed (as multisets of whole rows); pairs sharing a row key count as changed. */
export function compareRows(
  file: CsvFileName,
  before: Record<string, string>[],
  after: Record<string, string>[],
): RowChanges {
  const count = (rows: Record<string, string>[]) => {
    const m = new Map<string, Record<string, string>[]>();
    for (const r of rows) m.set(rowText(r), [...(m.get(rowText(r)) ?? []), r]);
    return m;
  };
  const a = count(before);
  const b = count(after);
  const only = (x: Map<string, Record<string, string>[]>, y: Map<string, Record<string, string>[]>) =>
    [...x].flatMap(([text, rows]) => rows.slice(y.get(text)?.length ?? 0));
  const removed = only(a, b);
  const added = only(b, a);
  const keyColumns = rowKeyColumns(file) ?? [csvFiles[file].required[0]];
  const keyOf = (r: Record<string, string>) => keyColumns.map((k) => (r[k] ?? '').trim()).join('\u0001');
  const removedKeys = new Map<string, number>();
  for (const r of removed) removedKeys.set(keyOf(r), (removedKeys.get(keyOf(r)) ?? 0) + 1);
  let changed = 0;
  for (const r of added) {
    const k = keyOf(r);
    const left = removedKeys.get(k) ?? 0;
    if (left > 0) {
      removedKeys.set(k, left - 1);
      changed++;
    }
  }
  return { added: added.length - changed, removed: removed.length - changed, changed };
}

/** A finding's identity across versions: not its row number (rows move when others are inserted). */
const findingKey = (f: Finding) =>
  [f.location.report, f.kind, f.location.entity, f.location.field ?? '', f.location.table ?? ''].join('|');
const findingText = (f: Finding) => [f.severity, f.printed ?? '', f.recomputed ?? ''].join('|');

export function compareFindings(before: Finding[], after: Finding[]): ReportChange['findings'] {
  const group = (list: Finding[]) => {
    const m = new Map<string, Finding[]>();
    for (const f of list) m.set(findingKey(f), [...(m.get(findingKey(f)) ?? []), f]);
    return m;
  };
  const a = group(before);
  const b = group(after);
  const out: ReportChange['findings'] = { added: [], removed: [], changed: [] };
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const old = [...(a.get(key) ?? [])];
    const now = [...(b.get(key) ?? [])];
    // Identical findings cancel out; what is left pairs up as changed, the rest is added or removed.
    for (let i = now.length - 1; i >= 0; i--) {
      const j = old.findIndex((f) => findingText(f) === findingText(now[i]!));
      if (j >= 0) {
        old.splice(j, 1);
        now.splice(i, 1);
      }
    }
    while (old.length > 0 && now.length > 0) out.changed.push({ before: old.shift()!, after: now.shift()! });
    out.added.push(...now);
    out.removed.push(...old);
  }
  return out;
}

function reportDirs(contentRoot: string): Map<string, string> {
  const out = new Map<string, string>();
  const root = join(contentRoot, 'laporan');
  if (!existsSync(root)) return out;
  for (const agency of readdirSync(root, { withFileTypes: true })) {
    if (!agency.isDirectory()) continue;
    for (const folder of readdirSync(join(root, agency.name), { withFileTypes: true })) {
      if (folder.isDirectory()) out.set(`${agency.name}/${folder.name}`, join(root, agency.name, folder.name));
    }
  }
  return out;
}

function findingsById(contentRoot: string): { findings: Map<string, Finding[]>; errors: ContentError[] } {
  const { content, errors } = loadContent(contentRoot);
  const findings = new Map<string, Finding[]>();
  for (const report of content.reports) findings.set(report.id, scoreReport(report, content.scales).findings);
  return { findings, errors };
}

export function summarizeChanges(baseRoot: string, headRoot: string): ChangeSummary {
  const baseDirs = reportDirs(baseRoot);
  const headDirs = reportDirs(headRoot);
  const base = findingsById(baseRoot);
  const head = findingsById(headRoot);
  const reports: ReportChange[] = [];
  let unchangedReports = 0;
  for (const id of [...new Set([...baseDirs.keys(), ...headDirs.keys()])].sort()) {
    const before = baseDirs.get(id);
    const after = headDirs.get(id);
    const rows: ReportChange['rows'] = {};
    for (const file of Object.keys(csvFiles) as CsvFileName[]) {
      const change = compareRows(file, before ? readRows(before, file) : [], after ? readRows(after, file) : []);
      if (change.added || change.removed || change.changed) rows[file] = change;
    }
    const findings = compareFindings(base.findings.get(id) ?? [], head.findings.get(id) ?? []);
    const status = !before ? 'baru' : !after ? 'dihapus' : 'diubah';
    const metaChanged =
      before &&
      after &&
      readFileSync(join(before, 'laporan.yaml'), 'utf8') !== readFileSync(join(after, 'laporan.yaml'), 'utf8');
    const touched =
      status !== 'diubah' ||
      metaChanged ||
      Object.keys(rows).length > 0 ||
      findings.added.length + findings.removed.length + findings.changed.length > 0;
    if (touched) reports.push({ id, status, rows, findings });
    else unchangedReports++;
  }
  return { reports, unchangedReports, errors: head.errors };
}

/**
 * Content arrives from anyone: in the PR comment it must stay text. Markdown and HTML characters are escaped and
 * @mentions defused; code blocks get a fence longer than any backtick run inside them.
 */
export function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/@/g, '@\u200b');
}
function fenced(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, text.replace(/@/g, '@\u200b'), fence];
}

const STATUS = { baru: 'baru / new', dihapus: 'dihapus / removed', diubah: 'diubah / changed' } as const;
const findingLine = (f: Finding) =>
  `\`${f.kind}\` (${f.severity}) ${plain(`${f.location.entity}${f.location.table ? `, ${f.location.table}` : ''}: ${f.explanation.id} / ${f.explanation.en}`)}`;

/** The PR comment (and the local output): errors first, then what changes. */
export function renderMarkdown(summary: ChangeSummary, base: string): string {
  const out: string[] = ['## Ringkasan perubahan konten / Content change summary', ''];
  if (summary.errors.length > 0) {
    out.push(
      `### ✗ ${summary.errors.length} kesalahan / error(s)`,
      '',
      'Perbaiki lalu kirim lagi (lihat docs/referensi-galat.md). / Fix them and push again (see docs/referensi-galat.md).',
      '',
      ...fenced(summary.errors.map(formatError).join('\n\n')),
      '',
    );
  } else {
    out.push('✓ Konten valid. / Content is valid.', '');
  }
  out.push(
    `Dibanding / compared with \`${base}\`: ${summary.reports.length} laporan berubah / report(s) changed, ` +
      `${summary.unchangedReports} tidak berubah / unchanged.`,
    '',
  );
  for (const r of summary.reports) {
    out.push(`### ${plain(r.id)} — ${STATUS[r.status]}`, '');
    const files = Object.entries(r.rows);
    if (files.length > 0) {
      out.push('| berkas / file | + baris / rows | − baris / rows | ~ baris / rows |', '| --- | --- | --- | --- |');
      for (const [file, c] of files) out.push(`| ${file} | ${c!.added} | ${c!.removed} | ${c!.changed} |`);
      out.push('');
    }
    const { added, removed, changed } = r.findings;
    out.push(`Temuan / findings: +${added.length} −${removed.length} ~${changed.length}`, '');
    for (const f of added) out.push(`- + ${findingLine(f)}`);
    for (const f of removed) out.push(`- − ${findingLine(f)}`);
    for (const c of changed) {
      out.push(
        `- ~ ${findingLine(c.after)} (sebelumnya / before: ${c.before.printed ?? ''} → ${c.before.recomputed ?? ''})`,
      );
    }
    if (added.length + removed.length + changed.length > 0) out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
