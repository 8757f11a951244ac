/** Labels of a report's provenance extras: cover year, inferred scale, change history and corrections. */
import type { Lang } from './teks.ts';

const id = {
  coverYear: 'Tahun di sampul',
  coverYearNote: (cover: number, year: number) =>
    `Sampul dokumen mencetak tahun ${cover}; laporan ini tentang kinerja tahun ${year}.`,
  scale: 'Skala predikat',
  inferredScale: 'batas pita tidak tercetak di dokumen; disimpulkan oleh penyalin',
  history: 'Riwayat perubahan',
  firstPublished: 'Pertama diterbitkan',
  lastChanged: 'Terakhir diubah',
  changes: (n: number) => `${n} perubahan`,
  seeHistory: 'lihat riwayat di repositori',
  historyCommand: 'riwayat lengkap:',
  corrections: 'Angka yang dikoreksi pada perubahan terakhir',
  correctionRow: 'baris',
  correctionColumn: 'kolom',
  before: 'sebelumnya',
  after: 'sekarang',
  computedWithout: (rows: string) => `dihitung tanpa baris ${rows} (hilang dari teks sumber)`,
};
type Labels = typeof id;

const en: Labels = {
  coverYear: 'Year on the cover',
  coverYearNote: (cover, year) => `The document's cover prints ${cover}; this report is about performance in ${year}.`,
  scale: 'Predicate scale',
  inferredScale: 'band bounds not printed in the document; inferred by the transcriber',
  history: 'Change history',
  firstPublished: 'First published',
  lastChanged: 'Last changed',
  changes: (n) => `${n} change${n === 1 ? '' : 's'}`,
  seeHistory: 'see the history in the repository',
  historyCommand: 'full history:',
  corrections: 'Figures corrected in the latest change',
  correctionRow: 'row',
  correctionColumn: 'column',
  before: 'before',
  after: 'now',
  computedWithout: (rows) => `computed without row ${rows} (lost from the source text)`,
};

/** `2026-11-22` → `22 November 2026` / `22 November 2026` (UTC, so every build prints the same). */
export function showDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

export function riwayatLabels(lang: Lang): Labels {
  return lang === 'en' ? en : id;
}

/** Where a report folder's history is browsed: `KINERJA_REPO_URL`, else the GitHub Actions repository. */
export function repositoryUrl(env: Record<string, string | undefined>): string | undefined {
  if (env.KINERJA_REPO_URL) return env.KINERJA_REPO_URL.replace(/\/+$/, '');
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  return undefined;
}
