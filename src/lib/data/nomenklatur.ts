/**
 * Reading and validating `content/nomenklatur/`: the metadata and sources (`nomenklatur.yaml`), the codes
 * (`kode.csv`) and the crosswalk for older programme names (`padanan-2006.csv`). Every problem is one located,
 * bilingual error, like all other content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { CrosswalkEntry, Nomenclature, NomenclatureEntry, NomenclatureLevel } from '../model.ts';
import { LEVELS, levelOf, parentCode } from '../nomenklatur/kode.ts';
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

function read(path: string, file: string, errors: ContentError[]): string | undefined {
  const { value, errors: e } = decodeUtf8(file, readFileSync(path));
  errors.push(...e);
  return value;
}

/** Lines of a document in content/dokumen/, or `undefined` when it is missing. */
function documentLineCount(contentRoot: string, name: string): number | undefined {
  const path = join(contentRoot, 'dokumen', name);
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').length : undefined;
}

/**
 * Load `content/nomenklatur/` under `contentRoot`; `undefined` when the folder does not exist (a fixture site
 * without it links nothing). `display` turns a path into the repository-relative name used in errors.
 */
export function loadNomenclature(
  contentRoot: string,
  display: (path: string) => string,
  errors: ContentError[],
): Nomenclature | undefined {
  const dir = join(contentRoot, 'nomenklatur');
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).sort()) {
    if (FILES.has(name)) continue;
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
  if (!existsSync(metaPath)) {
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
  const yamlText = read(metaPath, metaFile, errors);
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
    if (source.jenis === 'dokumen' && (!source.berkas || documentLineCount(contentRoot, source.berkas) === undefined)) {
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

  const entries = readCodes(contentRoot, dir, display, sources, errors);
  const crosswalk = readCrosswalk(dir, display, entries, errors);
  return { legalBasis: meta.dasar_hukum, notes: meta.catatan, sources, entries, crosswalk };
}

function readCodes(
  contentRoot: string,
  dir: string,
  display: (path: string) => string,
  sources: Nomenclature['sources'],
  errors: ContentError[],
): NomenclatureEntry[] {
  const path = join(dir, 'kode.csv');
  const file = display(path);
  if (!existsSync(path)) {
    errors.push({
      code: 'file-missing',
      file,
      expected: { id: 'kode.csv', en: 'kode.csv' },
      message: { id: 'content/nomenklatur/kode.csv tidak ada.', en: 'content/nomenklatur/kode.csv is missing.' },
    });
    return [];
  }
  const csvText = read(path, file, errors);
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
      const lines = source.jenis === 'dokumen' && source.berkas ? documentLineCount(contentRoot, source.berkas) : 0;
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
  display: (path: string) => string,
  entries: readonly NomenclatureEntry[],
  errors: ContentError[],
): CrosswalkEntry[] {
  const path = join(dir, 'padanan-2006.csv');
  if (!existsSync(path)) return [];
  const file = display(path);
  const csvText = read(path, file, errors);
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
