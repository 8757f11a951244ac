/**
 * Chart specifications: plain, serialisable data computed here (tested) and only drawn by the island
 * (`src/components/Grafik.tsx`). Figures travel as machine-format strings so no float is made before drawing.
 */

export type ChartUnit = 'persen' | 'rupiah' | 'angka';

/** Meaning of a bar, which decides its colour: reached the target, fell short, or cannot be judged. */
export type Tone = 'baik' | 'kurang' | 'netral';

export interface ChartSeries {
  label: string;
  /** One value per label; null = no value (drawn as a gap, listed as "—" in the table). */
  values: (string | null)[];
  /** Per-value tone for bar colours; omitted = series colour. */
  tones?: Tone[];
}

export interface ChartSpec {
  /** Stable id, used for the data-table anchor and the download link. */
  id: string;
  kind: 'bar' | 'line';
  /** Horizontal bars for long category names. */
  horizontal: boolean;
  caption: string;
  unit: ChartUnit;
  /** Category axis labels (indicator names, programmes, years). */
  labels: string[];
  series: ChartSeries[];
  /** A reference line such as the 100% target. */
  reference?: { value: string; label: string };
  /** Background bands such as a predicate scale (percent). */
  bands?: { from: string | null; to: string | null; label: string }[];
  /** Where the same data can be downloaded as CSV. */
  downloadHref?: string;
}
