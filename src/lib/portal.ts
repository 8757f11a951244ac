/**
 * The site's one entry to the data: load and validate `content/` once per build, score every report, and hand
 * pages plain data. Throws `ContentValidationError` (all errors, bilingual, located) when content is invalid, so
 * `astro build` fails exactly like `npm run validate`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentValidationError, loadContent } from './data/index.ts';
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

/** Load, validate and score the content under `root` (default: `contentRoot()`), once per root. */
export function loadPortal(root: string = contentRoot()): Portal {
  const cached = cache.get(root);
  if (cached) return cached;
  const { content, errors } = loadContent(root);
  if (errors.length > 0) throw new ContentValidationError(errors);
  const agencies = new Map(content.agencies.map((a) => [a.slug, a]));
  const regions = new Map(content.regions.map((r) => [r.slug, r]));
  const index = content.nomenclature ? indexNomenclature(content.nomenclature) : undefined;
  const reports = content.reports.map((report) => {
    const agency = agencies.get(report.meta.agency)!;
    const scale = content.scales.find((s) => s.slug === report.meta.scale);
    return {
      report,
      scored: scoreReport(report, content.scales),
      ...(scale?.jenis === 'predikat' ? { scale } : {}),
      agency,
      region: regions.get(agency.region)!,
      ...(index ? { codes: { links: linkReport(index, report), index } } : {}),
    };
  });
  const portal = { content, reports };
  cache.set(root, portal);
  return portal;
}

/** The site path of a source document's text page (`000_x.txt` → `/dokumen/000_x/`), optionally at a line. */
export function documentPath(file: string, line?: number): string {
  return `/dokumen/${file.replace(/\.txt$/, '')}/${line !== undefined ? `#L${line}` : ''}`;
}

/** The lines of a source document's extracted text (content/dokumen/), as published for checking. */
export function documentLines(file: string): string[] {
  const text = readFileSync(join(contentRoot(), 'dokumen', file), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
}
