/**
 * Ranked comparison of regions for one indicator: the agency that printed benchmarks (national, provincial,
 * neighbouring regions) highlighted among them and among the other agencies of the portal that report the same
 * indicator for the same year. Best first, by the indicator's polarity.
 */
import type { Lang } from '../../i18n/teks.ts';
import type { PortalReport } from '../portal.ts';
import type { IndicatorAcross } from '../tampilan/lintas.ts';
import { withSummary } from './ringkasan.ts';
import type { ChartSpec, Tone } from './spek.ts';
import { cappedAxis, rankOrder, reorder } from './sumbu.ts';

interface Bar {
  label: string;
  value: string;
  tone: Tone;
}

/**
 * Chart ids of the ranked comparisons, one per (report, year) that printed benchmarks: `peringkat-<year>-<agency>`,
 * and when an agency has several such reports for one year (an LKjIP and its quarterly reports) each gets its report
 * folder too, so every chart keeps its own embed page and CSV.
 */
export function rankingChartIds(sources: readonly { reportId: string; agency: string; year: number }[]): string[] {
  const base = sources.map((s) => `peringkat-${s.year}-${s.agency}`);
  const uses = new Map<string, number>();
  for (const id of base) uses.set(id, (uses.get(id) ?? 0) + 1);
  return base.map((id, i) =>
    (uses.get(id) ?? 0) > 1 ? `${id}-${sources[i]!.reportId.slice(sources[i]!.reportId.indexOf('/') + 1)}` : id,
  );
}

export function benchmarkCharts(indicator: IndicatorAcross, reports: PortalReport[], lang: Lang): ChartSpec[] {
  const byId = new Map(reports.map((r) => [r.report.id, r]));
  const sources = [...new Map(indicator.benchmarks.map((b) => [`${b.ref.id}|${b.year}`, b])).values()];
  const ids = rankingChartIds(sources.map((s) => ({ reportId: s.ref.id, agency: s.ref.agency.slug, year: s.year })));
  const charts = sources.flatMap(({ ref, year }, index) => {
    const own = indicator.entries.find((e) => e.ref.id === ref.id && e.year === year);
    const report = byId.get(ref.id)?.report;
    if (!own?.realisasiMachine || !report) return [];
    const bars: Bar[] = [];
    for (const b of report.benchmarks) {
      if (b.indicator !== own.kode || b.year !== year || b.value.kind !== 'number') continue;
      bars.push({ label: b.label, value: b.value.value.toFixed(), tone: 'netral' });
    }
    if (bars.length === 0) return [];
    const period = own.period === 'tahunan' ? '' : ` (${own.period.toUpperCase()})`;
    bars.push({ label: `${ref.agencyName}${period}`, value: own.realisasiMachine, tone: 'sorot' });
    for (const other of indicator.entries) {
      if (other.ref.agency.slug === ref.agency.slug || other.year !== year || !other.realisasiMachine) continue;
      if (other.period !== 'tahunan') continue;
      bars.push({ label: other.ref.agencyName, value: other.realisasiMachine, tone: 'netral' });
    }
    const lowerIsBetter = own.polarity === 'negatif';
    const unit = own.satuan.includes('%') ? 'persen' : 'angka';
    const draft: ChartSpec = {
      id: ids[index]!,
      kind: 'bar',
      horizontal: true,
      caption:
        lang === 'id'
          ? `${indicator.nama} ${year}: ${ref.agencyName} di antara pembanding (${lowerIsBetter ? 'makin rendah makin baik' : 'makin tinggi makin baik'})`
          : `${indicator.nama} ${year}: ${ref.agencyName} among its comparators (${lowerIsBetter ? 'lower is better' : 'higher is better'})`,
      summary: '',
      unit,
      labels: bars.map((b) => b.label),
      series: [
        {
          label: lang === 'id' ? 'Realisasi' : 'Result',
          values: bars.map((b) => b.value),
          tones: bars.map((b) => b.tone),
        },
      ],
    };
    const sorted = reorder(draft, rankOrder(draft.series[0]!.values, lowerIsBetter ? 'asc' : 'desc'));
    const axis = cappedAxis(sorted.series[0]!.values, unit);
    const rank = sorted.series[0]!.tones!.indexOf('sorot') + 1;
    const spec = withSummary({ ...sorted, ...(axis ? { axis } : {}) }, lang);
    const position =
      lang === 'id'
        ? `${ref.agencyName} di urutan ${rank} dari ${bars.length}.`
        : `${ref.agencyName} ranks ${rank} of ${bars.length}.`;
    return [{ ...spec, summary: `${position} ${spec.summary}` }];
  });
  return charts;
}
