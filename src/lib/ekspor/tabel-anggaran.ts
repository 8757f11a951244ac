/**
 * Money tables: budget lines with recomputed absorption and roll-ups (`anggaran`), Renja plan rows (`rencana`),
 * printed efficiency tables (`efisiensi`) and printed aggregates (`ringkasan`).
 */
import { budgetLevels, budgetRoles, summaryKinds } from '../data/skema.ts';
import type { BudgetLevel } from '../model.ts';
import { headlineBudget, reprintedLines } from '../skor/anggaran.ts';
import { programmeKey } from '../tampilan/kunci.ts';
import { COMPUTED_STATUSES, type ReportScores } from './hitung.ts';
import {
  figureCells,
  figureColumns,
  reportCells,
  reportColumns,
  sourceCells,
  sourceColumns,
  type ReportContext,
} from './kolom.ts';
import { col, type Row, type Table } from './tabel.ts';

/** Key of a programme across reports (the column `kunci_program`): the slug of its national programme name. */
export function programmeSlug(nama: string): string {
  return programmeKey(nama) || 'tanpa-nama';
}

/** For each line: the key of the programme it belongs to (itself or its nearest `program` ancestor). */
export function programmeKeys(
  lines: readonly { id: string; parent?: string; level: BudgetLevel; nama: string }[],
): Map<string, string> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const keys = new Map<string, string>();
  for (const line of lines) {
    const seen = new Set<string>();
    let current: (typeof lines)[number] | undefined = line;
    while (current !== undefined && !seen.has(current.id)) {
      if (current.level === 'program') {
        keys.set(line.id, programmeSlug(current.nama));
        break;
      }
      seen.add(current.id);
      current = current.parent === undefined ? undefined : byId.get(current.parent);
    }
  }
  return keys;
}

const programmeColumn = col(
  'kunci_program',
  'string',
  'Kunci program lintas laporan: slug nama program nomenklatur nasional (baris program atau program induknya); kosong di atas tingkat program.',
  'Cross-report programme key: slug of the national programme name (the line’s own or its programme ancestor’s); empty above programme level.',
);

const levelColumn = col(
  'tingkat',
  'string',
  'Tingkat: total, urusan, program, kegiatan, subkegiatan.',
  'Level: total, urusan (affair), program, kegiatan (activity), subkegiatan (sub-activity).',
  { required: true, enum: budgetLevels },
);

// ---- anggaran: one row per anggaran.csv row ------------------------------------------------------------------

