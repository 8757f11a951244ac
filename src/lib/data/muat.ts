/**
 * Load `content/` into the typed model, collecting every error (never stopping at the first).
 * Used by the `validate` CLI, the Astro content loader and the tests alike.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ZodType } from 'zod';
import type {
  Agency,
  BudgetLevel,
  BudgetLine,
  Content,
  Indicator,
  Region,
  Report,
  ReportMeta,
  Scale,
  TreeLevel,
  TreeNode,
} from '../model.ts';
import { decodeUtf8, readCsv, readYaml, type CsvTable } from './berkas.ts';
import { type ContentError, sortErrors } from './galat.ts';
import {
  agencySchema,
  csvFiles,
  type CsvFileName,
  regionSchema,
  reportSchema,
  requiredCsvFiles,
  scaleSchema,
} from './skema.ts';
import { zodIssuesToErrors } from './zod-galat.ts';
import { assembleReport } from './laporan.ts';
import { loadNomenclature } from './nomenklatur.ts';

export interface LoadResult {
  content: Content;
  errors: ContentError[];
}

/** What one row of a required table is, for the "no rows yet" error. */
const ROW_OF: Partial<Record<CsvFileName, string>> = {
  'pohon-kinerja.csv': 'tujuan, sasaran atau program',
  'indikator.csv': 'indikator',
  'nilai.csv': 'indikator × tahun × tabel (target, realisasi, capaian)',
};
const ROW_OF_EN: Partial<Record<CsvFileName, string>> = {
  'pohon-kinerja.csv': 'goal, objective or programme',
  'indikator.csv': 'indicator',
  'nilai.csv': 'indicator × year × table (target, realisation, capaian)',
};

/** Files a report folder may hold besides its data: notes for humans. */
const NOTE_FILES = new Set(['CATATAN.md', 'README.md']);

interface Ctx {
  repoRoot: string;
  contentRoot: string;
  errors: ContentError[];
}

/**
 * Slugs of shared files that exist but could not be read (their own errors are reported). References to them are
 * not reported again as unknown: one broken file gives one error, not one per report or indicator using it.
 */
export interface Unreadable {
  regions: Set<string>;
  agencies: Set<string>;
  scales: Set<string>;
}

function display(ctx: Ctx, path: string): string {
  return relative(ctx.repoRoot, path).split(sep).join('/');
}

function readText(ctx: Ctx, path: string): string | undefined {
  const { value, errors } = decodeUtf8(display(ctx, path), readFileSync(path));
  ctx.errors.push(...errors);
  return value;
}

function readYamlFile<T>(ctx: Ctx, path: string, schema: ZodType<T>): T | undefined {
  const file = display(ctx, path);
  const text = readText(ctx, path);
  if (text === undefined) return undefined;
  const { value, errors } = readYaml(file, text);
  ctx.errors.push(...errors);
  if (errors.length > 0) return undefined;
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    ctx.errors.push(...zodIssuesToErrors(file, parsed.error.issues));
    return undefined;
  }
  return parsed.data;
}

/** The `.yaml` files of a shared folder; anything else there (a `.yml`, a stray CSV) would be silently ignored. */
function yamlFiles(ctx: Ctx, dir: string): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  for (const name of names) {
    if (name.endsWith('.yaml') || NOTE_FILES.has(name)) continue;
    unknownFile(ctx, join(dir, name), {
      id: 'berkas <slug>.yaml (ekstensi .yaml, bukan .yml)',
      en: 'a <slug>.yaml file (extension .yaml, not .yml)',
    });
  }
  return names.filter((f) => f.endsWith('.yaml'));
}

function unknownFile(ctx: Ctx, path: string, expected: ContentError['expected']): void {
  ctx.errors.push({
    code: 'file-unknown',
    file: display(ctx, path),
    ...(expected ? { expected } : {}),
    found: path.split(sep).pop() ?? '',
    message: {
      id: 'Berkas tidak dikenal di tempat ini; isinya tidak akan diterbitkan. Periksa nama dan letak berkas.',
      en: 'Unknown file in this place; it would not be published. Check the file name and location.',
    },
  });
}

function slugOf(file: string): string {
  return file.replace(/\.yaml$/, '');
}

