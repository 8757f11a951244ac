/**
 * Splitting a list that gathers rows of every agency and year (a programme's budget lines across reports) into
 * pages that do not grow with the nation: one page per province, a province too long for one page in parts made of
 * whole regions in name order, and a region too long for one page by year. The longest page is then one region's
 * rows of one year, whatever the size of the portal.
 */
import { provinceSlug } from '../bangun/partisi.ts';
import type { Region } from '../model.ts';
import type { ReportRef } from './lintas.ts';
import type { Lang } from './tampil.ts';

/**
 * Parts of at most about `max` items, of similar size, each made of whole blocks in order: a block larger than
 * `max` is a part of its own, and a part is never left with one item (it takes the next block, or joins the
 * previous part).
 */
export function balancedParts<T>(blocks: T[][], max: number): T[][] {
  const total = blocks.reduce((n, b) => n + b.length, 0);
  const target = Math.ceil(total / Math.ceil(total / max));
  const parts: T[][] = [];
  let current: T[] = [];
  for (const block of blocks) {
    const full = current.length >= target || current.length + block.length > max;
    if (current.length >= 2 && full) {
      parts.push(current);
      current = [];
    }
    current = current.concat(block);
  }
  if (current.length < 2 && parts.length > 0) parts[parts.length - 1]!.push(...current);
  else parts.push(current);
  return parts;
}

export interface AreaPart<T> {
  /** Path below the page that is split: `<province>/`, or `<province>/<part>/` when the province is split. */
  path: string;
  province: string;
  /** The regions of the part's rows, in name order. */
  regions: Region[];
  /** The years of the part, when it holds only some years of a region too long for one page. */
  years?: number[];
  /** Which part of its province, when the province is split. */
  part?: { index: number; of: number };
  /** The rows, in the order they were given. */
  items: T[];
}

export const byRegionName = (a: Region, b: Region) => a.nama.localeCompare(b.nama, 'id') || (a.slug < b.slug ? -1 : 1);

/** Each item's region and year, and the most rows one page holds. */
export interface SplitBy<T> {
  region: (item: T) => Region;
  year: (item: T) => number;
  max: number;
}

/** The pages `items` are split into, by province in name order (see the module comment). */
export function areaParts<T>(items: readonly T[], by: SplitBy<T>): AreaPart<T>[] {
  const order = new Map(items.map((item, i) => [item, i]));
  const inOrder = (list: T[]) => list.sort((a, b) => order.get(a)! - order.get(b)!);
  const byProvince = new Map<string, Map<string, { region: Region; items: T[] }>>();
  for (const item of items) {
    const region = by.region(item);
    const regions = byProvince.get(region.provinsi) ?? new Map<string, { region: Region; items: T[] }>();
    byProvince.set(region.provinsi, regions);
    const block = regions.get(region.slug) ?? { region, items: [] };
    regions.set(region.slug, block);
    block.items.push(item);
  }
  const provinces = [...byProvince.keys()].sort((a, b) => a.localeCompare(b, 'id') || (a < b ? -1 : 1));
  return provinces.flatMap((province): AreaPart<T>[] => {
    const blocks = [...byProvince.get(province)!.values()].sort((a, b) => byRegionName(a.region, b.region));
    const regionOf = new Map(blocks.flatMap((b) => b.items.map((item) => [item, b.region] as const)));
    const regionsIn = (list: T[]) => [...new Set(list.map((item) => regionOf.get(item)!))].sort(byRegionName);
    const slug = provinceSlug(province);
    const all = blocks.flatMap((b) => b.items);
    if (all.length <= by.max) return [{ path: `${slug}/`, province, regions: regionsIn(all), items: inOrder(all) }];
    // Regions that fit are balanced together; a region that does not is split by year, on parts of its own.
    const parts: { items: T[]; years?: number[] }[] = [];
    let run: T[][] = [];
    const flush = () => {
      if (run.length > 0) parts.push(...balancedParts(run, by.max).map((list) => ({ items: list })));
      run = [];
    };
    for (const block of blocks) {
      if (block.items.length <= by.max) {
        run.push(block.items);
        continue;
      }
      flush();
      const years = [...new Set(block.items.map(by.year))].sort((a, b) => a - b);
      const yearBlocks = years.map((y) => block.items.filter((item) => by.year(item) === y));
      for (const list of balancedParts(yearBlocks, by.max)) {
        parts.push({ items: list, years: [...new Set(list.map(by.year))].sort((a, b) => a - b) });
      }
    }
    flush();
    return parts.map((p, i) => ({
      path: `${slug}/${i + 1}/`,
      province,
      regions: regionsIn(p.items),
      ...(p.years ? { years: p.years } : {}),
      part: { index: i + 1, of: parts.length },
      items: inOrder(p.items),
    }));
  });
}

/**
 * A part page's key, as chart CSVs and embed pages name their page: the split page's key and the part's path
 * (`program/<key>` → `program/<key>/<province>[/<part>]`).
 */
