/**
 * The real `content/`: every row of every content CSV is in the downloads, and datapackage.json is valid. These
 * tests skip nothing: while a transcription is in progress and content fails validation, they fail too (the
 * loader drops invalid rows, so the counts no longer agree) — that is the point.
 */
import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../../../src/lib/ekspor/index.ts';
import { formatError } from '../../../src/lib/data/index.ts';
import {
  byPath,
  dataPackageProblems,
  load,
  REAL,
  reportChecksums,
  tallyContent,
  tallyDatasetDownloads,
  tallyReportDownloads,
} from './bantu.ts';

const real = load(REAL);
const files = datasetFiles(real.content, real.scored);
const paths = byPath(files);
const content = tallyContent(REAL);

describe('downloads of the real content/', () => {
  it('content/ validates (otherwise rows are dropped and cannot be published)', () => {
    expect(real.errors.map((e) => formatError(e))).toEqual([]);
  });

  it('has a tally for every report folder', () => {
    expect([...content.keys()]).toEqual(real.content.reports.map((r) => r.id).sort());
  });

  it('finds every row of every content CSV in the per-report downloads: counts per report per file, checksums', () => {
    const downloads = tallyReportDownloads(paths, REAL, content);
    for (const [report, files] of content) {
      for (const [file, expected] of files) {
        expect(downloads.get(report)?.get(file), `${report} ${file}`).toEqual(expected);
      }
    }
    expect(reportChecksums(downloads)).toEqual(reportChecksums(content));
  });

  it('finds every row in the whole-dataset downloads (extra tables via tabel-tambahan.csv)', () => {
    const downloads = tallyDatasetDownloads(paths, REAL, content);
    for (const [report, files] of content) {
      for (const [file, expected] of files) {
        expect(downloads.get(report)?.get(file), `${report} ${file}`).toEqual(expected);
      }
    }
    expect(reportChecksums(downloads)).toEqual(reportChecksums(content));
  });

  it('has a valid datapackage.json', () => {
    expect(dataPackageProblems(paths)).toEqual([]);
  });

  it('is deterministic', () => {
    const again = datasetFiles(real.content, real.scored);
    expect(again.length).toBe(files.length);
    again.forEach((f, i) => {
      expect(f.path).toBe(files[i]?.path);
      expect(f.body === files[i]?.body, f.path).toBe(true);
    });
    // Two full exports of the real content: seconds alone, longer on a loaded shared machine.
  }, 60_000);
});
