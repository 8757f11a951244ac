/**
 * Chart island: draws a ChartSpec with chart.js and offers a toggle to the data table that the page already
 * shows. It computes nothing: the spec arrives ready (src/lib/grafik). Without JavaScript only the table exists.
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

const idNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

function formatTick(value: number, unit: ChartSpec['unit']): string {
  if (unit === 'persen') return `${idNumber.format(value)}%`;
  if (unit === 'rupiah') return `Rp ${new Intl.NumberFormat('id-ID', { notation: 'compact' }).format(value)}`;
  return idNumber.format(value);
}

function config(spec: ChartSpec): ChartConfiguration {
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
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: spec.series.length > 1 },
        tooltip: {
          callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatTick(Number(ctx.raw), spec.unit)}` },
        },
      },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ticks: { callback: (v: string | number) => formatTick(Number(v), spec.unit) },
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

export default function Grafik({ spec, tableId, labels }: { spec: ChartSpec; tableId: string; labels: Labels }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);

  const height = spec.horizontal ? Math.max(160, spec.labels.length * 36 + 60) : 320;

  useEffect(() => {
    // Set through the CSSOM, not a style attribute, so the page's Content-Security-Policy holds.
    if (frame.current) frame.current.style.height = `${height}px`;
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config(spec));
    return () => chart.destroy();
  }, [spec, height]);

  useEffect(() => {
    const table = document.getElementById(tableId);
    if (table) table.hidden = !showTable;
  }, [showTable, tableId]);

  return (
    <div className="grafik">
      <button
        type="button"
        className="btn no-print"
        aria-controls={tableId}
        aria-expanded={showTable}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? labels.hide : labels.show}
      </button>
      <div className="grafik-bingkai" ref={frame}>
        <canvas ref={canvas} role="img" aria-label={`${spec.caption}. ${labels.note}`} />
      </div>
    </div>
  );
}
