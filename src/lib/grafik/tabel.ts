/** The data table shown beside every chart: the same numbers, Indonesian formatting, "—" for gaps. */
import Decimal from 'decimal.js';
import { formatNumber, formatPercent, formatRupiah } from '../angka/format.ts';
import type { NumberFormat } from '../angka/types.ts';
import type { ChartSpec } from './spek.ts';

function display(value: string | null, unit: ChartSpec['unit'], format: NumberFormat): string {
  if (value === null) return '—';
  const d = new Decimal(value);
  if (unit === 'persen') return formatPercent(d, { decimals: 2, format });
  if (unit === 'rupiah') return formatRupiah(d, { format });
  return formatNumber(d, { format });
}

export function chartTable(spec: ChartSpec, format: NumberFormat = 'id'): { header: string[]; rows: string[][] } {
  return {
    // The first column names the categories; an empty header cell would leave screen readers without a name.
    header: [format === 'id' ? 'Uraian' : 'Item', ...spec.series.map((s) => s.label)],
    rows: spec.labels.map((label, i) => [
      label,
      ...spec.series.map((s) => display(s.values[i] ?? null, spec.unit, format)),
    ]),
  };
}
