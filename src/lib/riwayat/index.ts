/**
 * Change history of a report, from git: when it was first published and last changed, and the figures a later
 * commit corrected (the value before and after). Pure functions over git's output; `git.ts` runs git.
 */
import Papa from 'papaparse';

export interface Commit {
  hash: string;
  /** ISO date of the commit (committer date), e.g. `2026-12-02`. */
  date: string;
  /** Files changed, relative to the repository root. */
  files: string[];
}

export interface ReportHistory {
  /** Oldest commit touching the report folder. */
  first: Commit;
  /** Newest commit touching it. */
  last: Commit;
  commits: number;
}

export interface Correction {
  file: string;
  /** The row's identity: `S1.I1 · 2024 · capaian · Tabel 3.1`, or a budget line id. */
  row: string;
  column: string;
  before: string;
  after: string;
  date: string;
  commit: string;
}

/** Parse `git log --format=%x00%H %cI --name-only`: newest first. */
export function parseLog(output: string): Commit[] {
  return output
    .split('\0')
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const [head = '', ...files] = chunk.split('\n');
      const [hash = '', when = ''] = head.split(' ');
      return { hash, date: when.slice(0, 10), files: files.map((f) => f.trim()).filter(Boolean) };
    });
}

/** The report folder a changed file belongs to: `<root>/laporan/<agency>/<folder>/…` → `<agency>/<folder>`. */
function reportOf(file: string, laporanPrefix: string): string | undefined {
  if (!file.startsWith(laporanPrefix)) return undefined;
  const [agency, folder, rest] = file.slice(laporanPrefix.length).split('/');
  return agency && folder && rest ? `${agency}/${folder}` : undefined;
}

/** History per report id from the commits (newest first) under `laporanPrefix` (e.g. `content/laporan/`). */
export function historiesFrom(commits: Commit[], laporanPrefix: string): Map<string, ReportHistory> {
  const out = new Map<string, ReportHistory>();
  for (const commit of commits) {
    const reports = new Set(commit.files.map((f) => reportOf(f, laporanPrefix)).filter((r): r is string => !!r));
    for (const id of reports) {
      const known = out.get(id);
      if (known) out.set(id, { ...known, first: commit, commits: known.commits + 1 });
      else out.set(id, { first: commit, last: commit, commits: 1 });
    }
  }
  return out;
}

/**
 * The newest last change among `ids` (every report when omitted), as an ISO date; undefined when git knows none of
 * them (no git: pages and feeds then leave the date out or fall back to the documents' dates).
 */
export function newestChange(
  histories: ReadonlyMap<string, ReportHistory>,
  ids?: Iterable<string>,
): string | undefined {
  let newest: string | undefined;
  for (const id of ids ?? histories.keys()) {
    const date = histories.get(id)?.last.date;
    if (date && (newest === undefined || date > newest)) newest = date;
  }
  return newest;
}

/** Which columns of which file are corrected figures, and what identifies a row. */
const TRACKED: Record<string, { key: string[]; columns: string[] }> = {
  'nilai.csv': {
    key: ['indikator', 'tahun', 'periode', 'peran', 'sumber_tabel'],
    columns: ['target', 'realisasi', 'capaian_tercetak', 'predikat_tercetak'],
  },
  'anggaran.csv': { key: ['id'], columns: ['pagu', 'realisasi', 'persen_tercetak'] },
  'ringkasan.csv': { key: ['lingkup', 'jenis', 'tahun', 'sumber_tabel'], columns: ['nilai', 'predikat_tercetak'] },
};

export const trackedFiles = Object.keys(TRACKED);

/** What identifies a row of each CSV file across versions (its id, or the columns that make it unique). */
const ROW_KEYS: Record<string, string[]> = {
  'pohon-kinerja.csv': ['kode'],
  'indikator.csv': ['kode'],
  'pembanding.csv': ['indikator', 'tahun', 'pembanding', 'sumber_tabel'],
  'efisiensi.csv': ['lingkup', 'tahun', 'sumber_tabel'],
  'narasi.csv': ['lingkup', 'jenis', 'sumber_tabel'],
  'rencana.csv': ['id'],
  ...Object.fromEntries(Object.entries(TRACKED).map(([file, spec]) => [file, spec.key])),
};

export function rowKeyColumns(file: string): string[] | undefined {
  return ROW_KEYS[file];
}

function rowsByKey(text: string, key: string[]): Map<string, Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const out = new Map<string, Record<string, string>>();
  for (const row of parsed.data) {
    const first = Object.values(row)[0] ?? '';
    if (first.trimStart().startsWith('#')) continue;
    out.set(
      key
        .map((k) => (row[k] ?? '').trim())
        .filter(Boolean)
        .join(' · '),
      row,
    );
  }
  return out;
}

/**
 * Figures that changed between two versions of a file, for rows present in both (a new or removed row is not a
 * correction of a figure). Unknown files give none.
 */
export function correctionsBetween(
  file: string,
  before: string,
  after: string,
  commit: Pick<Commit, 'hash' | 'date'>,
): Correction[] {
  const spec = TRACKED[file];
  if (!spec) return [];
  const old = rowsByKey(before, spec.key);
  const out: Correction[] = [];
  for (const [row, now] of rowsByKey(after, spec.key)) {
    const was = old.get(row);
    if (!was) continue;
    for (const column of spec.columns) {
      const a = (was[column] ?? '').trim();
      const b = (now[column] ?? '').trim();
      if (a !== b) out.push({ file, row, column, before: a, after: b, date: commit.date, commit: commit.hash });
    }
  }
  return out;
}
