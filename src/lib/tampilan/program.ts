/**
 * A programme page of a large portal. Every agency prints the support programme (Penunjang Urusan Pemerintahan
 * Daerah) in every report, so one page of all its rows grew with the nation: 4.6 MB of HTML at 5,000 reports, some
 * 300,000 rows for the country. Beyond PROGRAMME_ROWS_MAX rows the programme's page answers in a summary by
 * province, and each province (or part of one) has a page of its rows in the layout of an unsplit programme page.
 */
import type { PortalReport } from '../portal.ts';
import { activitiesOf, reportsWithActivities, type Activity } from './kegiatan.ts';
import type { Lang } from './tampil.ts';
import { refOf, type Programme, type ProgrammeEntry, type ProgrammeVariant } from './lintas.ts';
import { mapParts, splitByArea, type AreaPart, type PagesSplit } from './sebaran.ts';

/** The most rows (agency-report lines) one programme page lists. */
export const PROGRAMME_ROWS_MAX = 100;

export interface ProgrammePart extends AreaPart<ProgrammeEntry> {
  /** The programme narrowed to the part: its rows, and the places its name is printed in the part's area. */
  programme: Programme;
}

export interface ProgrammeSplit extends PagesSplit<ProgrammePart> {
  /** Every printed name with how many times it is printed, most printed first (sources are on the part pages). */
  variants: { nama: string; count: number }[];
  /**
   * Where the name is printed in a province with no row of the programme (a plan or tree line, no budget line):
   * no part page lists them, so the summary does. Few: a province that prints a programme has its budget lines.
   */
  elsewhere: (ProgrammeVariant['sources'][number] & { nama: string })[];
}

const byCount = (a: ProgrammeVariant, b: ProgrammeVariant) =>
  b.sources.length - a.sources.length || a.nama.localeCompare(b.nama);

const splits = new WeakMap<Programme, ProgrammeSplit | undefined>();

/** The pages a programme is split into, or undefined when its rows fit one page. Computed once per programme. */
export function programmeSplit(programme: Programme): ProgrammeSplit | undefined {
  if (splits.has(programme)) return splits.get(programme);
  const area = splitByArea(programme.entries, PROGRAMME_ROWS_MAX);
  let split: ProgrammeSplit | undefined;
  if (area) {
    const variantsOf = new Map(area.parts.map((p) => [p, new Map<string, ProgrammeVariant>()]));
    const elsewhere: ProgrammeSplit['elsewhere'] = [];
    for (const variant of programme.variants) {
      for (const source of variant.sources) {
        const part = area.partOf(source.ref);
        if (!part) {
          elsewhere.push({ ...source, nama: variant.nama });
          continue;
        }
        const own = variantsOf.get(part)!;
        const v = own.get(variant.nama) ?? { nama: variant.nama, sources: [] };
        own.set(variant.nama, v);
        v.sources.push(source);
      }
    }
    split = {
      ...mapParts(area, (p) => ({
        ...p,
        programme: { ...programme, entries: p.items, variants: [...variantsOf.get(p)!.values()].sort(byCount) },
      })),
      variants: programme.variants.map((v) => ({ nama: v.nama, count: v.sources.length })),
      elsewhere,
    };
  }
  splits.set(programme, split);
  return split;
}

const activityReports = new WeakMap<ProgrammeSplit, Map<string, PortalReport[]>>();

/**
 * The reports whose kegiatan of the programme a part page lists: those of the part's area (`partOf`, as for the
 * printed names), also when they have no line of the programme itself. Assigned once per split programme.
 */
export function partActivityReports(
  split: ProgrammeSplit,
  part: Pick<ProgrammePart, 'path'>,
  reports: readonly PortalReport[],
  programmeCode: string,
): readonly PortalReport[] {
  let byPart = activityReports.get(split);
  if (!byPart) {
    byPart = new Map();
    for (const report of reportsWithActivities(reports, programmeCode)) {
      const owner = split.partOf(refOf(report));
      if (!owner) continue;
      const list = byPart.get(owner.path);
      if (list) list.push(report);
      else byPart.set(owner.path, [report]);
    }
    activityReports.set(split, byPart);
  }
  return byPart.get(part.path) ?? [];
}

/**
 * The kegiatan a programme page lists: those of every report that links one to the programme, or on a part page of
 * a split programme those of the part's area (`partActivityReports`).
 */
export function programmeActivities(
  programme: Programme,
  part: Pick<ProgrammePart, 'path'> | undefined,
  reports: readonly PortalReport[],
  lang: Lang,
): Activity[] {
  if (!programme.code) return [];
  const split = part && programmeSplit(programme);
  const linking = split
    ? partActivityReports(split, part, reports, programme.code)
    : reportsWithActivities(reports, programme.code);
  return activitiesOf(linking, programme.code, lang);
}
