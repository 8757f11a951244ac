/**
 * Assemble one report from its parsed CSV tables: read every row into the model, then check references
 * (parents, indicators, scales), uniqueness, levels and years. Every problem becomes a located error.
 */
import type { ValueKind } from '../angka/types.ts';
import type {
  Benchmark,
  BudgetLine,
  EfficiencyRow,
  Indicator,
  IndicatorValue,
  Narrative,
  PlanRow,
  PrintedSummary,
  Report,
  ReportMeta,
  TreeNode,
} from '../model.ts';
import type { CsvTable } from './berkas.ts';
import type { ContentError } from './galat.ts';
import type { RefSets } from './muat.ts';
import { RowReader } from './sel.ts';
import {
  budgetLevels,
  budgetRoles,
  csvFiles,
  type CsvFileName,
  narrativeKinds,
  periods,
  polarities,
  summaryKinds,
  treeLevels,
  valueKinds,
  valueRoles,
} from './skema.ts';

interface AssembleInput {
  id: string;
  slug: string;
  meta: ReportMeta;
  tables: Partial<Record<CsvFileName, CsvTable>>;
  extraTables: Report['extraTables'];
  /** CSV files that are missing or could not be read whole (their errors are reported): no references into them. */
  unreadable: ReadonlySet<CsvFileName>;
  refs: RefSets;
  /** Number of lines of the source document's text, when it exists: `sumber_baris` must point inside it. */
  documentLines?: number;
  /** The source document's lines (line N = index N − 1): a figure that does not read is compared with its line. */
  documentText?: readonly string[];
}

/**
 * The ids a reference may point to, or `undefined` when they cannot be known (the file could not be read whole).
 * Ids of rows that have errors of their own still count: a broken row gives one error, not one per reference to it.
 */
type Known = Set<string> | undefined;

function knownIds(input: AssembleInput, name: CsvFileName, column: string): Known {
  if (input.unreadable.has(name)) return undefined;
  return new Set(
    (input.tables[name]?.records ?? []).map((r) => (r.cells[column] ?? '').trim()).filter((v) => v !== ''),
  );
}

function union(...sets: Known[]): Known {
  if (sets.some((s) => s === undefined)) return undefined;
  return new Set(sets.flatMap((s) => [...(s ?? [])]));
}

type Rows<T> = { value: T; reader: RowReader }[];

function fileOf(input: AssembleInput, name: CsvFileName): string {
  return `content/laporan/${input.id}/${name}`;
}

/** Read every record of one CSV with `read`; rows that produced errors are dropped (and reported). */
function readRows<T>(
  input: AssembleInput,
  name: CsvFileName,
  errors: ContentError[],
  read: (r: RowReader) => T | undefined,
): Rows<T> {
  const table = input.tables[name];
  if (!table) return [];
  const file = fileOf(input, name);
  const out: Rows<T> = [];
  for (const record of table.records) {
    const before = errors.length;
    // A file saved the Excel way in an Indonesian locale (`;`) has decimal commas, whatever the report declares.
    const reader = new RowReader(
      file,
      table.header,
      record,
      errors,
      table.numberFormat ?? input.meta.numberFormat,
      input.documentText,
    );
    reader.checkOverrides(csvFiles[name].figures);
    const value = read(reader);
    const line = (value as { source?: { line?: number } } | undefined)?.source?.line;
    if (line !== undefined && input.documentLines !== undefined && line > input.documentLines) {
      reader.error(
        'sumber_baris',
        'field-invalid',
        {
          id: `Baris ${line} di luar dokumen sumber (${input.documentLines} baris). Periksa nomor barisnya.`,
          en: `Line ${line} is beyond the source document (${input.documentLines} lines). Check the line number.`,
        },
        { id: `1–${input.documentLines}`, en: `1–${input.documentLines}` },
      );
    }
    if (value !== undefined && errors.length === before) out.push({ value, reader });
  }
  return out;
}

const has = <T>(v: T | undefined): v is T => v !== undefined;

function checkUnique<T>(rows: Rows<T>, key: (v: T) => string, column: string): void {
  const seen = new Map<string, number>();
  for (const { value, reader } of rows) {
    const k = key(value);
    const first = seen.get(k);
    if (first !== undefined) {
      reader.error(
        column,
        'duplicate-id',
        {
          id: `"${k}" sudah dipakai di baris ${first}. Setiap baris harus punya pengenal unik.`,
          en: `"${k}" is already used on row ${first}. Every row needs a unique identifier.`,
        },
        { id: 'pengenal unik', en: 'a unique identifier' },
      );
    } else {
      seen.set(k, reader.row);
    }
  }
}

