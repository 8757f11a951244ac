/**
 * Findings: one typed record per discrepancy between what a document printed and what its own figures give.
 * Every finding says where (report, content file and row, printed table, line in the extracted text, the entity),
 * what was printed (as text), what we recomputed, the difference, and why, in Indonesian and English.
 *
 * Builders live here so the wording of each kind is written once.
 */
import Decimal from 'decimal.js';
import { formatMachine, formatNumber, formatRupiah } from '../angka/format.ts';
import type { SourceRef } from '../model.ts';
import type { CapaianFormula } from './capaian.ts';
import type { Bilingual } from './hasil.ts';
import { oneUnitOff } from './presisi.ts';

export type FindingKind =
  /** Printed capaian ≠ recomputed (beyond rounding at the printed precision). */
  | 'capaian-berbeda'
  /** Negative indicator whose printed capaian matches the positive formula R/T. */
  | 'polaritas-diabaikan'
  /** Negative indicator computed with the other negative convention than the report declares. */
  | 'konvensi-negatif-lain'
  /** Printed absorption % ≠ realisasi / pagu. */
  | 'serapan-berbeda'
  /** Children do not add up to the parent line. */
  | 'rincian-tidak-sama-dengan-induk'
  /** The same figure is printed differently in two tables. */
  | 'beda-antar-tabel'
  /** The target in the evaluation table differs from the Perjanjian Kinerja. */
  | 'target-berbeda'
  /** A printed figure that cannot be read (acknowledged printing defect). */
  | 'tidak-terbaca'
  /** The predicate scale leaves values without a band. */
  | 'skala-celah'
  /** Two bands of the predicate scale share values. */
  | 'skala-tumpang-tindih'
  /** Bands in the wrong order, an empty band, or a level name used twice. */
  | 'skala-tidak-valid'
  /** A value annotated as data from another year than the row. */
  | 'tahun-data-berbeda'
  /** Printed average (ringkasan.csv) ≠ recomputed. */
  | 'rata-rata-berbeda'
  /** Printed total (ringkasan.csv) ≠ recomputed. */
  | 'total-berbeda'
  /** Printed efficiency ≠ recomputed under every convention. */
  | 'efisiensi-berbeda'
  /** Printed efficiency follows another convention than the report declares. */
  | 'efisiensi-konvensi-lain'
  /** Printed predicate ≠ the band of the printed capaian on the report's own scale. */
  | 'predikat-berbeda'
  /** A figure is printed where none can be computed (e.g. an efficiency for an ordinal indicator). */
  | 'tidak-dapat-diverifikasi'
  /** The printed capaian is the report's declared cap (`batas_capaian`) standing for a higher recomputed one. */
  | 'dibatasi-instansi';

/** `error`: the document's arithmetic is wrong · `warning`: inconsistent or doubtful · `info`: worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

export interface FindingLocation {
  /** Report id, `<agency>/<folder>`. */
  report: string;
  /** Content file (`content/...`) the figure was read from. */
  file: string;
  /** 1-based data row in that file. */
  row?: number;
  /** Table as printed (`Tabel 3.1`). */
  table?: string;
  /** Line in the extracted text of the document. */
  line?: number;
  page?: string;
  /** The entity: indicator kode, budget line id, tree kode, scale slug, or `laporan`. */
  entity: string;
  /** The column holding the printed figure (`capaian_tercetak`, `pagu`, …). */
  field?: string;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  location: FindingLocation;
  /** The figure as printed. */
  printed?: string;
  /** Recomputed value in machine format (`180.952381`), or a label. */
  recomputed?: string;
  /** printed − recomputed, machine format. */
  difference?: string;
  explanation: Bilingual;
}

/** Six decimals keep findings readable while exact values stay in the scored results. */
const FINDING_DECIMALS = 6;

export function machine(value: Decimal): string {
  return formatMachine(value.toDecimalPlaces(FINDING_DECIMALS, Decimal.ROUND_HALF_UP));
}

