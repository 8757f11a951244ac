import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { indicatorKey, programmeKey, slugify } from '../../../src/lib/tampilan/kunci.ts';
import { showCapaian, showEfficiency, showPredicate, showSerapan } from '../../../src/lib/tampilan/tampil.ts';
import {
  allValueRows,
  averageRows,
  budgetTables,
  efficiencyRows,
  evaluationGroups,
  primaryEvaluation,
  reportHeadline,
} from '../../../src/lib/tampilan/laporan.ts';
import {
  agencyHistory,
  agencyIndicators,
  comparison,
  indicatorsAcross,
  programmes,
  searchFilters,
} from '../../../src/lib/tampilan/lintas.ts';
import { findingView } from '../../../src/lib/tampilan/temuan.ts';
import { agencyNameIn, currentName } from '../../../src/lib/instansi.ts';
import { fixturePortal } from './fixture.ts';

const portal = fixturePortal();
const { report, scored, agency } = portal[0]!;

describe('keys across reports', () => {
  it('programme names printed differently share one key', () => {
    expect(programmeKey('PROGRAM REHABILITASI SOSIAL')).toBe('rehabilitasi-sosial');
    expect(programmeKey('Program Rehabilitasi Sosial.')).toBe('rehabilitasi-sosial');
    expect(programmeKey('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota')).toBe(
      'penunjang-urusan-pemerintahan-daerah',
    );
    expect(slugify('Pemberdayaan Perempuan & Anak – Ñ')).toBe('pemberdayaan-perempuan-anak-n');
    expect(indicatorKey('Persentase PMKS (Penyandang Masalah Kesejahteraan Sosial)')).toBe('persentase-pmks');
    // Spellings and the abbreviations of one group read one way (PPKS is the newer name of PMKS).
    expect(indicatorKey('Persentase PPKS yang terpenuhi kebutuhan dasarnya')).toBe(
      indicatorKey('Persentase (%) Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan dasarnya'),
    );
    expect(indicatorKey('Prosentase PSKS yang aktif')).toBe(
      indicatorKey('Persentase Potensi Sumber Kesejahteraan Sosial yang aktif'),
    );
    expect(indicatorKey('Persentase perempuan korban')).not.toBe(indicatorKey('Persentase perempuan dan anak korban'));
  });
});

describe('display of results', () => {
  it('capaian: percentage, ordinal, not computable', () => {
    expect(
      showCapaian({ kind: 'persen', value: new Decimal('103.986'), formula: 'r/t', basis: 'angka' }, 'id'),
    ).toEqual({
      text: '103,99%',
      tone: 'baik',
      detail: 'r/t',
    });
    expect(showCapaian({ kind: 'persen', value: new Decimal('99.5'), formula: 'r/t', basis: 'angka' }, 'en').text).toBe(
      '99.50%',
    );
    expect(
      showCapaian({ kind: 'ordinal', met: false, steps: -1, target: 'Nindya', realisasi: 'Madya', order: 'kla' }, 'id'),
    ).toEqual({
      text: 'Tidak tercapai (-1 tingkat)',
      tone: 'kurang',
      detail: 'Nindya → Madya',
    });
    expect(
      showCapaian({ kind: 'ordinal', met: true, steps: 0, target: 'Utama', realisasi: 'Utama', order: 'ape-pug' }, 'en')
        .text,
    ).toBe('Met');
    expect(
      showCapaian(
        { kind: 'tidak-dapat-dihitung', reason: 'target-nol', message: { id: 'Target 0.', en: 'Target is 0.' } },
        'en',
      ),
    ).toEqual({ text: 'Not computable', tone: 'netral', detail: 'Target is 0.' });
    expect(showCapaian(undefined, 'id').text).toBe('—');
  });

  it('predicate, absorption and efficiency', () => {
    expect(showPredicate({ kind: 'pita', scale: 'nasional', label: 'Sangat Tinggi', alsoIn: [] }, 'id')).toBe(
      'Sangat Tinggi',
    );
    expect(showPredicate({ kind: 'tanpa-pita', scale: 'x', message: { id: 'a', en: 'b' } }, 'en')).toBe(
      'Outside every band',
    );
    expect(showSerapan({ kind: 'persen', value: new Decimal('92.5547') }, 'id').text).toBe('92,55%');
    expect(showEfficiency({ kind: 'poin', value: new Decimal('2.125'), formula: 'capaian-serapan' }, 'id')).toBe(
      '2,13 poin',
    );
    expect(showEfficiency({ kind: 'persen', value: new Decimal('91.67'), formula: 'serapan/capaian' }, 'en')).toBe(
      '91.67%',
    );
  });
});

