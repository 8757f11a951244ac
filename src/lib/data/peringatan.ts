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
  /** Several rows of `file` (a grouped warning); `row` is then the first. */
  rows?: number[];
  /** What the warning is about, as printed (an indicator's name), or how many things it groups. */
  nama?: string;
  message: Bilingual;
  /** The things a grouped warning is about, one line each (`row: kode name`). */
  items?: string[];
}

const NO_VALUES = {
  id: 'tanpa baris nilai di nilai.csv: halamannya tidak akan menampilkan target atau realisasi. Salin angkanya dari dokumen bila tercetak.',
  en: 'with no row in nilai.csv: its page will show no target or realisation. Copy its figures from the document if printed.',
};

/**
 * Indicators of the selected reports that have no row in nilai.csv: one warning per report, naming each indicator
 * and its row (Probolinggo's 2018 and 2021 reports list some thirty indicators each that print no figures; one
 * warning per indicator buried everything else validate says).
 */
export function indicatorsWithoutValues(content: Content): ContentWarning[] {
  return content.reports.flatMap((report): ContentWarning[] => {
    const valued = new Set(report.values.map((v) => v.indicator));
    const missing = report.indicators.filter((i) => !valued.has(i.kode));
    const first = missing[0];
    if (first === undefined) return [];
    if (missing.length === 1) {
      return [
        {
          file: first.source.file,
          row: first.source.row,
          nama: `${first.kode} ${first.nama}`,
          message: { id: `Indikator ${NO_VALUES.id}`, en: `Indicator ${NO_VALUES.en}` },
        },
      ];
    }
    const n = missing.length;
    return [
      {
        file: first.source.file,
        row: first.source.row,
        rows: missing.map((i) => i.source.row),
        nama: `${n} indikator / indicators`,
        message: {
          id: `${n} indikator ${NO_VALUES.id}`,
          en: `${n} indicators ${NO_VALUES.en.replace('its page', 'their pages').replace('its figures', 'their figures')}`,
        },
        items: missing.map((i) => `${i.source.row}: ${i.kode} ${i.nama}`),
      },
    ];
  });
}

/** `3, 4, 5, 9` → `3–5, 9`: the rows of a grouped warning, short enough to read. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join(', ');
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
  const rows = w.rows !== undefined ? rowRanges(w.rows) : w.row;
  const where = rows !== undefined ? `${w.file}:${rows}` : w.file;
  const what = w.nama !== undefined ? ` "${w.nama.slice(0, 80)}"` : '';
  const items = (w.items ?? []).map((item) => `\n    ${item.slice(0, 100)}`).join('');
  return `⚠ ${where}${what}\n  ${w.message.id}\n  ${w.message.en}${items}`;
}
