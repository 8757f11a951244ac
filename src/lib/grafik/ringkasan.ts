/**
 * The text summary of a chart: what a sighted reader takes from it at a glance, in words, for screen readers and
 * for everyone before the chart has loaded. Built from the spec alone, so it always matches what is drawn.
 */
import Decimal from 'decimal.js';
import type { Lang } from '../../i18n/teks.ts';
import type { ChartSpec } from './spek.ts';
import { outliers } from './sumbu.ts';
import { formatValue } from './tabel.ts';

type Draft = Omit<ChartSpec, 'summary'>;

const list = (items: string[], lang: Lang) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${items.at(-1)}`;

function extremes(spec: Draft, values: readonly (string | null)[]) {
  const points = values
    .map((v, i) => (v === null ? undefined : { i, d: new Decimal(v) }))
    .filter((p) => p !== undefined);
  if (points.length === 0) return undefined;
  const top = points.reduce((a, b) => (b.d.gt(a.d) ? b : a));
  const bottom = points.reduce((a, b) => (b.d.lt(a.d) ? b : a));
  return { count: points.length, top, bottom, label: (i: number) => spec.labels[i] ?? '' };
}

/** Bars of one series: how many, how many reach the reference line, the highest and the lowest, what is cut. */
function barSummary(spec: Draft, lang: Lang, noun: string | undefined): string {
  const series = spec.series[0]!;
  const x = extremes(spec, series.values);
  if (!x) return lang === 'id' ? 'Tidak ada angka untuk digambar.' : 'No figures to draw.';
  const fmt = (i: number) => formatValue(series.values[i] ?? null, spec.unit, lang);
  const parts = noun ? [`${x.count} ${noun}.`] : [];
  if (spec.reference) {
    const ref = new Decimal(spec.reference.value);
    const reached = series.values.filter((v) => v !== null && new Decimal(v).gte(ref)).length;
    const refText = formatValue(spec.reference.value, spec.unit, lang);
    parts.push(
      lang === 'id'
        ? `${reached} dari ${x.count} mencapai ${refText} atau lebih.`
        : `${reached} of ${x.count} reach ${refText} or more.`,
    );
  }
  if (x.count > 1) {
    parts.push(
      lang === 'id'
        ? `Tertinggi: ${x.label(x.top.i)} (${fmt(x.top.i)}); terendah: ${x.label(x.bottom.i)} (${fmt(x.bottom.i)}).`
        : `Highest: ${x.label(x.top.i)} (${fmt(x.top.i)}); lowest: ${x.label(x.bottom.i)} (${fmt(x.bottom.i)}).`,
    );
  }
  const cut = outliers(series.values, spec.axis);
  if (cut.length > 0) {
    const edge = formatValue(spec.axis?.max ?? spec.axis?.min ?? null, spec.unit, lang);
    parts.push(
      lang === 'id'
        ? `Sumbu berhenti di ${edge}; ${cut.length} nilai di luarnya digambar di tepi dengan angkanya.`
        : `The axis stops at ${edge}; ${cut.length} value(s) beyond it are drawn at the edge with their figure.`,
    );
  }
  return parts.join(' ');
}

/** Several series over the same categories (years, reports): each series from its first to its last value. */
function seriesSummary(spec: Draft, lang: Lang): string {
  const parts = spec.series.flatMap((s) => {
    const known = s.values.map((v, i) => ({ v, i })).filter((p) => p.v !== null);
    const first = known[0];
    const last = known.at(-1);
    if (!first || !last) return [];
    const at = (p: { v: string | null; i: number }) => `${formatValue(p.v, spec.unit, lang)} (${spec.labels[p.i]})`;
    return [first === last ? `${s.label}: ${at(first)}` : `${s.label}: ${at(first)} → ${at(last)}`];
  });
  if (parts.length === 0) return lang === 'id' ? 'Tidak ada angka untuk digambar.' : 'No figures to draw.';
  return `${list(parts, lang)}.`;
}

/**
 * `noun` names the categories of a one-series bar chart ("indikator", "program"; omitted: no count). Charts with
 * several series are described series by series.
 */
export function withSummary(spec: Draft, lang: Lang, noun?: string): ChartSpec {
  const summary =
    spec.kind === 'bar' && spec.series.length === 1 ? barSummary(spec, lang, noun) : seriesSummary(spec, lang);
  return { ...spec, summary };
}