/** Parents must exist, sit at a higher level, and not loop back. `known`: every id in the file (see `Known`). */
function checkHierarchy<T extends { parent?: string; level: string }>(
  rows: Rows<T>,
  idOf: (v: T) => string,
  levels: readonly string[],
  what: { id: string; en: string },
  known: Known,
): void {
  const byId = new Map(rows.map((r) => [idOf(r.value), r.value]));
  for (const { value, reader } of rows) {
    if (value.parent === undefined) continue;
    const parent = byId.get(value.parent);
    if (!parent && (known === undefined || known.has(value.parent))) continue;
    if (!parent) {
      reader.error(
        'induk',
        'missing-parent',
        {
          id: `Induk "${value.parent}" tidak ditemukan di ${what.id}. Tambahkan baris induknya atau perbaiki kolom induk.`,
          en: `Parent "${value.parent}" not found in ${what.en}. Add the parent row or fix the induk column.`,
        },
        { id: 'pengenal baris lain di berkas ini', en: 'the id of another row in this file' },
      );
      continue;
    }
    if (levels.indexOf(parent.level) >= levels.indexOf(value.level)) {
      reader.error(
        'tingkat',
        'parent-level',
        {
          id: `Tingkat "${value.level}" tidak boleh berada di bawah "${parent.level}" (${value.parent}).`,
          en: `Level "${value.level}" cannot sit under "${parent.level}" (${value.parent}).`,
        },
        {
          id: `tingkat di bawah ${parent.level}: ${levels.slice(levels.indexOf(parent.level) + 1).join(', ')}`,
          en: `a level below ${parent.level}: ${levels.slice(levels.indexOf(parent.level) + 1).join(', ')}`,
        },
      );
    }
  }
}

function checkYear(meta: ReportMeta, reader: RowReader, year: number | undefined): void {
  if (year === undefined) return;
  const { from, to } = meta.dataYears;
  if (year < from || year > to) {
    reader.error(
      'tahun',
      'year-outside-report',
      {
        id: `Tahun ${year} di luar rentang laporan (${from}–${to}). Perbaiki tahun atau perluas tahun_data di laporan.yaml.`,
        en: `Year ${year} is outside the report's range (${from}–${to}). Fix the year or widen tahun_data in laporan.yaml.`,
      },
      { id: `${from}–${to}`, en: `${from}–${to}` },
    );
  }
}

function reference(
  reader: RowReader,
  column: string,
  value: string | undefined,
  known: Known,
  where: { id: string; en: string },
): void {
  if (value === undefined || known === undefined || known.has(value)) return;
  reader.error(
    column,
    'unknown-reference',
    {
      id: `"${value}" tidak ditemukan di ${where.id}.`,
      en: `"${value}" was not found in ${where.en}.`,
    },
    { id: `pengenal yang ada di ${where.id}`, en: `an id that exists in ${where.en}` },
  );
}

/** The optional `tahun` column: defaults to the report year, must lie within tahun_data. */
function rowYear(meta: ReportMeta, r: RowReader): number | undefined {
  if (r.raw('tahun') === '') return meta.year;
  const year = r.integer('tahun', false);
  checkYear(meta, r, year);
  return year;
}

/**
 * An indicator's name is also its key across reports (`/indikator/<key>/`, from its Latin letters and digits): a
 * name with none (`%`, a word in Cyrillic only) would have an empty key and no page of its own.
 */
function keyedName(r: RowReader, nama: string | undefined): string | undefined {
  if (nama === undefined || /[a-z0-9]/i.test(nama.normalize('NFKD'))) return nama;
  return r.error(
    'nama',
    'field-invalid',
    {
      id: 'Nama indikator harus memuat huruf Latin atau angka: nama itu juga menjadi alamat halamannya (/indikator/<nama>/).',
      en: "An indicator's name must contain a Latin letter or digit: it is also its page address (/indikator/<name>/).",
    },
    { id: 'nama dengan huruf a-z atau angka', en: 'a name with letters a-z or digits' },
  );
}

const figureKindForSummary = (kind: string): ValueKind => (kind.startsWith('total') ? 'angka' : 'persen');

