import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/lib/data/batas.ts';
import { formatError } from '../../../src/lib/data/index.ts';
import { measureOutputs, OUTPUT_FRAME_BYTES, outputBudget, overBudget } from '../../../src/lib/bangun/keluaran.ts';

const root = mkdtempSync(join(tmpdir(), 'kinerja-keluaran-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, bytes: number): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x'.repeat(bytes));
}

const content = join(root, 'content');
const dist = join(root, 'dist');
// Two reports of one agency: a small one published within budget, a bloated one; a third in another shard.
file(join(content, 'laporan', 'dinas-a', '2024-lkjip', 'nilai.csv'), 1_000);
file(join(content, 'laporan', 'dinas-a', '2024-lkjip', 'tabel', 'lampiran.csv'), 500);
file(join(content, 'laporan', 'dinas-a', '2024-lkjip', 'laporan.yaml'), 9_999); // not a table: not counted
file(join(content, 'laporan', 'dinas-a', '2023-lkjip', 'nilai.csv'), 100);
file(join(content, 'laporan', 'dinas-b', '2024-lkjip', 'nilai.csv'), 100);
file(join(dist, 'instansi', 'dinas-a', '2024-lkjip', 'index.html'), 20_000);
file(join(dist, 'en', 'instansi', 'dinas-a', '2024-lkjip', 'indikator', 'index.html'), 10_000);
file(join(dist, 'unduh', 'laporan', 'dinas-a', '2024-lkjip', 'nilai.csv'), 3_000);
file(join(dist, 'unduh', 'grafik', 'laporan', 'dinas-a', '2024-lkjip', 'capaian.csv'), 200);
file(join(dist, 'instansi', 'dinas-a', '2023-lkjip', 'index.html'), OUTPUT_FRAME_BYTES);
file(join(dist, 'sematkan', 'laporan', 'dinas-a', '2023-lkjip', 'capaian', 'index.html'), 30_000);
file(join(dist, 'instansi', 'dinas-a', 'index.html'), 5_000); // the agency page belongs to no report

describe('output budget per report, measured on dist', () => {
  const outputs = measureOutputs(dist, content);

  it('sums every file under the folders named after each report, and only table bytes as input', () => {
    expect(outputs).toEqual([
      {
        id: 'dinas-a/2023-lkjip',
        folder: 'content/laporan/dinas-a/2023-lkjip',
        tableBytes: 100,
        outputBytes: OUTPUT_FRAME_BYTES + 30_000,
      },
      {
        id: 'dinas-a/2024-lkjip',
        folder: 'content/laporan/dinas-a/2024-lkjip',
        tableBytes: 1_500,
        outputBytes: 33_200,
      },
    ]);
  });

  it('skips reports with nothing in this dist (built by another shard)', () => {
    expect(outputs.map((o) => o.id)).not.toContain('dinas-b/2024-lkjip');
  });

  it('reports the report over 1 MiB + factor × its tables, located and bilingual, and passes the other', () => {
    expect(outputBudget(100)).toBe(OUTPUT_FRAME_BYTES + LIMITS.reportOutputFactor.value * 100);
    const errors = overBudget(outputs);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({
      code: 'report-output-over-budget',
      file: 'content/laporan/dinas-a/2023-lkjip',
      found: String(OUTPUT_FRAME_BYTES + 30_000),
    });
    const printed = formatError(error!);
    expect(printed).toContain('content/laporan/dinas-a/2023-lkjip');
    expect(printed).toContain('300.0 times its tables');
    expect(printed).toContain('300.0 kali tabelnya');
  });

  it('leaves room above the largest real report, and the declared input limit stays within a bounded output', () => {
    const factor = LIMITS.reportOutputFactor;
    expect(factor.value).toBeGreaterThanOrEqual(2 * factor.largestReal);
    expect(outputBudget(LIMITS.reportBytes.value)).toBeLessThan(100 * 1024 * 1024);
  });
});
