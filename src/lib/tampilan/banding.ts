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
import { balancedParts, byRegionName, regionsLabel } from './sebaran.ts';
import type { Lang } from './tampil.ts';

/**
 * One grid compares about this many agencies at most. A portal with more compares agencies in groups: of the same
 * urusan within a province (the health offices and hospitals of East Java), and all agencies of one region (the
 * offices of Kota Malang). A grid of every agency of the portal grew with the nation (8.6 MB of HTML at 5,000
 * reports) and compared health offices with sub-districts.
 */
export const COMPARE_AGENCIES_MAX = 40;

export interface CompareGroup {
  /**
   * Site path without the language prefix: `/bandingkan/urusan/<urusan>/<province>/` or
   * `/bandingkan/wilayah/<region>/`, with `<part>/` after it when the group is split.
   */
  path: string;
  kind: 'urusan' | 'wilayah';
  /** The urusan the agencies serve (kind `urusan`). */
  urusan?: string;
  province: string;
  /** The regions of the agencies, in name order, when the group is one region or part of a split province. */
  regions: Region[];
  /** Which part of a group split into parts of at most COMPARE_AGENCIES_MAX agencies. */
  part?: { index: number; of: number };
  agencies: Agency[];
}

const byName = (a: Agency, b: Agency) => currentName(a).nama.localeCompare(currentName(b).nama, 'id');

/** The groups of one key, split into parts when larger than one grid. */
function groupParts(
  base: Omit<CompareGroup, 'path' | 'regions' | 'agencies' | 'part'>,
  path: string,
  agencies: Agency[],
  regions: ReadonlyMap<string, Region>,
  splitBy: 'region' | 'name',
): CompareGroup[] {
  const regionsOf = (members: Agency[]) =>
    [...new Set(members.map((a) => a.region))].flatMap((slug) => regions.get(slug) ?? []).sort(byRegionName);
  if (agencies.length <= COMPARE_AGENCIES_MAX) {
    const sorted = [...agencies].sort(byName);
    return [{ ...base, path, regions: base.kind === 'wilayah' ? regionsOf(sorted) : [], agencies: sorted }];
  }
  const blocks =
    splitBy === 'name'
      ? [...agencies].sort(byName).map((a) => [a])
      : regionsOf(agencies).map((r) => agencies.filter((a) => a.region === r.slug).sort(byName));
  const parts = balancedParts(blocks, COMPARE_AGENCIES_MAX);
  return parts.map((members, i) => ({
    ...base,
    path: parts.length > 1 ? `${path}${i + 1}/` : path,
    regions: regionsOf(members),
    ...(parts.length > 1 ? { part: { index: i + 1, of: parts.length } } : {}),
    agencies: [...members].sort(byName),
  }));
}

/**
 * The groups the compare page is split into, or undefined when every agency fits one grid. An agency is in the
 * group of each urusan it serves in its province and in the group of its region; a group of one agency (nothing to
 * compare it with) is left out.
 */
export function compareGroups(
  agencies: readonly Agency[],
  regions: ReadonlyMap<string, Region>,
): CompareGroup[] | undefined {
  if (agencies.length <= COMPARE_AGENCIES_MAX) return undefined;
  const byUrusan = new Map<string, { urusan: string; province: string; agencies: Agency[] }>();
  const byRegion = new Map<string, Agency[]>();
  for (const agency of agencies) {
    const province = regions.get(agency.region)?.provinsi ?? '';
    // Two spellings of one urusan ("Sosial", "sosial") share a key, and the agency is in that group once.
    const keys = new Map<string, string>();
    for (const u of agency.urusan) {
      const key = `${slugify(u) || 'lain'}/${provinceSlug(province)}`;
      if (!keys.has(key)) keys.set(key, u);
    }
    for (const [key, urusan] of keys) {
      const group = byUrusan.get(key);
      if (group) group.agencies.push(agency);
      else byUrusan.set(key, { urusan, province, agencies: [agency] });
    }
    const members = byRegion.get(agency.region);
    if (members) members.push(agency);
    else byRegion.set(agency.region, [agency]);
  }
  const urusanGroups = [...byUrusan].flatMap(([key, g]) =>
    groupParts(
      { kind: 'urusan', urusan: g.urusan, province: g.province },
      `/bandingkan/urusan/${key}/`,
      g.agencies,
      regions,
      'region',
    ),
  );
  const regionGroups = [...byRegion].flatMap(([slug, members]) =>
    groupParts(
      { kind: 'wilayah', province: regions.get(slug)?.provinsi ?? '' },
      `/bandingkan/wilayah/${slug}/`,
      members,
      regions,
      'name',
    ),
  );
  const area = (g: CompareGroup) => g.regions.map((r) => r.nama).join(' ');
  const groups = [...urusanGroups, ...regionGroups].filter((g) => g.agencies.length >= 2);
  // No agency has a peer to be compared with in a group: the one grid it was.
  if (groups.length === 0) return undefined;
  return groups.sort(
    (a, b) =>
      Number(a.kind === 'wilayah') - Number(b.kind === 'wilayah') ||
      (a.urusan ?? '').localeCompare(b.urusan ?? '', 'id') ||
      a.province.localeCompare(b.province, 'id') ||
      area(a).localeCompare(area(b), 'id') ||
      (a.part?.index ?? 0) - (b.part?.index ?? 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

const groupIndexes = new WeakMap<readonly Agency[], Map<string, CompareGroup[]> | undefined>();

/**
 * The compare groups one agency is in, in `compareGroups` order (undefined when the portal is one grid). Indexed
 * once per list of agencies (every agency page asks); the regions are the portal's, the same for every page.
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

/**
 * The compare group of a region's agencies (the part holding the first of them, when the region's group is split),
 * or undefined when the portal is one grid or none of them is compared.
 */
export function regionGroup(
  compared: readonly Agency[],
  regions: ReadonlyMap<string, Region>,
  members: readonly Agency[],
): CompareGroup | undefined {
  for (const agency of members) {
    const group = groupsOf(compared, regions, agency.slug)?.find((g) => g.kind === 'wilayah');
    if (group) return group;
  }
  return undefined;
}

/** Where a group's agencies are: `Jawa Timur`, `Kota Malang, Jawa Timur`, `Kabupaten A s.d. Kota F, Jawa Timur`. */
export function groupArea(group: CompareGroup, lang: Lang): string {
  const { regions, province } = group;
  if (regions.length === 0) return province;
  const names = regionsLabel(regions, lang);
  return province ? `${names}, ${province}` : names;
}

/** A group's name: `Kesehatan — Jawa Timur`, `Semua instansi — Kota Malang, Jawa Timur (bagian 2 dari 3)`. */
export function groupTitle(group: CompareGroup, lang: Lang): string {
  const what = group.urusan ?? (lang === 'id' ? 'Semua instansi' : 'All agencies');
  const part = group.part
    ? lang === 'id'
      ? ` (bagian ${group.part.index} dari ${group.part.of})`
      : ` (part ${group.part.index} of ${group.part.of})`
    : '';
  return `${what} — ${groupArea(group, lang)}${part}`;
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
