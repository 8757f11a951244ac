/** The answer-first view models, on the real content (the figures a reader sees first) and on small inputs. */
import Decimal from 'decimal.js';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../../src/lib/portal.ts';
import { headlineView, overallBasis } from '../../../src/lib/tampilan/sorotan.ts';
import { bandLevel, bandOf } from '../../../src/lib/tampilan/pita.ts';
import { periodLabel, periodTag, yearWithPeriod } from '../../../src/lib/tampilan/periode.ts';
import { showAmount, showComputedAmount, showRupiahShort } from '../../../src/lib/tampilan/tampil.ts';
import { parsePrinted } from '../../../src/lib/angka/parse.ts';
import { reportParts } from '../../../src/lib/tampilan/bagian.ts';
import {
  AGENCY_LINKS,
  filterBarAgencies,
  FINDINGS_PER_PAGE,
  findingKindsPresent,
  findingsPage,
  findingsPagePath,
  laterFindingsPages,
  type FindingsFilter,
} from '../../../src/lib/tampilan/halaman-temuan.ts';
import { agencyScorecards, latestFirst } from '../../../src/lib/tampilan/kartu-skor.ts';
import { evaluationGroups } from '../../../src/lib/tampilan/laporan.ts';

const portal = loadPortal(resolve('content'));
const scales = portal.content.scales;
const byId = (id: string) => portal.reports.find((r) => r.report.id === id)!;
const malang = byId('dinsos-p3ap2kb-kota-malang/2023-lkjip');
const lumajang = byId('dinsos-p3a-kabupaten-lumajang/2024-laporan-triwulan-tw1');

describe('report headline (Malang LKjIP 2023)', () => {
  const h = headlineView(malang, scales, 'id');

  it('one overall figure: the mean of the 10 IKU, with the printed 106,22% beside it and why', () => {
    expect(overallBasis(malang.report).basis).toBe('iku');
    expect(h.overall).toMatchObject({ text: '121,35%', basis: 'iku', included: 10, printed: '106,22%' });
    expect(h.overall?.why).toMatch(/capaian tercetaknya, 4 di antaranya tidak sesuai/);
  });

  it('the verdict is on the report’s own scale, coloured by its band', () => {
    expect(h.verdict).toMatchObject({ label: 'Sangat tercapai/ Sangat berhasil', national: false });
    expect(h.verdict?.band).toMatchObject({ level: 1, className: 'pita-1' });
  });

  it('N of M indicators met their target; budget in miliar with the exact amount', () => {
    expect(h.met).toEqual({ met: 52, rated: 64, notRated: 2 });
    expect(h.budget).toMatchObject({
      serapan: '73,34%',
      paguShort: 'Rp 68,95 miliar',
      paguExact: 'Rp 68.946.994.211',
      realisasiShort: 'Rp 50,57 miliar',
    });
  });

  it('the three most important findings come first: polarity errors, each indicator once, by name', () => {
    expect(h.topFindings).toHaveLength(3);
    const order = ['rumus', 'selisih', 'inkonsisten', 'catatan'];
    const tiers = h.topFindings.map((f) => order.indexOf(f.tier));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(h.topFindings[0]?.tier).toBe('rumus');
    expect(h.topFindings[0]).toMatchObject({ name: 'Laju Pertumbuhan Penduduk', size: '161,90 poin persen' });
    expect(new Set(h.topFindings.map((f) => f.name)).size).toBe(3);
  });

  it('one plain sentence answers how the agency did', () => {
    expect(h.sentence).toBe(
      'Tahun 2023: rata-rata capaian 10 indikator kinerja utama 121,35% (predikat “Sangat tercapai/ Sangat berhasil”), 52 dari 64 indikator mencapai target, dan anggaran terserap 73,34% dari Rp 68,95 miliar.',
    );
    expect(headlineView(malang, scales, 'en').sentence).toMatch(
      /^In 2023: its 10 key performance indicators averaged 121.35% of target/,
    );
  });
});

describe('quarterly headline (Lumajang Triwulan I 2024)', () => {
  it('says the figures are cumulative for the first quarter', () => {
    const h = headlineView(lumajang, scales, 'id');
    expect(h.sentence.startsWith('Triwulan I 2024 (kumulatif):')).toBe(true);
    expect(h.budget?.serapan).toBe('3,82%');
  });
});

describe('colour follows the scale’s bands', () => {
  it('spreads n bands over five colours, best first', () => {
    expect([0, 1, 2, 3].map((i) => bandLevel(i, 4))).toEqual([1, 2, 4, 5]);
    expect([0, 1, 2, 3, 4].map((i) => bandLevel(i, 5))).toEqual([1, 2, 3, 4, 5]);
    expect(bandLevel(0, 1)).toBe(1);
  });

  it('IPG 99,52% is "Tercapai" on Malang’s scale: not coloured as a failure', () => {
    const rows = evaluationGroups(malang.report, malang.scored, 'id', scales).flatMap((g) => g.rows);
    const ipg = rows.find((r) => r.capaian.text === '99,52%')!;
    expect(ipg.ownPredicate).toBe('Tercapai/ Berhasil');
    expect(ipg.band?.level).toBe(2);
    expect(ipg.capaian.tone).toBe('baik');
  });

  it('no band, no colour', () => {
    expect(bandOf(undefined, scales)).toBeUndefined();
    expect(bandOf({ kind: 'tanpa-pita', scale: 'x', message: { id: '', en: '' } }, scales)).toBeUndefined();
  });
});

