/**
 * Printed aggregates (ringkasan.csv) against recomputed ones: average capaian of a node or the report, average
 * absorption, total allocation and spending. Documents differ in what they aggregate, so every plausible reading
 * is tried — capped and uncapped means; all indicators, the IKU, one level of the tree; total realisation ÷ total
 * allocation and the simple mean of line absorptions; each printed budget table — and the result names the
 * reading that reproduces the printed figure. Only when none does is there a finding.
 */
import Decimal from 'decimal.js';
import type { Printed } from '../angka/types.ts';
import type { BudgetLine, BudgetRole, PrintedSummary, SourceRef, SummaryKind } from '../model.ts';
import type { AverageResult } from './agregasi.ts';
import { childrenOf, ROLE_PREFERENCE, sumPrintedAmounts, totalCandidates, type MoneyField } from './anggaran.ts';
import { notComputable, type Bilingual, type NotComputable } from './hasil.ts';
import { checkPredicateOf } from './nilai.ts';
import type { PredicateScale } from './predikat.ts';
import { matchesPrinted } from './presisi.ts';
import { computeSerapan, serapanOfAmounts } from './serapan.ts';
import {
  averageMismatch,
  locate,
  serapanAverageMismatch,
  totalMismatch,
  unverifiable,
  type Finding,
  type FindingLocation,
} from './temuan.ts';

/** One recomputed figure the printed one may stand for. */
export interface SummaryReading {
  value: Decimal | NotComputable;
  /** What was computed, for readers: `rata-rata indikator program`, `total realisasi ÷ total pagu`, … */
  label: Bilingual;
}

export interface ScoredSummary {
  scope: string;
  kind: SummaryKind;
  year: number;
  source: SourceRef;
  printed: Printed;
  /** The preferred reading's value. */
  recomputed: Decimal | NotComputable;
  /** Every reading tried, the preferred one first. */
  readings: SummaryReading[];
  /** Other computable readings (kept for pages that list them). */
  alternatives: Decimal[];
  /** Whether some reading reproduces the printed figure at its printed precision. */
  matches?: boolean;
  /** The reading that does. */
  matchedReading?: Bilingual;
  /**
   * The recomputed reading set beside the printed figure, on pages and in downloads alike: the one that reproduces
   * it; when none does, the one its finding compares it with; otherwise the preferred one.
   */
  shown: SummaryReading;
  /**
   * When no recomputed reading reproduces a printed average but the mean of the printed member figures (each
   * indicator's printed capaian, each line's printed %) does: the average's arithmetic is right and some member
   * figures are wrong. Pages and downloads name this reading with its value.
   */
  printedMembers?: SummaryReading;
  /** The predicate printed with the figure (`KRITERIA : Baik`). */
  printedPredicate?: string;
}

/** A recomputed average of a scope, with the mean of the printed member figures (to explain printed averages). */
export interface AverageReadingInput {
  label: Bilingual;
  result: AverageResult;
  printedMean?: Decimal;
}

export interface SummaryContext {
  reportId: string;
  /** The report's own predicate scale: a printed predicate (`predikat_tercetak`) is checked against it. */
  ownScale?: PredicateScale;
  /** The ways to read the average of a scope (tree kode or `laporan`) in a year; empty when the scope is unknown. */
  averageReadings: (scope: string, year: number) => AverageReadingInput[];
  budget: BudgetLine[];
}

const UNKNOWN_SCOPE = (scope: string): NotComputable =>
  notComputable('tidak-ada-nilai', { id: `lingkup "${scope}" tidak dikenal.`, en: `unknown scope "${scope}".` });

/** The finding for a printed figure no reading reproduces, with the reading it compares the figure with. */
interface Mismatch {
  finding: Finding;
  compared: SummaryReading;
  printedMembers?: SummaryReading;
}

interface Recomputation {
  readings: SummaryReading[];
  mismatch: (location: FindingLocation, printed: Printed & { kind: 'number' }) => Mismatch | undefined;
}

/**
 * The budget tables a summary may refer to: the one it is printed in when that table has budget lines, else every
 * role in order of preference (a narrative total may quote the realisation table or the PK).
 */
