/**
 * Linking printed programme, kegiatan and sub kegiatan names to nomenclature codes (rules in docs/nomenklatur.md):
 *
 * 1. A printed nomenclature code wins. When the printed name fits another entry better, the line is listed
 *    for review ("kode-nama-beda") but stays on its printed code — unless the printed code's official name is
 *    below the candidate threshold against the printed name while the name links elsewhere: then the code is
 *    taken as misprinted, the name decides, and the line is listed all the same.
 * 2. Otherwise the name is compared with the official names of the same level, under the already-linked parent
 *    when there is one. Names are compared without case, accents, punctuation, spaces (PDF extraction splits and
 *    joins words: "PROGRAMPENINGKATA NDISIPLIN"), funding tags ("(DBH-CHT)") and bracketed acronyms ("(PHA)").
 *    Similarity is
 *    1 − Levenshtein distance ÷ length of the longer name:
 *      = 1 (same compact name)   → linked, "nama-sama";
 *      ≥ 0,90                    → linked, "nama-mirip", listed for review;
 *      ≥ 0,80                    → not linked, listed as a candidate ("kandidat");
 *      below                     → not linked ("tanpa-padanan").
 * 3. Programmes not in the 2021 nomenclature (Permendagri 13/2006 names, regional names) go through the
 *    crosswalk with the same name comparison; a mapping of confidence "rendah" is shown but not linked.
 * 4. A reviewed link (`laporan.yaml → tautan_kode`, see laporan.ts) replaces all of the above for its line: a
 *    person decided, with evidence, what no threshold may decide. It is listed for review like a similar name.
 */
import { distance } from 'fastest-levenshtein';
import type { CrosswalkEntry, Nomenclature, NomenclatureEntry, NomenclatureLevel } from '../model.ts';
import { parentCode, programmeOf, readPrintedCode } from './kode.ts';

/** Linked at or above this similarity (listed for review below 1). */
export const LINK_THRESHOLD = 0.9;
/** Shown as a candidate, never linked, at or above this similarity. */
export const CANDIDATE_THRESHOLD = 0.8;

/** A bracketed acronym ("(PHA)", "(KB)"): printed by some documents and not by others. */
const ACRONYM = /\([A-Z][A-Z0-9]{1,5}\)/g;
const FUNDING_TAG = /\((?:DBH[\s-]*CHT|BK\s*PROV|DAK(?:\s*NF)?|DAU|DID|DIF|BANKEU)\)/gi;

/** A name reduced to what survives extraction: lowercase ASCII letters and digits only. */
export function compactName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(FUNDING_TAG, ' ')
      .replace(ACRONYM, ' ')
      .toLowerCase()
      .replace(/\bkab\s*\/\s*kota\b/g, 'kabupaten/kota')
      .replace(/&/g, ' dan ')
      .replace(/[^a-z0-9]+/g, '')
      // "PROGRAMPENINGKATA N…": the word may be glued to the next one.
      .replace(/^program/, '')
  );
}

/** 1 for the same compact name, down to 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const x = compactName(a);
  const y = compactName(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

export type LinkMethod = 'kode-tercetak' | 'nama-sama' | 'nama-mirip' | 'padanan' | 'tinjauan';

export interface Link {
  code: string;
  method: LinkMethod;
  /** Name similarity behind the link (1 for a printed code whose name also fits). */
  score: number;
  /** For crosswalk links: the crosswalk's confidence. */
  confidence?: CrosswalkEntry['confidence'];
  /** What reading the printed code changed (two-digit sub kegiatan, …). */
  changes?: string[];
  /** For reviewed links (`laporan.yaml → tautan_kode`): the transcriber's evidence. */
  reason?: string;
}

export type LinkProblem =
  /** A printed code that is not in the nomenclature (or not a nomenclature code at all). */
  | 'kode-tidak-dikenal'
  /** The printed code names one entry, the printed name fits another better. */
  | 'kode-nama-beda'
  /** A name close to an official name, below the link threshold. */
  | 'kandidat'
  /** A crosswalk entry of low confidence, or one without a single counterpart. */
  | 'padanan-lemah'
  /** Nothing close enough. */
  | 'tanpa-padanan';

export interface Candidate {
  code: string;
  score: number;
}

export interface LinkOutcome {
  link?: Link;
  problem?: LinkProblem;
  /** Best entry for the name, when it is not the link (for review). */
  candidate?: Candidate;
}

export interface Subject {
  level: 'program' | 'kegiatan' | 'subkegiatan';
  nama: string;
  printedCode?: string;
  /** The link of the nearest linked ancestor: its code narrows the names compared. */
  parentLink?: Link;
}