export const budgetColumns = [
  ...reportColumns,
  col('id', 'string', 'Pengenal baris dalam anggaran.csv laporan ini.', 'Line id within this report’s anggaran.csv.', {
    required: true,
  }),
  col(
    'induk',
    'string',
    'id baris induk; kosong untuk baris teratas.',
    'id of the parent line; empty for a top-level line.',
  ),
  levelColumn,
  col(
    'kode',
    'string',
    'Kode rekening seperti tercetak (mis. 1.06.04.2.01.0001).',
    'Budget code as printed (e.g. 1.06.04.2.01.0001).',
  ),
  col('nama', 'string', 'Nama program/kegiatan/subkegiatan seperti tercetak.', 'Programme/activity name as printed.', {
    required: true,
  }),
  programmeColumn,
  ...figureColumns('pagu', { id: 'Pagu (alokasi, Rp)', en: 'Allocation (pagu, Rp)' }),
  ...figureColumns('realisasi', { id: 'Realisasi (Rp)', en: 'Spending (realisasi, Rp)' }),
  ...figureColumns('persen_tercetak', {
    id: 'Persentase serapan yang dicetak dokumen',
    en: 'Absorption % printed by the document',
  }),
  col(
    'sumber_dana',
    'string',
    'Sumber dana seperti tercetak (DAU, DAK, …).',
    'Funding source as printed (DAU, DAK, …).',
  ),
  col(
    'peran',
    'string',
    'Tabel asal: realisasi, pk, pk-perubahan, rencana.',
    'Table role: realisasi (budget realisation), pk, pk-perubahan (revised), rencana (plan).',
    { required: true, enum: budgetRoles },
  ),
  col(
    'tahun',
    'year',
    'Tahun anggaran tabel (bawaan: tahun laporan).',
    'Budget year of the table (default: the report year).',
    { required: true },
  ),
  col('catatan', 'string', 'Catatan.', 'Note.'),
  col(
    'jumlah_utama',
    'boolean',
    'ya pada baris yang membentuk pagu dan realisasi utama laporan seperti di halaman laporan (satu tabel, tingkat teratas: baris total tabel realisasi tahun laporan). Untuk total laporan: saring jumlah_utama = ya, jumlahkan pagu_angka / realisasi_angka.',
    'ya (yes) on the lines that make the report’s headline pagu and realisasi as the report page shows them (one table, top level: the total line of the report year’s realisation table). To total a report: filter jumlah_utama = ya and sum pagu_angka / realisasi_angka.',
    { required: true },
  ),
  col(
    'cetak_ulang_dari',
    'string',
    'Baris yang dicetak ulang: id baris yang sama dengan pagu dan realisasi tercetak sama di tabel sebelumnya dengan peran dan tahun yang sama (mis. Tabel 3.2 mengulang Tabel 2.2). Abaikan baris ini saat menjumlahkan lintas tabel.',
    'A reprinted line: the id of the same line, with the same printed pagu and realisasi, in an earlier table of the same role and year (e.g. Tabel 3.2 repeating Tabel 2.2). Skip these rows when summing across tables.',
  ),
  col(
    'serapan_hitung',
    'number',
    'Serapan dihitung ulang: realisasi / pagu × 100 (dibulatkan 6 desimal).',
    'Recomputed absorption: realisasi / pagu × 100 (rounded to 6 decimals).',
  ),
  col(
    'serapan_hitung_status',
    'string',
    'persen atau tidak-dapat-dihitung; kosong bila penilaian tidak disertakan.',
    'persen or tidak-dapat-dihitung (not computable); empty when scoring is not included.',
    { enum: COMPUTED_STATUSES },
  ),
  col(
    'serapan_hitung_alasan',
    'string',
    'Kode alasan bila tidak dapat dihitung (pagu-nol, tidak-terbaca, …).',
    'Reason code when not computable (pagu-nol, tidak-terbaca, …).',
  ),
  col(
    'persen_tercetak_cocok',
    'boolean',
    'ya bila persen tercetak sama dengan serapan hitung pada presisi cetaknya.',
    'ya (yes) if the printed % equals the recomputed absorption at its printed precision.',
  ),
  col(
    'rincian_pagu_jumlah',
    'number',
    'Jumlah pagu baris anak (hanya baris yang punya anak).',
    'Sum of the children’s pagu (lines with children only).',
  ),
  col(
    'rincian_pagu_cocok',
    'boolean',
    'ya bila pagu baris ini sama dengan jumlah anaknya.',
    'ya (yes) if this line’s pagu equals the sum of its children.',
  ),
  col('rincian_realisasi_jumlah', 'number', 'Jumlah realisasi baris anak.', 'Sum of the children’s realisasi.'),
  col(
    'rincian_realisasi_cocok',
    'boolean',
    'ya bila realisasi baris ini sama dengan jumlah anaknya.',
    'ya (yes) if this line’s realisasi equals the sum of its children.',
  ),
  ...sourceColumns,
] as const;

export type BudgetColumn = (typeof budgetColumns)[number]['name'];

