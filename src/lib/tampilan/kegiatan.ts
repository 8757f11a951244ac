/**
 * The kegiatan (activities) of one national programme across reports, one per nomenclature code: every budget
 * line, tree node and plan row linked to a kegiatan code under the programme, with its figures per report and
 * every printed variant of its name. Programme pages list them, each with a permanent anchor keyed by its code.
 */
import type { BudgetLine } from '../model.ts';
import type { Link, LinkMethod } from '../nomenklatur/cocok.ts';
import { codeSlug, levelOf, programmeOf } from '../nomenklatur/kode.ts';
import { titleCase } from '../nomenklatur/judul.ts';
import { documentPath, type PortalReport } from '../portal.ts';
import { refOf, type ReportRef } from './lintas.ts';
import { showAmount, showPercent, type Amount, type Lang } from './tampil.ts';

export interface ActivityEntry {
  ref: ReportRef;
  table: string;
  pagu: Amount;
  realisasi: Amount;
  serapan: string;
}

export interface ActivityVariant {
  nama: string;
  sources: { ref: ReportRef; table: string; href: string; line?: number; method: LinkMethod }[];
}

export interface Activity {
  code: string;
  /** Fragment id on the programme page (`k-1-06-04-2-01`): the activity's permanent link. */
  anchor: string;
  /** Official name in title case (as the nomenclature prints kegiatan). */
  nama: string;
  entries: ActivityEntry[];
  variants: ActivityVariant[];
}

/** Budget roles in order of authority for a report's figures (as for programmes). */
const ROLE_ORDER = ['realisasi', 'pk-perubahan', 'pk', 'rencana'] as const;

const titleOf = (name: string): string => (name === name.toUpperCase() ? titleCase(name) : name);

const kegiatanCode = (link: Link | undefined): string | undefined =>
  link && levelOf(link.code) === 'kegiatan' ? link.code : undefined;

/** The kegiatan of `programmeCode` that any report links a line to, in code order. */
export function activitiesOf(entries: readonly PortalReport[], programmeCode: string, lang: Lang): Activity[] {
  const byCode = new Map<string, { entries: ActivityEntry[]; variants: Map<string, ActivityVariant> }>();
  const group = (code: string) => {
    const g = byCode.get(code) ?? { entries: [], variants: new Map<string, ActivityVariant>() };
    byCode.set(code, g);
    return g;
  };
  const names = new Map<string, string>();
  for (const entry of entries) {
    const links = entry.codes?.links;
    if (!links) continue;
    const { report, scored } = entry;
    const ref = refOf(entry);
    const printed = [
      ...report.budget.map((b) => ({ nama: b.nama, source: b.source, link: links.budget.get(b.id) })),
      ...report.tree.map((n) => ({ nama: n.nama, source: n.source, link: links.tree.get(n.kode) })),
      ...report.plan.map((p) => ({ nama: p.nama, source: p.source, link: links.plan.get(p.id) })),
    ];
    for (const item of printed) {
      const code = kegiatanCode(item.link);
      if (!code || programmeOf(code) !== programmeCode) continue;
      names.set(code, entry.codes!.index.byCode.get(code)?.nama ?? code);
      const variants = group(code).variants;
      const variant = variants.get(item.nama) ?? { nama: item.nama, sources: [] };
      variant.sources.push({
        ref,
        table: item.source.table,
        href: documentPath(report.meta.document.file, item.source.line),
        ...(item.source.line !== undefined ? { line: item.source.line } : {}),
        method: item.link!.method,
      });
      variants.set(item.nama, variant);
    }
    // One figure per kegiatan and report: the report year's line of the most authoritative role.
    const chosen = new Map<string, BudgetLine>();
    for (const role of ROLE_ORDER) {
      for (const line of report.budget.filter((b) => b.role === role && b.year === report.meta.year)) {
        const code = kegiatanCode(links.budget.get(line.id));
        if (code && programmeOf(code) === programmeCode && !chosen.has(code)) chosen.set(code, line);
      }
    }
    for (const [code, line] of chosen) {
      const s = scored.budget.find((b) => b.id === line.id)?.serapan;
      group(code).entries.push({
        ref,
        table: line.source.table,
        pagu: showAmount(line.pagu, lang),
        realisasi: showAmount(line.realisasi, lang),
        serapan: line.realisasi && s?.kind === 'persen' ? showPercent(s.value, lang) : '—',
      });
    }
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([code, g]) => ({
      code,
      anchor: `k-${codeSlug(code)}`,
      // Kegiatan names are printed in title case already (with HIV/AIDS, NAPZA in capitals); only an all-capitals
      // name is recased.
      nama: titleOf(names.get(code) ?? code),
      entries: g.entries.sort((a, b) => a.ref.year - b.ref.year || a.ref.agencyName.localeCompare(b.ref.agencyName)),
      variants: [...g.variants.values()],
    }));
}

const linkingIndexes = new WeakMap<readonly PortalReport[], Map<string, PortalReport[]>>();

/**
 * The reports that link any line to a kegiatan of `programmeCode`, in the order given: the only ones
 * `activitiesOf` reads anything from. Indexed once per list of reports (each programme page, and each province
 * page of a split programme, would otherwise read every line of every report).
 */
export function reportsWithActivities(
  entries: readonly PortalReport[],
  programmeCode: string,
): readonly PortalReport[] {
  let index = linkingIndexes.get(entries);
  if (!index) {
    index = new Map();
    for (const entry of entries) {
      const links = entry.codes?.links;
      if (!links) continue;
      const { report } = entry;
      const programmes = new Set<string>();
      const add = (link: Link | undefined) => {
        const code = kegiatanCode(link);
        const programme = code && programmeOf(code);
        if (programme) programmes.add(programme);
      };
      for (const b of report.budget) add(links.budget.get(b.id));
      for (const n of report.tree) add(links.tree.get(n.kode));
      for (const p of report.plan) add(links.plan.get(p.id));
      for (const code of programmes) {
        const list = index.get(code);
        if (list) list.push(entry);
        else index.set(code, [entry]);
      }
    }
    linkingIndexes.set(entries, index);
  }
  return index.get(programmeCode) ?? [];
}