function rolesFor(summary: PrintedSummary, budget: BudgetLine[]): BudgetRole[] {
  const ofYear = budget.filter((line) => line.year === summary.year);
  const sameTable = ofYear.find((line) => line.source.table === summary.source.table);
  if (sameTable !== undefined) return [sameTable.role];
  return ROLE_PREFERENCE.filter((role) => ofYear.some((line) => line.role === role));
}

/** Sets of lines that each make up the summary's scope, with the table they come from; preferred first. */
function lineSetsInScope(summary: PrintedSummary, budget: BudgetLine[]): { table: string; lines: BudgetLine[] }[] {
  if (summary.scope !== 'laporan') {
    const line = budget.find((l) => l.id === summary.scope);
    if (line === undefined) return [];
    const children = childrenOf(budget).get(line.id) ?? [];
    return [{ table: line.source.table, lines: children.length > 0 ? children : [line] }];
  }
  const candidates = rolesFor(summary, budget)
    .flatMap((role) => totalCandidates(budget, role, summary.year))
    .map((c) => ({ table: c.table, lines: c.members }));
  const inSameTable = (c: { table: string }): boolean => c.table === summary.source.table;
  return [...candidates.filter(inSameTable), ...candidates.filter((c) => !inSameTable(c))];
}

const decimalOf = (value: Decimal | NotComputable): Decimal | undefined =>
  Decimal.isDecimal(value) ? value : undefined;
const pctOf = (r: { kind: 'persen'; value: Decimal } | NotComputable): Decimal | NotComputable =>
  r.kind === 'persen' ? r.value : r;

/** Every mean (and capped mean) the readings give, each labelled. */
export function averageSummaryReadings(inputs: AverageReadingInput[]): SummaryReading[] {
  return inputs.flatMap((input) => {
    const capped = input.result.capped;
    return [
      {
        value: pctOf(input.result.mean),
        label: { id: `rata-rata ${input.label.id}`, en: `mean of ${input.label.en}` },
      },
      ...(capped === undefined
        ? []
        : [
            {
              value: pctOf(capped.mean),
              label: {
                id: `rata-rata ${input.label.id}, capaian dibatasi ${capped.cap.toString()}%`,
                en: `mean of ${input.label.en}, capaian capped at ${capped.cap.toString()}%`,
              },
            },
          ]),
    ];
  });
}

/**
 * The finding for a printed average no reading reproduces. The reading whose *printed* members average to the
 * printed figure is preferred: the average's arithmetic is then right and the member figures are wrong (a warning).
 */
export function averageReadingMismatch(
  location: FindingLocation,
  printed: Printed & { kind: 'number' },
  inputs: AverageReadingInput[],
  what: Bilingual,
): Finding | undefined {
  return averageMismatchOf(location, printed, inputs, what)?.finding;
}

function averageMismatchOf(
  location: FindingLocation,
  printed: Printed & { kind: 'number' },
  inputs: AverageReadingInput[],
  what: Bilingual,
): Mismatch | undefined {
  const explained = inputs.find(
    (input) =>
      input.printedMean !== undefined &&
      matchesPrinted(printed, input.printedMean) !== undefined &&
      input.result.mean.kind === 'persen',
  );
  const input = explained ?? inputs.find((i) => i.result.mean.kind === 'persen');
  if (input === undefined || input.result.mean.kind !== 'persen') return undefined;
  // The same label as the reading in averageSummaryReadings, so pages and downloads name it alike.
  const compared: SummaryReading = {
    value: input.result.mean.value,
    label: { id: `rata-rata ${input.label.id}`, en: `mean of ${input.label.en}` },
  };
  const printedMembers: SummaryReading | undefined =
    explained?.printedMean === undefined
      ? undefined
      : {
          value: explained.printedMean,
          label: {
            id: `rata-rata capaian tercetak ${explained.label.id}`,
            en: `mean of the printed capaian of ${explained.label.en}`,
          },
        };
  const finding = averageFinding(location, printed, input, input.result.mean.value, what, explained);
  return { finding, compared, ...(printedMembers ? { printedMembers } : {}) };
}

