/**
 * The agency list at scale: every agency with its scorecard while they fit one list; beyond AGENCY_LIST_MAX a
 * directory of provinces and their regions, each region with a page of its agencies.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agency, Region } from '../../../src/lib/model.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import { AGENCY_LIST_MAX, agencyDirectory, regionPath } from '../../../src/lib/tampilan/direktori.ts';
import { agencyScorecards, scorecardsBySlug } from '../../../src/lib/tampilan/kartu-skor.ts';

const region = (slug: string, nama: string, provinsi: string): Region => ({ slug, nama, jenis: 'kota', provinsi });
const agency = (slug: string, regionSlug: string): Agency => ({
  slug,
  region: regionSlug,
  names: [{ nama: slug }],
  urusan: [],
});

describe('agencyDirectory / direktori instansi', () => {
  it('the bundled agencies fit one list', () => {
    const { content } = loadPortal(resolve('content'));
    expect(agencyDirectory(content.agencies, new Map(content.regions.map((r) => [r.slug, r])))).toBeUndefined();
  });

  it('beyond one list: provinces and their regions in name order, every agency once', () => {
    const regions = new Map(
      [
        region('kota-b', 'Kota B', 'Jawa Timur'),
        region('kab-a', 'Kabupaten A', 'Jawa Timur'),
        region('kota-c', 'Kota C', 'Bali'),
      ].map((r) => [r.slug, r]),
    );
    const agencies = Array.from({ length: AGENCY_LIST_MAX + 5 }, (_, i) =>
      agency(`dinas-${i}`, ['kota-b', 'kab-a', 'kota-c'][i % 3]!),
    );
    const directory = agencyDirectory(agencies, regions)!;
    expect(directory.map((p) => [p.province, p.agencies, p.regions.map((r) => r.region.slug)])).toEqual([
      ['Bali', 15, ['kota-c']],
      ['Jawa Timur', 30, ['kab-a', 'kota-b']],
    ]);
    const listed = directory.flatMap((p) => p.regions.flatMap((r) => r.agencies.map((a) => a.slug)));
    expect(listed.sort()).toEqual(agencies.map((a) => a.slug).sort());
    expect(directory[1]!.regions[1]!.agencies.slice(0, 2).map((a) => a.slug)).toEqual(['dinas-0', 'dinas-3']);
    expect(regionPath(regions.get('kota-b')!)).toBe('/wilayah/kota-b/');
    expect(agencyDirectory(agencies, regions)).toBe(directory);
  });
});

describe('scorecardsBySlug', () => {
  it('every agency’s card, computed once per list and language', () => {
    const { content, reports } = loadPortal(resolve('content'));
    const bySlug = scorecardsBySlug(reports, content.scales, 'id');
    expect([...bySlug.values()]).toEqual(agencyScorecards(reports, content.scales, 'id'));
    expect(scorecardsBySlug(reports, content.scales, 'id')).toBe(bySlug);
    expect(scorecardsBySlug(reports, content.scales, 'en')).not.toBe(bySlug);
  });
});
