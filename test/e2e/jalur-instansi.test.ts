/**
 * The agency's path, end to end, with the commands a civil servant runs (docs/panduan-instansi.md): PDF → new-report
 * (scaffold + document text) → fill (CSV files by hand, one sheet through the Excel workbook and `npm run impor`) →
 * validate → build → the new report's page exists, with its findings and document quirks.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newReport } from '../../scripts/new-report.ts';
import { importWorkbook } from '../../scripts/impor.ts';
import { validateCommand } from '../../scripts/validate.ts';
import { templateWorkbook } from '../../scripts/lib/buku-kerja.ts';
import { templateColumns } from '../../scripts/lib/kerangka.ts';
import { VALID_CONTENT } from '../../scripts/lib/fixture-cases.ts';
import { buildSite, REPO, tail } from './bangun.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-jalur-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const PDF = join(REPO, 'test/fixtures/dokumen/contoh-laporan.pdf');

describe('an agency publishes its own report', () => {
  it('from PDF to a built page with its findings', { timeout: 900_000 }, async () => {
    const content = join(tmp, 'content');
    cpSync(VALID_CONTENT, content, { recursive: true });
    const env = { KINERJA_CONTENT: content };

    // 1. Scaffold: a new agency in a new region, the PDF turned into content/dokumen/<name>.txt.
    const scaffold = await newReport(
      [
        ...['--instansi', 'dinsos-kota-baru', '--nama-instansi', 'Dinas Sosial Kota Baru'],
        ...['--wilayah', 'kota-baru', '--provinsi', 'Jawa Timur', '--tahun', '2024', '--jenis', 'lkjip'],
        ...['--dokumen', PDF],
      ],
      env,
      tmp,
    );
    expect(scaffold.exitCode, scaffold.output).toBe(0);
    expect(scaffold.output).toContain('baris/line 10 (halaman/page 2): Tabel 3.1 Capaian Indikator Kinerja Tahun 2024');
    const dir = join(content, 'laporan', 'dinsos-kota-baru', '2024-lkjip');
    const document = readFileSync(join(content, 'dokumen', 'dinsos-kota-baru-2024-lkjip.txt'), 'utf8').split('\n');
    expect(document[13]).toContain('Persentase lansia terlantar yang terlayani');

    // 2. Fill: the title and the document's quirks (cover 2025, capaian capped at 100%) in laporan.yaml …
    const meta = readFileSync(join(dir, 'laporan.yaml'), 'utf8')
      .replace(/^judul: .*$/m, 'judul: LKjIP Dinas Sosial Kota Baru Tahun 2024')
      .replace('# skala: nasional ', 'skala: nasional ')
      .replace('# batas_capaian: 100', 'batas_capaian: 100')
      .replace('# tahun_sampul: 2025', 'tahun_sampul: 2025');
    writeFileSync(join(dir, 'laporan.yaml'), meta);
    // … the tree as CSV (the example row stays, as a note) …
    const keepExample = (file: string, rows: string) =>
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + rows);
    keepExample('pohon-kinerja.csv', 'S1,sasaran,,Meningkatnya pelayanan kesejahteraan sosial,Tabel 3.1,,10,2\n');
    // … the indicators through the Excel workbook: one sheet filled, imported with `npm run impor` …
    const book = templateWorkbook();
    const sheet = book.getWorksheet('indikator')!;
    const columns = templateColumns('indikator.csv').map((c) => c.name);
    const indicators = [
      ['S1.I1', 'Persentase PMKS yang tertangani', '12'],
      ['S1.I2', 'Persentase anak terlantar yang terlayani', '13'],
      ['S1.I3', 'Persentase lansia terlantar yang terlayani', '14'],
    ];
    indicators.forEach(([kode, nama, line], r) => {
      const values: Record<string, string> = {
        kode: kode!,
        induk: 'S1',
        nama: nama!,
        jenis_nilai: 'persen',
        polaritas: 'positif',
        sumber_tabel: 'Tabel 3.1',
        satuan: '%',
        iku: 'ya',
        sumber_baris: line!,
        sumber_halaman: '2',
      };
      for (const [name, value] of Object.entries(values)) sheet.getCell(3 + r, columns.indexOf(name) + 1).value = value;
    });
    const xlsx = join(tmp, 'laporan.xlsx');
    await book.xlsx.writeFile(xlsx);
    const imported = await importWorkbook([xlsx, dir], env, tmp);
    expect(imported.written).toEqual(['indikator.csv']);
    // (nilai.csv is still empty here: the import's validation lists it, as the next thing to fill.)
    expect(imported.output).toContain('nilai.csv belum berisi baris data');
    // … and the values as a spreadsheet in an Indonesian locale saves "CSV": `;`, decimal commas, BOM, CRLF.
    const header = readFileSync(join(dir, 'nilai.csv'), 'utf8').split('\n')[0]!.split(',');
    const cell = (row: Record<string, string>) => header.map((h) => row[h] ?? '').join(';');
    const values = [
      ['S1.I1', '85%', '87,5%', '102,94%', '12'],
      ['S1.I2', '90%', '81%', '90%', '13'],
      ['S1.I3', '80%', '110,32%', '100%', '14'],
    ].map(([indikator, target, realisasi, capaian, line]) =>
      cell({
        indikator: indikator!,
        tahun: '2024',
        peran: 'capaian',
        target: target!,
        realisasi: realisasi!,
        capaian_tercetak: capaian!,
        sumber_tabel: 'Tabel 3.1',
        sumber_baris: line!,
        sumber_halaman: '2',
      }),
    );
    writeFileSync(join(dir, 'nilai.csv'), `\uFEFF${[header.join(';'), ...values].join('\r\n')}\r\n`);

    // 3. Validate, as the agency does before sending.
    const check = validateCommand([dir], env, tmp);
    expect(check.exitCode, check.stderr).toBe(0);
    expect(check.stdout).toContain('Laporan/reports: 1 · indikator/indicators: 3 · nilai/values: 3');

    // 4. Build the site and read the new report's page.
    const dist = join(tmp, 'dist');
    const build = await buildSite(content, dist);
    expect(build.ok, tail(build.log)).toBe(true);
    const html = readFileSync(join(dist, 'instansi', 'dinsos-kota-baru', '2024-lkjip', 'index.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Dinas Sosial Kota Baru');
    expect(text).toContain('Persentase lansia terlantar yang terlayani');
    // Findings: S1.I2's 90% is 81/90 = 90% (agrees), S1.I1's 102,94% agrees; S1.I3's 100% is the agency's cap of 137,9%.
    expect(text).toContain('Dibatasi instansi');
    expect(text).toMatch(/137,9/);
    expect(text).toContain('Sampul dokumen mencetak tahun 2025; laporan ini tentang kinerja tahun 2024.');
    // The document text is published line by line, and each indicator's source (on the report's indicator page)
    // links to its line.
    const indicatorPage = readFileSync(
      join(dist, 'instansi', 'dinsos-kota-baru', '2024-lkjip', 'indikator', 'index.html'),
      'utf8',
    );
    expect(indicatorPage).toContain('/dokumen/dinsos-kota-baru-2024-lkjip/#L14');
    expect(existsSync(join(dist, 'dokumen', 'dinsos-kota-baru-2024-lkjip', 'index.html'))).toBe(true);
  });
});
