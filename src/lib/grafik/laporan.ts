/** Chart specs of a report page: capaian per indicator, absorption per programme, multi-year indicator series. */
import { formatMachine } from '../angka/format.ts';
import type { IndicatorValue, Report, Scale, SourceRef } from '../model.ts';
import type { ScoredReport } from '../skor/index.ts';
import type { Lang } from '../tampilan/tampil.ts';
import type { NodeGroup } from '../tampilan/laporan.ts';
import { titleCase } from '../tampilan/judul.ts';
import { withSummary } from './ringkasan.ts';
import type { ChartSpec, Tone } from './spek.ts';
import { cappedAxis, rankOrder, reorder } from './sumbu.ts';

const sameSource = (a: SourceRef, b: SourceRef) => a.file === b.file && a.row === b.row;

/** Sorted largest first, the percentage axis capped: the shape every one-series ranking chart of a report has. */
function ranked(spec: Omit<ChartSpec, 'summary'>, lang: Lang, noun: string): ChartSpec {
  const sorted = reorder({ ...spec, summary: '' }, rankOrder(spec.series[0]!.values));
  const axis = cappedAxis(sorted.series[0]!.values, sorted.unit);
  return withSummary({ ...sorted, ...(axis ? { axis } : {}) }, lang, noun);
}

/**
 * Capaian per indicator for the report year (recomputed) against 100%, ranked, with the report's scale as bands.
 * The printed target and result sit in the data table beside it: they come in many units (%, people, indices),
 * so they are never drawn on one axis.
 */
export function capaianChart(
  report: Report,
  groups: NodeGroup[],
  scored: ScoredReport,
  lang: Lang,
  scale?: Extract<Scale, { jenis: 'predikat' }>,
): ChartSpec | undefined {
  const points = groups
    .flatMap((g) => g.rows)
    .map((row) => {
      const value = scored.values.find((v) => sameSource(v.source, row.source));
      return value?.capaian.kind === 'persen'
        ? {
            label: row.nama,
            value: formatMachine(value.capaian.value.toDecimalPlaces(2)),
            tone: row.capaian.tone as Tone,
            target: withUnit(row.target, row.satuan),
            realisasi: withUnit(row.realisasi, row.satuan),
          }
        : undefined;
    })
    .filter((p) => p !== undefined);
  if (points.length === 0) return undefined;
  return ranked(
    {
      id: 'capaian',
      kind: 'bar',
      horizontal: true,
      caption:
        lang === 'id'
          ? `Capaian indikator ${report.meta.year} (dihitung ulang) terhadap target 100%, dari tertinggi`
          : `Indicator achievement ${report.meta.year} (recomputed) against the 100% target, highest first`,
      unit: 'persen',
      labels: points.map((p) => p.label),
      columns: [
        { label: lang === 'id' ? 'Target (tercetak)' : 'Target (as printed)', values: points.map((p) => p.target) },
        {
          label: lang === 'id' ? 'Realisasi (tercetak)' : 'Result (as printed)',
          values: points.map((p) => p.realisasi),
        },
      ],
      series: [
        {
          label: lang === 'id' ? 'Capaian' : 'Achievement',
          values: points.map((p) => p.value),
          tones: points.map((p) => p.tone),
        },
      ],
      reference: { value: '100', label: 'Target (100%)' },
      ...(scale ? { bands: scale.bands.map((b) => ({ from: b.lower, to: b.upper, label: b.label })) } : {}),
    },
    lang,
    lang === 'id' ? 'indikator' : 'indicators',
  );
}

/** The printed figure with its unit when the unit is not already printed with it ("50" + "Orang"). */
function withUnit(text: string, satuan: string): string {
  if (!satuan || text === '—' || text === '' || text.endsWith('%') || text.includes(satuan)) return text;
  return satuan === '%' ? `${text}%` : `${text} ${satuan}`;
}

/** Absorption per programme in the budget realisation table, ranked. */
export function serapanChart(report: Report, scored: ScoredReport, lang: Lang): ChartSpec | undefined {
  // Some documents print the realisation table twice (Probolinggo 2024: Tabel 2.2 and 3.2): chart the first.
  const realisation = report.budget.filter((b) => b.role === 'realisasi' && b.year === report.meta.year);
  const table = realisation[0]?.source.table;
  const programmes = realisation.filter((b) => b.level === 'program' && b.source.table === table);
  const points = programmes
    .map((line) => {
      const s = scored.budget.find((b) => b.id === line.id);
      return s?.serapan.kind === 'persen'
        ? { label: titleCase(line.nama), value: formatMachine(s.serapan.value.toDecimalPlaces(2)) }
        : undefined;
    })
    .filter((p) => p !== undefined);
  if (points.length === 0) return undefined;
  return ranked(
    {
      id: 'serapan',
      kind: 'bar',
      horizontal: true,
      caption:
        lang === 'id'
          ? `Serapan anggaran per program ${report.meta.year}, dari tertinggi`
          : `Budget absorption per programme ${report.meta.year}, highest first`,
      unit: 'persen',
      labels: points.map((p) => p.label),
      series: [{ label: lang === 'id' ? 'Serapan' : 'Absorption', values: points.map((p) => p.value) }],
      reference: { value: '100', label: '100%' },
    },
    lang,
    lang === 'id' ? 'program' : 'programmes',
  );
}

/** Multi-year target and realisation of each indicator printed for more than one year (one unit per chart). */
export function trendCharts(report: Report, lang: Lang): ChartSpec[] {
  return report.indicators.flatMap((indicator) => {
    const byYear = new Map<number, IndicatorValue>();
    for (const v of report.values) {
      if (v.indicator !== indicator.kode || v.role !== 'capaian' || v.period !== 'tahunan') continue;
      if (v.realisasi?.kind !== 'number' || byYear.has(v.year)) continue;
      byYear.set(v.year, v);
    }
    if (byYear.size < 2) return [];
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const number = (p: IndicatorValue['target']) => (p?.kind === 'number' ? formatMachine(p.value) : null);
    return [
      withSummary(
        {
          id: `tren-${indicator.kode.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
          kind: 'line',
          horizontal: false,
          caption: `${indicator.nama}${indicator.satuan ? ` (${indicator.satuan})` : ''}: ${lang === 'id' ? 'target dan realisasi per tahun' : 'target and result by year'}`,
          unit: 'angka',
          labels: years.map(String),
          series: [
            { label: 'Target', values: years.map((y) => number(byYear.get(y)?.target)) },
            {
              label: lang === 'id' ? 'Realisasi' : 'Result',
              values: years.map((y) => number(byYear.get(y)?.realisasi)),
            },
          ],
        },
        lang,
      ),
    ];
  });
}
