/**
 * Draws one chart with chart.js from its figure's data table (`data-v` cells hold the machine values) and the
 * options the page computed (src/lib/grafik). Loaded only when a chart comes into view. It computes no figure:
 * order, axis range, bands and summary arrive ready; this file only lays them out for the width it gets.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ChartOptions } from './opsi.ts';

// Only what the site's bar and line charts use, so the bundle stays small (chart.js is tree-shakeable).
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

const TONE: Record<string, string> = { baik: '#1e6b2f', kurang: '#a4161a', netral: '#5b6770', sorot: '#b35c00' };
const SERIES = ['#0a4f9e', '#b35c00', '#6a3d9a', '#1e6b2f', '#5b6770'];
const BAND_FILL = ['rgba(30,107,47,0.10)', 'rgba(10,79,158,0.08)', 'rgba(138,83,0,0.10)', 'rgba(164,22,26,0.08)'];
const INK = '#1b1f24';
const MUTED = '#4a545e';
const FONT = '12px system-ui, sans-serif';
const LINE = 15;

interface Data {
  labels: string[];
  series: { label: string; values: (number | null)[] }[];
  tones: (string | undefined)[];
}

/** The drawn series from the table: the last `n` columns, their header labels, row tones from the row class. */
function readTable(table: HTMLTableElement, n: number): Data {
  const header = [...table.tHead!.rows[0]!.cells].slice(-n).map((c) => c.textContent!.trim());
  const rows = [...table.tBodies[0]!.rows];
  return {
    labels: rows.map((r) => r.cells[0]!.textContent!.trim()),
    series: header.map((label, s) => ({
      label,
      values: rows.map((r) => {
        const v = r.cells[r.cells.length - n + s]?.getAttribute('data-v');
        return v === null || v === undefined ? null : Number(v);
      }),
    })),
    tones: rows.map((r) => r.dataset.nada),
  };
}

function formatter(o: ChartOptions, compact: boolean): (v: number) => string {
  const locale = o.lang === 'id' ? 'id-ID' : 'en-GB';
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const short = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  if (o.unit === 'rupiah') return (v) => `Rp ${(compact ? short : plain).format(v)}`;
  if (o.unit === 'persen') return (v) => `${plain.format(v)}%`;
  return (v) => (compact ? short : plain).format(v);
}

/** Word-wrap `text` to `width` px in the canvas font; a word longer than a line is broken, never cut. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (ctx.measureText(line).width > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

const clamp = (v: number, o: ChartOptions) => {
  const max = o.axis?.max === undefined ? Infinity : Number(o.axis.max);
  const min = o.axis?.min === undefined ? -Infinity : Number(o.axis.min);
  return Math.min(Math.max(v, min), max);
};

/** Background bands (a predicate scale) with their labels in a strip above the plot where they fit. */
function bandsPlugin(o: ChartOptions): Plugin {
  return {
    id: 'kt-pita',
    beforeDatasetsDraw(chart) {
      const axis = chart.scales[o.horizontal ? 'x' : 'y'];
      if (!o.bands || !axis) return;
      const { ctx, chartArea: area } = chart;
      ctx.save();
      ctx.font = FONT;
      o.bands.forEach((band, i) => {
        const from = band.from === null ? axis.min : Math.max(Number(band.from), axis.min);
        const to = band.to === null ? axis.max : Math.min(Number(band.to), axis.max);
        if (to <= from) return;
        const a = axis.getPixelForValue(from);
        const b = axis.getPixelForValue(to);
        ctx.fillStyle = BAND_FILL[i % BAND_FILL.length]!;
        if (o.horizontal) {
          ctx.fillRect(Math.min(a, b), area.top, Math.abs(b - a), area.bottom - area.top);
          const w = ctx.measureText(band.label).width;
          if (w + 6 <= Math.abs(b - a)) {
            ctx.fillStyle = MUTED;
            ctx.textAlign = 'center';
            ctx.fillText(band.label, (a + b) / 2, area.top - 6);
          }
        } else {
          ctx.fillRect(area.left, Math.min(a, b), area.right - area.left, Math.abs(b - a));
        }
      });
      ctx.restore();
    },
  };
}

