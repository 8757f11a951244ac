import { describe, expect, it } from 'vitest';
import {
  chartEmbedPath,
  chartPagePath,
  embedSnippet,
  isEmbedPath,
  linkChart,
} from '../../../src/lib/grafik/sematan.ts';
import type { ChartSpec } from '../../../src/lib/grafik/spek.ts';

const spec: ChartSpec = {
  id: 'capaian',
  kind: 'bar',
  horizontal: true,
  caption: 'Capaian "2024" <b>',
  summary: 's',
  unit: 'persen',
  labels: ['A'],
  series: [{ label: 'S', values: ['1'] }],
};

describe('embed pages', () => {
  it('each chart has an embed page per language and a page it belongs to', () => {
    expect(chartEmbedPath('laporan/a/2024-lkjip', spec, 'id')).toBe('/sematkan/laporan/a/2024-lkjip/capaian/');
    expect(chartEmbedPath('program/p', spec, 'en')).toBe('/en/sematkan/program/p/capaian/');
    expect(chartPagePath('laporan/a/2024-lkjip', 'en')).toBe('/en/instansi/a/2024-lkjip/');
    expect(chartPagePath('indikator/k', 'id')).toBe('/indikator/k/');
    expect(isEmbedPath('/en/sematkan/program/p/capaian/')).toBe(true);
    expect(isEmbedPath('/instansi/sematkan/')).toBe(false);
  });

  it('linkChart sets the CSV and the embed page', () => {
    const linked = linkChart('program/p', { ...spec }, 'id');
    expect(linked.downloadHref).toBe('/unduh/grafik/program/p/capaian.csv');
    expect(linked.embedHref).toBe('/sematkan/program/p/capaian/');
  });

  it('the snippet is one iframe with an absolute address, escaped title, no inline style, lazy', () => {
    const linked = linkChart('program/p', { ...spec }, 'id');
    expect(embedSnippet(new URL('https://contoh.id'), linked, 500)).toBe(
      '<iframe src="https://contoh.id/sematkan/program/p/capaian/" title="Capaian &quot;2024&quot; &lt;b&gt;" ' +
        'width="100%" height="500" loading="lazy" frameborder="0"></iframe>',
    );
  });
});
