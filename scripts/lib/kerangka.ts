/**
 * The files `npm run new-report` writes, as text: a report folder (laporan.yaml with what is known filled in and
 * what is still needed left empty; each CSV with its header and one `#` example row), and the region and agency
 * files when they are new. Pure: the CLI decides what to write where.
 */
import Papa from 'papaparse';
import { periods, reportTypes, type CsvFileName } from '../../src/lib/data/skema.ts';
import { columnsOf } from './kamus-kolom.ts';

export type ReportType = (typeof reportTypes)[number];
export type Period = (typeof periods)[number];

export interface ScaffoldAnswers {
  agency: string;
  /** Set when the agency is new: its name as printed. */
  agencyName?: string;
  region: string;
  /** Set when the region is new. */
  regionName?: string;
  regionKind?: 'kota' | 'kabupaten' | 'provinsi';
  province?: string;
  year: number;
  type: ReportType;
  period: Period;
  /** The document text's name in content/dokumen/. */
  documentFile: string;
  /** Optional CSV files to add besides the three required ones. */
  extraFiles?: CsvFileName[];
}

export const SCAFFOLD_FILES: readonly CsvFileName[] = ['pohon-kinerja.csv', 'indikator.csv', 'nilai.csv'];

/** `2024-lkjip`, `2024-laporan-triwulan-tw1`: the folder name the validator expects. */
export function folderName(a: Pick<ScaffoldAnswers, 'year' | 'type' | 'period'>): string {
  return a.period === 'tahunan' ? `${a.year}-${a.type}` : `${a.year}-${a.type}-${a.period}`;
}

/**
 * The columns a template carries: every column the file may have, so an agency never has to add one (the guide
 * says not to touch the header row); the optional ones are simply left empty.
 */
export function templateColumns(file: CsvFileName): ReturnType<typeof columnsOf> {
  return columnsOf(file);
}

/**
 * The example row of each file, the same in the CSV scaffolds and the Excel template. The rows fit together (the
 * indicator measures the tree's T1, the value is the indicator's, the programme is the shared support programme
 * every agency has) and each is valid once its `#` is removed, so an agency can start from it; the columns for
 * printing quirks (format_angka, cacat_cetak, hilang_dari_sumber, …) and the document line and page are left empty,
 * because a made-up line number or quirk would be wrong for every real document.
 */
export function exampleRow(file: CsvFileName, year: number): Record<string, string> {
  const y = String(year);
  const programme = {
    tingkat: 'program',
    kode: 'X.XX.01',
    nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH',
    sumber_tabel: 'Tabel 3.2',
  };
  const rows: Record<CsvFileName, Record<string, string>> = {
    'pohon-kinerja.csv': {
      kode: 'T1',
      tingkat: 'tujuan',
      induk: '',
      nama: 'Meningkatnya kualitas pelayanan publik',
      sumber_tabel: 'Tabel 2.1',
    },
    'indikator.csv': {
      kode: 'T1.I1',
      induk: 'T1',
      nama: 'Indeks Kepuasan Masyarakat',
      jenis_nilai: 'angka',
      polaritas: 'positif',
      sumber_tabel: 'Tabel 3.1',
      satuan: 'indeks',
      iku: 'ya',
    },
    'nilai.csv': {
      indikator: 'T1.I1',
      tahun: y,
      peran: 'capaian',
      target: '80',
      realisasi: '82,5',
      capaian_tercetak: '103,13%',
      sumber_tabel: 'Tabel 3.1',
    },
    'anggaran.csv': {
      id: 'R.P1',
      induk: '',
      ...programme,
      pagu: '1.250.000.000',
      realisasi: '1.187.500.000',
      persen_tercetak: '95%',
      peran: 'realisasi',
    },
    'pembanding.csv': {
      indikator: 'T1.I1',
      tahun: y,
      pembanding: 'Provinsi',
      nilai: '80,1',
      sumber_tabel: 'Tabel 3.3',
    },
    'efisiensi.csv': {
      lingkup: 'T1',
      capaian_tercetak: '103,13%',
      pagu: '1.250.000.000',
      realisasi: '1.187.500.000',
      serapan_tercetak: '95%',
      sumber_tabel: 'Tabel 3.4',
    },
    'ringkasan.csv': {
      lingkup: 'laporan',
      jenis: 'rata-rata-capaian',
      nilai: '103,13%',
      sumber_tabel: 'Tabel 3.1',
    },
    'narasi.csv': {
      lingkup: 'T1.I1',
      jenis: 'penyebab',
      teks: 'Waktu layanan perizinan makin singkat.',
      sumber_tabel: 'Tabel 3.1',
    },
    'rencana.csv': {
      id: 'P1',
      induk: '',
      ...programme,
      sumber_tabel: 'Tabel 4.1',
      indikator: 'Persentase layanan administrasi yang tepat waktu',
      target: '100%',
      satuan: '%',
      pagu_indikatif: '1.300.000.000',
      tahun: y,
    },
  };
  return rows[file];
}

