/**
 * The findings pages (`/temuan/`, `/temuan/jenis/<kind>/`, `/temuan/instansi/<agency>/`): every finding of every
 * report ranked by materiality, the filters (pre-rendered pages, so they work without JavaScript), and per kind a
 * plain explanation with a worked example from the data (the largest finding of that kind).
 *
 * A filter's findings come FINDINGS_PER_PAGE at a time (`…/halaman/<n>/` after the first page): one page held every
 * finding of the corpus, 5.2 MB of HTML at 1,000 synthetic reports and growing with the nation; now each page is
 * bounded and the pages together grow with the findings.
 */
import type { Agency, Region, Report } from '../model.ts';
import type { FindingKind, ScoredReport, Tier } from '../skor/index.ts';
import { currentName } from '../instansi.ts';
import {
  entityNames,
  FINDING_KIND_EXPLAINED,
  FINDING_KIND_LABEL,
  rankedFindingViews,
  tierCounts,
  type FindingView,
} from './temuan.ts';
import type { Lang } from './tampil.ts';
import { periodTag } from './periode.ts';

export interface FindingsSource {
  report: Report;
  scored: ScoredReport;
  agency: Agency;
  region: Region;
}

export type FindingsFilter = { by: 'semua' } | { by: 'jenis'; kind: FindingKind } | { by: 'instansi'; agency: string };

export interface KindSummary {
  kind: FindingKind;
  label: string;
  explained: string;
  count: number;
  /** The largest finding of this kind, as a worked example. */
  example: FindingView;
}

/** Findings on one page of a filter. */
export const FINDINGS_PER_PAGE = 100;

export interface FindingsPage {
  /** This page's findings, most material first. */
  findings: FindingView[];
  /** All findings of the filter, and their count per tier (not just this page's). */
  total: number;
  tiers: [Tier, number][];
  /** 1-based page number and the number of pages of this filter (at least 1). */
  page: number;
  pages: number;
  kinds: KindSummary[];
  /**
   * The agencies of the filter bar: all of them while they are few, else the AGENCY_LINKS with the most findings
   * (and the one filtered on) — the bar is on every findings page, so it must not grow with the nation.
   */
  agencies: { slug: string; name: string; count: number }[];
  /** How many agencies the portal has (the bar links to the agency list for the rest). */
  agencyCount: number;
  /** Report title per report id, for links. */
  titles: Map<string, string>;
}

/** Every finding of every report, most material first (one ranking across reports). */
function allViews(sources: readonly FindingsSource[], lang: Lang): FindingView[] {
  const names = new Map(sources.map((s) => [s.report.id, entityNames(s.report, lang)]));
  return rankedFindingViews(
    sources.flatMap((s) => s.scored.findings),
    lang,
    (report) => names.get(report) ?? ((e: string) => e),
  );
}

/** At most this many agencies in the findings pages' filter bar. */
export const AGENCY_LINKS = 20;

interface FindingsIndex extends Pick<FindingsPage, 'kinds' | 'agencies' | 'titles'> {
  views: FindingView[];
  agencyOf: Map<string, string>;
}

/**
 * The ranking, counts and titles shared by every findings page of one portal and language: each filter page
 * (one per agency and per kind) used to rank every finding of the corpus again, so the findings pages together
 * cost agencies × findings. Memoised on the sources array (the portal's), like the cross-report indexes.
 */
const indexes = new WeakMap<readonly FindingsSource[], Map<Lang, FindingsIndex>>();

function findingsIndex(sources: readonly FindingsSource[], lang: Lang): FindingsIndex {
  const byLang = indexes.get(sources) ?? new Map<Lang, FindingsIndex>();
  indexes.set(sources, byLang);
  const known = byLang.get(lang);
  if (known) return known;
  const views = allViews(sources, lang);
  const agencyOf = new Map(sources.map((s) => [s.report.id, s.agency.slug]));
  const kinds: KindSummary[] = [];
  for (const view of views) {
    const known = kinds.find((k) => k.kind === view.kind);
    if (known) known.count += 1;
    else
      kinds.push({
        kind: view.kind,
        label: FINDING_KIND_LABEL[view.kind][lang],
        explained: FINDING_KIND_EXPLAINED[view.kind][lang],
        count: 1,
        example: view,
      });
  }
  const perAgency = new Map<string, number>();
  for (const v of views) {
    const slug = agencyOf.get(v.report);
    if (slug !== undefined) perAgency.set(slug, (perAgency.get(slug) ?? 0) + 1);
  }
  const agencies = [...new Map(sources.map((s) => [s.agency.slug, s.agency])).values()].map((agency) => ({
    slug: agency.slug,
    name: currentName(agency).nama,
    count: perAgency.get(agency.slug) ?? 0,
  }));
  const titles = new Map(sources.map((s) => [s.report.id, shortReportTitle(s, lang)]));
  const index = { views, agencyOf, kinds, agencies, titles };
  byLang.set(lang, index);
  return index;
}

