/** A finding as a page row: labels for its kind and severity, readable figures, a location line. */
import Decimal from 'decimal.js';
import { formatNumber, formatPercent } from '../angka/format.ts';
import type { Report } from '../model.ts';
import {
  rankFindings,
  type Finding,
  type FindingKind,
  type FindingUnit,
  type Severity,
  type Tier,
} from '../skor/index.ts';
import { showRupiahShort, type Lang } from './tampil.ts';
import { titleCase } from './judul.ts';

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

/** What each kind means, in one plain line a first-time reader understands. */
export const FINDING_KIND_EXPLAINED: Record<FindingKind, { id: string; en: string }> = {
  'capaian-berbeda': {
    id: 'Capaian yang dicetak dokumen tidak sama dengan hasil membagi realisasi dengan target yang dicetak dokumen itu sendiri.',
    en: 'The achievement the document prints is not what its own printed result divided by its target gives.',
  },
  'polaritas-diabaikan': {
    id: 'Untuk indikator yang makin kecil makin baik (mis. angka kekerasan), dinas memakai rumus "makin besar makin baik": hasil yang memburuk tampak sebagai keberhasilan.',
    en: 'For an indicator where lower is better (e.g. violence cases) the agency used the higher-is-better formula, so getting worse looks like success.',
  },
  'konvensi-negatif-lain': {
    id: 'Indikator "makin kecil makin baik" dihitung dengan rumus lain daripada yang dinyatakan laporan.',
    en: 'A lower-is-better indicator was computed with another formula than the one the report declares.',
  },
  'serapan-berbeda': {
    id: 'Persentase anggaran terserap yang dicetak tidak sama dengan realisasi dibagi pagu.',
    en: 'The printed share of budget used is not the realisation divided by the allocation.',
  },
  'rincian-tidak-sama-dengan-induk': {
    id: 'Rincian anggaran (kegiatan, sub kegiatan) tidak berjumlah sama dengan baris induknya.',
    en: 'The budget lines below a programme or activity do not add up to the amount printed for it.',
  },
  'beda-antar-tabel': {
    id: 'Angka yang sama dicetak berbeda di dua tabel dokumen yang sama.',
    en: 'The same figure is printed differently in two tables of the same document.',
  },
  'target-berbeda': {
    id: 'Target di tabel evaluasi tidak sama dengan target yang disepakati di Perjanjian Kinerja.',
    en: 'The target in the evaluation table is not the one agreed in the performance agreement.',
  },
  'tidak-terbaca': {
    id: 'Angka di dokumen rusak atau tidak terbaca, sehingga tidak dapat diperiksa.',
    en: 'A figure in the document is damaged or unreadable, so it cannot be checked.',
  },
  'skala-celah': {
    id: 'Skala penilaian dokumen tidak mencakup semua nilai: sebagian capaian tidak punya predikat.',
    en: 'The document’s rating scale leaves some values without a rating.',
  },
  'skala-tumpang-tindih': {
    id: 'Dua predikat skala penilaian dokumen mencakup nilai yang sama.',
    en: 'Two ratings of the document’s scale cover the same values.',
  },
  'skala-tidak-valid': {
    id: 'Skala penilaian dokumen tersusun keliru (urutan, pita kosong, atau nama ganda).',
    en: 'The document’s rating scale is malformed (order, an empty band, or a name used twice).',
  },
  'tahun-data-berbeda': {
    id: 'Angka untuk satu tahun sebenarnya data tahun lain, jadi tidak dinilai.',
    en: 'A figure shown for one year is really another year’s data, so it is not rated.',
  },
  'rata-rata-berbeda': {
    id: 'Rata-rata yang dicetak tidak sama dengan rata-rata angka-angka yang dicetak dokumen.',
    en: 'The printed average is not the average of the figures the document prints.',
  },
  'total-berbeda': {
    id: 'Total anggaran yang dicetak tidak sama dengan jumlah baris-barisnya.',
    en: 'A printed budget total is not the sum of its lines.',
  },
  'efisiensi-berbeda': {
    id: 'Efisiensi yang dicetak tidak dapat dihasilkan dari capaian dan serapan dengan rumus mana pun.',
    en: 'No formula turns the printed achievement and absorption into the printed efficiency.',
  },
  'efisiensi-konvensi-lain': {
    id: 'Efisiensi dihitung dengan rumus lain daripada yang dinyatakan laporan.',
    en: 'Efficiency was computed with another formula than the one the report declares.',
  },
  'predikat-berbeda': {
    id: 'Predikat yang dicetak tidak sesuai dengan capaian menurut skala dokumen itu sendiri.',
    en: 'The printed rating does not match the achievement on the document’s own scale.',
  },
  'tidak-dapat-diverifikasi': {
    id: 'Dokumen mencetak angka yang tidak punya dasar hitung (mis. efisiensi untuk indikator berjenjang).',
    en: 'The document prints a figure there is nothing to compute from (e.g. efficiency for a ranked indicator).',
  },
  'dibatasi-instansi': {
    id: 'Dokumen mencetak batas capaian yang ditetapkannya (mis. 120%) sebagai ganti capaian yang lebih tinggi: sah, tetapi perlu diketahui.',
    en: 'The document prints its declared cap (e.g. 120%) instead of a higher achievement: allowed, but worth knowing.',
  },
};

/** Tier labels: the ranking a reader sees instead of the engine's severity. */
export const TIER_LABEL: Record<Tier, { id: string; en: string }> = {
  rumus: { id: 'Rumus keliru', en: 'Wrong formula' },
  selisih: { id: 'Tidak cocok', en: 'Does not add up' },
  inkonsisten: { id: 'Tidak konsisten', en: 'Inconsistent' },
  catatan: { id: 'Catatan', en: 'Note' },
};

