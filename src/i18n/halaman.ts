/** Labels of the cross-report pages (agency, programme, indicator, compare, findings, downloads), id and en. */
import type { Lang } from './teks.ts';

const idn = (n: number) => n.toLocaleString('id-ID');
/** `1 report`, `2 reports`. */
const eng = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const id = {
  agencyReports: 'Laporan instansi ini',
  nameHistory: 'Riwayat nama',
  since: 'sejak',
  until: 'sampai',
  affairs: 'Urusan',
  budgetHistory: 'Anggaran per laporan',
  budgetHistoryCaption: 'Total pagu, realisasi, dan serapan menurut tabel realisasi anggaran tiap laporan',
  budgetChart: 'Pagu dan realisasi per tahun laporan',
  exactAsPrinted: 'Di bawah setiap jumlah: angkanya persis seperti tercetak di dokumen.',
  exactAmount: 'Di bawah setiap jumlah: angka persisnya.',
  pagu: 'Pagu',
  realisasi: 'Realisasi',
  serapan: 'Serapan',
  overall: 'Capaian keseluruhan (hitung ulang)',
  differentPeriods: (what: string) => `Perhatian: ${what} berbeda, angka tidak langsung sebanding.`,
  years: 'tahun',
  periodsWord: 'periode',
  findings: 'Temuan',
  indicatorsOfAgency: 'Indikator instansi ini',
  programmesIntro:
    'Program menurut nomenklatur nasional (Permendagri 90/2019), dari tabel anggaran dan pohon kinerja setiap laporan. Nama program dicocokkan setelah diseragamkan (huruf kecil, tanpa tanda baca).',
  programme: 'Program',
  reportsCount: 'Laporan',
  agenciesCount: 'Instansi',
  programmeCaption: (nama: string) => `${nama}: pagu, realisasi, dan serapan per laporan`,
  programmeIndicators: 'Indikator program',
  programmeSpread: (agencies: number, regions: number, reports: number, years: string) =>
    `Tercantum dalam ${idn(reports)} laporan dari ${idn(agencies)} instansi di ${idn(regions)} kabupaten/kota (${years}).`,
  programmeSplitIntro: (max: number) =>
    `Program ini tercantum di terlalu banyak laporan untuk satu halaman (lebih dari ${max} baris anggaran), jadi halaman ini meringkasnya per provinsi. Pagu, realisasi, serapan, indikator, kegiatan dan grafik setiap instansi ada di halaman provinsinya; provinsi yang besar dibagi menurut kabupaten/kota, dan kabupaten/kota yang besar menurut tahun.`,
  byProvince: 'Per provinsi',
  partsOf: (province: string, parts: number) => `${province}: ${idn(parts)} bagian`,
  partsCount: (parts: number) => `${idn(parts)} bagian`,
  spreadLine: (agencies: number, regions: number, reports: number, years: string) =>
    `${idn(agencies)} instansi · ${idn(regions)} kabupaten/kota · ${idn(reports)} laporan · ${years}`,
  programmeVariantsCounted:
    'Cara dokumen mencetak nama program ini, yang paling sering lebih dulu, dengan berapa kali dicetak. Tautan ke baris sumbernya ada di halaman provinsi.',
  printedPlaces: (n: number) => `dicetak ${idn(n)} kali`,
  printedElsewhere:
    'Dicetak juga di laporan yang tidak memuat baris anggaran atau indikator program ini (mis. hanya di rencana), di provinsi yang tidak punya halaman program ini:',
  partIntro: (agencies: number, reports: number, province: boolean) =>
    `${idn(agencies)} instansi, ${idn(reports)} laporan di ${province ? 'provinsi' : 'bagian'} ini.`,
  programmeAllAreas: 'Program ini di semua provinsi',
  indicatorsShown: (shown: number, total: number) =>
    `${idn(shown)} dari ${idn(total)} indikator di halaman ini, urut nama. Untuk mencari satu indikator, pakai kotak pencarian di atas.`,
  indicatorPages: 'Halaman daftar indikator',
  directoryIntro: (agencies: number, regions: number, provinces: number) =>
    `${idn(agencies)} instansi di ${idn(regions)} kabupaten/kota, ${idn(provinces)} provinsi. Pilih kabupaten/kota untuk melihat kinerja setiap instansinya; angka dalam kurung: jumlah instansi.`,
  directoryProvince: (agencies: number, regions: number) =>
    `${idn(agencies)} instansi di ${idn(regions)} kabupaten/kota`,
  regionAgencies: (agencies: number, region: string, province: string) =>
    `${idn(agencies)} instansi di ${region}, ${province}.`,
  compareRegion: 'Bandingkan instansi wilayah ini',
  latestReports: (shown: number, total: number) => `${idn(shown)} laporan terbaru dari ${idn(total)}`,
  allReportsWhere: 'Laporan lainnya ada di halaman setiap instansi:',
  indicatorAllAreas: 'Indikator ini di semua provinsi',
  indicatorSpread: (agencies: number, regions: number, reports: number, years: string) =>
    `Dilaporkan dalam ${idn(reports)} laporan dari ${idn(agencies)} instansi di ${idn(regions)} kabupaten/kota (${years}).`,
  indicatorSplitIntro: (max: number) =>
    `Indikator ini dilaporkan terlalu sering untuk satu halaman (lebih dari ${max} nilai), jadi halaman ini meringkasnya per provinsi. Target, realisasi, capaian, pembanding dan grafik setiap instansi ada di halaman provinsinya; provinsi yang besar dibagi menurut kabupaten/kota, dan kabupaten/kota yang besar menurut tahun.`,
  benchmarksElsewhere:
    'Pembanding yang dicetak laporan tanpa nilai indikator ini, di provinsi yang tidak punya halaman indikator ini:',
  rowsIn: (area: string) => `Rincian ${area}`,
  otherNames: (n: number) => `dan ${idn(n)} nama lain`,
  code: 'Kode',
  table: 'Tabel',
  report: 'Laporan',
  year: 'Tahun',
  agency: 'Instansi',
  indicator: 'Indikator',
  indicatorsIntro:
    'Setiap indikator di semua laporan, dicocokkan berdasarkan nama yang diseragamkan. Nilai ditampilkan seperti tercetak, capaian dihitung ulang.',
  indicatorCaption: (nama: string) => `${nama}: target, realisasi, dan capaian per laporan dan tahun`,
  target: 'Target',
  printedCapaian: 'Capaian tercetak',
  recomputed: 'Hitung ulang',
  benchmarks: 'Pembanding (nasional, provinsi, daerah lain)',
  comparator: 'Pembanding',
  value: 'Nilai',
  note: 'Catatan',
  polarity: 'Polaritas',
  unit: 'Satuan',
  trendChart: (nama: string) => `${nama}: realisasi per tahun`,
  compareIntro:
    'Bandingkan instansi pada indikator dan program yang dilaporkan oleh lebih dari satu instansi. Pilih instansi; pilihan tersimpan di alamat halaman sehingga dapat dibagikan.',
  chooseAgencies: 'Pilih instansi',
  apply: 'Tampilkan',
  sharedIndicators: 'Indikator yang sama',
  sharedProgrammes: 'Program yang sama',
  compareIndicatorsCaption: 'Realisasi terakhir (capaian hitung ulang) per instansi',
  compareProgrammesCaption: 'Pagu terakhir (serapan hitung ulang) per instansi',
  noShared: 'Belum ada yang dilaporkan oleh dua instansi atau lebih.',
  compareGroupsIntro: (n: number, max: number) =>
    `Portal ini memuat ${n.toLocaleString('id-ID')} instansi, terlalu banyak untuk satu tabel. Instansi dibandingkan dalam kelompok hingga sekitar ${max} instansi: dengan instansi urusan yang sama di provinsinya, dan dengan semua instansi kabupaten/kotanya. Kelompok yang lebih besar dibagi menurut wilayah.`,
  compareByUrusan: 'Instansi urusan yang sama di satu provinsi',
  compareByRegion: 'Semua instansi satu kabupaten/kota',
  compareGroup: 'Kelompok',
  compareGroupIntro: (n: number) =>
    `${n} instansi, pada indikator dan program yang dilaporkan oleh lebih dari satu di antaranya. Pilih instansi; pilihan tersimpan di alamat halaman sehingga dapat dibagikan.`,
  permalink: 'Tautan pilihan ini',
  findingsIntro:
    'Semua temuan dari semua laporan: tempat angka tercetak tidak cocok dengan hitung ulang, dengan tabel lain, atau tidak dapat dibaca. Angka dokumen tidak diubah.',
  byKind: 'Menurut jenis',
  byAgency: 'Menurut instansi',
  all: 'Semua',
  filterFindings: 'Saring temuan',
  kindsExplained: 'Arti setiap jenis temuan',
  example: 'Contoh dari data',
  breadcrumb: 'Lokasi halaman',
  count: 'Jumlah',
  findingsPages: 'Halaman temuan',
  agencyFindings: 'Semua temuan dari laporan instansi ini, dari yang terbesar',
  compareAgency: 'Bandingkan instansi ini dengan instansi lain',
  compareAgencyIn: 'Bandingkan dengan instansi sejenis atau sewilayah',
  allAgencies: (n: number) => `semua ${n.toLocaleString('id-ID')} instansi →`,
  pageOf: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
  findingsShown: (from: number, to: number, total: number) =>
    `Temuan ${from.toLocaleString('id-ID')}–${to.toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')}, dari yang terbesar.`,
  firstPage: '« Pertama',
  previousPage: '‹ Sebelumnya',
  nextPage: 'Berikutnya ›',
  lastPage: 'Terakhir »',
} as const;

