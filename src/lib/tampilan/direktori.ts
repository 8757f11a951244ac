/**
 * The agency list of a large portal. One list of every agency, with a scorecard each, grew with the nation (77 kB
 * of HTML for 84 agencies; some 17,000 agencies for the country), and the home page repeated it with a row per
 * report. Beyond AGENCY_LIST_MAX agencies the list is a directory: provinces, each with its regencies and cities,
 * and each region has a page (`/wilayah/<region>/`) with the scorecards and list of its agencies.
 */
import type { Agency, Region } from '../model.ts';
import { byRegionName } from './sebaran.ts';

/** The most agencies one list (and the home page) shows with a scorecard each. */
export const AGENCY_LIST_MAX = 40;

/** The most reports the home page lists, latest first, when the portal has more. */
export const HOME_REPORTS_MAX = 20;

export interface RegionAgencies {
  region: Region;
  agencies: Agency[];
}

export interface ProvinceRegions {
  province: string;
  agencies: number;
  regions: RegionAgencies[];
}

const directories = new WeakMap<readonly Agency[], ProvinceRegions[] | undefined>();

/**
 * Provinces in name order, each with its regions in name order and their agencies in the order given; undefined
 * while every agency fits one list. An agency whose region is unknown is left out (validation refuses it).
 */
export function agencyDirectory(
  agencies: readonly Agency[],
  regions: ReadonlyMap<string, Region>,
): ProvinceRegions[] | undefined {
  if (directories.has(agencies)) return directories.get(agencies);
  let directory: ProvinceRegions[] | undefined;
  if (agencies.length > AGENCY_LIST_MAX) {
    const byRegion = new Map<string, RegionAgencies>();
    for (const agency of agencies) {
      const region = regions.get(agency.region);
      if (!region) continue;
      const entry = byRegion.get(region.slug);
      if (entry) entry.agencies.push(agency);
      else byRegion.set(region.slug, { region, agencies: [agency] });
    }
    const byProvince = new Map<string, RegionAgencies[]>();
    for (const entry of byRegion.values()) {
      const list = byProvince.get(entry.region.provinsi);
      if (list) list.push(entry);
      else byProvince.set(entry.region.provinsi, [entry]);
    }
    directory = [...byProvince]
      .sort(([a], [b]) => a.localeCompare(b, 'id') || (a < b ? -1 : 1))
      .map(([province, list]) => ({
        province,
        agencies: list.reduce((n, r) => n + r.agencies.length, 0),
        regions: list.sort((a, b) => byRegionName(a.region, b.region)),
      }));
  }
  directories.set(agencies, directory);
  return directory;
}

/** The page of a region's agencies in the directory. */
export function regionPath(region: Pick<Region, 'slug'>): string {
  return `/wilayah/${region.slug}/`;
}