describe('numbers and periods', () => {
  it('Rupiah in juta/miliar/triliun, full below a million', () => {
    expect(showRupiahShort(new Decimal('68946994211'), 'id')).toBe('Rp 68,95 miliar');
    expect(showRupiahShort(new Decimal('68946994211'), 'en')).toBe('Rp 68.95 billion');
    expect(showRupiahShort(new Decimal('25419000'), 'id')).toBe('Rp 25,4 juta');
    expect(showRupiahShort(new Decimal('1200000000000'), 'id')).toBe('Rp 1,20 triliun');
    expect(showRupiahShort(new Decimal('950000'), 'id')).toBe('Rp 950.000');
  });

  it('printed amounts: the short form over the exact printed text; percentages, gaps and small amounts as printed', () => {
    const read = (text: string) => {
      const r = parsePrinted(text, 'angka', 'id');
      if (!r.ok) throw new Error(text);
      return r.value;
    };
    expect(showAmount(read('16.757.878.363,00'), 'id')).toEqual({
      short: 'Rp 16,76 miliar',
      exact: '16.757.878.363,00',
    });
    expect(showAmount(read('16.757.878.363,00'), 'en')).toEqual({
      short: 'Rp 16.76 billion',
      exact: '16.757.878.363,00',
    });
    expect(showAmount(read('-'), 'id')).toEqual({ exact: '-' });
    expect(showAmount(read('950.000'), 'id')).toEqual({ exact: '950.000' });
    expect(showAmount(undefined, 'id')).toEqual({ exact: '' });
    expect(showComputedAmount(new Decimal('30316880763'), 'id')).toEqual({
      short: 'Rp 30,32 miliar',
      exact: 'Rp 30.316.880.763',
    });
  });

  it('quarterly periods are labelled cumulative', () => {
    expect(periodTag('tw1', 'id')).toBe('Triwulan I (kumulatif)');
    expect(periodTag('tahunan', 'id')).toBe('');
    expect(periodLabel('tw1', 2024, 'en')).toBe('Quarter I 2024 (cumulative)');
    expect(yearWithPeriod(2024, 'tw1', 'id')).toBe('2024 · Triwulan I (kumulatif)');
    expect(yearWithPeriod(2023, 'tahunan', 'id')).toBe('2023');
  });
});