export function locate(report: string, source: SourceRef, entity: string, field?: string): FindingLocation {
  const location: FindingLocation = { report, file: source.file, row: source.row, table: source.table, entity };
  if (source.line !== undefined) location.line = source.line;
  if (source.page !== undefined) location.page = source.page;
  if (field !== undefined) location.field = field;
  return location;
}

const pct = (value: Decimal, format: 'id' | 'en'): string => `${formatNumber(value, { decimals: 2, format })}%`;
const rp = (value: Decimal, format: 'id' | 'en'): string => formatRupiah(value, { format });

const FORMULA_TEXT: Record<CapaianFormula, string> = { 'r/t': 'R/T×100', '2t-r': '(2T−R)/T×100', 't/r': 'T/R×100' };

function numeric(
  kind: FindingKind,
  severity: Severity,
  location: FindingLocation,
  printedText: string,
  printed: Decimal,
  recomputed: Decimal,
  explanation: Bilingual,
): Finding {
  return {
    kind,
    severity,
    location,
    printed: printedText,
    recomputed: machine(recomputed),
    difference: machine(printed.minus(recomputed)),
    explanation,
  };
}

const NEAR_MISS: Bilingual = {
  id: ' Selisihnya satu satuan pada digit terakhir yang tercetak: kemungkinan dihitung dari angka yang tidak dibulatkan.',
  en: ' It is one unit off in the last printed digit: probably computed from unrounded figures.',
};

/** A printed-vs-recomputed mismatch; one unit off in the last printed digit lowers it to `info` and says why. */
function mismatchOf(
  kind: FindingKind,
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  explanation: Bilingual,
): Finding {
  const near = oneUnitOff({ kind: 'number', text: printed.text, value: printed.value, percent: false }, recomputed);
  const text = near ? { id: explanation.id + NEAR_MISS.id, en: explanation.en + NEAR_MISS.en } : explanation;
  return numeric(kind, near ? 'info' : 'error', location, printed.text, printed.value, recomputed, text);
}

export interface PrintedNumber {
  text: string;
  value: Decimal;
}

export function capaianMismatch(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  formula: CapaianFormula,
): Finding {
  return mismatchOf('capaian-berbeda', location, printed, recomputed, {
    id: `Capaian tercetak ${printed.text}, hasil hitung ulang ${FORMULA_TEXT[formula]} dari target dan realisasi tercetak ${pct(recomputed, 'id')}.`,
    en: `Printed capaian ${printed.text}; recomputing ${FORMULA_TEXT[formula]} from the printed target and realisation gives ${pct(recomputed, 'en')}.`,
  });
}

/** A printed capaian equal to the declared cap where the figures give more: the agency's cap, not an error. */
export function cappedByAgency(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  cap: Decimal,
): Finding {
  return numeric('dibatasi-instansi', 'info', location, printed.text, printed.value, recomputed, {
    id: `Dibatasi instansi: capaian tercetak ${printed.text} adalah batas capaian laporan (${pct(cap, 'id')}); dari target dan realisasi tercetak capaiannya ${pct(recomputed, 'id')}.`,
    en: `Capped by the agency: the printed capaian ${printed.text} is the report's cap (${pct(cap, 'en')}); the printed target and realisation give ${pct(recomputed, 'en')}.`,
  });
}

export function polarityIgnored(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  formula: CapaianFormula,
  positive: Decimal,
): Finding {
  return numeric('polaritas-diabaikan', 'error', location, printed.text, printed.value, recomputed, {
    id: `Indikator negatif (makin kecil makin baik), tetapi capaian tercetak ${printed.text} sama dengan rumus indikator positif R/T×100 = ${pct(positive, 'id')}. Dengan ${FORMULA_TEXT[formula]} capaiannya ${pct(recomputed, 'id')}.`,
    en: `Negative indicator (lower is better), but the printed capaian ${printed.text} equals the positive formula R/T×100 = ${pct(positive, 'en')}. With ${FORMULA_TEXT[formula]} it is ${pct(recomputed, 'en')}.`,
  });
}

