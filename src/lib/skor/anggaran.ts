/**
 * Budget lines: absorption per line against the printed %, roll-ups (subkegiatan → kegiatan → program → total,
 * via `parent`) against the printed parent figures, and cross-table checks where a report prints the same figure
 * twice (PK programme budgets vs the budget realisation table; original vs revised PK).
 */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import type { BudgetLine, BudgetRole } from '../model.ts';
import { notComputable, type NotComputable } from './hasil.ts';
import { matchesPrinted, samePrintedFigure, type RoundingMode } from './presisi.ts';
import { amountOf, computeSerapan, type Serapan } from './serapan.ts';
import { compactName } from '../nomenklatur/cocok.ts';
import { childrenSumMismatch, differsBetweenTables, locate, serapanMismatch, type Finding } from './temuan.ts';

export type MoneyField = 'pagu' | 'realisasi';

export interface RollUp {
  field: MoneyField;
  childCount: number;
  /** Sum of the children's printed amounts, or why there is none (a child unreadable or not printed). */
  sum: Decimal | NotComputable;
  /** Children printed as `-` and counted as 0 in `sum` (said so in any finding). */
  dashesAsZero: string[];
  /** Whether the parent's printed amount equals the sum; undefined when either is not a number. */
  matches?: boolean;
}

export interface ScoredBudgetLine {
  id: string;
  role: BudgetRole;
  serapan: Serapan;
  /** How the printed % relates to the recomputed serapan; `false` = it does not. */
  printedPercentMatch?: RoundingMode | false;
  rollUps: RollUp[];
}

export function childrenOf(lines: BudgetLine[]): Map<string, BudgetLine[]> {
  const children = new Map<string, BudgetLine[]>();
  for (const line of lines) {
    if (line.parent === undefined) continue;
    const siblings = children.get(line.parent) ?? [];
    siblings.push(line);
    children.set(line.parent, siblings);
  }
  return children;
}

/** Sum of printed amounts; not computable as soon as one member has no amount (the sum would be wrong). */
export function sumAmounts(lines: BudgetLine[], field: MoneyField): Decimal | NotComputable {
  return sumPrintedAmounts(lines, field, false).sum;
}

/**
 * Sum of printed amounts. With `dashesAsZero`, lines whose amount is printed as `-` (and only those) count as 0 and
 * are listed: the reading a document's own total implies, offered as an explicit, labelled reading — never silently.
 * Unreadable and empty cells still make the sum not computable.
 */
export function sumPrintedAmounts(
  lines: BudgetLine[],
  field: MoneyField,
  dashesAsZero: boolean,
): { sum: Decimal | NotComputable; dashes: string[] } {
  const amounts: Decimal[] = [];
  const dashes: string[] = [];
  for (const line of lines) {
    if (dashesAsZero && line[field]?.kind === 'missing') {
      dashes.push(line.id);
      continue;
    }
    const amount = amountOf(line[field], field);
    if (!Decimal.isDecimal(amount)) {
      const problem = notComputable('rincian-tidak-lengkap', {
        id: `Baris "${line.nama}" (${line.id}) tidak memiliki angka ${field}: jumlah tidak dihitung. ${amount.message.id}`,
        en: `Line "${line.nama}" (${line.id}) has no ${field} amount: no sum. ${amount.message.en}`,
      });
      return { sum: problem, dashes };
    }
    amounts.push(amount);
  }
  return { sum: amounts.length === 0 ? new Decimal(0) : Decimal.sum(...amounts), dashes };
}

export function rollUp(parent: BudgetLine, children: BudgetLine[], field: MoneyField): RollUp {
  const { sum, dashes } = sumPrintedAmounts(children, field, true);
  const printed = parent[field];
  const result: RollUp = { field, childCount: children.length, sum, dashesAsZero: dashes };
  if (Decimal.isDecimal(sum) && printed?.kind === 'number') result.matches = printed.value.eq(sum);
  return result;
}

