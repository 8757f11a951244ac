/**
 * Indicator figures printed more than once: the target in the evaluation table against the Perjanjian Kinerja in
 * force, the original PK against the revised one, and two evaluation tables against each other (Probolinggo
 * prints target, realisation and capaian in Tabel 3.1.1.A and again in 3.1.1.F).
 */
import type { Printed } from '../angka/types.ts';
import type { IndicatorValue } from '../model.ts';
import type { ScoredValue } from './nilai.ts';
import { samePrintedFigure } from './presisi.ts';
import { differsBetweenTables, locate, targetDiffers, type Finding } from './temuan.ts';

export function valueGroupKey(value: Pick<IndicatorValue, 'indicator' | 'year' | 'period'>): string {
  return `${value.indicator}|${value.year}|${value.period}`;
}

export function groupValues(values: IndicatorValue[]): Map<string, IndicatorValue[]> {
  const groups = new Map<string, IndicatorValue[]>();
  for (const value of values) {
    const key = valueGroupKey(value);
    const group = groups.get(key) ?? [];
    group.push(value);
    groups.set(key, group);
  }
  return groups;
}

const FIELDS = [
  { field: 'target', column: 'target', what: { id: 'Target', en: 'The target' } },
  { field: 'realisasi', column: 'realisasi', what: { id: 'Realisasi', en: 'The realisation' } },
  { field: 'printedCapaian', column: 'capaian_tercetak', what: { id: 'Capaian', en: 'The capaian' } },
] as const;

function differs(a: Printed | undefined, b: Printed | undefined): boolean {
  return a !== undefined && b !== undefined && samePrintedFigure(a, b) === false;
}

/** `scored`: the scored values, whose capaian against the PK target is quoted in a target finding. */
export function crossCheckValues(
  reportId: string,
  values: IndicatorValue[],
  scored: readonly ScoredValue[] = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const group of groupValues(values).values()) {
    const evaluations = group.filter((v) => v.role === 'capaian');
    const revised = group.find((v) => v.role === 'pk-perubahan' && v.target !== undefined);
    const original = group.find((v) => v.role === 'pk' && v.target !== undefined);
    const agreement = revised ?? original;

    if (agreement?.target !== undefined) {
      for (const evaluation of evaluations) {
        if (evaluation.target === undefined || !differs(evaluation.target, agreement.target)) continue;
        const score = scored.find(
          (v) => v.source.file === evaluation.source.file && v.source.row === evaluation.source.row,
        );
        const both =
          score?.capaian.kind === 'persen' && score.againstAgreement?.capaian.kind === 'persen'
            ? { evaluation: score.capaian.value, agreement: score.againstAgreement.capaian.value }
            : undefined;
        findings.push(
          targetDiffers(
            locate(reportId, evaluation.source, evaluation.indicator, 'target'),
            evaluation.target.text,
            { text: agreement.target.text, source: agreement.source, revised: agreement === revised },
            both,
          ),
        );
      }
    }

    if (revised?.target !== undefined && original?.target !== undefined && differs(revised.target, original.target)) {
      findings.push(
        differsBetweenTables(
          locate(reportId, revised.source, revised.indicator, 'target'),
          revised.target.text,
          { text: original.target.text, source: original.source },
          { id: 'Target (diubah dalam PK perubahan)', en: 'The target (changed in the revised PK)' },
          'info',
        ),
      );
    }

    const [first, ...later] = evaluations;
    if (first === undefined) continue;
    for (const other of later) {
      for (const { field, column, what } of FIELDS) {
        const a = other[field];
        const b = first[field];
        if (a === undefined || b === undefined || !differs(a, b)) continue;
        findings.push(
          differsBetweenTables(
            locate(reportId, other.source, other.indicator, column),
            a.text,
            { text: b.text, source: first.source },
            what,
          ),
        );
      }
    }
  }
  return findings;
}