/** Header row plus one example row whose first cell starts with `#` (the readers skip it). */
export function csvTemplate(file: CsvFileName, year: number): string {
  const columns = templateColumns(file);
  const row = exampleRow(file, year);
  const example = columns.map((c) => row[c.name] ?? '');
  example[0] = `#${example[0]}`;
  return `${Papa.unparse([columns.map((c) => c.name), example], { newline: '\n' })}\n`;
}

const yamlString = (s: string) => (/^[\w .,()/-]+$/.test(s) && !/^\d/.test(s) ? s : JSON.stringify(s));

export function reportYaml(a: ScaffoldAnswers): string {
  return [
    '# Keterangan laporan. Setiap isian dijelaskan di docs/referensi-format.md.',
    '# Report metadata. Every field is described in docs/referensi-format.md.',
    `instansi: ${a.agency}`,
    `jenis: ${a.type}`,
    `tahun: ${a.year}                  # tahun yang dilaporkan / the year reported on`,
    `periode: ${a.period}`,
    'judul:                      # WAJIB: judul dokumen seperti tercetak / REQUIRED: the title as printed',
    'dokumen:',
    `  berkas: ${a.documentFile}   # teks dokumen di content/dokumen/ (npm run dokumen)`,
    'format_angka: id            # id: 1.234.567,89 | en: 1,234,567.89',
    `tahun_data: { dari: ${a.year - 1}, sampai: ${a.year} }   # tahun angka di laporan / years of the figures`,
    '# skala: nasional           # skala predikat laporan (content/skala/) / the report’s predicate scale',
    '# batas_capaian: 100        # bila dokumen membatasi capaian / when the document caps capaian',
    `# tahun_sampul: ${a.year + 1}         # bila sampul mencetak tahun lain / when the cover prints another year`,
    '',
  ].join('\n');
}

export function regionYaml(a: ScaffoldAnswers): string {
  return [
    `nama: ${yamlString(a.regionName ?? '')}`,
    `jenis: ${a.regionKind ?? 'kota'}`,
    `provinsi: ${yamlString(a.province ?? '')}`,
    '# kode_bps: "3574"',
    '',
  ].join('\n');
}

export function agencyYaml(a: ScaffoldAnswers): string {
  return [
    `wilayah: ${a.region}`,
    'nama:',
    `  - nama: ${yamlString(a.agencyName ?? '')}`,
    '#   singkatan: Dinsos',
    '#   mulai: 2020',
    '# Urusan pemerintahan yang diampu, seperti di dokumen (boleh kosong) / government affairs it runs, e.g.:',
    '# urusan: [Sosial, Pemberdayaan Perempuan dan Perlindungan Anak]',
    'urusan: []',
    '',
  ].join('\n');
}

/** Every file to write, path relative to content/ → text. Region and agency only when new. */
export function scaffoldFiles(a: ScaffoldAnswers, existing: { region: boolean; agency: boolean }): Map<string, string> {
  const files = new Map<string, string>();
  if (!existing.region) files.set(`wilayah/${a.region}.yaml`, regionYaml(a));
  if (!existing.agency) files.set(`instansi/${a.agency}.yaml`, agencyYaml(a));
  const dir = `laporan/${a.agency}/${folderName(a)}`;
  files.set(`${dir}/laporan.yaml`, reportYaml(a));
  for (const file of [...SCAFFOLD_FILES, ...(a.extraFiles ?? [])])
    files.set(`${dir}/${file}`, csvTemplate(file, a.year));
  return files;
}

/** A region slug tells its kind and name: `kota-malang` → kota, "Kota Malang". */
export function guessRegion(slug: string): { kind: 'kota' | 'kabupaten' | 'provinsi'; name: string } {
  const words = slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  const kind = slug.startsWith('kabupaten-') ? 'kabupaten' : slug.startsWith('provinsi-') ? 'provinsi' : 'kota';
  return { kind, name: words.join(' ') };
}
