/**
 * The bad-input corpus: every case is the valid fixture site (test/fixtures/valid/content) with ONE rule broken,
 * and the ONE error the readers must report for it. `scripts/fixtures.ts` writes the cases to
 * test/fixtures/invalid/; test/unit/data/corpus.test.ts and cli.test.ts load them.
 *
 * `validVariants` are the opposite: inputs that look odd but are valid (a BOM, a header-only file, sums that don't
 * add up, a printed capaian that is wrong — real documents contain such things and must still publish). They must
 * load with no error at all.
 *
 * A mutation works on an in-memory copy of the site (`Site`): paths are relative to `content/`. Its helpers refuse
 * to edit text that is not there, so a change to the valid fixture that makes a case meaningless fails loudly.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import type { ErrorCode } from '../../src/lib/data/galat.ts';
import { LIMITS } from '../../src/lib/data/batas.ts';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const VALID_CONTENT = join(REPO_ROOT, 'test', 'fixtures', 'valid', 'content');
export const INVALID_ROOT = join(REPO_ROOT, 'test', 'fixtures', 'invalid');
/** Valid variants live beside the invalid cases, in their own folder. */
export const VARIANTS_DIR = 'valid-variants';

/** The one report of the fixture site, relative to `content/`. */
export const REPORT = 'laporan/dinas-contoh/2024-lkjip';
const R = REPORT;

/** The error a case must produce, exactly as `loadContent` reports it (file relative to the content dir's parent). */
export interface Expected {
  code: ErrorCode;
  file: string;
  row?: number;
  field?: string;
}

export interface InvalidCase {
  name: string;
  /** The rule the case breaks, in one line. */
  rule: string;
  mutate: (site: Site) => void;
  expect: Expected;
  /** Too large to commit: built at test time into a temp dir (see `writeCase`). */
  generated?: boolean;
}

export interface ValidVariant {
  name: string;
  rule: string;
  mutate: (site: Site) => void;
}

// ---- The in-memory site ---------------------------------------------------------------------------------------

const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export class Site {
  /** Path relative to `content/` → bytes. */
  readonly files = new Map<string, Uint8Array>();
  /**
   * What git cannot hold or a hostile PR could: symbolic links (path → target), FIFOs and folders where a file
   * belongs. Cases using them are `generated` (written at test time), never committed.
   */
  readonly links = new Map<string, string>();
  readonly fifos = new Set<string>();
  readonly folders = new Set<string>();

  /** Replace a file (or add one) with a symbolic link. */
  symlink(path: string, target: string): void {
    this.files.delete(path);
    this.links.set(path, target);
  }

  /** Replace a file with a FIFO (named pipe): reading it would block forever. */
  fifo(path: string): void {
    this.files.delete(path);
    this.fifos.add(path);
  }

  /** Replace a file with a folder holding one file. */
  folder(path: string): void {
    this.files.delete(path);
    this.folders.add(path);
  }

  static fromDir(contentDir: string): Site {
    const site = new Site();
    for (const path of listFiles(contentDir))
      site.files.set(path, new Uint8Array(readFileSync(join(contentDir, path))));
    return site;
  }

  bytes(path: string): Uint8Array {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`fixture: no file ${path}`);
    return bytes;
  }

  text(path: string): string {
    return decoder.decode(this.bytes(path));
  }

  write(path: string, data: string | Uint8Array): void {
    this.files.set(path, typeof data === 'string' ? utf8.encode(data) : data);
  }

  remove(path: string): void {
    if (!this.files.delete(path)) throw new Error(`fixture: cannot remove missing ${path}`);
  }

  /** Move a file, or every file under a folder. */
  move(from: string, to: string): void {
    const moves = [...this.files.keys()].filter((p) => p === from || p.startsWith(`${from}/`));
    if (moves.length === 0) throw new Error(`fixture: nothing at ${from}`);
    for (const p of moves) {
      this.files.set(to + p.slice(from.length), this.bytes(p));
      this.files.delete(p);
    }
  }

  /** Replace the one occurrence of `search` (it must occur exactly once). */
  replace(path: string, search: string, replacement: string): void {
    const text = this.text(path);
    const at = text.indexOf(search);
    if (at < 0 || text.indexOf(search, at + 1) >= 0) {
      throw new Error(`fixture: "${search}" must occur exactly once in ${path}`);
    }
    this.write(path, text.slice(0, at) + replacement + text.slice(at + search.length));
  }

  /** Lines of a CSV file; the fixture CSVs have no line breaks inside cells, so line n is spreadsheet row n. */
  private lines(path: string): string[] {
    const text = this.text(path);
    if (!text.endsWith('\n')) throw new Error(`fixture: ${path} must end with a newline`);
    return text.slice(0, -1).split('\n');
  }

  /** Replace spreadsheet row `row` (header = 1) with a raw line, written exactly as given. */
  setLine(path: string, row: number, line: string): void {
    const lines = this.lines(path);
    if (row < 1 || row > lines.length) throw new Error(`fixture: ${path} has no row ${row}`);
    lines[row - 1] = line;
    this.write(path, `${lines.join('\n')}\n`);
  }

  /** Append a raw line; returns its spreadsheet row number. */
  appendLine(path: string, line: string): number {
    const lines = this.lines(path);
    lines.push(line);
    this.write(path, `${lines.join('\n')}\n`);
    return lines.length;
  }

  /** Cells of spreadsheet row `row`. */
  row(path: string, row: number): string[] {
    const line = this.lines(path)[row - 1];
    if (line === undefined) throw new Error(`fixture: ${path} has no row ${row}`);
    return parseLine(line);
  }

  /** Set one cell, quoting only if needed; the rest of the file is left byte for byte. */
  setCell(path: string, row: number, column: string, value: string): void {
    const header = this.row(path, 1);
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`fixture: ${path} has no column ${column}`);
    const cells = this.row(path, row);
    cells[index] = value;
    this.setLine(path, row, unparseLine(cells));
  }

  /** Append a row given as column → value (other cells empty); returns its spreadsheet row number. */
  appendRow(path: string, values: Record<string, string>): number {
    const header = this.row(path, 1);
    for (const column of Object.keys(values)) {
      if (!header.includes(column)) throw new Error(`fixture: ${path} has no column ${column}`);
    }
    return this.appendLine(path, unparseLine(header.map((h) => values[h] ?? '')));
  }

  /** A copy of row `row` with some cells changed, appended; returns its row number. */
  appendCopy(path: string, row: number, changes: Record<string, string> = {}): number {
    const header = this.row(path, 1);
    const cells = this.row(path, row);
    return this.appendRow(path, Object.fromEntries(header.map((h, i) => [h, changes[h] ?? cells[i] ?? ''])));
  }

  /** Rewrite a whole CSV through `edit` (rows include the header), serialised with the given delimiter. */
  rewriteCsv(path: string, edit: (rows: string[][]) => string[][], delimiter = ','): void {
    const rows = this.lines(path).map(parseLine);
    this.write(path, `${Papa.unparse(edit(rows), { delimiter, newline: '\n' })}\n`);
  }

  /** Add a column at the end: `values(row)` for data rows (spreadsheet row numbers). */
  addColumn(path: string, name: string, values: (row: number) => string): void {
    this.rewriteCsv(path, (rows) => rows.map((cells, i) => [...cells, i === 0 ? name : values(i + 1)]));
  }

  /** Remove a column (header and every row). */
  dropColumn(path: string, name: string): void {
    const index = this.row(path, 1).indexOf(name);
    if (index < 0) throw new Error(`fixture: ${path} has no column ${name}`);
    this.rewriteCsv(path, (rows) => rows.map((cells) => cells.filter((_, i) => i !== index)));
  }

  /** Write the site under `contentDir` (which must not exist or be empty). */
  writeTo(contentDir: string): void {
    for (const [path, bytes] of [...this.files].sort(([a], [b]) => a.localeCompare(b))) {
      const target = join(contentDir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    for (const path of this.folders) mkdirSync(join(contentDir, path, 'isi'), { recursive: true });
    for (const path of this.fifos) {
      mkdirSync(dirname(join(contentDir, path)), { recursive: true });
      execFileSync('mkfifo', [join(contentDir, path)]);
    }
    for (const [path, target] of this.links) {
      mkdirSync(dirname(join(contentDir, path)), { recursive: true });
      // `{outside}`: a folder beside content/, outside the content root (a relative target, so messages are stable).
      const link = join(contentDir, path);
      symlinkSync(target.replace('{outside}', relative(dirname(link), join(contentDir, '..', 'luar'))), link);
    }
    if ([...this.links.values()].some((t) => t.includes('{outside}'))) {
      mkdirSync(join(contentDir, '..', 'luar'), { recursive: true });
      writeFileSync(join(contentDir, '..', 'luar', 'contoh.txt'), 'RAHASIA=1\n');
      writeFileSync(join(contentDir, '..', 'luar', 'nilai.csv'), 'indikator,tahun\nS1.I1,2024\n');
    }
  }
}

function parseLine(line: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter: ',' });
  if (parsed.errors.length > 0 || parsed.data.length !== 1) throw new Error(`fixture: cannot parse line ${line}`);
  return parsed.data[0] ?? [];
}

function unparseLine(cells: string[]): string {
  return Papa.unparse([cells], { delimiter: ',', newline: '\n' });
}

/** The valid site with one case (or variant) applied. */
export function buildSite(c: { mutate: (site: Site) => void }): Site {
  const site = Site.fromDir(VALID_CONTENT);
  c.mutate(site);
  return site;
}

/** Write a case's site to `<dir>/content` (used by the generator, and by tests for `generated` cases). */
export function writeCase(c: { mutate: (site: Site) => void }, dir: string): string {
  const contentDir = join(dir, 'content');
  buildSite(c).writeTo(contentDir);
  return contentDir;
}

// ---- Shorthands -----------------------------------------------------------------------------------------------

