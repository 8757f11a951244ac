/**
 * The YAML files' fields, read off the zod schemas in src/lib/data/skema.ts (structure, required or optional,
 * default, type, allowed values), with a meaning and an example for each from `yamlMeanings`. A schema field with no
 * meaning here — or a meaning for a field the schemas no longer have — makes `yamlFields` throw, so the generated
 * reference cannot drift from the schemas.
 */
import type * as z from 'zod';
import type { Bilingual } from '../../src/lib/data/galat.ts';
import { agencySchema, regionSchema, reportSchema, scaleSchema } from '../../src/lib/data/skema.ts';

export interface YamlField {
  path: string;
  required: boolean;
  default?: string;
  type: Bilingual;
  meaning: Bilingual;
  example: string;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Peel optional/default/nullable/pipe wrappers: what the value must be, whether it may be left out, its default. */
function unwrap(schema: unknown): { core: unknown; optional: boolean; default?: unknown; nullable: boolean } {
  let s = schema;
  let optional = false;
  let nullable = false;
  let dflt: unknown;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default') {
      optional = true;
      dflt = def.defaultValue;
    } else if (def.type === 'nullable') nullable = true;
    else if (def.type === 'pipe') {
      s = def.in;
      continue;
    } else break;
    s = def.innerType;
  }
  return { core: s, optional, nullable, ...(dflt !== undefined ? { default: dflt } : {}) };
}

function typeOf(core: unknown): Bilingual {
  const def = defOf(core);
  switch (def.type) {
    case 'string': {
      const checks = (def.checks as { _zod: { def: { format?: string; pattern?: RegExp } } }[] | undefined) ?? [];
      const pattern = checks.map((c) => c._zod.def.pattern).find((p) => p);
      if (pattern?.source === '^[a-z0-9]+(-[a-z0-9]+)*$') return { id: 'slug (a-z, 0-9, -)', en: 'slug (a-z, 0-9, -)' };
      if (pattern) return { id: `teks, pola \`${pattern.source}\``, en: `text matching \`${pattern.source}\`` };
      return { id: 'teks', en: 'text' };
    }
    case 'number': {
      const checks = (def.checks as { _zod: { def: { check: string; value?: number } } }[] | undefined) ?? [];
      const min = checks.find((c) => c._zod.def.check === 'greater_than')?._zod.def.value;
      return min === 1945 ? { id: 'tahun (4 angka)', en: 'year (4 digits)' } : { id: 'bilangan', en: 'number' };
    }
    case 'boolean':
      return { id: '`true` | `false`', en: '`true` | `false`' };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>).map((v) => `\`${v}\``);
      return { id: `salah satu: ${values.join(' | ')}`, en: `one of: ${values.join(' | ')}` };
    }
    case 'literal':
      return { id: `\`${(def.values as unknown[]).join('')}\``, en: `\`${(def.values as unknown[]).join('')}\`` };
    case 'union': {
      const parts = (def.options as unknown[]).map((o) => typeOf(unwrap(o).core));
      return { id: parts.map((p) => p.id).join(' atau '), en: parts.map((p) => p.en).join(' or ') };
    }
    case 'date':
      return { id: 'tanggal', en: 'date' };
    case 'array': {
      const inner = typeOf(unwrap(def.element).core);
      return { id: `daftar: ${inner.id}`, en: `list of: ${inner.en}` };
    }
    case 'object':
      return { id: 'isian bertingkat (lihat di bawah)', en: 'nested fields (below)' };
    default:
      return { id: def.type, en: def.type };
  }
}

function walk(schema: unknown, prefix: string, parentOptional: boolean, out: Omit<YamlField, 'meaning' | 'example'>[]) {
  const def = defOf(schema);
  if (def.type !== 'object') return;
  for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const { core, optional, default: dflt, nullable } = unwrap(field);
    const type = typeOf(core);
    out.push({
      path,
      required: !optional && !parentOptional,
      ...(dflt !== undefined ? { default: JSON.stringify(dflt) } : {}),
      type: nullable ? { id: `${type.id} atau \`null\``, en: `${type.en} or \`null\`` } : type,
    });
    const coreDef = defOf(core);
    if (coreDef.type === 'object') walk(core, path, optional || parentOptional, out);
    if (coreDef.type === 'array') {
      const element = unwrap(coreDef.element).core;
      if (defOf(element).type === 'object') walk(element, `${path}[]`, optional || parentOptional, out);
    }
  }
}

