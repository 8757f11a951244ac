/**
 * How computed results read on a page: one short text and a tone per result, in Indonesian or English.
 * Pages never format numbers themselves; they call these.
 */
import Decimal from 'decimal.js';
import { formatNumber, formatPercent, formatPoints, formatRupiah } from '../angka/format.ts';
import type { Printed } from '../angka/types.ts';
import type { Capaian, Efficiency, PredicateResult, Serapan } from '../skor/index.ts';
import type { Tone } from '../grafik/spek.ts';

export type Lang = 'id' | 'en';

export interface Shown {
  text: string;
  tone: Tone;
  /** Longer explanation (why not computable, which formula) for a title or footnote. */
  detail?: string;
}

const fmt = (lang: Lang) => ({ format: lang });

export function showPercent(value: Decimal, lang: Lang): string {
  return formatPercent(value, fmt(lang));
}

export function showRupiah(value: Decimal, lang: Lang): string {
  return formatRupiah(value, fmt(lang));
}

const MAGNITUDES: { from: Decimal; id: string; en: string; decimals: number }[] = [
  { from: new Decimal('1e12'), id: 'triliun', en: 'trillion', decimals: 2 },
  { from: new Decimal('1e9'), id: 'miliar', en: 'billion', decimals: 2 },
  { from: new Decimal('1e6'), id: 'juta', en: 'million', decimals: 1 },
];

/**
 * Rupiah as a reader says it: `Rp 68,95 miliar`, `Rp 371,8 juta` (`Rp 68.95 billion` in English); amounts under
 * a million in full. Pages put the exact amount beside it (`showRupiah`).
 */
export function showRupiahShort(value: Decimal, lang: Lang): string {
  const magnitude = MAGNITUDES.find((m) => value.abs().greaterThanOrEqualTo(m.from));
  if (!magnitude) return showRupiah(value, lang);
  const scaled = value.div(magnitude.from);
  return `Rp ${formatNumber(scaled, { decimals: magnitude.decimals, format: lang })} ${magnitude[lang]}`;
}

export function showCapaian(capaian: Capaian | undefined, lang: Lang): Shown {
  if (!capaian) return { text: '—', tone: 'netral' };
  switch (capaian.kind) {
    case 'persen':
      return {
        text: showPercent(capaian.value, lang),
        tone: capaian.value.greaterThanOrEqualTo(100) ? 'baik' : 'kurang',
        detail: capaian.formula,
      };
    case 'ordinal': {
      const steps =
        capaian.steps === 0
          ? ''
          : ` (${capaian.steps > 0 ? '+' : ''}${capaian.steps} ${lang === 'id' ? 'tingkat' : capaian.steps === 1 || capaian.steps === -1 ? 'level' : 'levels'})`;
      const met = lang === 'id' ? (capaian.met ? 'Tercapai' : 'Tidak tercapai') : capaian.met ? 'Met' : 'Not met';
      return {
        text: `${met}${steps}`,
        tone: capaian.met ? 'baik' : 'kurang',
        detail: `${capaian.target} → ${capaian.realisasi}`,
      };
    }
    case 'tidak-dapat-dihitung':
      return {
        text: lang === 'id' ? 'Tidak dapat dihitung' : 'Not computable',
        tone: 'netral',
        detail: capaian.message[lang],
      };
  }
}

export function showPredicate(predicate: PredicateResult | undefined, lang: Lang): string {
  if (!predicate) return '—';
  return predicate.kind === 'pita' ? predicate.label : lang === 'id' ? 'Di luar pita skala' : 'Outside every band';
}

export function showSerapan(serapan: Serapan | undefined, lang: Lang): Shown {
  if (!serapan) return { text: '—', tone: 'netral' };
  if (serapan.kind === 'tidak-dapat-dihitung') {
    return {
      text: lang === 'id' ? 'Tidak dapat dihitung' : 'Not computable',
      tone: 'netral',
      detail: serapan.message[lang],
    };
  }
  return { text: showPercent(serapan.value, lang), tone: 'netral' };
}

export function showEfficiency(efficiency: Efficiency | undefined, lang: Lang): string {
  if (!efficiency) return '—';
  if (efficiency.kind === 'tidak-dapat-dihitung') return lang === 'id' ? 'Tidak dapat dihitung' : 'Not computable';
  return efficiency.kind === 'poin' ? formatPoints(efficiency.value, fmt(lang)) : showPercent(efficiency.value, lang);
}

/**
 * A Rupiah amount on a page: how a reader says it (`Rp 16,76 miliar`) with the exact figure beside it — the
 * document's printed text for a printed amount, the full amount for a computed one.
 */
export interface Amount {
  /** Absent when the exact text is already short (under a million) or not a number (`-`, `N/A`). */
  short?: string;
  exact: string;
}

export function showAmount(printed: Printed | undefined, lang: Lang): Amount {
  if (!printed) return { exact: '' };
  const value = printed.kind === 'number' && !printed.percent ? printed.value : undefined;
  return shortened(value, printed.text, lang);
}

export function showComputedAmount(value: Decimal, lang: Lang): Amount {
  return shortened(value, showRupiah(value, lang), lang);
}

function shortened(value: Decimal | undefined, exact: string, lang: Lang): Amount {
  if (!value || value.abs().lessThan(MAGNITUDES[MAGNITUDES.length - 1]!.from)) return { exact };
  return { short: showRupiahShort(value, lang), exact };
}

/** A printed figure is always shown exactly as printed. */
export function showPrinted(printed: Printed | undefined): string {
  return printed ? printed.text : '';
}
