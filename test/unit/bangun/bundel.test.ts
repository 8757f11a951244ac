/**
 * The stage bundle's JSON round trip: Decimals come back as Decimals, exactly, at any depth; everything else as
 * written; a key spelled `__proto__` (content text can become a key) stays data and changes no prototype.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '../../../src/lib/bangun/bundel.ts';
import type { PortalReport } from '../../../src/lib/portal.ts';

const asEntry = (x: unknown) => x as PortalReport;

describe('bundel / stage bundle', () => {
  it('brings Decimals back exactly, in objects and arrays at any depth', () => {
    const entry = {
      report: {
        id: 'a/b',
        values: [{ target: new Decimal('92.550'), list: [new Decimal('-0.000000000000000000012'), 3, null, 'x'] }],
        nested: { deep: { deeper: [[new Decimal('123456789012345678901234567890.5')]] } },
        tagLike: { $d: 'not alone', other: 1 },
      },
      codes: { dropped: true },
    };
    const back = decodeEntry(encodeEntry(asEntry(entry))) as unknown as typeof entry;
    expect(Decimal.isDecimal(back.report.values[0]!.target)).toBe(true);
    expect(back.report.values[0]!.target.toString()).toBe('92.55');
    expect((back.report.values[0]!.list[0] as Decimal).toString()).toBe('-1.2e-20');
    expect(back.report.values[0]!.list.slice(1)).toEqual([3, null, 'x']);
    expect((back.report.nested.deep.deeper[0]![0] as Decimal).toFixed()).toBe('123456789012345678901234567890.5');
    // An object that only looks tagged (more than one key) stays an object.
    expect(back.report.tagLike).toEqual({ $d: 'not alone', other: 1 });
    expect('codes' in back).toBe(false);
  });

  it('keeps a __proto__ key as data, even when its value is revived', () => {
    const text =
      '{"report":{"row":{"__proto__":{"$d":"1.5"},"plain":1},"other":{"__proto__":{"polluted":true}}},"scored":{}}';
    const back = decodeEntry(text) as unknown as {
      report: { row: Record<string, unknown>; other: Record<string, unknown> };
    };
    expect(Object.getPrototypeOf(back.report.row)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(back.report.row).sort()).toEqual(['__proto__', 'plain']);
    expect((Object.getOwnPropertyDescriptor(back.report.row, '__proto__')!.value as Decimal).toString()).toBe('1.5');
    expect(Object.getPrototypeOf(back.report.other)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
