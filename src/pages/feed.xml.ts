import type { APIRoute } from 'astro';
import { budgetLineCount, contentRoot, loadPortal } from '../lib/portal.ts';
import { reportHistories } from '../lib/riwayat/git.ts';
import { agencyNameIn } from '../lib/instansi.ts';
import { atomFeed, feedDates } from '../lib/umpan.ts';

export const GET: APIRoute = ({ site }) => {
  const histories = reportHistories(contentRoot());
  const entries = loadPortal().reports.map((entry) => {
    const { report, agency, scored } = entry;
    return {
      id: report.id,
      title: `${agencyNameIn(agency, report.meta.year).nama}: ${report.meta.title}`,
      url: `/instansi/${report.id}/`,
      ...feedDates(histories.get(report.id), report.meta.signatory?.tanggal ?? String(report.meta.year)),
      summary: `${report.indicators.length} indikator, ${budgetLineCount(entry)} baris anggaran, ${scored.findings.length} temuan.`,
    };
  });
  return new Response(atomFeed(site ?? new URL('http://localhost/'), entries), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
