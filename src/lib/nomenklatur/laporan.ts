/**
 * Every programme, kegiatan and sub kegiatan of a report — budget lines, performance-tree nodes, Renja plan rows —
 * linked to the nomenclature, parents first so that a child is compared only with its parent's children.
 */
import type { CodeReview, Report, SourceRef } from '../model.ts';
import { linkSubject, similarity, type Link, type LinkOutcome, type NomenclatureIndex, type Subject } from './cocok.ts';

export type LinkedKind = 'anggaran' | 'pohon' | 'rencana';

export interface LinkedItem extends LinkOutcome {
  kind: LinkedKind;
  /** `id` of the budget or plan row, `kode` of the tree node. */
  id: string;
  level: Subject['level'];
  nama: string;
  printedCode?: string;
  source: SourceRef;
}

export interface ReportLinks {
  items: LinkedItem[];
  budget: ReadonlyMap<string, Link>;
  tree: ReadonlyMap<string, Link>;
  plan: ReadonlyMap<string, Link>;
}

interface Row {
  id: string;
  parent?: string;
  level: string;
  nama: string;
  kode?: string;
  source: SourceRef;
}

const LINKED_LEVELS = new Set(['program', 'kegiatan', 'subkegiatan']);

/** A reviewed link for a row, when its code is in the nomenclature (a review of an unknown code is a content error). */
function reviewed(index: NomenclatureIndex, row: Row, review: CodeReview | undefined): LinkOutcome | undefined {
  const entry = review ? index.byCode.get(review.kode) : undefined;
  if (!review || !entry) return undefined;
  return {
    link: { code: entry.kode, method: 'tinjauan', score: similarity(row.nama, entry.nama), reason: review.reason },
  };
}

function linkRows(
  index: NomenclatureIndex,
  kind: LinkedKind,
  rows: readonly Row[],
  reviews: ReadonlyMap<string, CodeReview> = new Map(),
): LinkedItem[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done = new Map<string, LinkedItem>();
  const visit = (row: Row, seen: Set<string>): LinkedItem | undefined => {
    if (done.has(row.id)) return done.get(row.id);
    if (seen.has(row.id)) return undefined; // a loop: reported by the validator, not here
    seen.add(row.id);
    const parent = row.parent ? byId.get(row.parent) : undefined;
    const parentItem = parent ? visit(parent, seen) : undefined;
    if (!LINKED_LEVELS.has(row.level)) return parentItem;
    const level = row.level as Subject['level'];
    const parentLink = parentItem?.link;
    const outcome =
      reviewed(index, row, reviews.get(row.id)) ??
      linkSubject(index, {
        level,
        nama: row.nama,
        ...(row.kode ? { printedCode: row.kode } : {}),
        ...(parentLink ? { parentLink } : {}),
      });
    const item: LinkedItem = {
      kind,
      id: row.id,
      level,
      nama: row.nama,
      ...(row.kode ? { printedCode: row.kode } : {}),
      source: row.source,
      ...outcome,
    };
    done.set(row.id, item);
    return item;
  };
  for (const row of rows) visit(row, new Set());
  return rows.flatMap((r) => (done.has(r.id) ? [done.get(r.id)!] : []));
}

function linksOf(items: readonly LinkedItem[]): Map<string, Link> {
  return new Map(items.flatMap((i) => (i.link ? [[i.id, i.link] as const] : [])));
}

export function linkReport(index: NomenclatureIndex, report: Report): ReportLinks {
  const reviewsOf = (file: CodeReview['file']) =>
    new Map((report.meta.codeReviews ?? []).filter((r) => r.file === file).map((r) => [r.id, r]));
  const budget = linkRows(
    index,
    'anggaran',
    report.budget.map((b) => ({
      id: b.id,
      parent: b.parent,
      level: b.level,
      nama: b.nama,
      kode: b.kode,
      source: b.source,
    })),
    reviewsOf('anggaran.csv'),
  );
  const tree = linkRows(
    index,
    'pohon',
    report.tree.map((n) => ({
      id: n.kode,
      parent: n.parent,
      level: n.level,
      nama: n.nama,
      kode: n.budgetCode,
      source: n.source,
    })),
    reviewsOf('pohon-kinerja.csv'),
  );
  const plan = linkRows(
    index,
    'rencana',
    report.plan.map((p) => ({
      id: p.id,
      parent: p.parent,
      level: p.level,
      nama: p.nama,
      kode: p.kode,
      source: p.source,
    })),
    reviewsOf('rencana.csv'),
  );
  return { items: [...budget, ...tree, ...plan], budget: linksOf(budget), tree: linksOf(tree), plan: linksOf(plan) };
}
