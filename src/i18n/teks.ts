/**
 * UI text in Indonesian (primary) and English. Content (names, printed text) is never translated: it is shown as
 * the document printed it. Pages get `lang` and read labels from here; routes under /en/ mirror those under /.
 */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

const id = {
  htmlLang: 'id',
  locale: 'id_ID',
  skip: 'Langsung ke isi',
  home: 'Beranda',
  agencies: 'Instansi',
  programmes: 'Program',
  indicators: 'Indikator',
  compare: 'Bandingkan',
  findings: 'Temuan',
  downloads: 'Unduh data',
  sqlQueries: 'Kueri SQL',
  methodology: 'Metodologi',
  contribute: 'Tentang & kontribusi',
  search: 'Cari',
  searchPlaceholder: 'Cari program, indikator…',
  mainNav: 'Navigasi utama',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this page in English',
  footer:
    'Kinerja Terbuka menerbitkan angka laporan kinerja persis seperti tercetak dan menghitung ulang capaiannya. Perbedaan ditampilkan, tidak diperbaiki diam-diam. Data berlisensi CC BY 4.0.',
  defaultDescription: 'Data kinerja perangkat daerah dari laporan SAKIP, diperiksa ulang.',
  reports: 'Laporan',
  allReports: 'Semua laporan yang diterbitkan',
  report: 'Laporan',
  agency: 'Instansi',
  region: 'Wilayah',
  type: 'Jenis',
  year: 'Tahun',
  period: 'Periode',
  reportCount: 'Laporan',
  reportTypes: { lkjip: 'LKjIP', 'laporan-triwulan': 'Laporan Triwulan', renja: 'Renja' },
  periods: { tahunan: 'Tahunan', tw1: 'Triwulan I', tw2: 'Triwulan II', tw3: 'Triwulan III', tw4: 'Triwulan IV' },
  tagline:
    'Laporan kinerja perangkat daerah (SAKIP) sebagai data terbuka: target, realisasi, capaian, dan anggaran — dihitung ulang dan dibandingkan dengan angka yang tercetak di dokumen.',
  showTable: 'Tampilkan tabel data',
  hideTable: 'Sembunyikan tabel data',
  downloadChart: 'Unduh data grafik ini (CSV)',
  dataFor: 'Data untuk',
  budgetLines: 'Baris anggaran',
  arithmeticErrors: 'Angka dokumen yang tidak cocok',
  howAgenciesDid: 'Bagaimana kinerja setiap dinas',
  scorecardIntro:
    'Laporan terakhir setiap dinas: rata-rata capaian indikator kinerja utamanya (dihitung ulang), predikatnya, persentase anggaran yang terpakai, dan jumlah angka dokumen yang tidak cocok.',
  featuredFinding: 'Temuan pilihan',
  terms: 'Istilah dalam satu menit',
  counts: (reports: number, agencies: number, findings: number) =>
    `${reports} laporan dari ${agencies} instansi, ${findings} temuan.`,
  homeExplain:
    'Setiap angka diterbitkan seperti tercetak, dengan sumber tabel dan barisnya. Mesin skor menghitung ulang capaian, predikat, serapan, dan efisiensi; setiap perbedaan menjadi temuan.',
} as const;

type Dictionary = {
  [K in keyof typeof id]: (typeof id)[K] extends string
    ? string
    : (typeof id)[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : { [P in keyof (typeof id)[K]]: string };
};

const en: Dictionary = {
  htmlLang: 'en',
  locale: 'en_GB',
  skip: 'Skip to content',
  home: 'Home',
  agencies: 'Agencies',
  programmes: 'Programmes',
  indicators: 'Indicators',
  compare: 'Compare',
  findings: 'Findings',
  downloads: 'Download data',
  sqlQueries: 'SQL queries',
  methodology: 'Methodology',
  contribute: 'About & contribute',
  search: 'Search',
  searchPlaceholder: 'Search programmes, indicators…',
  mainNav: 'Main navigation',
  otherLanguage: 'Bahasa Indonesia',
  otherLanguageLabel: 'Baca halaman ini dalam bahasa Indonesia',
  footer:
    'Kinerja Terbuka publishes performance-report figures exactly as printed and recomputes their achievement. Disagreements are shown, never silently fixed. Data licensed CC BY 4.0.',
  defaultDescription: 'Performance data of Indonesian local-government agencies from their SAKIP reports, checked.',
  reports: 'Reports',
  allReports: 'All published reports',
  report: 'Report',
  agency: 'Agency',
  region: 'Region',
  type: 'Type',
  year: 'Year',
  period: 'Period',
  reportCount: 'Reports',
  reportTypes: { lkjip: 'Annual report (LKjIP)', 'laporan-triwulan': 'Quarterly report', renja: 'Work plan (Renja)' },
  periods: { tahunan: 'Annual', tw1: 'Quarter I', tw2: 'Quarter II', tw3: 'Quarter III', tw4: 'Quarter IV' },
  tagline:
    'Performance reports of Indonesian local-government agencies (SAKIP) as open data: targets, results, achievement and budgets — recomputed and compared with the figures printed in the documents.',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadChart: 'Download this chart’s data (CSV)',
  dataFor: 'Data for',
  budgetLines: 'Budget lines',
  arithmeticErrors: 'Document figures that do not add up',
  howAgenciesDid: 'How each agency did',
  scorecardIntro:
    'Each agency’s latest report: the mean achievement of its key performance indicators (recomputed), its rating, the share of the budget used, and how many document figures do not add up.',
  featuredFinding: 'Featured finding',
  terms: 'The terms in one minute',
  counts: (reports, agencies, findings) => `${reports} reports from ${agencies} agencies, ${findings} findings.`,
  homeExplain:
    'Every figure is published as printed, with its source table and line. The scoring engine recomputes achievement, predicates, absorption and efficiency; every disagreement becomes a finding.',
};

const dictionaries: Record<Lang, Dictionary> = { id, en };

export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** A site path in a language: `/instansi/` → `/en/instansi/` for English. `path` starts and ends with `/`. */
export function localPath(lang: Lang, path: string): string {
  return lang === 'en' ? `/en${path}` : path;
}

/** The language a URL path is in, and the same page's path without the language prefix. */
export function splitLangPath(pathname: string): { lang: Lang; path: string } {
  return pathname.startsWith('/en/') || pathname === '/en'
    ? { lang: 'en', path: pathname.slice(3) || '/' }
    : { lang: 'id', path: pathname };
}
