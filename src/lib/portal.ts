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
}

export interface Portal {
  content: Content;
  reports: PortalReport[];
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
 * The portal from the streaming stage's bundles (`scripts/build.ts` sets KINERJA_BANGUN to the stage's cache):
 * already validated and scored, so Astro does not read or score content again.
 */
function portalFromStage(stageDir: string, root: string): Portal | undefined {
  const manifestPath = join(stageDir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    contentRoot: string;
    reports: { bundle: string }[];
  };
  if (resolve(manifest.contentRoot) !== resolve(root)) return undefined;
  const { regions, agencies, scales, nomenclature } = loadShared(root);
  const index = nomenclature ? indexNomenclature(nomenclature) : undefined;
  const reports = manifest.reports.map((r) => withCodes(decodeEntry(readFileSync(r.bundle, 'utf8')), index));
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
  const reports = content.reports.map((report) => portalEntry(report, content, agencies, regions, index));
  const portal = { content, reports };
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
