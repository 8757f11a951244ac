/** Turn zod issues for a YAML file into located, bilingual content errors: one line per field. */
import type * as z from 'zod';
import type { ContentError } from './galat.ts';

function path(segments: readonly PropertyKey[]): string {
  return segments
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Issues from `refine` checks that carry their own error code (see `skema.ts`). */
function ownCode(issue: z.core.$ZodIssue): ContentError['code'] | undefined {
  if (issue.code !== 'custom') return undefined;
  const code = (issue.params as { galat?: ContentError['code'] } | undefined)?.galat;
  return code;
}

/** A schema type in the words of the people filling the files (no "string"). */
function kindInWords(expected: string): { id: string; en: string } {
  const words: Record<string, { id: string; en: string }> = {
    string: { id: 'teks', en: 'text' },
    number: { id: 'angka', en: 'a number' },
    int: { id: 'bilangan bulat', en: 'a whole number' },
    boolean: { id: 'true atau false', en: 'true or false' },
    array: { id: 'daftar (baris berawalan -)', en: 'a list (lines starting with -)' },
    object: { id: 'isian bertingkat (baris menjorok di bawahnya)', en: 'nested fields (indented lines below it)' },
  };
  return words[expected] ?? { id: expected, en: expected };
}

function describe(issue: z.core.$ZodIssue): { id: string; en: string; expected?: { id: string; en: string } } {
  if (ownCode(issue) === 'html-in-text') {
    return {
      id: 'Isian berisi tag HTML. Tulis teks biasa saja (hapus <b>, <script>, …).',
      en: 'The field contains an HTML tag. Write plain text only (remove <b>, <script>, …).',
      expected: { id: 'teks tanpa HTML', en: 'text without HTML' },
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return {
          id: 'Isian wajib tidak ada.',
          en: 'Required field is missing.',
          expected: kindInWords(issue.expected),
        };
      }
      if (issue.input === null) {
        return {
          id: 'Isian kosong; isi nilainya (lihat docs/referensi-format.md).',
          en: 'The field is empty; fill in its value (see docs/referensi-format.md).',
          expected: kindInWords(issue.expected),
        };
      }
      if (issue.expected === 'int') {
        return {
          id: 'Harus bilangan bulat.',
          en: 'Must be a whole number.',
          expected: { id: 'bilangan bulat', en: 'a whole number' },
        };
      }
      return {
        id: `Tipe isian salah: seharusnya ${kindInWords(issue.expected).id}.`,
        en: `Wrong type: expected ${kindInWords(issue.expected).en}.`,
        expected: kindInWords(issue.expected),
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
      if ('options' in issue && Array.isArray(issue.options)) {
        // A discriminated union (e.g. a scale's `jenis`): the discriminator has an unknown value.
        const options = (issue.options as unknown[]).map(String).join(' | ');
        return {
          id: `Nilai tidak dikenal; pilih salah satu: ${options}.`,
          en: `Unknown value; choose one of: ${options}.`,
          expected: { id: options, en: options },
        };
      }
      return {
        id: 'Nilai tidak sesuai dengan bentuk mana pun yang diizinkan.',
        en: 'The value matches none of the allowed forms.',
      };
    case 'custom':
      return {
        id: `Nilai tidak sesuai (${issue.message}).`,
        en: `Invalid value (${issue.message}).`,
        expected: { id: issue.message, en: issue.message },
      };
    default:
      return { id: `Nilai tidak valid: ${issue.message}.`, en: `Invalid value: ${issue.message}.` };
  }
}

function inputOf(issue: z.core.$ZodIssue): string | undefined {
  let input = (issue as { input?: unknown }).input;
  // A discriminated union reports the whole object; what was found is its discriminator's value.
  if (issue.code === 'invalid_union' && 'discriminator' in issue && input && typeof input === 'object') {
    input = (input as Record<string, unknown>)[String(issue.discriminator)];
  }
  if (input === undefined || input === null) return undefined;
  if (typeof input === 'object') return JSON.stringify(input).slice(0, 80);
  return String(input);
}

export function zodIssuesToErrors(file: string, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  return issues.flatMap((issue): ContentError[] => {
    const d = describe(issue);
    if (issue.code === 'unrecognized_keys') {
      // One error per unknown key, located at the key itself (`penandatangan.email`), not at its parent.
      return issue.keys.map((key) => ({
        code: 'field-unknown',
        file,
        field: path([...issue.path, key]),
        found: key,
        message: {
          id: `Isian tidak dikenal: ${key}. Periksa ejaan; isian yang tidak dikenal tidak diterbitkan.`,
          en: `Unknown field: ${key}. Check the spelling; unknown fields are not published.`,
        },
      }));
    }
    const found = inputOf(issue);
    const missing = issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null);
    return [
      {
        code: ownCode(issue) ?? (missing ? 'field-required' : 'field-invalid'),
        file,
        field: path(issue.path) || '(berkas)',
        ...(d.expected ? { expected: d.expected } : {}),
        ...(found !== undefined ? { found } : {}),
        message: { id: d.id, en: d.en },
      },
    ];
  });
}
