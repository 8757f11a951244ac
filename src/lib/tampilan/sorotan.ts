/**
 * The answer a report page opens with: one plain sentence and a few cards. How did the agency do overall (one
 * recomputed figure, the printed one beside it and why they differ), what is that on the report's own scale, how
 * many indicators met their target, how much of the budget was used, and the most important findings.
 *
 * Which average counts is decided here, once (docs/keputusan, methodology page): the simple mean of the recomputed
 * capaian of the report's key performance indicators (IKU); when the report marks none, of its goal and target
 * (tujuan, sasaran) indicators; when it has none of those either, of all its indicators. Ordinal and
 * not-computable indicators are left out and counted.
 */
import Decimal from 'decimal.js';
import type { Indicator, Report, Scale } from '../model.ts';
import {
  averageCapaian,
  evaluatePredicate,
  type AverageResult,
  NATIONAL_SCALE_SLUG,
  type Capaian,
  type PredicateResult,
  type ScoredReport,
} from '../skor/index.ts';
import { primaryEvaluation, reportHeadline } from './laporan.ts';
import { bandOf, type BandView } from './pita.ts';
import { distinctFindings, entityNames, rankedFindingViews, type FindingView } from './temuan.ts';
import { showPercent, showRupiah, showRupiahShort, type Lang } from './tampil.ts';
import { periodLabel } from './periode.ts';

/** Which indicators the overall figure averages. */
export type OverallBasis = 'iku' | 'strategis' | 'semua';

const BASIS_LABEL: Record<OverallBasis, { id: string; en: string }> = {
  iku: { id: 'indikator kinerja utama', en: 'key performance indicators' },
  strategis: { id: 'indikator tujuan dan sasaran', en: 'goal and target indicators' },
  semua: { id: 'semua indikator', en: 'all indicators' },
};

const BASIS_SINGULAR: Record<OverallBasis, string> = {
  iku: 'key performance indicator',
  strategis: 'goal or target indicator',
  semua: 'indicator',
};

export interface HeadlineView {
  sentence: string;
  overall?: {
    text: string;
    basis: OverallBasis;
    basisLabel: string;
    /** How many indicators the figure averages, and how many of the basis were left out (ordinal, not computable). */
    included: number;
    excluded: number;
    /** When the report declares a cap: each member counted at most at it. */
    capNote?: string;
    printed?: string;
    /** One line: why the printed figure and ours differ (or that they agree). */
    why: string;
  };
  verdict?: { band?: BandView; label: string; scaleName: string; national: boolean };
  met?: { met: number; rated: number; notRated: number };
  budget?: { paguShort: string; paguExact: string; realisasiShort: string; realisasiExact: string; serapan?: string };
  topFindings: FindingView[];
  findingCount: number;
}

/** The indicators the overall figure averages, by the rule above. */
export function overallBasis(report: Report): { basis: OverallBasis; members: Indicator[] } {
  const iku = report.indicators.filter((i) => i.iku);
  if (iku.length > 0) return { basis: 'iku', members: iku };
  const levels = new Map(report.tree.map((n) => [n.kode, n.level]));
  const strategic = report.indicators.filter((i) => ['tujuan', 'sasaran'].includes(levels.get(i.node) ?? ''));
  if (strategic.length > 0) return { basis: 'strategis', members: strategic };
  return { basis: 'semua', members: report.indicators };
}

/** Each indicator's recomputed capaian for the report's own year and period (its primary evaluation row). */
export function reportCapaian(report: Report, scored: ScoredReport): Map<string, Capaian> {
  const out = new Map<string, Capaian>();
  for (const indicator of report.indicators) {
    const row = primaryEvaluation(report, indicator.kode);
    const value =
      row && scored.values.find((v) => v.source.file === row.source.file && v.source.row === row.source.row);
    if (value) out.set(indicator.kode, value.capaian);
  }
  return out;
}

function isMet(capaian: Capaian): boolean | undefined {
  if (capaian.kind === 'persen') return capaian.value.greaterThanOrEqualTo(100);
  if (capaian.kind === 'ordinal') return capaian.met;
  return undefined;
}

