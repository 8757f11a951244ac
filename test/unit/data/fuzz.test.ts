/**
 * Whatever validate accepts, the build's own code must not crash on (issue #9: a `__proto__` header, a few-MB extra
 * table and 24-digit sums once did). A property test: random mutations of the valid fixture site — odd cell values,
 * copied rows, renamed extra-table headers — written to disk and loaded like the build loads them. A site the
 * readers refuse must be refused with located errors only; a site they accept is fed to every export and page-data
 * function, which must not throw and must not emit a control character into any download.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, REPORT, type Site } from '../../../scripts/lib/fixture-cases.ts';
import { ContentValidationError } from '../../../src/lib/data/index.ts';
import { csvFiles } from '../../../src/lib/data/skema.ts';
import { readDocumentLines } from '../../../src/lib/data/index.ts';
import { datasetFiles, scoredColumnsFromEngine } from '../../../src/lib/ekspor/index.ts';
import { allCharts, reportCharts } from '../../../src/lib/grafik/semua.ts';
import { loadPortal } from '../../../src/lib/portal.ts';
import {
  allValueRows,
  averageRows,
  budgetTables,
  efficiencyRows,
  evaluationGroups,
  indicatorDefinitions,
  reportHeadline,
  summaryRows,
} from '../../../src/lib/tampilan/laporan.ts';
import { comparison, indicatorsAcross, programmes } from '../../../src/lib/tampilan/lintas.ts';

const root = mkdtempSync(join(tmpdir(), 'kinerja-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The report's tables in the fixture (it has no Renja plan), and its extra table. */
const TABLES = [...Object.keys(csvFiles).filter((f) => f !== 'rencana.csv'), 'tabel/pegawai.csv'].map(
  (f) => `${REPORT}/${f}`,
);

/** Values that have broken parsers, exporters or pages somewhere, mixed with arbitrary text. */
const cellValue = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '=SUM(A1:A9)',
    '+1',
    '@x',
    '-',
    'N/A',
    '',
    ' ',
    '"',
    '1e309',
    'Infinity',
    'NaN',
    '-0',
    '0',
    '9'.repeat(24),
    '999.999.999.999.999.999.999.999',
    '0,000000000000000000001',
    '99.52%',
    '92,55%',
    '1 : 27.500',
    '12 per 1.000',
    'Rp. 18.292.244.804,-',
    'Madya',
    'S1',
    'S1.I1',
    'T1',
    'R.T',
    'laporan',
    'tahunan',
    'tw1',
    '2024',
    '1945',
    '99999',
    'Київ',
    '\u202eSosial',
    'a\u200bb',
    '<b>x</b>',
    'x < 110 & y > 2',
    'baris\nbaru',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.stringMatching(/^-?[0-9.,%]{1,14}$/),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
);

type Mutation =
  | { kind: 'cell'; table: number; row: number; column: number; value: string }
  | { kind: 'copy'; table: number; row: number; column: number; value: string }
  | { kind: 'header'; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('cell' as const),
      table: fc.nat(),
      row: fc.nat(),
      column: fc.nat(),
      value: cellValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('copy' as const),
      table: fc.nat(),
      row: fc.nat(),
      column: fc.nat(),
      value: cellValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('header' as const), value: cellValue }) },
);

function apply(site: Site, m: Mutation): void {
  const path = TABLES['table' in m ? m.table % TABLES.length : TABLES.length - 1]!;
  const lines = site
    .text(path)
    .split('\n')
    .filter((l) => l !== '').length;
  const header = site.row(path, 1);
  if (m.kind === 'header') {
    const cells = site.row(path, 1);
    cells[0] = m.value.replace(/[\r\n]/g, ' ');
    site.rewriteCsv(path, (rows) => [cells, ...rows.slice(1)]);
    return;
  }
  if (lines < 2) return;
  const row = 2 + (m.row % (lines - 1));
  const column = header[m.column % header.length]!;
  if (m.kind === 'cell') site.setCell(path, row, column, m.value);
  else site.appendCopy(path, row, { [column]: m.value });
}

let run = 0;

/** The build's page-data and export functions over an accepted site; throws if any of them does. */
function publish(contentDir: string): string[] {
  const portal = loadPortal(contentDir);
  const out: string[] = [];
  for (const entry of portal.reports) {
    const { report, scored } = entry;
    for (const lang of ['id', 'en'] as const) {
      const groups = evaluationGroups(report, scored, lang);
      out.push(
        JSON.stringify([
          groups,
          allValueRows(report, scored, lang),
          budgetTables(report, scored, lang),
          averageRows(scored, lang),
          efficiencyRows(report, scored, lang),
          summaryRows(report, scored, lang),
          reportCharts(entry, lang),
        ]),
      );
    }
    out.push(JSON.stringify([indicatorDefinitions(report), reportHeadline(report, scored)]));
    readDocumentLines(contentDir, report.meta.document.file);
  }
  for (const lang of ['id', 'en'] as const) {
    out.push(JSON.stringify([programmes(portal.reports, lang), indicatorsAcross(portal.reports, lang)]));
    out.push(JSON.stringify([comparison(portal.reports, lang), allCharts(portal.reports, lang)]));
  }
  for (const file of datasetFiles(portal.content, scoredColumnsFromEngine(portal.reports))) out.push(file.body);
  return out;
}

describe('validate-accepted mutations never crash the export and page-data functions', () => {
  it('random mutations of the valid fixture', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const site = buildSite({ mutate: (s) => mutations.forEach((m) => apply(s, m)) });
        const contentDir = join(root, `run-${run++}`, 'content');
        site.writeTo(contentDir);
        let bodies: string[];
        try {
          bodies = publish(contentDir);
        } catch (error) {
          // Refused: only ever as located content errors, never as a crash.
          if (error instanceof ContentValidationError) {
            expect(error.errors.length).toBeGreaterThan(0);
            for (const e of error.errors) expect(e.file).toMatch(/^content\//);
            return;
          }
          throw error;
        } finally {
          rmSync(join(contentDir, '..'), { recursive: true, force: true });
        }
        accepted++;
        for (const body of bodies) expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
      { numRuns: 40, seed: 20241202 },
    );
    // Most mutations are refused; enough are accepted for the property to mean something.
    expect(accepted).toBeGreaterThan(5);
  }, 180_000);
});
