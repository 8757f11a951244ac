import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changeSummaryCommand } from '../../../scripts/ringkasan-perubahan.ts';
import { REPORT, VALID_CONTENT } from '../../../scripts/lib/fixture-cases.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-perubahan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@e',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@e',
};
const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, env, stdio: 'ignore' });

describe('npm run ringkasan-perubahan -- <base>', () => {
  const repo = join(tmp, 'repo');
  const content = join(repo, 'content');
  cpSync(VALID_CONTENT, content, { recursive: true });
  git(repo, ['init', '-q']);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'base']);
  const edit = (path: string, change: (t: string) => string) =>
    writeFileSync(join(content, path), change(readFileSync(join(content, path), 'utf8')));

  it('summarises a correction: the row changed and the finding it removed, content valid', () => {
    // 0,12 / 0,63 printed as 19,05% for a negative indicator: the agency corrects the printed capaian.
    edit(`${REPORT}/nilai.csv`, (t) => t.replace('"0,63","0,12","19,05%"', '"0,63","0,12","180,95%"'));
    const run = changeSummaryCommand(['HEAD'], { KINERJA_CONTENT: content }, repo);
    expect(run.exitCode).toBe(0);
    expect(run.output).toContain('✓ Konten valid. / Content is valid.');
    expect(run.output).toContain(`### ${REPORT.replace('laporan/', '')} — diubah / changed`);
    expect(run.output).toContain('| nilai.csv | 0 | 0 | 1 |');
    expect(run.output).toMatch(/Temuan \/ findings: \+0 −1 ~0\n\n- − `polaritas-diabaikan`/);
  });

  it('lists a new report, and the bilingual errors first when the content is invalid', () => {
    const folder = join(content, 'laporan', 'dinas-contoh', '2023-lkjip');
    cpSync(join(content, REPORT), folder, { recursive: true });
    edit('laporan/dinas-contoh/2023-lkjip/laporan.yaml', (t) =>
      t.replace('tahun: 2024', 'tahun: 2023').replace('dari: 2023', 'dari: 2022'),
    );
    edit('laporan/dinas-contoh/2023-lkjip/indikator.csv', (t) => t.replace(',persen,positif,', ',persen,naik,'));
    const out = join(tmp, 'ringkasan.md');
    const run = changeSummaryCommand(['HEAD', '--keluaran', out], { KINERJA_CONTENT: content }, repo);
    expect(run.exitCode).toBe(1);
    expect(run.output.indexOf('### ✗ 1 kesalahan / error(s)')).toBeLessThan(
      run.output.indexOf('### dinas-contoh/2023-lkjip — baru / new'),
    );
    expect(run.output).toContain(
      '[field-invalid] content/laporan/dinas-contoh/2023-lkjip/indikator.csv, baris/row 2, kolom/column polaritas (F)',
    );
    expect(run.output).toContain('  EN: Column "polaritas" must be one of: positif, negatif.');
    expect(readFileSync(out, 'utf8')).toBe(run.output);
  });

  it('refuses an unknown base', () => {
    expect(changeSummaryCommand(['no-such-ref'], { KINERJA_CONTENT: content }, repo).exitCode).toBe(2);
  });
});

describe('the PR comment keeps content as text', () => {
  it('escapes Markdown/HTML and defuses mentions', async () => {
    const { plain } = await import('../../../scripts/lib/perubahan.ts');
    expect(plain('<img src=x> @admin [a](http://x) `c`')).toBe(
      '\\<img src=x\\> @\u200badmin \\[a\\]\\(http://x\\) \\`c\\`',
    );
  });
});