export const yamlFiles = {
  'wilayah/<slug>.yaml': {
    schema: regionSchema,
    meaning: { id: 'Wilayah (kota/kabupaten/provinsi).', en: 'A region.' },
  },
  'instansi/<slug>.yaml': {
    schema: agencySchema,
    meaning: { id: 'Perangkat daerah, dengan riwayat namanya.', en: 'An agency, with its name history.' },
  },
  'skala/<slug>.yaml (jenis: predikat)': {
    schema: (scaleSchema as unknown as { options: z.ZodType[] }).options[0],
    meaning: { id: 'Skala predikat: pita dari tertinggi ke terendah.', en: 'A predicate scale: bands, highest first.' },
  },
  'skala/<slug>.yaml (jenis: ordinal)': {
    schema: (scaleSchema as unknown as { options: z.ZodType[] }).options[1],
    meaning: {
      id: 'Urutan ordinal: tingkat dari terendah ke tertinggi.',
      en: 'An ordinal order: levels, lowest first.',
    },
  },
  'laporan/<instansi>/<folder>/laporan.yaml': {
    schema: reportSchema,
    meaning: { id: 'Keterangan dokumen laporan.', en: 'The report document’s metadata.' },
  },
} as const;
export type YamlFile = keyof typeof yamlFiles;

const m = (id: string, en: string, example: string) => ({ meaning: { id, en }, example });
const name = m('Nama resmi seperti tercetak.', 'The official name as printed.', 'Kota Probolinggo');
const dasarHukum = m(
  'Di mana skala ini ditetapkan (dokumen, bab, peraturan).',
  'Where the scale is defined (document, chapter, regulation).',
  'LKjIP Kota Malang 2023, Bab III',
);
const note = m('Catatan penyalin.', 'The transcriber’s note.', 'Skala disimpulkan dari Tabel 3.2');

