/**
 * `laporan.yaml → tautan_kode`: reviewed code links. Each names a line of the report (budget or plan row by `id`,
 * tree node by `kode`) that must exist and be a programme, kegiatan or sub kegiatan, and a nomenclature code of
 * that same level. A review that points nowhere would publish a programme under a code nobody checked.
 */
import type { CodeReview, NomenclatureLevel, Report } from '../model.ts';
import type { ContentError } from './galat.ts';

/** The level of each line a review may name, by file. */
function linesOf(report: Report, file: CodeReview['file']): Map<string, string> {
  switch (file) {
    case 'anggaran.csv':
      return new Map(report.budget.map((b) => [b.id, b.level]));
    case 'pohon-kinerja.csv':
      return new Map(report.tree.map((n) => [n.kode, n.level]));
    case 'rencana.csv':
      return new Map(report.plan.map((p) => [p.id, p.level]));
  }
}

/**
 * Errors for the reviews of `report`, located at `metaFile` (`tautan_kode[i].id` / `.kode`). `codes` is the
 * nomenclature (code → level); without one (a site with no content/nomenklatur/) only the lines are checked.
 */
export function checkCodeReviews(
  report: Report,
  metaFile: string,
  codes: ReadonlyMap<string, NomenclatureLevel> | undefined,
): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  (report.meta.codeReviews ?? []).forEach((review, i) => {
    const level = linesOf(report, review.file).get(review.id);
    const at = (field: 'id' | 'kode') => `tautan_kode[${i}].${field}`;
    if (level === undefined) {
      errors.push({
        code: 'unknown-reference',
        file: metaFile,
        field: at('id'),
        found: review.id,
        expected: { id: `id baris di ${review.file}`, en: `a row id in ${review.file}` },
        message: {
          id: `Tidak ada baris "${review.id}" di ${review.file}; tautan kode ini tidak menunjuk apa pun.`,
          en: `There is no row "${review.id}" in ${review.file}; this code link points at nothing.`,
        },
      });
      return;
    }
    const key = `${review.file}#${review.id}`;
    if (seen.has(key)) {
      errors.push({
        code: 'field-invalid',
        file: metaFile,
        field: at('id'),
        found: review.id,
        message: {
          id: `Baris "${review.id}" di ${review.file} sudah punya tautan kode di atas; satu baris, satu kode.`,
          en: `Row "${review.id}" of ${review.file} already has a code link above; one row, one code.`,
        },
      });
      return;
    }
    seen.add(key);
    if (codes === undefined) return;
    const codeLevel = codes.get(review.kode);
    if (codeLevel === undefined || codeLevel !== level) {
      errors.push({
        code: codeLevel === undefined ? 'unknown-reference' : 'field-invalid',
        file: metaFile,
        field: at('kode'),
        found: review.kode,
        expected: {
          id: `kode ${level} di content/nomenklatur/kode.csv`,
          en: `a ${level} code in content/nomenklatur/kode.csv`,
        },
        message:
          codeLevel === undefined
            ? {
                id: `Kode "${review.kode}" tidak ada di content/nomenklatur/kode.csv.`,
                en: `Code "${review.kode}" is not in content/nomenklatur/kode.csv.`,
              }
            : {
                id: `Kode "${review.kode}" adalah ${codeLevel}, baris "${review.id}" adalah ${level}.`,
                en: `Code "${review.kode}" is a ${codeLevel}, row "${review.id}" is a ${level}.`,
              },
      });
    }
  });
  return errors;
}
