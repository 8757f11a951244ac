/** Sizes in human units, and the downloads page's marked links filled in from the built files. */
import { describe, expect, it } from 'vitest';
import { fillSizes } from '../../../src/lib/bangun/ukuran.ts';
import { fileFormat, fileSize } from '../../../src/lib/tampilan/ukuran.ts';

describe('fileSize', () => {
  it('uses decimal units, one decimal below 10, the language’s decimal mark', () => {
    expect(fileSize(0, 'id')).toBe('0 B');
    expect(fileSize(999, 'en')).toBe('999 B');
    expect(fileSize(4567, 'id')).toBe('4,6 KB');
    expect(fileSize(4567, 'en')).toBe('4.6 KB');
    expect(fileSize(12_345, 'en')).toBe('12 KB');
    expect(fileSize(999_600, 'en')).toBe('1.0 MB');
    expect(fileSize(1_414_312, 'id')).toBe('1,4 MB');
    expect(fileSize(3_200_000_000, 'en')).toBe('3.2 GB');
    expect(() => fileSize(-1, 'en')).toThrow();
  });

  it('names the format from the path', () => {
    expect(fileFormat('/unduh/laporan/a/b/a-b.xlsx')).toBe('Excel (.xlsx)');
    expect(fileFormat('/unduh/laporan/a/b/nilai.csv')).toBe('CSV');
    expect(fileFormat('/unduh/2024/jawa-timur/nilai.parquet')).toBe('Parquet');
    expect(fileFormat('/unduh/zip/2024.zip')).toBe('ZIP');
  });
});

describe('fillSizes', () => {
  it('writes each marked link’s size after its text, and leaves other links alone', () => {
    const html =
      '<a href="/unduh/zip/2024.zip" download class="nowrap" data-ukuran="true">\n  ZIP\n</a> <a href="/unduh/kamus-data.md">kamus</a>';
    const sizes = new Map([['/unduh/zip/2024.zip', 212_055]]);
    expect(fillSizes(html, 'id', (p) => sizes.get(p))).toBe(
      '<a href="/unduh/zip/2024.zip" download class="nowrap">ZIP, 212 KB</a> <a href="/unduh/kamus-data.md">kamus</a>',
    );
  });

  it('fails on a marked link to a file that was not built, or a mark it cannot read', () => {
    expect(() => fillSizes('<a href="/unduh/x.csv" data-ukuran>CSV</a>', 'en', () => undefined)).toThrow(/not built/);
    expect(() => fillSizes('<a data-ukuran href="/unduh/x.csv">CSV</a>', 'en', () => 1)).toThrow(/without its size/);
  });
});
