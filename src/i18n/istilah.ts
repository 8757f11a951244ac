/** SAKIP terms in plain words, for the home page and the methodology page (docs/glosarium.md is the full list). */
import type { Lang } from './teks.ts';

const TERMS: { term: string; id: string; en: string }[] = [
  {
    term: 'SAKIP',
    id: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah: setiap dinas menetapkan target, lalu melaporkan hasilnya setiap tahun (LKjIP) atau triwulan.',
    en: 'Indonesia’s government performance accountability system: every agency sets targets, then reports what it achieved each year (LKjIP) or quarter.',
  },
  {
    term: 'Target · Realisasi',
    id: 'Angka yang dijanjikan di awal tahun, dan angka yang benar-benar dicapai.',
    en: 'The figure promised at the start of the year (target), and the figure actually reached (realisasi: result, or money actually spent).',
  },
  {
    term: 'Capaian',
    id: 'Realisasi dibagi target × 100. Di atas 100% berarti target terlampaui. Untuk indikator yang makin kecil makin baik (mis. angka kekerasan) rumusnya dibalik.',
    en: 'Achievement: result ÷ target × 100. Above 100% means the target was beaten. For indicators where lower is better (e.g. violence cases) the formula is reversed.',
  },
  {
    term: 'Predikat',
    id: 'Penilaian kata (mis. “Sangat Tinggi”) dari capaian, menurut skala yang dipakai laporan dan skala nasional.',
    en: 'Rating: a word (e.g. “Sangat Tinggi”, very high) given to an achievement on the report’s own scale and the national one.',
  },
  {
    term: 'Pagu · Serapan',
    id: 'Anggaran yang disediakan, dan berapa persen yang terpakai. Laporan triwulan menghitung sejak Januari (kumulatif).',
    en: 'Allocation (pagu), and the share of it used (serapan, absorption). Quarterly reports count from January (cumulative).',
  },
  {
    term: 'IKU',
    id: 'Indikator Kinerja Utama: beberapa indikator terpenting yang dipakai untuk menilai dinas secara keseluruhan.',
    en: 'Key performance indicators: the few most important indicators used to judge the agency as a whole.',
  },
  {
    term: 'Temuan',
    id: 'Tempat angka yang dicetak dokumen tidak sesuai dengan angka dokumen itu sendiri. Kami menampilkannya, tidak memperbaikinya.',
    en: 'Finding: a place where a figure the document prints does not follow from the document’s own figures. We show it; we never fix it.',
  },
];

export function terms(lang: Lang): { term: string; meaning: string }[] {
  return TERMS.map((t) => ({ term: t.term, meaning: t[lang] }));
}