function averageFinding(
  location: FindingLocation,
  printed: Printed & { kind: 'number' },
  input: AverageReadingInput,
  mean: Decimal,
  what: Bilingual,
  explained: AverageReadingInput | undefined,
): Finding {
  const labelled = { id: `${what.id} (${input.label.id})`, en: `${what.en} (${input.label.en})` };
  const lost = input.result.lostFromSource ?? [];
  if (lost.length > 0) {
    // The recomputation lacks a row the document has: the difference is the extraction's, not the agency's.
    const finding = averageMismatch(location, printed, mean, input.result.included.length, labelled);
    return {
      ...finding,
      severity: 'info',
      explanation: {
        id: `${finding.explanation.id} Dihitung tanpa baris ${lost.join(', ')} yang hilang dari teks sumber; angka tercetak mungkin memasukkannya.`,
        en: `${finding.explanation.en} Computed without row ${lost.join(', ')}, lost from the source text; the printed figure may include it.`,
      },
    };
  }
  return averageMismatch(location, printed, mean, input.result.included.length, labelled, explained?.printedMean);
}

function averageCapaianOf(summary: PrintedSummary, context: SummaryContext): Recomputation {
  const inputs = context.averageReadings(summary.scope, summary.year);
  const readings = averageSummaryReadings(inputs);
  return {
    readings: readings.length > 0 ? readings : [{ value: UNKNOWN_SCOPE(summary.scope), label: { id: '', en: '' } }],
    mismatch: (location, printed) =>
      averageMismatchOf(location, printed, inputs, { id: 'Rata-rata capaian', en: 'The average capaian' }),
  };
}

/** Simple mean of the lines' recomputed absorption; undefined if any line has none. */
function meanSerapan(lines: BudgetLine[]): Decimal | undefined {
  const values = lines
    .map((l) => computeSerapan(l.pagu, l.realisasi))
    .flatMap((s) => (s.kind === 'persen' ? [s.value] : []));
  return values.length > 0 && values.length === lines.length
    ? Decimal.sum(...values).dividedBy(values.length)
    : undefined;
}

/** Simple mean of the lines' printed absorption %; undefined if any line prints none. */
function meanPrintedPercent(lines: BudgetLine[]): Decimal | undefined {
  const values = lines.flatMap((l) => (l.printedPercent?.kind === 'number' ? [l.printedPercent.value] : []));
  return values.length > 0 && values.length === lines.length
    ? Decimal.sum(...values).dividedBy(values.length)
    : undefined;
}

/** The lowest lines under each line (sub kegiatan under a programme); a line without children is its own leaf. */
function leavesOf(lines: BudgetLine[], children: Map<string, BudgetLine[]>): BudgetLine[] {
  return lines.flatMap((line) => {
    const kids = children.get(line.id) ?? [];
    return kids.length === 0 ? [line] : leavesOf(kids, children);
  });
}

/**
 * Average absorption: total realisation ÷ total allocation, the simple mean of the lines' absorption (Malang prints
 * "Rata-rata Capaian Kegiatan"), and the simple mean over the lowest lines ("Rata-rata Capaian Sub Kegiatan").
 */
