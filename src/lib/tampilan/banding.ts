/**
 * The compare page: which agencies are compared side by side, and warnings for a row that puts 2020 beside 2023,
 * or a first-quarter (cumulative) figure beside an annual one, because those figures are not directly comparable.
 */
import { currentName } from '../instansi.ts';
import type { Agency, Region } from '../model.ts';
import { provinceSlug } from '../bangun/partisi.ts';
import { slugify } from './kunci.ts';
import type { CompareRow } from './lintas.ts';
import { yearWithPeriod } from './periode.ts';
import type { Lang } from './tampil.ts';

/**
 * One grid compares at most this many agencies. A portal with more compares agencies of the same urusan within a
 * province (the 38 health offices of East Java), or within a region when a province has more of them (the
 * kecamatan of one kabupaten): a grid of every agency of the portal grew with the nation (8.6 MB of HTML at 5,000
 * reports) and compared health offices with sub-districts.
 */
export const COMPARE_AGENCIES_MAX = 40;

export interface CompareGroup {
  /** Site path without the language prefix: `/bandingkan/<urusan>/<province>/` (`…/<region>/` when split). */
  path: string;
  urusan: string;
  province: string;
  region?: Region;
  agencies: Agency[];
}

const groupIndexes = new WeakMap<readonly Agency[], Map<string, CompareGroup[]> | undefined>();

/**
 * The compare groups one agency is in, in `compareGroups` order (undefined when the portal is one grid). Indexed once
 * per list of agencies: every agency page asks.
 */
export function groupsOf(
  agencies: readonly Agency[],
  regions: ReadonlyMap<string, Region>,
  agencySlug: string,
): CompareGroup[] | undefined {
  if (!groupIndexes.has(agencies)) {
    const groups = compareGroups(agencies, regions);
    const index = groups && new Map<string, CompareGroup[]>();
    for (const group of groups ?? []) {
      for (const agency of group.agencies) {
        const list = index!.get(agency.slug);
        if (list) list.push(group);
        else index!.set(agency.slug, [group]);
      }
    }
    groupIndexes.set(agencies, index);
  }
  const index = groupIndexes.get(agencies);
  return index && (index.get(agencySlug) ?? []);
}

const byName = (a: Agency, b: Agency) => currentName(a).nama.localeCompare(currentName(b).nama, 'id');

/**
 * The groups the compare page is split into, or undefined when every agency fits one grid. An agency is in the group
 * of each urusan it serves; a group of one agency (nothing to compare it with) is left out.
 */
export function compareGroups(
  agencies: readonly Agency[],
  regions: ReadonlyMap<string, Region>,
): CompareGroup[] | undefined {
  if (agencies.length <= COMPARE_AGENCIES_MAX) return undefined;
  const groups = new Map<string, { urusan: string; province: string; agencies: Agency[] }>();
  for (const agency of agencies) {
    const province = regions.get(agency.region)?.provinsi ?? '';
    // Two spellings of one urusan ("Sosial", "sosial") share a key, and the agency is in that group once.
    const keys = new Map(agency.urusan.map((u) => [`${slugify(u) || 'urusan'}/${provinceSlug(province)}`, u]));
    for (const [key, urusan] of keys) {
      const group = groups.get(key);
      if (group) group.agencies.push(agency);
      else groups.set(key, { urusan, province, agencies: [agency] });
    }
  }
  const out: CompareGroup[] = [];
  for (const [key, group] of groups) {
    if (group.agencies.length <= COMPARE_AGENCIES_MAX) {
      out.push({ path: `/bandingkan/${key}/`, ...group, agencies: group.agencies.sort(byName) });
      continue;
    }
    const byRegion = new Map<string, Agency[]>();
    for (const agency of group.agencies) {
      const members = byRegion.get(agency.region);
      if (members) members.push(agency);
      else byRegion.set(agency.region, [agency]);
    }
    for (const [slug, members] of byRegion) {
      const region = regions.get(slug);
      out.push({
        path: `/bandingkan/${key}/${slug}/`,
        urusan: group.urusan,
        province: group.province,
        ...(region ? { region } : {}),
        agencies: members.sort(byName),
      });
    }
  }
  return out
    .filter((g) => g.agencies.length >= 2)
    .sort(
      (a, b) =>
        a.urusan.localeCompare(b.urusan, 'id') ||
        a.province.localeCompare(b.province, 'id') ||
        (a.region?.nama ?? '').localeCompare(b.region?.nama ?? '', 'id') ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    );
}

export interface CompareWarning {
  years: boolean;
  periods: boolean;
  /** The distinct year/period labels, in order: `2020`, `2024 · Triwulan I (kumulatif)`. */
  labels: string[];
}

/** Why a row's cells are not comparable (undefined when they are), for the agencies shown. */
export function compareWarning(row: CompareRow, agencies: readonly string[], lang: Lang): CompareWarning | undefined {
  const cells = agencies.map((a) => row.cells[a]).filter((c) => c !== undefined);
  const years = new Set(cells.map((c) => c.year));
  const periods = new Set(cells.map((c) => c.period));
  if (years.size <= 1 && periods.size <= 1) return undefined;
  const labels = [
    ...new Set(
      [...cells]
        .sort((a, b) => a.year - b.year || a.period.localeCompare(b.period))
        .map((c) => yearWithPeriod(c.year, c.period, lang)),
    ),
  ];
  return { years: years.size > 1, periods: periods.size > 1, labels };
}