/** Meaning and example per field path, per file. */
export const yamlMeanings: Record<YamlFile, Record<string, { meaning: Bilingual; example: string }>> = {
  'wilayah/<slug>.yaml': {
    nama: name,
    jenis: m('Jenis wilayah.', 'Kind of region.', 'kota'),
    provinsi: m('Provinsi.', 'Province.', 'Jawa Timur'),
    kode_bps: m('Kode wilayah BPS, sebagai teks (diapit "…").', 'BPS region code, as text (in quotes).', '"3574"'),
  },
  'instansi/<slug>.yaml': {
    wilayah: m('Slug berkas di `content/wilayah/`.', 'Slug of a file in `content/wilayah/`.', 'kota-probolinggo'),
    nama: m(
      'Riwayat nama, terlama dulu; periode tidak boleh tumpang tindih.',
      'Name history, oldest first; periods must not overlap.',
      '- nama: Dinas Sosial Kota Probolinggo',
    ),
    'nama[].nama': m('Nama pada periode itu.', 'The name in that period.', 'Dinas Sosial Kota Probolinggo'),
    'nama[].singkatan': m('Singkatan.', 'Abbreviation.', 'Dinsos'),
    'nama[].mulai': m('Tahun pertama nama ini.', 'First year of this name.', '2016'),
    'nama[].sampai': m('Tahun terakhir nama ini.', 'Last year of this name.', '2019'),
    urusan: m(
      'Urusan pemerintahan yang diampu. Bila portal memuat lebih dari 40 instansi, `/bandingkan/` membandingkan instansi dengan urusan yang sama di satu provinsi; tulis nama urusan seperti nomenklatur (huruf besar-kecil tidak dibedakan).',
      'Government affairs it is responsible for. When the portal holds more than 40 agencies, `/bandingkan/` compares agencies serving the same urusan in one province; spell the urusan as in the nomenclature (case does not matter).',
      '[Sosial]',
    ),
    catatan: m('Catatan (mis. penggabungan).', 'A note (e.g. a merger).', 'Digabung dengan urusan PPPA pada 2020.'),
  },
  'skala/<slug>.yaml (jenis: predikat)': {
    nama: m('Nama skala.', 'Name of the scale.', 'Skala Kota Malang'),
    jenis: m('`predikat`: pita batas persen.', '`predikat`: percent bands.', 'predikat'),
    dasar_hukum: dasarHukum,
    catatan: note,
    batas: m(
      '`tercetak`: batas pita dicetak dokumen; `disimpulkan`: dokumen hanya menyebut predikat, batasnya disimpulkan penyalin (ditampilkan kepada pembaca).',
      '`tercetak`: the document prints the bounds; `disimpulkan`: the document only names the predicates and the transcriber inferred the bounds (shown to readers).',
      'tercetak',
    ),
    pita: m('Pita, dari tertinggi ke terendah.', 'Bands, highest first.', '- label: Sangat Berhasil'),
    'pita[].label': m('Predikat seperti tercetak.', 'The predicate as printed.', 'Sangat Berhasil'),
    'pita[].bawah': m('Batas bawah (persen); `null` = terbuka.', 'Lower bound (percent); `null` = open.', '110'),
    'pita[].bawah_inklusif': m('Batas bawah termasuk (≥).', 'Lower bound included (≥).', 'true'),
    'pita[].atas': m('Batas atas (persen); `null` = terbuka.', 'Upper bound (percent); `null` = open.', 'null'),
    'pita[].atas_inklusif': m('Batas atas termasuk (≤).', 'Upper bound included (≤).', 'false'),
    'pita[].teks_tercetak': m('Batas seperti tercetak.', 'The bounds as printed.', '"≥ 110"'),
  },
  'skala/<slug>.yaml (jenis: ordinal)': {
    nama: m('Nama urutan.', 'Name of the order.', 'Predikat APE / PUG'),
    jenis: m('`ordinal`: tingkat berurutan.', '`ordinal`: ordered levels.', 'ordinal'),
    dasar_hukum: dasarHukum,
    catatan: note,
    tingkat: m('Tingkat, dari terendah ke tertinggi.', 'Levels, lowest first.', '- label: Pratama'),
    'tingkat[].label': m('Tingkat seperti tercetak.', 'The level as printed.', 'Madya'),
    'tingkat[].alias': m('Ejaan lain yang dipakai dokumen.', 'Other spellings documents use.', '[APE Mentor]'),
    'tingkat[].berlaku_mulai': m('Tahun tingkat ini mulai ada.', 'Year the level first exists.', '2023'),
  },
  'laporan/<instansi>/<folder>/laporan.yaml': {
    instansi: m('Slug berkas di `content/instansi/`.', 'Slug of a file in `content/instansi/`.', 'dinsos-kota-contoh'),
    nama_instansi_tercetak: m(
      'Nama instansi seperti tercetak di dokumen, bila berbeda dari nama resminya.',
      'The agency name as printed in the document, when it differs from the official one.',
      'Dinas Sosial Kota Contoh',
    ),
    jenis: m('Jenis dokumen.', 'Kind of document.', 'lkjip'),
    tahun: m(
      'Tahun yang dilaporkan (tahun kinerja), harus sama dengan nama folder.',
      'The year reported on (the performance year); must match the folder name.',
      '2024',
    ),
    tahun_sampul: m(
      'Tahun yang tercetak di sampul bila berbeda dari `tahun` (mis. sampul 2021 untuk laporan kinerja 2020); ditampilkan kepada pembaca.',
      'The year printed on the cover when it differs from `tahun` (e.g. a 2021 cover on a 2020 report); shown to readers.',
      '2021',
    ),
    periode: m('Periode; harus sama dengan nama folder.', 'The period; must match the folder name.', 'tahunan'),
    judul: m('Judul dokumen (boleh disingkat).', 'The document title (may be shortened).', 'LKjIP Tahun 2024'),
    dokumen: m('Dokumen sumber.', 'The source document.', 'berkas: lkjip-2024-dinsos-kota-contoh.txt'),
    'dokumen.berkas': m(
      'Nama berkas teks di `content/dokumen/` (dibuat `npm run dokumen`); `sumber_baris` merujuk barisnya.',
      'Name of the text file in `content/dokumen/` (made by `npm run dokumen`); `sumber_baris` refers to its lines.',
      'lkjip-2024-dinsos-kota-contoh.txt',
    ),
    'dokumen.judul_asli': m('Judul lengkap seperti tercetak.', 'The full title as printed.', 'LAPORAN KINERJA ...'),
    penandatangan: m('Penandatangan dokumen (opsional seluruhnya).', 'The signatory (wholly optional).', 'nama: …'),
    'penandatangan.nama': m('Nama.', 'Name.', 'Dr. NAMA, S.Sos.'),
    'penandatangan.jabatan': m('Jabatan.', 'Position.', 'Kepala Dinas'),
    'penandatangan.pangkat': m('Pangkat.', 'Rank.', 'Pembina Utama Muda'),
    'penandatangan.nip': m('NIP seperti tercetak.', 'Civil-service number as printed.', '19670711 198809 1 001'),
    'penandatangan.tempat': m('Tempat penandatanganan.', 'Place of signing.', 'Probolinggo'),
    'penandatangan.tanggal_tercetak': m('Tanggal seperti tercetak.', 'The date as printed.', 'Januari 2025'),
    'penandatangan.tanggal': m('Tanggal ISO.', 'ISO date.', '2025-01'),
    dasar_hukum: m('Peraturan yang dikutip dokumen.', 'Regulations the document cites.', '- Perpres 29/2014'),
    skala: m(
      'Skala predikat laporan (slug di `content/skala/`).',
      'The report’s predicate scale (slug in `content/skala/`).',
      'nasional',
    ),
    rumus_negatif: m(
      'Rumus capaian indikator negatif: `2t-r` = (2×T−R)/T×100, `t/r` = T/R×100.',
      'Formula for negative indicators: `2t-r` = (2×T−R)/T×100, `t/r` = T/R×100.',
      '2t-r',
    ),
    efisiensi: m(
      'Konvensi efisiensi yang dipakai dokumen.',
      'The efficiency convention the document uses.',
      'tidak-ada',
    ),
    batas_capaian: m(
      'Batas capaian yang diterapkan dokumen (mis. 100 atau 120): capaian tercetak yang dipotong pada batas ini dilaporkan sebagai "dibatasi instansi" (kedua angka ditampilkan), dan rata-rata/predikat memakai angka terbatas.',
      'The cap the document applies (e.g. 100 or 120): a printed capaian cut at this cap is reported as "capped by the agency" (both figures shown), and averages/predicates use the capped figures.',
      '100',
    ),
    format_angka: m(
      'Format angka dokumen: `id` = 1.234.567,89; `en` = 1,234,567.89.',
      'The number format: `id` = 1.234.567,89; `en` = 1,234,567.89.',
      'id',
    ),
    tahun_data: m(
      'Rentang tahun angka di laporan.',
      'The range of years figures may refer to.',
      '{ dari: 2023, sampai: 2024 }',
    ),
    'tahun_data.dari': m('Tahun pertama.', 'First year.', '2023'),
    'tahun_data.sampai': m('Tahun terakhir.', 'Last year.', '2024'),
    catatan: m(
      'Catatan penyalin: yang janggal di dokumen.',
      'Transcriber’s notes: what is odd.',
      '- Sampul mencetak 2021.',
    ),
    tabel_tambahan: m(
      'Tabel lain yang diterbitkan apa adanya.',
      'Other tables published as printed.',
      '- berkas: tabel/pegawai.csv',
    ),
    'tabel_tambahan[].berkas': m('Berkas CSV di folder `tabel/`.', 'CSV file in `tabel/`.', 'tabel/pegawai.csv'),
    'tabel_tambahan[].judul': m('Judul tabel.', 'Table title.', 'Jumlah pegawai'),
    'tabel_tambahan[].sumber_tabel': m('Nomor tabel seperti tercetak.', 'Table number as printed.', 'Tabel 1.2'),
    'tabel_tambahan[].sumber_baris': m('Baris di teks dokumen.', 'Line in the document text.', '262'),
    'tabel_tambahan[].sumber_halaman': m('Halaman tercetak.', 'Printed page.', '12'),
    tautan_kode: m(
      'Tautan kode nomenklatur yang ditinjau penyalin, untuk baris yang tidak tertaut oleh aturan mana pun (docs/nomenklatur.md).',
      'Nomenclature links reviewed by the transcriber, for lines no matching rule links (docs/nomenklatur.md).',
      '- berkas: anggaran.csv',
    ),
    'tautan_kode[].berkas': m(
      'Berkas baris itu: `anggaran.csv`, `pohon-kinerja.csv` atau `rencana.csv`.',
      'The row’s file: `anggaran.csv`, `pohon-kinerja.csv` or `rencana.csv`.',
      'anggaran.csv',
    ),
    'tautan_kode[].id': m(
      '`id` baris anggaran/rencana atau `kode` simpul pohon.',
      '`id` of the budget/plan row or `kode` of the tree node.',
      'PKP.P06',
    ),
    'tautan_kode[].kode': m(
      'Kode di content/nomenklatur/kode.csv, setingkat dengan barisnya.',
      'A code in content/nomenklatur/kode.csv, of the row’s level.',
      '1.06.07',
    ),
    'tautan_kode[].alasan': m(
      'Buktinya: baris dokumen yang menunjukkan program/kegiatan yang sama.',
      'The evidence: document lines showing it is the same programme or activity.',
      'Tabel lain (baris 478) mencetak "Taman Makam Pahlawan"',
    ),
  },
};

/** Every field of one YAML file, in schema order, with its meaning; throws when schema and meanings disagree. */
export function yamlFields(file: YamlFile): YamlField[] {
  const raw: Omit<YamlField, 'meaning' | 'example'>[] = [];
  walk(yamlFiles[file].schema, '', false, raw);
  const meanings = yamlMeanings[file];
  const missing = raw.filter((f) => !meanings[f.path]).map((f) => f.path);
  const stale = Object.keys(meanings).filter((p) => !raw.some((f) => f.path === p));
  if (missing.length || stale.length) {
    throw new Error(
      `scripts/lib/kamus-yaml.ts, ${file}: ` +
        (missing.length ? `no meaning for ${missing.join(', ')}` : '') +
        (stale.length ? ` meaning for fields the schema does not have: ${stale.join(', ')}` : ''),
    );
  }
  return raw.map((f) => ({ ...f, ...meanings[f.path]! }));
}
