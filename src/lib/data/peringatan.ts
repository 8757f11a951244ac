/**
 * Warnings about content that is valid but probably incomplete: an indicator with no value row at all (its figures
 * were never copied, or were lost when a sheet replaced a hand-filled nilai.csv), and a document text in
 * content/dokumen/ that no report or nomenclature source cites (a second conversion of the same PDF, which would
 * be committed with `git add content/`). `npm run validate` and `npm run impor` print them; they never fail
 * validation, because a report may be published before every table is copied.
 */
import type { Content } from '../model.ts';
import type { Bilingual } from './galat.ts';

export interface ContentWarning {
  file: string;
  row?: number;
  /** What the warning is about, as printed (an indicator's name). */
  nama?: string;
  message: Bilingual;
}

/** Indicators of the selected reports that have no row in nilai.csv. */
export function indicatorsWithoutValues(content: Content): ContentWarning[] {
  return content.reports.flatMap((report) => {
    const valued = new Set(report.values.map((v) => v.indicator));
    return report.indicators
      .filter((i) => !valued.has(i.kode))
      .map((i) => ({
        file: i.source.file,
        row: i.source.row,
        nama: `${i.kode} ${i.nama}`,
        message: {
          id: 'Indikator tanpa baris nilai di nilai.csv: halamannya tidak akan menampilkan target atau realisasi. Salin angkanya dari dokumen bila tercetak.',
          en: 'Indicator with no row in nilai.csv: its page will show no target or realisation. Copy its figures from the document if printed.',
        },
      }));
  });
}

/**
 * Document texts (names in content/dokumen/, top level) that nothing cites: not the loaded reports, not the
 * nomenclature sources, not `alsoCited` (the documents of reports outside a partial check).
 */
export function uncitedDocuments(
  content: Content,
  documentFiles: readonly string[],
  alsoCited: Iterable<string> = [],
): ContentWarning[] {
  const cited = new Set([...content.reports.map((r) => r.meta.document.file), ...alsoCited]);
  for (const source of Object.values(content.nomenclature?.sources ?? {})) {
    if (source.berkas) cited.add(source.berkas);
  }
  return documentFiles
    .filter((name) => name.endsWith('.txt') && !cited.has(name))
    .sort()
    .map((name) => ({
      file: `content/dokumen/${name}`,
      message: {
        id: 'Tidak ada laporan yang merujuk dokumen ini (dokumen.berkas). Bila ini salinan kedua PDF yang sudah diubah new-report, hapus berkasnya; bila bukan, rujuk dari laporan.yaml.',
        en: 'No report cites this document (dokumen.berkas). If it is a second conversion of a PDF new-report already converted, delete it; otherwise cite it from laporan.yaml.',
      },
    }));
}

export function formatContentWarning(w: ContentWarning): string {
  const where = w.row !== undefined ? `${w.file}:${w.row}` : w.file;
  const what = w.nama !== undefined ? ` "${w.nama.slice(0, 80)}"` : '';
  return `⚠ ${where}${what}\n  ${w.message.id}\n  ${w.message.en}`;
}
