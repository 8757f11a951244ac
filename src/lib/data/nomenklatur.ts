/**
 * Reading and validating `content/nomenklatur/`: the metadata and sources (`nomenklatur.yaml`), the codes
 * (`kode.csv`) and the crosswalk for older programme names (`padanan-2006.csv`). Every problem is one located,
 * bilingual error, like all other content.
 */
import { join } from 'node:path';
import * as z from 'zod';
import type { CrosswalkEntry, Nomenclature, NomenclatureEntry, NomenclatureLevel } from '../model.ts';
import { LEVELS, levelOf, parentCode } from '../nomenklatur/kode.ts';
import type { ContentFiles } from './aman.ts';
import { decodeUtf8, readCsv, readYaml } from './berkas.ts';
import type { ContentError } from './galat.ts';
import { RowReader } from './sel.ts';
import { zodIssuesToErrors } from './zod-galat.ts';

const text = z.string().trim().min(1);

export const nomenclatureSchema = z.strictObject({
  nama: text,
  dasar_hukum: z.array(text).min(1),
  catatan: z.array(text).default([]),
  sumber: z.record(
    z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug'),
    z.strictObject({
      jenis: z.enum(['dokumen', 'salinan', 'ingatan']),
      judul: text,
      berkas: z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/)
        .optional(),
      alamat: text.optional(),
    }),
  ),
});

const CODE_COLUMNS = { required: ['kode', 'tingkat', 'nama', 'sumber'], optional: ['sumber_baris', 'catatan'] };
const CROSSWALK_COLUMNS = { required: ['nama_lama', 'kode', 'keyakinan', 'alasan'], optional: [] };
const FILES = new Set(['nomenklatur.yaml', 'kode.csv', 'padanan-2006.csv', 'README.md']);
const CONFIDENCE = ['tinggi', 'sedang', 'rendah'] as const;

/**
 * Filesystem access, only through the content readers' containment (`ContentFiles`: lstat, no links, size first),
 * and document line counts by the one line rule the published page uses.
 */
interface Io {
  display: (path: string) => string;
  exists: (path: string) => boolean;
  read: (path: string, file: string) => string | undefined;
  /** Lines of a document in content/dokumen/, or `undefined` when it is missing or unreadable (reported). */
  lines: (name: string) => number | undefined;
}

function ioOf(fs: ContentFiles, errors: ContentError[], lines: Io['lines']): Io {
  return {
    display: (path) => fs.display(path),
    exists: (path) => fs.kind(path) !== 'missing',
    read: (path, file) => {
      const bytes = fs.read(path, file.endsWith('.yaml') ? 'yamlBytes' : 'csvBytes');
      if (bytes === undefined) return undefined;
      const { value, errors: e } = decodeUtf8(file, bytes);
      errors.push(...e);
      return value;
    },
    lines,
  };
}

/**
 * Load `content/nomenklatur/` under `contentRoot`; `undefined` when the folder does not exist (a fixture site
 * without it links nothing). Files are read through `fs` (containment); `documentLines` counts a document's lines.
 */
