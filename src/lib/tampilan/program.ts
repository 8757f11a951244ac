/**
 * A programme page of a large portal. Every agency prints the support programme (Penunjang Urusan Pemerintahan
 * Daerah) in every report, so one page of all its rows grew with the nation: 4.6 MB of HTML at 5,000 reports, some
 * 300,000 rows for the country. Beyond PROGRAMME_ROWS_MAX rows the programme's page answers in a summary by
 * province, and each province (or part of one) has a page of its rows in the layout of an unsplit programme page.
 */
import type { Programme, ProgrammeEntry, ProgrammeVariant } from './lintas.ts';
import { mapParts, splitByArea, type AreaPart, type PagesSplit } from './sebaran.ts';

/** The most rows (agency-report lines) one programme page lists. */
export const PROGRAMME_ROWS_MAX = 100;

export interface ProgrammePart extends AreaPart<ProgrammeEntry> {
  /** The programme narrowed to the part: its rows, and the places its name is printed in the part's area. */
  programme: Programme;
}

export interface ProgrammeSplit extends PagesSplit<ProgrammePart> {
  /** Every printed name with how many places print it, most printed first (sources are on the part pages). */
  variants: { nama: string; count: number }[];
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
    for (const variant of programme.variants) {
      for (const source of variant.sources) {
        const part = area.partOf(source.ref);
        if (!part) continue;
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
    };
  }
  splits.set(programme, split);
  return split;
}
