/**
 * The findings pages (`/temuan/`, `/temuan/jenis/<kind>/`, `/temuan/instansi/<agency>/`): every finding of every
 * report ranked by materiality, the filters (pre-rendered pages, so they work without JavaScript), and per kind a
 * plain explanation with a worked example from the data (the largest finding of that kind).
 */
import type { Agency, Region, Report } from '../model.ts';
import type { FindingKind, ScoredReport } from '../skor/index.ts';
import { currentName } from '../instansi.ts';
import {
  entityNames,
  FINDING_KIND_EXPLAINED,
  FINDING_KIND_LABEL,
  rankedFindingViews,
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

export interface FindingsPage {
  findings: FindingView[];
  kinds: KindSummary[];
  agencies: { slug: string; name: string; count: number }[];
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

interface FindingsIndex extends Omit<FindingsPage, 'findings'> {
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

export function findingsPage(sources: readonly FindingsSource[], filter: FindingsFilter, lang: Lang): FindingsPage {
  const { views, agencyOf, kinds, agencies, titles } = findingsIndex(sources, lang);
  const findings = views.filter((v) =>
    filter.by === 'jenis'
      ? v.kind === filter.kind
      : filter.by === 'instansi'
        ? agencyOf.get(v.report) === filter.agency
        : true,
  );
  return { findings, kinds, agencies, titles };
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
