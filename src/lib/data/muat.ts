/**
 * Load `content/` into the typed model, collecting every error (never stopping at the first).
 * Used by the `validate` CLI, the Astro content loader and the tests alike.
 */
import { join, relative, sep } from 'node:path';
import type { ZodType } from 'zod';
import type {
  Agency,
  BudgetLevel,
  BudgetLine,
  Content,
  Indicator,
  NomenclatureLevel,
  Region,
  Report,
  ReportMeta,
  Scale,
  TreeLevel,
  TreeNode,
} from '../model.ts';
import { ContentFiles, type Entry } from './aman.ts';
import { LIMITS, type LimitName } from './batas.ts';
import { decodeUtf8, readCsv, readYaml, splitLines, type CsvTable } from './berkas.ts';
import { textProblem, textProblemMessage } from './teks.ts';
import { type ContentError, ContentValidationError, sortErrors } from './galat.ts';
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
import { checkCodeReviews } from './tinjauan-kode.ts';
import { loadNomenclature } from './nomenklatur.ts';
import { provinceSlug } from '../tampilan/kunci.ts';

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

/** A source document's text: its line count, and the lines, so a cell can be compared with the line it cites. */
interface DocumentText {
  lines: number;
  text: readonly string[];
}

interface Ctx {
  contentRoot: string;
  fs: ContentFiles;
  errors: ContentError[];
  /** Source documents already read (several reports may cite one): their lines, or why they are unusable. */
  documents: Map<string, DocumentText | 'missing' | 'unreadable'>;
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
  return ctx.fs.display(path);
}

/** A file's text, or undefined with its error (a missing file has none here: the caller knows what was expected). */
function readText(ctx: Ctx, path: string, limit: LimitName): string | undefined {
  const bytes = ctx.fs.read(path, limit);
  if (bytes === undefined) return undefined;
  const { value, errors } = decodeUtf8(display(ctx, path), bytes);
  ctx.errors.push(...errors);
  return value;
}

/**
 * Lowercase ASCII letters, digits and single hyphens: safe in every URL and on every filesystem (no case twins), and
 * not a Windows device name (`con`, `nul`, `lpt1`, …), which no Windows checkout can create.
 */
const SLUG = /^(?!(con|prn|aux|nul|com\d|lpt\d)$)[a-z0-9]+(-[a-z0-9]+)*$/;

