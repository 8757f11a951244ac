import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newReport } from '../../../scripts/new-report.ts';
import { VALID_CONTENT } from '../../../scripts/lib/fixture-cases.ts';
import { columnsOf } from '../../../scripts/lib/kamus-kolom.ts';
import { validateCommand } from '../../../scripts/validate.ts';
import { csvFiles, type CsvFileName } from '../../../src/lib/data/skema.ts';

const PDF = join(import.meta.dirname, '..', '..', 'fixtures', 'dokumen', 'contoh-laporan.pdf');
const tmp = mkdtempSync(join(tmpdir(), 'kinerja-new-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function site(name: string): string {
  const content = join(tmp, name, 'content');
  cpSync(VALID_CONTENT, content, { recursive: true });
  return content;
}

const NEW_AGENCY = [
  '--instansi',
  'dinsos-kota-contoh',
  '--nama-instansi',
  'Dinas Sosial Kota Contoh',
  '--wilayah',
  'kota-contoh',
  '--provinsi',
  'Jawa Timur',
  '--tahun',
  '2024',
  '--jenis',
  'lkjip',
];

describe('npm run new-report', () => {
  it('scaffolds agency, region and report from flags, converts the PDF and lists what is still to fill', async () => {
    const content = site('flags');
    const run = await newReport([...NEW_AGENCY, '--dokumen', PDF], { KINERJA_CONTENT: content }, tmp);
    expect(run.exitCode).toBe(0);
    const dir = join(content, 'laporan', 'dinsos-kota-contoh', '2024-lkjip');
    expect(readFileSync(join(content, 'wilayah', 'kota-contoh.yaml'), 'utf8')).toContain(
      'nama: Kota Contoh\njenis: kota',
    );
    expect(readFileSync(join(content, 'instansi', 'dinsos-kota-contoh.yaml'), 'utf8')).toContain(
      '  - nama: Dinas Sosial Kota Contoh',
    );
    expect(readFileSync(join(dir, 'laporan.yaml'), 'utf8')).toContain('berkas: dinsos-kota-contoh-2024-lkjip.txt');
    expect(existsSync(join(content, 'dokumen', 'dinsos-kota-contoh-2024-lkjip.txt'))).toBe(true);
    const nilai = readFileSync(join(dir, 'nilai.csv'), 'utf8').split('\n');
    expect(nilai[0]).toMatch(/^indikator,tahun,peran,target,realisasi,sumber_tabel,/);
    expect(nilai[1]).toMatch(/^#T1\.I1,2024,capaian,/);
    // The empty scaffold's errors are the to-do list: the title and one row in each required table.
    expect(run.output).toContain('[field-required] ');
    expect(run.output).toContain('laporan.yaml, isian/field judul');
    for (const file of ['pohon-kinerja.csv', 'indikator.csv', 'nilai.csv']) {
      expect(run.output).toContain(`[file-empty] content/laporan/dinsos-kota-contoh/2024-lkjip/${file}`);
    }
    expect(run.output).toContain('kesalahan/errors: 4');
    expect(run.output).toContain('Langkah berikutnya / Next steps:');
  });

  it('the example rows fit together: with every file, un-commented and a title, the report is valid', async () => {
    const content = site('examples');
    const optional = Object.keys(csvFiles).filter(
      (f) => !['pohon-kinerja.csv', 'indikator.csv', 'nilai.csv'].includes(f),
    );
    const run = await newReport(
      [...NEW_AGENCY, '--dokumen', PDF, '--berkas', optional.join(',')],
      { KINERJA_CONTENT: content },
      tmp,
    );
    expect(run.exitCode).toBe(0);
    const dir = join(content, 'laporan', 'dinsos-kota-contoh', '2024-lkjip');
    for (const file of Object.keys(csvFiles)) {
      const path = join(dir, file);
      const [header, example] = readFileSync(path, 'utf8').split('\n');
      // Every column is there, so the guide's quirk columns never have to be added.
      expect(header!.split(','), file).toEqual(columnsOf(file as CsvFileName).map((c) => c.name));
      expect(example, file).toMatch(/^#/);
      writeFileSync(path, `${header}\n${example!.slice(1)}\n`);
    }
    const meta = join(dir, 'laporan.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^judul:.*$/m, 'judul: Laporan Kinerja 2024'));
    const check = validateCommand([dir], { KINERJA_CONTENT: content }, tmp);
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
  });

  it('asks for what the flags do not give, reusing an existing agency, and names a quarterly folder', async () => {
    const content = site('prompts');
    const asked: string[] = [];
    const answers: Record<string, string> = { 'Slug instansi': 'dinas-contoh', Tahun: '2024', Periode: 'tw2' };
    const run = await newReport(['--jenis', 'laporan-triwulan'], { KINERJA_CONTENT: content }, tmp, async (q) => {
      asked.push(q);
      return Object.entries(answers).find(([k]) => q.startsWith(k))?.[1] ?? '';
    });
    expect(run.exitCode).toBe(0);
    expect(asked.some((q) => q.startsWith('Nama instansi'))).toBe(false);
    expect(existsSync(join(content, 'laporan', 'dinas-contoh', '2024-laporan-triwulan-tw2', 'laporan.yaml'))).toBe(
      true,
    );
    expect(run.output).toContain('npm run dokumen -- laporan.pdf --nama dinas-contoh-2024-laporan-triwulan-tw2.txt');
  });

  it('refuses bad answers and an existing folder with a bilingual message', async () => {
    const content = site('refusals');
    const env = { KINERJA_CONTENT: content };
    expect((await newReport([...NEW_AGENCY, '--jenis', 'lakip'], env, tmp)).output).toContain('Document type:');
    expect((await newReport(['--instansi', 'Dinsos Kota'], env, tmp)).output).toContain('is not a slug');
    expect((await newReport(['--instansi', 'dinas-contoh'], env, tmp)).output).toContain('Missing: --tahun');
    const existing = await newReport(['--instansi', 'dinas-contoh', '--tahun', '2024'], env, tmp);
    expect(existing.exitCode).toBe(2);
    expect(existing.output).toContain('already exists');
  });
});
