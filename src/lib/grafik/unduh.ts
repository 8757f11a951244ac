/**
 * "Download this chart's data": every chart's own numbers as a CSV (papaparse), one file per chart, in machine
 * format (`92.55`, no grouping) with the unit in the header; text cells neutralised against spreadsheet formulas.
 */
import Papa from 'papaparse';
import { neutralise } from '../ekspor/netral.ts';
import type { ChartSpec } from './spek.ts';

const UNIT_HEADER: Record<ChartSpec['unit'], string> = { persen: 'persen', rupiah: 'rupiah', angka: 'angka' };

export function chartCsv(spec: ChartSpec): string {
  const fields = ['kategori', ...spec.series.map((s) => `${s.label} (${UNIT_HEADER[spec.unit]})`)].map(neutralise);
  const data = spec.labels.map((label, i) => [neutralise(label), ...spec.series.map((s) => s.values[i] ?? '')]);
  return `${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

/** Where a chart's CSV lives: `/unduh/grafik/<page>/<chart id>.csv`. */
export function chartCsvPath(page: string, spec: Pick<ChartSpec, 'id'>): string {
  return `/unduh/grafik/${page}/${spec.id}.csv`;
}
