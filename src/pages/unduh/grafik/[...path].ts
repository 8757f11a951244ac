/**
 * One CSV per chart of the cross-report pages ("download this chart's data"), from the same chart builders the
 * pages use. Report pages' chart CSVs are written with each report's downloads by the streaming stage.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { crossReportCharts } from '../../../lib/grafik/semua.ts';
import { chartCsv } from '../../../lib/grafik/unduh.ts';
import { loadPortal } from '../../../lib/portal.ts';

export const getStaticPaths = (() =>
  crossReportCharts(loadPortal().reports, 'id').map(({ page, spec }) => ({
    params: { path: `${page}/${spec.id}.csv` },
    props: { body: chartCsv(spec) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
