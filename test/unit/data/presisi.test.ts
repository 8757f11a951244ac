/**
 * Decimal precision (issue #9): decimal.js defaults to 20 significant digits, so a sum of 24-digit budget lines was
 * rounded and gave a false "children do not add up" finding. The readers allow figures of up to 24 digits
 * (`LIMITS.figureDigits`); `DECIMAL_PRECISION` keeps every sum the limits allow exact.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, REPORT } from '../../../scripts/lib/fixture-cases.ts';
import { DECIMAL_PRECISION, LIMITS } from '../../../src/lib/data/batas.ts';
import { loadContent } from '../../../src/lib/data/index.ts';
import { scoreReport } from '../../../src/lib/skor/index.ts';

const root = mkdtempSync(join(tmpdir(), 'kinerja-presisi-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BUD = `${REPORT}/anggaran.csv`;
/** R.P1.K1 = R.P1.K1.S1 + R.P1.K1.S2, with 24 digits: exact, but not at 20 significant digits. */
const content = (() => {
  const site = buildSite({
    mutate: (s) => {
      s.setCell(BUD, 4, 'pagu', '1.234.567.890.123.456.789,02');
      s.setCell(BUD, 5, 'pagu', '1.234.567.890.123.456.789,01');
      s.appendCopy(BUD, 5, { id: 'R.P1.K1.S2', pagu: '0,01', realisasi: '0', persen_tercetak: '' });
    },
  });
  const dir = join(root, 'content');
  site.writeTo(dir);
  const loaded = loadContent(dir);
  expect(loaded.errors).toEqual([]);
  return loaded.content;
})();

const childSumFindings = (): string[] =>
  scoreReport(content.reports[0]!, content.scales)
    .findings.filter((f) => f.kind === 'rincian-tidak-sama-dengan-induk' && f.location.entity === 'R.P1.K1')
    .map((f) => `${f.location.entity} ${f.location.field ?? ''} ${f.printed ?? ''} ≠ ${f.recomputed ?? ''}`);

describe('decimal precision', () => {
  it('covers any sum the limits allow: 9 tables × 5,000 rows × 24 digits', () => {
    const digits = LIMITS.figureDigits.value + Math.ceil(Math.log10(9 * LIMITS.csvRows.value));
    expect(DECIMAL_PRECISION).toBeGreaterThanOrEqual(digits);
    expect(Decimal.precision).toBe(DECIMAL_PRECISION);
  });

  it('24-digit children that add up give no finding', () => {
    expect(childSumFindings()).toEqual([]);
  });

  it("(the same sum at decimal.js's default 20 digits would give a false finding)", () => {
    Decimal.set({ precision: 20 });
    try {
      expect(childSumFindings().length).toBeGreaterThan(0);
    } finally {
      Decimal.set({ precision: DECIMAL_PRECISION });
    }
  });
});
