/**
 * Nomenclature codes (Permendagri 90/2019, Kepmendagri 050-5889/2021): their grammar, the parent of each code,
 * and how a code printed in a document is read into its canonical form.
 *
 *   urusan 1 · bidang 1.06 · program 1.06.04 · kegiatan 1.06.04.2.01 · sub kegiatan 1.06.04.2.01.0001
 *
 * The support programme is the same in every bidang and is written `X.XX.01` (its kegiatan `X.XX.01.2.01`, …).
 */
import type { NomenclatureLevel } from '../model.ts';

const PATTERNS: Record<NomenclatureLevel, RegExp> = {
  urusan: /^[1-9X]$/,
  bidang: /^(?:[1-9]\.\d{2}|X\.XX)$/,
  program: /^(?:[1-9]\.\d{2}|X\.XX)\.\d{2}$/,
  kegiatan: /^(?:[1-9]\.\d{2}|X\.XX)\.\d{2}\.[12]\.\d{2}$/,
  subkegiatan: /^(?:[1-9]\.\d{2}|X\.XX)\.\d{2}\.[12]\.\d{2}\.\d{4}$/,
};

export const LEVELS: readonly NomenclatureLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];

/** The level a canonical code belongs to, or `undefined` when it is not a canonical code. */
export function levelOf(code: string): NomenclatureLevel | undefined {
  return LEVELS.find((level) => PATTERNS[level].test(code));
}

/** The code one level up (`1.06.04.2.01` → `1.06.04`); `undefined` for an urusan and for the bidang `X.XX`. */
export function parentCode(code: string): string | undefined {
  const level = levelOf(code);
  if (level === 'urusan' || level === undefined || code === 'X.XX') return undefined;
  if (level === 'kegiatan') return code.split('.').slice(0, 3).join('.');
  return code.replace(/\.[^.]+$/, '');
}

/** The programme a code belongs to (`1.06.04.2.01.0001` → `1.06.04`), or `undefined` above programme level. */
export function programmeOf(code: string): string | undefined {
  const level = levelOf(code);
  if (level !== 'program' && level !== 'kegiatan' && level !== 'subkegiatan') return undefined;
  return code.split('.').slice(0, 3).join('.');
}

export interface ReadCode {
  /** Canonical code. */
  code: string;
  /** What was changed to reach it, for the review list (empty when printed canonically). */
  changes: string[];
}

/**
 * Read a code as printed. Accepted variants: a two-digit sub kegiatan number (`…2.01.05`, Permendagri 90/2019
 * before the four-digit revision of 2020: read as `0005`), a zero-padded kegiatan type (`…02.01.0001`, as some
 * planning systems print it) and a bidang's own support programme (`1.06.01…` → `X.XX.01…`). Anything else, such
 * as regional codes (`110600.1106 01.01`), is not a nomenclature code: `undefined`.
 */
export function readPrintedCode(printed: string): ReadCode | undefined {
  const text = printed.replace(/\s+/g, '');
  const m = /^([1-9])\.(\d{2})(?:\.(\d{2})(?:\.(0?)([12])\.(\d{2})(?:\.(\d{2}|\d{4}))?)?)?$/.exec(text);
  if (!m) return undefined;
  const [, urusan, bidang, program, padded, kind, kegiatan, sub] = m;
  const changes: string[] = [];
  if (padded) changes.push('jenis kegiatan ditulis dua digit / kegiatan type printed with two digits');
  let code = `${urusan}.${bidang}`;
  if (program) {
    const support = program === '01';
    if (support) changes.push(`program penunjang ${code}.01 → X.XX.01 / support programme ${code}.01 → X.XX.01`);
    code = support ? 'X.XX.01' : `${code}.${program}`;
  }
  if (kind && kegiatan) code += `.${kind}.${kegiatan}`;
  if (sub) {
    if (sub.length === 2)
      changes.push(`sub kegiatan dua digit ${sub} → 00${sub} / two-digit sub kegiatan ${sub} → 00${sub}`);
    code += `.${sub.padStart(4, '0')}`;
  }
  return levelOf(code) ? { code, changes } : undefined;
}

/** URL slug of a code: `1.06.04` → `1-06-04`, `X.XX.01` → `x-xx-01`. */
export function codeSlug(code: string): string {
  return code.toLowerCase().replace(/\./g, '-');
}