export function assembleReport(input: AssembleInput, errors: ContentError[]): Report {
  const { meta, refs } = input;

  const tree = readRows(input, 'pohon-kinerja.csv', errors, (r): TreeNode | undefined => {
    const kode = r.requiredText('kode');
    const level = r.oneOf('tingkat', treeLevels);
    const parent = r.text('induk');
    const nama = r.requiredText('nama');
    const budgetCode = r.text('kode_anggaran');
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    if (!kode || !level || !nama || !table) return undefined;
    return { kode, level, nama, source, ...(parent ? { parent } : {}), ...(budgetCode ? { budgetCode } : {}) };
  });
  const treeCodes = knownIds(input, 'pohon-kinerja.csv', 'kode');
  checkUnique(tree, (n) => n.kode, 'kode');
  checkHierarchy(tree, (n) => n.kode, treeLevels, { id: 'pohon-kinerja.csv', en: 'pohon-kinerja.csv' }, treeCodes);
  const indicatorCodes = knownIds(input, 'indikator.csv', 'kode');

  const indicators = readRows(input, 'indikator.csv', errors, (r): Indicator | undefined => {
    const kode = r.requiredText('kode');
    const node = r.requiredText('induk');
    const nama = keyedName(r, r.requiredText('nama'));
    const valueKind = r.oneOf('jenis_nilai', valueKinds);
    const polarity = r.oneOf('polaritas', polarities);
    const order = r.text('urutan');
    const polarityNote = r.text('catatan_polaritas');
    const iku = r.oneOf('iku', ['ya', 'tidak'] as const, 'tidak');
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    reference(r, 'induk', node, treeCodes, { id: 'pohon-kinerja.csv', en: 'pohon-kinerja.csv' });
    if (valueKind === 'ordinal' && !(order && refs.unreadable.scales.has(order))) {
      const scale = order ? refs.scales.get(order) : undefined;
      if (!scale || scale.jenis !== 'ordinal') {
        r.error(
          'urutan',
          !order ? 'field-required' : scale ? 'scale-kind' : 'unknown-scale',
          scale
            ? {
                id: `Skala "${order}" adalah skala ${scale.jenis}, bukan urutan ordinal (mis. kla, ape-pug).`,
                en: `Scale "${order}" is a ${scale.jenis} scale, not an ordinal order (e.g. kla, ape-pug).`,
              }
            : order
              ? {
                  id: `Skala "${order}" tidak ada di content/skala/. Periksa ejaan atau tambahkan skalanya.`,
                  en: `Scale "${order}" does not exist in content/skala/. Check the spelling or add the scale.`,
                }
              : {
                  id: 'Indikator ordinal memerlukan kolom urutan: nama skala ordinal di content/skala/ (mis. kla, ape-pug).',
                  en: 'An ordinal indicator needs the urutan column: an ordinal scale in content/skala/ (e.g. kla, ape-pug).',
                },
          { id: 'skala ordinal', en: 'an ordinal scale' },
        );
      }
    }
    if (!kode || !node || !nama || !valueKind || !polarity || !table) return undefined;
    return {
      kode,
      node,
      nama,
      satuan: r.raw('satuan'),
      valueKind,
      polarity,
      iku: iku === 'ya',
      source,
      ...(order ? { order } : {}),
      ...(polarityNote ? { polarityNote } : {}),
    };
  });
  checkUnique(indicators, (i) => i.kode, 'kode');
  const indicatorByCode = new Map(indicators.map((i) => [i.value.kode, i.value]));

  const kindOf = (r: RowReader, code: string | undefined): ValueKind | undefined => {
    if (code === undefined) return undefined;
    const indicator = indicatorByCode.get(code);
    if (!indicator) {
      reference(r, 'indikator', code, indicatorCodes, { id: 'indikator.csv', en: 'indikator.csv' });
      return undefined;
    }
    return indicator.valueKind;
  };

  const values = readRows(input, 'nilai.csv', errors, (r): IndicatorValue | undefined => {
    const indicator = r.requiredText('indikator');
    const year = r.integer('tahun', true);
    const period = r.oneOf('periode', periods, 'tahunan');
    const role = r.oneOf('peran', valueRoles);
    const kind = kindOf(r, indicator);
    checkYear(meta, r, year);
    // Indicator values may be negative (a growth rate of −0,5%); only money cannot.
    const target = kind ? r.figure('target', kind, { allowNegative: true }) : undefined;
    const realisasi = kind ? r.figure('realisasi', kind, { allowNegative: true }) : undefined;
    const printedCapaian = r.figure('capaian_tercetak', 'persen', { allowNegative: true });
    const printedPredicate = r.text('predikat_tercetak');
    const lost = r.oneOf('hilang_dari_sumber', ['ya', 'tidak'] as const, 'tidak') === 'ya';
    if (lost) {
      for (const column of ['target', 'realisasi', 'capaian_tercetak'] as const) {
        if (r.raw(column) !== '') {
          r.error(column, 'field-invalid', {
            id: `Baris yang hilang dari sumber (hilang_dari_sumber = ya) tidak punya angka; kosongkan kolom "${column}".`,
            en: `A row lost from the source (hilang_dari_sumber = ya) has no figures; leave "${column}" empty.`,
          });
        }
      }
    }
    const note = r.text('catatan');
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    if (!indicator || year === undefined || !period || !role || !kind || !table) return undefined;
    return {
      indicator,
      year,
      period,
      role,
      source,
      ...(target ? { target } : {}),
      ...(realisasi ? { realisasi } : {}),
      ...(printedCapaian ? { printedCapaian } : {}),
      ...(printedPredicate ? { printedPredicate } : {}),
      ...(lost ? { lostFromSource: true } : {}),
      ...(note ? { note } : {}),
    };
  });
  checkUnique(values, (v) => `${v.indicator} ${v.year} ${v.period} ${v.role} ${v.source.table}`, 'indikator');

  const budget = readRows(input, 'anggaran.csv', errors, (r): BudgetLine | undefined => {
    const id = r.requiredText('id');
    const parent = r.text('induk');
    const level = r.oneOf('tingkat', budgetLevels);
    const kode = r.text('kode');
    const nama = r.requiredText('nama');
    const pagu = r.figure('pagu', 'angka');
    const realisasi = r.figure('realisasi', 'angka');
    const printedPercent = r.figure('persen_tercetak', 'persen');
    const sumberDana = r.text('sumber_dana');
    const role = r.oneOf('peran', budgetRoles);
    const year = rowYear(meta, r);
    const note = r.text('catatan');
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    if (!id || !level || !nama || !role || !table || year === undefined) return undefined;
    return {
      id,
      level,
      nama,
      role,
      year,
      source,
      ...(note ? { note } : {}),
      ...(parent ? { parent } : {}),
      ...(kode ? { kode } : {}),
      ...(pagu ? { pagu } : {}),
      ...(realisasi ? { realisasi } : {}),
      ...(printedPercent ? { printedPercent } : {}),
      ...(sumberDana ? { sumberDana } : {}),
    };
  });
  const budgetIds = knownIds(input, 'anggaran.csv', 'id');
  checkUnique(budget, (b) => b.id, 'id');
  checkHierarchy(budget, (b) => b.id, budgetLevels, { id: 'anggaran.csv', en: 'anggaran.csv' }, budgetIds);

  const benchmarks = readRows(input, 'pembanding.csv', errors, (r): Benchmark | undefined => {
    const indicator = r.requiredText('indikator');
    const year = r.integer('tahun', true);
    const label = r.requiredText('pembanding');
    const kind = kindOf(r, indicator);
    const value = kind ? r.figure('nilai', kind, { allowNegative: true }) : undefined;
    if (kind && !value && r.raw('nilai') === '') {
      r.error('nilai', 'field-required', { id: 'Kolom "nilai" wajib diisi.', en: 'Column "nilai" must not be empty.' });
    }
    const note = r.text('catatan');
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    if (!indicator || year === undefined || !label || !value || !table) return undefined;
    return { indicator, year, label, value, source, ...(note ? { note } : {}) };
  });

  const scopeKnown = (extra: Known): Known => union(new Set(['laporan']), treeCodes, extra);

  const efficiency = readRows(input, 'efisiensi.csv', errors, (r): EfficiencyRow | undefined => {
    const scope = r.requiredText('lingkup');
    reference(r, 'lingkup', scope, scopeKnown(indicatorCodes), {
      id: 'pohon-kinerja.csv / indikator.csv (atau "laporan")',
      en: 'pohon-kinerja.csv / indikator.csv (or "laporan")',
    });
    const year = rowYear(meta, r);
    const row: EfficiencyRow = {
      scope: scope ?? '',
      year: year ?? meta.year,
      source: r.source(r.requiredText('sumber_tabel')),
    };
    const figures = [
      ['capaian_tercetak', 'printedCapaian', 'persen'],
      ['pagu', 'pagu', 'angka'],
      ['realisasi', 'realisasi', 'angka'],
      ['serapan_tercetak', 'printedSerapan', 'persen'],
      ['efisiensi_tercetak', 'printedEfficiency', 'persen'],
    ] as const;
    for (const [column, key, kind] of figures) {
      const value = r.figure(column, kind, { allowNegative: column === 'efisiensi_tercetak' });
      if (value) row[key] = value;
    }
    const note = r.text('catatan');
    if (note) row.note = note;
    return scope ? row : undefined;
  });

  const summaries = readRows(input, 'ringkasan.csv', errors, (r): PrintedSummary | undefined => {
    const scope = r.requiredText('lingkup');
    const kind = r.oneOf('jenis', summaryKinds);
    reference(r, 'lingkup', scope, scopeKnown(budgetIds), {
      id: 'pohon-kinerja.csv / anggaran.csv (atau "laporan")',
      en: 'pohon-kinerja.csv / anggaran.csv (or "laporan")',
    });
    const value = kind ? r.figure('nilai', figureKindForSummary(kind)) : undefined;
    if (kind && !value && r.raw('nilai') === '') {
      r.error('nilai', 'field-required', { id: 'Kolom "nilai" wajib diisi.', en: 'Column "nilai" must not be empty.' });
    }
    const year = rowYear(meta, r);
    const printedPredicate = r.text('predikat_tercetak');
    const note = r.text('catatan');
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    if (!scope || !kind || !value || !table || year === undefined) return undefined;
    return {
      scope,
      kind,
      value,
      year,
      source,
      ...(printedPredicate ? { printedPredicate } : {}),
      ...(note ? { note } : {}),
    };
  });

  const narratives = readRows(input, 'narasi.csv', errors, (r): Narrative | undefined => {
    const scope = r.requiredText('lingkup');
    reference(r, 'lingkup', scope, scopeKnown(indicatorCodes), {
      id: 'indikator.csv / pohon-kinerja.csv (atau "laporan")',
      en: 'indikator.csv / pohon-kinerja.csv (or "laporan")',
    });
    const kind = r.oneOf('jenis', narrativeKinds);
    const text = r.requiredText('teks');
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    if (!scope || !kind || !text || !table) return undefined;
    return { scope, kind, text, source };
  });

  const plan = readRows(input, 'rencana.csv', errors, (r): PlanRow | undefined => {
    const id = r.requiredText('id');
    const parent = r.text('induk');
    const level = r.oneOf('tingkat', budgetLevels);
    const nama = r.requiredText('nama');
    const row: Partial<PlanRow> = {};
    for (const [column, key] of [
      ['kode', 'kode'],
      ['indikator', 'indikator'],
      ['target', 'target'],
      ['satuan', 'satuan'],
      ['sumber_dana', 'sumberDana'],
      ['lokasi', 'lokasi'],
      ['target_berikutnya', 'targetNext'],
      ['catatan', 'note'],
    ] as const) {
      const value = r.text(column);
      if (value) row[key] = value;
    }
    const pagu = r.figure('pagu_indikatif', 'angka');
    const paguNext = r.figure('pagu_berikutnya', 'angka');
    const year = rowYear(meta, r);
    const table = r.requiredText('sumber_tabel');
    const source = r.source(table);
    if (!id || !level || !nama || !table || year === undefined) return undefined;
    return {
      ...row,
      id,
      year,
      level,
      nama,
      source,
      ...(parent ? { parent } : {}),
      ...(pagu ? { paguIndikatif: pagu } : {}),
      ...(paguNext ? { paguNext } : {}),
    };
  });
  checkUnique(plan, (p) => p.id, 'id');
  checkHierarchy(
    plan,
    (p) => p.id,
    budgetLevels,
    { id: 'rencana.csv', en: 'rencana.csv' },
    knownIds(input, 'rencana.csv', 'id'),
  );

  const rowCounts: Record<string, number> = {};
  for (const [name, table] of Object.entries(input.tables)) rowCounts[name] = table.records.length;
  for (const t of input.extraTables) rowCounts[t.file] = t.rows.length;

  return {
    id: input.id,
    slug: input.slug,
    meta,
    tree: tree.map((r) => r.value),
    indicators: indicators.map((r) => r.value),
    values: values.map((r) => r.value),
    budget: budget.map((r) => r.value),
    benchmarks: benchmarks.map((r) => r.value),
    efficiency: efficiency.map((r) => r.value).filter(has),
    summaries: summaries.map((r) => r.value),
    narratives: narratives.map((r) => r.value),
    plan: plan.map((r) => r.value),
    extraTables: input.extraTables,
    rowCounts,
  };
}