function loadRegions(ctx: Ctx, contentRoot: string, unreadable: Unreadable): Region[] {
  const dir = join(contentRoot, 'wilayah');
  return yamlFiles(ctx, dir).flatMap((f) => {
    const data = readYamlFile(ctx, join(dir, f), regionSchema);
    if (!data) {
      unreadable.regions.add(slugOf(f));
      return [];
    }
    return [
      {
        slug: slugOf(f),
        nama: data.nama,
        jenis: data.jenis,
        provinsi: data.provinsi,
        ...(data.kode_bps ? { kodeBps: data.kode_bps } : {}),
      },
    ];
  });
}

function loadAgencies(ctx: Ctx, contentRoot: string, regions: Region[], unreadable: Unreadable): Agency[] {
  const dir = join(contentRoot, 'instansi');
  const regionSlugs = new Set(regions.map((r) => r.slug));
  return yamlFiles(ctx, dir).flatMap((f) => {
    const path = join(dir, f);
    const data = readYamlFile(ctx, path, agencySchema);
    if (!data) {
      unreadable.agencies.add(slugOf(f));
      return [];
    }
    const file = display(ctx, path);
    if (!regionSlugs.has(data.wilayah) && !unreadable.regions.has(data.wilayah)) {
      ctx.errors.push({
        code: 'unknown-region',
        file,
        field: 'wilayah',
        expected: { id: [...regionSlugs].join(', '), en: [...regionSlugs].join(', ') },
        found: data.wilayah,
        message: {
          id: `Wilayah "${data.wilayah}" tidak ada di content/wilayah/.`,
          en: `Region "${data.wilayah}" does not exist in content/wilayah/.`,
        },
      });
    }
    data.nama.forEach((n, i) => {
      const prev = data.nama[i - 1];
      const overlaps =
        (n.mulai !== undefined && n.sampai !== undefined && n.mulai > n.sampai) ||
        (prev !== undefined && (prev.sampai === undefined || (n.mulai !== undefined && n.mulai <= prev.sampai)));
      if (overlaps) {
        ctx.errors.push({
          code: 'name-history-overlap',
          file,
          field: `nama[${i}]`,
          expected: {
            id: 'nama berurutan dari yang tertua; "sampai" nama sebelumnya < "mulai" nama ini',
            en: 'names oldest first; the previous name\'s "sampai" < this name\'s "mulai"',
          },
          found: `${n.nama} (${n.mulai ?? '…'}–${n.sampai ?? '…'})`,
          message: {
            id: 'Riwayat nama instansi tumpang tindih atau tidak berurutan.',
            en: 'The agency name history overlaps or is out of order.',
          },
        });
      }
    });
    return [
      {
        slug: slugOf(f),
        region: data.wilayah,
        names: data.nama,
        urusan: data.urusan,
        ...(data.catatan ? { catatan: data.catatan } : {}),
      },
    ];
  });
}

function loadScales(ctx: Ctx, contentRoot: string, unreadable: Unreadable): Scale[] {
  const dir = join(contentRoot, 'skala');
  return yamlFiles(ctx, dir).flatMap((f): Scale[] => {
    const data = readYamlFile(ctx, join(dir, f), scaleSchema);
    if (!data) {
      unreadable.scales.add(slugOf(f));
      return [];
    }
    const base = { slug: slugOf(f), nama: data.nama, ...(data.dasar_hukum ? { legalBasis: data.dasar_hukum } : {}) };
    if (data.jenis === 'predikat') {
      return [
        {
          ...base,
          jenis: 'predikat',
          ...(data.batas === 'disimpulkan' ? { inferred: true } : {}),
          bands: data.pita.map((b) => ({
            label: b.label,
            lower: b.bawah,
            lowerInclusive: b.bawah_inklusif,
            upper: b.atas,
            upperInclusive: b.atas_inklusif,
            ...(b.teks_tercetak ? { printed: b.teks_tercetak } : {}),
          })),
        },
      ];
    }
    return [
      {
        ...base,
        jenis: 'ordinal',
        levels: data.tingkat.map((t) => ({
          label: t.label,
          aliases: t.alias,
          ...(t.berlaku_mulai !== undefined ? { validFrom: t.berlaku_mulai } : {}),
        })),
      },
    ];
  });
}