function filtered(index: FindingsIndex, filter: FindingsFilter): FindingView[] {
  return index.views.filter((v) =>
    filter.by === 'jenis'
      ? v.kind === filter.kind
      : filter.by === 'instansi'
        ? index.agencyOf.get(v.report) === filter.agency
        : true,
  );
}

const pageCount = (findings: number) => Math.max(1, Math.ceil(findings / FINDINGS_PER_PAGE));

export function findingsPage(
  sources: readonly FindingsSource[],
  filter: FindingsFilter,
  lang: Lang,
  page = 1,
): FindingsPage {
  const index = findingsIndex(sources, lang);
  const all = filtered(index, filter);
  const pages = pageCount(all.length);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`findings page ${page} of ${pages}`);
  const findings = all.slice((page - 1) * FINDINGS_PER_PAGE, page * FINDINGS_PER_PAGE);
  const { kinds, titles } = index;
  const agencies = filterBarAgencies(index.agencies, filter.by === 'instansi' ? filter.agency : undefined);
  const agencyCount = index.agencies.length;
  return { findings, total: all.length, tiers: tierCounts(all), page, pages, kinds, agencies, agencyCount, titles };
}

/** All agencies while they are few, else the AGENCY_LINKS with most findings and `current`, in their order. */
export function filterBarAgencies<A extends { slug: string; name: string; count: number }>(
  all: readonly A[],
  current?: string,
): A[] {
  if (all.length <= AGENCY_LINKS) return [...all];
  const top = [...all].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'id')).slice(0, AGENCY_LINKS);
  const shown = new Set(top.map((a) => a.slug));
  if (current !== undefined && !shown.has(current)) shown.add(current);
  return all.filter((a) => shown.has(a.slug));
}

/** The path of page `page` of a filter: `/temuan/`, `/temuan/halaman/2/`, `/temuan/jenis/<kind>/halaman/3/`, … */
export function findingsPagePath(filter: FindingsFilter, page = 1): string {
  const base =
    filter.by === 'jenis'
      ? `/temuan/jenis/${filter.kind}/`
      : filter.by === 'instansi'
        ? `/temuan/instansi/${filter.agency}/`
        : '/temuan/';
  return page === 1 ? base : `${base}halaman/${page}/`;
}

/** Pages 2… of every filter with more than one page of findings (the first pages have their own routes). */
export function laterFindingsPages(sources: readonly FindingsSource[]): { filter: FindingsFilter; page: number }[] {
  // Page counts do not depend on the language; the Indonesian index is the one the pages build anyway.
  const index = findingsIndex(sources, 'id');
  const filters: FindingsFilter[] = [
    { by: 'semua' },
    ...findingKindsPresent(sources).map((kind) => ({ by: 'jenis' as const, kind })),
    ...index.agencies.map((a) => ({ by: 'instansi' as const, agency: a.slug })),
  ];
  return filters.flatMap((filter) =>
    Array.from({ length: pageCount(filtered(index, filter).length) - 1 }, (_, i) => ({ filter, page: i + 2 })),
  );
}

const TYPE_SHORT = {
  lkjip: { id: 'LKjIP', en: 'LKjIP' },
  'laporan-triwulan': { id: 'Laporan triwulan', en: 'Quarterly report' },
  renja: { id: 'Renja', en: 'Work plan (Renja)' },
} as const;

/** `Kota Malang · LKjIP 2023`, `Kabupaten Lumajang · Laporan triwulan 2024, Triwulan I (kumulatif)`: short enough for a table. */
export function shortReportTitle(source: Pick<FindingsSource, 'report' | 'region'>, lang: Lang): string {
  const meta = source.report.meta;
  const tag = periodTag(meta.period, lang);
  return `${source.region.nama} · ${TYPE_SHORT[meta.type][lang]} ${meta.year}${tag ? `, ${tag}` : ''}`;
}

/** The kinds that have findings, for the filter pages' static paths. */
export function findingKindsPresent(sources: readonly FindingsSource[]): FindingKind[] {
  return [...new Set(sources.flatMap((s) => s.scored.findings.map((f) => f.kind)))].sort();
}
