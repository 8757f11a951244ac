/** The pull-request workflows: they parse, run scripts that exist, and the commenting one never runs PR code. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);

interface Step {
  run?: string;
  uses?: string;
}
const steps = (file: string): Step[] =>
  Object.values((parse(read(file)) as { jobs: Record<string, { steps: Step[] }> }).jobs).flatMap((j) => j.steps);

describe('.github/workflows for pull requests', () => {
  it('pr-konten validates (with the change summary) and builds, with a read-only token', () => {
    const workflow = parse(read('.github/workflows/pr-konten.yml')) as { on: object; permissions: object };
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const runs = steps('.github/workflows/pr-konten.yml').flatMap((s) => (s.run ? [s.run] : []));
    const used = runs.flatMap((r) => [...r.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!));
    expect(used).toEqual(expect.arrayContaining(['ringkasan-perubahan', 'build']));
    for (const name of used) expect(scripts).toContain(name);
  });

  it('pr-komentar only reads the artifact: no checkout, no npm, no PR code', () => {
    const all = steps('.github/workflows/pr-komentar.yml');
    expect(all.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(all.some((s) => s.run !== undefined)).toBe(false);
    expect(read('.github/workflows/pr-komentar.yml')).toContain("github.event.workflow_run.event == 'pull_request'");
    const check = parse(read('.github/workflows/pr-konten.yml')) as { name: string };
    const comment = parse(read('.github/workflows/pr-komentar.yml')) as {
      on: { workflow_run: { workflows: string[] } };
    };
    expect(comment.on.workflow_run.workflows).toEqual([check.name]);
  });
});

describe('the commands the agency guide gives', () => {
  const command = (name: string) =>
    (JSON.parse(read('package.json')).scripts as Record<string, string>)[name]!.replace('astro preview', 'echo');
  const run = (name: string, env: Record<string, string>) =>
    execFileSync('sh', ['-c', command(name)], { env: { PATH: process.env.PATH ?? '', ...env } }).toString();

  it('npm run preview serves on 4321, or on the port PORT names (a second checkout, a busy port)', () => {
    expect(run('preview', {})).toContain('--port 4321');
    expect(run('preview', { PORT: '4399' })).toContain('--port 4399');
  });

  it('a workbook written into the checkout by npm run templat-excel is git-ignored', () => {
    const ignored = execFileSync('git', ['check-ignore', 'laporan.xlsx', 'templat-laporan.xlsx'], { cwd: root });
    expect(ignored.toString().trim().split('\n')).toEqual(['laporan.xlsx', 'templat-laporan.xlsx']);
  });
});