interface Scales {
  own?: Extract<Scale, { jenis: 'predikat' }>;
  all: readonly Scale[];
}

function verdictOf(value: Decimal, scales: Scales, lang: Lang): HeadlineView['verdict'] {
  const national = scales.all.find((s) => s.slug === NATIONAL_SCALE_SLUG);
  const scale = scales.own ?? (national?.jenis === 'predikat' ? national : undefined);
  if (!scale) return undefined;
  const predicate: PredicateResult = evaluatePredicate(value, scale);
  const band = bandOf(predicate, scales.all);
  return {
    ...(band ? { band } : {}),
    label: predicate.kind === 'pita' ? predicate.label : lang === 'id' ? 'Di luar pita skala' : 'Outside every band',
    scaleName: scale.nama,
    national: scale !== scales.own,
  };
}

function whyLine(
  report: Report,
  scored: ScoredReport,
  ours: Decimal,
  basis: OverallBasis,
  members: Indicator[],
  lang: Lang,
): { printed?: string; why: string } {
  const summary = scored.summaries.find(
    (s) => s.kind === 'rata-rata-capaian' && s.scope === 'laporan' && s.year === report.meta.year,
  );
  const id = lang === 'id';
  if (!summary) {
    return { why: id ? 'Dokumen tidak mencetak rata-rata capaian.' : 'The document prints no average achievement.' };
  }
  const printed = summary.printed.text;
  const printedValue = summary.printed.kind === 'number' ? summary.printed.value : undefined;
  if (printedValue && printedValue.minus(ours).abs().lt('0.1')) {
    return { printed, why: id ? 'Sama dengan angka tercetak.' : 'The same as the printed figure.' };
  }
  if (summary.matchedReading) {
    return {
      printed,
      why: id
        ? `Dokumen merata-ratakan ${summary.matchedReading.id}; di sini dipakai ${BASIS_LABEL[basis].id}.`
        : `The document averages ${summary.matchedReading.en}; here we use ${BASIS_LABEL[basis].en}.`,
    };
  }
  const wrong = members.filter((i) => {
    const row = primaryEvaluation(report, i.kode);
    const v = row && scored.values.find((s) => s.source.file === row.source.file && s.source.row === row.source.row);
    return v?.printedCheck !== undefined && !v.printedCheck.matches;
  }).length;
  if (wrong > 0) {
    return {
      printed,
      why: id
        ? `Dokumen merata-ratakan capaian tercetaknya, ${wrong} di antaranya tidak sesuai dengan target dan realisasinya sendiri (lihat temuan).`
        : `The document averages its printed achievements, ${wrong} of which do not follow from its own targets and results (see findings).`,
    };
  }
  return {
    printed,
    why: id
      ? 'Tidak ada cara hitung yang menghasilkan angka tercetak (lihat temuan).'
      : 'No way of averaging gives the printed figure (see findings).',
  };
}

export interface HeadlineInput {
  report: Report;
  scored: ScoredReport;
  scale?: Extract<Scale, { jenis: 'predikat' }>;
}

/** The headline's figures before display: the overall average and how many indicators met their target. */
export interface OverallAchievement {
  basis: OverallBasis;
  members: Indicator[];
  average: AverageResult;
  /** The overall figure: the capped mean when the report declares a cap, else the mean. */
  mean: AverageResult['mean'];
  /** Indicators whose capaian says met or not met, and how many of them met. */
  rated: number;
  met: number;
}

/** The figures the headline shows; the downloads' `laporan` row carries the same (`capaian_keseluruhan`, …). */
export function overallAchievement(report: Report, scored: ScoredReport): OverallAchievement {
  const capaian = reportCapaian(report, scored);
  const { basis, members } = overallBasis(report);
  const average = averageCapaian(
    members.map((i) => ({ id: i.kode, capaian: capaian.get(i.kode) ?? notRated })),
    scored.conventions.cap,
  );
  // A report that declares a cap (batas_capaian) averages capped figures: so does its overall figure.
  const mean = average.capped?.mean ?? average.mean;
  const judged = report.indicators.map((i) => (capaian.has(i.kode) ? isMet(capaian.get(i.kode)!) : undefined));
  return {
    basis,
    members,
    average,
    mean,
    rated: judged.filter((j) => j !== undefined).length,
    met: judged.filter((j) => j === true).length,
  };
}

