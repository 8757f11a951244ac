/** Turn zod issues for a YAML file into located, bilingual content errors: one line per field. */
import type * as z from 'zod';
import type { ContentError } from './galat.ts';

function path(issue: z.core.$ZodIssue): string {
  return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

function describe(issue: z.core.$ZodIssue): { id: string; en: string; expected?: { id: string; en: string } } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return {
          id: 'Isian wajib tidak ada.',
          en: 'Required field is missing.',
          expected: { id: `nilai bertipe ${issue.expected}`, en: `a ${issue.expected} value` },
        };
      }
      return {
        id: `Tipe isian salah: seharusnya ${issue.expected}.`,
        en: `Wrong type: expected ${issue.expected}.`,
        expected: { id: issue.expected, en: issue.expected },
      };
    case 'invalid_value': {
      const options = issue.values.map(String).join(' | ');
      return {
        id: `Nilai tidak dikenal; pilih salah satu: ${options}.`,
        en: `Unknown value; choose one of: ${options}.`,
        expected: { id: options, en: options },
      };
    }
    case 'unrecognized_keys':
      return {
        id: `Isian tidak dikenal: ${issue.keys.join(', ')}. Periksa ejaan; isian yang tidak dikenal tidak diterbitkan.`,
        en: `Unknown field(s): ${issue.keys.join(', ')}. Check the spelling; unknown fields are not published.`,
      };
    case 'too_small':
      return {
        id: `Terlalu kecil/pendek (minimal ${String(issue.minimum)}).`,
        en: `Too small or short (minimum ${String(issue.minimum)}).`,
        expected: { id: `≥ ${String(issue.minimum)}`, en: `≥ ${String(issue.minimum)}` },
      };
    case 'too_big':
      return {
        id: `Terlalu besar/panjang (maksimal ${String(issue.maximum)}).`,
        en: `Too big or long (maximum ${String(issue.maximum)}).`,
        expected: { id: `≤ ${String(issue.maximum)}`, en: `≤ ${String(issue.maximum)}` },
      };
    case 'invalid_format':
      return {
        id: `Format tidak sesuai (${issue.format === 'regex' ? issue.message : issue.format}).`,
        en: `Wrong format (${issue.format === 'regex' ? issue.message : issue.format}).`,
        expected: { id: issue.message, en: issue.message },
      };
    case 'invalid_union':
      return {
        id: 'Nilai tidak sesuai dengan bentuk mana pun yang diizinkan.',
        en: 'The value matches none of the allowed forms.',
      };
    default:
      return { id: `Nilai tidak valid: ${issue.message}.`, en: `Invalid value: ${issue.message}.` };
  }
}

function inputOf(issue: z.core.$ZodIssue): string | undefined {
  const input = (issue as { input?: unknown }).input;
  if (input === undefined || input === null) return undefined;
  if (typeof input === 'object') return JSON.stringify(input).slice(0, 80);
  return String(input);
}

export function zodIssuesToErrors(file: string, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  return issues.map((issue) => {
    const d = describe(issue);
    const found = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : inputOf(issue);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return {
      code: missing ? 'field-required' : issue.code === 'unrecognized_keys' ? 'field-unknown' : 'field-invalid',
      file,
      field: path(issue) || '(berkas)',
      ...(d.expected ? { expected: d.expected } : {}),
      ...(found !== undefined ? { found } : {}),
      message: { id: d.id, en: d.en },
    };
  });
}
