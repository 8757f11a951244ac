/** The valid fixture site, loaded and scored once for view-model tests. */
import { join } from 'node:path';
import { agencyNameIn } from '../../../src/lib/instansi.ts';
import { loadContent } from '../../../src/lib/data/index.ts';
import type { PortalReport } from '../../../src/lib/portal.ts';
import { scoreReport } from '../../../src/lib/skor/index.ts';

export function fixturePortal(): PortalReport[] {
  const { content, errors } = loadContent(join(import.meta.dirname, '..', '..', 'fixtures', 'valid', 'content'));
  if (errors.length > 0) throw new Error(`fixture invalid: ${errors.length} errors`);
  return content.reports.map((report) => {
    const agency = content.agencies.find((a) => a.slug === report.meta.agency)!;
    return {
      report,
      scored: scoreReport(report, content.scales),
      agency,
      region: content.regions.find((r) => r.slug === agency.region)!,
    };
  });
}

export { agencyNameIn };
