/** The data table shown beside every chart: the same numbers, formatted for the page's language, "—" for gaps. */
import Decimal from 'decimal.js';
import { formatNumber, formatPercent, formatRupiah } from '../angka/format.ts';
import type { NumberFormat } from '../angka/types.ts';
import type { ChartSpec } from './spek.ts';

/** One charted figure as the page shows it. */
export function formatValue(value: string | null, unit: ChartSpec['unit'], format: NumberFormat): string {
  if (value === null) return '—';
  const d = new Decimal(value);
  if (unit === 'persen') return formatPercent(d, { decimals: 2, format });
  if (unit === 'rupiah') return formatRupiah(d, { format });
  return formatNumber(d, { format });
}

export interface TableCell {
  text: string;
  /** The machine value the chart draws (absent for table-only columns and gaps). */
  value?: string;
}

export interface ChartTable {
  header: string[];
  /** How many header columns after the first are charted series (the rest are table-only columns). */
  series: number;
  rows: { label: string; cells: TableCell[]; tone?: string }[];
}

export function chartTable(spec: ChartSpec, format: NumberFormat = 'id'): ChartTable {
  const columns = spec.columns ?? [];
  const single = spec.series.length === 1 ? spec.series[0] : undefined;
  return {
    // The first column names the categories; an empty header cell would leave screen readers without a name.
    header: [format === 'id' ? 'Uraian' : 'Item', ...columns.map((c) => c.label), ...spec.series.map((s) => s.label)],
    series: spec.series.length,
    rows: spec.labels.map((label, i) => {
      const tone = single?.tones?.[i];
      return {
        label,
        cells: [
          ...columns.map((c) => ({ text: c.values[i] ?? '—' })),
          ...spec.series.map((s) => {
            const value = s.values[i] ?? null;
            return value === null
              ? { text: formatValue(null, spec.unit, format) }
              : { text: formatValue(value, spec.unit, format), value };
          }),
        ],
        ...(tone ? { tone } : {}),
      };
    }),
  };
}