export function partPage(page: string, part: Pick<AreaPart<unknown>, 'path'>): string {
  return `${page}/${part.path.slice(0, -1)}`;
}

/** Regions in words: `Kota Malang`, `Kota Batu, Kota Malang`, `Kabupaten Blitar s.d. Kota Malang` (first to last). */
export function regionsLabel(regions: readonly Region[], lang: Lang): string {
  if (regions.length <= 2) return regions.map((r) => r.nama).join(', ');
  return `${regions[0]!.nama} ${lang === 'id' ? 's.d.' : 'to'} ${regions.at(-1)!.nama}`;
}

/** Years in words: `2024`, `2023, 2024`, `2021–2024`. */
export function yearsLabel(years: readonly number[]): string {
  return years.length > 2 ? `${years[0]}–${years.at(-1)}` : years.join(', ');
}

/** The years of a spread: `2024`, `2021–2024`. */
export function spanLabel(spread: Pick<Spread, 'firstYear' | 'lastYear'>): string {
  return spread.firstYear === spread.lastYear ? String(spread.firstYear) : `${spread.firstYear}–${spread.lastYear}`;
}

export function provinceLabel(province: string, lang: Lang): string {
  return province || (lang === 'id' ? 'Tanpa provinsi' : 'No province');
}

/**
 * Where a part's rows come from, in words: `Jawa Timur`, `Kota Batu – Kota Malang, Jawa Timur`,
 * `Kota Malang, Jawa Timur, 2024`.
 */
export function partArea(part: Pick<AreaPart<unknown>, 'province' | 'regions' | 'years' | 'part'>, lang: Lang): string {
  const province = provinceLabel(part.province, lang);
  if (!part.part) return province;
  return [regionsLabel(part.regions, lang), province, ...(part.years ? [yearsLabel(part.years)] : [])].join(', ');
}

/**
 * A province's parts as a reader scans them: parts of several regions one by one, and the year parts of one
 * region together (`Kota Malang: 2023, 2024`).
 */
export function partLinks<P extends AreaPart<unknown>>(parts: readonly P[]): { regions: Region[]; parts: P[] }[] {
  const out: { regions: Region[]; parts: P[] }[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    const sameRegion =
      part.years &&
      last?.parts[0]!.years &&
      last.regions.length === 1 &&
      last.regions[0]!.slug === part.regions[0]!.slug;
    if (sameRegion) last.parts.push(part);
    else out.push({ regions: part.regions, parts: [part] });
  }
  return out;
}

// ---- cross-report rows ------------------------------------------------------------------------------------------

/** What a cross-report row (a programme's budget line, an indicator's value) carries of its report. */
export interface Placed {
  ref: Pick<ReportRef, 'id' | 'year' | 'region' | 'agency'>;
}

/** Where rows come from: how many agencies, regions and reports, and which years. */
export interface Spread {
  agencies: number;
  regions: number;
  reports: number;
  firstYear: number;
  lastYear: number;
}

export function spreadOf(entries: readonly Placed[]): Spread {
  // A loop, not Math.min(...years): a national list has more rows than a call takes arguments.
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const e of entries) {
    firstYear = Math.min(firstYear, e.ref.year);
    lastYear = Math.max(lastYear, e.ref.year);
  }
  return {
    agencies: new Set(entries.map((e) => e.ref.agency.slug)).size,
    regions: new Set(entries.map((e) => e.ref.region.slug)).size,
    reports: new Set(entries.map((e) => e.ref.id)).size,
    firstYear,
    lastYear,
  };
}

export interface ProvinceSpread<P> extends Spread {
  province: string;
  parts: P[];
}

