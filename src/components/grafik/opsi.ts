/** What the page tells the browser about a chart beyond its data table (serialised in `data-opsi`). */
import type { ChartSpec } from '../../lib/grafik/spek.ts';

export interface ChartOptions {
  kind: ChartSpec['kind'];
  horizontal: boolean;
  unit: ChartSpec['unit'];
  lang: 'id' | 'en';
  /** The last `series` columns of the table are drawn; columns before them are table-only. */
  series: number;
  axis?: ChartSpec['axis'];
  reference?: ChartSpec['reference'];
  bands?: ChartSpec['bands'];
  /** Accessible name of the canvas: caption and summary. */
  name: string;
  show: string;
  hide: string;
  scale: string;
}

export function chartOptions(
  spec: ChartSpec,
  lang: 'id' | 'en',
  labels: { show: string; hide: string; scale: string },
): ChartOptions {
  return {
    kind: spec.kind,
    horizontal: spec.horizontal,
    unit: spec.unit,
    lang,
    series: spec.series.length,
    ...(spec.axis ? { axis: spec.axis } : {}),
    ...(spec.reference ? { reference: spec.reference } : {}),
    ...(spec.bands ? { bands: spec.bands } : {}),
    name: `${spec.caption}. ${spec.summary}`,
    ...labels,
  };
}
