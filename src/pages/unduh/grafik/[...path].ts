/**
 * One CSV per chart of the cross-report pages ("download this chart's data"), from the same chart builders the
 * pages use. Report pages' chart CSVs are written with each report's downloads by the streaming stage.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { crossReportCharts, type PageChart } from '../../../lib/grafik/semua.ts';
import { chartCsv } from '../../../lib/grafik/unduh.ts';
import { loadPortal } from '../../../lib/portal.ts';
import { owned } from '../../../lib/bangun/shard.ts';

/** In a sharded build, a chart's CSV is written by the shard that renders its page. */
function ownsPage({ page, province }: PageChart, provinces: ReadonlyMap<string, string>): boolean {
  if (province !== undefined) return owned().province(province);
  const [kind, key = ''] = page.split('/');
  return kind === 'instansi' ? owned().province(provinces.get(key) ?? '') : owned().key(page);
}

export const getStaticPaths = (() => {
  const { reports, content } = loadPortal();
  const regions = new Map(content.regions.map((r) => [r.slug, r.provinsi]));
  const provinces = new Map(content.agencies.map((a) => [a.slug, regions.get(a.region) ?? '']));
  return crossReportCharts(reports, 'id')
    .filter((chart) => ownsPage(chart, provinces))
    .map(({ page, spec }) => ({
      params: { path: `${page}/${spec.id}.csv` },
      props: { body: chartCsv(spec) },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