function averageSerapanOf(summary: PrintedSummary, context: SummaryContext): Recomputation {
  const own = summary.scope === 'laporan' ? undefined : context.budget.find((l) => l.id === summary.scope);
  const children = childrenOf(context.budget);
  const sets = lineSetsInScope(summary, context.budget);
  const perSet = sets.map(({ table, lines }) => {
    let aggregate: Decimal | NotComputable;
    if (own !== undefined) {
      aggregate = pctOf(computeSerapan(own.pagu, own.realisasi));
    } else {
      const totalPagu = sumPrintedAmounts(lines, 'pagu', true).sum;
      const totalRealisasi = sumPrintedAmounts(lines, 'realisasi', true).sum;
      aggregate = !Decimal.isDecimal(totalPagu)
        ? totalPagu
        : !Decimal.isDecimal(totalRealisasi)
          ? totalRealisasi
          : pctOf(serapanOfAmounts(totalPagu, totalRealisasi));
    }
    const leaves = leavesOf(lines, children);
    const sameAsLines = leaves.length === lines.length && leaves.every((leaf, i) => leaf === lines[i]);
    return {
      table,
      lines,
      aggregate,
      mean: meanSerapan(lines),
      printedMean: meanPrintedPercent(lines),
      leaves: sameAsLines
        ? undefined
        : { lines: leaves, mean: meanSerapan(leaves), printedMean: meanPrintedPercent(leaves) },
    };
  });
  const readings: SummaryReading[] = perSet.flatMap(({ table, lines, aggregate, mean, leaves }) => [
    {
      value: aggregate,
      label: { id: `total realisasi ÷ total pagu (${table})`, en: `total realisation ÷ total allocation (${table})` },
    },
    ...(mean === undefined
      ? []
      : [
          {
            value: mean,
            label: {
              id: `rata-rata serapan ${lines.length} baris (${table})`,
              en: `mean absorption of ${lines.length} lines (${table})`,
            },
          },
        ]),
    ...(leaves?.mean === undefined
      ? []
      : [
          {
            value: leaves.mean,
            label: {
              id: `rata-rata serapan ${leaves.lines.length} baris terbawah (${table})`,
              en: `mean absorption of the ${leaves.lines.length} lowest lines (${table})`,
            },
          },
        ]),
  ]);
  return {
    readings: readings.length > 0 ? readings : [{ value: UNKNOWN_SCOPE(summary.scope), label: { id: '', en: '' } }],
    mismatch: (location, printed) => {
      const first = perSet.find((s) => Decimal.isDecimal(s.aggregate));
      if (first === undefined) return undefined;
      // The printed average may be the mean of the printed line percentages, some of which are wrong.
      const explainedBy = perSet
        .flatMap((s) => [
          { lines: s.lines.length, printedMean: s.printedMean, mean: s.mean, table: s.table, lowest: false },
          ...(s.leaves
            ? [
                {
                  lines: s.leaves.lines.length,
                  printedMean: s.leaves.printedMean,
                  mean: s.leaves.mean,
                  table: s.table,
                  lowest: true,
                },
              ]
            : []),
        ])
        .find(
          (c) =>
            c.printedMean !== undefined && c.mean !== undefined && matchesPrinted(printed, c.printedMean) !== undefined,
        );
      if (explainedBy?.printedMean !== undefined && explainedBy.mean !== undefined) {
        const { lines, table, lowest } = explainedBy;
        const which = lowest
          ? { id: `${lines} baris terbawah (${table})`, en: `the ${lines} lowest lines (${table})` }
          : { id: `${lines} baris (${table})`, en: `${lines} lines (${table})` };
        return {
          finding: averageMismatch(
            location,
            printed,
            explainedBy.mean,
            explainedBy.lines,
            { id: 'Rata-rata serapan', en: 'The average absorption' },
            explainedBy.printedMean,
            {
              printed: {
                id: 'persentase serapan tercetak per baris',
                en: 'printed absorption percentages of the lines',
              },
              wrong: { id: 'persentase serapan baris', en: 'line percentages' },
            },
          ),
          // The same labels as the readings above.
          compared: {
            value: explainedBy.mean,
            label: { id: `rata-rata serapan ${which.id}`, en: `mean absorption of ${which.en}` },
          },
          printedMembers: {
            value: explainedBy.printedMean,
            label: {
              id: `rata-rata persentase serapan tercetak ${which.id}`,
              en: `mean of the printed absorption % of ${which.en}`,
            },
          },
        };
      }
      const aggregate = first.aggregate as Decimal;
      return {
        finding: serapanAverageMismatch(location, printed, aggregate, first.mean, first.lines.length),
        compared: {
          value: aggregate,
          label: {
            id: `total realisasi ÷ total pagu (${first.table})`,
            en: `total realisation ÷ total allocation (${first.table})`,
          },
        },
      };
    },
  };
}

