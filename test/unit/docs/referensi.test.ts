import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_REFERENCE, errorReference, FORMAT_REFERENCE, formatReference } from '../../../scripts/lib/referensi.ts';
import { fixes } from '../../../scripts/lib/cara-perbaiki.ts';
import { csvFiles } from '../../../src/lib/data/skema.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const committed = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated references in docs/ (run `npm run docs` when these fail)', () => {
  it('the format reference matches the schemas', () => {
    expect(committed(FORMAT_REFERENCE) === formatReference(), `${FORMAT_REFERENCE} is stale: npm run docs`).toBe(true);
  });

  it('the error reference matches the readers', () => {
    expect(committed(ERROR_REFERENCE) === errorReference(), `${ERROR_REFERENCE} is stale: npm run docs`).toBe(true);
  }, 120_000);

  it('names every CSV column and every error code, each error with an example message', () => {
    const format = committed(FORMAT_REFERENCE);
    for (const [file, spec] of Object.entries(csvFiles)) {
      expect(format).toContain(`### \`${file}\``);
      for (const column of [...spec.required, ...spec.optional]) expect(format).toContain(`| \`${column}\` |`);
    }
    const errors = committed(ERROR_REFERENCE);
    for (const code of Object.keys(fixes)) {
      const section = errors.split(`\n## ${code}\n`)[1]?.split('\n## ')[0] ?? '';
      expect(section, code).toContain(`✗ [${code}]`);
      expect(section, code).toMatch(/ {2}ID: .+\n {2}EN: .+/);
    }
  });
});
