/**
 * Rules every published text obeys, wherever it comes from (a CSV cell, a YAML value, a document line):
 * - no control characters (they make feed.xml and HTML not well-formed; a NUL silently truncates in some tools);
 * - no invisible or direction-changing characters (zero-width spaces, bidi overrides): two codes or names that look
 *   identical must be identical;
 * - no word mixing Latin with Cyrillic or Greek letters (a Cyrillic "а" in "Dinаs" is a look-alike, not a spelling);
 * - no HTML tag (text is published as text; a tag hints at a bad paste). Documents allow the formatting tags their
 *   PDF extraction leaves (`<b>`, `<p>`, `<li>`, …), shown as printed and never interpreted.
 * Each problem names the character by its code point, because an invisible character cannot be shown.
 */

/**
 * An HTML tag (`<b>`, `</p>`, `<script …>`); a bare `<` as in `x < 110` is not one. `[^<>]` (not `[^>]`) keeps the
 * search linear: a 4 MiB line of `<a<a<a…` would otherwise be scanned to its end from every `<`.
 */
export const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/;
const HTML_TAGS = /<\/?[a-zA-Z][^<>]*>/g;

/** The formatting markup PDF-to-text extraction leaves in the real documents: inert, shown as printed. */
const EXTRACTION_MARKUP = /^<\/?(?:b|i|u|em|strong|p|ul|ol|li|br|sup|sub)(?:\s+style="[^"<>]*")?\s*\/?>$/i;

/** C0/C1 controls except tab, line feed and carriage return (form feed too for documents: pdftotext's page break). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const CONTROL_IN_DOCUMENT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/u;
/** Zero-width and invisible formatting characters, and every bidirectional control. */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]/u;
const WORD = /[\p{L}\p{M}]+/gu;

export interface TextProblem {
  code: 'text-control-character' | 'text-mixed-script' | 'html-in-text';
  /** The character as `U+202E` (for HTML: the tag). */
  found: string;
  /** 0-based index of the character in the text. */
  index: number;
}

export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function scriptOf(ch: string): 'latin' | 'cyrillic' | 'greek' | 'other' {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  return 'other';
}

/** The first character of a word that mixes Latin with Cyrillic or Greek letters: the odd one out. */
function mixedScript(text: string): { ch: string; index: number } | undefined {
  for (const match of text.matchAll(WORD)) {
    const letters = [...match[0]];
    const scripts = letters.map(scriptOf);
    if (!scripts.includes('latin')) continue;
    const odd = scripts.findIndex((s) => s === 'cyrillic' || s === 'greek');
    if (odd >= 0) {
      const before = letters.slice(0, odd).join('').length;
      return { ch: letters[odd] ?? '', index: (match.index ?? 0) + before };
    }
  }
  return undefined;
}

const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;
const CONFUSABLE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** The first problem of a published text, or `undefined` when it is fine. */
export function textProblem(text: string, where: 'field' | 'document' = 'field'): TextProblem | undefined {
  if (!text.includes('<') && PLAIN_ASCII.test(text)) return undefined;
  const control = (where === 'document' ? CONTROL_IN_DOCUMENT : CONTROL).exec(text);
  const invisible = INVISIBLE.exec(text);
  const first = [control, invisible].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  if (first) return { code: 'text-control-character', found: codePoint(first[0]), index: first.index };
  const mixed = CONFUSABLE_SCRIPTS.test(text) ? mixedScript(text) : undefined;
  if (mixed) return { code: 'text-mixed-script', found: codePoint(mixed.ch), index: mixed.index };
  for (const tag of text.matchAll(HTML_TAGS)) {
    if (where === 'document' && EXTRACTION_MARKUP.test(tag[0])) continue;
    return { code: 'html-in-text', found: tag[0], index: tag.index ?? 0 };
  }
  return undefined;
}

/** What to tell a person about a problem, in both languages. */
export function textProblemMessage(problem: TextProblem, what: { id: string; en: string }): { id: string; en: string } {
  switch (problem.code) {
    case 'text-control-character':
      return {
        id: `${what.id} berisi karakter tak terlihat atau karakter kendali ${problem.found} (posisi ${problem.index + 1}). Hapus karakter itu (sering terbawa saat menyalin dari PDF atau web); teks yang tampak sama harus benar-benar sama.`,
        en: `${what.en} contains the invisible or control character ${problem.found} (position ${problem.index + 1}). Delete it (it often comes along when copying from a PDF or the web); texts that look the same must be the same.`,
      };
    case 'text-mixed-script':
      return {
        id: `${what.id} mencampur huruf Latin dengan huruf Kiril/Yunani yang mirip (${problem.found}, posisi ${problem.index + 1}). Ketik ulang kata itu dengan huruf Latin.`,
        en: `${what.en} mixes Latin letters with a look-alike Cyrillic/Greek letter (${problem.found}, position ${problem.index + 1}). Retype the word in Latin letters.`,
      };
    case 'html-in-text':
      return {
        id: `${what.id} berisi tag HTML. Tulis teks biasa saja (hapus <b>, <ul>, <script>, …).`,
        en: `${what.en} contains an HTML tag. Write plain text only (remove <b>, <ul>, <script>, …).`,
      };
  }
}
