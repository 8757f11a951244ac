import type { Agency, AgencyName } from './model.ts';

/** The name an agency carried in a given year (its name history), falling back to the latest name. */
export function agencyNameIn(agency: Agency, year: number): AgencyName {
  const match = agency.names.find((n) => (n.mulai ?? -Infinity) <= year && year <= (n.sampai ?? Infinity));
  return match ?? agency.names[agency.names.length - 1]!;
}

/** The current name of an agency. */
export function currentName(agency: Agency): AgencyName {
  return agency.names[agency.names.length - 1]!;
}