export function scoreBudgetLines(
  reportId: string,
  lines: BudgetLine[],
): { lines: ScoredBudgetLine[]; findings: Finding[] } {
  const children = childrenOf(lines);
  const findings: Finding[] = [];
  const scored = lines.map((line): ScoredBudgetLine => {
    const serapan = computeSerapan(line.pagu, line.realisasi);
    const result: ScoredBudgetLine = { id: line.id, role: line.role, serapan, rollUps: [] };
    if (serapan.kind === 'persen' && line.printedPercent?.kind === 'number') {
      const match = matchesPrinted(line.printedPercent, serapan.value);
      result.printedPercentMatch = match ?? false;
      if (match === undefined) {
        findings.push(
          serapanMismatch(
            locate(reportId, line.source, line.id, 'persen_tercetak'),
            line.printedPercent,
            serapan.value,
          ),
        );
      }
    }
    const kids = children.get(line.id) ?? [];
    if (kids.length > 0) {
      for (const field of ['pagu', 'realisasi'] as const) {
        const roll = rollUp(line, kids, field);
        result.rollUps.push(roll);
        const printed = line[field];
        if (roll.matches === false && printed?.kind === 'number' && Decimal.isDecimal(roll.sum)) {
          findings.push(
            childrenSumMismatch(
              locate(reportId, line.source, line.id, field),
              printed,
              roll.sum,
              kids.length,
              roll.dashesAsZero,
            ),
          );
        }
      }
    }
    return result;
  });
  return { lines: scored, findings };
}

