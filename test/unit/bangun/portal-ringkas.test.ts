/**
 * The portal keeps each report without what only its own pages show (`residentEntry`: sub kegiatan lines and plan
 * rows, narratives, extra tables, recomputed averages) for the pages that read every
 * report; those pages must come out exactly as they would from the whole reports. Checked on the real content and on
 * a synthetic corpus (60–250 budget lines per report, most of them sub kegiatan), in memory and from the stage's
 * bundles, for every cross-report view the pages arrange.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/generate-korpus.ts';
import { runStage } from '../../../src/lib/bangun/tahap.ts';
import { allCharts, agencyChart } from '../../../src/lib/grafik/semua.ts';
import {
  budgetLineCount,
  loadPortal,
  portalFromStage,
  type Portal,
  type PortalReport,
} from '../../../src/lib/portal.ts';
import { reportParts } from '../../../src/lib/tampilan/bagian.ts';
import { activitiesOf } from '../../../src/lib/tampilan/kegiatan.ts';
import { agencyScorecards, reportScore } from '../../../src/lib/tampilan/kartu-skor.ts';
import {
  findingKindsPresent,
  findingsPage,
  laterFindingsPages,
  type FindingsFilter,
} from '../../../src/lib/tampilan/halaman-temuan.ts';
import {
  agencyHistory,
  agencyIndicators,
  comparison,
  indicatorsAcross,
  programmes,
} from '../../../src/lib/tampilan/lintas.ts';
import { entityNames, rankedFindingViews } from '../../../src/lib/tampilan/temuan.ts';
import { REAL } from '../ekspor/bantu.ts';

const work = mkdtempSync(join(tmpdir(), 'kinerja-ringkas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Everything the home, agency, programme, indicator, compare, findings and chart pages compute from all reports. */
function crossReportViews(reports: PortalReport[], scales: Portal['content']['scales']) {
  return (['id', 'en'] as const).map((lang) => {
    const filters: FindingsFilter[] = [
      { by: 'semua' },
      ...findingKindsPresent(reports).map((kind) => ({ by: 'jenis' as const, kind })),
      ...[...new Set(reports.map((r) => r.agency.slug))].map((agency) => ({ by: 'instansi' as const, agency })),
    ];
    const agencies = [...new Map(reports.map((r) => [r.agency.slug, r.agency])).values()];
    const all = programmes(reports, lang);
    return {
      programmes: all,
      activities: all.map((p) => (p.code ? activitiesOf(reports, p.code, lang) : [])),
      indicators: indicatorsAcross(reports, lang),
      comparison: comparison(reports, lang),
      agencies: agencies.map((a) => ({
        history: agencyHistory(reports, a, lang),
        indicators: agencyIndicators(reports, a, lang),
        chart: agencyChart(
          reports.filter((r) => r.agency.slug === a.slug),
          a,
          lang,
        ),
      })),
      scorecards: agencyScorecards(reports, scales, lang),
      scores: reports.map((r) => reportScore(r, scales, lang)),
      charts: allCharts(reports, lang),
      findings: filters.map((f) => findingsPage(reports, f, lang, 1)),
      laterPages: laterFindingsPages(reports),
      findingNames: reports.map((r) => rankedFindingViews(r.scored.findings, lang, () => entityNames(r.report, lang))),
      budgetLines: reports.map(budgetLineCount),
      // Which part pages each report gets, and the counts they show.
      parts: reports.map(reportParts),
    };
  });
}

function expectSameViews(portal: Portal) {
  const resident = portal.reports;
  const whole = resident.map((e) => portal.whole(e));
  expect(whole.map((e) => e.resident)).toEqual(whole.map(() => undefined));
  expect(crossReportViews(resident, portal.content.scales)).toEqual(crossReportViews(whole, portal.content.scales));
}

const corpus = join(work, 'korpus');
writeCorpus(corpus, 24, 3, { agencies: 3, regionsPerProvince: 2, years: [2023, 2024] });
const synthetic = join(corpus, 'content');

describe('resident entries: the cross-report pages as from the whole reports', () => {
  it('leave out sub kegiatan lines (most of the synthetic budget), keeping those a finding is about', () => {
    const portal = loadPortal(synthetic);
    const kept = portal.reports.reduce((n, e) => n + e.report.budget.length, 0);
    const printed = portal.reports.reduce((n, e) => n + budgetLineCount(e), 0);
    expect(kept).toBeLessThan(printed / 2);
    for (const entry of portal.reports) {
      const whole = portal.whole(entry);
      expect(budgetLineCount(entry)).toBe(whole.report.budget.length);
      const ids = new Set(entry.report.budget.map((b) => b.id));
      for (const f of whole.scored.findings) {
        if (whole.report.budget.some((b) => b.id === f.location.entity)) expect(ids.has(f.location.entity)).toBe(true);
      }
      expect(entry.scored.budget.map((b) => b.id)).toEqual(
        whole.scored.budget.filter((b) => ids.has(b.id)).map((b) => b.id),
      );
    }
  });

  it('the real content: every cross-report view is the same', () => expectSameViews(loadPortal(REAL)));

  it('the synthetic corpus: every cross-report view is the same', () => expectSameViews(loadPortal(synthetic)));

  it('from the stage’s bundles: the same resident entries, and whole ones read back in full', async () => {
    const cacheDir = join(work, 'cache');
    const staged = await runStage({ contentRoot: synthetic, outDir: join(work, 'out'), cacheDir });
    expect(staged.errors).toEqual([]);
    const portal = portalFromStage(cacheDir, synthetic)!;
    const memory = loadPortal(synthetic);
    expect(portal.reports.map((e) => e.report.id)).toEqual(memory.reports.map((e) => e.report.id));
    expect(portal.reports).toEqual(memory.reports);
    for (const entry of portal.reports) expect(portal.whole(entry)).toEqual(memory.whole(entry));
    expectSameViews(portal);
  });
});
