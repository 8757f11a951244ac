/** A finding as a page row: labels for its kind and severity, readable figures, a location line. */
import Decimal from 'decimal.js';
import { formatNumber, formatPercent } from '../angka/format.ts';
import type { Finding, FindingKind, Severity } from '../skor/index.ts';
import type { Lang } from './tampil.ts';

export const FINDING_KIND_LABEL: Record<FindingKind, { id: string; en: string }> = {
  'capaian-berbeda': { id: 'Capaian tercetak berbeda', en: 'Printed achievement differs' },
  'polaritas-diabaikan': { id: 'Polaritas diabaikan', en: 'Polarity ignored' },
  'konvensi-negatif-lain': { id: 'Rumus indikator negatif lain', en: 'Other negative-indicator formula' },
  'serapan-berbeda': { id: 'Serapan tercetak berbeda', en: 'Printed absorption differs' },
  'rincian-tidak-sama-dengan-induk': { id: 'Rincian tidak sama dengan induk', en: 'Children do not add up' },
  'beda-antar-tabel': { id: 'Beda antar tabel', en: 'Differs between tables' },
  'target-berbeda': { id: 'Target berbeda dari PK', en: 'Target differs from the agreement' },
  'tidak-terbaca': { id: 'Angka tidak terbaca', en: 'Unreadable figure' },
  'skala-celah': { id: 'Skala bercelah', en: 'Scale has a gap' },
  'skala-tumpang-tindih': { id: 'Skala tumpang tindih', en: 'Scale bands overlap' },
  'skala-tidak-valid': { id: 'Skala tidak valid', en: 'Invalid scale' },
  'tahun-data-berbeda': { id: 'Data tahun lain', en: 'Data from another year' },
  'rata-rata-berbeda': { id: 'Rata-rata tercetak berbeda', en: 'Printed average differs' },
  'total-berbeda': { id: 'Total tercetak berbeda', en: 'Printed total differs' },
  'efisiensi-berbeda': { id: 'Efisiensi tercetak berbeda', en: 'Printed efficiency differs' },
  'efisiensi-konvensi-lain': { id: 'Konvensi efisiensi lain', en: 'Other efficiency convention' },
  'predikat-berbeda': { id: 'Predikat tercetak berbeda', en: 'Printed predicate differs' },
  'tidak-dapat-diverifikasi': { id: 'Tidak dapat diverifikasi', en: 'Cannot be verified' },
  'dibatasi-instansi': { id: 'Dibatasi instansi', en: 'Capped by the agency' },
};

export const SEVERITY_LABEL: Record<Severity, { id: string; en: string }> = {
  // "error": the document's own figures do not give what it prints (arithmetic, sums, formula, average).
  error: { id: 'Tidak cocok', en: 'Does not add up' },
  warning: { id: 'Tidak konsisten', en: 'Inconsistent' },
  info: { id: 'Catatan', en: 'Note' },
};

export interface FindingView {
  report: string;
  kind: FindingKind;
  severity: Severity;
  kindLabel: string;
  severityLabel: string;
  entity: string;
  where: string;
  /** Line in the source document's text, for a link to it. */
  line?: number;
  printed: string;
  recomputed: string;
  difference: string;
  explanation: string;
}

/**
 * Machine figures (`180.952381`) as the reader's numbers, in the printed figure's unit: a percentage when the
 * printed text is one (2 decimals, as documents print capaian), whole amounts without decimals. Labels pass through.
 */
function readable(value: string | undefined, lang: Lang, printed: string | undefined): string {
  if (value === undefined) return '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const d = new Decimal(value);
  if (printed?.includes('%')) return formatPercent(d, { decimals: 2, format: lang });
  return formatNumber(d, { decimals: d.isInteger() ? 0 : 2, format: lang });
}

export function findingView(f: Finding, lang: Lang): FindingView {
  const l = f.location;
  const where = [l.table, l.line !== undefined ? `${lang === 'id' ? 'baris' : 'line'} ${l.line}` : undefined, l.field]
    .filter(Boolean)
    .join(' · ');
  return {
    report: l.report,
    kind: f.kind,
    severity: f.severity,
    kindLabel: FINDING_KIND_LABEL[f.kind][lang],
    severityLabel: SEVERITY_LABEL[f.severity][lang],
    entity: l.entity,
    where,
    ...(l.line !== undefined ? { line: l.line } : {}),
    printed: f.printed ?? '',
    recomputed: readable(f.recomputed, lang, f.printed),
    difference: readable(f.difference, lang, f.printed),
    explanation: f.explanation[lang],
  };
}

/** How many findings there are of each severity and each kind, most frequent first. */
export function findingCounts(findings: readonly Finding[]): {
  bySeverity: [Severity, number][];
  byKind: [FindingKind, number][];
} {
  const count = <K extends string>(key: (f: Finding) => K): [K, number][] => {
    const m = new Map<K, number>();
    for (const f of findings) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  return { bySeverity: count((f) => f.severity), byKind: count((f) => f.kind) };
}