/** Name for matching lines across tables: case, punctuation, spacing and HTML remnants ignored. */
export function normaliseBudgetName(name: string): string {
  return name
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * National nomenclature code per budget line id, as `src/lib/nomenklatur` links them (printed code, exact or
 * listed-for-review similar name, crosswalk, reviewed link).
 */
export type BudgetCodes = ReadonlyMap<string, string>;

/**
 * The line in `candidates` that is the same budget item as `line`: by kode when both have one, else by name (as
 * normalised here, then as compared for the nomenclature, see docs/nomenklatur.md), else by the national code both
 * names are linked to — a name misprinted in one table ("PEMERDAYAAN") still finds its copy, through a link that
 * validate lists for review, never through a similarity computed here.
 */
export function matchBudgetLine(
  line: BudgetLine,
  candidates: BudgetLine[],
  codes: BudgetCodes = new Map(),
): BudgetLine | undefined {
  const kode = line.kode?.trim();
  if (kode) {
    const byKode = candidates.find((c) => c.kode?.trim() === kode);
    if (byKode !== undefined) return byKode;
  }
  const sameLevel = candidates.filter((c) => c.level === line.level);
  const name = normaliseBudgetName(line.nama);
  const byName = sameLevel.filter((c) => normaliseBudgetName(c.nama) === name);
  // Two lines with the same name at the same level cannot be told apart: no match rather than a wrong one.
  if (byName.length > 0) return byName.length === 1 ? byName[0] : undefined;
  // Then the name as PDF extraction leaves it: words split or glued ("PROGRAMPENINGKATA NDISIPLIN APARATUR",
  // Lampiran 3 of LKjIP 2018), a bracketed acronym printed in one table only ("(PHA)"). Still exact, never similar.
  const compact = compactName(line.nama);
  const byCompact = sameLevel.filter((c) => compactName(c.nama) === compact);
  if (compact !== '' && byCompact.length > 0) return byCompact.length === 1 ? byCompact[0] : undefined;
  const code = codes.get(line.id);
  const byCode = code === undefined ? [] : sameLevel.filter((c) => codes.get(c.id) === code);
  return byCode.length === 1 ? byCode[0] : undefined;
}

export interface BudgetComparison {
  line: string;
  role: BudgetRole;
  other: string;
  otherRole: BudgetRole;
  field: MoneyField;
  same: boolean | undefined;
}

const ROLE_NAME: Record<BudgetRole, { id: string; en: string }> = {
  realisasi: { id: 'tabel realisasi anggaran', en: 'the budget realisation table' },
  pk: { id: 'Perjanjian Kinerja', en: 'the performance agreement (PK)' },
  'pk-perubahan': { id: 'Perjanjian Kinerja perubahan', en: 'the revised performance agreement' },
  rencana: { id: 'rencana', en: 'the plan' },
};

/** Printed tables in the order of their first line in the content (the document's order as transcribed). */
function tablesOf(lines: readonly BudgetLine[]): string[] {
  return [...new Set(lines.map((l) => l.source.table))];
}

/**
 * Compare `pairs` (a line and its counterpart in another table) on `fields`. `what` names the figure in a finding;
 * `severity` says whether a difference is expected (info: the revised PK changes the original).
 */
function comparePairs(
  reportId: string,
  pairs: readonly [BudgetLine, BudgetLine][],
  fields: readonly MoneyField[],
  severity: 'warning' | 'info',
): { comparisons: BudgetComparison[]; findings: Finding[] } {
  const comparisons: BudgetComparison[] = [];
  const findings: Finding[] = [];
  for (const [line, other] of pairs) {
    for (const field of fields) {
      const a: Printed | undefined = line[field];
      const b: Printed | undefined = other[field];
      if (a === undefined || b === undefined) continue;
      const same = samePrintedFigure(a, b);
      comparisons.push({ line: line.id, role: line.role, other: other.id, otherRole: other.role, field, same });
      if (same !== false) continue;
      const noun =
        field === 'pagu' ? { id: 'Pagu', en: 'The allocation of' } : { id: 'Realisasi', en: 'The spending of' };
      const what =
        severity === 'info'
          ? {
              id: `${noun.id} "${line.nama}" (diubah dalam ${ROLE_NAME[line.role].id})`,
              en: `${noun.en} "${line.nama}" (changed in ${ROLE_NAME[line.role].en})`,
            }
          : { id: `${noun.id} "${line.nama}"`, en: `${noun.en} "${line.nama}"` };
      findings.push(
        differsBetweenTables(
          locate(reportId, line.source, line.id, field),
          a.text,
          { text: b.text, source: other.source },
          what,
          severity,
        ),
      );
    }
  }
  return { comparisons, findings };
}

/**
 * Each line of `role` with its counterpart in every table of `otherRole`. Counterparts are looked up one printed
 * table at a time: a report may print its PK twice (Bab II and the appendix), and a name printed once in each of
 * two tables is not ambiguous — looking in both at once would find two lines and compare nothing.
 */
function pairsAcross(
  lines: readonly BudgetLine[],
  role: BudgetRole,
  otherRole: BudgetRole,
  codes: BudgetCodes,
): [BudgetLine, BudgetLine][] {
  const others = lines.filter((l) => l.role === otherRole);
  const pairs: [BudgetLine, BudgetLine][] = [];
  for (const line of lines.filter((l) => l.role === role)) {
    for (const table of tablesOf(others)) {
      const other = matchBudgetLine(
        line,
        others.filter((o) => o.source.table === table),
        codes,
      );
      if (other !== undefined) pairs.push([line, other]);
    }
  }
  return pairs;
}

/**
 * The same role printed in several tables (Probolinggo LKjIP 2024 prints its realisation in Tabel 2.2 and 3.2,
 * LKjIP 2018 its PK 2018 in Tabel 2.2 and Lampiran 4): each line of a later table against its counterpart in the
 * first earlier table that prints it.
 */
function pairsWithinRole(
  lines: readonly BudgetLine[],
  role: BudgetRole,
  codes: BudgetCodes,
): [BudgetLine, BudgetLine][] {
  const ofRole = lines.filter((l) => l.role === role);
  const tables = tablesOf(ofRole);
  const pairs: [BudgetLine, BudgetLine][] = [];
  tables.forEach((table, k) => {
    for (const line of ofRole.filter((l) => l.source.table === table)) {
      for (const earlier of tables.slice(0, k)) {
        const other = matchBudgetLine(
          line,
          ofRole.filter((o) => o.source.table === earlier),
          codes,
        );
        if (other === undefined) continue;
        pairs.push([line, other]);
        break;
      }
    }
  });
  return pairs;
}

/**
 * The same figures printed in two tables, year by year (LKjIP 2018 also prints 2017 tables): the PK in force
 * (revised if there is one) against the realisation table (a difference is a warning); the original PK against
 * the revised one (a difference is expected: info); and the copies of one role in several tables against each other
 * (a warning) — except the PK in force when a realisation table is there, whose every copy is already compared
 * with the realisation table.
 */
export function crossCheckBudget(
  reportId: string,
  lines: BudgetLine[],
  codes: BudgetCodes = new Map(),
): { comparisons: BudgetComparison[]; findings: Finding[] } {
  const parts: { comparisons: BudgetComparison[]; findings: Finding[] }[] = [];
  for (const year of [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b)) {
    const ofYear = lines.filter((l) => l.year === year);
    const hasRole = (role: BudgetRole): boolean => ofYear.some((l) => l.role === role);
    const inForce: BudgetRole | undefined = hasRole('pk-perubahan') ? 'pk-perubahan' : hasRole('pk') ? 'pk' : undefined;
    // The PK prints the allocation only; the realisation table's realisasi has no counterpart there.
    if (inForce !== undefined && hasRole('realisasi'))
      parts.push(comparePairs(reportId, pairsAcross(ofYear, 'realisasi', inForce, codes), ['pagu'], 'warning'));
    if (hasRole('pk') && hasRole('pk-perubahan'))
      parts.push(comparePairs(reportId, pairsAcross(ofYear, 'pk-perubahan', 'pk', codes), ['pagu'], 'info'));
    parts.push(comparePairs(reportId, pairsWithinRole(ofYear, 'realisasi', codes), ['pagu', 'realisasi'], 'warning'));
    for (const role of ['pk', 'pk-perubahan'] as const) {
      if (role === inForce && hasRole('realisasi')) continue;
      parts.push(comparePairs(reportId, pairsWithinRole(ofYear, role, codes), ['pagu'], 'warning'));
    }
  }
  return { comparisons: parts.flatMap((p) => p.comparisons), findings: parts.flatMap((p) => p.findings) };
}

/** Budget roles in the order their figures are preferred for report-wide totals. */
export const ROLE_PREFERENCE: readonly BudgetRole[] = ['realisasi', 'pk-perubahan', 'pk', 'rencana'];

/**
 * The lines whose amounts make up a report-wide total for one role: the top-level lines, with `total` and `urusan`
 * wrapper lines replaced by their children (so a printed grand total is compared with the programmes under it).
 */
export function totalMembers(lines: BudgetLine[], role: BudgetRole, year?: number): BudgetLine[] {
  const ofRole = lines.filter((l) => l.role === role && (year === undefined || l.year === year));
  const children = childrenOf(ofRole);
  return ofRole.filter((l) => l.parent === undefined).flatMap((line) => expandWrappers(line, children));
}

function expandWrappers(line: BudgetLine, children: Map<string, BudgetLine[]>): BudgetLine[] {
  const kids = children.get(line.id) ?? [];
  return (line.level === 'total' || line.level === 'urusan') && kids.length > 0
    ? kids.flatMap((kid) => expandWrappers(kid, children))
    : [line];
}

/** One way to recompute a report-wide total: the lines of one printed table (and one total line in it). */
export interface TotalCandidate {
  role: BudgetRole;
  table: string;
  members: BudgetLine[];
}

/**
 * Every reading of "the report's total" for a role and year. A report may print its budget in several tables
 * (Probolinggo LKjIP 2024: Tabel 2.2 and Tabel 3.2) and a table may print several alternative totals (Lumajang
 * TW I 2024 Tabel 3.10: belanja daerah and belanja operasi), so each table and each total line is its own
 * candidate instead of being added together.
 */
export function totalCandidates(lines: BudgetLine[], role: BudgetRole, year: number): TotalCandidate[] {
  const ofRole = lines.filter((l) => l.role === role && l.year === year);
  const tables = [...new Set(ofRole.map((l) => l.source.table))];
  return tables.flatMap((table) => {
    const inTable = ofRole.filter((l) => l.source.table === table);
    const children = childrenOf(inTable);
    const ids = new Set(inTable.map((l) => l.id));
    const tops = inTable.filter((l) => l.parent === undefined || !ids.has(l.parent));
    const totals = tops.filter((l) => l.level === 'total');
    if (totals.length === 0) return [{ role, table, members: tops.flatMap((line) => expandWrappers(line, children)) }];
    return totals.map((total) => ({ role, table, members: expandWrappers(total, children) }));
  });
}

/** The budget figures a report page opens with, and the lines they are the sum of. */
export interface HeadlineBudget {
  /** The lines whose amounts make the headline (one table, top level); empty when the report has none. */
  lines: BudgetLine[];
  pagu?: Decimal;
  realisasi?: Decimal;
  /** realisasi ÷ pagu × 100 (exact). */
  serapan?: Decimal;
}

/**
 * The report's headline pagu and realisasi: the `total` line of the realisation table of the report year, else
 * its first `urusan` line. One line of one table, never a sum across tables: reports print their budget in
 * several tables and several alternative totals (see `totalCandidates`), and adding them up double-counts.
 * The report page and the downloads (`anggaran.jumlah_utama`, `laporan.pagu_utama`) both call this.
 */
export function headlineBudget(lines: BudgetLine[], year: number): HeadlineBudget {
  const ofYear = lines.filter((b) => b.role === 'realisasi' && b.year === year);
  const total = ofYear.find((b) => b.level === 'total') ?? ofYear.find((b) => b.level === 'urusan');
  const members = total === undefined ? [] : [total];
  const sum = (field: MoneyField): Decimal | undefined => {
    const amounts = members.map((line) => amountOf(line[field], field));
    return amounts.length > 0 && amounts.every((a) => Decimal.isDecimal(a)) ? Decimal.sum(...amounts) : undefined;
  };
  const pagu = sum('pagu');
  const realisasi = sum('realisasi');
  // A line without any amount (Renja 2021's URUSAN SOSIAL heading) makes no headline.
  if (pagu === undefined && realisasi === undefined) return { lines: [] };
  return {
    lines: members,
    ...(pagu ? { pagu } : {}),
    ...(realisasi ? { realisasi } : {}),
    ...(pagu && realisasi && !pagu.isZero() ? { serapan: realisasi.div(pagu).times(100) } : {}),
  };
}

/**
 * Lines printed again: for each line of a later table that is the same item, with the same printed pagu and
 * realisasi, as a line of an earlier table of the same role and year (Probolinggo LKjIP 2024 prints its budget as
 * Tabel 2.2 and again as Tabel 3.2), the id of that earlier line. Summing a role across tables without dropping
 * these counts the same money twice. A line is the same item by kode or name (`matchBudgetLine`), or by position
 * when the whole table repeats an earlier one.
 */
export function reprintedLines(lines: BudgetLine[]): Map<string, string> {
  const tables: { key: string; lines: BudgetLine[] }[] = [];
  for (const line of lines) {
    const key = `${line.role}\u0000${line.year}\u0000${line.source.table}`;
    const table = tables.find((t) => t.key === key);
    if (table) table.lines.push(line);
    else tables.push({ key, lines: [line] });
  }
  const samePrinted = (a: Printed | undefined, b: Printed | undefined): boolean =>
    a === undefined ? b === undefined : b !== undefined && samePrintedFigure(a, b) === true;
  const out = new Map<string, string>();
  tables.forEach((table, i) => {
    const [first] = table.lines;
    if (first === undefined) return;
    const earlier = tables
      .slice(0, i)
      .filter((t) => t.lines[0]?.role === first.role && t.lines[0]?.year === first.year);
    const sameFigures = (a: BudgetLine, b: BudgetLine): boolean =>
      samePrinted(a.pagu, b.pagu) && samePrinted(a.realisasi, b.realisasi);
    // A whole table printed again, line for line: same levels and figures in the same order. The names are not
    // compared (Probolinggo's Tabel 3.2 misspells "PEMERDAYAAN"); the whole sequence of figures is the evidence.
    const whole = earlier.find(
      (other) =>
        other.lines.length === table.lines.length &&
        other.lines.every((o, j) => o.level === table.lines[j]?.level && sameFigures(o, table.lines[j]!)),
    );
    if (whole !== undefined) {
      table.lines.forEach((line, j) => {
        const original = whole.lines[j]!;
        out.set(line.id, out.get(original.id) ?? original.id);
      });
      return;
    }
    for (const line of table.lines) {
      if (line.pagu === undefined && line.realisasi === undefined) continue;
      for (const other of earlier) {
        const match = matchBudgetLine(line, other.lines);
        if (match && sameFigures(line, match)) {
          out.set(line.id, out.get(match.id) ?? match.id);
          break;
        }
      }
    }
  });
  return out;
}
