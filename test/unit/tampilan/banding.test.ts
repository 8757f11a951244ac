/**
 * The compare page at scale: one grid while every agency fits it; beyond COMPARE_AGENCIES_MAX, groups of the same
 * urusan within a province, split by region when a province has more of them; each group's grid is the portal's
 * comparison narrowed to its agencies.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agency, Region } from '../../../src/lib/model.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import { COMPARE_AGENCIES_MAX, compareGroups, groupsOf } from '../../../src/lib/tampilan/banding.ts';
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

  // Province A: 38 regions with a health office each, and in one region 45 kecamatan; province B: 3 regions.
  const regions = new Map<string, Region>();
  const agencies: Agency[] = [];
  for (let i = 1; i <= 38; i++) {
    regions.set(`a-${i}`, region(`a-${i}`, 'Provinsi A'));
    agencies.push(agency(`dinkes-a-${i}`, `a-${i}`, ['Kesehatan']));
  }
  for (let i = 1; i <= 45; i++) agencies.push(agency(`kecamatan-${i}-a-1`, 'a-1', ['Kewilayahan']));
  for (let i = 1; i <= 3; i++) agencies.push(agency(`kecamatan-${i}-a-2`, 'a-2', ['Kewilayahan']));
  for (let i = 1; i <= 3; i++) {
    regions.set(`b-${i}`, region(`b-${i}`, 'Provinsi B'));
    // One office serving two urusan, one spelling the same urusan twice.
    agencies.push(agency(`dinsos-b-${i}`, `b-${i}`, i === 1 ? ['Sosial', 'sosial'] : ['Sosial', 'Kesehatan']));
  }
  const groups = compareGroups(agencies, regions)!;
  const byPath = new Map(groups.map((g) => [g.path, g]));

  it('groups agencies by urusan within their province', () => {
    expect(agencies.length).toBeGreaterThan(COMPARE_AGENCIES_MAX);
    expect(byPath.get('/bandingkan/kesehatan/provinsi-a/')!.agencies).toHaveLength(38);
    expect(byPath.get('/bandingkan/sosial/provinsi-b/')!.agencies.map((a) => a.slug)).toEqual([
      'dinsos-b-1',
      'dinsos-b-2',
      'dinsos-b-3',
    ]);
    expect(byPath.get('/bandingkan/kesehatan/provinsi-b/')!.agencies.map((a) => a.slug)).toEqual([
      'dinsos-b-2',
      'dinsos-b-3',
    ]);
  });

  it('splits a group larger than one grid by region, and leaves out a group of one', () => {
    expect(byPath.has('/bandingkan/kewilayahan/provinsi-a/')).toBe(false);
    const split = byPath.get('/bandingkan/kewilayahan/provinsi-a/a-1/')!;
    expect(split.region?.slug).toBe('a-1');
    expect(split.agencies).toHaveLength(45);
    expect(byPath.get('/bandingkan/kewilayahan/provinsi-a/a-2/')!.agencies).toHaveLength(3);
    expect(groups.every((g) => g.agencies.length >= 2)).toBe(true);
    expect(groups.filter((g) => g.agencies.length > COMPARE_AGENCIES_MAX).map((g) => g.path)).toEqual([
      '/bandingkan/kewilayahan/provinsi-a/a-1/',
    ]);
  });

  it('gives each agency page its groups, and none to an agency alone in its urusan', () => {
    expect(groupsOf(agencies, regions, 'dinsos-b-2')!.map((g) => g.path)).toEqual([
      '/bandingkan/kesehatan/provinsi-b/',
      '/bandingkan/sosial/provinsi-b/',
    ]);
    expect(groupsOf(agencies, regions, 'kecamatan-1-a-1')!.map((g) => g.path)).toEqual([
      '/bandingkan/kewilayahan/provinsi-a/a-1/',
    ]);
    const alone = [...agencies, agency('dinas-unik', 'b-1', ['Urusan Unik'])];
    expect(groupsOf(alone, regions, 'dinas-unik')).toEqual([]);
    const { content } = loadPortal(resolve('content'));
    expect(groupsOf(content.agencies, new Map(), content.agencies[0]!.slug)).toBeUndefined();
  });

  it('places every agency with a peer in a group, once per urusan, on distinct paths', () => {
    expect(new Set(groups.map((g) => g.path)).size).toBe(groups.length);
    const placed = new Set(groups.flatMap((g) => g.agencies.map((a) => a.slug)));
    expect(agencies.filter((a) => !placed.has(a.slug))).toEqual([]);
    for (const g of groups) expect(new Set(g.agencies.map((a) => a.slug)).size).toBe(g.agencies.length);
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