function notSlug(ctx: Ctx, path: string, name: string, expected: { id: string; en: string }): void {
  const odd = [...name].find((ch) => !/[a-z0-9.-]/.test(ch));
  ctx.errors.push({
    code: 'name-not-slug',
    file: display(ctx, path),
    expected,
    found:
      odd && odd.codePointAt(0)! > 0x7e
        ? `${name} (U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
        : name,
    message: {
      id: `Nama "${name}" bukan slug: pakai hanya huruf kecil a-z, angka 0-9 dan tanda hubung (mis. dinsos-kota-contoh). Nama lain merusak tautan dan bentrok di Windows/macOS.`,
      en: `The name "${name}" is not a slug: use only lowercase a-z, digits 0-9 and hyphens (e.g. dinsos-kota-contoh). Other names break links and collide on Windows/macOS.`,
    },
  });
}

function readYamlFile<T>(ctx: Ctx, path: string, schema: ZodType<T>): T | undefined {
  const file = display(ctx, path);
  const text = readText(ctx, path, 'yamlBytes');
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
  const entries = ctx.fs.folder(dir) ? (ctx.fs.list(dir) ?? []) : [];
  const files: string[] = [];
  for (const { name, path, kind } of entries) {
    // Links and special files were reported while listing.
    if (kind === 'symlink' || kind === 'special' || kind === 'error') continue;
    if (NOTE_FILES.has(name) && kind === 'file') continue;
    if (!name.endsWith('.yaml') || kind === 'dir') {
      unknownFile(ctx, path, {
        id: 'berkas <slug>.yaml (ekstensi .yaml, bukan .yml)',
        en: 'a <slug>.yaml file (extension .yaml, not .yml)',
      });
    } else if (!SLUG.test(slugOf(name))) {
      notSlug(ctx, path, name, { id: '<slug>.yaml, mis. kota-contoh.yaml', en: '<slug>.yaml, e.g. kota-contoh.yaml' });
    } else {
      files.push(name);
    }
  }
  return files;
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
  // The first spelling of each province address (`provinceSlug`), and the file it came from.
  const spellings = new Map<string, { provinsi: string; file: string }>();
  return yamlFiles(ctx, dir).flatMap((f) => {
    const data = readYamlFile(ctx, join(dir, f), regionSchema);
    if (!data) {
      unreadable.regions.add(slugOf(f));
      return [];
    }
    const first = spellings.get(provinceSlug(data.provinsi));
    if (!first) spellings.set(provinceSlug(data.provinsi), { provinsi: data.provinsi, file: f });
    else if (first.provinsi !== data.provinsi) {
      ctx.errors.push({
        code: 'province-spelling',
        file: display(ctx, join(dir, f)),
        field: 'provinsi',
        expected: {
          id: `"${first.provinsi}" (seperti di content/wilayah/${first.file})`,
          en: `"${first.provinsi}" (as in content/wilayah/${first.file})`,
        },
        found: data.provinsi,
        message: {
          id: `Provinsi "${data.provinsi}" dan "${first.provinsi}" menjadi satu alamat (${provinceSlug(data.provinsi)}); tulis satu ejaan.`,
          en: `Provinces "${data.provinsi}" and "${first.provinsi}" give one address (${provinceSlug(data.provinsi)}); use one spelling.`,
        },
      });
      // Left out like an unreadable file: its agencies get no second error for the same mistake.
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
  /** Nomenclature codes and their level (reviewed code links must name one); absent without content/nomenklatur/. */
  codes?: ReadonlyMap<string, NomenclatureLevel>;
}

/** The entries of a report's `tabel/` folder (none when it has no such folder). */
export function extraTableEntries(fs: ContentFiles, dir: string): Entry[] {
  const tableDir = join(dir, 'tabel');
  return fs.kind(tableDir) === 'dir' ? (fs.list(tableDir) ?? []) : [];
}

/**
 * The bytes of a report's tables (its CSV files and `tabel/*.csv`), from their sizes: what the output budget is
 * measured against, before reading (here) and after the build (src/lib/bangun/keluaran.ts).
 */
export function reportTableBytes(fs: ContentFiles, entries: readonly Entry[], tableEntries: readonly Entry[]): number {
  return [...entries, ...tableEntries]
    .filter((e) => e.kind === 'file' && e.name.endsWith('.csv'))
    .reduce((sum, e) => sum + fs.size(e.path), 0);
}

function loadReportFolder(ctx: Ctx, dir: string, agencySlug: string, refs: RefSets): Report | undefined {
  const folder = dir.split(sep).pop() ?? '';
  const metaPath = join(dir, 'laporan.yaml');
  const entries = ctx.fs.list(dir);
  if (entries === undefined) return undefined;
  const metaKind = ctx.fs.kind(metaPath);
  if (metaKind === 'missing') {
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
  // The output budget, checked on the sizes (lstat) before any table is read.
  const tableEntries = extraTableEntries(ctx.fs, dir);
  const totalBytes = reportTableBytes(ctx.fs, entries, tableEntries);
  if (totalBytes > LIMITS.reportBytes.value) {
    ctx.errors.push({
      code: 'report-too-large',
      file: display(ctx, dir),
      expected: {
        id: `tabel-tabel laporan paling besar ${LIMITS.reportBytes.value} bita bersama-sama`,
        en: `the report's tables at most ${LIMITS.reportBytes.value} bytes together`,
      },
      found: `${totalBytes} bytes`,
      message: {
        id: `Tabel-tabel laporan ini bersama-sama ${totalBytes} bita, melebihi anggaran keluaran per laporan (${LIMITS.reportBytes.value}; ${LIMITS.reportBytes.reason.id}). Periksa apakah ada berkas yang salah.`,
        en: `This report's tables add up to ${totalBytes} bytes, above the output budget per report (${LIMITS.reportBytes.value}; ${LIMITS.reportBytes.reason.en}). Check for a wrong file.`,
      },
    });
    return undefined;
  }
  const metaFile =
    metaKind === 'file' ? readYamlFile(ctx, metaPath, reportSchema) : (ctx.fs.refuse(metaPath, metaKind), undefined);

  const tables: Partial<Record<CsvFileName, CsvTable>> = {};
  /** CSV files that are missing (when required) or could not be read whole: references into them are not checked. */
  const unreadableTables = new Set<CsvFileName>();
  const present = new Map(entries.map((e) => [e.name, e]));
  for (const { name, path, kind } of entries) {
    if (kind === 'symlink' || kind === 'special' || kind === 'error') continue;
    if (name === 'laporan.yaml' || NOTE_FILES.has(name)) continue;
    if (name === 'tabel' && kind === 'dir') continue;
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
    const text = readText(ctx, path, 'csvBytes');
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
  const document = readDocument(ctx, metaFile.dokumen.berkas);
  const documentLines = typeof document === 'object' ? document.lines : undefined;
  if (document === 'missing') {
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
    ...(metaFile.tautan_kode.length > 0
      ? {
          codeReviews: metaFile.tautan_kode.map((r) => ({ file: r.berkas, id: r.id, kode: r.kode, reason: r.alasan })),
        }
      : {}),
  };

  if (documentLines !== undefined) {
    metaFile.tabel_tambahan.forEach((t, i) => {
      if (t.sumber_baris !== undefined && t.sumber_baris > documentLines) {
        ctx.errors.push(lineBeyond(metaDisplay, `tabel_tambahan[${i}].sumber_baris`, t.sumber_baris, documentLines));
      }
    });
  }
  const extraTables = loadExtraTables(ctx, dir, meta, tableEntries);
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
      ...(typeof document === 'object' ? { documentText: document.text } : {}),
    },
    ctx.errors,
  );
  ctx.errors.push(...checkCodeReviews(report, metaDisplay, refs.codes));
  return report;
}

/** `sumber_baris` past the document's last line: the link would point at an anchor that does not exist. */
export function lineBeyond(file: string, field: string, line: number, lines: number): ContentError {
  return {
    code: 'field-invalid',
    file,
    field,
    expected: { id: `1–${lines}`, en: `1–${lines}` },
    found: String(line),
    message: {
      id: `Baris ${line} di luar dokumen sumber (${lines} baris). Periksa nomor barisnya.`,
      en: `Line ${line} is beyond the source document (${lines} lines). Check the line number.`,
    },
  };
}

/**
 * A source document's text, checked once however many reports cite it: a plain UTF-8 file inside content/dokumen/,
 * within its size limit, every line under the text rules (teks.ts). Its line count uses `splitLines`, the rule the
 * published page uses too.
 */
function readDocument(ctx: Ctx, name: string): DocumentText | 'missing' | 'unreadable' {
  const known = ctx.documents.get(name);
  if (known !== undefined) return known;
  const dir = join(ctx.contentRoot, 'dokumen');
  const path = join(dir, name);
  let result: DocumentText | 'missing' | 'unreadable' = 'unreadable';
  if (!ctx.fs.folder(dir)) {
    result = ctx.fs.kind(dir) === 'missing' ? 'missing' : 'unreadable';
  } else if (ctx.fs.kind(path) === 'missing') {
    result = 'missing';
  } else {
    const text = readText(ctx, path, 'documentBytes');
    if (text !== undefined) {
      const lines = splitLines(text);
      const bad = lines.findIndex((line) => textProblem(line, 'document') !== undefined);
      if (bad >= 0) {
        const problem = textProblem(lines[bad] ?? '', 'document')!;
        ctx.errors.push({
          code: problem.code,
          file: display(ctx, path),
          row: bad + 1,
          expected:
            problem.code === 'html-in-text'
              ? {
                  id: 'teks tanpa HTML (selain tag format hasil ekstraksi PDF)',
                  en: "text without HTML (other than the PDF extraction's formatting tags)",
                }
              : { id: 'teks biasa yang terlihat', en: 'plain visible text' },
          found: problem.code === 'html-in-text' ? problem.found : `${problem.found} at position ${problem.index + 1}`,
          message: textProblemMessage(problem, {
            id: `Baris ${bad + 1} dokumen`,
            en: `Line ${bad + 1} of the document`,
          }),
        });
      } else {
        result = { lines: lines.length, text: lines };
      }
    }
  }
  ctx.documents.set(name, result);
  return result;
}

/**
 * The lines of a source document as the page publishes them: read through the same containment and decoding as
 * validation, split by the same rule (`splitLines`), so every `sumber_baris` the validator accepted is an anchor.
 * Throws `ContentValidationError` if the file is not what validation accepted (it cannot be, after a valid load).
 */
export function readDocumentLines(contentRoot: string, name: string): string[] {
  const errors: ContentError[] = [];
  const fs = new ContentFiles(contentRoot, errors);
  const dir = join(contentRoot, 'dokumen');
  const path = join(dir, name);
  const bytes = fs.folder(dir) ? fs.read(path, 'documentBytes') : undefined;
  const { value } = bytes ? decodeUtf8(fs.display(path), bytes) : { value: undefined };
  if (value === undefined || errors.length > 0) {
    throw new ContentValidationError(
      errors.length > 0
        ? errors
        : [
            {
              code: 'file-missing',
              file: fs.display(path),
              message: { id: 'Dokumen sumber tidak dapat dibaca.', en: 'The source document cannot be read.' },
            },
          ],
    );
  }
  return splitLines(value);
}

function loadExtraTables(ctx: Ctx, dir: string, meta: ReportMeta, onDisk: Entry[]): Report['extraTables'] {
  const tableDir = join(dir, 'tabel');
  const declared = new Map(meta.extraTables.map((t) => [t.file, t]));
  for (const { name, kind } of onDisk) {
    if (kind === 'symlink' || kind === 'special' || kind === 'error') continue;
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
  const folderKind = ctx.fs.kind(tableDir);
  // A link or special file in place of tabel/ was reported while listing the report folder.
  if (folderKind !== 'dir' && folderKind !== 'missing') return [];
  return meta.extraTables.flatMap((t) => {
    const path = join(dir, t.file);
    if (ctx.fs.kind(path) === 'missing') {
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
    const text = readText(ctx, path, 'csvBytes');
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

function newCtx(contentRoot: string, errors: ContentError[]): Ctx {
  return { contentRoot, fs: new ContentFiles(contentRoot, errors), errors, documents: new Map() };
}

export function loadShared(contentRoot: string): SharedContent {
  const errors: ContentError[] = [];
  const ctx = newCtx(contentRoot, errors);
  const unreadable: Unreadable = { regions: new Set(), agencies: new Set(), scales: new Set() };
  const empty: SharedContent = {
    contentRoot,
    regions: [],
    agencies: [],
    scales: [],
    refs: { agencies: new Map(), scales: new Map(), unreadable },
    errors,
  };
  if (!ctx.fs.folder(contentRoot)) {
    if (ctx.fs.kind(contentRoot) === 'missing') {
      errors.push({
        code: 'file-missing',
        file: display(ctx, contentRoot),
        expected: { id: 'folder konten', en: 'the content folder' },
        message: { id: 'Folder konten tidak ada.', en: 'The content folder does not exist.' },
      });
    }
    return empty;
  }
  const regions = loadRegions(ctx, contentRoot, unreadable);
  const agencies = loadAgencies(ctx, contentRoot, regions, unreadable);
  const scales = loadScales(ctx, contentRoot, unreadable);
  const refs: RefSets = {
    agencies: new Map(agencies.map((a) => [a.slug, a])),
    scales: new Map(scales.map((s) => [s.slug, s])),
    unreadable,
  };
  const nomenclature = loadNomenclature(contentRoot, ctx.fs, ctx.errors, (name) => {
    const document = readDocument(ctx, name);
    return typeof document === 'object' ? document.lines : undefined;
  });
  if (nomenclature) refs.codes = new Map(nomenclature.entries.map((e) => [e.kode, e.level]));
  return { contentRoot, regions, agencies, scales, ...(nomenclature ? { nomenclature } : {}), refs, errors };
}

/** A report folder: `laporan/<agency>/<folder>/`. */
export interface ReportFolder {
  agency: string;
  folder: string;
  dir: string;
}

/**
 * Report folders in sorted order (agency, then folder), without reading them. Misplaced files, links and names
 * that are not slugs are pushed to `shared.errors` (they belong to no report).
 */
export function reportFolders(shared: SharedContent, options: LoadOptions = {}): ReportFolder[] {
  const { contentRoot } = shared;
  const ctx = newCtx(contentRoot, shared.errors);
  const reportsRoot = join(contentRoot, 'laporan');
  const only = options.only
    ? relative(reportsRoot, join(contentRoot, '..', options.only))
        .split(sep)
        .join('/')
    : '';
  /** Whether `rel` (`agency` or `agency/folder`) is, holds, or lies inside what `only` selects. */
  const wanted = (rel: string) =>
    only === '' || rel === only || rel.startsWith(`${only}/`) || only.startsWith(`${rel}/`);
  const folders: ReportFolder[] = [];
  if (!ctx.fs.folder(reportsRoot)) return folders;
  const misplaced = {
    id: 'folder laporan/<instansi>/<tahun>-<jenis>[-<periode>]/',
    en: 'a folder laporan/<agency>/<year>-<type>[-<period>]/',
  };
  for (const { name: agencySlug, path: agencyDir, kind } of ctx.fs.list(reportsRoot) ?? []) {
    if (kind === 'symlink' || kind === 'special' || kind === 'error' || !wanted(agencySlug)) continue;
    if (kind !== 'dir') {
      if (!NOTE_FILES.has(agencySlug)) unknownFile(ctx, agencyDir, misplaced);
      continue;
    }
    if (!SLUG.test(agencySlug)) {
      notSlug(ctx, agencyDir, agencySlug, {
        id: 'folder laporan/<slug-instansi>/',
        en: 'a folder laporan/<agency-slug>/',
      });
      continue;
    }
    for (const { name: folder, path: dir, kind: folderKind } of ctx.fs.list(agencyDir) ?? []) {
      const rel = `${agencySlug}/${folder}`;
      if (folderKind === 'symlink' || folderKind === 'special' || folderKind === 'error' || !wanted(rel)) continue;
      if (folderKind !== 'dir') {
        // A report's files put directly in the agency folder would never be read.
        if (!NOTE_FILES.has(folder)) unknownFile(ctx, dir, misplaced);
        continue;
      }
      folders.push({ agency: agencySlug, folder, dir });
    }
  }
  return folders;
}

/** Read and validate one report folder against the shared files. Errors are sorted by file and row. */
export function loadReport(
  shared: SharedContent,
  folder: ReportFolder,
): { report: Report | undefined; errors: ContentError[] } {
  const ctx = newCtx(shared.contentRoot, []);
  const report = loadReportFolder(ctx, folder.dir, folder.agency, shared.refs);
  return { report, errors: sortErrors(ctx.errors) };
}

/** What makes two reports the same one: two folders (`2024-lkjip` and `2024-lkjip-tahunan`) must not share it. */
export type ReportIdentity = Pick<ReportMeta, 'agency' | 'year' | 'type' | 'period'>;

export function identityKey({ agency, year, type, period }: ReportIdentity): string {
  return `${agency} ${year} ${type} ${period}`;
}

/** The error for report `id` whose identity an earlier folder `firstId` already holds (it would be published twice). */
export function duplicateReport(id: string, identity: ReportIdentity, firstId: string): ContentError {
  const { agency, year, type, period } = identity;
  return {
    code: 'duplicate-report',
    file: `content/laporan/${id}/laporan.yaml`,
    expected: { id: 'satu folder per laporan', en: 'one folder per report' },
    found: `content/laporan/${firstId}/`,
    message: {
      id: `Laporan yang sama (${agency}, ${year}, ${type}, ${period}) sudah ada di content/laporan/${firstId}/. Hapus salah satu folder.`,
      en: `The same report (${agency}, ${year}, ${type}, ${period}) is already in content/laporan/${firstId}/. Remove one of the folders.`,
    },
  };
}

/** Load and validate all of `content/`. Errors are sorted by file and row. */
export function loadContent(contentRoot: string, options: LoadOptions = {}): LoadResult {
  const shared = loadShared(contentRoot);
  const errors = shared.errors;
  const reports: Report[] = [];
  const seen = new Map<string, string>();
  for (const folder of reportFolders(shared, options)) {
    const loaded = loadReport(shared, folder);
    errors.push(...loaded.errors);
    if (!loaded.report) continue;
    const key = identityKey(loaded.report.meta);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(duplicateReport(loaded.report.id, loaded.report.meta, first));
      continue;
    }
    seen.set(key, loaded.report.id);
    reports.push(loaded.report);
  }
  const { regions, agencies, scales, nomenclature } = shared;
  return {
    content: { regions, agencies, scales, reports, ...(nomenclature ? { nomenclature } : {}) },
    errors: sortErrors(errors),
  };
}

export type { TreeLevel, TreeNode, BudgetLevel, BudgetLine, Indicator };
