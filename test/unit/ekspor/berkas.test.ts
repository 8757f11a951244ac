import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildTables,
  datasetFiles,
  downloadTables,
  kamusData,
  reportTablePath,
  type DataPackage,
} from '../../../src/lib/ekspor/index.ts';
import {
  byPath,
  dataPackageProblems,
  expectedText,
  FIXTURE,
  load,
  readBack,
  REPO,
  reportChecksums,
  tallyContent,
  tallyDatasetDownloads,
  tallyReportDownloads,
} from './bantu.ts';

const fixture = load(FIXTURE);
const files = datasetFiles(fixture.content, fixture.scored);
const files2 = byPath(files);

describe('datasetFiles on the valid fixture', () => {
  it('loads the fixture without errors', () => {
    expect(fixture.errors).toEqual([]);
  });

  it('publishes every table in two variants, per report, per indicator, per programme, plus package and dictionary', () => {
    const report = 'unduh/laporan/dinas-contoh/2024-lkjip';
    const three = (base: string) => [`${base}.csv`, `${base}.json`];
    const expected = [
      ...three('unduh/anggaran'),
      'unduh/datapackage.json',
      ...three('unduh/efisiensi'),
      ...three('unduh/indikator'),
      ...three('unduh/indikator/kategori-kota-layak-anak'),
      ...three('unduh/indikator/laju-pertumbuhan-kasus'),
      ...three('unduh/indikator/pembanding/persentase-pmks-yang-tertangani'),
      ...three('unduh/indikator/persentase-pmks-yang-direhabilitasi'),
      ...three('unduh/indikator/persentase-pmks-yang-tertangani'),
      ...three('unduh/indikator/rasio-kdrt'),
      'unduh/kamus-data.md',
      ...three('unduh/laporan'),
      ...[
        'anggaran',
        'efisiensi',
        'indikator',
        'laporan',
        'narasi',
        'nilai',
        'pembanding',
        'pohon-kinerja',
        'ringkasan',
      ].flatMap((t) => three(`${report}/${t}`)),
      ...three(`${report}/tabel/pegawai`),
      ...three(`${report}/temuan`),
      ...three('unduh/narasi'),
      ...three('unduh/nilai'),
      ...three('unduh/pembanding'),
      ...three('unduh/pohon-kinerja'),
      ...three('unduh/program/rehabilitasi-sosial'),
      ...three('unduh/rencana'),
      ...three('unduh/ringkasan'),
      ...three('unduh/tabel-tambahan'),
      ...three('unduh/temuan'),
    ];
    expect(files.map((f) => f.path)).toEqual(expected);
  });

  it('matches the paths the report page links to', () => {
    for (const table of ['nilai', 'anggaran', 'temuan'] as const) {
      for (const variant of ['csv', 'json'] as const) {
        expect(files2.has(reportTablePath('dinas-contoh/2024-lkjip', table, variant))).toBe(true);
      }
    }
  });

  it('labels every file with its content type', () => {
    for (const f of files) {
      const type = f.path.endsWith('.csv')
        ? 'text/csv; charset=utf-8; header=present'
        : f.path.endsWith('.json')
          ? 'application/json; charset=utf-8'
          : 'text/markdown; charset=utf-8';
      expect(f.contentType, f.path).toBe(type);
    }
  });

  it('is deterministic: same content, same bytes, also from a fresh load', () => {
    expect(datasetFiles(fixture.content, fixture.scored)).toEqual(files);
    const again = load(FIXTURE);
    expect(datasetFiles(again.content, again.scored)).toEqual(files);
    for (const f of files) expect(f.body).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('writes a small table exactly (benchmarks)', () => {
    expect(files2.get('unduh/pembanding.csv')?.body).toBe(
      'laporan_id,instansi,instansi_nama,wilayah,wilayah_nama,laporan_jenis,laporan_tahun,laporan_periode,indikator,indikator_nama,kunci_indikator,tahun,pembanding,nilai,nilai_angka,nilai_jenis,nilai_basis,catatan,sumber_tabel,sumber_baris,sumber_halaman,sumber_berkas,sumber_baris_berkas\r\n' +
        'dinas-contoh/2024-lkjip,dinas-contoh,"Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh",kota-contoh,Kota Contoh,lkjip,2024,tahunan,' +
        'S1.I1,Persentase PMKS yang tertangani,persentase-pmks-yang-tertangani,2024,Nasional,"59,61 (data BPS tahun 2022)",59.61,angka,,,' +
        'Tabel 3.5,70,,content/laporan/dinas-contoh/2024-lkjip/pembanding.csv,2\r\n',
    );
  });

  it('writes an extra table as printed with a value column beside its figure column, in both variants', () => {
    const base = 'unduh/laporan/dinas-contoh/2024-lkjip/tabel/pegawai';
    expect(files2.get(`${base}.csv`)?.body).toBe('Jabatan,Jumlah,Jumlah_angka\r\nStruktural,8,8\r\nStaf,12,12\r\n');
    expect(files2.get(`${base}.json`)?.body).toBe(
      '[\n  {\n    "Jabatan": "Struktural",\n    "Jumlah": "8",\n    "Jumlah_angka": 8\n  },\n  {\n    "Jabatan": "Staf",\n    "Jumlah": "12",\n    "Jumlah_angka": 12\n  }\n]\n',
    );
  });

  it('keeps printed text and machine value side by side, with the recomputed columns', () => {
    const csv = readBack(files2.get('unduh/nilai.csv')?.body ?? '');
    const rows = csv.rows.map((r) => Object.fromEntries(csv.header.map((h, i) => [h, r[i] ?? ''])));
    const negative = rows.find((r) => r.indikator === 'S1.I2');
    expect(negative).toMatchObject({
      target: '0,63',
      target_angka: '0.63',
      target_jenis: 'angka',
      realisasi: '0,12',
      capaian_tercetak: '19,05%',
      capaian_tercetak_angka: '19.05',
      capaian_tercetak_jenis: 'persen',
      polaritas: 'negatif',
      capaian_hitung: '180.952381',
      capaian_hitung_status: 'persen',
      capaian_rumus: '2t-r',
      capaian_hitung_alternatif: '525',
      capaian_tercetak_cocok: 'tidak',
      capaian_tercetak_rumus: 'r/t',
      predikat_skala_laporan: 'Sangat Berhasil',
      predikat_skala_nasional: 'Sangat Tinggi',
      sumber_berkas: 'content/laporan/dinas-contoh/2024-lkjip/nilai.csv',
      sumber_baris_berkas: '5',
    });
    expect(rows.find((r) => r.indikator === 'S2.I2')).toMatchObject({
      target: '1 : 27.500',
      target_angka: '27500',
      target_jenis: 'rasio',
    });
    expect(rows.find((r) => r.indikator === 'S2.I1')).toMatchObject({
      target_jenis: 'ordinal',
      target_angka: '',
      capaian_hitung_status: 'tidak-tercapai',
      capaian_selisih_tingkat: '-1',
    });
    expect(rows.find((r) => r.peran === 'pk')).toMatchObject({
      capaian_hitung_status: 'tidak-dinilai',
      realisasi_jenis: '',
    });
    expect(rows.find((r) => r.indikator === 'S1.P1.I1')).toMatchObject({
      realisasi: '99.52%',
      realisasi_angka: '99.52',
    });
  });

  it('marks an unreadable printed figure and keeps its text', () => {
    const csv = readBack(files2.get('unduh/anggaran.csv')?.body ?? '');
    const row = Object.fromEntries(
      csv.header.map((h, i) => [h, csv.rows.find((r) => r.includes('R.P1.K2'))?.[i] ?? '']),
    );
    expect(row).toMatchObject({
      pagu: '.300.000,00',
      pagu_angka: '',
      pagu_jenis: 'tidak-terbaca',
      kunci_program: 'rehabilitasi-sosial',
      serapan_hitung_status: 'tidak-dapat-dihitung',
      serapan_hitung_alasan: 'tidak-terbaca',
    });
  });

  it('leaves the recomputed columns empty and publishes no findings without scores', () => {
    const plain = byPath(datasetFiles(fixture.content));
    const csv = readBack(plain.get('unduh/nilai.csv')?.body ?? '');
    const at = csv.header.indexOf('capaian_hitung_status');
    expect(csv.rows.map((r) => r[at])).toEqual(csv.rows.map(() => ''));
    expect(readBack(plain.get('unduh/temuan.csv')?.body ?? '').rows).toEqual([]);
    expect(plain.get('unduh/laporan/dinas-contoh/2024-lkjip/temuan.json')?.body).toBe('[]\n');
  });
});

describe('papaparse round trip (valid fixture)', () => {
  const tables = downloadTables(fixture.content, buildTables(fixture.content, fixture.scored));

  it('reads every CSV back to the source table, cell by cell', () => {
    for (const { base, table } of tables) {
      const path = `${base}.csv`;
      const csv = readBack(files2.get(path)?.body ?? '');
      expect(csv.header, path).toEqual(table.columns.map((c) => c.name));
      expect(csv.rows, path).toEqual(table.rows.map((row) => table.columns.map((c) => expectedText(c, row[c.name]))));
    }
  });

  it('reads every JSON back to the source table', () => {
    for (const { base, table } of tables) {
      const parsed = JSON.parse(files2.get(`${base}.json`)?.body ?? '') as Record<string, unknown>[];
      expect(parsed.length, base).toBe(table.rows.length);
      parsed.forEach((object, i) => {
        expect(Object.keys(object), base).toEqual(table.columns.map((c) => c.name));
        for (const c of table.columns) {
          const text = expectedText(c, table.rows[i]?.[c.name]);
          const value = object[c.name];
          if (text === '') expect(value, `${base} ${c.name}`).toBeNull();
          else if (c.type === 'string') expect(value).toBe(text);
          else if (c.type === 'boolean') expect(value).toBe(text === 'ya');
          else expect(value, `${base} ${c.name}`).toBe(Number(text));
        }
      });
    }
  });
});

describe('nothing lost (valid fixture)', () => {
  const content = tallyContent(FIXTURE);

  it('counts every content row', () => {
    const counts = Object.fromEntries([...(content.get('dinas-contoh/2024-lkjip') ?? [])].map(([f, t]) => [f, t.rows]));
    expect(counts).toEqual({
      'pohon-kinerja.csv': 4,
      'indikator.csv': 5,
      'nilai.csv': 7,
      'anggaran.csv': 6,
      'pembanding.csv': 1,
      'efisiensi.csv': 1,
      'ringkasan.csv': 1,
      'narasi.csv': 2,
      'tabel/pegawai.csv': 2,
    });
  });

  it('finds every row of every content CSV in the per-report downloads (counts and checksums)', () => {
    const downloads = tallyReportDownloads(files2, FIXTURE, content);
    expect(downloads).toEqual(content);
    expect(reportChecksums(downloads)).toEqual(reportChecksums(content));
  });

  it('finds every row in the whole-dataset downloads (extra tables via the long form)', () => {
    const downloads = tallyDatasetDownloads(files2, FIXTURE, content);
    expect(downloads).toEqual(content);
    expect(reportChecksums(downloads)).toEqual(reportChecksums(content));
  });

  it('agrees with the loader’s own row counts', () => {
    const report = fixture.content.reports[0];
    const counted = Object.fromEntries([...(content.get(report?.id ?? '') ?? [])].map(([f, t]) => [f, t.rows]));
    expect(counted).toEqual(report?.rowCounts);
    const laporan = readBack(files2.get('unduh/laporan.csv')?.body ?? '');
    const row = Object.fromEntries(laporan.header.map((h, i) => [h, laporan.rows[0]?.[i]]));
    expect(row).toMatchObject({
      jumlah_baris_nilai: '7',
      jumlah_baris_anggaran: '6',
      jumlah_baris_rencana: '0',
      jumlah_tabel_tambahan: '1',
    });
  });
});

describe('datapackage.json (valid fixture)', () => {
  const pkg = JSON.parse(files2.get('unduh/datapackage.json')?.body ?? '{}') as DataPackage;

  it('is a valid tabular data package: paths exist, fields match headers, types, enums, keys', () => {
    expect(dataPackageProblems(files2)).toEqual([]);
  });

  it('lists one resource per whole-dataset CSV and per extra table, CC-BY-4.0, sources', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'laporan.csv',
      'pohon-kinerja.csv',
      'indikator.csv',
      'nilai.csv',
      'pembanding.csv',
      'anggaran.csv',
      'rencana.csv',
      'efisiensi.csv',
      'ringkasan.csv',
      'narasi.csv',
      'tabel-tambahan.csv',
      'temuan.csv',
      'laporan/dinas-contoh/2024-lkjip/tabel/pegawai.csv',
    ]);
    expect(pkg.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ]);
    expect(pkg.sources).toEqual([
      {
        title:
          'LKjIP Dinas Contoh Tahun 2024 — Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Contoh. Teks ekstraksi / extracted text: contoh.txt',
      },
    ]);
    const nilai = pkg.resources.find((r) => r.name === 'nilai');
    expect(nilai?.schema.missingValues).toEqual(['']);
    expect(nilai?.schema.fields.find((f) => f.name === 'iku')).toMatchObject({
      type: 'boolean',
      trueValues: ['ya'],
      falseValues: ['tidak'],
    });
    expect(nilai?.schema.fields.find((f) => f.name === 'target_angka')).toMatchObject({
      type: 'number',
      format: 'default',
      decimalChar: '.',
    });
    expect(nilai?.schema.fields.find((f) => f.name === 'peran')?.constraints).toEqual({
      required: true,
      enum: ['pk', 'pk-perubahan', 'capaian', 'renstra', 'renstra-akhir', 'rencana'],
    });
  });

  it('carries the homepage when given', () => {
    const withSite = byPath(datasetFiles(fixture.content, fixture.scored, { homepage: 'https://contoh.invalid/' }));
    expect((JSON.parse(withSite.get('unduh/datapackage.json')?.body ?? '{}') as DataPackage).homepage).toBe(
      'https://contoh.invalid/',
    );
    expect(pkg.homepage).toBeUndefined();
  });
});

describe('data dictionary', () => {
  const path = join(REPO, 'docs', 'kamus-data.md');

  it('docs/kamus-data.md is the generated dictionary (UPDATE_KAMUS=1 regenerates it)', () => {
    if (process.env.UPDATE_KAMUS === '1') writeFileSync(path, kamusData());
    expect(readFileSync(path, 'utf8')).toBe(kamusData());
    expect(files2.get('unduh/kamus-data.md')?.body).toBe(kamusData());
  });

  it('describes every column of every whole-dataset table', () => {
    const text = kamusData();
    for (const { table } of downloadTables(fixture.content, buildTables(fixture.content)).slice(0, 12)) {
      for (const c of table.columns) expect(text, `${table.name}.${c.name}`).toContain(`| \`${c.name}\` |`);
    }
  });
});
