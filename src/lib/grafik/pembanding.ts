/**
 * Ranked comparison of regions for one indicator: the agency that printed benchmarks (national, provincial,
 * neighbouring regions) highlighted among them and among the other agencies of its province in the portal that
 * report the same indicator for the same year. Best first, by the indicator's polarity.
 *
 * Bounded, so an indicator page does not grow with the square of the nation: each chart compares within the
 * province (not every agency of the portal) and shows the RANKING_NEIGHBOURS agencies nearest the highlighted one
 * (rank, highest and lowest still of the whole province); a page shows at most RANKING_CHARTS_MAX of them, the most
 * recent years first. At 5,000 synthetic reports one indicator page held 1,051 such charts of every agency: 54 MB of HTML.
 */
import type { Lang } from '../../i18n/teks.ts';
import type { PortalReport } from '../portal.ts';
import { reportsById, type IndicatorAcross } from '../tampilan/lintas.ts';
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

/** Agencies shown above and below the highlighted one when its province has more (the rank counts them all). */
export const RANKING_NEIGHBOURS = 10;

/** Ranking charts on one indicator page at most (the reports' own benchmark tables list every comparator). */
export const RANKING_CHARTS_MAX = 12;

const peerIndexes = new WeakMap<IndicatorAcross, Map<string, IndicatorAcross['entries']>>();

/**
 * An indicator's annual results by province and year, indexed once per indicator: each part page of an indicator
 * split by province (src/lib/tampilan/indikator.ts) ranks its agencies among their whole province.
 */
function peersByProvinceYear(indicator: IndicatorAcross): Map<string, IndicatorAcross['entries']> {
  let peers = peerIndexes.get(indicator);
  if (peers) return peers;
  peers = new Map();
  for (const e of indicator.entries) {
    if (e.period !== 'tahunan' || !e.realisasiMachine) continue;
    const key = `${e.ref.region.provinsi}|${e.year}`;
    const list = peers.get(key);
    if (list) list.push(e);
    else peers.set(key, [e]);
  }
  peerIndexes.set(indicator, peers);
  return peers;
}

/**
 * The ranking charts of an indicator page: `indicator` is the page's (a part of `whole` when the indicator is
 * split), `whole` the indicator across the portal, whose province peers each chart ranks against.
 */
export function benchmarkCharts(
  indicator: IndicatorAcross,
  reports: PortalReport[],
  lang: Lang,
  whole: IndicatorAcross = indicator,
): ChartSpec[] {
  const byId = reportsById(reports);
  const sources = [...new Map(indicator.benchmarks.map((b) => [`${b.ref.id}|${b.year}`, b])).values()];
  const ids = rankingChartIds(sources.map((s) => ({ reportId: s.ref.id, agency: s.ref.agency.slug, year: s.year })));
  const entryOf = new Map<string, IndicatorAcross['entries'][number]>();
  for (const e of indicator.entries) if (!entryOf.has(`${e.ref.id}|${e.year}`)) entryOf.set(`${e.ref.id}|${e.year}`, e);
  const peers = peersByProvinceYear(whole);
  // Chosen most recent years first (within a year, in the order the reports come).
  const shown = sources
    .map((source, index) => ({ source, index }))
    .filter(({ source }) => entryOf.get(`${source.ref.id}|${source.year}`)?.realisasiMachine)
    .sort((a, b) => b.source.year - a.source.year || a.index - b.index);
  const charts = shown.flatMap(({ source: { ref, year }, index }) => {
    const own = entryOf.get(`${ref.id}|${year}`);
    const report = byId.get(ref.id)?.report;
    if (!own?.realisasiMachine || !report) return [];
    const bars: Bar[] = [];
    for (const b of report.benchmarks) {
      if (b.indicator !== own.kode || b.year !== year || b.value.kind !== 'number') continue;
      bars.push({ label: b.label, value: b.value.value.toFixed(), tone: 'netral' });
    }
    if (bars.length === 0) return [];
    const benchmarkBars = bars.length;
    const period = own.period === 'tahunan' ? '' : ` (${own.period.toUpperCase()})`;
    bars.push({ label: `${ref.agencyName}${period}`, value: own.realisasiMachine, tone: 'sorot' });
    for (const other of peers.get(`${ref.region.provinsi}|${year}`) ?? []) {
      if (other.ref.agency.slug === ref.agency.slug) continue;
      bars.push({ label: other.ref.agencyName, value: other.realisasiMachine!, tone: 'netral' });
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
    const order = rankOrder(draft.series[0]!.values, lowerIsBetter ? 'asc' : 'desc');
    const sorted = reorder(draft, order);
    const axis = cappedAxis(sorted.series[0]!.values, unit);
    const rank = sorted.series[0]!.tones!.indexOf('sorot') + 1;
    // Rank, highest and lowest are of the whole province (`whole`, also on a part page of a split indicator); the
    // bars are the benchmarks and the agencies nearest it.
    const { summary } = withSummary({ ...sorted, ...(axis ? { axis } : {}) }, lang);
    // Bars before `benchmarkBars` are the printed benchmarks, the one at it the highlighted agency, then its peers.
    const agencyRank = new Map<number, number>();
    for (const bar of order) if (bar >= benchmarkBars) agencyRank.set(bar, agencyRank.size);
    const ownRank = agencyRank.get(benchmarkBars)!;
    const near =
      agencyRank.size <= 2 * RANKING_NEIGHBOURS + 1
        ? order
        : order.filter((bar) => bar < benchmarkBars || Math.abs(agencyRank.get(bar)! - ownRank) <= RANKING_NEIGHBOURS);
    const trimmed = near.length < order.length;
    // The bars drawn, with their own axis (a cap is only for a bar that is drawn); untrimmed, these are `sorted`.
    const drawn = reorder(draft, near);
    const drawnAxis = cappedAxis(drawn.series[0]!.values, unit);
    const position =
      lang === 'id'
        ? `${ref.agencyName} di urutan ${rank} dari ${bars.length}.`
        : `${ref.agencyName} ranks ${rank} of ${bars.length}.`;
    const nearest = !trimmed
      ? ''
      : lang === 'id'
        ? ` Ditampilkan pembanding yang dicetak dan ${RANKING_NEIGHBOURS} instansi terdekat di atas dan di bawahnya.`
        : ` Shown: the printed comparators and the ${RANKING_NEIGHBOURS} agencies nearest above and below.`;
    const spec: ChartSpec = {
      ...drawn,
      ...(drawnAxis ? { axis: drawnAxis } : {}),
      summary: `${position} ${summary}${nearest}`,
    };
    return [{ index, spec }];
  });
  // The page keeps the reports' order among the charts it shows.
  return charts
    .slice(0, RANKING_CHARTS_MAX)
    .sort((a, b) => a.index - b.index)
    .map((c) => c.spec);
}
