/**
 * `npm run dokumen -- laporan.pdf [--nama <berkas>.txt] [--timpa]` — write the PDF's text to
 * content/dokumen/<berkas>.txt (reading order, one printed line per line, `=== Halaman N ===` at each page), then
 * print the lines where tables start. An existing file is kept unless `--timpa`: reports cite its line numbers.
 * KINERJA_CONTENT=<dir> writes into another content folder (tests).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { documentName, DokumenError, pdfToText, tableStarts, withPageMarkers } from './lib/dokumen.ts';

export interface DokumenResult {
  file: string;
  lines: number;
  pages: number;
}

/** Convert one PDF into content/dokumen/<name>; returns what was written. Throws DokumenError for the person. */
export function writeDocument(
  pdf: string,
  contentRoot: string,
  options: { name?: string; overwrite?: boolean; log?: (s: string) => void } = {},
): DokumenResult {
  const log = options.log ?? (() => {});
  if (!existsSync(pdf)) throw new DokumenError(`Berkas tidak ada: ${pdf}`, `No such file: ${pdf}`);
  const name = options.name ?? documentName(pdf);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/.test(name)) {
    throw new DokumenError(
      `Nama berkas tidak sah: "${name}" (huruf, angka, titik, - dan _, diakhiri .txt).`,
      `Invalid file name: "${name}" (letters, digits, dots, - and _, ending in .txt).`,
    );
  }
  const dir = join(contentRoot, 'dokumen');
  const target = join(dir, name);
  if (existsSync(target) && !options.overwrite) {
    throw new DokumenError(
      `${name} sudah ada. Laporan merujuk nomor barisnya; pakai --timpa hanya bila belum ada yang merujuknya.`,
      `${name} already exists. Reports cite its line numbers; use --timpa only if nothing cites it yet.`,
    );
  }
  const text = withPageMarkers(pdfToText(pdf));
  mkdirSync(dir, { recursive: true });
  writeFileSync(target, text);
  const lines = text.split('\n').length - 1;
  const pages = (text.match(/^=== Halaman \d+ ===$/gm) ?? []).length;
  log(`✓ ${relative(dirname(contentRoot), target)}: ${lines} baris/lines, ${pages} halaman/pages`);
  const starts = tableStarts(text);
  if (starts.length > 0) {
    log('Tabel mulai di / Tables start at:');
    for (const t of starts) log(`  baris/line ${t.line} (halaman/page ${t.page}): ${t.caption}`);
  } else {
    log('Tidak ada judul "Tabel …" ditemukan. / No "Tabel …" caption found.');
  }
  log(
    'Nomor baris = nomor baris di berkas ini (baris 1 = "=== Halaman 1 ==="); isi sumber_baris dengannya.\n' +
      'Line numbers = the lines of this file (line 1 = "=== Halaman 1 ==="); use them for sumber_baris.',
  );
  return { file: name, lines, pages };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const flag = (n: string) => {
    const i = args.indexOf(n);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const pdf = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--nama');
  const contentRoot = resolve(process.env.KINERJA_CONTENT ?? join(import.meta.dirname, '..', 'content'));
  if (!pdf) {
    console.error('Pakai / Usage: npm run dokumen -- laporan.pdf [--nama <berkas>.txt] [--timpa]');
    process.exitCode = 2;
  } else {
    try {
      const name = flag('--nama');
      writeDocument(pdf, contentRoot, {
        ...(name ? { name } : {}),
        overwrite: args.includes('--timpa'),
        log: (s) => console.log(s),
      });
    } catch (e) {
      if (!(e instanceof DokumenError)) throw e;
      console.error(`✗ ${e.message}\n  ${e.en}`);
      process.exitCode = 1;
    }
  }
}