/** The reference line (100% target) over the bars, and each bar's value at its end; outliers say so at the edge. */
function marksPlugin(o: ChartOptions, data: Data): Plugin {
  const fmt = formatter(o, true);
  return {
    id: 'kt-tanda',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const axis = chart.scales[o.horizontal ? 'x' : 'y'];
      if (!axis) return;
      ctx.save();
      if (o.reference) {
        const value = Number(o.reference.value);
        if (value >= axis.min && value <= axis.max) {
          const p = axis.getPixelForValue(value);
          ctx.strokeStyle = INK;
          ctx.setLineDash([6, 4]);
          ctx.lineWidth = 2;
          ctx.beginPath();
          if (o.horizontal) {
            ctx.moveTo(p, area.top);
            ctx.lineTo(p, area.bottom);
          } else {
            ctx.moveTo(area.left, p);
            ctx.lineTo(area.right, p);
          }
          ctx.stroke();
          ctx.setLineDash([]);
        }
      }
      if (o.kind === 'bar' && o.horizontal) {
        ctx.font = FONT;
        ctx.textBaseline = 'middle';
        data.series.forEach((s, si) => {
          chart.getDatasetMeta(si).data.forEach((bar, i) => {
            const raw = s.values[i];
            if (raw === null || raw === undefined) return;
            const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
            const cut = clamp(raw, o) !== raw;
            const text = cut ? `${fmt(raw)} ▸` : fmt(raw);
            const w = ctx.measureText(text).width;
            const inside = cut || x + 4 + w > area.right;
            ctx.fillStyle = inside ? '#fff' : INK;
            ctx.textAlign = inside ? 'right' : 'left';
            if (inside && x - area.left < w + 8) {
              ctx.fillStyle = INK;
              ctx.textAlign = 'left';
              ctx.fillText(text, area.left + 4, y);
              return;
            }
            if (!inside) {
              // A white backing keeps the figure legible where it crosses the reference line or a band edge.
              ctx.fillStyle = 'rgba(255,255,255,0.85)';
              ctx.fillRect(x + 2, y - 8, w + 4, 16);
              ctx.fillStyle = INK;
            }
            ctx.fillText(text, inside ? x - 4 : x + 4, y);
          });
        });
      }
      ctx.restore();
    },
  };
}

/**
 * Category labels of a horizontal chart, wrapped to their own height: left of the plot on wide screens, above
 * each bar on narrow ones (where a left column would leave a few words per line).
 */
function labelsPlugin(lines: string[][], tops: number[], above: boolean): Plugin {
  return {
    id: 'kt-label',
    afterDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const y = chart.scales.y;
      if (!y) return;
      ctx.save();
      ctx.font = FONT;
      ctx.fillStyle = INK;
      ctx.textAlign = above ? 'left' : 'right';
      ctx.textBaseline = 'top';
      lines.forEach((label, i) => {
        const top = y.getPixelForValue(tops[i]!);
        label.forEach((text, k) => {
          const x = above ? area.left : area.left - 8;
          if (above) {
            // Over the plot: a white backing keeps the words clear of the reference line and band fills.
            ctx.fillStyle = 'rgba(255,255,255,0.85)';
            ctx.fillRect(x - 2, top + k * LINE - 1, ctx.measureText(text).width + 4, LINE);
            ctx.fillStyle = INK;
          }
          ctx.fillText(text, x, top + k * LINE);
        });
      });
      ctx.restore();
    },
  };
}

function colours(data: Data, si: number): string | string[] {
  if (data.series.length === 1 && data.tones.some(Boolean)) return data.tones.map((t) => TONE[t ?? ''] ?? TONE.netral!);
  return SERIES[si % SERIES.length]!;
}