type Labels = {
  [K in keyof typeof id]: (typeof id)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

const en: Labels = {
  agencyReports: 'Reports of this agency',
  nameHistory: 'Name history',
  since: 'since',
  until: 'until',
  affairs: 'Government affairs',
  budgetHistory: 'Budget per report',
  budgetHistoryCaption: 'Total allocation, realisation and absorption from each report’s budget realisation table',
  budgetChart: 'Allocation and realisation by report year',
  exactAsPrinted: 'Under each amount: the exact figure as printed in the document (Indonesian number format).',
  exactAmount: 'Under each amount: the exact amount.',
  pagu: 'Allocation',
  realisasi: 'Realisation',
  serapan: 'Absorption',
  overall: 'Overall achievement (recomputed)',
  differentPeriods: (what) => `Note: ${what} differ, so the figures are not directly comparable.`,
  years: 'years',
  periodsWord: 'periods',
  findings: 'Findings',
  indicatorsOfAgency: 'Indicators of this agency',
  programmesIntro:
    'Programmes under the national nomenclature (Permendagri 90/2019), from every report’s budget tables and performance tree. Names are matched after normalising case and punctuation.',
  programme: 'Programme',
  reportsCount: 'Reports',
  agenciesCount: 'Agencies',
  programmeCaption: (nama) => `${nama}: allocation, realisation and absorption per report`,
  programmeIndicators: 'Programme indicators',
  programmeSpread: (agencies, regions, reports, years) =>
    `Appears in ${eng(reports, 'report')} of ${eng(agencies, 'agency', 'agencies')} in ${eng(regions, 'regency or city', 'regencies and cities')} (${years}).`,
  programmeSplitIntro: (max) =>
    `This programme appears in too many reports for one page (more than ${max} budget lines), so this page sums it up by province. Each agency’s allocation, realisation, absorption, indicators, activities and chart are on its province’s page; large provinces are split by regency and city, and large regencies and cities by year.`,
  byProvince: 'By province',
  partsOf: (province, parts) => `${province}: ${eng(parts, 'part')}`,
  partsCount: (parts) => eng(parts, 'part'),
  spreadLine: (agencies, regions, reports, years) =>
    `${eng(agencies, 'agency', 'agencies')} · ${eng(regions, 'regency or city', 'regencies and cities')} · ${eng(reports, 'report')} · ${years}`,
  programmeVariantsCounted:
    'How the documents print this programme’s name, most frequent first, with how many times each is printed. The links to the source lines are on the province pages.',
  printedPlaces: (n) => `printed ${n === 1 ? 'once' : `${n.toLocaleString('en-GB')} times`}`,
  printedElsewhere:
    'Also printed in reports with no budget line or indicator of this programme (e.g. only in a plan), in provinces with no page of this programme:',
  partIntro: (agencies, reports, province) =>
    `${eng(agencies, 'agency', 'agencies')}, ${eng(reports, 'report')} in this ${province ? 'province' : 'part'}.`,
  programmeAllAreas: 'This programme in every province',
  indicatorsShown: (shown, total) =>
    `${shown.toLocaleString('en-GB')} of ${eng(total, 'indicator')} on this page, by name. To find one indicator, use the search box above.`,
  indicatorPages: 'Indicator list pages',
  directoryIntro: (agencies, regions, provinces) =>
    `${eng(agencies, 'agency', 'agencies')} in ${eng(regions, 'regency or city', 'regencies and cities')}, ${eng(provinces, 'province')}. Choose a regency or city to see how each of its agencies did; in brackets: the number of agencies.`,
  directoryProvince: (agencies, regions) =>
    `${eng(agencies, 'agency', 'agencies')} in ${eng(regions, 'regency or city', 'regencies and cities')}`,
  regionAgencies: (agencies, region, province) => `${eng(agencies, 'agency', 'agencies')} in ${region}, ${province}.`,
  compareRegion: 'Compare the agencies of this region',
  latestReports: (shown, total) => `The latest ${shown.toLocaleString('en-GB')} of ${eng(total, 'report')}`,
  allReportsWhere: 'The other reports are on each agency’s page:',
  indicatorAllAreas: 'This indicator in every province',
  indicatorSpread: (agencies, regions, reports, years) =>
    `Reported in ${eng(reports, 'report')} of ${eng(agencies, 'agency', 'agencies')} in ${eng(regions, 'regency or city', 'regencies and cities')} (${years}).`,
  indicatorSplitIntro: (max) =>
    `This indicator is reported too often for one page (more than ${max} values), so this page sums it up by province. Each agency’s targets, results, achievement, benchmarks and charts are on its province’s page; large provinces are split by regency and city, and large regencies and cities by year.`,
  benchmarksElsewhere:
    'Benchmarks printed by reports with no value of this indicator, in provinces with no page of this indicator:',
  rowsIn: (area) => `Details for ${area}`,
  otherNames: (n) => `and ${eng(n, 'other name')}`,
  code: 'Code',
  table: 'Table',
  report: 'Report',
  year: 'Year',
  agency: 'Agency',
  indicator: 'Indicator',
  indicatorsIntro:
    'Every indicator in every report, matched by normalised name. Values are shown as printed; achievement is recomputed.',
  indicatorCaption: (nama) => `${nama}: target, result and achievement per report and year`,
  target: 'Target',
  printedCapaian: 'Printed achievement',
  recomputed: 'Recomputed',
  benchmarks: 'Benchmarks (national, provincial, other regions)',
  comparator: 'Comparator',
  value: 'Value',
  note: 'Note',
  polarity: 'Polarity',
  unit: 'Unit',
  trendChart: (nama) => `${nama}: result by year`,
  compareIntro:
    'Compare agencies on indicators and programmes reported by more than one agency. Choose agencies; the choice is kept in the page address so it can be shared.',
  chooseAgencies: 'Choose agencies',
  apply: 'Show',
  sharedIndicators: 'Shared indicators',
  sharedProgrammes: 'Shared programmes',
  compareIndicatorsCaption: 'Latest result (recomputed achievement) per agency',
  compareProgrammesCaption: 'Latest allocation (recomputed absorption) per agency',
  noShared: 'Nothing is reported by two or more agencies yet.',
  compareGroupsIntro: (n, max) =>
    `This portal holds ${n.toLocaleString('en-GB')} agencies, too many for one table. Agencies are compared in groups of up to about ${max}: with the agencies of the same government affair (urusan) in their province, and with every agency of their regency or city. Larger groups are split by region.`,
  compareByUrusan: 'Agencies of the same government affair in one province',
  compareByRegion: 'All agencies of one regency or city',
  compareGroup: 'Group',
  compareGroupIntro: (n) =>
    `${n} agencies, on the indicators and programmes more than one of them reports. Choose agencies; the choice is kept in the page address so it can be shared.`,
  permalink: 'Link to this selection',
  findingsIntro:
    'Every finding of every report: where a printed figure disagrees with the recomputation or another table, or cannot be read. Document figures are never changed.',
  byKind: 'By kind',
  byAgency: 'By agency',
  all: 'All',
  filterFindings: 'Filter findings',
  kindsExplained: 'What each kind of finding means',
  example: 'Example from the data',
  breadcrumb: 'Breadcrumb',
  findingsPages: 'Findings pages',
  agencyFindings: 'All findings in this agency’s reports, largest first',
  compareAgency: 'Compare this agency with others',
  compareAgencyIn: 'Compare with agencies of the same kind or area',
  allAgencies: (n: number) => `all ${n.toLocaleString('en-GB')} agencies →`,
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  findingsShown: (from: number, to: number, total: number) =>
    `Findings ${from.toLocaleString('en-GB')}–${to.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}, largest first.`,
  firstPage: '« First',
  previousPage: '‹ Previous',
  nextPage: 'Next ›',
  lastPage: 'Last »',
  count: 'Count',
};

export function hl(lang: Lang): Labels {
  return lang === 'id' ? id : en;
}
