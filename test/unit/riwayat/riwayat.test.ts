import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { correctionsBetween, historiesFrom, parseLog } from '../../../src/lib/riwayat/index.ts';
import { reportCorrections, reportHistory } from '../../../src/lib/riwayat/git.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-riwayat-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = 'indikator,tahun,peran,target,realisasi,sumber_tabel\n';

describe('change history from git output', () => {
  it('gives each report its first and last commit, newest first in the log', () => {
    const log = parseLog(
      '\0bbb 2026-12-02T10:00:00+00:00\n\ncontent/laporan/a/2024-lkjip/nilai.csv\ncontent/dokumen/x.txt\n' +
        '\0aaa 2026-11-30T09:00:00+07:00\n\ncontent/laporan/a/2024-lkjip/laporan.yaml\ncontent/laporan/b/2023-lkjip/nilai.csv\n',
    );
    const histories = historiesFrom(log, 'content/laporan/');
    expect(histories.get('a/2024-lkjip')).toMatchObject({
      first: { hash: 'aaa', date: '2026-11-30' },
      last: { hash: 'bbb' },
      commits: 2,
    });
    expect(histories.get('b/2023-lkjip')).toMatchObject({ commits: 1 });
  });

  it('lists corrected figures with their previous value; new rows and # notes are not corrections', () => {
    const before = `${HEADER}S1.I1,2024,capaian,85%,"87,5%",Tabel 3.1\n#S9,2024,capaian,1,1,T\n`;
    const after = `${HEADER}S1.I1,2024,capaian,85%,"88,5%",Tabel 3.1\nS1.I2,2024,capaian,1,2,Tabel 3.1\n#S9,2024,capaian,1,9,T\n`;
    expect(correctionsBetween('nilai.csv', before, after, { hash: 'c', date: '2026-12-02' })).toEqual([
      {
        file: 'nilai.csv',
        row: 'S1.I1 · 2024 · capaian · Tabel 3.1',
        column: 'realisasi',
        before: '87,5%',
        after: '88,5%',
        date: '2026-12-02',
        commit: 'c',
      },
    ]);
    expect(correctionsBetween('narasi.csv', before, after, { hash: 'c', date: 'd' })).toEqual([]);
  });
});

describe('change history from a real repository', () => {
  it('reads dates and corrections with git, and nothing without git', () => {
    const repo = join(tmp, 'repo');
    const dir = join(repo, 'content', 'laporan', 'a', '2024-lkjip');
    mkdirSync(dir, { recursive: true });
    const run = (args: string[], date: string) =>
      execFileSync('git', args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
        stdio: 'ignore',
      });
    run(['init', '-q'], '2026-11-01T00:00:00Z');
    writeFileSync(join(dir, 'nilai.csv'), `${HEADER}S1.I1,2024,capaian,85%,"87,5%",Tabel 3.1\n`);
    run(['add', '.'], '2026-11-01T00:00:00Z');
    run(['commit', '-qm', 'first'], '2026-11-01T00:00:00Z');
    writeFileSync(join(dir, 'nilai.csv'), `${HEADER}S1.I1,2024,capaian,85%,"88,5%",Tabel 3.1\n`);
    run(['commit', '-qam', 'fix'], '2026-12-02T00:00:00Z');
    const content = join(repo, 'content');
    expect(reportHistory(content, 'a/2024-lkjip')).toMatchObject({
      first: { date: '2026-11-01' },
      last: { date: '2026-12-02' },
      commits: 2,
    });
    expect(reportCorrections(content, 'a/2024-lkjip').map((c) => [c.column, c.before, c.after])).toEqual([
      ['realisasi', '87,5%', '88,5%'],
    ]);
    const outside = join(tmp, 'no-git', 'content');
    mkdirSync(outside, { recursive: true });
    expect(reportHistory(outside, 'a/2024-lkjip')).toBeUndefined();
    expect(reportCorrections(outside, 'a/2024-lkjip')).toEqual([]);
  });
});

describe('dates on the page', () => {
  it('are written out in the page language, the same on every machine', async () => {
    const { showDate } = await import('../../../src/i18n/riwayat.ts');
    expect(showDate('2026-11-22', 'id')).toBe('22 November 2026');
    expect(showDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(showDate('2026-08-17', 'en')).toBe('17 August 2026');
  });
});
