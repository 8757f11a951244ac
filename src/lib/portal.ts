/**
 * The site's one entry to the data: load and validate `content/` once per build, score every report, and hand
 * pages plain data. Throws `ContentValidationError` (all errors, bilingual, located) when content is invalid, so
 * `astro build` fails exactly like `npm run validate`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeEntry } from './bangun/bundel.ts';
import { ContentValidationError, loadContent, loadShared, readDocumentLines } from './data/index.ts';
import type { Agency, Content, Region, Report, Scale } from './model.ts';
import { scoreReport, type ScoredReport } from './skor/index.ts';
import { indexNomenclature, type NomenclatureIndex } from './nomenklatur/cocok.ts';
import { linkReport, type ReportLinks } from './nomenklatur/laporan.ts';

export interface PortalReport {
  report: Report;
  scored: ScoredReport;
  /** The report's own predicate scale, when it declares one. */
  scale?: Extract<Scale, { jenis: 'predikat' }>;
  agency: Agency;
  region: Region;
  /** Programme, kegiatan and sub kegiatan lines linked to nomenclature codes, with the index they refer to. */
  codes?: { links: ReportLinks; index: NomenclatureIndex };
  /**
   * Set on the entries `loadPortal().reports` holds, which leave out what only the report's own pages show (see
   * `residentEntry`): how many budget lines, plan rows, narratives and extra tables the report prints in all.
   * `Portal.whole` gives the report in full.
   */
  resident?: PrintedCounts;
}

/** How many rows of the tables a resident entry shortens the report prints. */
export interface PrintedCounts {
  budgetLines: number;
  planRows: number;
  narratives: number;
  extraTables: number;
}

export interface Portal {
  /** Validated content; from a staged build its `reports` are the resident ones (as in `reports` below). */
  content: Content;
  /** Every report, as the pages that read many reports need it (`residentEntry`); a report's own pages use `whole`. */
  reports: PortalReport[];
  /** The report in full (every budget line), read from the stage's bundle when the build is staged. */
  whole(entry: PortalReport): PortalReport;
}

/** Where content is read from: `content/` of the repository, or KINERJA_CONTENT (tests build fixture sites). */
export function contentRoot(): string {
  return resolve(process.env.KINERJA_CONTENT ?? 'content');
}

const cache = new Map<string, Portal>();

/** One report with its score and resolved agency, region and scale. */
export function portalEntry(
  report: Report,
  shared: Pick<Content, 'scales'>,
  agencies: ReadonlyMap<string, Agency>,
  regions: ReadonlyMap<string, Region>,
  index?: NomenclatureIndex,
): PortalReport {
  const agency = agencies.get(report.meta.agency)!;
  const scale = shared.scales.find((s) => s.slug === report.meta.scale);
  const links = index ? linkReport(index, report) : undefined;
  const budgetCodes = links ? new Map([...links.budget].map(([id, link]) => [id, link.code])) : undefined;
  const entry: PortalReport = {
    report,
    scored: scoreReport(report, shared.scales, budgetCodes),
    ...(scale?.jenis === 'predikat' ? { scale } : {}),
    agency,
    region: regions.get(agency.region)!,
  };
  return index && links ? { ...entry, codes: { links, index } } : entry;
}

/**
 * The nomenclature links of a report (recomputed, not kept in the bundle: the index is shared by every report and
 * the links hold Maps).
 */
export function withCodes(entry: PortalReport, index: NomenclatureIndex | undefined): PortalReport {
  return index ? { ...entry, codes: { links: linkReport(index, entry.report), index } } : entry;
}

/**
 * What the portal keeps in memory of one report for the pages that read every report (programme, indicator,
 * compare, findings, agency, home). Left out, because only the report's own pages and downloads show them:
 * - sub kegiatan budget lines and plan rows, except those a finding or a cross-table comparison is about (budget
 *   lines were half of a report's memory: 257 of 486 KB per report on the synthetic corpus);
 * - of the plan rows kept, what no cross-report view reads (indicator, targets, indicative ceilings, location);
 * - narratives, extra tables and the recomputed averages (≈ 29 of 250 KB per report of live heap at 1,000 reports).
 * No cross-report view reads any of these: test/unit/bangun/portal-ringkas.test.ts checks every such view gives the
 * same result either way, and the built site is byte-identical.
 */
export function residentEntry(entry: PortalReport): PortalReport {
  const { report, scored } = entry;
  const cited = new Set<string>([
    ...scored.findings.map((f) => f.location.entity),
    ...scored.budgetComparisons.flatMap((c) => [c.line, c.other]),
  ]);
  const budget = report.budget.filter((b) => b.level !== 'subkegiatan' || cited.has(b.id));
  const kept = new Set(budget.map((b) => b.id));
  const plan = report.plan
    .filter((p) => p.level !== 'subkegiatan' || cited.has(p.id))
    .map(({ id, year, parent, level, kode, nama, source }) => ({
      id,
      year,
      ...(parent !== undefined ? { parent } : {}),
      level,
      ...(kode !== undefined ? { kode } : {}),
      nama,
      source,
    }));
  return {
    ...entry,
    report: {
      ...report,
      values: report.values.filter((v) => v.role === 'capaian'),
      budget,
      plan,
      narratives: [],
      extraTables: [],
    },
    scored: { ...scored, budget: scored.budget.filter((b) => kept.has(b.id)), averages: [], reportAverages: [] },
    resident: printedCounts(entry),
  };
}