export function otherNegativeConvention(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  declared: CapaianFormula,
  used: CapaianFormula,
): Finding {
  return numeric('konvensi-negatif-lain', 'warning', location, printed.text, printed.value, recomputed, {
    id: `Capaian tercetak ${printed.text} dihitung dengan ${FORMULA_TEXT[used]}, sedangkan laporan menyatakan ${FORMULA_TEXT[declared]} (${pct(recomputed, 'id')}).`,
    en: `Printed capaian ${printed.text} was computed as ${FORMULA_TEXT[used]}, while the report declares ${FORMULA_TEXT[declared]} (${pct(recomputed, 'en')}).`,
  });
}

export function serapanMismatch(location: FindingLocation, printed: PrintedNumber, recomputed: Decimal): Finding {
  return mismatchOf('serapan-berbeda', location, printed, recomputed, {
    id: `Serapan tercetak ${printed.text}, sedangkan realisasi ÷ pagu × 100 = ${pct(recomputed, 'id')}.`,
    en: `Printed absorption ${printed.text}, while realisation ÷ allocation × 100 = ${pct(recomputed, 'en')}.`,
  });
}

export function childrenSumMismatch(
  location: FindingLocation,
  printed: PrintedNumber,
  childrenSum: Decimal,
  childCount: number,
  dashesAsZero: string[] = [],
): Finding {
  const dashes =
    dashesAsZero.length === 0
      ? { id: '', en: '' }
      : {
          id: ` Baris bertanda "-" dihitung 0: ${dashesAsZero.join(', ')}.`,
          en: ` Lines printed as "-" counted as 0: ${dashesAsZero.join(', ')}.`,
        };
  const base = numeric('rincian-tidak-sama-dengan-induk', 'error', location, printed.text, printed.value, childrenSum, {
    id: `Jumlah ${childCount} rincian di bawahnya ${rp(childrenSum, 'id')}, tercetak ${printed.text} (selisih ${rp(printed.value.minus(childrenSum), 'id')}).`,
    en: `Its ${childCount} child line${childCount === 1 ? '' : 's'} add${childCount === 1 ? 's' : ''} up to ${rp(childrenSum, 'en')}; printed ${printed.text} (difference ${rp(printed.value.minus(childrenSum), 'en')}).`,
  });
  return { ...base, explanation: { id: base.explanation.id + dashes.id, en: base.explanation.en + dashes.en } };
}

export function differsBetweenTables(
  location: FindingLocation,
  printed: string,
  other: { text: string; source: SourceRef },
  what: Bilingual,
  severity: Severity = 'warning',
): Finding {
  return {
    kind: 'beda-antar-tabel',
    severity,
    location,
    printed,
    recomputed: other.text,
    explanation: {
      id: `${what.id} tercetak "${printed}" di sini, tetapi "${other.text}" di ${other.source.table}${other.source.line !== undefined ? ` (baris ${other.source.line} dokumen)` : ''}.`,
      en: `${what.en} is printed as "${printed}" here but "${other.text}" in ${other.source.table}${other.source.line !== undefined ? ` (line ${other.source.line} of the document)` : ''}.`,
    },
  };
}

