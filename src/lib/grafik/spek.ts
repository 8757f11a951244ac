/**
 * Chart specifications: plain, serialisable data computed here (tested) and only drawn in the browser
 * (`src/components/grafik/`). Figures travel as machine-format strings so no float is made before drawing.
 */

export type ChartUnit = 'persen' | 'rupiah' | 'angka';

/**
 * Meaning of a bar, which decides its colour: reached the target, fell short, cannot be judged, or the subject
 * of a comparison (this agency among its comparators).
 */
export type Tone = 'baik' | 'kurang' | 'netral' | 'sorot';

export interface ChartSeries {
  label: string;
  /** One value per label; null = no value (drawn as a gap, listed as "—" in the table). */
  values: (string | null)[];
  /** Per-value tone for bar colours; omitted = series colour. */
  tones?: Tone[];
}

/** A table-only column shown beside the charted figures (e.g. the printed target), already formatted. */
export interface ChartColumn {
  label: string;
  values: string[];
}

export interface ChartSpec {
  /** Stable id, used for the data-table anchor, the download and the embed page. */
  id: string;
  kind: 'bar' | 'line';
  /** Horizontal bars for long category names. */
  horizontal: boolean;
  caption: string;
  /** One or two plain sentences saying what the chart shows (read by screen readers and shown to everyone). */
  summary: string;
  unit: ChartUnit;
  /** Category axis labels (indicator names, programmes, years). */
  labels: string[];
  series: ChartSeries[];
  /**
   * The value axis's drawn range when the data alone would squash it (one capaian of 1.666% beside sixty around
   * 100%): values beyond it are drawn at the edge and labelled with their value.
   */
  axis?: { min?: string; max?: string };
  /** Extra columns for the data table and CSV only; never drawn, so no axis mixes units. */
  columns?: ChartColumn[];
  /** A reference line such as the 100% target. */
  reference?: { value: string; label: string };
  /** Background bands such as a predicate scale (percent). */
  bands?: { from: string | null; to: string | null; label: string }[];
  /** Where the same data can be downloaded as CSV. */
  downloadHref?: string;
  /** The chart's own page, for an iframe on another site. */
  embedHref?: string;
}