/** How many budget lines, plan rows, narratives and extra tables the report prints, resident or whole. */
export function printedCounts(entry: Pick<PortalReport, 'report' | 'resident'>): PrintedCounts {
  return (
    entry.resident ?? {
      budgetLines: entry.report.budget.length,
      planRows: entry.report.plan.length,
      narratives: entry.report.narratives.length,
      extraTables: entry.report.extraTables.length,
    }
  );
}

/** How many budget lines the report prints, resident or whole. */
export function budgetLineCount(entry: PortalReport): number {
  return printedCounts(entry).budgetLines;
}

/**
 * The whole entry of a report from its stage bundle, the last few kept: Astro renders a report's pages one after
 * another (`langPaths` puts a page's languages side by side), so each bundle is decoded about once per route.
 */
function bundleReader(bundles: ReadonlyMap<string, string>, index: NomenclatureIndex | undefined) {
  const recent = new Map<string, PortalReport>();
  return (entry: PortalReport): PortalReport => {
    const id = entry.report.id;
    const hit = recent.get(id);
    if (hit) return hit;
    const bundle = bundles.get(id);
    if (bundle === undefined) throw new Error(`no stage bundle for report ${id}`);
    const whole = withCodes(decodeEntry(readFileSync(bundle, 'utf8')), index);
    recent.set(id, whole);
    if (recent.size > 4) recent.delete(recent.keys().next().value!);
    return whole;
  };
}

/**
 * The portal from the streaming stage's bundles (`scripts/build.ts` sets KINERJA_BANGUN to the stage's cache):
 * already validated and scored, so Astro does not read or score content again.
 */
export function portalFromStage(stageDir: string, root: string): Portal | undefined {
  const manifestPath = join(stageDir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    contentRoot: string;
    reports: { bundle: string }[];
  };
  if (resolve(manifest.contentRoot) !== resolve(root)) return undefined;
  const { regions, agencies, scales, nomenclature } = loadShared(root);
  const index = nomenclature ? indexNomenclature(nomenclature) : undefined;
  const reports = manifest.reports.map((r) =>
    withCodes(residentEntry(decodeEntry(readFileSync(r.bundle, 'utf8'))), index),
  );
  const bundles = new Map(manifest.reports.map((r, i) => [reports[i]!.report.id, r.bundle]));
  // Content order (agency folder, then report folder), as loadContent gives it.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  reports.sort((a, b) => order(a.report.meta.agency, b.report.meta.agency) || order(a.report.slug, b.report.slug));
  return {
    content: {
      regions,
      agencies,
      scales,
      reports: reports.map((r) => r.report),
      ...(nomenclature ? { nomenclature } : {}),
    },
    reports,
    whole: bundleReader(bundles, index),
  };
}

/** Load, validate and score the content under `root` (default: `contentRoot()`), once per root. */
export function loadPortal(root: string = contentRoot()): Portal {
  const cached = cache.get(root);
  if (cached) return cached;
  const staged = process.env.KINERJA_BANGUN ? portalFromStage(process.env.KINERJA_BANGUN, root) : undefined;
  if (staged) {
    cache.set(root, staged);
    return staged;
  }
  const { content, errors } = loadContent(root);
  if (errors.length > 0) throw new ContentValidationError(errors);
  const agencies = new Map(content.agencies.map((a) => [a.slug, a]));
  const regions = new Map(content.regions.map((r) => [r.slug, r]));
  const index = content.nomenclature ? indexNomenclature(content.nomenclature) : undefined;
  const wholes = content.reports.map((report) => portalEntry(report, content, agencies, regions, index));
  const byId = new Map(wholes.map((e) => [e.report.id, e]));
  // Scored in memory (tests, `astro dev`): the same resident entries as a staged build, so pages behave alike.
  const reports = wholes.map((e) => withCodes(residentEntry(e), index));
  const portal: Portal = { content, reports, whole: (entry) => byId.get(entry.report.id) ?? entry };
  cache.set(root, portal);
  return portal;
}

/** The site path of a source document's text page (`000_x.txt` → `/dokumen/000_x/`), optionally at a line. */
export function documentPath(file: string, line?: number): string {
  return `/dokumen/${file.replace(/\.txt$/, '')}/${line !== undefined ? `#L${line}` : ''}`;
}

/**
 * The lines of a source document's extracted text (content/dokumen/), as published for checking: read and split
 * exactly as the validator counted them (one line rule, same containment).
 */
export function documentLines(file: string): string[] {
  return readDocumentLines(contentRoot(), file);
}
