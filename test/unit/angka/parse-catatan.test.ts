import { describe, expect, it } from 'vitest';
import { parsePrinted } from '../../../src/lib/angka/parse.ts';

const ok = (text: string, kind: Parameters<typeof parsePrinted>[1] = 'angka') => {
  const r = parsePrinted(text, kind, 'id');
  if (!r.ok) throw new Error(`${text}: ${r.problem.code}`);
  return r.value;
};

describe('figures printed with a unit or an unbracketed source note', () => {
  it('Renja 2021 Probolinggo Tabel 2.1: "50 Orang" is 50 with unit Orang', () => {
    const v = ok('50 Orang');
    expect(v).toMatchObject({ kind: 'number', unit: 'Orang', percent: false });
    expect(v.kind === 'number' && v.value.toFixed()).toBe('50');
    expect(ok('25 KRA')).toMatchObject({ unit: 'KRA' });
    expect(ok('1.250 Jiwa')).toMatchObject({ unit: 'Jiwa' });
  });

  it('Lumajang TW I 2024 Tabel 3.5: "59,61 Data BPS tahun 2022" is 59,61 from 2022', () => {
    const v = ok('59,61 Data BPS tahun 2022');
    expect(v).toMatchObject({ kind: 'number', note: 'Data BPS tahun 2022', dataYear: 2022 });
    expect(v.kind === 'number' && v.value.toFixed()).toBe('59.61');
  });

  it('a note saying a year is not released yet does not make the value that year', () => {
    const v = ok('59,61 (Tahun 2023 belum rilis)');
    expect(v).toMatchObject({ note: 'Tahun 2023 belum rilis' });
    expect('dataYear' in v).toBe(false);
  });

  it('units never swallow Rupiah or rates, and free text stays an error', () => {
    expect(parsePrinted('Rp 1.000', 'angka', 'id')).toMatchObject({ ok: true });
    expect(parsePrinted('5,72 per 100.000', 'laju', 'id')).toMatchObject({ ok: true, value: { kind: 'rate' } });
    expect(parsePrinted('sekitar lima puluh', 'angka', 'id')).toMatchObject({ ok: false });
    expect(parsePrinted('50 Orang dewasa dan anak-anak', 'angka', 'id')).toMatchObject({ ok: false });
  });
});