export function budgetTable(
  reports: readonly ReportContext[],
  scores: (reportId: string) => ReportScores | undefined,
): Table<BudgetColumn> {
  const rows = reports.flatMap((ctx) => {
    const keys = programmeKeys(ctx.report.budget);
    const scored = scores(ctx.report.id);
    const headline = new Set(headlineBudget(ctx.report.budget, ctx.report.meta.year).lines.map((l) => l.id));
    const reprinted = reprintedLines(ctx.report.budget);
    return ctx.report.budget.map((b): Row<BudgetColumn> => {
      const score = scored?.budget.get(b.id);
      return {
        ...reportCells(ctx),
        id: b.id,
        induk: b.parent,
        tingkat: b.level,
        kode: b.kode,
        nama: b.nama,
        kunci_program: keys.get(b.id),
        ...figureCells('pagu', b.pagu),
        ...figureCells('realisasi', b.realisasi),
        ...figureCells('persen_tercetak', b.printedPercent),
        sumber_dana: b.sumberDana,
        peran: b.role,
        tahun: b.year,
        catatan: b.note,
        jumlah_utama: headline.has(b.id),
        cetak_ulang_dari: reprinted.get(b.id),
        serapan_hitung: score?.serapan,
        serapan_hitung_status: score?.status,
        serapan_hitung_alasan: score?.reason,
        persen_tercetak_cocok: score?.printedPercentMatches,
        rincian_pagu_jumlah: score?.childrenPagu,
        rincian_pagu_cocok: score?.childrenPaguMatches,
        rincian_realisasi_jumlah: score?.childrenRealisasi,
        rincian_realisasi_cocok: score?.childrenRealisasiMatches,
        ...sourceCells(b.source),
      };
    });
  });
  return {
    name: 'anggaran',
    title: { id: 'Anggaran: pagu, realisasi, serapan', en: 'Budget: allocation, spending, absorption' },
    description: {
      id: 'Satu baris per baris anggaran.csv (program, kegiatan, subkegiatan) dengan serapan dan jumlah rincian yang dihitung ulang.',
      en: 'One row per anggaran.csv line (programme, activity, sub-activity) with recomputed absorption and child sums.',
    },
    columns: budgetColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}

// ---- rencana: one row per rencana.csv row (Renja) -------------------------------------------------------------

export const planColumns = [
  ...reportColumns,
  col('id', 'string', 'Pengenal baris dalam rencana.csv laporan ini.', 'Row id within this report’s rencana.csv.', {
    required: true,
  }),
  col('induk', 'string', 'id baris induk.', 'id of the parent row.'),
  levelColumn,
  col('kode', 'string', 'Kode rekening seperti tercetak.', 'Budget code as printed.'),
  col('nama', 'string', 'Nama program/kegiatan seperti tercetak.', 'Programme/activity name as printed.', {
    required: true,
  }),
  programmeColumn,
  col('indikator', 'string', 'Indikator keluaran/hasil seperti tercetak.', 'Output/outcome indicator as printed.'),
  col('target', 'string', 'Target seperti tercetak.', 'Target as printed.'),
  col('satuan', 'string', 'Satuan seperti tercetak.', 'Unit as printed.'),
  ...figureColumns('pagu_indikatif', { id: 'Pagu indikatif (Rp)', en: 'Indicative allocation (Rp)' }),
  col('sumber_dana', 'string', 'Sumber dana seperti tercetak.', 'Funding source as printed.'),
  col('lokasi', 'string', 'Lokasi seperti tercetak.', 'Location as printed.'),
  col(
    'target_berikutnya',
    'string',
    'Target tahun berikutnya (prakiraan maju), seperti tercetak.',
    'Target for the following year (forward estimate), as printed.',
  ),
  ...figureColumns('pagu_berikutnya', {
    id: 'Pagu tahun berikutnya (prakiraan maju, Rp)',
    en: 'Allocation for the following year (forward estimate, Rp)',
  }),
  col('tahun', 'year', 'Tahun rencana (bawaan: tahun laporan).', 'Plan year (default: the report year).', {
    required: true,
  }),
  col('catatan', 'string', 'Catatan.', 'Note.'),
  ...sourceColumns,
] as const;

export type PlanColumn = (typeof planColumns)[number]['name'];

export function planTable(reports: readonly ReportContext[]): Table<PlanColumn> {
  const rows = reports.flatMap((ctx) => {
    const keys = programmeKeys(ctx.report.plan);
    return ctx.report.plan.map((p): Row<PlanColumn> => ({
      ...reportCells(ctx),
      id: p.id,
      induk: p.parent,
      tingkat: p.level,
      kode: p.kode,
      nama: p.nama,
      kunci_program: keys.get(p.id),
      indikator: p.indikator,
      target: p.target,
      satuan: p.satuan,
      ...figureCells('pagu_indikatif', p.paguIndikatif),
      sumber_dana: p.sumberDana,
      lokasi: p.lokasi,
      target_berikutnya: p.targetNext,
      ...figureCells('pagu_berikutnya', p.paguNext),
      tahun: p.year,
      catatan: p.note,
      ...sourceCells(p.source),
    }));
  });
  return {
    name: 'rencana',
    title: { id: 'Rencana kerja (Renja)', en: 'Work plan rows (Renja)' },
    description: {
      id: 'Satu baris per baris rencana.csv: program/kegiatan yang direncanakan, indikator, target, pagu indikatif dan prakiraan maju.',
      en: 'One row per rencana.csv row: planned programmes/activities, indicator, target, indicative allocation and forward estimate.',
    },
    columns: planColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}

// ---- efisiensi: one row per efisiensi.csv row ----------------------------------------------------------------

const scopeColumns = [
  col(
    'lingkup',
    'string',
    'Lingkup: kode simpul pohon kinerja, kode indikator, id baris anggaran (ringkasan), atau laporan.',
    'Scope: a performance-tree node code, an indicator code, a budget line id (aggregates), or laporan (the whole report).',
    { required: true },
  ),
  col(
    'lingkup_nama',
    'string',
    'Nama simpul, indikator atau baris anggaran lingkup (kosong untuk laporan).',
    'Name of the scope node, indicator or budget line (empty for laporan).',
  ),
] as const;

function scopeName(ctx: ReportContext, scope: string): string | undefined {
  return (
    ctx.report.indicators.find((i) => i.kode === scope)?.nama ?? ctx.report.tree.find((n) => n.kode === scope)?.nama
  );
}

export const efficiencyColumns = [
  ...reportColumns,
  ...scopeColumns,
  col('tahun', 'year', 'Tahun baris (bawaan: tahun laporan).', 'Year of the row (default: the report year).', {
    required: true,
  }),
  ...figureColumns('capaian_tercetak', { id: 'Capaian kinerja tercetak', en: 'Printed performance capaian' }),
  ...figureColumns('pagu', { id: 'Pagu (Rp)', en: 'Allocation (Rp)' }),
  ...figureColumns('realisasi', { id: 'Realisasi (Rp)', en: 'Spending (Rp)' }),
  ...figureColumns('serapan_tercetak', { id: 'Serapan anggaran tercetak', en: 'Printed budget absorption' }),
  ...figureColumns('efisiensi_tercetak', { id: 'Efisiensi tercetak', en: 'Printed efficiency' }),
  col('catatan', 'string', 'Catatan.', 'Note.'),
  col(
    'serapan_hitung',
    'number',
    'Serapan dihitung ulang dari pagu dan realisasi baris ini.',
    'Absorption recomputed from this row’s pagu and realisasi.',
  ),
  col(
    'efisiensi_hitung',
    'number',
    'Efisiensi dihitung ulang dengan konvensi laporan dari angka tercetak.',
    'Efficiency recomputed with the report’s convention from the printed figures.',
  ),
  col(
    'efisiensi_satuan',
    'string',
    'persen, atau poin (konvensi capaian − serapan).',
    'persen, or poin (percentage points, convention capaian − serapan).',
    { enum: ['persen', 'poin'] },
  ),
  col(
    'efisiensi_rumus',
    'string',
    'Konvensi: serapan/capaian, capaian-serapan, capaian/serapan.',
    'Convention: serapan/capaian, capaian-serapan, capaian/serapan.',
  ),
  col(
    'efisiensi_hitung_alasan',
    'string',
    'Kode alasan bila tidak dapat dihitung.',
    'Reason code when not computable.',
  ),
  col(
    'efisiensi_tercetak_cocok',
    'string',
    'Konvensi yang menghasilkan efisiensi tercetak, atau tidak bila tak satu pun.',
    'The convention that reproduces the printed efficiency, or tidak (none).',
  ),
  ...sourceColumns,
] as const;

export type EfficiencyColumn = (typeof efficiencyColumns)[number]['name'];

export function efficiencyTable(
  reports: readonly ReportContext[],
  scores: (reportId: string) => ReportScores | undefined,
): Table<EfficiencyColumn> {
  const rows = reports.flatMap((ctx) => {
    const scored = scores(ctx.report.id);
    return ctx.report.efficiency.map((e): Row<EfficiencyColumn> => {
      const score = scored?.efficiency.get(e.source.row);
      return {
        ...reportCells(ctx),
        lingkup: e.scope,
        lingkup_nama: scopeName(ctx, e.scope),
        tahun: e.year,
        ...figureCells('capaian_tercetak', e.printedCapaian),
        ...figureCells('pagu', e.pagu),
        ...figureCells('realisasi', e.realisasi),
        ...figureCells('serapan_tercetak', e.printedSerapan),
        ...figureCells('efisiensi_tercetak', e.printedEfficiency),
        catatan: e.note,
        serapan_hitung: score?.serapan,
        efisiensi_hitung: score?.efficiency,
        efisiensi_satuan: score?.unit,
        efisiensi_rumus: score?.formula,
        efisiensi_hitung_alasan: score?.reason,
        efisiensi_tercetak_cocok: score?.printedMatches,
        ...sourceCells(e.source),
      };
    });
  });
  return {
    name: 'efisiensi',
    title: { id: 'Efisiensi tercetak', en: 'Printed efficiency tables' },
    description: {
      id: 'Satu baris per baris efisiensi.csv: capaian, pagu, realisasi, serapan dan efisiensi seperti tercetak, dengan hitung ulang.',
      en: 'One row per efisiensi.csv row: capaian, allocation, spending, absorption and efficiency as printed, recomputed.',
    },
    columns: efficiencyColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}

// ---- ringkasan: one row per ringkasan.csv row ----------------------------------------------------------------

export const summaryColumns = [
  ...reportColumns,
  ...scopeColumns,
  col(
    'jenis',
    'string',
    'rata-rata-capaian, rata-rata-serapan, total-pagu, total-realisasi.',
    'rata-rata-capaian (mean capaian), rata-rata-serapan (mean absorption), total-pagu, total-realisasi.',
    { required: true, enum: summaryKinds },
  ),
  ...figureColumns('nilai', { id: 'Nilai tercetak', en: 'Printed value' }),
  col('predikat_tercetak', 'string', 'Predikat yang dicetak untuk angka ini.', 'Predicate printed for this figure.'),
  col('tahun', 'year', 'Tahun (bawaan: tahun laporan).', 'Year (default: the report year).', { required: true }),
  col('catatan', 'string', 'Catatan.', 'Note.'),
  col(
    'nilai_hitung',
    'number',
    'Nilai dihitung ulang yang ditampilkan halaman laporan (dibulatkan 6 desimal): cara hitung yang menghasilkan angka tercetak; bila tak ada, cara yang dibandingkan dalam temuan; selainnya cara utama.',
    'Recomputed value the report page shows (rounded to 6 decimals): the reading that reproduces the printed figure; if none does, the one its finding compares it with; otherwise the preferred reading.',
  ),
  col(
    'nilai_hitung_cara',
    'string',
    'Apa yang dihitung untuk nilai_hitung, mis. "rata-rata indikator program", "jumlah 12 baris Tabel 2.2".',
    'What nilai_hitung computes (Indonesian), e.g. "rata-rata indikator program", "jumlah 12 baris Tabel 2.2".',
  ),
  col('nilai_hitung_cara_en', 'string', 'Sama, bahasa Inggris.', 'The same in English.'),
  col('nilai_hitung_alasan', 'string', 'Kode alasan bila tidak dapat dihitung.', 'Reason code when not computable.'),
  col(
    'nilai_tercetak_cocok',
    'boolean',
    'ya bila salah satu cara hitung ulang menghasilkan nilai tercetak pada presisi cetaknya (cara itu di cara_cocok).',
    'ya (yes) if some recomputed reading reproduces the printed value at its printed precision (named in cara_cocok).',
  ),
  col(
    'cara_cocok',
    'string',
    'Cara hitung yang menghasilkan angka tercetak, seperti di halaman laporan ("Cara hitung yang cocok"). Bila nilai_tercetak_cocok = tidak tetapi kolom ini terisi: angka tercetak adalah rata-rata angka tercetak anggotanya (capaian per indikator, persen per baris), sebagian anggota itu keliru.',
    'The reading that reproduces the printed figure, as on the report page ("Reading that reproduces it"). When nilai_tercetak_cocok = tidak but this is filled: the printed figure is the mean of its members’ printed figures (capaian per indicator, % per line), some of which are wrong.',
  ),
  col('cara_cocok_en', 'string', 'Sama, bahasa Inggris.', 'The same in English.'),
  col(
    'cara_cocok_nilai',
    'number',
    'Nilai cara_cocok (dibulatkan 6 desimal): sama dengan nilai_hitung bila nilai_tercetak_cocok = ya.',
    'Value of cara_cocok (rounded to 6 decimals): equal to nilai_hitung when nilai_tercetak_cocok = ya.',
  ),
  ...sourceColumns,
] as const;

export type SummaryColumn = (typeof summaryColumns)[number]['name'];

export function summaryTable(
  reports: readonly ReportContext[],
  scores: (reportId: string) => ReportScores | undefined,
): Table<SummaryColumn> {
  const rows = reports.flatMap((ctx) => {
    const scored = scores(ctx.report.id);
    return ctx.report.summaries.map((s): Row<SummaryColumn> => {
      const score = scored?.summaries.get(s.source.row);
      return {
        ...reportCells(ctx),
        lingkup: s.scope,
        lingkup_nama: scopeName(ctx, s.scope) ?? ctx.report.budget.find((b) => b.id === s.scope)?.nama,
        jenis: s.kind,
        ...figureCells('nilai', s.value),
        predikat_tercetak: s.printedPredicate,
        tahun: s.year,
        catatan: s.note,
        nilai_hitung: score?.recomputed,
        nilai_hitung_cara: score?.recomputedReading?.id,
        nilai_hitung_cara_en: score?.recomputedReading?.en,
        nilai_hitung_alasan: score?.reason,
        nilai_tercetak_cocok: score?.printedMatches,
        cara_cocok: score?.matchingReading?.label.id,
        cara_cocok_en: score?.matchingReading?.label.en,
        cara_cocok_nilai: score?.matchingReading?.value,
        ...sourceCells(s.source),
      };
    });
  });
  return {
    name: 'ringkasan',
    title: { id: 'Ringkasan tercetak: rata-rata dan total', en: 'Printed aggregates: averages and totals' },
    description: {
      id: 'Satu baris per baris ringkasan.csv: rata-rata capaian/serapan dan total yang dicetak dokumen, dengan hitung ulang.',
      en: 'One row per ringkasan.csv row: averages and totals printed by the document, recomputed.',
    },
    columns: summaryColumns,
    rows,
    primaryKey: ['sumber_berkas', 'sumber_baris_berkas'],
  };
}
