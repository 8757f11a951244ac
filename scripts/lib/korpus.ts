/**
 * Synthetic corpus for benchmarks and the sharding test: N agency-reports in our content format, seeded and
 * deterministic. Each report's files depend only on (seed, report id), never on N, so the 1,000-report corpus is a
 * prefix of the 5,000-report one and a rebuild after changing one report really changes one report.
 *
 * Shapes follow the bundled documents: a tujuan → sasaran → program → kegiatan tree; 10–60 indicators of every value
 * kind and both polarities; 60–250 budget lines in a urusan → program → kegiatan → subkegiatan tree; PK, evaluation
 * and previous-year rows (a multi-year series); benchmarks, narrative, printed aggregates, one or two extra tables;
 * Renja plans; quarterly reports. About one printed figure in twelve is wrong, so findings exist at realistic rates.
 * Programme and indicator names come from the shared nomenclature (korpus-nomenklatur.ts).
 */
import {
  AGENCY_KINDS,
  GENERIC,
  PENUNJANG,
  PROVINCES,
  SUB_KEGIATAN,
  SYLLABLES,
  type AgencyKind,
  type IndicatorTemplate,
  type ProgrammeTemplate,
} from './korpus-nomenklatur.ts';

export interface CorpusOptions {
  reports: number;
  seed?: number;
  /** Years each agency reports on (every year: LKjIP, Renja and four quarterly reports). */
  years?: readonly number[];
  /** Kecamatan per region (each is an agency); with the 11 other agency kinds ≈ 35 agencies, as in real regions. */
  kecamatan?: number;
  /** Regions per province before the next province starts (514 regions / 38 provinces ≈ 13.5). */
  regionsPerProvince?: number;
  /** At most this many agencies per region (small corpora for tests that must span several provinces). */
  agencies?: number;
}

export interface CorpusSummary {
  reports: number;
  regions: number;
  agencies: number;
  provinces: number;
}

/** Receives every file of the corpus, path relative to the content root (`laporan/x/2024-lkjip/nilai.csv`). */
export type WriteFile = (path: string, text: string) => void;

// ---- deterministic randomness --------------------------------------------------------------------------------

function hash32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for shapes. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** `k` distinct items, in the list's order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const idx = xs.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx
      .slice(0, Math.min(k, xs.length))
      .sort((a, b) => a - b)
      .map((i) => xs[i]!);
  }
}

// ---- printing figures as documents do (format_angka: id) ---------------------------------------------------------

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A value held in hundredths, printed `92,55` (or `92` when whole and `whole` allows). */
function dec2(hundredths: number, whole = false): string {
  const int = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  if (whole && frac === 0) return grouped(int);
  return `${grouped(int)},${String(frac).padStart(2, '0')}`;
}

/** round(a × 10000 / b) in hundredths of a percent, half up, in integers (no float drift). */
function ratioHundredths(a: number, b: number): number {
  return Math.floor((2 * a * 10000 + b) / (2 * b));
}

