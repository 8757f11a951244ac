/**
 * The review list of code linking: every line that is not linked, linked only by a similar name, linked through
 * the crosswalk, or whose printed code disagrees with its name. `npm run validate` prints these as warnings
 * (they never fail validation: an unmatched line is still published, under its printed name).
 */
import type { Content } from '../model.ts';
import type { Bilingual } from '../data/galat.ts';
import { indexNomenclature, type NomenclatureIndex } from './cocok.ts';
import { linkReport, type LinkedItem } from './laporan.ts';

export interface LinkWarning {
  file: string;
  row: number;
  line?: number;
  nama: string;
  message: Bilingual;
}

// Rounded down: a candidate at 89,7% is below the 90% threshold and must not read "90%".
const pct = (score: number) => `${Math.floor(score * 100)}%`;

function nameOf(index: NomenclatureIndex, code: string): string {
  return index.byCode.get(code)?.nama ?? code;
}

/** The warning for one linked item, or `undefined` when its link needs no review. */
export function warningOf(index: NomenclatureIndex, item: LinkedItem): Bilingual | undefined {
  const { link, problem, candidate } = item;
  const cand = candidate ? `${candidate.code} ${nameOf(index, candidate.code)} (${pct(candidate.score)})` : '';
  switch (problem) {
    case 'tanpa-padanan':
      return {
        id: `Tidak cocok dengan nomenklatur${cand ? `; terdekat: ${cand}` : ''}.`,
        en: `No match in the nomenclature${cand ? `; nearest: ${cand}` : ''}.`,
      };
    case 'kandidat':
      return {
        id: `Mirip ${cand}, di bawah ambang tautan; bila benar, tautkan di laporan.yaml → tautan_kode dengan alasannya (bukan di kolom kode, yang berisi kode tercetak).`,
        en: `Close to ${cand}, below the link threshold; if right, link it in laporan.yaml → tautan_kode with the evidence (not in the kode column, which holds printed codes).`,
      };
    case 'padanan-lemah':
      return {
        id: `Program lama tanpa padanan yang pasti${cand ? ` (mungkin ${cand})` : ''}; tidak ditautkan.`,
        en: `Older programme without a sure counterpart${cand ? ` (perhaps ${cand})` : ''}; not linked.`,
      };
    case 'kode-tidak-dikenal':
      return link
        ? {
            id: `Kode tercetak "${item.printedCode}" bukan kode nomenklatur; ditautkan lewat nama ke ${link.code}.`,
            en: `Printed code "${item.printedCode}" is not a nomenclature code; linked by name to ${link.code}.`,
          }
        : {
            id: `Kode tercetak "${item.printedCode}" bukan kode nomenklatur dan namanya tidak cocok.`,
            en: `Printed code "${item.printedCode}" is not a nomenclature code and the name does not match.`,
          };
    case 'kode-nama-beda':
      return {
        id: `Kode tercetak dan nama menunjuk entri berbeda; ditautkan ke ${link?.code}, yang lain: ${cand}.`,
        en: `The printed code and the name point to different entries; linked to ${link?.code}, the other: ${cand}.`,
      };
    case undefined:
      break;
  }
  if (link?.method === 'nama-mirip') {
    return {
      id: `Ditautkan karena nama mirip (${pct(link.score)}) ke ${link.code} ${nameOf(index, link.code)}.`,
      en: `Linked by a similar name (${pct(link.score)}) to ${link.code} ${nameOf(index, link.code)}.`,
    };
  }
  if (link?.method === 'tinjauan') {
    return {
      id: `Ditautkan lewat tinjauan (laporan.yaml → tautan_kode) ke ${link.code} ${nameOf(index, link.code)}: ${link.reason}`,
      en: `Linked by review (laporan.yaml → tautan_kode) to ${link.code} ${nameOf(index, link.code)}: ${link.reason}`,
    };
  }
  if (link?.method === 'padanan') {
    return {
      id: `Ditautkan lewat padanan Permendagri 13/2006 ke ${link.code} (keyakinan ${link.confidence}).`,
      en: `Linked through the Permendagri 13/2006 crosswalk to ${link.code} (confidence ${link.confidence}).`,
    };
  }
  return undefined;
}

/** Every warning of the content, in file and row order. */
export function linkWarnings(content: Content): LinkWarning[] {
  if (!content.nomenclature) return [];
  const index = indexNomenclature(content.nomenclature);
  return content.reports
    .flatMap((report) =>
      linkReport(index, report).items.flatMap((item) => {
        const message = warningOf(index, item);
        return message
          ? [
              {
                file: item.source.file,
                row: item.source.row,
                ...(item.source.line !== undefined ? { line: item.source.line } : {}),
                nama: item.nama,
                message,
              },
            ]
          : [];
      }),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
}

export function formatWarning(w: LinkWarning): string {
  return `⚠ ${w.file}:${w.row} "${w.nama.slice(0, 80)}"\n  ${w.message.id}\n  ${w.message.en}`;
}
