/** The bad-input corpus as the tests see it: test/fixtures/invalid/cases.json and where each case's content is. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorCode } from '../../../src/lib/data/index.ts';
import { visible } from '../../../src/lib/data/galat.ts';
import { INVALID_ROOT, invalidCases, VALID_CONTENT, writeCase } from '../../../scripts/lib/fixture-cases.ts';

export interface CaseEntry {
  name: string;
  dir: string;
  rule: string;
  code: ErrorCode;
  file: string;
  row?: number;
  field?: string;
  generated?: boolean;
}

export interface VariantEntry {
  name: string;
  dir: string;
  rule: string;
}

export interface Manifest {
  cases: CaseEntry[];
  'valid-variants': VariantEntry[];
}

export const manifest: Manifest = JSON.parse(readFileSync(join(INVALID_ROOT, 'cases.json'), 'utf8'));
export { INVALID_ROOT, VALID_CONTENT };

let generatedRoot: string | undefined;
const built = new Map<string, string>();

/**
 * The content dir of a case: the committed fixture, or for `generated` cases (a > 5 MiB file that is not
 * committed) a copy built once per test file into a temp dir.
 */
export function caseContentDir(entry: CaseEntry | VariantEntry): string {
  if (!('generated' in entry && entry.generated)) return join(INVALID_ROOT, entry.dir, 'content');
  const cached = built.get(entry.name);
  if (cached) return cached;
  const definition = invalidCases.find((c) => c.name === entry.name);
  if (!definition) throw new Error(`no definition for generated case ${entry.name}`);
  generatedRoot ??= mkdtempSync(join(tmpdir(), 'kinerja-corpus-'));
  const content = writeCase(definition, join(generatedRoot, entry.name));
  built.set(entry.name, content);
  return content;
}

/** Remove the generated cases (call in afterAll). */
export function removeGenerated(): void {
  if (generatedRoot) rmSync(generatedRoot, { recursive: true, force: true });
  generatedRoot = undefined;
  built.clear();
}

/** The location part of a formatted error's first line, as `formatError` prints it (without the column letter). */
export function locationPrefix(entry: CaseEntry): string {
  return `✗ [${entry.code}] ${visible(entry.file)}${entry.row !== undefined ? `, baris/row ${entry.row}` : ''}`;
}