describe('report page view (valid fixture)', () => {
  it('one evaluation row per indicator of the report year, grouped by node', () => {
    const groups = evaluationGroups(report, scored, 'id');
    expect(groups.map((g) => [g.node.kode, g.rows.map((r) => r.indicator)])).toEqual([
      ['S1', ['S1.I1', 'S1.I2']],
      ['S2', ['S2.I1', 'S2.I2']],
      ['S1.P1', ['S1.P1.I1']],
    ]);
    const negative = groups[0]!.rows[1]!;
    expect(negative).toMatchObject({
      printedCapaian: '19,05%',
      mismatch: true,
      capaian: { text: '180,95%', tone: 'baik' },
    });
    expect(groups[1]!.rows[0]!.capaian.text).toBe('Tidak tercapai (-1 tingkat)');
    expect(primaryEvaluation(report, 'S1.I1')?.source.row).toBe(3);
  });

  it('all value rows keep every printed row', () => {
    expect(allValueRows(report, scored, 'en')).toHaveLength(report.values.length);
  });

  it('budget tables: depth from parents, printed % and roll-up checks', () => {
    const tables = budgetTables(report, scored, 'id');
    expect(tables.map((t) => [t.table, t.role, t.rows.length])).toEqual([
      ['Tabel 3.2', 'realisasi', 5],
      ['Tabel 2.3', 'pk', 1],
    ]);
    const rows = tables[0]!.rows;
    expect(rows.map((r) => r.depth)).toEqual([0, 1, 2, 3, 2]);
    expect(rows[3]).toMatchObject({
      pagu: { exact: '600.000,00' },
      serapan: { text: '83,33%' },
      percentMismatch: false,
    });
    // The programme's kegiatan are 600.000 + an unreadable figure: the roll-up cannot confirm the parent.
    expect(rows[4]).toMatchObject({ pagu: { exact: '.300.000,00' } });
  });

  it('averages and efficiency rows', () => {
    const averages = averageRows(scored, 'id');
    expect(averages.find((a) => a.scope === 'S1')?.mean.text).toBeDefined();
    const eff = efficiencyRows(report, scored, 'id');
    expect(eff[0]).toMatchObject({ scope: 'S1', printedEfficiency: '91,67%', declared: '91,67%' });
  });

  it('headline figures: totals of the realisation table and the findings that do not add up', () => {
    const h = reportHeadline(report, scored);
    expect([h.indicators, h.pagu?.toFixed(), h.realisasi?.toFixed(), h.serapan?.toFixed()]).toEqual([
      5,
      '1000000',
      '900000',
      '90',
    ]);
    expect(h.findings).toBe(scored.findings.length);
    expect(h.mismatches).toBe(scored.findings.filter((f) => f.severity === 'error').length);
    expect(h.mismatches).toBeGreaterThan(0); // the negative indicator computed as positive
  });

  it('findings read in the page language', () => {
    const view = findingView(
      scored.findings.find((f) => f.kind === 'polaritas-diabaikan')!,
      'en',
    );
    expect(view).toMatchObject({
      kindLabel: 'Polarity ignored',
      severityLabel: 'Does not add up',
      printed: '19,05%',
      recomputed: '180.95%',
    });
  });
});

describe('cross-report views', () => {
  it('programmes group the realisation line and the tree node with its indicators', () => {
    const list = programmes(portal, 'id');
    const rehab = list.find((p) => p.key === 'rehabilitasi-sosial')!;
    expect(rehab.entries).toHaveLength(1);
    expect(rehab.entries[0]).toMatchObject({
      role: 'realisasi',
      pagu: { short: 'Rp 1,0 juta', exact: '1.000.000,00' },
      serapan: { text: '90,00%' },
    });
    expect(rehab.entries[0]!.indicators.map((i) => i.nama)).toEqual(['Persentase PMKS yang direhabilitasi']);
  });

  it('agency history and names over time', () => {
    expect(agencyNameIn(agency, 2018).singkatan).toBe('Dinsos');
    expect(agencyNameIn(agency, 2024).singkatan).toBe('Dinsos P3A');
    expect(currentName(agency).singkatan).toBe('Dinsos P3A');
    const history = agencyHistory(portal, agency, 'id');
    expect(history[0]).toMatchObject({
      pagu: { short: 'Rp 1,0 juta', exact: 'Rp 1.000.000' },
      realisasi: { exact: 'Rp 900.000' },
      serapan: '90,00%',
    });
  });

  it('comparison needs two agencies', () => {
    const c = comparison(portal, 'id');
    expect(c.agencies.map((a) => a.slug)).toEqual(['dinas-contoh']);
    expect(c.indicators).toEqual([]);
    expect(c.programmes).toEqual([]);
  });
});

describe('page helpers moved out of pages', () => {
  it('search filters: distinct agencies, regions and years of the entries', () => {
    const refs = indicatorsAcross(portal, 'id').flatMap((i) => i.entries.map((e) => e.ref));
    expect(searchFilters(refs)).toEqual([
      { name: 'instansi', value: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh' },
      { name: 'wilayah', value: 'Kota Contoh' },
      { name: 'tahun', value: '2024' },
    ]);
  });

  it("an agency's indicators use the site-wide keys and only its entries", () => {
    const own = agencyIndicators(portal, agency, 'id');
    expect(own.map((i) => i.key)).toEqual(indicatorsAcross(portal, 'id').map((i) => i.key));
    expect(own.every((i) => i.entries.every((e) => e.ref.agency.slug === agency.slug))).toBe(true);
  });
});