export function targetDiffers(
  location: FindingLocation,
  printed: string,
  agreement: { text: string; source: SourceRef; revised: boolean },
  capaian?: { evaluation: Decimal; agreement: Decimal },
): Finding {
  const against = capaian
    ? {
        id: ` Capaian terhadap target tabel evaluasi ${pct(capaian.evaluation, 'id')}, terhadap target PK ${pct(capaian.agreement, 'id')}.`,
        en: ` Capaian against the evaluation table's target ${pct(capaian.evaluation, 'en')}, against the PK target ${pct(capaian.agreement, 'en')}.`,
      }
    : { id: '', en: '' };
  const pk = agreement.revised
    ? { id: 'Perjanjian Kinerja perubahan', en: 'the revised performance agreement' }
    : { id: 'Perjanjian Kinerja', en: 'the performance agreement (PK)' };
  return {
    kind: 'target-berbeda',
    severity: 'warning',
    location,
    printed,
    recomputed: agreement.text,
    explanation: {
      id: `Target di tabel evaluasi "${printed}" berbeda dengan target di ${pk.id} "${agreement.text}" (${agreement.source.table}).${against.id}`,
      en: `The evaluation table's target "${printed}" differs from the target in ${pk.en} "${agreement.text}" (${agreement.source.table}).${against.en}`,
    },
  };
}

export function unreadableFigure(location: FindingLocation, text: string, reason: string): Finding {
  return {
    kind: 'tidak-terbaca',
    severity: 'warning',
    location,
    printed: text,
    explanation: {
      id: `Angka tercetak "${text}" tidak dapat dibaca (${reason}); diterbitkan apa adanya dan tidak dihitung.`,
      en: `The printed figure "${text}" cannot be read (${reason}); published as printed and left out of computations.`,
    },
  };
}

export function dataYearMismatch(location: FindingLocation, text: string, dataYear: number, year: number): Finding {
  return {
    kind: 'tahun-data-berbeda',
    severity: 'warning',
    location,
    printed: text,
    explanation: {
      id: `Nilai "${text}" adalah data tahun ${dataYear}, dicantumkan untuk ${year}; capaiannya tidak dihitung dan tidak masuk rata-rata.`,
      en: `The value "${text}" is data for ${dataYear}, shown for ${year}; no capaian is computed from it and it is left out of averages.`,
    },
  };
}

/**
 * `printedMean`: the mean of the members' *printed* capaian, when the printed average equals it. The average's
 * arithmetic is then right and the difference comes from wrong member figures (already findings): a warning.
 */
export function averageMismatch(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  memberCount: number,
  what: Bilingual,
  printedMean?: Decimal,
  members: { printed: Bilingual; wrong: Bilingual } = {
    printed: { id: 'capaian tercetak per indikator', en: 'printed indicator capaian' },
    wrong: { id: 'capaian indikator', en: 'the indicator capaian' },
  },
): Finding {
  const cause =
    printedMean === undefined
      ? { id: '', en: '' }
      : {
          id: ` Angka tercetak sama dengan rata-rata ${members.printed.id} (${pct(printedMean, 'id')}): selisihnya berasal dari ${members.wrong.id} yang tercetak keliru.`,
          en: ` The printed figure is the mean of the ${members.printed.en} (${pct(printedMean, 'en')}): the difference comes from ${members.wrong.en} printed wrongly.`,
        };
  return numeric(
    'rata-rata-berbeda',
    printedMean === undefined ? 'error' : 'warning',
    location,
    printed.text,
    printed.value,
    recomputed,
    {
      id: `${what.id} tercetak ${printed.text}; rata-rata sederhana ${memberCount} nilai yang dapat dihitung ${pct(recomputed, 'id')}.${cause.id}`,
      en: `${what.en} printed as ${printed.text}; the simple mean of the ${memberCount} computable values is ${pct(recomputed, 'en')}.${cause.en}`,
    },
  );
}

