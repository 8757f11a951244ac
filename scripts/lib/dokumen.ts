/**
 * A report's PDF → the text file in content/dokumen/ that every `sumber_baris` points into. Poppler's
 * `pdftotext -layout` (Debian poppler-utils) keeps each printed row of a table on one line, in reading order.
 * Each page starts with a marker line `=== Halaman N ===` (N = the PDF page, counted from 1) so `sumber_halaman`
 * can be read off; trailing spaces are dropped. Nothing else is added: line 1 is the first page's marker.
 */
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

/** The marker line that opens page `n` of the text. */
export const pageMarker = (n: number) => `=== Halaman ${n} ===`;
const MARKER = /^=== Halaman (\d+) ===$/;

/** Name rule: the report folder's path joined by `-` (`dinsos-kota-contoh-2024-lkjip.txt`), else the PDF's name. */
export function documentName(pdfPath: string, report?: { agency: string; folder: string }): string {
  if (report) return `${report.agency}-${report.folder}.txt`;
  const slug = basename(pdfPath)
    .replace(/\.pdf$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'dokumen'}.txt`;
}

/** pdftotext's output (pages separated by form feeds) → the published text with page markers. */
export function withPageMarkers(raw: string): string {
  const pages = raw.replace(/\r\n?/g, '\n').split('\f');
  // pdftotext ends the last page with a form feed: no empty page after it.
  if (pages.length > 1 && pages.at(-1)!.trim() === '') pages.pop();
  const lines: string[] = [];
  pages.forEach((page, i) => {
    lines.push(pageMarker(i + 1));
    const body = page.split('\n').map((l) => l.trimEnd());
    while (body.length > 0 && body.at(-1) === '') body.pop();
    lines.push(...body);
  });
  return `${lines.join('\n')}\n`;
}

export interface TableStart {
  line: number;
  page: number;
  caption: string;
}

const CAPTION = /^\s*(tabel|table|lampiran)\s+[0-9IVX]+[0-9.]*[A-Za-z]?\b/i;

/** Lines where a table caption ("Tabel 3.1 …", "Lampiran 2 …") starts, with their page: where to start reading. */
export function tableStarts(text: string): TableStart[] {
  const out: TableStart[] = [];
  let page = 0;
  text.split('\n').forEach((line, i) => {
    const marker = MARKER.exec(line);
    if (marker) page = Number(marker[1]);
    else if (CAPTION.test(line)) out.push({ line: i + 1, page, caption: line.trim().replace(/\s{2,}/g, ' ') });
  });
  return out;
}

/** Run pdftotext; a missing Poppler is explained, not thrown as a stack trace. */
export function pdfToText(pdfPath: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') {
      throw new DokumenError(
        'pdftotext tidak terpasang. Pasang Poppler: `sudo apt-get install poppler-utils` (Debian/Ubuntu).',
        'pdftotext is not installed. Install Poppler: `sudo apt-get install poppler-utils` (Debian/Ubuntu).',
      );
    }
    throw new DokumenError(
      `PDF tidak dapat dibaca: ${String(err.stderr ?? '').trim() || err.message}`,
      `The PDF cannot be read: ${String(err.stderr ?? '').trim() || err.message}`,
    );
  }
}

/** A problem the person running the command can fix: printed in both languages, no stack trace. */
export class DokumenError extends Error {
  readonly en: string;
  constructor(id: string, en: string) {
    super(id);
    this.en = en;
  }
}