export interface RefSets {
  agencies: Map<string, Agency>;
  scales: Map<string, Scale>;
  /** Shared files that exist but could not be read: references to them are not checked. */
  unreadable: Unreadable;
}

function loadReportFolder(ctx: Ctx, dir: string, agencySlug: string, refs: RefSets): Report | undefined {
  const folder = dir.split(sep).pop() ?? '';
  const metaPath = join(dir, 'laporan.yaml');
  if (!existsSync(metaPath)) {
    ctx.errors.push({
      code: 'file-missing',
      file: display(ctx, metaPath),
      expected: { id: 'laporan.yaml', en: 'laporan.yaml' },
      message: {
        id: 'Setiap folder laporan wajib punya laporan.yaml.',
        en: 'Every report folder must have a laporan.yaml.',
      },
    });
    return undefined;
  }
  const metaFile = readYamlFile(ctx, metaPath, reportSchema);

  const tables: Partial<Record<CsvFileName, CsvTable>> = {};
  /** CSV files that are missing (when required) or could not be read whole: references into them are not checked. */
  const unreadableTables = new Set<CsvFileName>();
  const present = new Set(readdirSync(dir));
  for (const name of present) {
    const path = join(dir, name);
    if (name === 'laporan.yaml' || NOTE_FILES.has(name)) continue;
    if (name === 'tabel' && statSync(path).isDirectory()) continue;
    if (!(name in csvFiles)) {
      ctx.errors.push({
        code: 'file-unknown',
        file: display(ctx, path),
        expected: {
          id: `salah satu dari: laporan.yaml, ${Object.keys(csvFiles).join(', ')}, tabel/`,
          en: `one of: laporan.yaml, ${Object.keys(csvFiles).join(', ')}, tabel/`,
        },
        found: name,
        message: {
          id: 'Berkas tidak dikenal di folder laporan; isinya tidak akan diterbitkan. Periksa nama berkas.',
          en: 'Unknown file in the report folder; it would not be published. Check the file name.',
        },
      });
    }
  }
  for (const name of Object.keys(csvFiles) as CsvFileName[]) {
    const path = join(dir, name);
    if (!present.has(name)) {
      if (requiredCsvFiles.includes(name)) {
        unreadableTables.add(name);
        ctx.errors.push({
          code: 'file-missing',
          file: display(ctx, path),
          expected: { id: name, en: name },
          message: {
            id: `Berkas wajib ${name} tidak ada di folder laporan.`,
            en: `Required file ${name} is missing from the report folder.`,
          },
        });
      }
      continue;
    }
    const text = readText(ctx, path);
    if (text === undefined) {
      unreadableTables.add(name);
      continue;
    }
    const { value, errors } = readCsv(display(ctx, path), text, csvFiles[name]);
    ctx.errors.push(...errors);
    if (value) tables[name] = value;
    if (errors.length > 0) unreadableTables.add(name);
    // A required table with only its header (a fresh `npm run new-report` scaffold) says what is still to fill.
    if (value && value.records.length === 0 && requiredCsvFiles.includes(name)) {
      ctx.errors.push({
        code: 'file-empty',
        file: display(ctx, path),
        row: 2,
        expected: { id: 'paling tidak satu baris data', en: 'at least one data row' },
        message: {
          id: `${name} belum berisi baris data. Isi satu baris per ${ROW_OF[name]}; baris yang diawali # hanya contoh.`,
          en: `${name} has no data rows yet. Add one row per ${ROW_OF_EN[name]}; rows starting with # are only examples.`,
        },
      });
    }
  }

  if (!metaFile) return undefined;
  const metaDisplay = display(ctx, metaPath);
  const agency = refs.agencies.get(metaFile.instansi);
  // An agency file that exists but cannot be read has its own error.
  if (!agency && !refs.unreadable.agencies.has(metaFile.instansi)) {
    ctx.errors.push({
      code: 'unknown-agency',
      file: metaDisplay,
      field: 'instansi',
      expected: { id: [...refs.agencies.keys()].join(', '), en: [...refs.agencies.keys()].join(', ') },
      found: metaFile.instansi,
      message: {
        id: `Instansi "${metaFile.instansi}" tidak ada di content/instansi/. Tambahkan berkas instansinya dulu.`,
        en: `Agency "${metaFile.instansi}" does not exist in content/instansi/. Add the agency file first.`,
      },
    });
  } else if (agency && metaFile.instansi !== agencySlug) {
    ctx.errors.push({
      code: 'folder-mismatch',
      file: metaDisplay,
      field: 'instansi',
      expected: { id: agencySlug, en: agencySlug },
      found: metaFile.instansi,
      message: {
        id: `Laporan berada di folder content/laporan/${agencySlug}/ tetapi menyebut instansi lain.`,
        en: `The report sits in content/laporan/${agencySlug}/ but names another agency.`,
      },
    });
  }
  const expectedPrefix = `${metaFile.tahun}-${metaFile.jenis}`;
  const allowedFolders = [expectedPrefix, `${expectedPrefix}-${metaFile.periode}`];
  if (!allowedFolders.includes(folder)) {
    const shown = metaFile.periode === 'tahunan' ? expectedPrefix : allowedFolders[1];
    ctx.errors.push({
      code: 'folder-mismatch',
      file: metaDisplay,
      field: 'tahun',
      expected: { id: `nama folder "${shown}"`, en: `folder name "${shown}"` },
      found: folder,
      message: {
        id: 'Nama folder laporan harus <tahun>-<jenis>[-<periode>] sesuai laporan.yaml.',
        en: 'The report folder name must be <year>-<type>[-<period>] as in laporan.yaml.',
      },
    });
  }
  const documentPath = join(ctx.contentRoot, 'dokumen', metaFile.dokumen.berkas);
  const documentLines = existsSync(documentPath) ? readFileSync(documentPath, 'utf8').split('\n').length : undefined;
  if (documentLines === undefined) {
    ctx.errors.push({
      code: 'file-missing',
      file: metaDisplay,
      field: 'dokumen.berkas',
      expected: {
        id: 'teks dokumen sumber di content/dokumen/ (baris yang dirujuk sumber_baris)',
        en: 'the source document text in content/dokumen/ (the lines sumber_baris refers to)',
      },
      found: metaFile.dokumen.berkas,
      message: {
        id: `Dokumen sumber "${metaFile.dokumen.berkas}" tidak ada di content/dokumen/. Tambahkan teks dokumennya agar setiap angka dapat diperiksa pembaca.`,
        en: `Source document "${metaFile.dokumen.berkas}" is not in content/dokumen/. Add the document text so readers can check every figure.`,
      },
    });
  }
  const { dari, sampai } = metaFile.tahun_data;
  if (dari > sampai) {
    ctx.errors.push({
      code: 'field-invalid',
      file: metaDisplay,
      field: 'tahun_data',
      expected: { id: 'dari ≤ sampai', en: 'dari ≤ sampai' },
      found: `${dari}–${sampai}`,
      message: { id: 'Rentang tahun_data terbalik.', en: 'The tahun_data range is reversed.' },
    });
  }
  for (const [field, slug, kind] of [['skala', metaFile.skala, 'predikat']] as const) {
    if (slug === undefined || refs.unreadable.scales.has(slug)) continue;
    const scale = refs.scales.get(slug);
    if (!scale || scale.jenis !== kind) {
      ctx.errors.push({
        code: scale ? 'scale-kind' : 'unknown-scale',
        file: metaDisplay,
        field,
        expected: { id: `skala jenis ${kind} di content/skala/`, en: `a scale of jenis ${kind} in content/skala/` },
        found: slug,
        message: scale
          ? {
              id: `Skala "${slug}" adalah skala ${scale.jenis}, bukan skala predikat.`,
              en: `Scale "${slug}" is a ${scale.jenis} scale, not a predicate scale.`,
            }
          : {
              id: `Skala "${slug}" tidak ada di content/skala/. Periksa ejaan atau tambahkan skalanya.`,
              en: `Scale "${slug}" does not exist in content/skala/. Check the spelling or add the scale.`,
            },
      });
    }
  }

  const meta: ReportMeta = {
    agency: metaFile.instansi,
    ...(metaFile.nama_instansi_tercetak ? { printedAgencyName: metaFile.nama_instansi_tercetak } : {}),
    type: metaFile.jenis,
    year: metaFile.tahun,
    ...(metaFile.tahun_sampul !== undefined ? { coverYear: metaFile.tahun_sampul } : {}),
    period: metaFile.periode,
    title: metaFile.judul,
    document: {
      file: metaFile.dokumen.berkas,
      ...(metaFile.dokumen.judul_asli ? { originalTitle: metaFile.dokumen.judul_asli } : {}),
    },
    ...(metaFile.penandatangan
      ? {
          signatory: {
            ...metaFile.penandatangan,
            ...(metaFile.penandatangan.tanggal_tercetak
              ? { tanggalTercetak: metaFile.penandatangan.tanggal_tercetak }
              : {}),
          },
        }
      : {}),
    legalBasis: metaFile.dasar_hukum,
    ...(metaFile.skala ? { scale: metaFile.skala } : {}),
    negativeFormula: metaFile.rumus_negatif,
    efficiency: metaFile.efisiensi,
    ...(metaFile.batas_capaian ? { capaianCap: metaFile.batas_capaian } : {}),
    ...(metaFile.format_angka ? { numberFormat: metaFile.format_angka } : {}),
    // A reversed range is reported above; years are then checked against it the right way round.
    dataYears: { from: Math.min(dari, sampai), to: Math.max(dari, sampai) },
    notes: metaFile.catatan,
    extraTables: metaFile.tabel_tambahan.map((t) => ({
      file: t.berkas,
      title: t.judul,
      source: {
        file: metaDisplay,
        row: 0,
        table: t.sumber_tabel,
        ...(t.sumber_baris !== undefined ? { line: t.sumber_baris } : {}),
        ...(t.sumber_halaman !== undefined ? { page: t.sumber_halaman } : {}),
      },
    })),
  };

  const extraTables = loadExtraTables(ctx, dir, meta);
  const report = assembleReport(
    {
      id: `${agencySlug}/${folder}`,
      slug: folder,
      meta,
      tables,
      extraTables,
      unreadable: unreadableTables,
      refs,
      ...(documentLines !== undefined ? { documentLines } : {}),
    },
    ctx.errors,
  );
  return report;
}

