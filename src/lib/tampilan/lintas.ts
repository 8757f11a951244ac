/**
 * Views across reports: one programme (national nomenclature) or one indicator across agencies and years, an
 * agency's history, and the comparison grid. Built from the scored portal; pages only arrange them.
 */
import Decimal from 'decimal.js';
import { agencyNameIn, currentName } from '../instansi.ts';
import type { Agency, BudgetLine, Indicator, IndicatorValue, Period, Region, Report, ReportType } from '../model.ts';
import { documentPath, type PortalReport } from '../portal.ts';
import { compactName, type Link, type LinkMethod } from '../nomenklatur/cocok.ts';
import { codeSlug, levelOf } from '../nomenklatur/kode.ts';
import { titleCase } from '../nomenklatur/judul.ts';
import type { ScoredReport } from '../skor/index.ts';
import { amountOf } from '../skor/index.ts';
import { indicatorKey, indicatorKeys, programmeKey } from './kunci.ts';
import { primaryEvaluation } from './laporan.ts';
import {
  showAmount,
  showCapaian,
  showComputedAmount,
  showPercent,
  showPrinted,
  type Amount,
  type Lang,
  type Shown,
} from './tampil.ts';

export interface ReportRef {
  id: string;
  agency: Agency;
  agencyName: string;
  /** Abbreviation and region (`Dinsos P3A Kota Probolinggo`), for long lists. */
  agencyShort: string;
  region: Region;
  year: number;
  period: Period;
  type: ReportType;
  title: string;
}

function shortName(agency: Agency, region: Region, year: number): string {
  const abbreviation = agencyNameIn(agency, year).singkatan;
  return abbreviation ? `${abbreviation} ${region.nama}` : agencyNameIn(agency, year).nama;
}

export function refOf(entry: PortalReport): ReportRef {
  return {
    id: entry.report.id,
    agency: entry.agency,
    agencyName: agencyNameIn(entry.agency, entry.report.meta.year).nama,
    agencyShort: shortName(entry.agency, entry.region, entry.report.meta.year),
    region: entry.region,
    year: entry.report.meta.year,
    period: entry.report.meta.period,
    type: entry.report.meta.type,
    title: entry.report.meta.title,
  };
}

const byYearThenAgency = (a: { ref: ReportRef }, b: { ref: ReportRef }) =>
  a.ref.year - b.ref.year || a.ref.agencyName.localeCompare(b.ref.agencyName) || a.ref.id.localeCompare(b.ref.id);

// ---- programmes ---------------------------------------------------------------------------------------------

export interface ProgrammeEntry {
  ref: ReportRef;
  /** The line as printed (name, code) in this report's budget table of the report year. */
  nama: string;
  /** The nomenclature code the line is linked to, else the code as printed. */
  kode: string;
  role: string;
  table: string;
  pagu: Amount;
  realisasi: Amount;
  paguValue?: Decimal;
  realisasiValue?: Decimal;
  serapan: Shown;
  indicators: { nama: string; target: string; realisasi: string; capaian: Shown }[];
}

/** One way a programme's name is printed, with every place it is printed. */
export interface ProgrammeVariant {
  nama: string;
  sources: {
    ref: ReportRef;
    table: string;
    /** Link to the document line (`/dokumen/<file>/#L<line>`). */
    href: string;
    line?: number;
    method?: LinkMethod;
    score?: number;
    confidence?: string;
    /** A reviewed link's evidence (`laporan.yaml → tautan_kode`). */
    reason?: string;
  }[];
}

export interface Programme {
  /** URL key: the code's slug (`1-06-04`), or the printed name's key when the programme is not linked. */
  key: string;
  /** Nomenclature code, when the programme is linked. */
  code?: string;
  /** Page title: the official name in title case, else the name most often printed. */
  nama: string;
  officialName?: string;
  variants: ProgrammeVariant[];
  entries: ProgrammeEntry[];
}

/** Budget roles in order of authority for a report's programme figures. */
const ROLE_ORDER = ['realisasi', 'pk-perubahan', 'pk', 'rencana'] as const;

/**
 * URL keys of unlinked programmes, by compact name: extraction variants of one printed name ("RANGKAPENGENTASAN
 * KE MISKINAN") share the key of the first one seen.
 */
type NameKeys = Map<string, string>;

