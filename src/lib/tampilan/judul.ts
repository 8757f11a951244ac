/**
 * Programme and activity names as a reader expects them: documents often print them in capitals ("PROGRAM
 * PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"); pages show them in title case. The printed form stays in
 * the data, the downloads and the search index's source text; only the display changes, and only for names
 * printed entirely in capitals.
 */

/** Indonesian function words written in lower case inside a title. */
const SMALL_WORDS = new Set([
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'untuk',
  'yang',
  'pada',
  'dengan',
  'bagi',
  'serta',
  'dalam',
  'oleh',
  'per',
  'terhadap',
  'tentang',
  'antar',
  'of',
  'and',
]);

/** Acronyms that keep their capitals (words without a vowel, such as PMKS or KB, are kept automatically). */
const ACRONYMS = new Set([
  'TPPO',
  'SAKIP',
  'LKJIP',
  'RENJA',
  'RENSTRA',
  'SPM',
  'DTKS',
  'PKH',
  'KIS',
  'BPJS',
  'ASN',
  'UPT',
  'UPTD',
  'LKS',
  'PPKS',
  'OPD',
  'SKPD',
  'APBD',
  'APBN',
  'PKK',
  'RSUD',
  'PUG',
  'ODGJ',
  'PUSPAGA',
  'KLA',
  'APE',
  'IKU',
  'TKSK',
  'PSKS',
  'KUBE',
  'RTLH',
  'LPKA',
  'LK3',
  'UMKM',
  'PAUD',
  'TP',
  'II',
  'III',
  'IV',
]);

function wordCase(word: string, first: boolean): string {
  if (word === '') return word;
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters === '') return word;
  if (ACRONYMS.has(letters) || /\d/.test(word) || !/[AIUEO]/.test(letters)) return word;
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  return lower.replace(/[a-z]/, (c) => c.toUpperCase());
}

/** Title case for a name printed in capitals; any name with a lower-case letter is returned as printed. */
export function titleCase(name: string): string {
  if (/[a-z]/.test(name) || !/[A-Z]{2}/.test(name)) return name;
  let first = true;
  return name
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s+$/.test(token)) return token;
      // A short word in brackets is an abbreviation: (PHA), (PKH).
      if (/^\([A-Z]{2,5}\)[.,;:]?$/.test(token)) {
        first = false;
        return token;
      }
      const out = token
        .split(/([/\-()])/)
        .map((part, i) => (/^[/\-()]$/.test(part) ? part : wordCase(part, first && i === 0)))
        .join('');
      first = false;
      return out;
    })
    .join('');
}