/** Horizontal bars on a linear index axis, so each row is as tall as its wrapped label (no label is cut). */
function horizontalConfig(o: ChartOptions, data: Data, width: number, ctx: CanvasRenderingContext2D) {
  ctx.font = FONT;
  const above = width < 600;
  const labelWidth = above ? width - 16 : Math.round(Math.min(width * 0.34, 380));
  const lines = data.labels.map((l) => wrap(ctx, l, labelWidth));
  const n = data.series.length;
  const bar = n === 1 ? 18 : 12;
  // Row layout on the index axis (px): label lines then the bars (above), or bars centred beside the label.
  const tops: number[] = [];
  const centres: number[] = [];
  let total = 0;
  for (const l of lines) {
    const text = l.length * LINE;
    const bars = n * bar;
    const height = above ? text + bars + 14 : Math.max(text, bars) + 12;
    tops.push(total + (above ? 4 : (height - text) / 2));
    centres.push(above ? total + 4 + text + 2 + bars / 2 : total + height / 2);
    total += height;
  }
  const top = o.bands ? 26 : 8;
  /** The row whose centre is nearest to a position on the index axis (bars of a row are offset around it). */
  const rowAt = (y: number | null | undefined) =>
    centres.reduce((best, c, k) => (Math.abs(c - (y ?? 0)) < Math.abs(centres[best]! - (y ?? 0)) ? k : best), 0);
  const fmt = formatter(o, true);
  const full = formatter(o, false);
  const config: ChartConfiguration<'bar', { x: number; y: number }[]> = {
    type: 'bar',
    data: {
      datasets: data.series.map((s, si) => ({
        label: s.label,
        data: s.values.flatMap((v, i) =>
          v === null ? [] : [{ x: clamp(v, o), y: centres[i]! + (si - (n - 1) / 2) * bar }],
        ),
        backgroundColor: colours(data, si),
        barThickness: bar,
      })),
    },
    plugins: [bandsPlugin(o), marksPlugin(o, data), labelsPlugin(lines, tops, above)],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { left: above ? 4 : labelWidth + 12, top, right: 12 } },
      scales: {
        y: { type: 'linear', min: 0, max: total, reverse: true, display: false, offset: false },
        x: {
          type: 'linear',
          position: 'bottom',
          beginAtZero: true,
          ...(o.axis?.min !== undefined ? { min: Number(o.axis.min) } : {}),
          ...(o.axis?.max !== undefined ? { max: Number(o.axis.max) } : {}),
          grace: '8%',
          ticks: { callback: (v) => fmt(Number(v)), color: MUTED, font: { size: 12 } },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          mode: 'nearest',
          axis: 'y',
          intersect: false,
          callbacks: {
            title: (items) => data.labels[rowAt(items[0]?.parsed.y)] ?? '',
            label: (item) => {
              const i = rowAt(item.parsed.y);
              const raw = data.series[item.datasetIndex]?.values[i];
              return `${item.dataset.label}: ${raw === null || raw === undefined ? '—' : full(raw)}`;
            },
          },
        },
      },
    },
  };
  return { config, height: total + top + 36 };
}

/** Vertical bars or lines over a few categories (years, reports); category labels wrap under the axis. */
function verticalConfig(o: ChartOptions, data: Data, width: number, ctx: CanvasRenderingContext2D) {
  ctx.font = FONT;
  const slot = Math.max(48, (width - 80) / Math.max(1, data.labels.length) - 8);
  const labels = data.labels.map((l) => wrap(ctx, l, slot));
  const fmt = formatter(o, true);
  const full = formatter(o, false);
  const config: ChartConfiguration<'bar' | 'line', (number | null)[]> = {
    type: o.kind,
    data: {
      labels,
      datasets: data.series.map((s, si) => ({
        label: s.label,
        data: s.values.map((v) => (v === null ? null : clamp(v, o))),
        backgroundColor: colours(data, si),
        borderColor: SERIES[si % SERIES.length]!,
        spanGaps: false,
      })),
    },
    plugins: [bandsPlugin(o), marksPlugin(o, data)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { autoSkip: false, maxRotation: 0, color: INK, font: { size: 12 } } },
        y: {
          beginAtZero: o.kind === 'bar',
          ...(o.axis?.min !== undefined ? { min: Number(o.axis.min) } : {}),
          ...(o.axis?.max !== undefined ? { max: Number(o.axis.max) } : {}),
          ticks: { callback: (v) => fmt(Number(v)), color: MUTED, font: { size: 12 } },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => data.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item) => {
              const raw = data.series[item.datasetIndex]?.values[item.dataIndex];
              return `${item.dataset.label}: ${raw === null || raw === undefined ? '—' : full(raw)}`;
            },
          },
        },
      },
    },
  };
  const tallest = Math.max(1, ...labels.map((l) => l.length));
  return { config: config as ChartConfiguration, height: 300 + tallest * LINE };
}