/** The programme key of a printed programme line: its linked code, else its (compact) name. */
function keyOf(link: Link | undefined, nama: string, nameKeys: NameKeys): { key: string; code?: string } {
  const code = link && levelOf(link.code) === 'program' ? link.code : undefined;
  if (code) return { key: codeSlug(code), code };
  const compact = compactName(nama);
  if (!nameKeys.has(compact)) nameKeys.set(compact, programmeKey(nama));
  return { key: nameKeys.get(compact)! };
}

function programmeLines(entry: PortalReport, nameKeys: NameKeys): { line: BudgetLine; key: string; code?: string }[] {
  const { report } = entry;
  const lines = report.budget.filter((b) => b.level === 'program' && b.year === report.meta.year);
  const chosen = new Map<string, { line: BudgetLine; key: string; code?: string }>();
  for (const role of ROLE_ORDER) {
    for (const line of lines.filter((l) => l.role === role)) {
      const k = keyOf(entry.codes?.links.budget.get(line.id), line.nama, nameKeys);
      if (!chosen.has(k.key)) chosen.set(k.key, { line, ...k });
    }
  }
  return [...chosen.values()];
}

/** Every programme-level name the report prints (budget, tree, plan), keyed like `programmeLines`. */
function printedVariants(entry: PortalReport, nameKeys: NameKeys) {
  const { report } = entry;
  const links = entry.codes?.links;
  const items = [
    ...report.budget
      .filter((b) => b.level === 'program')
      .map((b) => ({ nama: b.nama, source: b.source, link: links?.budget.get(b.id) })),
    ...report.tree
      .filter((n) => n.level === 'program')
      .map((n) => ({ nama: n.nama, source: n.source, link: links?.tree.get(n.kode) })),
    ...report.plan
      .filter((p) => p.level === 'program')
      .map((p) => ({ nama: p.nama, source: p.source, link: links?.plan.get(p.id) })),
  ];
  return items.map((i) => ({ ...i, ...keyOf(i.link, i.nama, nameKeys) }));
}

function indicatorRows(report: Report, scored: ScoredReport, indicators: Indicator[], lang: Lang) {
  return indicators.map((indicator) => {
    const value = primaryEvaluation(report, indicator.kode);
    const s = value
      ? scored.values.find((v) => v.source.file === value.source.file && v.source.row === value.source.row)
      : undefined;
    return {
      nama: indicator.nama,
      target: showPrinted(value?.target),
      realisasi: showPrinted(value?.realisasi),
      capaian: showCapaian(s?.capaian, lang),
    };
  });
}