function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: readonly string[], rows: readonly Record<string, string | number | undefined>[]): string {
  return `${[header.join(','), ...rows.map((r) => header.map((h) => csvCell(r[h])).join(','))].join('\n')}\n`;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

// ---- the corpus layout --------------------------------------------------------------------------------------

const TYPES = [
  { jenis: 'lkjip', periode: 'tahunan' },
  { jenis: 'renja', periode: 'tahunan' },
  { jenis: 'laporan-triwulan', periode: 'tw1' },
  { jenis: 'laporan-triwulan', periode: 'tw2' },
  { jenis: 'laporan-triwulan', periode: 'tw3' },
  { jenis: 'laporan-triwulan', periode: 'tw4' },
] as const;

interface RegionPlan {
  slug: string;
  nama: string;
  jenis: 'kota' | 'kabupaten';
  provinsi: string;
  kodeBps: string;
}

interface AgencyPlan {
  slug: string;
  nama: string;
  singkatan: string;
  kind: AgencyKind;
  region: RegionPlan;
}

function placeName(d: Dice): string {
  const n = d.int(2, 3);
  const s = Array.from({ length: n }, () => d.pick(SYLLABLES)).join('');
  return s[0]!.toUpperCase() + s.slice(1);
}

function regionPlan(seed: number, index: number, perProvince: number): RegionPlan {
  const d = new Dice(hash32(`${seed}/wilayah/${index}`));
  const jenis = d.chance(0.8) ? 'kabupaten' : 'kota';
  const base = `${placeName(d)} ${placeName(d)}`.replace(/ (.)/, (_, c: string) => ` ${c.toUpperCase()}`);
  const provinceIndex = Math.floor(index / perProvince) % PROVINCES.length;
  const nama = `${jenis === 'kota' ? 'Kota' : 'Kabupaten'} ${base}`;
  return {
    // The index keeps slugs unique even when two made-up names collide.
    slug: `${nama.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index + 1}`,
    nama,
    jenis,
    provinsi: PROVINCES[provinceIndex]!,
    kodeBps: `${11 + provinceIndex}${String((index % perProvince) + 1).padStart(2, '0')}`,
  };
}

function agencyPlans(region: RegionPlan, kecamatan: number): AgencyPlan[] {
  const kinds = AGENCY_KINDS.filter((k) => k.slug !== 'kecamatan');
  const kec = AGENCY_KINDS.find((k) => k.slug === 'kecamatan')!;
  const place = region.nama.replace(/^(Kota|Kabupaten) /, '');
  return [
    ...kinds.map((kind) => ({
      slug: `${kind.slug}-${region.slug}`,
      nama: `${kind.nama} ${region.nama}`,
      singkatan: kind.singkatan,
      kind,
      region,
    })),
    ...Array.from({ length: kecamatan }, (_, i) => ({
      slug: `kecamatan-${i + 1}-${region.slug}`,
      nama: `Kecamatan ${place} ${romanish(i + 1)} ${region.nama}`,
      singkatan: `Kec. ${place} ${romanish(i + 1)}`,
      kind: kec,
      region,
    })),
  ];
}

function romanish(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

// ---- one report ---------------------------------------------------------------------------------------------

/** The source document's text, built alongside the rows: each row cites the line that prints it. */
class Document {
  readonly lines: string[] = [];
  add(line: string): number {
    this.lines.push(line);
    return this.lines.length;
  }
  heading(text: string): void {
    this.add('');
    this.add(text);
  }
}

interface ReportPlan {
  agency: AgencyPlan;
  year: number;
  type: (typeof TYPES)[number];
}

interface IndicatorRow extends IndicatorTemplate {
  kode: string;
  induk: string;
}

const ORDINAL_LEVELS = {
  'ape-pug': ['Pratama', 'Madya', 'Utama', 'Mentor'],
  kla: ['Pratama', 'Madya', 'Nindya', 'Utama', 'KLA'],
} as const;

/** A target and a realisation for one indicator, as printed, with the printed capaian (or none). */
function figures(d: Dice, ind: IndicatorRow, quarterShare: number) {
  const err = d.chance(1 / 12);
  switch (ind.kind) {
    case 'persen':
    case 'angka': {
      const t = ind.kind === 'persen' ? d.int(40, 100) * 100 : d.int(100, 9000) * 10;
      const ratio = ind.polarity === 'positif' ? 0.6 + d.float() * 0.55 : 0.7 + d.float() * 0.6;
      let r = Math.max(1, Math.round(t * ratio * (quarterShare < 1 && ind.kind === 'angka' ? quarterShare : 1)));
      if (ind.kind === 'persen') r = Math.min(r, 10000);
      const capaian = ind.polarity === 'positif' ? ratioHundredths(r, t) : Math.max(0, ratioHundredths(2 * t - r, t));
      // Printed errors as the seeds show them: a swapped digit, a capaian of the wrong row.
      const printed = err ? capaian + d.pick([-1, 1]) * d.int(150, 4000) : capaian;
      const suffix = ind.kind === 'persen' ? '%' : '';
      return {
        target: `${dec2(t, true)}${suffix}`,
        realisasi: `${dec2(r, true)}${suffix}`,
        capaian: `${dec2(Math.max(0, printed))}%`,
      };
    }
    case 'rasio': {
      const t = d.int(15, 60);
      const r = Math.max(5, t + d.int(-10, 10));
      return { target: `1 : ${t}`, realisasi: `1 : ${r}` };
    }
    case 'laju': {
      const t = d.int(50, 3000) * 10;
      const r = Math.round(t * (0.7 + d.float() * 0.6));
      return { target: dec2(t), realisasi: dec2(r) };
    }
    case 'ordinal': {
      const levels = ORDINAL_LEVELS[ind.urutan ?? 'kla'];
      const ti = d.int(1, levels.length - 1);
      const ri = Math.max(0, Math.min(levels.length - 1, ti + d.int(-1, 1)));
      return { target: levels[ti]!, realisasi: d.chance(0.1) ? 'N/A' : levels[ri]! };
    }
  }
}

function shareOf(periode: string): number {
  return periode === 'tw1' ? 0.25 : periode === 'tw2' ? 0.5 : periode === 'tw3' ? 0.75 : 1;
}

function writeReport(plan: ReportPlan, seed: number, write: WriteFile): void {
  const { agency, year, type } = plan;
  const folder = type.periode === 'tahunan' ? `${year}-${type.jenis}` : `${year}-${type.jenis}-${type.periode}`;
  const id = `${agency.slug}/${folder}`;
  const d = new Dice(hash32(`${seed}/laporan/${id}`));
  const doc = new Document();
  const dir = `laporan/${id}`;
  const isRenja = type.jenis === 'renja';
  const share = shareOf(type.periode);
  const quarterly = type.jenis === 'laporan-triwulan';
  const docFile = `sintetis-${hash32(id).toString(16).padStart(8, '0')}-${folder}.txt`;

  const title = isRenja
    ? `Rencana Kerja (Renja) ${agency.nama} Tahun ${year}`
    : quarterly
      ? `Laporan Kinerja Triwulan ${type.periode.slice(2)} ${agency.nama} Tahun ${year}`
      : `Laporan Kinerja Instansi Pemerintah (LKjIP) ${agency.nama} Tahun ${year}`;
  doc.add(title.toUpperCase());
  doc.add(`PEMERINTAH ${agency.region.nama.toUpperCase()}`);
  for (let i = 0; i < d.int(20, 60); i++) doc.add(narrativeSentence(d, agency));

  // Tree: one tujuan, 2–5 sasaran, the agency's programmes (always the supporting one) spread over the sasaran.
  const programmes: ProgrammeTemplate[] = [
    PENUNJANG,
    ...d.sample(agency.kind.programmes, d.int(1, agency.kind.programmes.length)),
  ];
  const sasaranCount = d.int(2, Math.min(5, programmes.length + 2));
  const tree: Record<string, string | number | undefined>[] = [];
  doc.heading('BAB II PERENCANAAN KINERJA — Tabel 2.1 Pohon Kinerja');
  const treeLine = (kode: string, tingkat: string, induk: string, nama: string, kodeAnggaran?: string) =>
    tree.push({
      kode,
      tingkat,
      induk,
      nama,
      kode_anggaran: kodeAnggaran,
      sumber_tabel: 'Tabel 2.1',
      sumber_baris: doc.add(`${kode} ${nama}`),
    });
  treeLine('T1', 'tujuan', '', `Meningkatnya kinerja urusan ${agency.kind.urusan[0]} di ${agency.region.nama}`);
  for (let s = 1; s <= sasaranCount; s++)
    treeLine(`S${s}`, 'sasaran', 'T1', `Meningkatnya ${d.pick(SASARAN_WORDS)} ${agency.kind.urusan[0]} (${s})`);
  const programmeNodes: { kode: string; template: ProgrammeTemplate; kegiatan: string[] }[] = [];
  programmes.forEach((p, i) => {
    const sasaran = `S${(i % sasaranCount) + 1}`;
    const kode = `${sasaran}.P${i + 1}`;
    treeLine(kode, 'program', sasaran, p.nama, `${agency.kind.kodeUrusan}.${p.kode}`);
    const kegiatan = d.sample(p.kegiatan, d.int(1, p.kegiatan.length));
    kegiatan.forEach((k, j) => treeLine(`${kode}.K${j + 1}`, 'kegiatan', kode, k));
    programmeNodes.push({ kode, template: p, kegiatan });
  });

  // Indicators: outcome indicators on tujuan/sasaran, programme and activity indicators below.
  const outcome = d.sample([...agency.kind.indicators, ...GENERIC], d.int(6, agency.kind.indicators.length + 4));
  const activity: IndicatorTemplate[] = programmeNodes.flatMap((p) =>
    p.kegiatan.flatMap((k) => [pct(`Persentase ${k} yang Terlaksana Sesuai Rencana`), outputIndicator(k)]),
  );
  const wanted = d.int(10, 60);
  const indicators: IndicatorRow[] = [];
  outcome.forEach((t, i) =>
    indicators.push({ ...t, kode: `${i === 0 ? 'T1' : `S${(i % sasaranCount) + 1}`}.I${i + 1}`, induk: '' }),
  );
  for (const ind of indicators) ind.induk = ind.kode.split('.')[0]!;
  let a = 0;
  while (indicators.length < wanted && a < activity.length * 4) {
    const t = activity[a % activity.length]!;
    const round = Math.floor(a / activity.length);
    const node = programmeNodes[Math.floor((a % activity.length) / 2) % programmeNodes.length]!;
    const kegIndex = Math.floor((a % activity.length) / 2) % node.kegiatan.length;
    // Later rounds: sub-activity output indicators, named after the sub-activity (shared nationally).
    const template = round === 0 ? t : outputIndicator(SUB_KEGIATAN[(a + round * 7) % SUB_KEGIATAN.length]!);
    if (!indicators.some((i) => i.nama === template.nama)) {
      indicators.push({
        ...template,
        kode: `${node.kode}.K${kegIndex + 1}.I${a + 1}`,
        induk: `${node.kode}.K${kegIndex + 1}`,
      });
    }
    a++;
  }

  doc.heading('Tabel 2.2 Indikator Kinerja');
  const indicatorRows = indicators.map((ind) => ({
    kode: ind.kode,
    induk: ind.induk,
    nama: ind.nama,
    satuan: ind.satuan,
    jenis_nilai: ind.kind,
    polaritas: ind.polarity,
    urutan: ind.urutan,
    iku: ind.induk.startsWith('S') || ind.induk === 'T1' ? 'ya' : undefined,
    sumber_tabel: 'Tabel 2.2',
    sumber_baris: doc.add(`${ind.kode} ${ind.nama} (${ind.satuan ?? '-'})`),
  }));

  // Values: PK target, the evaluation row (this year and last year), the end-of-plan target.
  const values: Record<string, string | number | undefined>[] = [];
  const periodCol = quarterly ? type.periode : 'tahunan';
  doc.heading(isRenja ? 'Tabel 2.3 Target Kinerja Renja' : 'Tabel 3.1 Capaian Kinerja');
  for (const ind of indicators) {
    const f = figures(d, ind, share);
    if (isRenja) {
      values.push(valueRow(ind, year, 'tahunan', 'rencana', f.target, undefined, undefined, 'Tabel 2.3', doc));
      values.push(valueRow(ind, year + 1, 'tahunan', 'renstra', f.target, undefined, undefined, 'Tabel 2.3', doc));
      continue;
    }
    values.push(
      valueRow(ind, year, 'tahunan', 'pk', f.target, undefined, undefined, 'Tabel 2.3 Perjanjian Kinerja', doc),
    );
    values.push(
      valueRow(
        ind,
        year,
        periodCol,
        'capaian',
        f.target,
        f.realisasi,
        'capaian' in f ? f.capaian : undefined,
        'Tabel 3.1',
        doc,
      ),
    );
    if (!quarterly && d.chance(0.7)) {
      const p = figures(d, ind, 1);
      values.push(
        valueRow(
          ind,
          year - 1,
          'tahunan',
          'capaian',
          p.target,
          p.realisasi,
          'capaian' in p ? p.capaian : undefined,
          'Tabel 3.2 Perbandingan Capaian',
          doc,
        ),
      );
    }
    if (!quarterly && d.chance(0.5))
      values.push(
        valueRow(
          ind,
          year,
          'tahunan',
          'renstra-akhir',
          f.target,
          undefined,
          undefined,
          'Tabel 3.3 Target Akhir Renstra',
          doc,
        ),
      );
  }
  // Renja has no value columns for these; keep the header minimal and the same for every report of a kind.
  const valueHeader = [
    'indikator',
    'tahun',
    'periode',
    'peran',
    'target',
    'realisasi',
    'capaian_tercetak',
    'sumber_tabel',
    'sumber_baris',
  ];

  const files: Record<string, string> = {
    'pohon-kinerja.csv': csv(
      ['kode', 'tingkat', 'induk', 'nama', 'kode_anggaran', 'sumber_tabel', 'sumber_baris'],
      tree,
    ),
    'indikator.csv': csv(
      ['kode', 'induk', 'nama', 'satuan', 'jenis_nilai', 'polaritas', 'urutan', 'iku', 'sumber_tabel', 'sumber_baris'],
      indicatorRows,
    ),
    'nilai.csv': csv(valueHeader, values),
  };

  // Budget (LKjIP and quarterly) or plan (Renja): 60–250 lines in a 4-level tree.
  const budgetLines = budgetTree(d, agency, programmeNodes, d.int(60, 250));
  let totalPagu = 0;
  let totalReal = 0;
  if (isRenja) {
    doc.heading('Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan');
    files['rencana.csv'] = csv(
      [
        'id',
        'induk',
        'tingkat',
        'kode',
        'nama',
        'indikator',
        'target',
        'satuan',
        'pagu_indikatif',
        'sumber_dana',
        'lokasi',
        'target_berikutnya',
        'pagu_berikutnya',
        'sumber_tabel',
        'sumber_baris',
      ],
      budgetLines.map((l) => ({
        id: l.id,
        induk: l.induk,
        tingkat: l.tingkat,
        kode: l.kode,
        nama: l.nama,
        indikator: l.tingkat === 'subkegiatan' ? `Jumlah ${l.nama}` : undefined,
        target: l.tingkat === 'subkegiatan' ? String(d.int(1, 400)) : undefined,
        satuan: l.tingkat === 'subkegiatan' ? d.pick(['dokumen', 'kegiatan', 'orang', 'unit', 'laporan']) : undefined,
        pagu_indikatif: `Rp ${grouped(l.pagu)}`,
        sumber_dana: l.tingkat === 'subkegiatan' ? d.pick(['DAU', 'DAK', 'DAU/DAK NF', 'PAD']) : undefined,
        lokasi: l.tingkat === 'subkegiatan' ? agency.region.nama : undefined,
        target_berikutnya: l.tingkat === 'subkegiatan' ? String(d.int(1, 400)) : undefined,
        pagu_berikutnya: `Rp ${grouped(Math.round((l.pagu * (1 + d.float() * 0.2)) / 1000) * 1000)}`,
        sumber_tabel: 'Tabel 3.1',
        sumber_baris: doc.add(`${l.kode} ${l.nama} Rp ${grouped(l.pagu)}`),
      })),
    );
  } else {
    doc.heading('Tabel 3.4 Realisasi Anggaran');
    const rows = budgetLines.map((l) => {
      const real = l.realisasi(share);
      if (l.induk === '') {
        totalPagu += l.pagu;
        totalReal += real;
      }
      const printedPagu = l.printedError && d.chance(0.5) ? l.pagu + d.int(1, 90) * 1_000_000 : l.pagu;
      const persen = ratioHundredths(real, l.pagu);
      const printedPersen = d.chance(1 / 25) ? persen + d.int(100, 900) : persen;
      return {
        id: l.id,
        induk: l.induk,
        tingkat: l.tingkat,
        kode: l.kode,
        nama: l.nama,
        pagu: grouped(printedPagu),
        realisasi: grouped(real),
        persen_tercetak: `${dec2(printedPersen)}%`,
        sumber_dana: l.tingkat === 'subkegiatan' ? d.pick(['DAU', 'DAK', 'DAU/DAK NF', 'PAD']) : undefined,
        peran: 'realisasi',
        sumber_tabel: 'Tabel 3.4',
        sumber_baris: doc.add(`${l.kode} ${l.nama} ${grouped(printedPagu)} ${grouped(real)} ${dec2(printedPersen)}%`),
      };
    });
    files['anggaran.csv'] = csv(
      [
        'id',
        'induk',
        'tingkat',
        'kode',
        'nama',
        'pagu',
        'realisasi',
        'persen_tercetak',
        'sumber_dana',
        'peran',
        'sumber_tabel',
        'sumber_baris',
      ],
      rows,
    );

    // Printed aggregates: totals (a share misprinted) and the average capaian.
    doc.heading('Ikhtisar Eksekutif');
    const misTotal = d.chance(1 / 10);
    files['ringkasan.csv'] = csv(
      ['lingkup', 'jenis', 'nilai', 'sumber_tabel', 'sumber_baris'],
      [
        {
          lingkup: 'laporan',
          jenis: 'total-pagu',
          nilai: `Rp ${grouped(totalPagu + (misTotal ? 10_000_000 : 0))},-`,
          sumber_tabel: 'Ikhtisar Eksekutif',
          sumber_baris: doc.add(`Total anggaran Rp ${grouped(totalPagu)}`),
        },
        {
          lingkup: 'laporan',
          jenis: 'total-realisasi',
          nilai: `Rp ${grouped(totalReal)},-`,
          sumber_tabel: 'Ikhtisar Eksekutif',
          sumber_baris: doc.add(`Realisasi Rp ${grouped(totalReal)}`),
        },
        {
          lingkup: 'laporan',
          jenis: 'rata-rata-serapan',
          nilai: `${dec2(ratioHundredths(totalReal, totalPagu))}%`,
          sumber_tabel: 'Bab III 3.2',
          sumber_baris: doc.add('rata-rata serapan'),
        },
      ],
    );

    // Benchmarks: national and provincial figures for some outcome indicators.
    const benchmarked = indicators
      .filter((i) => (i.kind === 'persen' || i.kind === 'angka') && i.induk !== '' && !i.induk.includes('.'))
      .slice(0, d.int(0, 4));
    if (benchmarked.length > 0) {
      doc.heading('Tabel 3.5 Perbandingan dengan Nasional dan Provinsi');
      files['pembanding.csv'] = csv(
        ['indikator', 'tahun', 'pembanding', 'nilai', 'sumber_tabel', 'sumber_baris'],
        benchmarked.flatMap((i) =>
          ['Nasional', `Provinsi ${agency.region.provinsi}`].map((label) => {
            const v = dec2(d.int(3000, 9900));
            return {
              indikator: i.kode,
              tahun: year,
              pembanding: label,
              nilai: v,
              sumber_tabel: 'Tabel 3.5',
              sumber_baris: doc.add(`${i.nama} ${label} ${v}`),
            };
          }),
        ),
      );
    }

    // Efficiency (LKjIP only): per sasaran, capaian / serapan as printed.
    if (!quarterly) {
      doc.heading('Tabel 3.6 Efisiensi Penggunaan Sumber Daya');
      files['efisiensi.csv'] = csv(
        ['lingkup', 'capaian_tercetak', 'pagu', 'realisasi', 'serapan_tercetak', 'sumber_tabel', 'sumber_baris'],
        Array.from({ length: sasaranCount }, (_, s) => {
          const pagu = d.int(200, 9000) * 1_000_000;
          const real = Math.round(pagu * (0.7 + d.float() * 0.3));
          return {
            lingkup: `S${s + 1}`,
            capaian_tercetak: `${dec2(d.int(7000, 11500))}%`,
            pagu: grouped(pagu),
            realisasi: grouped(real),
            serapan_tercetak: `${dec2(ratioHundredths(real, pagu))}%`,
            sumber_tabel: 'Tabel 3.6',
            sumber_baris: doc.add(`S${s + 1} ${grouped(pagu)} ${grouped(real)}`),
          };
        }),
      );
    }
  }

  // Narrative: causes, obstacles, solutions for a share of indicators.
  doc.heading('Analisis Capaian Kinerja');
  const narrated = indicators.filter(() => d.chance(0.3));
  const narratives = narrated.flatMap((i) =>
    (['penyebab', 'kendala', 'solusi'] as const)
      .filter(() => d.chance(0.7))
      .map((jenis) => {
        const teks = Array.from({ length: d.int(1, 4) }, () => narrativeSentence(d, agency)).join(' ');
        return { lingkup: i.kode, jenis, teks, sumber_tabel: 'Bab III 3.1', sumber_baris: doc.add(teks) };
      }),
  );
  if (narratives.length > 0)
    files['narasi.csv'] = csv(['lingkup', 'jenis', 'teks', 'sumber_tabel', 'sumber_baris'], narratives);

  // Extra tables: staffing always, assets sometimes.
  const extras: { berkas: string; judul: string; baris: number }[] = [];
  doc.heading('Bab I 1.3 Sumber Daya Organisasi');
  const pegawaiLine = doc.add('Jumlah pegawai menurut jabatan');
  files['tabel/pegawai.csv'] = csv(
    ['jabatan', 'jumlah', 'sumber_baris'],
    ['Pejabat struktural', 'Fungsional', 'Pelaksana', 'PPPK'].map((j) => ({
      jabatan: j,
      jumlah: String(d.int(1, 80)),
      sumber_baris: doc.add(j),
    })),
  );
  extras.push({ berkas: 'tabel/pegawai.csv', judul: 'Jumlah pegawai menurut jabatan', baris: pegawaiLine });
  if (d.chance(0.4)) {
    const line = doc.add('Sarana dan prasarana');
    files['tabel/aset.csv'] = csv(
      ['aset', 'jumlah', 'kondisi'],
      ['Gedung kantor', 'Kendaraan roda empat', 'Kendaraan roda dua', 'Komputer'].map((x) => ({
        aset: x,
        jumlah: String(d.int(1, 60)),
        kondisi: d.pick(['Baik', 'Rusak ringan', 'Rusak berat']),
      })),
    );
    extras.push({ berkas: 'tabel/aset.csv', judul: 'Sarana dan prasarana', baris: line });
  }
  for (let i = 0; i < d.int(10, 40); i++) doc.add(narrativeSentence(d, agency));
  const signLine = doc.add(`${agency.region.nama.replace(/^(Kota|Kabupaten) /, '')}, Januari ${year + 1}`);

  const yaml = [
    `instansi: ${agency.slug}`,
    `nama_instansi_tercetak: ${yamlString(agency.nama)}`,
    `jenis: ${type.jenis}`,
    `tahun: ${year}`,
    `periode: ${type.periode}`,
    `judul: ${yamlString(title)}`,
    'dokumen:',
    `  berkas: ${docFile}`,
    `  judul_asli: ${yamlString(title.toUpperCase())}`,
    'penandatangan:',
    `  nama: ${yamlString(`${placeName(d).toUpperCase()} ${placeName(d).toUpperCase()}, S.Sos., M.Si.`)}`,
    `  jabatan: ${yamlString(`Kepala ${agency.nama}`)}`,
    `  tempat: ${yamlString(agency.region.nama.replace(/^(Kota|Kabupaten) /, ''))}`,
    `  tanggal_tercetak: ${yamlString(`Januari ${year + 1}`)}`,
    `  tanggal: ${isRenja ? year - 1 : year + 1}-01`,
    'dasar_hukum:',
    '  - Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah',
    '  - Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019',
    'skala: nasional',
    'rumus_negatif: 2t-r',
    `efisiensi: ${isRenja || quarterly ? 'tidak-ada' : 'capaian/serapan'}`,
    'format_angka: id',
    `tahun_data: { dari: ${year - 1}, sampai: ${year + 1} }`,
    'catatan:',
    `  - ${yamlString(`Laporan sintetis (korpus uji, benih ${seed}); baris tanda tangan ${signLine}.`)}`,
    'tabel_tambahan:',
    ...extras.flatMap((e) => [
      `  - berkas: ${e.berkas}`,
      `    judul: ${yamlString(e.judul)}`,
      '    sumber_tabel: Bab I 1.3',
      `    sumber_baris: ${e.baris}`,
    ]),
    '',
  ].join('\n');

  write(`${dir}/laporan.yaml`, yaml);
  for (const [name, text] of Object.entries(files)) write(`${dir}/${name}`, text);
  write(`dokumen/${docFile}`, `${doc.lines.join('\n')}\n`);
}

const SASARAN_WORDS = ['kualitas layanan', 'cakupan layanan', 'akuntabilitas', 'kapasitas kelembagaan', 'pemerataan'];

function pct(nama: string): IndicatorTemplate {
  return { nama, kind: 'persen', polarity: 'positif', satuan: '%' };
}

function outputIndicator(kegiatan: string): IndicatorTemplate {
  return { nama: `Jumlah Keluaran ${kegiatan}`, kind: 'angka', polarity: 'positif', satuan: 'unit' };
}

function valueRow(
  ind: IndicatorRow,
  tahun: number,
  periode: string,
  peran: string,
  target: string | undefined,
  realisasi: string | undefined,
  capaian: string | undefined,
  table: string,
  doc: Document,
) {
  return {
    indikator: ind.kode,
    tahun,
    periode,
    peran,
    target,
    realisasi,
    capaian_tercetak: capaian,
    sumber_tabel: table,
    sumber_baris: doc.add([ind.nama, target, realisasi, capaian].filter(Boolean).join(' ')),
  };
}

function narrativeSentence(d: Dice, agency: AgencyPlan): string {
  const subject = d.pick(['Capaian kinerja', 'Pelaksanaan kegiatan', 'Realisasi anggaran', 'Koordinasi lintas sektor']);
  const verb = d.pick([
    'meningkat dibandingkan tahun sebelumnya',
    'belum optimal',
    'terkendala keterbatasan anggaran',
    'didukung partisipasi masyarakat',
  ]);
  return `${subject} ${agency.singkatan} ${verb} karena ${d.pick(['keterbatasan sumber daya manusia', 'refocusing anggaran', 'dukungan pemerintah desa', 'pemutakhiran data'])}.`;
}

interface BudgetLinePlan {
  id: string;
  induk: string;
  tingkat: 'urusan' | 'program' | 'kegiatan' | 'subkegiatan';
  kode: string;
  nama: string;
  pagu: number;
  printedError: boolean;
  realisasi: (share: number) => number;
}

/** A urusan → programme → activity → sub-activity tree whose parents add up (apart from printed errors). */
function budgetTree(
  d: Dice,
  agency: AgencyPlan,
  programmes: { template: ProgrammeTemplate; kegiatan: string[] }[],
  targetLines: number,
): BudgetLinePlan[] {
  const kegiatanCount = programmes.reduce((n, p) => n + p.kegiatan.length, 0);
  const subPerKegiatan = Math.max(2, Math.round((targetLines - 1 - programmes.length - kegiatanCount) / kegiatanCount));
  const lines: BudgetLinePlan[] = [];
  const rate = 0.75 + d.float() * 0.23;
  const u = agency.kind.kodeUrusan;
  const root: BudgetLinePlan = {
    id: 'U1',
    induk: '',
    tingkat: 'urusan',
    kode: u,
    nama: `URUSAN ${agency.kind.urusan[0]!.toUpperCase()}`,
    pagu: 0,
    printedError: false,
    realisasi: () => 0,
  };
  lines.push(root);
  const realOf = new Map<BudgetLinePlan, (share: number) => number>();
  const rootChildren: BudgetLinePlan[] = [];
  programmes.forEach((p, pi) => {
    const prog: BudgetLinePlan = {
      id: `U1.P${pi + 1}`,
      induk: 'U1',
      tingkat: 'program',
      kode: `${u}.${p.template.kode}`,
      nama: p.template.nama,
      pagu: 0,
      printedError: d.chance(1 / 30),
      realisasi: () => 0,
    };
    lines.push(prog);
    rootChildren.push(prog);
    const progChildren: BudgetLinePlan[] = [];
    p.kegiatan.forEach((k, ki) => {
      const keg: BudgetLinePlan = {
        id: `${prog.id}.K${ki + 1}`,
        induk: prog.id,
        tingkat: 'kegiatan',
        kode: `${prog.kode}.2.${String(ki + 1).padStart(2, '0')}`,
        nama: k,
        pagu: 0,
        printedError: d.chance(1 / 30),
        realisasi: () => 0,
      };
      lines.push(keg);
      progChildren.push(keg);
      const subs: BudgetLinePlan[] = [];
      const n = Math.max(1, subPerKegiatan + d.int(-1, 1));
      for (let s = 0; s < n; s++) {
        const pagu = d.int(10, 900) * 1_000_000 + d.int(0, 999) * 1000;
        const r = rate * (0.8 + d.float() * 0.2);
        const sub: BudgetLinePlan = {
          id: `${keg.id}.S${s + 1}`,
          induk: keg.id,
          tingkat: 'subkegiatan',
          kode: `${keg.kode}.${String(s + 1).padStart(4, '0')}`,
          nama: SUB_KEGIATAN[(s + ki * 3 + pi) % SUB_KEGIATAN.length]!,
          pagu,
          printedError: false,
          realisasi: (share) => Math.round((pagu * Math.min(1, r * share)) / 1000) * 1000,
        };
        lines.push(sub);
        subs.push(sub);
      }
      keg.pagu = subs.reduce((n2, x) => n2 + x.pagu, 0);
      keg.realisasi = (share) => subs.reduce((n2, x) => n2 + x.realisasi(share), 0);
    });
    prog.pagu = progChildren.reduce((n2, x) => n2 + x.pagu, 0);
    prog.realisasi = (share) => progChildren.reduce((n2, x) => n2 + x.realisasi(share), 0);
  });
  root.pagu = rootChildren.reduce((n2, x) => n2 + x.pagu, 0);
  root.realisasi = (share) => rootChildren.reduce((n2, x) => n2 + x.realisasi(share), 0);
  void realOf;
  return lines;
}

// ---- the corpus -----------------------------------------------------------------------------------------------

/** Shared files the corpus references: the national predicate scale and the two ordinal orders. */
export const SHARED_SCALES = ['nasional.yaml', 'ape-pug.yaml', 'kla.yaml'] as const;

/** Report plans in publication order: region → agency → year → document type. */
function* reportPlans(options: CorpusOptions): Generator<ReportPlan> {
  const seed = options.seed ?? 1;
  const years = options.years ?? [2023, 2024];
  const kecamatan = options.kecamatan ?? 24;
  const perProvince = options.regionsPerProvince ?? 14;
  for (let r = 0; ; r++) {
    const region = regionPlan(seed, r, perProvince);
    for (const agency of agencyPlans(region, kecamatan).slice(0, options.agencies ?? Infinity))
      for (const year of years) for (const type of TYPES) yield { agency, year, type };
  }
}

/**
 * Write the corpus through `write` (paths relative to the content root) and return its shape. `scales` maps a
 * shared scale file name to its text (the caller copies them from the repository's content/skala/).
 */
export function generateCorpus(
  options: CorpusOptions,
  scales: Record<string, string>,
  write: WriteFile,
): CorpusSummary {
  const seed = options.seed ?? 1;
  const regions = new Map<string, RegionPlan>();
  const agencies = new Map<string, AgencyPlan>();
  let n = 0;
  for (const plan of reportPlans(options)) {
    if (n >= options.reports) break;
    regions.set(plan.agency.region.slug, plan.agency.region);
    agencies.set(plan.agency.slug, plan.agency);
    writeReport(plan, seed, write);
    n++;
  }
  for (const region of regions.values()) {
    write(
      `wilayah/${region.slug}.yaml`,
      [
        `nama: ${region.nama}`,
        `jenis: ${region.jenis}`,
        `provinsi: ${region.provinsi}`,
        `kode_bps: "${region.kodeBps}"`,
        '',
      ].join('\n'),
    );
  }
  for (const agency of agencies.values()) {
    write(
      `instansi/${agency.slug}.yaml`,
      [
        `wilayah: ${agency.region.slug}`,
        'nama:',
        `  - nama: ${yamlString(agency.nama)}`,
        `    singkatan: ${yamlString(agency.singkatan)}`,
        'urusan:',
        ...agency.kind.urusan.map((u) => `  - ${yamlString(u)}`),
        '',
      ].join('\n'),
    );
  }
  for (const [name, text] of Object.entries(scales)) write(`skala/${name}`, text);
  return {
    reports: n,
    regions: regions.size,
    agencies: agencies.size,
    provinces: new Set([...regions.values()].map((r) => r.provinsi)).size,
  };
}