const at = (path: string): string => `content/${path}`;
const META = `${R}/laporan.yaml`;
const TREE = `${R}/pohon-kinerja.csv`;
const IND = `${R}/indikator.csv`;
const VAL = `${R}/nilai.csv`;
const BUD = `${R}/anggaran.csv`;
const BEN = `${R}/pembanding.csv`;
const EFF = `${R}/efisiensi.csv`;
const SUM = `${R}/ringkasan.csv`;
const NAR = `${R}/narasi.csv`;
const PEGAWAI = `${R}/tabel/pegawai.csv`;
const AGENCY = 'instansi/dinas-contoh.yaml';
const REGION = 'wilayah/kota-contoh.yaml';

/** Rows of the fixture used below (spreadsheet numbers; the header is row 1). */
const ROW = {
  tree: { T1: 2, S1: 3, S2: 4, S1P1: 5 },
  ind: { S1I1: 2, S1I2: 3, S2I1: 4, S2I2: 5, S1P1I1: 6 },
  /** nilai.csv: S1.I1 pk 2024, S1.I1 capaian 2024, S1.I1 capaian 2023, S1.I2, S2.I1 (ordinal), S2.I2 (rasio), S1.P1.I1 (en override). */
  val: { pk: 2, capaian: 3, capaian2023: 4, negatif: 5, ordinal: 6, rasio: 7, override: 8 },
  /** anggaran.csv: R.T, R.P1, R.P1.K1, R.P1.K1.S1, R.P1.K2 (pagu with cacat_cetak), PK.P1. */
  bud: { total: 2, program: 3, kegiatan: 4, sub: 5, cacat: 6, pk: 7 },
};