function mostCommon(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function decimalOf(line: BudgetLine, field: 'pagu' | 'realisasi'): Decimal | undefined {
  const v = amountOf(line[field], field);
  return v instanceof Decimal ? v : undefined;
}

/**
 * Every programme across reports, one per national code (lines linked by printed code, name or crosswalk:
 * src/lib/nomenklatur), with every printed variant of its name; programmes that could not be linked keep a key
 * of their printed name.
 */
export const programmes = memoised(programmesOnce);

function programmesOnce(entries: PortalReport[], lang: Lang): Programme[] {
  type Group = { code?: string; entries: ProgrammeEntry[]; variants: Map<string, ProgrammeVariant> };
  const groups = new Map<string, Group>();
  const group = (key: string, code?: string): Group => {
    const g: Group = groups.get(key) ?? { ...(code ? { code } : {}), entries: [], variants: new Map() };
    groups.set(key, g);
    return g;
  };
  const officialNames = new Map<string, string>();
  const nameKeys: NameKeys = new Map();
  for (const entry of entries) {
    const { report, scored } = entry;
    const ref = refOf(entry);
    for (const v of printedVariants(entry, nameKeys)) {
      const g = group(v.key, v.code);
      const variant = g.variants.get(v.nama) ?? { nama: v.nama, sources: [] };
      variant.sources.push({
        ref,
        table: v.source.table,
        href: documentPath(report.meta.document.file, v.source.line),
        ...(v.source.line !== undefined ? { line: v.source.line } : {}),
        ...(v.link ? { method: v.link.method, score: v.link.score } : {}),
        ...(v.link?.confidence ? { confidence: v.link.confidence } : {}),
        ...(v.link?.reason ? { reason: v.link.reason } : {}),
      });
      g.variants.set(v.nama, variant);
      if (v.code) officialNames.set(v.key, entry.codes?.index.byCode.get(v.code)?.nama ?? '');
    }
    const treeByKey = new Map(
      report.tree
        .filter((n) => n.level === 'program')
        .map((n) => [keyOf(entry.codes?.links.tree.get(n.kode), n.nama, nameKeys).key, n]),
    );
    const keys = new Set<string>();
    for (const { line, key, code } of programmeLines(entry, nameKeys)) {
      keys.add(key);
      const node = treeByKey.get(key);
      const s = scored.budget.find((b) => b.id === line.id);
      const paguValue = decimalOf(line, 'pagu');
      const realisasiValue = decimalOf(line, 'realisasi');
      group(key, code).entries.push({
        ref,
        nama: line.nama,
        kode: code ?? line.kode ?? node?.budgetCode ?? '',
        role: line.role,
        table: line.source.table,
        pagu: showAmount(line.pagu, lang),
        realisasi: showAmount(line.realisasi, lang),
        ...(paguValue ? { paguValue } : {}),
        ...(realisasiValue ? { realisasiValue } : {}),
        serapan:
          s && line.realisasi
            ? { text: s.serapan.kind === 'persen' ? showPercent(s.serapan.value, lang) : '—', tone: 'netral' }
            : { text: '—', tone: 'netral' },
        indicators: node
          ? indicatorRows(
              report,
              scored,
              report.indicators.filter((i) => i.node === node.kode),
              lang,
            )
          : [],
      });
    }
    // Programmes with indicators but no budget line in this report still belong on the programme page.
    for (const [key, node] of treeByKey) {
      if (keys.has(key)) continue;
      const indicators = report.indicators.filter((i) => i.node === node.kode);
      if (indicators.length === 0) continue;
      const link = entry.codes?.links.tree.get(node.kode);
      const code = keyOf(link, node.nama, nameKeys).code;
      group(key, code).entries.push({
        ref,
        nama: node.nama,
        kode: code ?? node.budgetCode ?? '',
        role: '',
        table: node.source.table,
        pagu: { exact: '' },
        realisasi: { exact: '' },
        serapan: { text: '—', tone: 'netral' },
        indicators: indicatorRows(report, scored, indicators, lang),
      });
    }
  }
  return [...groups.entries()]
    .filter(([, g]) => g.entries.length > 0)
    .map(([key, g]): Programme => {
      const official = officialNames.get(key);
      const printed = mostCommon(g.entries.map((e) => e.nama));
      return {
        key,
        ...(g.code ? { code: g.code } : {}),
        nama: official ? titleCase(official) : printed,
        ...(official ? { officialName: official } : {}),
        variants: [...g.variants.values()].sort(
          (a, b) => b.sources.length - a.sources.length || a.nama.localeCompare(b.nama),
        ),
        entries: g.entries.sort(byYearThenAgency),
      };
    })
    .sort(
      (a, b) =>
        Number(!a.code) - Number(!b.code) ||
        (a.code ?? '').localeCompare(b.code ?? '') ||
        a.nama.localeCompare(b.nama, 'id'),
    );
}

/** The agencies (short name with region) and report years among `refs`: "Dinsos P3A Kota Probolinggo 2021, 2024". */
export function agencyYears(refs: readonly ReportRef[]): { agencyName: string; short: string; years: number[] }[] {
  // The abbreviation of the agency's latest year among `refs`: one pass for the latest years, one for the names.
  const latest = new Map<string, ReportRef>();
  for (const r of refs) {
    const seen = latest.get(r.agency.slug);
    if (!seen || r.year > seen.year) latest.set(r.agency.slug, r);
  }
  const by = new Map<string, { agencyName: string; short: string; years: Set<number> }>();
  for (const r of refs) {
    let a = by.get(r.agency.slug);
    if (!a) {
      const last = latest.get(r.agency.slug)!;
      a = { agencyName: currentName(r.agency).nama, short: shortName(r.agency, r.region, last.year), years: new Set() };
      by.set(r.agency.slug, a);
    }
    a.years.add(r.year);
  }
  return [...by.values()]
    .map((a) => ({ ...a, years: [...a.years].sort((x, y) => x - y) }))
    .sort((a, b) => a.short.localeCompare(b.short, 'id'));
}

// ---- indicators ---------------------------------------------------------------------------------------------

export interface IndicatorEntry {
  ref: ReportRef;
  kode: string;
  nama: string;
  satuan: string;
  polarity: string;
  year: number;
  period: Period;
  role: string;
  table: string;
  target: string;
  realisasi: string;
  /** The realisation as a machine number when it was printed as a plain number (for charts). */
  realisasiMachine?: string;
  printedCapaian: string;
  capaian: Shown;
}

export interface IndicatorBenchmark {
  ref: ReportRef;
  year: number;
  label: string;
  value: string;
  note: string;
}

export interface IndicatorAcross {
  key: string;
  nama: string;
  entries: IndicatorEntry[];
  benchmarks: IndicatorBenchmark[];
  agencies: number;
}

function entryOf(entry: PortalReport, indicator: Indicator, value: IndicatorValue, lang: Lang): IndicatorEntry {
  const s = entry.scored.values.find((v) => v.source.file === value.source.file && v.source.row === value.source.row);
  return {
    ref: refOf(entry),
    kode: indicator.kode,
    nama: indicator.nama,
    satuan: indicator.satuan,
    polarity: indicator.polarity,
    year: value.year,
    period: value.period,
    role: value.role,
    table: value.source.table,
    target: showPrinted(value.target),
    realisasi: showPrinted(value.realisasi),
    ...(value.realisasi?.kind === 'number' ? { realisasiMachine: value.realisasi.value.toFixed() } : {}),
    printedCapaian: showPrinted(value.printedCapaian),
    capaian: showCapaian(s?.capaian, lang),
  };
}

/**
 * Cross-report indexes are computed once per portal and language: every agency page and every indicator or
 * programme page reads the same index (computing it per page made the build quadratic in the corpus).
 */
function memoised<T>(compute: (entries: PortalReport[], lang: Lang) => T): (entries: PortalReport[], lang: Lang) => T {
  const cache = new WeakMap<PortalReport[], Map<Lang, T>>();
  return (entries, lang) => {
    const byLang = cache.get(entries) ?? new Map<Lang, T>();
    cache.set(entries, byLang);
    if (!byLang.has(lang)) byLang.set(lang, compute(entries, lang));
    return byLang.get(lang)!;
  };
}

/** Every indicator across reports, keyed by its normalised name; one entry per evaluation year per report. */
export const indicatorsAcross = memoised(indicatorsAcrossOnce);

function indicatorsAcrossOnce(entries: PortalReport[], lang: Lang): IndicatorAcross[] {
  const groups = new Map<string, { entries: IndicatorEntry[]; benchmarks: IndicatorBenchmark[]; names: string[] }>();
  const keyOf = indicatorKeys(entries.flatMap((e) => e.report.indicators.map((i) => i.nama)));
  for (const entry of entries) {
    const { report } = entry;
    for (const indicator of report.indicators) {
      const key = keyOf(indicator.nama);
      if (!key) continue;
      const group = groups.get(key) ?? { entries: [], benchmarks: [], names: [] };
      group.names.push(indicator.nama);
      // One row per year: the first evaluation row of that year, as the report page does for its own year.
      const seen = new Set<string>();
      for (const value of report.values) {
        if (value.indicator !== indicator.kode || value.role !== 'capaian') continue;
        const k = `${value.year} ${value.period}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const primary =
          value.year === report.meta.year && value.period === report.meta.period
            ? (primaryEvaluation(report, indicator.kode) ?? value)
            : value;
        group.entries.push(entryOf(entry, indicator, primary, lang));
      }
      for (const b of report.benchmarks.filter((b) => b.indicator === indicator.kode)) {
        group.benchmarks.push({
          ref: refOf(entry),
          year: b.year,
          label: b.label,
          value: b.value.text,
          note: b.note ?? '',
        });
      }
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      // The full name, not an abbreviation folded into it ("IDG" → "Indeks Pemberdayaan Gender (IDG)").
      nama: mostCommon(
        g.names.filter((n) => indicatorKey(n) === key).length
          ? g.names.filter((n) => indicatorKey(n) === key)
          : g.names,
      ),
      entries: g.entries.sort(
        (a, b) =>
          a.year - b.year || a.ref.agencyName.localeCompare(b.ref.agencyName) || a.ref.id.localeCompare(b.ref.id),
      ),
      benchmarks: g.benchmarks.sort((a, b) => a.year - b.year || a.label.localeCompare(b.label)),
      agencies: new Set(g.entries.map((e) => e.ref.agency.slug)).size,
    }))
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}

// ---- agencies -------------------------------------------------------------------------------------------------

export interface AgencyYear {
  ref: ReportRef;
  pagu?: Amount;
  realisasi?: Amount;
  serapan?: string;
  paguMachine?: string;
  realisasiMachine?: string;
  findings: number;
}

const agencyIndexes = new WeakMap<readonly PortalReport[], Map<string, PortalReport[]>>();

/**
 * One agency's reports, in the order given. Indexed once per list of reports: every agency page, and the agency
 * list for every agency, would otherwise scan every report of the portal (quadratic in the corpus).
 */
export function reportsOf(entries: readonly PortalReport[], agencySlug: string): readonly PortalReport[] {
  let index = agencyIndexes.get(entries);
  if (!index) {
    index = new Map();
    for (const e of entries) {
      const list = index.get(e.agency.slug);
      if (list) list.push(e);
      else index.set(e.agency.slug, [e]);
    }
    agencyIndexes.set(entries, index);
  }
  return index.get(agencySlug) ?? [];
}

const idIndexes = new WeakMap<readonly PortalReport[], Map<string, PortalReport>>();

/** Reports by id, indexed once per list (each indicator or programme part page would otherwise index them again). */
export function reportsById(reports: readonly PortalReport[]): ReadonlyMap<string, PortalReport> {
  let index = idIndexes.get(reports);
  if (!index) idIndexes.set(reports, (index = new Map(reports.map((r) => [r.report.id, r]))));
  return index;
}

export function agencyHistory(entries: PortalReport[], agency: Agency, lang: Lang): AgencyYear[] {
  return reportsOf(entries, agency.slug)
    .map((entry) => {
      const lines = entry.report.budget.filter((b) => b.role === 'realisasi' && b.year === entry.report.meta.year);
      const top = lines.find((b) => b.level === 'total') ?? lines.find((b) => b.level === 'urusan');
      const pagu = top ? decimalOf(top, 'pagu') : undefined;
      const realisasi = top ? decimalOf(top, 'realisasi') : undefined;
      return {
        ref: refOf(entry),
        ...(pagu ? { pagu: showComputedAmount(pagu, lang), paguMachine: pagu.toFixed() } : {}),
        ...(realisasi ? { realisasi: showComputedAmount(realisasi, lang), realisasiMachine: realisasi.toFixed() } : {}),
        ...(pagu && realisasi && !pagu.isZero() ? { serapan: showPercent(realisasi.div(pagu).times(100), lang) } : {}),
        findings: entry.scored.findings.length,
      };
    })
    .sort(byYearThenAgency);
}

// ---- comparison -----------------------------------------------------------------------------------------------

export interface CompareCell {
  year: number;
  /** `tahunan`, `tw1`…: quarterly figures are cumulative and not comparable with annual ones. */
  period: Period;
  text: string;
  detail: string;
}

export interface CompareRow {
  key: string;
  nama: string;
  /** Nomenclature code of a programme row. */
  code?: string;
  href: string;
  cells: Record<string, CompareCell | undefined>;
}

export interface Comparison {
  agencies: Agency[];
  indicators: CompareRow[];
  programmes: CompareRow[];
  programmeIndicators: CompareRow[];
}

/** Latest figure per agency for indicators and programmes printed by at least two agencies. */
export const comparison = memoised(comparisonOnce);

/**
 * The comparison among some agencies only (a compare group): each row's cells of those agencies, the rows at least
 * two of them print. Rows keep the portal's keys and links.
 */
export function comparisonOf(entries: PortalReport[], lang: Lang, agencies: readonly Agency[]): Comparison {
  const whole = comparison(entries, lang);
  const slugs = agencies.map((a) => a.slug);
  const among = (rows: CompareRow[]) =>
    rows.flatMap((row) => {
      const cells: Record<string, CompareCell | undefined> = {};
      let printed = 0;
      for (const slug of slugs) {
        const cell = row.cells[slug];
        if (cell) {
          cells[slug] = cell;
          printed++;
        }
      }
      return printed >= 2 ? [{ ...row, cells }] : [];
    });
  return {
    agencies: [...agencies],
    indicators: among(whole.indicators),
    programmes: among(whole.programmes),
    programmeIndicators: among(whole.programmeIndicators),
  };
}

function comparisonOnce(entries: PortalReport[], lang: Lang): Comparison {
  const agencies = [...new Map(entries.map((e) => [e.agency.slug, e.agency])).values()].sort((a, b) =>
    currentName(a).nama.localeCompare(currentName(b).nama, 'id'),
  );
  const indicatorRowsOut: CompareRow[] = indicatorsAcross(entries, lang)
    .filter((i) => i.agencies >= 2)
    .map((i) => {
      const cells: Record<string, CompareCell | undefined> = {};
      for (const e of i.entries) {
        const prev = cells[e.ref.agency.slug];
        if (!prev || prev.year <= e.year)
          cells[e.ref.agency.slug] = {
            year: e.year,
            period: e.period,
            text: e.realisasi || '—',
            detail: e.capaian.text,
          };
      }
      return { key: i.key, nama: i.nama, href: `/indikator/${i.key}/`, cells };
    });
  const all = programmes(entries, lang);
  const programmeRowsOut: CompareRow[] = all
    .filter((p) => new Set(p.entries.map((e) => e.ref.agency.slug)).size >= 2)
    .map((p) => {
      const cells: Record<string, CompareCell | undefined> = {};
      for (const e of p.entries) {
        const prev = cells[e.ref.agency.slug];
        if (!prev || prev.year <= e.ref.year)
          cells[e.ref.agency.slug] = {
            year: e.ref.year,
            period: e.ref.period,
            text: e.pagu.short ?? (e.pagu.exact || '—'),
            detail: e.serapan.text,
          };
      }
      return { key: p.key, nama: p.nama, ...(p.code ? { code: p.code } : {}), href: `/program/${p.key}/`, cells };
    });
  // Programme indicators compared on the programme's code: agencies name them differently, the programme is one.
  const programmeIndicatorRows: CompareRow[] = all
    .filter((p) => p.code)
    .map((p) => {
      const cells: Record<string, CompareCell | undefined> = {};
      for (const e of p.entries) {
        const first = e.indicators[0];
        const prev = cells[e.ref.agency.slug];
        if (first && (!prev || prev.year <= e.ref.year))
          cells[e.ref.agency.slug] = {
            year: e.ref.year,
            period: e.ref.period,
            text: first.capaian.text,
            detail: first.nama,
          };
      }
      return { key: p.key, nama: p.nama, code: p.code!, href: `/program/${p.key}/`, cells };
    })
    .filter((r) => Object.values(r.cells).filter(Boolean).length >= 2);
  return {
    agencies,
    indicators: indicatorRowsOut,
    programmes: programmeRowsOut,
    programmeIndicators: programmeIndicatorRows,
  };
}

/** Pagefind filter values of a cross-report page: the agencies, regions and years its entries come from. */
export function searchFilters(refs: readonly ReportRef[]): { name: 'instansi' | 'wilayah' | 'tahun'; value: string }[] {
  const distinct = (values: string[]) => [...new Set(values)];
  return [
    ...distinct(refs.map((r) => r.agencyName)).map((value) => ({ name: 'instansi' as const, value })),
    ...distinct(refs.map((r) => r.region.nama)).map((value) => ({ name: 'wilayah' as const, value })),
    ...distinct(refs.map((r) => String(r.year))).map((value) => ({ name: 'tahun' as const, value })),
  ];
}

/** The site-wide indicator index narrowed to each agency's entries, computed once for all agency pages. */
const indicatorsByAgency = memoised((entries, lang): Map<string, IndicatorAcross[]> => {
  const out = new Map<string, IndicatorAcross[]>();
  for (const indicator of indicatorsAcross(entries, lang)) {
    const mine = new Map<string, IndicatorEntry[]>();
    for (const e of indicator.entries) {
      const list = mine.get(e.ref.agency.slug);
      if (list) list.push(e);
      else mine.set(e.ref.agency.slug, [e]);
    }
    for (const [slug, list] of mine) {
      const narrowed = { ...indicator, entries: list };
      const all = out.get(slug);
      if (all) all.push(narrowed);
      else out.set(slug, [narrowed]);
    }
  }
  return out;
});

/** The site-wide indicator index (same keys as /indikator/ pages), narrowed to one agency's entries. */
export function agencyIndicators(entries: PortalReport[], agency: Agency, lang: Lang): IndicatorAcross[] {
  return indicatorsByAgency(entries, lang).get(agency.slug) ?? [];
}