export function headlineView(entry: HeadlineInput, scales: readonly Scale[], lang: Lang, top = 3): HeadlineView {
  const { report, scored } = entry;
  const { basis, members, average, mean, rated, met } = overallAchievement(report, scored);
  const cap = scored.conventions.cap;
  const money = reportHeadline(report, scored);
  const findings = rankedFindingViews(scored.findings, lang, () => entityNames(report, lang));
  const view: HeadlineView = {
    sentence: '',
    topFindings: distinctFindings(findings).slice(0, top),
    findingCount: findings.length,
  };
  if (mean.kind === 'persen') {
    const ours = mean.value;
    view.overall = {
      text: showPercent(ours, lang),
      basis,
      basisLabel: BASIS_LABEL[basis][lang],
      ...(cap && average.capped
        ? {
            capNote:
              lang === 'id'
                ? `Sesuai laporan, setiap capaian dihitung paling tinggi ${showPercent(cap, lang)}.`
                : `As the report declares, each achievement counts at most ${showPercent(cap, lang)}.`,
          }
        : {}),
      included: average.included.length,
      excluded: average.excludedOrdinal.length + average.excludedNotComputable.length,
      ...whyLine(report, scored, ours, basis, members, lang),
    };
    view.verdict = verdictOf(ours, { ...(entry.scale ? { own: entry.scale } : {}), all: scales }, lang);
  }
  if (rated > 0) view.met = { met, rated, notRated: report.indicators.length - rated };
  if (money.pagu && money.realisasi) {
    view.budget = {
      paguShort: showRupiahShort(money.pagu, lang),
      paguExact: showRupiah(money.pagu, lang),
      realisasiShort: showRupiahShort(money.realisasi, lang),
      realisasiExact: showRupiah(money.realisasi, lang),
      ...(money.serapan ? { serapan: showPercent(money.serapan, lang) } : {}),
    };
  }
  view.sentence = sentenceOf(report, view, lang);
  return view;
}

const notRated: Capaian = {
  kind: 'tidak-dapat-dihitung',
  reason: 'realisasi-tidak-tercetak',
  message: { id: 'Tidak ada baris evaluasi.', en: 'No evaluation row.' },
};

function sentenceOf(report: Report, v: HeadlineView, lang: Lang): string {
  const when = periodLabel(report.meta.period, report.meta.year, lang);
  const parts: string[] = [];
  if (lang === 'id') {
    if (v.overall) {
      parts.push(
        `rata-rata capaian ${v.overall.included} ${v.overall.basisLabel} ${v.overall.text}${v.verdict ? ` (predikat “${v.verdict.label}”)` : ''}`,
      );
    }
    if (v.met) parts.push(`${v.met.met} dari ${v.met.rated} indikator mencapai target`);
    if (v.budget?.serapan) parts.push(`anggaran terserap ${v.budget.serapan} dari ${v.budget.paguShort}`);
    const body = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, dan ${parts.at(-1)}` : (parts[0] ?? '');
    const answer = body ? `${when}: ${body}.` : `${when}: laporan ini tidak memuat capaian yang dapat dihitung.`;
    return answer.charAt(0).toUpperCase() + answer.slice(1);
  }
  if (v.overall) {
    parts.push(
      `${v.overall.included === 1 ? `its only rated ${BASIS_SINGULAR[v.overall.basis]}` : `its ${v.overall.included} ${v.overall.basisLabel}`} ${v.overall.included === 1 ? 'reached' : 'averaged'} ${v.overall.text} of target${v.verdict ? ` (rated “${v.verdict.label}”)` : ''}`,
    );
  }
  if (v.met) parts.push(`${v.met.met} of ${v.met.rated} indicators met their target`);
  if (v.budget?.serapan) parts.push(`${v.budget.serapan} of the ${v.budget.paguShort} budget was used`);
  const body = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return body ? `${when}: ${body}.` : `${when}: this report has no achievement that can be computed.`;
}
