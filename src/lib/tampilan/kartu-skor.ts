/**
 * Scorecards: how each agency did in its latest report (overall achievement and its band, budget used,
 * findings by tier), for the home page and the agency list, and the same figures per report for an agency page.
 */
import type { Agency, Region, Report, Scale } from '../model.ts';
import type { ScoredReport, Tier } from '../skor/index.ts';
import { currentName } from '../instansi.ts';
import type { BandView } from './pita.ts';
import { headlineView } from './sorotan.ts';
import { shortReportTitle } from './halaman-temuan.ts';
import { rankedFindingViews, tierCounts, entityNames } from './temuan.ts';
import type { Lang } from './tampil.ts';

export interface ScoreSource {
  report: Report;
  scored: ScoredReport;
  scale?: Extract<Scale, { jenis: 'predikat' }>;
  agency: Agency;
  region: Region;
}

export interface ReportScore {
  reportId: string;
  /** `Kota Malang · LKjIP 2023` (quarterly: `…, Triwulan I (kumulatif)`). */
  label: string;
  year: number;
  overall?: string;
  band?: BandView;
  verdict?: string;
  serapan?: string;
  findings: number;
  tiers: [Tier, number][];
}

export interface Scorecard {
  agencySlug: string;
  agencyName: string;
  reports: number;
  latest: ReportScore;
}

export function reportScore(source: ScoreSource, scales: readonly Scale[], lang: Lang): ReportScore {
  const h = headlineView(source, scales, lang, 0);
  const views = rankedFindingViews(source.scored.findings, lang, () => entityNames(source.report, lang));
  return {
    reportId: source.report.id,
    label: shortReportTitle(source, lang),
    year: source.report.meta.year,
    ...(h.overall ? { overall: h.overall.text } : {}),
    ...(h.verdict?.band ? { band: h.verdict.band } : {}),
    ...(h.verdict ? { verdict: h.verdict.label } : {}),
    ...(h.budget?.serapan ? { serapan: h.budget.serapan } : {}),
    findings: views.length,
    tiers: tierCounts(views),
  };
}

/** Latest first: by year, then annual reports before quarterly ones, then by id (deterministic). */
export function latestFirst<T extends { report: Report }>(sources: readonly T[]): T[] {
  return [...sources].sort(
    (a, b) =>
      b.report.meta.year - a.report.meta.year ||
      Number(a.report.meta.period !== 'tahunan') - Number(b.report.meta.period !== 'tahunan') ||
      a.report.id.localeCompare(b.report.id),
  );
}

export function agencyScorecards(sources: readonly ScoreSource[], scales: readonly Scale[], lang: Lang): Scorecard[] {
  const byAgency = new Map<string, ScoreSource[]>();
  for (const s of sources) {
    const list = byAgency.get(s.agency.slug);
    if (list) list.push(s);
    else byAgency.set(s.agency.slug, [s]);
  }
  return [...byAgency.values()]
    .map((list) => {
      const latest = latestFirst(list)[0]!;
      return {
        agencySlug: latest.agency.slug,
        agencyName: currentName(latest.agency).nama,
        reports: list.length,
        latest: reportScore(latest, scales, lang),
      };
    })
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'id'));
}

const cardIndexes = new WeakMap<readonly ScoreSource[], Map<Lang, Map<string, Scorecard>>>();

/**
 * Every agency's scorecard by agency slug, computed once per list of reports and language: each region page of the
 * agency directory shows its own agencies' cards.
 */
export function scorecardsBySlug(
  sources: readonly ScoreSource[],
  scales: readonly Scale[],
  lang: Lang,
): ReadonlyMap<string, Scorecard> {
  const byLang = cardIndexes.get(sources) ?? new Map<Lang, Map<string, Scorecard>>();
  cardIndexes.set(sources, byLang);
  let index = byLang.get(lang);
  if (!index)
    byLang.set(lang, (index = new Map(agencyScorecards(sources, scales, lang).map((c) => [c.agencySlug, c]))));
  return index;
}