export function loadNomenclature(
  contentRoot: string,
  fs: ContentFiles,
  errors: ContentError[],
  documentLines: (name: string) => number | undefined,
): Nomenclature | undefined {
  const io = ioOf(fs, errors, documentLines);
  const display = io.display;
  const dir = join(contentRoot, 'nomenklatur');
  if (!fs.folder(dir)) return undefined;
  for (const { name, kind } of fs.list(dir) ?? []) {
    // Links and special files were reported while listing.
    if (kind === 'symlink' || kind === 'special' || kind === 'error') continue;
    if (FILES.has(name) && kind === 'file') continue;
    errors.push({
      code: 'file-unknown',
      file: display(join(dir, name)),
      expected: { id: [...FILES].join(', '), en: [...FILES].join(', ') },
      found: name,
      message: {
        id: 'Berkas tidak dikenal di content/nomenklatur/; isinya tidak akan dibaca.',
        en: 'Unknown file in content/nomenklatur/; it would not be read.',
      },
    });
  }

  const metaPath = join(dir, 'nomenklatur.yaml');
  const metaFile = display(metaPath);
  if (!io.exists(metaPath)) {
    errors.push({
      code: 'file-missing',
      file: metaFile,
      expected: { id: 'nomenklatur.yaml', en: 'nomenklatur.yaml' },
      message: {
        id: 'content/nomenklatur/ wajib punya nomenklatur.yaml (dasar hukum dan sumber).',
        en: 'content/nomenklatur/ must have a nomenklatur.yaml (legal basis and sources).',
      },
    });
    return undefined;
  }
  const yamlText = io.read(metaPath, metaFile);
  if (yamlText === undefined) return undefined;
  const { value: yamlValue, errors: yamlErrors } = readYaml(metaFile, yamlText);
  errors.push(...yamlErrors);
  if (yamlErrors.length > 0) return undefined;
  const parsed = nomenclatureSchema.safeParse(yamlValue, { reportInput: true });
  if (!parsed.success) {
    errors.push(...zodIssuesToErrors(metaFile, parsed.error.issues));
    return undefined;
  }
  const meta = parsed.data;
  const sources = Object.fromEntries(
    Object.entries(meta.sumber).map(([k, v]) => [
      k,
      {
        jenis: v.jenis,
        judul: v.judul,
        ...(v.berkas ? { berkas: v.berkas } : {}),
        ...(v.alamat ? { alamat: v.alamat } : {}),
      },
    ]),
  );
  for (const [key, source] of Object.entries(sources)) {
    if (source.jenis === 'dokumen' && (!source.berkas || io.lines(source.berkas) === undefined)) {
      errors.push({
        code: 'file-missing',
        file: metaFile,
        field: `sumber.${key}.berkas`,
        expected: { id: 'teks dokumen di content/dokumen/', en: 'a document text in content/dokumen/' },
        found: source.berkas ?? '',
        message: {
          id: `Sumber "${key}" berjenis dokumen harus menyebut berkas yang ada di content/dokumen/.`,
          en: `Source "${key}" of kind dokumen must name a file that exists in content/dokumen/.`,
        },
      });
    }
  }

  const entries = readCodes(dir, io, sources, errors);
  const crosswalk = readCrosswalk(dir, io, entries, errors);
  return { legalBasis: meta.dasar_hukum, notes: meta.catatan, sources, entries, crosswalk };
}