function loadExtraTables(ctx: Ctx, dir: string, meta: ReportMeta): Report['extraTables'] {
  const tableDir = join(dir, 'tabel');
  const declared = new Map(meta.extraTables.map((t) => [t.file, t]));
  const onDisk = existsSync(tableDir) ? readdirSync(tableDir).sort() : [];
  for (const name of onDisk) {
    if (!declared.has(`tabel/${name}`)) {
      ctx.errors.push({
        code: 'file-unknown',
        file: display(ctx, join(tableDir, name)),
        expected: {
          id: 'dinyatakan di laporan.yaml → tabel_tambahan',
          en: 'declared in laporan.yaml → tabel_tambahan',
        },
        found: name,
        message: {
          id: 'Tabel tambahan tidak dinyatakan di laporan.yaml; tambahkan judul dan sumbernya.',
          en: 'Extra table not declared in laporan.yaml; add its title and source.',
        },
      });
    }
  }
  return meta.extraTables.flatMap((t) => {
    const path = join(dir, t.file);
    if (!existsSync(path)) {
      ctx.errors.push({
        code: 'file-missing',
        file: display(ctx, path),
        field: 'tabel_tambahan',
        expected: { id: t.file, en: t.file },
        message: {
          id: 'Tabel tambahan yang dinyatakan di laporan.yaml tidak ada.',
          en: 'An extra table declared in laporan.yaml does not exist.',
        },
      });
      return [];
    }
    const text = readText(ctx, path);
    if (text === undefined) return [];
    const file = display(ctx, path);
    // Extra tables have free headers: only structural problems (quotes, delimiter, ragged rows) count.
    const { value: parsed, errors } = readCsv(file, text, 'free');
    ctx.errors.push(...errors);
    if (!parsed) return [];
    return [
      {
        file: t.file,
        title: t.title,
        header: parsed.header,
        rows: parsed.records.map((r) => parsed.header.map((h) => r.cells[h] ?? '')),
        source: t.source,
      },
    ];
  });
}