export function serapanAverageMismatch(
  location: FindingLocation,
  printed: PrintedNumber,
  aggregate: Decimal,
  mean: Decimal | undefined,
  lineCount: number,
): Finding {
  const meanText = (format: 'id' | 'en'): string =>
    mean === undefined
      ? ''
      : format === 'id'
        ? `; rata-rata sederhana serapan ${lineCount} baris ${pct(mean, 'id')}`
        : `; the simple mean of ${lineCount} lines' absorption is ${pct(mean, 'en')}`;
  return numeric('rata-rata-berbeda', 'error', location, printed.text, printed.value, aggregate, {
    id: `Rata-rata serapan tercetak ${printed.text}; total realisasi ÷ total pagu × 100 = ${pct(aggregate, 'id')}${meanText('id')}.`,
    en: `Average absorption printed as ${printed.text}; total realisation ÷ total allocation × 100 = ${pct(aggregate, 'en')}${meanText('en')}.`,
  });
}

export function totalMismatch(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  what: Bilingual,
): Finding {
  return numeric('total-berbeda', 'error', location, printed.text, printed.value, recomputed, {
    id: `${what.id} tercetak ${printed.text}; jumlah baris anggaran ${rp(recomputed, 'id')}.`,
    en: `${what.en} printed as ${printed.text}; the budget lines add up to ${rp(recomputed, 'en')}.`,
  });
}

export function efficiencyMismatch(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  formulaText: Bilingual,
): Finding {
  return mismatchOf('efisiensi-berbeda', location, printed, recomputed, {
    id: `Efisiensi tercetak ${printed.text}; ${formulaText.id} = ${formatNumber(recomputed, { decimals: 2 })}. Tidak ada konvensi efisiensi yang menghasilkan angka tercetak.`,
    en: `Printed efficiency ${printed.text}; ${formulaText.en} = ${formatNumber(recomputed, { decimals: 2, format: 'en' })}. No efficiency convention gives the printed figure.`,
  });
}

export function efficiencyOtherConvention(
  location: FindingLocation,
  printed: PrintedNumber,
  recomputed: Decimal,
  declared: Bilingual,
  used: Bilingual,
): Finding {
  return numeric('efisiensi-konvensi-lain', 'warning', location, printed.text, printed.value, recomputed, {
    id: `Efisiensi tercetak ${printed.text} dihitung sebagai ${used.id}, sedangkan laporan menyatakan ${declared.id} (= ${formatNumber(recomputed, { decimals: 2 })}).`,
    en: `Printed efficiency ${printed.text} was computed as ${used.en}, while the report declares ${declared.en} (= ${formatNumber(recomputed, { decimals: 2, format: 'en' })}).`,
  });
}

export function predicateMismatch(
  location: FindingLocation,
  printed: string,
  expected: string,
  basis: string,
  scaleName: string,
): Finding {
  return {
    kind: 'predikat-berbeda',
    severity: 'warning',
    location,
    printed,
    recomputed: expected,
    explanation: {
      id: `Predikat tercetak "${printed}", sedangkan capaian tercetak ${basis} termasuk "${expected}" pada ${scaleName}.`,
      en: `Printed predicate "${printed}", while the printed capaian ${basis} falls in "${expected}" on ${scaleName}.`,
    },
  };
}

export function unverifiable(location: FindingLocation, printed: string, why: Bilingual): Finding {
  return {
    kind: 'tidak-dapat-diverifikasi',
    severity: 'info',
    location,
    printed,
    explanation: {
      id: `Tercetak "${printed}", tetapi tidak ada dasar untuk menghitungnya: ${why.id}`,
      en: `Printed "${printed}", but there is nothing to compute it from: ${why.en}`,
    },
  };
}

export function scaleFinding(
  location: FindingLocation,
  kind: 'skala-celah' | 'skala-tumpang-tindih' | 'skala-tidak-valid',
  message: Bilingual,
): Finding {
  return { kind, severity: 'warning', location, explanation: message };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A total, deterministic order: by file, row, column, kind, entity, then severity and wording. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.location.file, b.location.file) ||
      (a.location.row ?? 0) - (b.location.row ?? 0) ||
      compareText(a.location.field, b.location.field) ||
      compareText(a.kind, b.kind) ||
      compareText(a.location.entity, b.location.entity) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.explanation.id, b.explanation.id),
  );
}
