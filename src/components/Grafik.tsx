/**
 * Chart island: draws a ChartSpec with chart.js and offers a toggle to the data table that the page already
 * shows. It computes nothing: the spec arrives ready (src/lib/grafik). Without JavaScript it stays hidden and
 * only the table exists.
 */
import { useEffect, useRef, useState } from 'react';
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
import type { ChartSpec, Tone } from '../lib/grafik/spek.ts';

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

const TONE: Record<Tone, string> = { baik: '#1e6b2f', kurang: '#a4161a', netral: '#5b6770' };
const SERIES = ['#0a4f9e', '#b35c00', '#6a3d9a', '#1e6b2f', '#5b6770'];
const BAND_FILL = ['rgba(30,107,47,0.10)', 'rgba(10,79,158,0.07)', 'rgba(138,83,0,0.08)', 'rgba(164,22,26,0.07)'];

type Lang = 'id' | 'en';

function formatTick(value: number, unit: ChartSpec['unit'], lang: Lang): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  if (unit === 'rupiah') return `Rp ${new Intl.NumberFormat(locale, { notation: 'compact' }).format(value)}`;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return unit === 'persen' ? `${text}%` : text;
}

/** Draws the spec's scale bands behind the bars and its reference line (e.g. the 100% target) over them. */
function guides(spec: ChartSpec): Plugin {
  const axisOf = (chart: Chart) => chart.scales[spec.horizontal ? 'x' : 'y'];
  const span = (chart: Chart, from: number, to: number) => {
    const axis = axisOf(chart);
    const area = chart.chartArea;
    if (!axis) return undefined;
    const a = axis.getPixelForValue(from);
    const b = axis.getPixelForValue(to);
    return spec.horizontal
      ? { x: Math.min(a, b), y: area.top, w: Math.abs(b - a), h: area.bottom - area.top }
      : { x: area.left, y: Math.min(a, b), w: area.right - area.left, h: Math.abs(b - a) };
  };
  return {
    id: 'kt-guides',
    beforeDatasetsDraw(chart) {
      const axis = axisOf(chart);
      if (!spec.bands || !axis) return;
      const { ctx } = chart;
      spec.bands.forEach((band, i) => {
        const from = band.from === null ? axis.min : Math.max(Number(band.from), axis.min);
        const to = band.to === null ? axis.max : Math.min(Number(band.to), axis.max);
        if (to <= from) return;
        const box = span(chart, from, to);
        if (!box) return;
        ctx.save();
        ctx.fillStyle = BAND_FILL[i % BAND_FILL.length]!;
        ctx.fillRect(box.x, box.y, box.w, box.h);
        ctx.fillStyle = '#4a545e';
        ctx.font = '11px system-ui, sans-serif';
        ctx.fillText(band.label, box.x + 4, box.y + 12);
        ctx.restore();
      });
    },
    afterDatasetsDraw(chart) {
      const axis = axisOf(chart);
      if (!spec.reference || !axis) return;
      const value = Number(spec.reference.value);
      if (value < axis.min || value > axis.max) return;
      const p = axis.getPixelForValue(value);
      const area = chart.chartArea;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = '#1b1f24';
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 2;
      ctx.beginPath();
      if (spec.horizontal) {
        ctx.moveTo(p, area.top);
        ctx.lineTo(p, area.bottom);
      } else {
        ctx.moveTo(area.left, p);
        ctx.lineTo(area.right, p);
      }
      ctx.stroke();
      ctx.restore();
    },
  };
}

function config(spec: ChartSpec, lang: Lang): ChartConfiguration {
  const datasets = spec.series.map((s, i) => ({
    label: s.label,
    data: s.values.map((v) => (v === null ? null : Number(v))),
    backgroundColor: s.tones ? s.tones.map((t) => TONE[t]) : SERIES[i % SERIES.length],
    borderColor: s.tones ? s.tones.map((t) => TONE[t]) : SERIES[i % SERIES.length],
    spanGaps: false,
  }));
  const valueAxis = spec.horizontal ? 'x' : 'y';
  return {
    type: spec.kind,
    data: { labels: spec.labels, datasets },
    plugins: [guides(spec)],
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: spec.series.length > 1 },
        tooltip: {
          callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatTick(Number(ctx.raw), spec.unit, lang)}` },
        },
      },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ticks: { callback: (v: string | number) => formatTick(Number(v), spec.unit, lang) },
        },
      },
    },
  } as ChartConfiguration;
}

interface Labels {
  show: string;
  hide: string;
  note: string;
}

export default function Grafik({
  spec,
  tableId,
  labels,
  lang = 'id',
}: {
  spec: ChartSpec;
  tableId: string;
  labels: Labels;
  lang?: Lang;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  // The server renders an empty frame (CSS hides its children until `siap`): without JavaScript there is no chart
  // and no toggle, only the table. The frame itself stays in the layout so `client:visible` can see it.
  const [mounted, setMounted] = useState(false);
  const [showTable, setShowTable] = useState(false);

  const height = spec.horizontal ? Math.max(160, spec.labels.length * 36 + 60) : 320;

  useEffect(() => setMounted(true), []);

  useEffect(() => {
    if (!mounted) return;
    // Set through the CSSOM, not a style attribute, so the page's Content-Security-Policy holds.
    if (frame.current) frame.current.style.height = `${height}px`;
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config(spec, lang));
    return () => chart.destroy();
  }, [mounted, spec, height, lang]);

  useEffect(() => {
    if (!mounted) return;
    const table = document.getElementById(tableId);
    if (table) table.hidden = !showTable;
  }, [mounted, showTable, tableId]);

  return (
    <div className={mounted ? 'grafik siap' : 'grafik'}>
      <button
        type="button"
        className="btn no-print"
        aria-controls={tableId}
        aria-expanded={showTable}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? labels.hide : labels.show}
        <span className="visually-hidden">: {spec.caption}</span>
      </button>
      <div className="grafik-bingkai" ref={frame}>
        <canvas ref={canvas} role="img" aria-label={`${spec.caption}. ${labels.note}`} />
      </div>
    </div>
  );
}