export const TIER_EXPLAINED: Record<Tier, { id: string; en: string }> = {
  rumus: {
    id: 'Dinas memakai rumus yang membalik arti indikator: paling penting diperiksa.',
    en: 'The agency used a formula that reverses what the indicator means: the most important to check.',
  },
  selisih: {
    id: 'Angka dokumen tidak sesuai dengan angka dokumen itu sendiri, di luar pembulatan.',
    en: 'The document’s figures do not give what it prints, beyond rounding.',
  },
  inkonsisten: {
    id: 'Dua bagian dokumen tidak sepakat, atau angka tidak dapat dibaca.',
    en: 'Two parts of the document disagree, or a figure cannot be read.',
  },
  catatan: {
    id: 'Selisih dalam batas pembulatan (di bawah 0,1 poin persen atau Rp 100) atau hal yang perlu diketahui.',
    en: 'A difference within rounding (under 0.1 percentage point or Rp 100), or something worth knowing.',
  },
};

/** Column names of content files, as words (findings say where a figure was printed). */
const FIELD_LABEL: Record<string, { id: string; en: string }> = {
  capaian_tercetak: { id: 'capaian tercetak', en: 'printed achievement' },
  persen_tercetak: { id: '% tercetak', en: 'printed %' },
  serapan_tercetak: { id: 'serapan tercetak', en: 'printed absorption' },
  efisiensi_tercetak: { id: 'efisiensi tercetak', en: 'printed efficiency' },
  predikat_tercetak: { id: 'predikat tercetak', en: 'printed rating' },
  pagu: { id: 'pagu', en: 'allocation' },
  realisasi: { id: 'realisasi', en: 'realisation' },
  target: { id: 'target', en: 'target' },
  nilai: { id: 'nilai', en: 'value' },
};

export interface FindingView {
  report: string;
  kind: FindingKind;
  severity: Severity;
  kindLabel: string;
  severityLabel: string;
  tier: Tier;
  tierLabel: string;
  entity: string;
  /** The entity's name (indicator, programme, budget line), never its code. */
  name: string;
  /** How big the difference is, in words and the reader's units (`171,90 poin persen`, `Rp 25,4 juta`). */
  size: string;
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

function sizeText(unit: FindingUnit, size: Decimal | undefined, lang: Lang): string {
  if (size === undefined || unit === 'teks') return '';
  if (unit === 'rupiah') return showRupiahShort(size, lang);
  return `${formatNumber(size, { decimals: 2, format: lang })} ${lang === 'id' ? 'poin persen' : 'percentage points'}`;
}

/** Names of everything a finding can be about in one report: indicators, tree nodes, budget lines. */
export function entityNames(report: Report, lang: Lang): (entity: string) => string {
  const names = new Map<string, string>([
    ...report.budget.map((b) => [b.id, titleCase(b.nama)] as const),
    ...report.tree.map((n) => [n.kode, n.nama] as const),
    ...report.indicators.map((i) => [i.kode, i.nama] as const),
  ]);
  return (entity) =>
    names.get(entity) ?? (entity === 'laporan' ? (lang === 'id' ? 'Seluruh laporan' : 'Whole report') : entity);
}

export function findingView(f: Finding, lang: Lang, nameOf: (entity: string) => string = (e) => e): FindingView {
  const l = f.location;
  const field = l.field ? (FIELD_LABEL[l.field]?.[lang] ?? l.field.replace(/_/g, ' ')) : undefined;
  const where = [l.table, l.line !== undefined ? `${lang === 'id' ? 'baris' : 'line'} ${l.line}` : undefined, field]
    .filter(Boolean)
    .join(' · ');
  const [ranked] = rankFindings([f]);
  const m = ranked!.materiality;
  return {
    report: l.report,
    kind: f.kind,
    severity: f.severity,
    kindLabel: FINDING_KIND_LABEL[f.kind][lang],
    severityLabel: SEVERITY_LABEL[f.severity][lang],
    tier: m.tier,
    tierLabel: TIER_LABEL[m.tier][lang],
    entity: l.entity,
    name: nameOf(l.entity),
    size: sizeText(m.unit, m.size, lang),
    where,
    ...(l.line !== undefined ? { line: l.line } : {}),
    printed: f.printed ?? '',
    recomputed: readable(f.recomputed, lang, f.printed),
    difference: readable(f.difference, lang, f.printed),
    explanation: f.explanation[lang],
  };
}

/** Findings as page rows, most material first. */
export function rankedFindingViews(
  findings: readonly Finding[],
  lang: Lang,
  nameOf: (report: string) => (entity: string) => string,
): FindingView[] {
  return rankFindings(findings).map(({ finding }) => findingView(finding, lang, nameOf(finding.location.report)));
}

/** How many findings there are per tier, in tier order (tiers without findings left out). */
export function tierCounts(views: readonly FindingView[]): [Tier, number][] {
  const order: Tier[] = ['rumus', 'selisih', 'inkonsisten', 'catatan'];
  return order.map((t) => [t, views.filter((v) => v.tier === t).length] as [Tier, number]).filter(([, n]) => n > 0);
}

/**
 * The same figure printed in several tables gives one finding per table: a box of the largest findings shows
 * each kind of problem with each indicator or budget line once (the most material, since views come ranked).
 */
export function distinctFindings(views: readonly FindingView[]): FindingView[] {
  const seen = new Set<string>();
  return views.filter((v) => {
    const key = [v.report, v.kind, v.name].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