/** Names and colours of the series (several only), as wrapping HTML so long agency names are never cut. */
function seriesLegend(data: Data): HTMLElement | undefined {
  if (data.series.length < 2) return undefined;
  const list = document.createElement('ul');
  list.className = 'legenda-grafik';
  data.series.forEach((s, si) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'warna';
    // Through the CSSOM, not a style attribute, so the page's Content-Security-Policy holds.
    swatch.style.background = SERIES[si % SERIES.length]!;
    item.append(swatch, s.label);
    list.append(item);
  });
  return list;
}

/** The band legend under the chart: every band named with its range, whether or not its label fit the strip. */
function bandLegend(o: ChartOptions): HTMLElement | undefined {
  if (!o.bands?.length) return undefined;
  const fmt = formatter(o, false);
  const p = document.createElement('p');
  p.className = 'pita-grafik';
  const parts = o.bands.map((b) => {
    const from = b.from === null ? undefined : fmt(Number(b.from));
    const to = b.to === null ? undefined : fmt(Number(b.to));
    const range = from && to ? `${from}–${to}` : from ? `≥ ${from}` : to ? `< ${to}` : '';
    return `${b.label} ${range}`.trim();
  });
  p.textContent = `${o.scale}: ${parts.join(' · ')}`;
  return p;
}

export function drawChart(host: HTMLElement): void {
  if (host.hasAttribute('data-siap')) return;
  const o = JSON.parse(host.dataset.opsi ?? '{}') as ChartOptions;
  const region = document.getElementById(host.dataset.tabel ?? '');
  const table = region?.querySelector('table');
  if (!region || !table) return;
  const data = readTable(table, o.series);

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn no-print';
  button.setAttribute('aria-controls', region.id);
  const hiddenName = document.createElement('span');
  hiddenName.className = 'visually-hidden';
  hiddenName.textContent = `: ${host.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? ''}`;
  const setShown = (shown: boolean) => {
    region.hidden = !shown;
    button.setAttribute('aria-expanded', String(shown));
    button.replaceChildren(shown ? o.hide : o.show, hiddenName);
  };
  button.addEventListener('click', () => setShown(region.hidden));

  const frame = document.createElement('div');
  frame.className = 'grafik-bingkai';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', o.name);
  frame.append(canvas);
  const series = seriesLegend(data);
  const bands = bandLegend(o);
  host.replaceChildren(button, ...(series ? [series] : []), frame, ...(bands ? [bands] : []));

  let chart: Chart | undefined;
  let drawnWidth = 0;
  const render = () => {
    const width = frame.clientWidth;
    if (width === 0 || Math.abs(width - drawnWidth) < 24) return;
    drawnWidth = width;
    chart?.destroy();
    const ctx = canvas.getContext('2d')!;
    const { config, height } =
      o.kind === 'bar' && o.horizontal ? horizontalConfig(o, data, width, ctx) : verticalConfig(o, data, width, ctx);
    // Through the CSSOM, not a style attribute, so the page's Content-Security-Policy holds.
    frame.style.height = `${height}px`;
    chart = new Chart(canvas, config as ChartConfiguration);
  };
  host.setAttribute('data-siap', '');
  render();
  new ResizeObserver(render).observe(frame);
  setShown(false);
}