describe('progressive disclosure and findings pages', () => {
  it('every report has its indicator, budget and findings pages, and the others when printed', () => {
    expect(reportParts(malang).map((p) => p.part)).toEqual([
      'indikator',
      'anggaran',
      'efisiensi',
      'pembanding',
      'temuan',
      'analisis',
      'lampiran',
    ]);
  });

  /** Every page of a filter, concatenated: the filter's whole ranked list. */
  const allPages = (filter: FindingsFilter) => {
    const first = findingsPage(portal.reports, filter, 'id');
    const rest = Array.from({ length: first.pages - 1 }, (_, i) => findingsPage(portal.reports, filter, 'id', i + 2));
    return { first, findings: [first, ...rest].flatMap((p) => p.findings) };
  };

  it('filters by kind and agency partition the ranked findings; each kind has a worked example', () => {
    const { first: all, findings } = allPages({ by: 'semua' });
    const total = portal.reports.reduce((n, r) => n + r.scored.findings.length, 0);
    expect(all.total).toBe(total);
    expect(findings).toHaveLength(total);
    const kinds = findingKindsPresent(portal.reports);
    const byKind = kinds.map((kind) => allPages({ by: 'jenis', kind }).findings.length);
    expect(byKind.reduce((a, b) => a + b, 0)).toBe(total);
    const byAgency = portal.content.agencies.map((a) => allPages({ by: 'instansi', agency: a.slug }).findings.length);
    expect(byAgency.reduce((a, b) => a + b, 0)).toBe(total);
    for (const k of all.kinds) expect(k.example.kind).toBe(k.kind);
    expect(all.findings[0]?.tier).toBe('rumus');
    // Names, never codes such as T2.I1 or R.P07.
    expect(findings.some((f) => /^[A-Z]+\d*\.[A-Z]?\d/.test(f.name))).toBe(false);
  });

  it('a long list comes FINDINGS_PER_PAGE at a time, in one ranking, with tier counts of the whole list', () => {
    const { first, findings } = allPages({ by: 'semua' });
    // The five real reports print more than 100 findings: at least two pages.
    expect(first.pages).toBe(Math.ceil(first.total / FINDINGS_PER_PAGE));
    expect(first.pages).toBeGreaterThan(1);
    expect(first.findings).toHaveLength(FINDINGS_PER_PAGE);
    const last = findingsPage(portal.reports, { by: 'semua' }, 'id', first.pages);
    expect(last.findings).toHaveLength(first.total - (first.pages - 1) * FINDINGS_PER_PAGE);
    expect(findings).toEqual(findingsPage(portal.reports, { by: 'semua' }, 'id').findings.concat(last.findings));
    expect(last.tiers).toEqual(first.tiers);
    expect(first.tiers.reduce((n, [, c]) => n + c, 0)).toBe(first.total);
    expect(() => findingsPage(portal.reports, { by: 'semua' }, 'id', first.pages + 1)).toThrow(RangeError);
    // Every later page of every filter has a route, and only those.
    const later = laterFindingsPages(portal.reports).map(({ filter, page }) => findingsPagePath(filter, page));
    expect(later).toContain('/temuan/halaman/2/');
    expect(later.every((p) => /\/halaman\/([2-9]|\d\d+)\/$/.test(p))).toBe(true);
    const malang = findingsPage(portal.reports, { by: 'instansi', agency: 'dinsos-p3ap2kb-kota-malang' }, 'id');
    expect(malang.pages).toBe(1);
    expect(later.some((p) => p.startsWith('/temuan/instansi/dinsos-p3ap2kb-kota-malang/'))).toBe(false);
    expect(findingsPagePath({ by: 'jenis', kind: 'capaian-berbeda' }, 3)).toBe(
      '/temuan/jenis/capaian-berbeda/halaman/3/',
    );
    expect(findingsPagePath({ by: 'instansi', agency: 'x' })).toBe('/temuan/instansi/x/');
    // Three agencies: the filter bar lists them all.
    expect(first.agencies.map((a) => a.slug)).toEqual(portal.content.agencies.map((a) => a.slug));
    expect(first.agencyCount).toBe(3);
  });

  it('the filter bar stays bounded however many agencies there are: the AGENCY_LINKS with most findings', () => {
    const agencies = Array.from({ length: 25 }, (_, i) => ({ slug: `a${i}`, name: `Dinas ${i}`, count: i % 7 }));
    const bar = filterBarAgencies(agencies);
    expect(bar).toHaveLength(AGENCY_LINKS);
    // The five left out are those with the fewest findings; the rest keep the portal's order.
    const left = agencies.filter((a) => !bar.includes(a));
    expect(Math.max(...left.map((a) => a.count))).toBeLessThanOrEqual(Math.min(...bar.map((a) => a.count)));
    expect(bar).toEqual(agencies.filter((a) => bar.includes(a)));
    // The agency filtered on is always in its own bar.
    expect(filterBarAgencies(agencies, left[0]!.slug)).toContain(left[0]);
    expect(filterBarAgencies(agencies.slice(0, 3))).toEqual(agencies.slice(0, 3));
  });
});

describe('scorecards', () => {
  it('one card per agency from its latest report, annual before quarterly', () => {
    const cards = agencyScorecards(portal.reports, scales, 'id');
    expect(cards).toHaveLength(portal.content.agencies.length);
    const probolinggo = cards.find((c) => c.agencySlug === 'dinsos-p3a-kota-probolinggo')!;
    expect(probolinggo.latest.reportId).toBe('dinsos-p3a-kota-probolinggo/2024-lkjip');
    expect(probolinggo.reports).toBe(3);
    const malangCard = cards.find((c) => c.agencySlug === 'dinsos-p3ap2kb-kota-malang')!;
    // 87 = 86 + the revised-PK appendix's KS allocation (7.953.133.537) against Bab III.B (7.963.133.537).
    expect(malangCard.latest).toMatchObject({ overall: '121,35%', serapan: '73,34%', findings: 87 });
    expect(latestFirst(portal.reports)[0]?.report.meta.period).toBe('tahunan');
  });
});

describe('capaian against each printed target (Probolinggo LKjIP 2024, PK 89 % vs Bab III 90%)', () => {
  const probolinggo = byId('dinsos-p3a-kota-probolinggo/2024-lkjip');

  it('the evaluation row shows the capaian against the revised PK target beside the table’s own', () => {
    const rows = evaluationGroups(probolinggo.report, probolinggo.scored, 'id', scales).flatMap((g) => g.rows);
    const pmks = rows.find((r) => r.indicator === 'S1.I1')!;
    expect([pmks.target, pmks.capaian.text]).toEqual(['90%', '108,49%']);
    expect(pmks.againstAgreement).toMatchObject({ target: '89 %', revised: true, capaian: { text: '109,71%' } });
    expect(pmks.againstAgreement?.source.table).toBe('Tabel 2.4');
    // Where the targets agree there is nothing to add.
    expect(rows.filter((r) => r.againstAgreement).map((r) => r.indicator)).toEqual(['S1.I1']);
  });
});
