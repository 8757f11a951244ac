/**
 * The compare page at scale: one grid while every agency fits it; beyond COMPARE_AGENCIES_MAX, groups of the same
 * urusan within a province and of all agencies of a region, each split into parts when larger than one grid; each
 * group's grid is the portal's comparison narrowed to its agencies.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agency, Region } from '../../../src/lib/model.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import { COMPARE_AGENCIES_MAX, compareGroups, groupsOf, groupTitle } from '../../../src/lib/tampilan/banding.ts';
import { comparison, comparisonOf } from '../../../src/lib/tampilan/lintas.ts';

const region = (slug: string, provinsi: string): Region => ({ slug, nama: slug, jenis: 'kabupaten', provinsi });
const agency = (slug: string, regionSlug: string, urusan: string[]): Agency => ({
  slug,
  region: regionSlug,
  names: [{ nama: slug }],
  urusan,
});

describe('compare groups / kelompok perbandingan', () => {
  it('a portal that fits one grid has no groups (the bundled content: 3 agencies)', () => {
    const { content } = loadPortal(resolve('content'));
    const regions = new Map(content.regions.map((r) => [r.slug, r]));
    expect(compareGroups(content.agencies, regions)).toBeUndefined();
  });

  // Province A: 38 regions, each with a health office and a hospital (urusan Kesehatan: 76 in the province), and in
  // region a-1 45 kecamatan; province B: 3 regions with a social office each.
  const regions = new Map<string, Region>();
  const agencies: Agency[] = [];
  for (let i = 1; i <= 38; i++) {
    const slug = `a-${String(i).padStart(2, '0')}`;
    regions.set(slug, region(slug, 'Provinsi A'));
    agencies.push(agency(`dinkes-${slug}`, slug, ['Kesehatan']), agency(`rsud-${slug}`, slug, ['Kesehatan']));
  }
  for (let i = 1; i <= 45; i++) agencies.push(agency(`kecamatan-${i}-a-01`, 'a-01', ['Kewilayahan']));
  for (let i = 1; i <= 3; i++) agencies.push(agency(`kecamatan-${i}-a-02`, 'a-02', ['Kewilayahan']));
  for (let i = 1; i <= 3; i++) {
    regions.set(`b-${i}`, region(`b-${i}`, 'Provinsi B'));
    // One office serving two urusan, one spelling the same urusan twice.
    agencies.push(agency(`dinsos-b-${i}`, `b-${i}`, i === 1 ? ['Sosial', 'sosial'] : ['Sosial', 'Kesehatan']));
  }
  const groups = compareGroups(agencies, regions)!;
  const byPath = new Map(groups.map((g) => [g.path, g]));
  const slugsOf = (path: string) => byPath.get(path)!.agencies.map((a) => a.slug);

  it('groups agencies by urusan within their province, and by region', () => {
    expect(agencies.length).toBeGreaterThan(COMPARE_AGENCIES_MAX);
    expect(slugsOf('/bandingkan/urusan/sosial/provinsi-b/')).toEqual(['dinsos-b-1', 'dinsos-b-2', 'dinsos-b-3']);
    expect(slugsOf('/bandingkan/urusan/kesehatan/provinsi-b/')).toEqual(['dinsos-b-2', 'dinsos-b-3']);
    expect(slugsOf('/bandingkan/wilayah/a-02/')).toEqual([
      'dinkes-a-02',
      'kecamatan-1-a-02',
      'kecamatan-2-a-02',
      'kecamatan-3-a-02',
      'rsud-a-02',
    ]);
    const whole = byPath.get('/bandingkan/urusan/sosial/provinsi-b/')!;
    expect(groupTitle(whole, 'id')).toBe('Sosial — Provinsi B');
    expect(groupTitle(byPath.get('/bandingkan/wilayah/a-02/')!, 'en')).toBe('All agencies — a-02, Provinsi A');
  });

  it('splits a group larger than one grid into parts of whole regions, of similar size, none of one agency', () => {
    // 76 health agencies in 38 regions of two: two parts of 19 regions.
    const health = groups.filter((g) => g.path.startsWith('/bandingkan/urusan/kesehatan/provinsi-a/'));
    expect(health.map((g) => [g.path, g.agencies.length, g.part])).toEqual([
      ['/bandingkan/urusan/kesehatan/provinsi-a/1/', 38, { index: 1, of: 2 }],
      ['/bandingkan/urusan/kesehatan/provinsi-a/2/', 38, { index: 2, of: 2 }],
    ]);
    expect(groupTitle(health[1]!, 'id')).toBe('Kesehatan — a-20 s.d. a-38, Provinsi A (bagian 2 dari 2)');
    for (const part of health) {
      const regionsOfPart = new Set(part.agencies.map((a) => a.region));
      expect(part.regions.map((r) => r.slug)).toEqual([...regionsOfPart].sort());
    }
    // A region with more agencies of one urusan than a grid holds is a part of its own.
    const kecamatan = groups.filter((g) => g.path.startsWith('/bandingkan/urusan/kewilayahan/'));
    expect(kecamatan.map((g) => [g.regions.map((r) => r.slug), g.agencies.length])).toEqual([
      [['a-01'], 45],
      [['a-02'], 3],
    ]);
    // A region's 47 agencies: two parts by name.
    const a01 = groups.filter((g) => g.path.startsWith('/bandingkan/wilayah/a-01/'));
    expect(a01.map((g) => g.agencies.length)).toEqual([24, 23]);
    expect(groups.every((g) => g.agencies.length >= 2)).toBe(true);
    expect(groups.filter((g) => g.agencies.length > COMPARE_AGENCIES_MAX).map((g) => g.path)).toEqual([
      '/bandingkan/urusan/kewilayahan/provinsi-a/1/',
    ]);
  });

  it('places every agency with a peer in a group, on distinct paths', () => {
    expect(new Set(groups.map((g) => g.path)).size).toBe(groups.length);
    const placed = new Set(groups.flatMap((g) => g.agencies.map((a) => a.slug)));
    expect(agencies.filter((a) => !placed.has(a.slug))).toEqual([]);
    for (const g of groups) expect(new Set(g.agencies.map((a) => a.slug)).size).toBe(g.agencies.length);
  });

  it('one city publishing 45 offices of 45 urusan: compared as the city’s agencies, in two parts', () => {
    const city = new Map([['kota-x', region('kota-x', 'Provinsi C')]]);
    const offices = Array.from({ length: 45 }, (_, i) => agency(`dinas-${i}`, 'kota-x', [`Urusan ${i}`]));
    const parts = compareGroups(offices, city)!;
    expect(parts.map((g) => [g.path, g.agencies.length])).toEqual([
      ['/bandingkan/wilayah/kota-x/1/', 23],
      ['/bandingkan/wilayah/kota-x/2/', 22],
    ]);
    // Offices that no group could hold: the one grid.
    const scattered = new Map(Array.from({ length: 45 }, (_, i) => [`r-${i}`, region(`r-${i}`, 'P')]));
    const alone = Array.from({ length: 45 }, (_, i) => agency(`d-${i}`, `r-${i}`, [`U ${i}`]));
    expect(compareGroups(alone, scattered)).toBeUndefined();
  });

  it('gives each agency page its groups, and none to an agency alone in its urusan and region', () => {
    expect(groupsOf(agencies, regions, 'dinsos-b-2')!.map((g) => g.path)).toEqual([
      '/bandingkan/urusan/kesehatan/provinsi-b/',
      '/bandingkan/urusan/sosial/provinsi-b/',
    ]);
    expect(groupsOf(agencies, regions, 'kecamatan-1-a-01')!.map((g) => g.path)).toEqual([
      '/bandingkan/urusan/kewilayahan/provinsi-a/1/',
      '/bandingkan/wilayah/a-01/1/',
    ]);
    const withLone = [...agencies, agency('dinas-unik', 'b-9', ['Urusan Unik'])];
    expect(groupsOf(withLone, new Map([...regions, ['b-9', region('b-9', 'Provinsi B')]]), 'dinas-unik')).toEqual([]);
    const { content } = loadPortal(resolve('content'));
    expect(groupsOf(content.agencies, new Map(), content.agencies[0]!.slug)).toBeUndefined();
  });
});

describe('a group’s grid is the portal’s comparison narrowed to its agencies', () => {
  const portal = loadPortal(resolve('content'));
  const whole = comparison(portal.reports, 'id');

  it('all agencies: the same grid', () => {
    expect(comparisonOf(portal.reports, 'id', whole.agencies)).toEqual(whole);
  });

  it('two agencies: their cells of every row both print, with the portal’s keys and links', () => {
    const two = whole.agencies.slice(0, 2);
    const narrowed = comparisonOf(portal.reports, 'id', two);
    expect(narrowed.agencies).toEqual(two);
    for (const section of ['indicators', 'programmes', 'programmeIndicators'] as const) {
      const expected = whole[section].filter((row) => two.every((a) => row.cells[a.slug]));
      expect(narrowed[section].map((r) => r.key)).toEqual(expected.map((r) => r.key));
      for (const [i, row] of narrowed[section].entries()) {
        expect(row.href).toBe(expected[i]!.href);
        expect(Object.keys(row.cells)).toEqual(two.map((a) => a.slug));
        for (const a of two) expect(row.cells[a.slug]).toBe(expected[i]!.cells[a.slug]);
      }
    }
    expect(narrowed.indicators.length).toBeGreaterThan(0);
  });
});