/** Windows-1252 bytes for "é" inside otherwise ASCII text. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch === 'é' ? 0xe9 : ch.charCodeAt(0))));
}

// ---- Invalid cases --------------------------------------------------------------------------------------------

export const invalidCases: InvalidCase[] = [
  // -- File level ------------------------------------------------------------------------------------------------
  {
    name: 'missing-laporan-yaml',
    rule: 'every report folder has laporan.yaml',
    mutate: (s) => s.remove(META),
    expect: { code: 'file-missing', file: at(META) },
  },
  {
    name: 'missing-nilai-csv',
    rule: 'nilai.csv is required',
    mutate: (s) => s.remove(VAL),
    expect: { code: 'file-missing', file: at(VAL) },
  },
  {
    name: 'missing-pohon-kinerja-csv',
    rule: 'pohon-kinerja.csv is required (and its absence is reported once, not once per indicator)',
    mutate: (s) => s.remove(TREE),
    expect: { code: 'file-missing', file: at(TREE) },
  },
  {
    name: 'unknown-file-in-report',
    rule: 'a report folder holds only the known files',
    mutate: (s) => s.write(`${R}/anggaran (1).csv`, s.text(BUD)),
    expect: { code: 'file-unknown', file: at(`${R}/anggaran (1).csv`) },
  },
  {
    name: 'spreadsheet-in-report',
    rule: 'a report folder holds CSV, not spreadsheets',
    mutate: (s) => s.write(`${R}/indikator.xlsx`, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])),
    expect: { code: 'file-unknown', file: at(`${R}/indikator.xlsx`) },
  },
  {
    name: 'file-in-agency-folder',
    rule: 'report files sit in a <tahun>-<jenis> folder, not directly in the agency folder',
    mutate: (s) => s.write('laporan/dinas-contoh/nilai.csv', s.text(VAL)),
    expect: { code: 'file-unknown', file: at('laporan/dinas-contoh/nilai.csv') },
  },
  {
    name: 'yml-extension',
    rule: 'shared files end in .yaml (a .yml file would be silently ignored)',
    mutate: (s) => s.move('skala/nasional.yaml', 'skala/nasional.yml'),
    expect: { code: 'file-unknown', file: at('skala/nasional.yml') },
  },
  {
    name: 'extra-table-undeclared',
    rule: 'every tabel/*.csv is declared in laporan.yaml → tabel_tambahan',
    mutate: (s) => s.write(`${R}/tabel/aset.csv`, 'Aset,Jumlah\nKendaraan,3\n'),
    expect: { code: 'file-unknown', file: at(`${R}/tabel/aset.csv`) },
  },
  {
    name: 'extra-table-missing',
    rule: 'a table declared in tabel_tambahan exists',
    mutate: (s) => s.remove(PEGAWAI),
    expect: { code: 'file-missing', file: at(PEGAWAI), field: 'tabel_tambahan' },
  },
  {
    name: 'empty-csv',
    rule: 'a CSV file is not empty (0 bytes)',
    mutate: (s) => s.write(VAL, ''),
    expect: { code: 'file-empty', file: at(VAL) },
  },
  {
    name: 'required-csv-header-only',
    rule: 'a required CSV has at least one data row (a # example row does not count)',
    mutate: (s) => s.write(VAL, `${s.text(VAL).split('\n')[0]}\n#S1.I1,2024,capaian,85%,87%,,Tabel 3.1,1\n`),
    expect: { code: 'file-empty', file: at(VAL), row: 2 },
  },
  {
    name: 'whitespace-only-csv',
    rule: 'a CSV file is not only blank lines',
    mutate: (s) => s.write(SUM, '  \n\n \t\n'),
    expect: { code: 'file-empty', file: at(SUM) },
  },
  {
    name: 'empty-yaml',
    rule: 'a YAML file is not empty (and its region is not then reported missing by the agency)',
    mutate: (s) => s.write(REGION, ''),
    expect: { code: 'file-empty', file: at(REGION) },
  },
  {
    name: 'huge-csv',
    rule: 'CSV files are at most 1 MiB (checked with fstat before reading)',
    generated: true,
    mutate: (s) => {
      const head = s.text(VAL);
      const line = `S1.I1,2024,,catatan,,,,,${'x'.repeat(1000)},,,Tabel 3.1,1\n`;
      s.write(VAL, head + line.repeat(Math.ceil(LIMITS.csvBytes.value / line.length) + 1));
    },
    expect: { code: 'file-too-large', file: at(VAL) },
  },
  {
    name: 'csv-not-utf8',
    rule: 'CSV files are UTF-8 (here a Windows-1252 é on line 3)',
    mutate: (s) =>
      s.write(
        NAR,
        cp1252(s.text(NAR).replace('Koordinasi dengan kelurahan.', 'Koordinasi dengan kelurahan dan café.')),
      ),
    expect: { code: 'file-not-utf8', file: at(NAR), row: 3 },
  },
  {
    name: 'yaml-not-utf8',
    rule: 'YAML files are UTF-8 (here a Windows-1252 é on line 2)',
    mutate: (s) =>
      s.write(AGENCY, cp1252(s.text(AGENCY).replace('Dinas Sosial Kota Contoh', 'Dinas Sosial Kota Contoh é'))),
    expect: { code: 'file-not-utf8', file: at(AGENCY), row: 3 },
  },

  // -- CSV structure ---------------------------------------------------------------------------------------------
  {
    name: 'csv-unbalanced-quote',
    rule: 'quotes are balanced',
    mutate: (s) => s.replace(VAL, '"92,55%"', '"92,55%'),
    expect: { code: 'csv-quotes', file: at(VAL), row: ROW.val.capaian },
  },
  {
    name: 'csv-stray-quote',
    rule: 'a quoted cell ends at its closing quote',
    mutate: (s) => s.setLine(TREE, ROW.tree.S2, 'S2,sasaran,T1,"Meningkatnya" perlindungan anak,,Tabel 2.1,22'),
    expect: { code: 'csv-quotes', file: at(TREE), row: ROW.tree.S2 },
  },
  {
    name: 'csv-tab-delimiter',
    rule: 'the delimiter is a comma or a semicolon, not a tab',
    mutate: (s) => s.rewriteCsv(NAR, (rows) => rows, '\t'),
    expect: { code: 'csv-delimiter', file: at(NAR), row: 1 },
  },
  {
    name: 'csv-too-many-cells',
    rule: 'a cell containing a comma is quoted',
    mutate: (s) => s.replace(BEN, '"59,61 (data BPS tahun 2022)"', '59,61 (data BPS tahun 2022)'),
    expect: { code: 'csv-field-count', file: at(BEN), row: 2 },
  },
  {
    name: 'csv-too-few-cells',
    rule: 'every row has as many cells as the header',
    mutate: (s) => s.setLine(TREE, ROW.tree.S1P1, 'S1.P1,program,S1,Program Rehabilitasi Sosial,Tabel 3.7,40'),
    expect: { code: 'csv-field-count', file: at(TREE), row: ROW.tree.S1P1 },
  },
  {
    name: 'csv-ragged-extra-table',
    rule: 'extra tables are free-form but still rectangular',
    mutate: (s) => s.setLine(PEGAWAI, 3, 'Staf,12,3'),
    expect: { code: 'csv-field-count', file: at(PEGAWAI), row: 3 },
  },
  {
    name: 'csv-missing-column',
    rule: 'required columns are present',
    mutate: (s) => s.dropColumn(TREE, 'sumber_tabel'),
    expect: { code: 'csv-missing-column', file: at(TREE), row: 1, field: 'sumber_tabel' },
  },
  {
    name: 'csv-missing-column-nilai',
    rule: 'required columns are present (peran in nilai.csv)',
    mutate: (s) => s.dropColumn(VAL, 'peran'),
    expect: { code: 'csv-missing-column', file: at(VAL), row: 1, field: 'peran' },
  },
  {
    name: 'csv-unknown-column',
    rule: 'unknown columns are an error (their contents would be lost)',
    mutate: (s) => s.replace(VAL, ',catatan,', ',keterangan,'),
    expect: { code: 'csv-unknown-column', file: at(VAL), row: 1, field: 'keterangan' },
  },
  {
    name: 'csv-empty-column-name',
    rule: 'every column has a name (a trailing comma in the header is an unnamed column)',
    mutate: (s) => s.rewriteCsv(IND, (rows) => rows.map((cells) => [...cells, ''])),
    expect: { code: 'csv-unknown-column', file: at(IND), row: 1, field: '' },
  },
  {
    name: 'csv-duplicate-column',
    rule: 'a column appears once',
    mutate: (s) => s.replace(VAL, ',catatan,', ',predikat_tercetak,'),
    expect: { code: 'csv-duplicate-column', file: at(VAL), row: 1, field: 'predikat_tercetak' },
  },

  // -- laporan.yaml ----------------------------------------------------------------------------------------------
  {
    name: 'yaml-syntax-error',
    rule: 'YAML is well-formed',
    mutate: (s) => s.replace(META, 'dokumen:\n  berkas: contoh.txt', 'dokumen:\n  berkas: contoh.txt\n berkas2: x'),
    expect: { code: 'yaml-syntax', file: at(META), row: 7 },
  },
  {
    name: 'yaml-duplicate-key',
    rule: 'a YAML key appears once',
    mutate: (s) => s.replace(META, 'tahun: 2024\n', 'tahun: 2024\ntahun: 2023\n'),
    expect: { code: 'yaml-syntax', file: at(META), row: 4 },
  },
  {
    name: 'yaml-unknown-field',
    rule: 'unknown YAML fields are an error (they would not be published)',
    mutate: (s) => s.replace(META, 'judul: LKjIP', 'penulis: Budi\njudul: LKjIP'),
    expect: { code: 'field-unknown', file: at(META), field: 'penulis' },
  },
  {
    name: 'yaml-unknown-nested-field',
    rule: 'unknown nested YAML fields are an error',
    mutate: (s) => s.replace(META, '  nama: Budi\n', '  nama: Budi\n  email: budi@example.org\n'),
    expect: { code: 'field-unknown', file: at(META), field: 'penandatangan.email' },
  },
  {
    name: 'yaml-missing-required',
    rule: 'judul is required',
    mutate: (s) => s.replace(META, 'judul: LKjIP Dinas Contoh Tahun 2024\n', ''),
    expect: { code: 'field-required', file: at(META), field: 'judul' },
  },
  {
    name: 'yaml-empty-required',
    rule: 'a required field is not left empty (`judul:` with nothing after it)',
    mutate: (s) => s.replace(META, 'judul: LKjIP Dinas Contoh Tahun 2024\n', 'judul:\n'),
    expect: { code: 'field-required', file: at(META), field: 'judul' },
  },
  {
    name: 'yaml-bad-jenis',
    rule: 'jenis is lkjip | laporan-triwulan | renja',
    mutate: (s) => s.replace(META, 'jenis: lkjip', 'jenis: lakip'),
    expect: { code: 'field-invalid', file: at(META), field: 'jenis' },
  },
  {
    name: 'yaml-bad-periode',
    rule: 'laporan.yaml periode is tahunan | tw1 … tw4',
    mutate: (s) => s.replace(META, 'tahun: 2024\n', 'tahun: 2024\nperiode: semester-1\n'),
    expect: { code: 'field-invalid', file: at(META), field: 'periode' },
  },
  {
    name: 'yaml-bad-rumus-negatif',
    rule: 'rumus_negatif is 2t-r | t/r',
    mutate: (s) => s.replace(META, 'efisiensi:', 'rumus_negatif: r/t\nefisiensi:'),
    expect: { code: 'field-invalid', file: at(META), field: 'rumus_negatif' },
  },
  {
    name: 'yaml-bad-efisiensi',
    rule: 'efisiensi is serapan/capaian | capaian-serapan | tidak-ada',
    mutate: (s) => s.replace(META, 'efisiensi: serapan/capaian', 'efisiensi: ya'),
    expect: { code: 'field-invalid', file: at(META), field: 'efisiensi' },
  },
  {
    name: 'yaml-bad-format-angka',
    rule: 'format_angka is id | en',
    mutate: (s) => s.replace(META, 'format_angka: id', 'format_angka: de'),
    expect: { code: 'field-invalid', file: at(META), field: 'format_angka' },
  },
  {
    name: 'yaml-bad-iso-date',
    rule: 'penandatangan.tanggal is a real ISO date (no month 13)',
    mutate: (s) => s.replace(META, 'tanggal: 2025-01', 'tanggal: 2025-13'),
    expect: { code: 'field-invalid', file: at(META), field: 'penandatangan.tanggal' },
  },
  {
    name: 'yaml-date-as-printed',
    rule: 'penandatangan.tanggal is ISO; the printed date goes in tanggal_tercetak',
    mutate: (s) => s.replace(META, 'tanggal: 2025-01', 'tanggal: 20 Januari 2025'),
    expect: { code: 'field-invalid', file: at(META), field: 'penandatangan.tanggal' },
  },
  {
    name: 'yaml-non-integer-tahun',
    rule: 'laporan.yaml tahun is a whole number',
    mutate: (s) => s.replace(META, 'tahun: 2024', 'tahun: 2024.5'),
    expect: { code: 'field-invalid', file: at(META), field: 'tahun' },
  },
  {
    name: 'yaml-reversed-tahun-data',
    rule: 'tahun_data runs forward (and is reported once, not once per row)',
    mutate: (s) => s.replace(META, '{ dari: 2023, sampai: 2024 }', '{ dari: 2024, sampai: 2023 }'),
    expect: { code: 'field-invalid', file: at(META), field: 'tahun_data' },
  },
  {
    name: 'yaml-bad-extra-table-path',
    rule: 'tabel_tambahan berkas is tabel/<slug>.csv',
    mutate: (s) => s.replace(META, 'berkas: tabel/pegawai.csv', 'berkas: tabel/Pegawai.csv'),
    expect: { code: 'field-invalid', file: at(META), field: 'tabel_tambahan[0].berkas' },
  },
  {
    name: 'yaml-html-in-title',
    rule: 'YAML text is plain text, no HTML',
    mutate: (s) => s.replace(META, 'judul: LKjIP', 'judul: <b>LKjIP</b>'),
    expect: { code: 'html-in-text', file: at(META), field: 'judul' },
  },
  {
    name: 'report-document-missing',
    rule: 'dokumen.berkas names the source text in content/dokumen/',
    mutate: (s) => s.remove('dokumen/contoh.txt'),
    expect: { code: 'file-missing', file: at(META), field: 'dokumen.berkas' },
  },
  {
    name: 'report-document-bad-name',
    rule: 'dokumen.berkas is a plain .txt file name (no path, no URL)',
    mutate: (s) => s.replace(META, 'berkas: contoh.txt', 'berkas: ../rahasia.txt'),
    expect: { code: 'field-invalid', file: at(META), field: 'dokumen.berkas' },
  },
  {
    name: 'source-line-beyond-document',
    rule: 'sumber_baris points at a line of the source document',
    mutate: (s) => s.replace(`${R}/narasi.csv`, 'Tabel 3.1.1.H,91', 'Tabel 3.1.1.H,9100'),
    expect: { code: 'field-invalid', file: at(`${R}/narasi.csv`), row: 3, field: 'sumber_baris' },
  },
  {
    name: 'unknown-agency',
    rule: 'instansi names a file in content/instansi/',
    mutate: (s) => s.replace(META, 'instansi: dinas-contoh', 'instansi: dinas-sosial'),
    expect: { code: 'unknown-agency', file: at(META), field: 'instansi' },
  },
  {
    name: 'report-in-other-agency-folder',
    rule: "a report sits in its own agency's folder",
    mutate: (s) => {
      s.write('instansi/dinas-lain.yaml', 'wilayah: kota-contoh\nnama:\n  - nama: Dinas Lain Kota Contoh\n');
      s.replace(META, 'instansi: dinas-contoh', 'instansi: dinas-lain');
    },
    expect: { code: 'folder-mismatch', file: at(META), field: 'instansi' },
  },
  {
    name: 'folder-year-mismatch',
    rule: 'the folder name starts with the report year',
    mutate: (s) => s.move(R, 'laporan/dinas-contoh/2023-lkjip'),
    expect: { code: 'folder-mismatch', file: at('laporan/dinas-contoh/2023-lkjip/laporan.yaml'), field: 'tahun' },
  },
  {
    name: 'folder-name-suffix',
    rule: 'the folder name is <tahun>-<jenis>[-<periode>], nothing else',
    mutate: (s) => s.move(R, 'laporan/dinas-contoh/2024-lkjip-final'),
    expect: {
      code: 'folder-mismatch',
      file: at('laporan/dinas-contoh/2024-lkjip-final/laporan.yaml'),
      field: 'tahun',
    },
  },
  {
    name: 'unknown-scale',
    rule: 'skala names a file in content/skala/',
    mutate: (s) => s.replace(META, 'skala: contoh-lkjip-2024', 'skala: contoh-lkjip-2023'),
    expect: { code: 'unknown-scale', file: at(META), field: 'skala' },
  },
  {
    name: 'scale-wrong-kind',
    rule: "a report's skala is a predicate scale",
    mutate: (s) => s.replace(META, 'skala: contoh-lkjip-2024', 'skala: kla'),
    expect: { code: 'scale-kind', file: at(META), field: 'skala' },
  },

  // -- Regions, agencies, scales ---------------------------------------------------------------------------------
  {
    name: 'unknown-region',
    rule: 'an agency names a file in content/wilayah/',
    mutate: (s) => s.replace(AGENCY, 'wilayah: kota-contoh', 'wilayah: kabupaten-contoh'),
    expect: { code: 'unknown-region', file: at(AGENCY), field: 'wilayah' },
  },
  {
    name: 'region-bad-jenis',
    rule: 'a region is kota | kabupaten | provinsi (and the agency is not then reported as unknown-region)',
    mutate: (s) => s.replace(REGION, 'jenis: kota', 'jenis: kotamadya'),
    expect: { code: 'field-invalid', file: at(REGION), field: 'jenis' },
  },
  {
    name: 'province-spelling',
    rule: 'one province is spelled one way: two spellings with one slug would share its pages and download folders',
    mutate: (s) => s.write('wilayah/kota-lain.yaml', 'nama: Kota Lain\njenis: kota\nprovinsi: JAWA TIMUR\n'),
    expect: { code: 'province-spelling', file: at('wilayah/kota-lain.yaml'), field: 'provinsi' },
  },
  {
    name: 'agency-missing-region',
    rule: 'an agency names its region (and its reports are not then reported as unknown-agency)',
    mutate: (s) => s.replace(AGENCY, 'wilayah: kota-contoh\n', ''),
    expect: { code: 'field-required', file: at(AGENCY), field: 'wilayah' },
  },
  {
    name: 'agency-name-history-overlap',
    rule: 'name periods do not overlap',
    mutate: (s) => s.replace(AGENCY, 'sampai: 2019', 'sampai: 2020'),
    expect: { code: 'name-history-overlap', file: at(AGENCY), field: 'nama[1]' },
  },
  {
    name: 'agency-html-in-name',
    rule: 'agency names are plain text, no HTML',
    mutate: (s) => s.replace(AGENCY, '- nama: Dinas Sosial Kota Contoh', '- nama: <script>alert(1)</script>'),
    expect: { code: 'html-in-text', file: at(AGENCY), field: 'nama[0].nama' },
  },
  {
    name: 'scale-bad-band-bound',
    rule: 'a band bound is a number (percent), not text',
    mutate: (s) => s.replace('skala/nasional.yaml', 'bawah: 91\n', 'bawah: "91%"\n'),
    expect: { code: 'field-invalid', file: at('skala/nasional.yaml'), field: 'pita[0].bawah' },
  },
  {
    name: 'scale-band-unknown-field',
    rule: 'band fields are spelled as documented',
    mutate: (s) =>
      s.replace('skala/nasional.yaml', 'bawah_inklusif: true\n    atas: null', 'bawah_inclusive: true\n    atas: null'),
    expect: { code: 'field-unknown', file: at('skala/nasional.yaml'), field: 'pita[0].bawah_inclusive' },
  },
  {
    name: 'scale-ordinal-one-level',
    rule: 'an ordinal order has at least two levels (and indicators using it are not then reported)',
    mutate: (s) =>
      s.replace(
        'skala/kla.yaml',
        '  - label: Madya\n  - label: Nindya\n  - label: Utama\n  - label: KLA\n    alias: [Kota Layak Anak, Kabupaten Layak Anak]\n',
        '',
      ),
    expect: { code: 'field-invalid', file: at('skala/kla.yaml'), field: 'tingkat' },
  },
  {
    name: 'scale-unknown-jenis',
    rule: 'a scale is predikat | ordinal (and the report using it is not then reported)',
    mutate: (s) => s.replace('skala/contoh-lkjip-2024.yaml', 'jenis: predikat', 'jenis: predicate'),
    expect: { code: 'field-invalid', file: at('skala/contoh-lkjip-2024.yaml'), field: 'jenis' },
  },

  // -- pohon-kinerja.csv -----------------------------------------------------------------------------------------
  {
    name: 'tree-duplicate-code',
    rule: 'tree codes are unique',
    mutate: (s) => s.appendCopy(TREE, ROW.tree.S2, { nama: 'Meningkatnya perlindungan perempuan', sumber_baris: '23' }),
    expect: { code: 'duplicate-id', file: at(TREE), row: 6, field: 'kode' },
  },
  {
    name: 'tree-orphan',
    rule: "a node's parent exists",
    mutate: (s) =>
      s.appendRow(TREE, {
        kode: 'S3.P1',
        tingkat: 'program',
        induk: 'S3',
        nama: 'Program Perlindungan',
        sumber_tabel: 'Tabel 3.7',
      }),
    expect: { code: 'missing-parent', file: at(TREE), row: 6, field: 'induk' },
  },
  {
    name: 'tree-child-above-parent',
    rule: 'a child sits below its parent (no tujuan under a sasaran)',
    mutate: (s) =>
      s.appendRow(TREE, { kode: 'T2', tingkat: 'tujuan', induk: 'S1', nama: 'Tujuan lain', sumber_tabel: 'Tabel 2.1' }),
    expect: { code: 'parent-level', file: at(TREE), row: 6, field: 'tingkat' },
  },
  {
    name: 'tree-unknown-level',
    rule: 'tingkat is tujuan | sasaran | program | kegiatan | subkegiatan (lower case)',
    mutate: (s) => s.setCell(TREE, ROW.tree.S1P1, 'tingkat', 'Program'),
    expect: { code: 'field-invalid', file: at(TREE), row: ROW.tree.S1P1, field: 'tingkat' },
  },
  {
    name: 'tree-empty-name',
    rule: 'nama is required (and indicators under the node are not then reported)',
    mutate: (s) => s.setCell(TREE, ROW.tree.S2, 'nama', ''),
    expect: { code: 'field-required', file: at(TREE), row: ROW.tree.S2, field: 'nama' },
  },
  {
    name: 'tree-html-in-name',
    rule: 'tree node names are plain text, no HTML',
    mutate: (s) => s.setCell(TREE, ROW.tree.S1P1, 'nama', 'Program <b>Rehabilitasi</b> Sosial'),
    expect: { code: 'html-in-text', file: at(TREE), row: ROW.tree.S1P1, field: 'nama' },
  },

  // -- indikator.csv ---------------------------------------------------------------------------------------------
  {
    name: 'indicator-duplicate-code',
    rule: 'indicator codes are unique',
    mutate: (s) => s.appendCopy(IND, ROW.ind.S1I1, { nama: 'Persentase PMKS yang terlayani', sumber_baris: '34' }),
    expect: { code: 'duplicate-id', file: at(IND), row: 7, field: 'kode' },
  },
  {
    name: 'indicator-unknown-parent',
    rule: "an indicator's induk is a tree code",
    mutate: (s) => s.setCell(IND, ROW.ind.S2I2, 'induk', 'S3'),
    expect: { code: 'unknown-reference', file: at(IND), row: ROW.ind.S2I2, field: 'induk' },
  },
  {
    name: 'indicator-unknown-polarity',
    rule: 'polaritas is positif | negatif',
    mutate: (s) => s.setCell(IND, ROW.ind.S1I2, 'polaritas', 'naik'),
    expect: { code: 'field-invalid', file: at(IND), row: ROW.ind.S1I2, field: 'polaritas' },
  },
  {
    name: 'indicator-empty-polarity',
    rule: 'polaritas is required',
    mutate: (s) => s.setCell(IND, ROW.ind.S1I1, 'polaritas', ''),
    expect: { code: 'field-required', file: at(IND), row: ROW.ind.S1I1, field: 'polaritas' },
  },
  {
    name: 'indicator-unknown-jenis-nilai',
    rule: 'jenis_nilai is angka | persen | rasio | laju | ordinal',
    mutate: (s) => s.setCell(IND, ROW.ind.S1P1I1, 'jenis_nilai', 'persentase'),
    expect: { code: 'field-invalid', file: at(IND), row: ROW.ind.S1P1I1, field: 'jenis_nilai' },
  },
  {
    name: 'indicator-ordinal-without-urutan',
    rule: 'an ordinal indicator names its order (urutan)',
    mutate: (s) => s.setCell(IND, ROW.ind.S2I1, 'urutan', ''),
    expect: { code: 'field-required', file: at(IND), row: ROW.ind.S2I1, field: 'urutan' },
  },
  {
    name: 'indicator-unknown-urutan',
    rule: 'urutan names a file in content/skala/',
    mutate: (s) => s.setCell(IND, ROW.ind.S2I1, 'urutan', 'kla-2021'),
    expect: { code: 'unknown-scale', file: at(IND), row: ROW.ind.S2I1, field: 'urutan' },
  },
  {
    name: 'indicator-urutan-wrong-kind',
    rule: 'urutan names an ordinal scale, not a predicate scale',
    mutate: (s) => s.setCell(IND, ROW.ind.S2I1, 'urutan', 'nasional'),
    expect: { code: 'scale-kind', file: at(IND), row: ROW.ind.S2I1, field: 'urutan' },
  },
  {
    name: 'indicator-bad-iku',
    rule: 'iku is ya or empty',
    mutate: (s) => s.setCell(IND, ROW.ind.S1I1, 'iku', 'Ya'),
    expect: { code: 'field-invalid', file: at(IND), row: ROW.ind.S1I1, field: 'iku' },
  },
  {
    name: 'indicator-html-script',
    rule: 'names are plain text, no HTML (a pasted <script>)',
    mutate: (s) => s.setCell(IND, ROW.ind.S1I2, 'nama', '<script>alert(1)</script>'),
    expect: { code: 'html-in-text', file: at(IND), row: ROW.ind.S1I2, field: 'nama' },
  },

  // -- nilai.csv -------------------------------------------------------------------------------------------------
  {
    name: 'value-mixed-format',
    rule: 'a figure in the other number format needs a format_angka override (99.52% in an id report)',
    mutate: (s) => s.setCell(VAL, ROW.val.override, 'format_angka', ''),
    expect: { code: 'value-unparseable', file: at(VAL), row: ROW.val.override, field: 'realisasi' },
  },
  {
    name: 'value-other-format-typo',
    rule: 'the cited line prints 99,52%: 99.52% in an id report is a typo to fix, not a format_angka override',
    mutate: (s) => {
      s.setCell(VAL, ROW.val.override, 'format_angka', '');
      s.setLine('dokumen/contoh.txt', 42, 'Persentase layanan 100% 99,52% 99,52%');
    },
    expect: { code: 'value-unparseable', file: at(VAL), row: ROW.val.override, field: 'realisasi' },
  },
  {
    name: 'value-other-format-printed',
    rule: 'the cited line does print 99.52%: the format_angka override is proposed',
    mutate: (s) => {
      s.setCell(VAL, ROW.val.override, 'format_angka', '');
      s.setLine('dokumen/contoh.txt', 42, 'Persentase layanan 100% 99.52 % 99,52%');
    },
    expect: { code: 'value-unparseable', file: at(VAL), row: ROW.val.override, field: 'realisasi' },
  },
  {
    name: 'value-ambiguous-undeclared',
    rule: 'with no declared format_angka, 27.500 is ambiguous (every other row here declares its format per row)',
    mutate: (s) => {
      s.replace(META, 'format_angka: id\n', '');
      for (const path of [BUD, BEN, EFF, SUM]) {
        if (!s.row(path, 1).includes('format_angka')) s.addColumn(path, 'format_angka', () => '');
        for (let row = 2; row <= s.text(path).split('\n').length - 1; row++) s.setCell(path, row, 'format_angka', 'id');
      }
      for (let row = 2; row <= 8; row++) s.setCell(VAL, row, 'format_angka', 'id');
      s.setCell(VAL, ROW.val.override, 'format_angka', 'target:id;realisasi:en;capaian_tercetak:id');
      // The rasio row: target left to the (undeclared) report format.
      s.setCell(VAL, ROW.val.rasio, 'format_angka', 'realisasi:id;capaian_tercetak:id');
    },
    expect: { code: 'value-ambiguous', file: at(VAL), row: ROW.val.rasio, field: 'target' },
  },
  {
    name: 'value-bad-override',
    rule: 'a format_angka override is id, en or column:format pairs (and the row is not then misread)',
    mutate: (s) => s.setCell(VAL, ROW.val.override, 'format_angka', 'realisasi:us'),
    expect: { code: 'field-invalid', file: at(VAL), row: ROW.val.override, field: 'format_angka' },
  },
  {
    name: 'value-override-unknown-column',
    rule: 'a format_angka override names figure columns',
    mutate: (s) => s.setCell(VAL, ROW.val.override, 'format_angka', 'realisasi:en;nilai:en'),
    expect: { code: 'field-invalid', file: at(VAL), row: ROW.val.override, field: 'format_angka' },
  },
  {
    name: 'value-year-outside',
    rule: 'a value year lies within tahun_data',
    mutate: (s) => s.setCell(VAL, ROW.val.capaian2023, 'tahun', '2022'),
    expect: { code: 'year-outside-report', file: at(VAL), row: ROW.val.capaian2023, field: 'tahun' },
  },
  {
    name: 'value-non-integer-year',
    rule: 'a value row tahun is a whole number',
    mutate: (s) => s.setCell(VAL, ROW.val.capaian2023, 'tahun', '2023.0'),
    expect: { code: 'field-invalid', file: at(VAL), row: ROW.val.capaian2023, field: 'tahun' },
  },
  {
    name: 'value-empty-year',
    rule: 'tahun is required',
    mutate: (s) => s.setCell(VAL, ROW.val.capaian2023, 'tahun', ''),
    expect: { code: 'field-required', file: at(VAL), row: ROW.val.capaian2023, field: 'tahun' },
  },
  {
    name: 'value-duplicate-row',
    rule: 'the same indicator, year, period, role and table appear once',
    mutate: (s) => s.appendCopy(VAL, ROW.val.capaian, { sumber_baris: '56' }),
    expect: { code: 'duplicate-id', file: at(VAL), row: 9, field: 'indikator' },
  },
  {
    name: 'value-unknown-indicator',
    rule: 'a value names an indicator of indikator.csv',
    mutate: (s) => s.setCell(VAL, ROW.val.pk, 'indikator', 'S1.I9'),
    expect: { code: 'unknown-reference', file: at(VAL), row: ROW.val.pk, field: 'indikator' },
  },
  {
    name: 'value-text-in-persen',
    rule: "a figure matches the indicator's jenis_nilai (a word in a persen column)",
    mutate: (s) => s.setCell(VAL, ROW.val.capaian2023, 'realisasi', 'tinggi'),
    expect: { code: 'value-wrong-kind', file: at(VAL), row: ROW.val.capaian2023, field: 'realisasi' },
  },
  {
    name: 'value-plain-number-in-rasio',
    rule: 'a rasio value is printed 1 : N',
    mutate: (s) => s.setCell(VAL, ROW.val.rasio, 'target', '27.500'),
    expect: { code: 'value-wrong-kind', file: at(VAL), row: ROW.val.rasio, field: 'target' },
  },
  {
    name: 'value-unknown-role',
    rule: 'peran is pk | pk-perubahan | capaian | renstra | renstra-akhir | rencana',
    mutate: (s) => s.setCell(VAL, ROW.val.pk, 'peran', 'target'),
    expect: { code: 'field-invalid', file: at(VAL), row: ROW.val.pk, field: 'peran' },
  },
  {
    name: 'value-empty-role',
    rule: 'peran is required',
    mutate: (s) => s.setCell(VAL, ROW.val.pk, 'peran', ''),
    expect: { code: 'field-required', file: at(VAL), row: ROW.val.pk, field: 'peran' },
  },
  {
    name: 'value-unknown-period',
    rule: 'a value row periode is tahunan | tw1 … tw4',
    mutate: (s) => s.setCell(VAL, ROW.val.pk, 'periode', 'triwulan-1'),
    expect: { code: 'field-invalid', file: at(VAL), row: ROW.val.pk, field: 'periode' },
  },
  {
    name: 'value-empty-source-table',
    rule: 'every row names its source table',
    mutate: (s) => s.setCell(VAL, ROW.val.pk, 'sumber_tabel', ''),
    expect: { code: 'field-required', file: at(VAL), row: ROW.val.pk, field: 'sumber_tabel' },
  },
  {
    name: 'value-bad-source-line',
    rule: 'sumber_baris is a line number',
    mutate: (s) => s.setCell(VAL, ROW.val.pk, 'sumber_baris', '30a'),
    expect: { code: 'field-invalid', file: at(VAL), row: ROW.val.pk, field: 'sumber_baris' },
  },

  // -- anggaran.csv ----------------------------------------------------------------------------------------------
  {
    name: 'budget-unreadable-without-cacat-cetak',
    rule: 'an unreadable figure (.300.000,00) is an error unless cacat_cetak names its column',
    mutate: (s) => s.setCell(BUD, ROW.bud.cacat, 'cacat_cetak', ''),
    expect: { code: 'value-unparseable', file: at(BUD), row: ROW.bud.cacat, field: 'pagu' },
  },
  {
    name: 'budget-cacat-cetak-unknown-column',
    rule: 'cacat_cetak names figure columns',
    mutate: (s) => s.setCell(BUD, ROW.bud.cacat, 'cacat_cetak', 'pagu;jumlah'),
    expect: { code: 'field-invalid', file: at(BUD), row: ROW.bud.cacat, field: 'cacat_cetak' },
  },
  {
    name: 'budget-cacat-cetak-empty-column',
    rule: 'cacat_cetak names columns that hold a printed figure',
    mutate: (s) => s.setCell(BUD, ROW.bud.cacat, 'cacat_cetak', 'pagu;persen_tercetak'),
    expect: { code: 'field-invalid', file: at(BUD), row: ROW.bud.cacat, field: 'cacat_cetak' },
  },
  {
    name: 'budget-negative-pagu',
    rule: 'pagu is not negative',
    mutate: (s) => s.setCell(BUD, ROW.bud.pk, 'pagu', '-1.100.000,-'),
    expect: { code: 'value-negative', file: at(BUD), row: ROW.bud.pk, field: 'pagu' },
  },
  {
    name: 'budget-unknown-level',
    rule: 'tingkat is total | urusan | program | kegiatan | subkegiatan',
    mutate: (s) => s.setCell(BUD, ROW.bud.pk, 'tingkat', 'sub-kegiatan'),
    expect: { code: 'field-invalid', file: at(BUD), row: ROW.bud.pk, field: 'tingkat' },
  },
  {
    name: 'budget-unknown-role',
    rule: 'peran is realisasi | pk | pk-perubahan | rencana',
    mutate: (s) => s.setCell(BUD, ROW.bud.pk, 'peran', 'anggaran'),
    expect: { code: 'field-invalid', file: at(BUD), row: ROW.bud.pk, field: 'peran' },
  },
  {
    name: 'budget-duplicate-id',
    rule: 'budget ids are unique',
    mutate: (s) => s.appendCopy(BUD, ROW.bud.sub, { nama: 'Penyediaan Alat Bantu', sumber_baris: '65' }),
    expect: { code: 'duplicate-id', file: at(BUD), row: 8, field: 'id' },
  },
  {
    name: 'budget-orphan',
    rule: "a budget line's parent exists",
    mutate: (s) =>
      s.appendRow(BUD, {
        id: 'R.P2.K1',
        induk: 'R.P2',
        tingkat: 'kegiatan',
        nama: 'Kegiatan lain',
        pagu: '100.000,00',
        peran: 'realisasi',
        sumber_tabel: 'Tabel 3.2',
      }),
    expect: { code: 'missing-parent', file: at(BUD), row: 8, field: 'induk' },
  },
  {
    name: 'budget-child-above-parent',
    rule: 'a budget line sits below its parent (no urusan under a program)',
    mutate: (s) =>
      s.appendRow(BUD, {
        id: 'R.P1.U1',
        induk: 'R.P1',
        tingkat: 'urusan',
        nama: 'Urusan Sosial',
        pagu: '100.000,00',
        peran: 'realisasi',
        sumber_tabel: 'Tabel 3.2',
      }),
    expect: { code: 'parent-level', file: at(BUD), row: 8, field: 'tingkat' },
  },
  {
    name: 'budget-year-outside',
    rule: 'an optional tahun lies within tahun_data',
    mutate: (s) => s.addColumn(BUD, 'tahun', (row) => (row === ROW.bud.pk ? '2017' : '')),
    expect: { code: 'year-outside-report', file: at(BUD), row: ROW.bud.pk, field: 'tahun' },
  },

  // -- pembanding, efisiensi, ringkasan, narasi, tabel -----------------------------------------------------------
  {
    name: 'benchmark-unknown-indicator',
    rule: 'a benchmark names an indicator of indikator.csv',
    mutate: (s) => s.setCell(BEN, 2, 'indikator', 'S1.I3'),
    expect: { code: 'unknown-reference', file: at(BEN), row: 2, field: 'indikator' },
  },
  {
    name: 'benchmark-empty-value',
    rule: 'a benchmark has a value',
    mutate: (s) => s.setCell(BEN, 2, 'nilai', ''),
    expect: { code: 'field-required', file: at(BEN), row: 2, field: 'nilai' },
  },
  {
    name: 'efficiency-unknown-scope',
    rule: 'efisiensi lingkup is a tree code, an indicator code or laporan',
    mutate: (s) => s.setCell(EFF, 2, 'lingkup', 'S3'),
    expect: { code: 'unknown-reference', file: at(EFF), row: 2, field: 'lingkup' },
  },
  {
    name: 'summary-unknown-scope',
    rule: 'ringkasan lingkup is a tree code, a budget id or laporan',
    mutate: (s) => s.setCell(SUM, 2, 'lingkup', 'Sasaran 1'),
    expect: { code: 'unknown-reference', file: at(SUM), row: 2, field: 'lingkup' },
  },
  {
    name: 'summary-unknown-kind',
    rule: 'ringkasan jenis is one of the documented aggregates',
    mutate: (s) => s.setCell(SUM, 2, 'jenis', 'rata-rata'),
    expect: { code: 'field-invalid', file: at(SUM), row: 2, field: 'jenis' },
  },
  {
    name: 'summary-empty-value',
    rule: 'a printed aggregate has a value',
    mutate: (s) => s.setCell(SUM, 2, 'nilai', ''),
    expect: { code: 'field-required', file: at(SUM), row: 2, field: 'nilai' },
  },
  {
    name: 'narrative-unknown-scope',
    rule: 'narasi lingkup is an indicator code, a tree code or laporan',
    mutate: (s) => s.setCell(NAR, 3, 'lingkup', 'S1.I9'),
    expect: { code: 'unknown-reference', file: at(NAR), row: 3, field: 'lingkup' },
  },
  {
    name: 'narrative-unknown-kind',
    rule: 'narasi jenis is penyebab | kendala | solusi | program-penunjang | analisis',
    mutate: (s) => s.setCell(NAR, 2, 'jenis', 'sebab'),
    expect: { code: 'field-invalid', file: at(NAR), row: 2, field: 'jenis' },
  },
  {
    name: 'narrative-html',
    rule: 'narrative text is plain text, no HTML',
    mutate: (s) => s.setCell(NAR, 2, 'teks', '<ul><li>Pendataan PMKS lebih akurat.</li></ul>'),
    expect: { code: 'html-in-text', file: at(NAR), row: 2, field: 'teks' },
  },

  // -- Containment: nothing outside content/ is read, nothing that is not a plain file ----------------------------
  {
    name: 'document-symlink-secret',
    rule: 'a source document is a plain file, not a link (here to /proc/self/environ)',
    generated: true,
    mutate: (s) => s.symlink('dokumen/contoh.txt', '/proc/self/environ'),
    expect: { code: 'file-symlink', file: at('dokumen/contoh.txt') },
  },
  {
    name: 'csv-symlink-outside',
    rule: 'a CSV is a plain file, not a link to a file outside content/',
    generated: true,
    mutate: (s) => s.symlink(VAL, '{outside}/nilai.csv'),
    expect: { code: 'file-symlink', file: at(VAL) },
  },
  {
    name: 'dokumen-folder-symlink',
    rule: 'content/dokumen is a real folder, not a link to one outside content/',
    generated: true,
    mutate: (s) => {
      s.remove('dokumen/contoh.txt');
      s.symlink('dokumen', '{outside}');
    },
    expect: { code: 'file-symlink', file: at('dokumen') },
  },
  {
    name: 'report-folder-symlink-loop',
    rule: 'a report folder is a real folder, not a link (here to itself: ELOOP)',
    generated: true,
    mutate: (s) => s.symlink('laporan/dinas-contoh/2024-lkjip-tw1', '2024-lkjip-tw1'),
    expect: { code: 'file-symlink', file: at('laporan/dinas-contoh/2024-lkjip-tw1') },
  },
  {
    name: 'extra-table-dangling-symlink',
    rule: 'an extra table is a plain file, not a link to nothing (ENOENT)',
    generated: true,
    mutate: (s) => s.symlink(PEGAWAI, 'tidak-ada.csv'),
    expect: { code: 'file-symlink', file: at(PEGAWAI) },
  },
  {
    name: 'csv-is-a-folder',
    rule: 'a CSV is a file, not a folder (EISDIR)',
    generated: true,
    mutate: (s) => s.folder(NAR),
    expect: { code: 'file-not-regular', file: at(NAR) },
  },
  {
    name: 'document-is-a-folder',
    rule: 'a source document is a file, not a folder',
    generated: true,
    mutate: (s) => s.folder('dokumen/contoh.txt'),
    expect: { code: 'file-not-regular', file: at('dokumen/contoh.txt') },
  },
  {
    name: 'csv-is-a-fifo',
    rule: 'a CSV is a plain file, not a FIFO (reading one would block the build forever)',
    generated: true,
    mutate: (s) => s.fifo(SUM),
    expect: { code: 'file-not-regular', file: at(SUM) },
  },
  {
    name: 'laporan-yaml-symlink',
    rule: 'laporan.yaml is a plain file, not a link',
    generated: true,
    mutate: (s) => s.symlink(META, '/etc/hostname'),
    expect: { code: 'file-symlink', file: at(META) },
  },
  {
    name: 'agency-yaml-symlink',
    rule: 'a shared YAML file is a plain file, not a link',
    generated: true,
    mutate: (s) => {
      s.write('instansi/dinas-lain.yaml', '');
      s.symlink('instansi/dinas-lain.yaml', '../wilayah/kota-contoh.yaml');
    },
    expect: { code: 'file-symlink', file: at('instansi/dinas-lain.yaml') },
  },
  // -- Names ------------------------------------------------------------------------------------------------------
  {
    name: 'agency-file-dotdot',
    rule: 'agency file names are slugs: not ..yaml',
    mutate: (s) => s.write('instansi/..yaml', s.text(AGENCY)),
    expect: { code: 'name-not-slug', file: at('instansi/..yaml') },
  },
  {
    name: 'agency-file-dot-yaml',
    rule: 'agency file names are slugs: not .yaml',
    mutate: (s) => s.write('instansi/.yaml', s.text(AGENCY)),
    expect: { code: 'name-not-slug', file: at('instansi/.yaml') },
  },
  {
    name: 'agency-file-case-twin',
    rule: 'agency file names are lowercase (a case twin collides on Windows and macOS checkouts)',
    mutate: (s) => s.write('instansi/Dinas-Contoh.yaml', s.text(AGENCY)),
    expect: { code: 'name-not-slug', file: at('instansi/Dinas-Contoh.yaml') },
  },
  {
    name: 'region-file-bidi-name',
    rule: 'region file names are slugs: no bidi override (U+202E) in a name',
    mutate: (s) => s.write('wilayah/kota-\u202elain.yaml', s.text(REGION)),
    expect: { code: 'name-not-slug', file: at('wilayah/kota-\u202elain.yaml') },
  },
  {
    name: 'region-file-windows-device-name',
    rule: 'region file names are not Windows device names (con.yaml cannot be checked out on Windows)',
    mutate: (s) => s.write('wilayah/con.yaml', s.text(REGION)),
    expect: { code: 'name-not-slug', file: at('wilayah/con.yaml') },
  },
  {
    name: 'agency-folder-not-slug',
    rule: 'agency folder names under laporan/ are slugs (spaces and %2F give broken links)',
    mutate: (s) => s.write('laporan/dinas contoh%2F/2024-lkjip/laporan.yaml', s.text(META)),
    expect: { code: 'name-not-slug', file: at('laporan/dinas contoh%2F') },
  },
  {
    name: 'document-name-uppercase',
    rule: 'dokumen.berkas is lowercase (a case twin collides on Windows and macOS checkouts)',
    mutate: (s) => {
      s.move('dokumen/contoh.txt', 'dokumen/Contoh.txt');
      s.replace(META, 'berkas: contoh.txt', 'berkas: Contoh.txt');
    },
    expect: { code: 'field-invalid', file: at(META), field: 'dokumen.berkas' },
  },
  {
    name: 'duplicate-report',
    rule: 'one report per agency, year, type and period (2024-lkjip and 2024-lkjip-tahunan publish it twice)',
    mutate: (s) => {
      for (const path of [...s.files.keys()].filter((p) => p.startsWith(`${R}/`))) {
        s.write(path.replace(`${R}/`, `${R}-tahunan/`), s.bytes(path));
      }
    },
    expect: { code: 'duplicate-report', file: at(`${R}-tahunan/laporan.yaml`) },
  },
  {
    name: 'tree-code-zero-width',
    rule: 'codes hold no zero-width characters (S1 and S1\u200b look identical)',
    mutate: (s) => s.setCell(TREE, ROW.tree.S1P1, 'kode', 'S1.P1\u200b'),
    expect: { code: 'text-control-character', file: at(TREE), row: ROW.tree.S1P1, field: 'kode' },
  },
  {
    name: 'indicator-name-cyrillic',
    rule: 'names mix no Cyrillic look-alike into a Latin word (Dinаs with a Cyrillic а)',
    mutate: (s) => s.setCell(IND, ROW.ind.S1I2, 'nama', 'Laju pertumbuhаn kasus'),
    expect: { code: 'text-mixed-script', file: at(IND), row: ROW.ind.S1I2, field: 'nama' },
  },
  {
    name: 'extra-table-html',
    rule: 'extra tables are under the no-HTML rule too (they used to let tags through to the page)',
    mutate: (s) => s.setCell(PEGAWAI, 2, 'Jabatan', '<img src=x onerror=alert(1)>'),
    expect: { code: 'html-in-text', file: at(PEGAWAI), row: 2, field: 'Jabatan' },
  },
  {
    name: 'indicator-name-without-key',
    rule: "an indicator's name has a Latin letter or digit (it is its page address; a Cyrillic-only name has none)",
    mutate: (s) => s.setCell(IND, ROW.ind.S1I2, 'nama', 'Київ'),
    expect: { code: 'field-invalid', file: at(IND), row: ROW.ind.S1I2, field: 'nama' },
  },
  {
    name: 'narrative-bidi-override',
    rule: 'text holds no bidi override (U+202E reverses what readers see)',
    mutate: (s) => s.setCell(NAR, 2, 'teks', 'Pendataan \u202eakurat'),
    expect: { code: 'text-control-character', file: at(NAR), row: 2, field: 'teks' },
  },
  {
    name: 'yaml-title-control-character',
    rule: 'a title holds no control character (a NUL makes feed.xml not well-formed)',
    mutate: (s) => s.replace(META, 'judul: LKjIP Dinas Contoh Tahun 2024', 'judul: "LKjIP Dinas Contoh\\0 Tahun 2024"'),
    expect: { code: 'text-control-character', file: at(META), field: 'judul' },
  },
  {
    name: 'satuan-html',
    rule: 'satuan is under the no-HTML rule',
    mutate: (s) => s.setCell(IND, ROW.ind.S1I1, 'satuan', '<i>%</i>'),
    expect: { code: 'html-in-text', file: at(IND), row: ROW.ind.S1I1, field: 'satuan' },
  },
  {
    name: 'ordinal-figure-html',
    rule: 'an ordinal figure (a level label) is under the no-HTML rule',
    mutate: (s) => s.setCell(VAL, ROW.val.ordinal, 'realisasi', '<b>Madya</b>'),
    expect: { code: 'html-in-text', file: at(VAL), row: ROW.val.ordinal, field: 'realisasi' },
  },
  {
    name: 'nip-html',
    rule: 'the signatory nip is under the no-HTML rule',
    mutate: (s) => s.replace(META, '  nama: Budi\n', '  nama: Budi\n  nip: "<img src=x>"\n'),
    expect: { code: 'html-in-text', file: at(META), field: 'penandatangan.nip' },
  },
  {
    name: 'sumber-halaman-html',
    rule: 'sumber_halaman is under the no-HTML rule',
    mutate: (s) => s.addColumn(NAR, 'sumber_halaman', (row) => (row === 2 ? '<a href=x>12</a>' : '')),
    expect: { code: 'html-in-text', file: at(NAR), row: 2, field: 'sumber_halaman' },
  },
  {
    name: 'scale-printed-text-html',
    rule: "a scale band's teks_tercetak is under the no-HTML rule",
    mutate: (s) =>
      s.replace(
        'skala/contoh-lkjip-2024.yaml',
        '    bawah: 110\n',
        '    bawah: 110\n    teks_tercetak: "<b>≥ 110</b>"\n',
      ),
    expect: { code: 'html-in-text', file: at('skala/contoh-lkjip-2024.yaml'), field: 'pita[0].teks_tercetak' },
  },
  {
    name: 'value-arabic-indic-digits',
    rule: 'figures use the digits 0-9 (Arabic-Indic digits are digits, not words)',
    mutate: (s) => s.setCell(VAL, ROW.val.capaian, 'realisasi', '٩٢,٥٥%'),
    expect: { code: 'value-unparseable', file: at(VAL), row: ROW.val.capaian, field: 'realisasi' },
  },
  {
    name: 'value-fullwidth-digits',
    rule: 'figures use the digits 0-9 (fullwidth digits are digits, not words)',
    mutate: (s) => s.setCell(BUD, ROW.bud.sub, 'pagu', '１.０００'),
    expect: { code: 'value-unparseable', file: at(BUD), row: ROW.bud.sub, field: 'pagu' },
  },
  {
    name: 'batas-capaian-zero',
    rule: 'batas_capaian is > 0',
    mutate: (s) => s.replace(META, 'format_angka: id\n', 'format_angka: id\nbatas_capaian: 0\n'),
    expect: { code: 'field-invalid', file: at(META), field: 'batas_capaian' },
  },
  {
    name: 'batas-capaian-negative',
    rule: 'batas_capaian is not negative',
    mutate: (s) => s.replace(META, 'format_angka: id\n', 'format_angka: id\nbatas_capaian: -100\n'),
    expect: { code: 'field-invalid', file: at(META), field: 'batas_capaian' },
  },
  // -- Limits -----------------------------------------------------------------------------------------------------
  {
    name: 'csv-too-many-rows',
    rule: 'a CSV has at most 5,000 data rows',
    mutate: (s) => s.write(PEGAWAI, `Jabatan,Jumlah\n${'Staf,1\n'.repeat(5001)}`),
    expect: { code: 'csv-too-many-rows', file: at(PEGAWAI) },
  },
  {
    name: 'csv-too-many-columns',
    rule: 'a CSV has at most 60 columns (counted on the header line before parsing)',
    mutate: (s) => {
      const header = Array.from({ length: 100 }, (_, i) => `k${i}`).join(',');
      s.write(PEGAWAI, `${header}\n${Array(100).fill('1').join(',')}\n`);
    },
    expect: { code: 'csv-too-many-columns', file: at(PEGAWAI), row: 1 },
  },
  {
    name: 'csv-cell-too-long',
    rule: 'a CSV cell has at most 10,000 characters',
    mutate: (s) => s.setCell(NAR, 2, 'teks', 'Pendataan. '.repeat(1000)),
    expect: { code: 'csv-cell-too-long', file: at(NAR), row: 2, field: 'teks' },
  },
  {
    name: 'extra-table-too-large',
    rule: 'an extra table is at most 1 MiB (a few MB crashed the export)',
    generated: true,
    mutate: (s) => s.write(PEGAWAI, `Jabatan,Jumlah\n${`${'x'.repeat(2000)},1\n`.repeat(1000)}`),
    expect: { code: 'file-too-large', file: at(PEGAWAI) },
  },
  {
    name: 'report-output-budget',
    rule: "a report's tables together are at most 4 MiB (the output budget per report)",
    generated: true,
    mutate: (s) => {
      const big = `Jabatan,Jumlah\n${`${'x'.repeat(1000)},1\n`.repeat(1000)}`;
      for (let i = 1; i <= 5; i++) s.write(`${R}/tabel/besar-${i}.csv`, big);
    },
    expect: { code: 'report-too-large', file: at(R) },
  },
  {
    name: 'value-too-many-digits',
    rule: 'a figure has at most 24 digits (so every sum stays exact)',
    mutate: (s) => s.setCell(BUD, ROW.bud.sub, 'pagu', '1.000.000.000.000.000.000.000.000'),
    expect: { code: 'value-too-many-digits', file: at(BUD), row: ROW.bud.sub, field: 'pagu' },
  },
  {
    name: 'yaml-alias-bomb',
    rule: 'YAML uses at most a few aliases (an alias bomb is refused before it is expanded)',
    mutate: (s) => {
      const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
      for (let i = 1; i < 9; i++) {
        const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
        lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      }
      s.write(AGENCY, `${s.text(AGENCY)}catatan_bom:\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
    },
    expect: { code: 'yaml-too-complex', file: at(AGENCY) },
  },
  {
    name: 'document-too-large',
    rule: 'a source document is at most 4 MiB',
    generated: true,
    mutate: (s) => s.write('dokumen/contoh.txt', s.text('dokumen/contoh.txt') + 'baris tambahan\n'.repeat(300_000)),
    expect: { code: 'file-too-large', file: at('dokumen/contoh.txt') },
  },
  // -- Documents --------------------------------------------------------------------------------------------------
  {
    name: 'document-windows-1252',
    rule: 'a source document is UTF-8 (Windows-1252 gets its own hint)',
    mutate: (s) =>
      s.write('dokumen/contoh.txt', cp1252(s.text('dokumen/contoh.txt').replace('dokumen contoh.', 'dokumen café.'))),
    expect: { code: 'file-not-utf8', file: at('dokumen/contoh.txt'), row: 3 },
  },
  {
    name: 'document-utf16',
    rule: 'a source document is UTF-8, not UTF-16',
    mutate: (s) => {
      const text = s.text('dokumen/contoh.txt');
      s.write(
        'dokumen/contoh.txt',
        Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
      );
    },
    expect: { code: 'file-utf16', file: at('dokumen/contoh.txt') },
  },
  {
    name: 'document-nul',
    rule: 'a source document holds no NUL byte',
    mutate: (s) =>
      s.write('dokumen/contoh.txt', s.text('dokumen/contoh.txt').replace('dokumen contoh.', 'dokumen\u0000contoh.')),
    expect: { code: 'file-nul', file: at('dokumen/contoh.txt'), row: 3 },
  },
  {
    name: 'document-control-character',
    rule: 'a source document holds no control or bidi character (its line is named)',
    mutate: (s) =>
      s.write('dokumen/contoh.txt', s.text('dokumen/contoh.txt').replace('dokumen contoh.', 'dokumen \u202econtoh.')),
    expect: { code: 'text-control-character', file: at('dokumen/contoh.txt'), row: 3 },
  },
  {
    name: 'document-script-tag',
    rule: 'a source document holds no HTML beyond the formatting tags of PDF extraction',
    mutate: (s) =>
      s.write(
        'dokumen/contoh.txt',
        s.text('dokumen/contoh.txt').replace('dokumen contoh.', 'dokumen <script>alert(1)</script>'),
      ),
    expect: { code: 'html-in-text', file: at('dokumen/contoh.txt'), row: 3 },
  },
  {
    name: 'source-line-one-past-end',
    rule: 'sumber_baris is at most the last line (a 100-line file has no line 101)',
    mutate: (s) => s.replace(`${R}/narasi.csv`, 'Tabel 3.1.1.H,91', 'Tabel 3.1.1.H,101'),
    expect: { code: 'field-invalid', file: at(`${R}/narasi.csv`), row: 3, field: 'sumber_baris' },
  },
  {
    name: 'source-line-zero',
    rule: 'sumber_baris is at least 1',
    mutate: (s) => s.replace(`${R}/narasi.csv`, 'Tabel 3.1.1.H,91', 'Tabel 3.1.1.H,0'),
    expect: { code: 'field-invalid', file: at(`${R}/narasi.csv`), row: 3, field: 'sumber_baris' },
  },
  {
    name: 'extra-table-source-line-beyond',
    rule: 'tabel_tambahan sumber_baris is at most the last line of the document',
    mutate: (s) => s.replace(META, '    sumber_baris: 10\n', '    sumber_baris: 101\n'),
    expect: { code: 'field-invalid', file: at(META), field: 'tabel_tambahan[0].sumber_baris' },
  },
  {
    name: 'yaml-quoted-list-item',
    rule: 'a list item that starts with a quote is quoted whole (the hint says so)',
    mutate: (s) =>
      s.replace(META, '  - Peraturan Presiden Nomor 29 Tahun 2014', '  - "Peraturan Presiden" Nomor 29 Tahun 2014'),
    expect: { code: 'yaml-syntax', file: at(META), row: 12 },
  },
];

// ---- Valid variants -------------------------------------------------------------------------------------------

const BOM = '\uFEFF';

export const validVariants: ValidVariant[] = [
  {
    name: 'excel-id-csv',
    rule: 'CSVs saved by Excel/LibreOffice in an Indonesian locale (BOM, ;, decimal comma, CRLF) need no format_angka',
    mutate: (s) => {
      // No declared format: the semicolon files are read as id (decimal comma), as Excel-ID writes them.
      s.replace(META, 'format_angka: id\n', '');
      s.setCell(BUD, ROW.bud.total, 'pagu', '1000000,00');
      for (const path of [VAL, BUD, BEN, EFF, SUM]) {
        s.rewriteCsv(path, (rows) => rows, ';');
        s.write(path, BOM + s.text(path).replace(/\n/g, '\r\n'));
      }
    },
  },
  {
    name: 'yaml-cr-only',
    rule: 'YAML with old-Mac CR-only line breaks is read like LF',
    mutate: (s) => s.write(META, s.text(META).replace(/\n/g, '\r')),
  },
  {
    name: 'document-extraction-markup',
    rule: "a document may keep its PDF extraction's formatting tags (<b>, <p>, <li>): shown as printed",
    mutate: (s) =>
      s.write(
        'dokumen/contoh.txt',
        s
          .text('dokumen/contoh.txt')
          .replace('dokumen contoh.', '<b>dokumen</b> <p style="text-align: center;">contoh.</p>'),
      ),
  },
  {
    name: 'source-line-last',
    rule: 'sumber_baris may point at the last line of the document',
    mutate: (s) => s.replace(`${R}/narasi.csv`, 'Tabel 3.1.1.H,91', 'Tabel 3.1.1.H,100'),
  },
  {
    name: 'whole-word-cyrillic',
    rule: 'a whole word in another script is not a look-alike (only mixed words are)',
    mutate: (s) => s.setCell(NAR, 2, 'teks', 'Pendataan PMKS (Київ, Ωμέγα) lebih akurat.'),
  },
  {
    name: 'bom-csv',
    rule: 'a UTF-8 BOM before a CSV header is accepted (Excel writes one)',
    mutate: (s) => s.write(VAL, BOM + s.text(VAL)),
  },
  {
    name: 'bom-yaml',
    rule: 'a UTF-8 BOM before YAML is accepted',
    mutate: (s) => s.write(META, BOM + s.text(META)),
  },
  {
    name: 'crlf-line-endings',
    rule: 'Windows line endings are accepted',
    mutate: (s) => {
      for (const path of [...s.files.keys()].filter((p) => p.endsWith('.csv') || p.endsWith('.yaml'))) {
        s.write(path, s.text(path).replace(/\n/g, '\r\n'));
      }
    },
  },
  {
    name: 'comment-row',
    rule: 'a row whose first cell starts with # is a note and is skipped (row numbers unchanged)',
    mutate: (s) =>
      s.write(NAR, s.text(NAR).replace('\n', '\n# contoh: S1.I1,penyebab,"teks, dengan koma",Tabel 3.1,1\n')),
  },
  {
    name: 'header-only-csv',
    rule: 'a header-only CSV is valid: zero rows',
    mutate: (s) => s.write(NAR, 'lingkup,jenis,teks,sumber_tabel,sumber_baris\n'),
  },
  {
    name: 'no-trailing-newline',
    rule: 'the last line may lack a newline',
    mutate: (s) => s.write(VAL, s.text(VAL).replace(/\n$/, '')),
  },
  {
    name: 'blank-lines',
    rule: 'blank lines (inside and at the end) are skipped',
    mutate: (s) => s.write(VAL, s.text(VAL).replace('Tabel 3.1,51\n', 'Tabel 3.1,51\n\n') + '\n\n'),
  },
  {
    name: 'quoted-and-padded-cells',
    rule: 'quoted header names and spaces around cells are accepted',
    mutate: (s) => {
      s.replace(TREE, 'kode,tingkat,induk,nama,', '"kode","tingkat","induk","nama",');
      s.replace(TREE, 'S2,sasaran,T1,', 'S2 , sasaran,T1 ,');
    },
  },
  {
    name: 'multiline-cell',
    rule: 'a quoted cell may hold line breaks',
    mutate: (s) => s.setCell(NAR, 2, 'teks', 'Pendataan PMKS lebih akurat.\nVerifikasi dilakukan tiap bulan.'),
  },
  {
    name: 'columns-reordered',
    rule: 'columns may come in any order',
    mutate: (s) => s.rewriteCsv(VAL, (rows) => rows.map((cells) => [...cells].reverse())),
  },
  {
    name: 'minimal-report',
    rule: 'only laporan.yaml, pohon-kinerja.csv, indikator.csv and nilai.csv are required',
    mutate: (s) => {
      for (const path of [BUD, BEN, EFF, SUM, NAR, PEGAWAI]) s.remove(path);
      s.replace(
        META,
        'tabel_tambahan:\n  - berkas: tabel/pegawai.csv\n    judul: Jumlah pegawai\n    sumber_tabel: Tabel 1.1\n    sumber_baris: 10\n',
        '',
      );
    },
  },
  {
    name: 'notes-file',
    rule: 'CATATAN.md and README.md may sit in a report folder',
    mutate: (s) => {
      s.write(`${R}/CATATAN.md`, '# Catatan\n\nTabel 3.2 terpotong di halaman 14.\n');
      s.write(`${R}/README.md`, 'Sumber: contoh.txt\n');
    },
  },
  {
    name: 'missing-tokens',
    rule: 'printed "-", "N/A", "Belum ada penilaian" are values printed as missing',
    mutate: (s) => {
      s.setCell(VAL, ROW.val.capaian2023, 'realisasi', 'N/A');
      s.setCell(VAL, ROW.val.capaian2023, 'capaian_tercetak', '-');
      s.setCell(VAL, ROW.val.rasio, 'realisasi', 'Belum ada penilaian');
    },
  },
  {
    name: 'negative-indicator-value',
    rule: 'indicator values may be negative (a growth rate of −0,5%)',
    mutate: (s) => s.setCell(VAL, ROW.val.negatif, 'realisasi', '-0,5'),
  },
  {
    name: 'budget-children-do-not-add-up',
    rule: 'children that do not add up to their parent are a finding, not an error',
    mutate: (s) => s.setCell(BUD, ROW.bud.sub, 'pagu', '650.000,00'),
  },
  {
    name: 'realisation-above-budget',
    rule: 'spending above the allocation is a finding, not an error',
    mutate: (s) => s.setCell(BUD, ROW.bud.sub, 'realisasi', '700.000'),
  },
  {
    name: 'code-outside-parent-prefix',
    rule: "a code outside its parent's prefix is odd but valid (codes are as printed)",
    mutate: (s) =>
      s.appendRow(TREE, {
        kode: 'S2.P1',
        tingkat: 'program',
        induk: 'S1',
        nama: 'Program Perlindungan Sosial',
        sumber_tabel: 'Tabel 3.7',
        sumber_baris: '44',
      }),
  },
  {
    name: 'printed-capaian-wrong',
    rule: 'a wrong printed capaian and predicate are findings, not errors',
    mutate: (s) => {
      s.setCell(VAL, ROW.val.capaian, 'capaian_tercetak', '150,00%');
      s.setCell(VAL, ROW.val.capaian, 'predikat_tercetak', 'Kurang');
    },
  },
  {
    name: 'printed-average-wrong',
    rule: 'a printed average that does not match its indicators is a finding, not an error',
    mutate: (s) => s.setCell(SUM, 2, 'nilai', '80,00%'),
  },
  {
    name: 'same-figure-two-tables',
    rule: 'the same indicator and year in two tables is two rows (the engine compares them)',
    mutate: (s) =>
      s.appendCopy(VAL, ROW.val.capaian, { sumber_tabel: 'Tabel 3.3', sumber_baris: '57', realisasi: '92,5%' }),
  },
  {
    name: 'unicode-names',
    rule: 'non-ASCII text (UTF-8) is fine: ≥, –, é, curly quotes',
    mutate: (s) => s.setCell(NAR, 2, 'teks', 'Capaian ≥ 90% – “baik”; koordinasi café-kelurahan.'),
  },
  {
    name: 'less-than-sign',
    rule: 'a < that starts no tag (x < 110) is text, not HTML',
    mutate: (s) => s.setCell(IND, ROW.ind.S1I1, 'catatan_polaritas', 'makin tinggi makin baik; < 60 = gagal'),
  },
];

/** Case names are folder names: unique, lower-case, kebab. */
export function checkNames(): void {
  const names = [...invalidCases, ...validVariants].map((c) => c.name);
  for (const n of names) if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(n)) throw new Error(`fixture: bad case name ${n}`);
  if (new Set(names).size !== names.length) throw new Error('fixture: duplicate case names');
  if (names.includes(VARIANTS_DIR)) throw new Error(`fixture: ${VARIANTS_DIR} is reserved`);
}
