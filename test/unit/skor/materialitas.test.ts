import { describe, expect, it } from 'vitest';
import { materiality, rankFindings, type Finding } from '../../../src/lib/skor/index.ts';

const at = (entity: string) => ({ report: 'a/b', file: 'content/x.csv', row: 1, entity });
const finding = (over: Partial<Finding> & Pick<Finding, 'kind' | 'severity'>): Finding => ({
  location: at(over.location?.entity ?? 'X'),
  explanation: { id: 'x', en: 'x' },
  ...over,
});

describe('materiality of findings', () => {
  it('a difference within the rounding tolerance is a note, not "does not add up" (274,98% vs 275,00%)', () => {
    const m = materiality(
      finding({
        kind: 'capaian-berbeda',
        severity: 'error',
        printed: '274,98%',
        recomputed: '275',
        difference: '-0.02',
      }),
    );
    expect(m.tier).toBe('catatan');
    expect(m.rounding).toBe(true);
    expect(m.size?.toString()).toBe('0.02');
  });

  it('9,4% printed against 190,56% is a material mismatch, sized in percentage points', () => {
    const m = materiality(
      finding({
        kind: 'capaian-berbeda',
        severity: 'error',
        printed: '9,4%',
        recomputed: '190.56',
        difference: '-181.16',
      }),
    );
    expect(m.tier).toBe('selisih');
    expect(m.unit).toBe('poin');
    expect(m.weight.toString()).toBe('181.16');
  });

  it('polarity errors form their own tier, ranked first whatever their size', () => {
    const small = finding({
      kind: 'polaritas-diabaikan',
      severity: 'error',
      recomputed: '94.71',
      difference: '10.58',
      location: at('P'),
    });
    const big = finding({ kind: 'capaian-berbeda', severity: 'error', recomputed: '690.52', difference: '-606.04' });
    const note = finding({ kind: 'tidak-dapat-diverifikasi', severity: 'info' });
    const warning = finding({ kind: 'target-berbeda', severity: 'warning', printed: '89 %', recomputed: '90%' });
    const ranked = rankFindings([note, warning, big, small]).map((r) => r.materiality.tier);
    expect(ranked).toEqual(['rumus', 'selisih', 'inkonsisten', 'catatan']);
  });

  it('Rupiah differences rank by their share of the amount; under Rp 100 they are rounding', () => {
    const pk = finding({
      kind: 'total-berbeda',
      severity: 'error',
      recomputed: '68946994211',
      difference: '10000000',
      location: at('pk'),
    });
    const lines = finding({
      kind: 'rincian-tidak-sama-dengan-induk',
      severity: 'error',
      recomputed: '3901186054',
      difference: '-25419000',
      location: at('lines'),
    });
    const sen = finding({ kind: 'total-berbeda', severity: 'error', recomputed: '1000000', difference: '0.5' });
    expect(rankFindings([pk, lines, sen]).map((r) => r.finding.location.entity)).toEqual(['lines', 'pk', 'X']);
    expect(materiality(sen).tier).toBe('catatan');
    expect(materiality(pk).weight.toDecimalPlaces(4).toString()).toBe('0.0145');
  });

  it('ties keep the engine order (stable, deterministic)', () => {
    const a = finding({ kind: 'beda-antar-tabel', severity: 'warning', location: at('a') });
    const b = finding({ kind: 'beda-antar-tabel', severity: 'warning', location: at('b') });
    expect(rankFindings([a, b]).map((r) => r.finding.location.entity)).toEqual(['a', 'b']);
    expect(rankFindings([b, a]).map((r) => r.finding.location.entity)).toEqual(['b', 'a']);
  });
});
