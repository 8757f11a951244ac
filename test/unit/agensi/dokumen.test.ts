import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentName, DokumenError, tableStarts, withPageMarkers } from '../../../scripts/lib/dokumen.ts';
import { writeDocument } from '../../../scripts/dokumen.ts';

const PDF = join(import.meta.dirname, '..', '..', 'fixtures', 'dokumen', 'contoh-laporan.pdf');
const tmp = mkdtempSync(join(tmpdir(), 'kinerja-dokumen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run dokumen (PDF → content/dokumen/<name>.txt)', () => {
  it('names the text by the rule: the report folder, else the PDF name as a slug', () => {
    expect(documentName('x/LKjIP Dinsos 2024 (final).PDF')).toBe('lkjip-dinsos-2024-final.txt');
    expect(documentName('a.pdf', { agency: 'dinsos-kota-contoh', folder: '2024-lkjip' })).toBe(
      'dinsos-kota-contoh-2024-lkjip.txt',
    );
  });

  it('opens every page with a marker and drops trailing spaces and the empty page after the last form feed', () => {
    expect(withPageMarkers('a  \nb\n\n\fc\r\n\f')).toBe('=== Halaman 1 ===\na\nb\n=== Halaman 2 ===\nc\n');
  });

  it('finds table captions with their line and page', () => {
    const text = withPageMarkers(
      'Pendahuluan\n\fTabel 3.1  Capaian\nx\n\f  Lampiran 2 Anggaran\nTabelnya bukan judul\n',
    );
    expect(tableStarts(text)).toEqual([
      { line: 4, page: 2, caption: 'Tabel 3.1 Capaian' },
      { line: 7, page: 3, caption: 'Lampiran 2 Anggaran' },
    ]);
  });

  it('converts a real PDF with pdftotext in reading order, table rows on one line each', () => {
    const log: string[] = [];
    const result = writeDocument(PDF, tmp, { log: (s) => log.push(s) });
    expect(result).toEqual({ file: 'contoh-laporan.txt', lines: 15, pages: 2 });
    const lines = readFileSync(join(tmp, 'dokumen', 'contoh-laporan.txt'), 'utf8').split('\n');
    expect(lines[0]).toBe('=== Halaman 1 ===');
    expect(lines[6]).toBe('=== Halaman 2 ===');
    expect(lines[13]).toMatch(/^3\s+Persentase lansia terlantar yang terlayani\s+80%\s+110,32%\s+100%$/);
    expect(log.join('\n')).toContain('baris/line 10 (halaman/page 2): Tabel 3.1 Capaian Indikator Kinerja Tahun 2024');
  });

  it('keeps an existing text (reports cite its lines) unless told to overwrite', () => {
    const dir = join(tmp, 'again');
    cpSync(join(tmp, 'dokumen'), join(dir, 'dokumen'), { recursive: true });
    expect(() => writeDocument(PDF, dir)).toThrow(DokumenError);
    expect(writeDocument(PDF, dir, { overwrite: true }).lines).toBe(15);
  });

  it('explains a missing file or a bad name instead of throwing a stack trace', () => {
    expect(() => writeDocument(join(tmp, 'nope.pdf'), tmp)).toThrow(/Berkas tidak ada/);
    expect(() => writeDocument(PDF, tmp, { name: '../x.txt' })).toThrow(/Nama berkas tidak sah/);
  });
});