/** The nomenclature indexed for matching: entries by code and by level. */
export interface NomenclatureIndex {
  byCode: ReadonlyMap<string, NomenclatureEntry>;
  byLevel: ReadonlyMap<NomenclatureLevel, readonly NomenclatureEntry[]>;
  crosswalk: readonly CrosswalkEntry[];
}

export function indexNomenclature(nomenclature: Nomenclature | undefined): NomenclatureIndex {
  const entries = nomenclature?.entries ?? [];
  const byLevel = new Map<NomenclatureLevel, NomenclatureEntry[]>();
  for (const e of entries) byLevel.set(e.level, [...(byLevel.get(e.level) ?? []), e]);
  return { byCode: new Map(entries.map((e) => [e.kode, e])), byLevel, crosswalk: nomenclature?.crosswalk ?? [] };
}

function best<T>(
  items: readonly T[],
  name: string,
  nameOf: (item: T) => string,
): { item: T; score: number } | undefined {
  let top: { item: T; score: number } | undefined;
  for (const item of items) {
    const score = similarity(name, nameOf(item));
    if (!top || score > top.score) top = { item, score };
  }
  return top;
}

/** The entries a subject's name is compared with: its level, under its linked parent when it has one. */
function pool(index: NomenclatureIndex, subject: Subject): readonly NomenclatureEntry[] {
  const all = index.byLevel.get(subject.level) ?? [];
  const parent = subject.parentLink?.code;
  if (!parent) return all;
  // Under a linked parent only its own children count: "Penyediaan Sandang" exists under several kegiatan.
  return all.filter((e) => e.kode.startsWith(`${parent}.`));
}

function byName(index: NomenclatureIndex, subject: Subject): LinkOutcome {
  const top = best(pool(index, subject), subject.nama, (e) => e.nama);
  if (top && top.score >= LINK_THRESHOLD) {
    return { link: { code: top.item.kode, method: top.score === 1 ? 'nama-sama' : 'nama-mirip', score: top.score } };
  }
  if (subject.level === 'program') {
    const old = best(index.crosswalk, subject.nama, (c) => c.namaLama);
    if (old && old.score >= LINK_THRESHOLD) {
      if (old.item.kode && old.item.confidence !== 'rendah') {
        return {
          link: { code: old.item.kode, method: 'padanan', score: old.score, confidence: old.item.confidence },
        };
      }
      return {
        problem: 'padanan-lemah',
        ...(old.item.kode ? { candidate: { code: old.item.kode, score: old.score } } : {}),
      };
    }
  }
  if (top && top.score >= CANDIDATE_THRESHOLD)
    return { problem: 'kandidat', candidate: { code: top.item.kode, score: top.score } };
  return { problem: 'tanpa-padanan', ...(top ? { candidate: { code: top.item.kode, score: top.score } } : {}) };
}

/** Link one printed line or tree node to a nomenclature code (rules above). */
export function linkSubject(index: NomenclatureIndex, subject: Subject): LinkOutcome {
  const printed = subject.printedCode?.trim();
  if (printed) {
    const read = readPrintedCode(printed);
    const entry = read ? index.byCode.get(read.code) : undefined;
    if (read && entry) {
      const score = similarity(subject.nama, entry.nama);
      const link: Link = {
        code: read.code,
        method: 'kode-tercetak',
        score,
        ...(read.changes.length > 0 ? { changes: read.changes } : {}),
      };
      if (score >= LINK_THRESHOLD) return { link };
      // The name may belong to another entry: say so. The printed code stays, unless its own name has nothing to
      // do with the printed one (a misprinted code, as Renja 2021's 2.08.07.2.01 "Pelembagaan PHA").
      const other = byName(index, { ...subject, parentLink: undefined });
      if (other.link && other.link.code !== read.code) {
        if (score < CANDIDATE_THRESHOLD) {
          return { link: other.link, problem: 'kode-nama-beda', candidate: { code: read.code, score } };
        }
        return { link, problem: 'kode-nama-beda', candidate: { code: other.link.code, score: other.link.score } };
      }
      return { link };
    }
    const named = byName(index, subject);
    return { ...named, problem: named.link ? 'kode-tidak-dikenal' : (named.problem ?? 'kode-tidak-dikenal') };
  }
  return byName(index, subject);
}

/** The programme code of a link (a kegiatan linked to `1.06.04.2.01` belongs to `1.06.04`). */
export function programmeCodeOf(link: Link | undefined): string | undefined {
  return link ? programmeOf(link.code) : undefined;
}

export { parentCode };