export interface AreaSplit<E extends Placed> extends Spread {
  parts: AreaPart<E>[];
  provinces: ProvinceSpread<AreaPart<E>>[];
  /**
   * The part a row of another kind from the same reports belongs to (a printed name, a benchmark): the part listing
   * its report, else the part of its region (and year, when the region is split by year), else the first part of
   * its province; undefined for a province with no rows.
   */
  partOf: (ref: Placed['ref']) => AreaPart<E> | undefined;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rows of every agency split into pages by area (`areaParts`), or undefined when they fit one page. */
export function splitByArea<E extends Placed>(entries: readonly E[], max: number): AreaSplit<E> | undefined {
  if (entries.length <= max) return undefined;
  const parts = areaParts(entries, { region: (e) => e.ref.region, year: (e) => e.ref.year, max });
  const byReport = new Map<string, AreaPart<E>>();
  const byRegion = new Map<string, AreaPart<E>[]>();
  const byProvince = new Map<string, AreaPart<E>[]>();
  for (const part of parts) {
    for (const e of part.items) byReport.set(e.ref.id, part);
    for (const r of part.regions) pushTo(byRegion, r.slug, part);
    pushTo(byProvince, part.province, part);
  }
  return {
    ...spreadOf(entries),
    parts,
    provinces: [...byProvince].map(([province, own]) => ({
      province,
      ...spreadOf(own.flatMap((p) => p.items)),
      parts: own,
    })),
    partOf: (ref) =>
      byReport.get(ref.id) ??
      byRegion.get(ref.region.slug)?.find((p) => !p.years || p.years.includes(ref.year)) ??
      byRegion.get(ref.region.slug)?.[0] ??
      byProvince.get(ref.region.provinsi)?.[0],
  };
}

export interface PagesSplit<P> extends Spread {
  parts: P[];
  provinces: ProvinceSpread<P>[];
  /** The page a row of another kind from the same reports belongs to (`AreaSplit.partOf`). */
  partOf: (ref: Placed['ref']) => P | undefined;
}

/** The split with each part made into its page's data (the rows narrowed to it, with what goes with them). */
export function mapParts<E extends Placed, P>(area: AreaSplit<E>, page: (part: AreaPart<E>) => P): PagesSplit<P> {
  const pages = new Map(area.parts.map((part) => [part, page(part)]));
  return {
    agencies: area.agencies,
    regions: area.regions,
    reports: area.reports,
    firstYear: area.firstYear,
    lastYear: area.lastYear,
    parts: [...pages.values()],
    provinces: area.provinces.map((p) => ({ ...p, parts: p.parts.map((part) => pages.get(part)!) })),
    partOf: (ref) => {
      const part = area.partOf(ref);
      return part && pages.get(part);
    },
  };
}

/** A page below a split page: a province's rows (its only part), the list of a split province's parts, or a part. */
export type SplitPage<P> = { path: string; province: string } & ({ part: P } | { index: ProvinceSpread<P> });

/**
 * The pages below a split page, each province at `<province>/` (its rows when they fit one page, else the list of
 * its parts) and each part of a split province at `<province>/<n>/`. Paths without the trailing slash.
 */
export function splitPages<P extends Pick<AreaPart<unknown>, 'path'>>(split: PagesSplit<P>): SplitPage<P>[] {
  return split.provinces.flatMap((p): SplitPage<P>[] => {
    const only = p.parts.length === 1 ? p.parts[0] : undefined;
    if (only) return [{ path: only.path.slice(0, -1), province: p.province, part: only }];
    const index = { path: p.parts[0]!.path.split('/')[0]!, province: p.province, index: p };
    return [index, ...p.parts.map((part) => ({ path: part.path.slice(0, -1), province: p.province, part }))];
  });
}

/** The page of a part's province below the split page (`<province>/`): its rows, or the list of its parts. */
export function provincePagePath(part: Pick<AreaPart<unknown>, 'path'>): string {
  return `${part.path.split('/')[0]}/`;
}

/**
 * The pages a split-able cross-report route renders in this build: the page itself (`bagian` undefined) when the
 * build owns its key, and each province's and part's page (`splitPages`) whose province it owns.
 */
export function splitRoutes<P extends Pick<AreaPart<unknown>, 'path'>>(
  split: PagesSplit<P> | undefined,
  ownsKey: boolean,
  ownsProvince: (province: string) => boolean,
): { bagian?: string; part?: P; index?: ProvinceSpread<P> }[] {
  const below = (split ? splitPages(split) : [])
    .filter((page) => ownsProvince(page.province))
    .map((page) => ({ bagian: page.path, ...('part' in page ? { part: page.part } : { index: page.index }) }));
  return [...(ownsKey ? [{}] : []), ...below];
}

/** Where a page of a split-able cross-report route sits (`splitRoutes`): its title, keys and way back. */
export interface SplitPageHead {
  /** The area in words, on a page below the split one (`Kota Malang, Jawa Timur, 2024`; a province's name). */
  area?: string;
  /** `Program X`, or `Program X — <area>`. */
  title: string;
  /** The page's key for its charts (`program/<key>` or `program/<key>/<province>[/<part>]`). */
  page: string;
  /** The split page's path (`/program/<key>/`). */
  base: string;
  /** Below the split page: the counts of this page's area, and whether they are a whole province's. */
  counts?: Spread & { province: boolean };
  /** On a part of a split province: the province's page (the list of its parts) and its name. */
  provincePage?: { path: string; name: string };
}

/** The head of the page at `root/<key>/` (`root` `program` or `indikator`), of one of its provinces or parts. */
export function splitPageHead(
  root: string,
  key: string,
  nama: string,
  below: { part?: AreaPart<Placed>; index?: ProvinceSpread<unknown> },
  lang: Lang,
): SplitPageHead {
  const { part, index } = below;
  const base = `/${root}/${key}/`;
  const area = part ? partArea(part, lang) : index && provinceLabel(index.province, lang);
  const counts = part ? spreadOf(part.items) : index;
  return {
    ...(area ? { area } : {}),
    title: area ? `${nama} — ${area}` : nama,
    page: part ? partPage(`${root}/${key}`, part) : `${root}/${key}`,
    base,
    ...(counts ? { counts: { ...counts, province: !part?.part } } : {}),
    ...(part?.part
      ? { provincePage: { path: `${base}${provincePagePath(part)}`, name: provinceLabel(part.province, lang) } }
      : {}),
  };
}