export interface LoadOptions {
  /** Load only report folders under this path (absolute or relative to the content root). */
  only?: string;
}

/** The shared files (regions, agencies, scales), read once; reports are then read one folder at a time. */
export interface SharedContent {
  contentRoot: string;
  regions: Region[];
  agencies: Agency[];
  scales: Scale[];
  nomenclature?: Content['nomenclature'];
  refs: RefSets;
  /** Errors in the shared files and in the folder layout. */
  errors: ContentError[];
}

export function loadShared(contentRoot: string): SharedContent {
  const ctx: Ctx = { repoRoot: join(contentRoot, '..'), contentRoot, errors: [] };
  const unreadable: Unreadable = { regions: new Set(), agencies: new Set(), scales: new Set() };
  const regions = loadRegions(ctx, contentRoot, unreadable);
  const agencies = loadAgencies(ctx, contentRoot, regions, unreadable);
  const scales = loadScales(ctx, contentRoot, unreadable);
  const refs: RefSets = {
    agencies: new Map(agencies.map((a) => [a.slug, a])),
    scales: new Map(scales.map((s) => [s.slug, s])),
    unreadable,
  };
  const nomenclature = loadNomenclature(contentRoot, (path) => display(ctx, path), ctx.errors);
  return {
    contentRoot,
    regions,
    agencies,
    scales,
    ...(nomenclature ? { nomenclature } : {}),
    refs,
    errors: ctx.errors,
  };
}