function totalOf(summary: PrintedSummary, context: SummaryContext, field: MoneyField): Recomputation {
  const sets = lineSetsInScope(summary, context.budget);
  const readings: SummaryReading[] = sets.map(({ table, lines }) => {
    // Lines printed as "-" count as 0 here, and the reading says which: a table's own total implies it.
    const { sum, dashes } = sumPrintedAmounts(lines, field, true);
    const note =
      dashes.length === 0
        ? { id: '', en: '' }
        : { id: `, "-" dihitung 0: ${dashes.join(', ')}`, en: `, "-" counted as 0: ${dashes.join(', ')}` };
    return {
      value: sum,
      label: {
        id: `jumlah ${lines.length} baris ${table}${note.id}`,
        en: `sum of ${lines.length} lines of ${table}${note.en}`,
      },
    };
  });
  const what =
    field === 'pagu'
      ? { id: 'Total pagu', en: 'Total allocation' }
      : { id: 'Total realisasi', en: 'Total realisation' };
  return {
    readings: readings.length > 0 ? readings : [{ value: UNKNOWN_SCOPE(summary.scope), label: { id: '', en: '' } }],
    mismatch: (location, printed) => {
      const first = readings.find((r) => decimalOf(r.value) !== undefined);
      const value = first === undefined ? undefined : decimalOf(first.value);
      return first === undefined || value === undefined
        ? undefined
        : { finding: totalMismatch(location, printed, value, what), compared: { value, label: first.label } };
    },
  };
}

function recompute(summary: PrintedSummary, context: SummaryContext): Recomputation {
  switch (summary.kind) {
    case 'rata-rata-capaian':
      return averageCapaianOf(summary, context);
    case 'rata-rata-serapan':
      return averageSerapanOf(summary, context);
    case 'total-pagu':
      return totalOf(summary, context, 'pagu');
    case 'total-realisasi':
      return totalOf(summary, context, 'realisasi');
  }
}

export function checkSummaries(
  summaries: PrintedSummary[],
  context: SummaryContext,
): { summaries: ScoredSummary[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const scored = summaries.map((summary): ScoredSummary => {
    const { readings, mismatch } = recompute(summary, context);
    const computable = readings.flatMap((r) =>
      Decimal.isDecimal(r.value) ? [{ value: r.value, label: r.label }] : [],
    );
    const [preferred] = readings;
    const fallback: SummaryReading = computable[0] ??
      preferred ?? {
        value: UNKNOWN_SCOPE(summary.scope),
        label: { id: '', en: '' },
      };
    const result: ScoredSummary = {
      scope: summary.scope,
      kind: summary.kind,
      year: summary.year,
      source: summary.source,
      printed: summary.value,
      recomputed: computable[0]?.value ?? preferred?.value ?? UNKNOWN_SCOPE(summary.scope),
      readings,
      alternatives: computable.slice(1).map((r) => r.value),
      shown: fallback,
    };
    const printed = summary.value;
    if (summary.printedPredicate !== undefined) result.printedPredicate = summary.printedPredicate;
    if (summary.kind === 'rata-rata-capaian') {
      findings.push(
        ...checkPredicateOf(summary.printedPredicate, printed, context.ownScale, () =>
          locate(context.reportId, summary.source, summary.scope, 'predikat_tercetak'),
        ),
      );
    }
    if (printed.kind !== 'number') return result;
    const location = locate(context.reportId, summary.source, summary.scope, 'nilai');
    if (computable.length === 0) {
      const reason = preferred?.value;
      if (reason !== undefined && !Decimal.isDecimal(reason))
        findings.push(unverifiable(location, printed.text, reason.message));
      return result;
    }
    const matched = computable.find((r) => matchesPrinted(printed, r.value) !== undefined);
    result.matches = matched !== undefined;
    if (matched !== undefined) {
      result.matchedReading = matched.label;
      result.shown = matched;
      return result;
    }
    const found = mismatch(location, printed);
    if (found !== undefined) {
      findings.push(found.finding);
      result.shown = found.compared;
      if (found.printedMembers !== undefined) result.printedMembers = found.printedMembers;
    }
    return result;
  });
  return { summaries: scored, findings };
}