function readCodes(dir: string, io: Io, sources: Nomenclature['sources'], errors: ContentError[]): NomenclatureEntry[] {
  const path = join(dir, 'kode.csv');
  const file = io.display(path);
  if (!io.exists(path)) {
    errors.push({
      code: 'file-missing',
      file,
      expected: { id: 'kode.csv', en: 'kode.csv' },
      message: { id: 'content/nomenklatur/kode.csv tidak ada.', en: 'content/nomenklatur/kode.csv is missing.' },
    });
    return [];
  }
  const csvText = io.read(path, file);
  if (csvText === undefined) return [];
  const { value: table, errors: csvErrors } = readCsv(file, csvText, CODE_COLUMNS);
  errors.push(...csvErrors);
  if (!table) return [];
  const rows: { entry: NomenclatureEntry; reader: RowReader }[] = [];
  for (const record of table.records) {
    const before = errors.length;
    const r = new RowReader(file, table.header, record, errors, undefined);
    const kode = r.requiredText('kode');
    const level = r.oneOf('tingkat', LEVELS);
    const nama = r.requiredText('nama');
    const sumber = r.requiredText('sumber');
    const line = r.integer('sumber_baris', false);
    const note = r.text('catatan');
    if (kode && level && levelOf(kode) !== level) {
      r.error(
        'kode',
        'field-invalid',
        {
          id: `Kode "${kode}" bukan kode tingkat ${level}.`,
          en: `Code "${kode}" is not a code of level ${level}.`,
        },
        { id: codeShape(level), en: codeShape(level) },
      );
    }
    const source = sumber ? sources[sumber] : undefined;
    if (sumber && !source) {
      r.error(
        'sumber',
        'unknown-reference',
        {
          id: `Sumber "${sumber}" tidak ada di nomenklatur.yaml → sumber.`,
          en: `Source "${sumber}" is not listed in nomenklatur.yaml → sumber.`,
        },
        { id: Object.keys(sources).join(', '), en: Object.keys(sources).join(', ') },
      );
    }
    if (line !== undefined && source) {
      const lines = source.jenis === 'dokumen' && source.berkas ? io.lines(source.berkas) : 0;
      if (lines === 0 || (lines !== undefined && line > lines)) {
        r.error(
          'sumber_baris',
          'field-invalid',
          lines === 0
            ? {
                id: 'sumber_baris hanya untuk sumber berjenis dokumen.',
                en: 'sumber_baris is only for sources of kind dokumen.',
              }
            : {
                id: `Baris ${line} di luar dokumen sumber (${lines} baris).`,
                en: `Line ${line} is beyond the source document (${lines} lines).`,
              },
          { id: lines ? `1–${lines}` : '(kosong)', en: lines ? `1–${lines}` : '(empty)' },
        );
      }
    }
    if (!kode || !level || !nama || !sumber || errors.length !== before) continue;
    rows.push({
      entry: { kode, level, nama, sumber, ...(line !== undefined ? { line } : {}), ...(note ? { note } : {}) },
      reader: r,
    });
  }
  const seen = new Map<string, number>();
  for (const { entry, reader } of rows) {
    const first = seen.get(entry.kode);
    if (first !== undefined) {
      reader.error(
        'kode',
        'duplicate-id',
        {
          id: `Kode "${entry.kode}" sudah ada di baris ${first}.`,
          en: `Code "${entry.kode}" is already on row ${first}.`,
        },
        { id: 'kode unik', en: 'a unique code' },
      );
    } else seen.set(entry.kode, reader.row);
  }
  // Every code hangs under its parent: a kegiatan needs its programme, a programme its bidang, and so on.
  for (const { entry, reader } of rows) {
    const parent = parentCode(entry.kode);
    if (parent !== undefined && !seen.has(parent)) {
      reader.error(
        'kode',
        'missing-parent',
        {
          id: `Induk "${parent}" dari kode "${entry.kode}" tidak ada di kode.csv. Tambahkan induknya dulu.`,
          en: `The parent "${parent}" of code "${entry.kode}" is not in kode.csv. Add the parent first.`,
        },
        { id: parent, en: parent },
      );
    }
  }
  return rows.map((r) => r.entry);
}

function codeShape(level: NomenclatureLevel): string {
  return {
    urusan: '1',
    bidang: '1.06',
    program: '1.06.04',
    kegiatan: '1.06.04.2.01',
    subkegiatan: '1.06.04.2.01.0001',
  }[level];
}

function readCrosswalk(
  dir: string,
  io: Io,
  entries: readonly NomenclatureEntry[],
  errors: ContentError[],
): CrosswalkEntry[] {
  const path = join(dir, 'padanan-2006.csv');
  if (!io.exists(path)) return [];
  const file = io.display(path);
  const csvText = io.read(path, file);
  if (csvText === undefined) return [];
  const { value: table, errors: csvErrors } = readCsv(file, csvText, CROSSWALK_COLUMNS);
  errors.push(...csvErrors);
  if (!table) return [];
  const programmes = new Set(entries.filter((e) => e.level === 'program').map((e) => e.kode));
  return table.records.flatMap((record): CrosswalkEntry[] => {
    const before = errors.length;
    const r = new RowReader(file, table.header, record, errors, undefined);
    const namaLama = r.requiredText('nama_lama');
    const kode = r.text('kode');
    const confidence = r.oneOf('keyakinan', CONFIDENCE);
    const reason = r.requiredText('alasan');
    if (kode && !programmes.has(kode)) {
      r.error(
        'kode',
        'unknown-reference',
        {
          id: `Kode program "${kode}" tidak ada di kode.csv.`,
          en: `Programme code "${kode}" is not in kode.csv.`,
        },
        { id: 'kode program di kode.csv (atau kosong)', en: 'a programme code in kode.csv (or empty)' },
      );
    }
    if (!namaLama || !confidence || !reason || errors.length !== before) return [];
    return [{ namaLama, ...(kode ? { kode } : {}), confidence, reason }];
  });
}