/** A report folder: `laporan/<agency>/<folder>/`. */
export interface ReportFolder {
  agency: string;
  folder: string;
  dir: string;
}

/**
 * Report folders in sorted order (agency, then folder), without reading them. Misplaced files are pushed to
 * `shared.errors` (they belong to no report).
 */
export function reportFolders(shared: SharedContent, options: LoadOptions = {}): ReportFolder[] {
  const { contentRoot } = shared;
  const ctx: Ctx = { repoRoot: join(contentRoot, '..'), contentRoot, errors: shared.errors };
  const reportsRoot = join(contentRoot, 'laporan');
  const only = options.only ? relative(reportsRoot, join(contentRoot, '..', options.only)) : undefined;
  const folders: ReportFolder[] = [];
  if (!existsSync(reportsRoot)) return folders;
  const misplaced = {
    id: 'folder laporan/<instansi>/<tahun>-<jenis>[-<periode>]/',
    en: 'a folder laporan/<agency>/<year>-<type>[-<period>]/',
  };
  for (const agencySlug of readdirSync(reportsRoot).sort()) {
    const agencyDir = join(reportsRoot, agencySlug);
    if (!statSync(agencyDir).isDirectory()) {
      if (!NOTE_FILES.has(agencySlug)) unknownFile(ctx, agencyDir, misplaced);
      continue;
    }
    for (const folder of readdirSync(agencyDir).sort()) {
      const dir = join(agencyDir, folder);
      const rel = `${agencySlug}/${folder}`;
      const wanted = only === undefined || only === '' || rel.startsWith(only.split(sep).join('/'));
      if (!statSync(dir).isDirectory()) {
        // A report's files put directly in the agency folder would never be read.
        if (wanted && !NOTE_FILES.has(folder)) unknownFile(ctx, dir, misplaced);
        continue;
      }
      if (wanted) folders.push({ agency: agencySlug, folder, dir });
    }
  }
  return folders;
}

/** Read and validate one report folder against the shared files. Errors are sorted by file and row. */
export function loadReport(
  shared: SharedContent,
  folder: ReportFolder,
): { report: Report | undefined; errors: ContentError[] } {
  const { contentRoot } = shared;
  const ctx: Ctx = { repoRoot: join(contentRoot, '..'), contentRoot, errors: [] };
  const report = loadReportFolder(ctx, folder.dir, folder.agency, shared.refs);
  return { report, errors: sortErrors(ctx.errors) };
}

/** Load and validate all of `content/`. Errors are sorted by file and row. */
export function loadContent(contentRoot: string, options: LoadOptions = {}): LoadResult {
  const shared = loadShared(contentRoot);
  const errors = shared.errors;
  const reports: Report[] = [];
  for (const folder of reportFolders(shared, options)) {
    const loaded = loadReport(shared, folder);
    errors.push(...loaded.errors);
    if (loaded.report) reports.push(loaded.report);
  }
  const { regions, agencies, scales, nomenclature } = shared;
  return {
    content: { regions, agencies, scales, reports, ...(nomenclature ? { nomenclature } : {}) },
    errors: sortErrors(errors),
  };
}

export type { TreeLevel, TreeNode, BudgetLevel, BudgetLine, Indicator };
